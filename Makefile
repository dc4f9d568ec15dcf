# The two commands of the README:
#   make run    set up and start the app on its bundled demo pack
#   make test   set up and run ruff, mypy and the whole test suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
LUPDATE := $(BIN)/pyside6-lupdate
LRELEASE := $(BIN)/pyside6-lrelease
TS := translations/advocate_en.ts translations/advocate_pl.ts
QM := $(patsubst translations/%.ts,resources/i18n/%.qm,$(TS))
# ui/ and app.py translate; each network's spec marks its error messages, and the settings
# table its labels and problems (QT_TRANSLATE_NOOP).
TR_SOURCES := advocate_desktop/app.py advocate_desktop/managed_checks.py $(shell find advocate_desktop/ui advocate_desktop/networks advocate_desktop/settings -name '*.py' | sort)

.PHONY: run test test-slow test-packaging setup setup-test system-deps system-deps-test system-deps-package test-peers translations lupdate lint typecheck pytest bench screenshots bundle package clean

run: setup
	$(BIN)/advocate-desktop

setup: system-deps $(VENV)/.installed translations

setup-test: system-deps-test $(VENV)/.installed-dev translations test-peers

system-deps:
	@scripts/install-system-deps.sh run

system-deps-test:
	@scripts/install-system-deps.sh test

system-deps-package:
	@scripts/install-system-deps.sh package

# The Bluesky test peer (the AT Protocol PDS from npm); skipped when already built.
test-peers:
	@scripts/install-test-peers.sh

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $@ $(VENV)/.installed

$(VENV)/.installed-package: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install -q -e '.[dev,package]'
	touch $@ $(VENV)/.installed-dev $(VENV)/.installed

translations: $(QM)

resources/i18n/%.qm: translations/%.ts | $(VENV)/.installed
	@mkdir -p resources/i18n
	$(LRELEASE) -silent $< -qm $@

# Refresh the .ts sources from the code (keeps existing translations).
lupdate: $(VENV)/.installed
	$(LUPDATE) -no-obsolete -locations none $(TR_SOURCES) -source-language en -target-language en -ts translations/advocate_en.ts
	$(LUPDATE) -no-obsolete -locations none $(TR_SOURCES) -source-language en -target-language pl -ts translations/advocate_pl.ts

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check advocate_desktop tests benchmarks scripts
	$(BIN)/ruff format --check advocate_desktop tests benchmarks scripts

typecheck: $(VENV)/.installed-dev
	$(BIN)/mypy

pytest: $(VENV)/.installed-dev translations
	scripts/run-tests.sh

test: setup-test lint typecheck pytest

# The slow tier: a simulated week of soak and hundreds of crashes of the real app.
test-slow: setup-test translations
	ADVOCATE_SLOW=1 scripts/run-tests.sh -m slow

# The installers. `make bundle`: the PyInstaller onedir bundle in build/dist (rebuilt
# only when a source changed: minutes of CPU); `make package`: that bundle and the
# .deb in dist/. The MSI and the macOS .app are built by .github/workflows/package.yml.
BUNDLE := build/dist/advocate-desktop/advocate-desktop
BUNDLE_SOURCES := $(shell find advocate_desktop -name '*.py') $(shell find resources -type f) \
	packaging/pyinstaller/advocate-desktop.spec packaging/pyinstaller/launch.py pyproject.toml

bundle: $(BUNDLE)

$(BUNDLE): $(BUNDLE_SOURCES) $(QM) | $(VENV)/.installed-package
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath build/dist \
		--workpath build/pyinstaller packaging/pyinstaller/advocate-desktop.spec
	touch $@

package: system-deps-package $(BUNDLE)
	PYTHON=$(BIN)/python packaging/linux/build-deb.sh build/dist/advocate-desktop dist

# The packaging tier: builds the .deb from the bundle, unpacks and runs it, lintian.
test-packaging: setup-test system-deps-package $(BUNDLE)
	ADVOCATE_PACKAGING=1 scripts/run-tests.sh -m packaging

bench: setup-test
	$(BIN)/python benchmarks/startup.py
	$(BIN)/python benchmarks/policy_check.py
	$(BIN)/python benchmarks/policy_process.py
	$(BIN)/python benchmarks/policy_scale.py
	$(BIN)/python benchmarks/large_text.py
	$(BIN)/python benchmarks/feed_scale.py
	$(BIN)/python benchmarks/next_due.py
	$(BIN)/python benchmarks/publish_mastodon.py
	$(BIN)/python benchmarks/publish_bluesky.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/gui_during_sync.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/gui_during_hostile_sync.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/queue_scale.py

screenshots: setup-test
	xvfb-run -a -s "-screen 0 1400x900x24" $(BIN)/python scripts/screenshots.py

clean:
	rm -rf $(VENV) resources/i18n .mypy_cache .ruff_cache .pytest_cache build dist
