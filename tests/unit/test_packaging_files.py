"""The installers' source files are well formed and agree with each other (fast: no
bundle is built here; the packaging tier, tests/e2e/test_installed_deb.py, builds one)."""

from __future__ import annotations

import ast
import configparser
import importlib.util
import json
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "org.advocate_desktop.AdvocateDesktop"
LINUX = ROOT / "packaging/linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
WXS = ROOT / "packaging/windows/advocate-desktop.wxs"
SPEC = ROOT / "packaging/pyinstaller/advocate-desktop.spec"
FLATPAK = ROOT / f"packaging/flatpak/{APP_ID}.yml"
WORKFLOW = ROOT / ".github/workflows/package.yml"
WIX = "{http://schemas.microsoft.com/wix/2006/wi}"
# Never change it: Windows Installer upgrades in place only products that share it.
UPGRADE_CODE = "5B4C3E2A-7D1F-4A8B-9C6E-0F2D8A1B3C47"


def _tool(name: str) -> str:
    found = shutil.which(name)
    assert found, f"{name} is installed by scripts/install-system-deps.sh test"
    return found


def test_the_pyinstaller_spec_is_python_and_names_the_app_bundle() -> None:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"), str(SPEC))
    constants = {
        node.targets[0].id: node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign)
        and isinstance(node.targets[0], ast.Name)
        and isinstance(node.value, ast.Constant)
    }
    assert constants["BUNDLE_ID"] == APP_ID
    calls = {
        node.func.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    }
    assert {"Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE"} <= calls
    assert (ROOT / "packaging/pyinstaller/launch.py").is_file()


def _slim_icu() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "slim_icu", ROOT / "packaging/pyinstaller/slim_icu.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("item", "kept"),
    [
        ("root.res", True),
        ("pool.res", True),
        ("res_index.res", True),
        ("en.res", True),
        ("en_GB.res", True),
        ("pl.res", True),
        ("pl_PL.res", True),
        ("coll/pl.res", True),
        ("coll/root.res", True),
        ("coll/ucadata.icu", True),
        ("zone/pl.res", True),
        ("zone/tzdbNames.res", True),
        ("zoneinfo64.res", True),
        ("metaZones.res", True),
        ("supplementalData.res", True),
        ("brkitr/word.brk", True),
        ("brkitr/cjdict.dict", True),  # brkitr/root.res needs it: icupkg refuses without
        ("nfkc.nrm", True),
        ("de.res", False),
        ("coll/de.res", False),
        ("coll/zh.res", False),
        ("lang/plt.res", False),  # Plautdietsch, not Polish
        ("es_.res", False),
        ("sr_Latn_BA.res", False),
        ("zone/ja.res", False),
        ("translit/root.res", False),
        ("ibm-943_P15A-2003.cnv", False),
        ("gb18030.cnv", False),
    ],
)
def test_the_slim_icu_data_keeps_english_polish_and_the_shared_tables(
    item: str, kept: bool
) -> None:
    assert _slim_icu().wanted(item) is kept


def test_every_stdnum_module_the_pii_check_imports_is_listed_for_the_bundle() -> None:
    """The spec bundles only the python-stdnum modules pii.stdnum_modules() lists."""
    from advocate_desktop.policy.checks import pii

    source = Path(pii.__file__).read_text(encoding="utf-8")
    imported = set(re.findall(r'_stdnum\("([a-z0-9_.]+)"\)', source))
    imported |= {name for names in pii.NATIONAL_IDS.values() for name in names}
    assert imported and imported <= set(pii.stdnum_modules())
    spec = SPEC.read_text(encoding="utf-8")
    assert "stdnum_modules()" in spec and 'collect_submodules("stdnum")' not in spec


def test_the_menu_entry_validates_and_names_the_icon_and_program() -> None:
    subprocess.run([_tool("desktop-file-validate"), str(DESKTOP)], check=True)
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Icon"] == APP_ID
    assert section["Exec"].split()[0] == "advocate-desktop"
    # The program takes no file arguments (packs come with --import), so no %f/%F.
    assert "%" not in section["Exec"]


def test_the_appstream_metadata_validates_offline() -> None:
    validated = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", "--pedantic", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert validated.returncode == 0, validated.stdout + validated.stderr


def test_the_appstream_metadata_lists_screenshots_that_exist_and_the_menu_entry() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == DESKTOP.name
    images = [image.text or "" for image in component.iter("image")]
    assert images
    for url in images:
        assert url.startswith("https://")
        assert (ROOT / "docs/screenshots" / url.rsplit("/", 1)[1]).is_file(), url
    from advocate_desktop import __version__

    assert component.find(f"releases/release[@version='{__version__}']") is not None


def test_the_wix_source_is_a_per_machine_product_with_a_fixed_upgrade_code() -> None:
    wix = ET.parse(WXS).getroot()
    product = wix.find(f"{WIX}Product")
    assert product is not None
    assert product.get("Id") == "*"  # a new product code for every build
    assert product.get("UpgradeCode") == UPGRADE_CODE
    package = product.find(f"{WIX}Package")
    assert package is not None and package.get("InstallScope") == "perMachine"
    assert product.find(f"{WIX}MajorUpgrade") is not None
    shortcut = product.find(f".//{WIX}DirectoryRef[@Id='ProgramMenuFolder']//{WIX}Shortcut")
    assert shortcut is not None
    assert shortcut.get("Target") == "[INSTALLFOLDER]advocate-desktop.exe"


def test_wixl_builds_the_wix_source_into_a_per_machine_msi(tmp_path: Path) -> None:
    """msitools' wixl builds the MSI from the .wxs and a harvested stand-in bundle; the
    tables are read back. (wixl ignores MajorUpgrade's AllowSameVersionUpgrades; the
    real build with the WiX Toolset runs in .github/workflows/package.yml.)"""
    bundle = tmp_path / "bundle"
    (bundle / "_internal" / "PySide6").mkdir(parents=True)
    (bundle / "advocate-desktop.exe").write_bytes(b"MZ stand-in")
    (bundle / "_internal" / "python311.dll").write_bytes(b"stand-in")
    (bundle / "_internal" / "PySide6" / "QtCore.pyd").write_bytes(b"stand-in")
    listing = "".join(
        f"{p.relative_to(tmp_path).as_posix()}\n" for p in sorted(bundle.rglob("*")) if p.is_file()
    )
    harvested = subprocess.run(
        [
            _tool("wixl-heat"),
            "--prefix",
            "bundle/",
            "--directory-ref",
            "INSTALLFOLDER",
            "--component-group",
            "BundleFiles",
            "--var",
            "var.BundleDir",
        ],
        input=listing,
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
    )
    (tmp_path / "files.wxs").write_text(harvested.stdout)
    msi = tmp_path / "advocate-desktop.msi"
    built = subprocess.run(
        [
            _tool("wixl"),
            "-a",
            "x64",
            "-D",
            "BundleDir=bundle",  # wixl finds sources relative to its folder
            "-D",
            "Version=0.1.0",
            "-D",
            "Win64=yes",
            "-o",
            str(msi),
            str(WXS),
            "files.wxs",
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert built.returncode == 0 and msi.is_file(), built.stderr

    def table(name: str) -> list[list[str]]:
        exported = subprocess.run(
            [_tool("msiinfo"), "export", str(msi), name], capture_output=True, text=True, check=True
        ).stdout
        return [line.split("\t") for line in exported.splitlines()[3:]]

    properties = {row[0]: row[1] for row in table("Property")}
    assert properties["ALLUSERS"] == "1"
    assert properties["UpgradeCode"] == "{" + UPGRADE_CODE + "}"
    upgrades = table("Upgrade")
    assert {row[0] for row in upgrades} == {"{" + UPGRADE_CODE + "}"}
    assert {row[-1] for row in upgrades} == {"WIX_UPGRADE_DETECTED", "WIX_DOWNGRADE_DETECTED"}
    actions = {row[0] for row in table("InstallExecuteSequence")}
    assert {"FindRelatedProducts", "RemoveExistingProducts", "CreateShortcuts"} <= actions
    shortcuts = table("Shortcut")
    assert [(row[1], row[2]) for row in shortcuts] == [("ProgramMenuFolder", "Advocate Desktop")]
    files = {row[2].split("|")[-1] for row in table("File")}
    assert {"advocate-desktop.exe", "python311.dll", "QtCore.pyd"} <= files


FLATPAK_PERMISSIONS = {
    "--socket=wayland",
    "--socket=fallback-x11",
    "--share=ipc",
    "--share=network",
    "--talk-name=org.freedesktop.secrets",
    "--talk-name=org.kde.StatusNotifierWatcher",
    "--talk-name=org.freedesktop.Notifications",
    "--system-talk-name=org.freedesktop.login1",
    "--filesystem=xdg-documents/Advocate Outbox:create",
    "--filesystem=host-etc:ro",
}


def test_the_flatpak_manifest_asks_only_for_the_documented_permissions() -> None:
    """A new permission must be added here on purpose, with its reason in the manifest."""
    manifest = yaml.safe_load(FLATPAK.read_text(encoding="utf-8"))
    assert manifest["app-id"] == APP_ID
    assert manifest["command"] == "advocate-desktop"
    arguments = manifest["finish-args"]
    permissions = {a for a in arguments if not a.startswith("--env=")}
    assert permissions == FLATPAK_PERMISSIONS
    assert "--env=XDG_CONFIG_DIRS=/run/host/etc/xdg:/app/etc/xdg:/etc/xdg" in arguments
    text = FLATPAK.read_text(encoding="utf-8")
    for permission in FLATPAK_PERMISSIONS:
        # every permission is preceded by a comment that says why
        before = text.split(f"  - {permission}\n")[0].rstrip().splitlines()
        assert before[-1].lstrip().startswith(("#", "- --")), permission


def test_the_example_managed_configuration_is_valid() -> None:
    from advocate_desktop.managed_checks import managed_keys
    from advocate_desktop.settings.managed import load_managed

    example = ROOT / "packaging/managed.example.json"
    managed = load_managed(example)
    assert managed.problems == ()
    assert managed.locked <= set(managed.values)
    assert managed.extra["feeds"]
    assert len(managed_keys(managed)) == len(json.loads(example.read_text())["trusted_keys"])


def test_the_deb_control_template_and_build_script_agree() -> None:
    control = (LINUX / "control.in").read_text(encoding="utf-8")
    fields = dict(
        line.split(": ", 1) for line in control.splitlines() if line and not line[0].isspace()
    )
    assert fields["Package"] == "advocate-desktop"
    assert {"@VERSION@", "@ARCH@", "@SIZE@"} <= {
        fields["Version"],
        fields["Architecture"],
        fields["Installed-Size"],
    }
    script = (LINUX / "build-deb.sh").read_text(encoding="utf-8")
    for name in ("copyright", "advocate-desktop.1", "lintian-overrides", DESKTOP.name):
        assert (LINUX / name).is_file()
        assert name in script or name.replace(APP_ID, "$app_id") in script


def test_the_ci_workflow_builds_the_msi_and_the_app_from_files_that_exist() -> None:
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    jobs = workflow["jobs"]
    assert jobs["windows-msi"]["runs-on"].startswith("windows")
    assert jobs["macos-app"]["runs-on"].startswith("macos")
    text = WORKFLOW.read_text(encoding="utf-8")
    for path in (
        "packaging/pyinstaller/advocate-desktop.spec",
        r"packaging\windows\advocate-desktop.wxs",
    ):
        assert path in text
        assert (ROOT / path.replace("\\", "/")).is_file()


def _commands(recipe: str, program: str) -> list[list[str]]:
    """Each call of ``program`` in a shell recipe, as its words (continuations joined)."""
    joined = re.sub(r"\s*[\\`]\n\s*", " ", recipe)
    return [
        line.split()[line.split().index(program) :]
        for line in joined.splitlines()
        if program in line.split()
    ]


def test_the_ci_workflow_builds_the_bundle_and_translations_as_the_makefile_does() -> None:
    """The CI jobs run the same PyInstaller spec with the same options as `make bundle`
    (only the output folders differ) and compile the translations with lrelease as
    `make translations` does."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8").replace("$(BIN)/", "")
    [make_bundle] = _commands(makefile, "pyinstaller")
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))

    def without_folders(words: list[str]) -> list[str]:
        kept: list[str] = []
        skip = False
        for word in words:
            if skip:
                skip = False
            elif word in ("--distpath", "--workpath"):
                skip = True
            elif word not in ("--log-level", "WARN"):
                kept.append(word)
        return kept

    for name in ("windows-msi", "macos-app"):
        runs = "\n".join(step.get("run", "") for step in workflow["jobs"][name]["steps"])
        [ci_bundle] = _commands(runs, "pyinstaller")
        assert without_folders(ci_bundle) == without_folders(make_bundle), name
        assert "pyside6-lrelease -silent" in runs and "$(LRELEASE) -silent" in makefile
        assert 'python -m pip install -e ".[package]"' in runs
        assert "--check-installation" in runs, name  # the bundle is checked where built


@pytest.mark.parametrize("path", [SPEC, WXS, FLATPAK, WORKFLOW, METAINFO, DESKTOP])
def test_packaging_files_are_committed_text(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.endswith("\n") and "\t" not in text and "\r" not in text
