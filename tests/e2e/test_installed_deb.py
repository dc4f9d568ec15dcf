"""The packaging tier: build the .deb from the PyInstaller bundle, unpack it into a
throwaway root and run what it installed.

``make test-packaging`` builds the bundle first (several minutes of CPU) and runs these
with ADVOCATE_PACKAGING=1; the default ``make test`` skips them.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

# Building the .deb of a 160 MB bundle and running lintian over it take minutes on a
# loaded machine.
pytestmark = [pytest.mark.packaging, pytest.mark.timeout(1800)]
ROOT = Path(__file__).resolve().parents[2]
BUNDLE = Path(os.environ.get("ADVOCATE_BUNDLE_DIR", ROOT / "build/dist/advocate-desktop"))
APP_ID = "org.advocate_desktop.AdvocateDesktop"
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


@pytest.fixture(scope="module")
def deb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    assert (BUNDLE / "advocate-desktop").is_file(), (
        f"no bundle in {BUNDLE}: `make test-packaging` builds it before running this tier"
    )
    out = tmp_path_factory.mktemp("deb")
    built = subprocess.run(
        [str(ROOT / "packaging/linux/build-deb.sh"), str(BUNDLE), str(out)],
        env={**os.environ, "PYTHON": sys.executable},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert built.returncode == 0, built.stderr
    path = Path(built.stdout.strip().splitlines()[-1])
    assert path.is_file() and path.parent == out
    return path


@pytest.fixture(scope="module")
def installed(deb: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("root")
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True, timeout=300)
    return root


def _program(root: Path) -> Path:
    """What /usr/bin/advocate-desktop runs, in the unpacked root (the link is absolute)."""
    return root / os.readlink(root / "usr/bin/advocate-desktop").lstrip("/")


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def test_the_package_installs_under_opt_with_launcher_menu_entry_icons_and_docs(
    deb: Path, installed: Path
) -> None:
    control = subprocess.run(
        ["dpkg-deb", "--field", str(deb), "Package", "Version", "Architecture"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    from advocate_desktop import __version__

    assert "Package: advocate-desktop" in control
    assert f"Version: {__version__}" in control
    program = installed / "opt/advocate-desktop/advocate-desktop"
    assert program.is_file() and os.access(program, os.X_OK)
    launcher = installed / "usr/bin/advocate-desktop"
    assert launcher.is_symlink()
    assert os.readlink(launcher) == "/opt/advocate-desktop/advocate-desktop"
    assert (installed / f"usr/share/applications/{APP_ID}.desktop").is_file()
    assert (installed / f"usr/share/metainfo/{APP_ID}.metainfo.xml").is_file()
    for size in HICOLOR_SIZES:
        icon = installed / f"usr/share/icons/hicolor/{size}x{size}/apps/{APP_ID}.png"
        assert _png_size(icon) == (size, size)
    doc = installed / "usr/share/doc/advocate-desktop"
    assert (doc / "copyright").read_text().startswith("Format: https://www.debian.org/")
    example = json.loads((doc / "examples/managed.json").read_text())
    assert example["feeds"] and example["trusted_keys"] and example["locked"]
    assert (installed / "usr/share/man/man1/advocate-desktop.1.gz").is_file()
    # Nothing outside /opt and /usr: no files in /etc, no user folders.
    assert sorted(p.name for p in installed.iterdir()) == ["opt", "usr"]


def test_the_package_has_no_maintainer_scripts(deb: Path, tmp_path: Path) -> None:
    control = tmp_path / "control"
    subprocess.run(["dpkg-deb", "-e", str(deb), str(control)], check=True)
    assert sorted(p.name for p in control.iterdir()) == ["control", "md5sums"]


def test_install_and_purge_in_a_throwaway_dpkg_root_leave_nothing_behind(
    deb: Path, tmp_path: Path
) -> None:
    """dpkg itself installs and removes the package (in its own root, not this
    machine's): every file it put down is gone afterwards."""
    root = tmp_path / "system"
    admin = root / "var/lib/dpkg"
    for folder in ("info", "updates", "triggers"):
        (admin / folder).mkdir(parents=True)
    (admin / "status").write_text("")
    (admin / "available").write_text("")
    dpkg = [
        "dpkg",
        f"--root={root}",
        "--force-depends",
        "--force-script-chrootless",
        "--force-not-root",
        "--no-triggers",
    ]
    before = {p.relative_to(root) for p in root.rglob("*")}
    subprocess.run([*dpkg, "--install", str(deb)], check=True, capture_output=True)
    assert (root / "opt/advocate-desktop/advocate-desktop").is_file()
    assert (root / "usr/bin/advocate-desktop").is_symlink()
    subprocess.run([*dpkg, "--purge", "advocate-desktop"], check=True, capture_output=True)
    left = {p.relative_to(root) for p in root.rglob("*") if not p.is_relative_to(admin)}
    assert left == {Path("var"), Path("var/lib")}  # the folders of dpkg's own database
    assert before <= {p.relative_to(root) for p in root.rglob("*")}


def test_lintian_reports_no_errors(deb: Path) -> None:
    lintian = shutil.which("lintian")
    assert lintian, "lintian is installed by scripts/install-system-deps.sh package"
    checked = subprocess.run(
        [lintian, "--fail-on", "error", "--tag-display-limit", "0", str(deb)],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert not [line for line in checked.stdout.splitlines() if line.startswith("E:")]


def test_the_installed_menu_entry_and_appstream_metadata_validate(installed: Path) -> None:
    subprocess.run(
        ["desktop-file-validate", str(installed / f"usr/share/applications/{APP_ID}.desktop")],
        check=True,
    )
    validated = subprocess.run(
        [
            "appstreamcli",
            "validate",
            "--no-net",
            str(installed / f"usr/share/metainfo/{APP_ID}.metainfo.xml"),
        ],
        capture_output=True,
        text=True,
    )
    assert validated.returncode == 0, validated.stdout + validated.stderr


def test_version_from_the_installed_launcher(installed: Path) -> None:
    from advocate_desktop import __version__

    shown = subprocess.run(
        [str(_program(installed)), "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        env={"PATH": os.environ["PATH"], "HOME": "/nonexistent"},
    )
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.strip() == f"advocate-desktop {__version__}"


def test_check_managed_from_the_installed_launcher(installed: Path, tmp_path: Path) -> None:
    """IT's check runs from the bundle, without a display: the shipped example is valid,
    a bad value is named by its pointer."""
    environment = {"PATH": os.environ["PATH"], "HOME": "/nonexistent"}
    example = installed / "usr/share/doc/advocate-desktop/examples/managed.json"
    checked = subprocess.run(
        [str(_program(installed)), "--check-managed", str(example)],
        capture_output=True,
        text=True,
        timeout=60,
        env=environment,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    bad = tmp_path / "bad.json"
    bad.write_text('{"settings": {"sync_minutes": 1}}')
    checked = subprocess.run(
        [str(_program(installed)), "--check-managed", str(bad)],
        capture_output=True,
        text=True,
        timeout=60,
        env=environment,
    )
    assert checked.returncode == 1
    assert checked.stdout == f"{bad}: /settings/sync_minutes: expected at least 5, got 1\n"


def test_the_installed_program_reads_every_image_format_and_its_polish_translation(
    installed: Path,
) -> None:
    """What the spec's pruning might have cut: Qt's image format plugins and Pillow's
    decoders for each format the app accepts, the Polish translations (the app's and
    Qt's, from the bundle), ICU's Polish collation, the modules imported by name."""
    from advocate_desktop.schedule.own_images import ACCEPTED_FORMATS

    checked = subprocess.run(
        [str(_program(installed)), "--check-installation"],
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": os.environ["PATH"], "HOME": "/nonexistent", "LANG": "C.UTF-8"},
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    lines = checked.stdout.splitlines()
    assert all(line.startswith("ok: ") for line in lines), checked.stdout
    for kind in ACCEPTED_FORMATS:
        assert any(line.startswith(f"ok: image {kind}: Qt and Pillow") for line in lines)
    translations = next(line for line in lines if line.startswith("ok: Polish translation"))
    bundle = installed / "opt/advocate-desktop/_internal"
    assert f"{bundle}/advocate_desktop/_resources/i18n/advocate_pl.qm" in translations
    assert f"{bundle}/PySide6/Qt/translations/qtbase_pl.qm" in translations
    assert "ok: collation: Polish words sort by Polish rules" in lines


def test_the_installation_check_names_what_a_damaged_installation_lacks(
    installed: Path, tmp_path: Path
) -> None:
    """The check above can fail: without the WebP plugin and the Polish translation it
    names both and exits 1."""
    damaged = tmp_path / "damaged"
    subprocess.run(["cp", "-al", str(installed), str(damaged)], check=True)  # hard links
    bundle = damaged / "opt/advocate-desktop/_internal"
    (bundle / "PySide6/Qt/plugins/imageformats/libqwebp.so").unlink()
    (bundle / "advocate_desktop/_resources/i18n/advocate_pl.qm").unlink()
    checked = subprocess.run(
        [str(_program(damaged)), "--check-installation"],
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": os.environ["PATH"], "HOME": "/nonexistent"},
    )
    assert checked.returncode == 1
    failed = [line for line in checked.stdout.splitlines() if line.startswith("FAILED: ")]
    assert [line.split(":")[1].strip() for line in failed] == ["image WEBP", "Polish translation"]
    assert (
        installed / "opt/advocate-desktop/_internal/PySide6/Qt/plugins/imageformats/libqwebp.so"
    ).is_file()


def test_every_module_of_the_app_is_in_the_bundle(installed: Path) -> None:
    """Some are imported by name (the policy checks), which PyInstaller cannot see."""
    source = ROOT / "advocate_desktop"
    bundled = installed / "opt/advocate-desktop/_internal/advocate_desktop"
    wanted = {p.relative_to(source).with_suffix(".pyc") for p in source.rglob("*.py")}
    present = {p.relative_to(bundled) for p in bundled.rglob("*.pyc")}
    assert wanted - present == set()


def test_the_x_openapi_document_of_the_tests_is_not_bundled(installed: Path) -> None:
    bundle = installed / "opt/advocate-desktop"
    assert not [p for p in bundle.rglob("*") if "openapi" in p.name.lower()]


def _elf_files(folder: Path) -> list[Path]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def test_every_library_the_bundle_loads_from_the_system_is_a_declared_dependency(
    deb: Path, installed: Path
) -> None:
    """The spec leaves the distribution's libraries out of the bundle; each one the
    bundle's binaries need directly is there on this system and comes from a package
    the .deb depends on (dpkg-shlibdeps wrote Depends)."""
    field = subprocess.run(
        ["dpkg-deb", "--field", str(deb), "Depends"], capture_output=True, text=True, check=True
    ).stdout  # one field asked for: its value alone
    depends = {
        alternative.strip().split(" ")[0]
        for clause in field.split(",")
        for alternative in clause.split("|")
    }
    assert "libc6" in depends
    assert not [name for name in depends if name.startswith(("libqt6", "libicu", "python3"))]
    bundle = installed / "opt/advocate-desktop"
    inside = {p.name for p in bundle.rglob("*.so*")}
    # PyInstaller's loader puts _internal on the library path, as ldd is told here
    environment = {**os.environ, "LD_LIBRARY_PATH": str(bundle / "_internal")}
    from_system: dict[str, str] = {}
    for binary in _elf_files(bundle):
        listed = subprocess.run(
            ["ldd", str(binary)], capture_output=True, text=True, env=environment
        ).stdout
        needed = subprocess.run(
            ["readelf", "-d", str(binary)], capture_output=True, text=True, check=True
        ).stdout
        direct = {
            line.split("[", 1)[1].rstrip("]") for line in needed.splitlines() if "(NEEDED)" in line
        }
        for line in listed.splitlines():
            name, _, target = line.strip().partition(" => ")
            assert "not found" not in target, f"{binary}: {line.strip()}"
            path = target.split(" (")[0]
            if name in direct and name not in inside and path.startswith("/"):
                from_system[name] = path
    assert from_system, "the bundle loads no library from the system?"
    undeclared = {}
    for name, path in sorted(from_system.items()):
        owner = subprocess.run(
            ["dpkg-query", "-S", os.path.realpath(path)], capture_output=True, text=True
        )
        if owner.returncode != 0:
            owner = subprocess.run(["dpkg-query", "-S", path], capture_output=True, text=True)
        assert owner.returncode == 0, f"{name} ({path}) is from no Debian package"
        package = owner.stdout.split(":")[0]
        if package not in depends:
            undeclared[name] = package
    assert undeclared == {}


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def pack_server(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    folder = tmp_path / "served"
    folder.mkdir()
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Quiet, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield folder, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    thread.join(timeout=10)


def _pack(prefix: str, private_pem: bytes | None) -> bytes:
    from advocate_desktop.feed.pack_build import build_zip, folder_contents, with_manifest
    from advocate_desktop.paths import demo_pack_dir

    contents = folder_contents(demo_pack_dir())
    feed = json.loads(contents["feed.json"])
    feed["title"] = f"{prefix} pack"
    feed.pop("feed_url", None)
    for item in feed["items"]:
        item["id"] = f"{prefix}-{item['id']}"
    contents["feed.json"] = json.dumps(feed).encode()
    return build_zip(with_manifest(contents, private_pem, version=1, pack_id=f"{prefix}-pack"))


def _sources(database: Path) -> dict[str, sqlite3.Row]:
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=10) as connection:
        connection.row_factory = sqlite3.Row
        rows = connection.execute("SELECT * FROM feed_sources WHERE managed = 1").fetchall()
        counts = dict(
            connection.execute("SELECT source_id, COUNT(*) FROM items GROUP BY source_id")
        )
    return {row["location"]: {**dict(row), "items": counts.get(row["id"], 0)} for row in rows}


def test_the_installed_program_applies_it_s_managed_configuration(
    installed: Path, pack_server: tuple[Path, str], tmp_path: Path
) -> None:
    """Offscreen, with a managed.json under XDG_CONFIG_DIRS that subscribes two feeds,
    trusts one key and locks "signed packs only" against the employee's own "off":
    both feeds are subscribed, the signed pack is imported under that key, and the
    unsigned one is refused, which it would not be if the lock did not hold."""
    from advocate_desktop.feed.signing import generate_private_key, key_id, public_key_line
    from advocate_desktop.paths import AppPaths
    from advocate_desktop.schedule.clock import SystemClock
    from advocate_desktop.services.app_services import build_services

    served, base = pack_server
    pem, public = generate_private_key()
    (served / "signed.zip").write_bytes(_pack("signed", pem))
    (served / "unsigned.zip").write_bytes(_pack("unsigned", None))
    signed_url, unsigned_url = f"{base}/signed.zip", f"{base}/unsigned.zip"

    home = tmp_path / "home"
    site = tmp_path / "site"
    paths = AppPaths(
        home / ".local/share/advocate-desktop",
        home / ".config/advocate-desktop",
        home / ".cache/advocate-desktop",
        (site / "advocate-desktop",),
    )
    # The employee agreed earlier, chose to accept unsigned packs, and scheduled two
    # posts that fell due a minute ago: one clean, one with a bank account number
    # (the built-in policy blocks a valid IBAN, which python-stdnum's tables validate).
    services = build_services(paths, SystemClock())
    services.settings.set("require_signed", "off")
    outbox = tmp_path / "outbox"
    account = services.accounts.add_outbox_account("Outbox", outbox, "linkedin")
    posts = {}
    for name, text in (("clean", CLEAN_POST), ("iban", IBAN_POST)):
        draft = services.posts.post_service.open_draft(
            source_id=None,
            item_id=None,
            network="linkedin",
            language="en",
            suggested_text=text,
            account_id=account.id,
        )
        services.posts.post_service.schedule(
            draft.id,
            text=text,
            account_id=account.id,
            network="linkedin",
            due_at=datetime.now(UTC) - timedelta(minutes=1),
        )
        posts[name] = draft.id
    services.db.close()
    paths.consent_file.write_text(json.dumps({"version": 1}))

    (site / "advocate-desktop").mkdir(parents=True)
    (site / "advocate-desktop/managed.json").write_text(
        json.dumps(
            {
                "settings": {"require_signed": "on"},
                "locked": ["require_signed"],
                "feeds": [signed_url, unsigned_url],
                "trusted_keys": [
                    {
                        "name": "Packaging test",
                        "key": public_key_line(public),
                        "expires": "2099-01-01",
                    }
                ],
            }
        )
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "QT_"))}
    env.pop("ADVOCATE_MANAGED_CONFIG", None)
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / ".local/share"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_CONFIG_DIRS=str(site),
        XDG_RUNTIME_DIR=os.environ.get("XDG_RUNTIME_DIR", str(tmp_path)),
        QT_QPA_PLATFORM="offscreen",
        LANG="C.UTF-8",
    )
    log = tmp_path / "app.log"
    with log.open("w") as output:
        process = subprocess.Popen(
            [str(_program(installed))],
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            deadline = time.monotonic() + 90
            sources: dict[str, dict[str, object]] = {}
            states: dict[str, tuple[str, str | None]] = {}
            while time.monotonic() < deadline and process.poll() is None:
                if paths.database.exists():
                    sources = _sources(paths.database)
                    states = _post_states(paths.database)
                    if (
                        len(sources) == 2
                        and all(s["last_attempt_at"] for s in sources.values())
                        and (sources[signed_url]["items"] or sources[signed_url]["last_error"])
                        and not {state for state, _ in states.values()} & WAITING
                    ):
                        break
                time.sleep(0.5)
            assert process.poll() is None, log.read_text()
        finally:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
            code = process.wait(timeout=30)
    text = log.read_text()
    assert code == 0, text
    assert "main window ready with" in text
    assert "exited" in text.splitlines()[-1]
    assert not [line for line in text.splitlines() if " ERROR " in line], text

    # the feeds are subscribed, as IT's (managed) sources
    assert set(sources) == {signed_url, unsigned_url}, text
    signed, unsigned = sources[signed_url], sources[unsigned_url]
    # the key is trusted: the pack it signed was imported under it
    assert signed["last_error"] in (None, ""), signed["last_error"]
    assert signed["signer_key_id"] == key_id(public)
    assert signed["items"] == len(json.loads(_pack_feed()))
    # the lock holds: the employee's "off" does not let the unsigned pack in
    assert unsigned["items"] == 0
    assert "sign" in str(unsigned["last_error"]).lower(), unsigned
    assert datetime.fromisoformat(str(signed["last_synced_at"])) <= datetime.now(UTC)
    # the bundled policy check ran: the clean post went out, the one with an IBAN did not
    assert states[posts["clean"]][0] == "published", states
    assert CLEAN_POST in "".join(p.read_text() for p in outbox.rglob("*") if p.is_file())
    assert states[posts["iban"]][0] == "needs_attention", states
    assert "builtin.pii.identifiers" in str(states[posts["iban"]][1]), states


CLEAN_POST = "Proud of the team that opened our office in Gdańsk this week!"
IBAN_POST = "Send the fee to PL61 1090 1014 0000 0712 1981 2874 by Friday."
WAITING = {"scheduled", "publishing", "retry_wait"}


def _post_states(database: Path) -> dict[str, tuple[str, str | None]]:
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=10) as connection:
        rows = connection.execute("SELECT id, state, error FROM posts").fetchall()
    return {row[0]: (row[1], row[2]) for row in rows}


def _pack_feed() -> str:
    from advocate_desktop.paths import demo_pack_dir

    return json.dumps(json.loads((demo_pack_dir() / "feed.json").read_text())["items"])
