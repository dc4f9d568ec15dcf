"""The settings table: every entry through every managed source, the generated files."""

from __future__ import annotations

import json
import plistlib
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from advocate_desktop.settings import artifacts
from advocate_desktop.settings.definitions import IT_SETTINGS, SETTINGS, TABLE
from advocate_desktop.settings.managed import POLICY, REQUIRE_SIGNED, ManagedConfig, load_managed
from advocate_desktop.settings.setting import Audience, SettingDefinition
from advocate_desktop.settings.sources import (
    REG_DWORD,
    REG_MULTI_SZ,
    REG_SZ,
    REGISTRY_LISTS,
    REGISTRY_SOURCE,
    ManagedPreferencesFiles,
    load_chain,
    load_preferences,
    load_registry,
)

ROOT = artifacts.ROOT
NS = {"p": "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"}
SETTABLE = [d for d in TABLE if d.audience is not Audience.EMPLOYEE]


class FakeRegistry:
    """HKLM\\Software\\Policies\\AdvocateDesktop as winreg would give it."""

    def __init__(self, keys: dict[str, dict[str, tuple[Any, int]]]) -> None:
        self.keys = keys

    def read_values(self, subkey: str) -> dict[str, tuple[Any, int]] | None:
        return self.keys.get(subkey)


class FakePreferences:
    """CFPreferences of the app's domain."""

    def __init__(self, values: dict[str, Any]) -> None:
        self.values = values

    def copy_key_list(self) -> list[str]:
        return list(self.values)

    def copy_value(self, key: str) -> Any:
        return self.values[key]


def registry_value(definition: SettingDefinition, value: Any) -> tuple[Any, int]:
    """What the ADMX templates write for a value (a value of the wrong type as the
    registry type of what it is)."""
    if isinstance(value, bool) or (isinstance(value, int) and definition.type is not bool):
        return int(value), REG_DWORD
    if isinstance(value, str):
        return value, REG_SZ
    if definition.type is bool:
        return int(value), REG_DWORD
    if definition.type is int:
        return value, REG_DWORD
    if definition.type in (dict, list):
        return json.dumps(value, indent=1).splitlines(), REG_MULTI_SZ  # a multiText box
    return value, REG_SZ


def to_registry(document: dict[str, Any]) -> FakeRegistry:
    keys: dict[str, dict[str, tuple[Any, int]]] = {"": {}}
    for key, value in document.items():
        if key == "settings":
            keys["Settings"] = {k: registry_value(SETTINGS[k], v) for k, v in value.items()}
        elif key == "locked":
            keys["Locked"] = {k: (1, REG_DWORD) for k in value}
        elif key in REGISTRY_LISTS and isinstance(value, list):  # an ADMX list element
            keys[key] = {str(n): (entry, REG_SZ) for n, entry in enumerate(value, 1)}
        else:
            keys[""][key] = registry_value(IT_SETTINGS[key], value)
    return FakeRegistry(keys)


def document_for(definition: SettingDefinition, value: Any) -> dict[str, Any]:
    if definition.audience is Audience.IT:
        return {definition.key: value}
    return {"settings": {definition.key: value}}


def read_back(managed: ManagedConfig, definition: SettingDefinition) -> Any:
    if definition.audience is Audience.IT:
        return managed.extra.get(definition.key)
    return managed.values.get(definition.key)


def through_every_source(document: dict[str, Any], tmp_path: Path) -> dict[str, ManagedConfig]:
    path = tmp_path / "managed.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    registry = load_registry(to_registry(document))
    preferences = load_preferences(FakePreferences(document), "prefs")
    assert registry is not None and preferences is not None
    return {"json": load_managed(path), "registry": registry, "preferences": preferences}


def without_index(value: Any) -> Any:
    if isinstance(value, list):
        return [
            {k: v for k, v in e.items() if k != "_index"} if isinstance(e, dict) else e
            for e in value
        ]
    return value


@pytest.mark.parametrize("definition", SETTABLE, ids=lambda d: d.managed_pointer)
def test_every_entry_round_trips_through_every_source(
    definition: SettingDefinition, tmp_path: Path
) -> None:
    assert definition.example is not None and definition.example != definition.default
    document = document_for(definition, definition.example)
    if definition.lockable and definition.audience is Audience.BOTH:
        document["locked"] = [definition.key]
    for name, managed in through_every_source(document, tmp_path).items():
        assert managed.problems == (), name
        assert without_index(read_back(managed, definition)) == definition.example, name
        if definition.audience is Audience.BOTH:
            assert managed.locked == frozenset({definition.key}), name


def wrong_type(definition: SettingDefinition) -> Any:
    if definition.type is str:
        return 42
    if definition.type is bool:
        return "yes"
    if definition.type is int:
        return "ten"
    if definition.type is list:
        return {"not": "a list"}
    return ["not", "an", "object"]


@pytest.mark.parametrize("definition", SETTABLE, ids=lambda d: d.managed_pointer)
def test_every_invalid_type_is_reported_with_its_pointer_and_ignored_alone(
    definition: SettingDefinition, tmp_path: Path
) -> None:
    document = document_for(definition, wrong_type(definition))
    # Another value beside it still applies.
    other = "sync_minutes" if definition.key != "sync_minutes" else "grace_minutes"
    document.setdefault("settings", {})[other] = SETTINGS[other].example
    document["feeds" if definition.key != "feeds" else "pack_folder"] = (
        ["https://feeds.example/a.zip"] if definition.key != "feeds" else "/srv/packs"
    )
    for name, managed in through_every_source(document, tmp_path).items():
        pointers = [p.pointer for p in managed.problems]
        assert pointers == [definition.managed_pointer], name
        failed_safe = "on" if definition.key == REQUIRE_SIGNED else None
        assert read_back(managed, definition) == failed_safe, name
        assert managed.values[other] == SETTINGS[other].example, name
        assert managed.extra.get("feeds") or managed.extra.get("pack_folder"), name
        assert bool(managed.problems[0].fail_safe) == bool(definition.fail_safe), name


def test_one_bad_entry_of_a_list_costs_only_itself(tmp_path: Path) -> None:
    good_key = IT_SETTINGS["trusted_keys"].example[0]
    document = {
        "feeds": ["https://a.example/pack.zip", "ftp://b.example/pack.zip"],
        "trusted_keys": [good_key, {"name": "X"}],
        "company_apps": {"linkedin": {"client_id": "li"}, "x": {"client_secret": "TOPSECRET"}},
    }
    for name, managed in through_every_source(document, tmp_path).items():
        assert sorted(p.pointer for p in managed.problems) == [
            "/company_apps/x/client_id",
            "/feeds/1",
            "/trusted_keys/1",
        ], name
        assert managed.extra["feeds"] == ["https://a.example/pack.zip"]
        assert without_index(managed.extra["trusted_keys"]) == [good_key]
        assert managed.extra["company_apps"] == {"linkedin": {"client_id": "li"}}
        assert "TOPSECRET" not in " ".join(map(str, managed.problems))  # never shown


@pytest.mark.parametrize(
    "document",
    [
        {"settings": {"require_signed": "sometimes"}},
        {"trusted_keys": [{"name": "no key"}]},
        {"trusted_keys": "advocate-ed25519 AAAA"},
    ],
)
def test_what_would_loosen_trust_fails_safe(document: dict[str, Any], tmp_path: Path) -> None:
    for name, managed in through_every_source(document, tmp_path).items():
        assert managed.values[REQUIRE_SIGNED] == "on", name
        assert REQUIRE_SIGNED in managed.locked and REQUIRE_SIGNED in managed.strict, name
        assert "only signed content" in managed.problems[0].fail_safe.lower(), name


def test_a_policy_that_is_not_an_object_blocks_publishing(tmp_path: Path) -> None:
    for name, managed in through_every_source({"policy": ["rules"]}, tmp_path).items():
        assert POLICY in managed.strict, name
        assert managed.policy_problem is not None and managed.policy_problem.pointer == "/policy"


def test_a_lower_source_never_undoes_a_failed_safe_value(tmp_path: Path) -> None:
    path = tmp_path / "managed.json"
    path.write_text(json.dumps({"settings": {"require_signed": "off", "paused": True}}))
    registry = to_registry({"settings": {"require_signed": "maybe", "grace_minutes": 5}})
    managed = load_chain([path], registry=registry)
    assert managed.values == {"require_signed": "on", "grace_minutes": 5, "paused": True}
    assert managed.sources == (REGISTRY_SOURCE, str(path))
    assert [p.pointer for p in managed.problems] == ["/settings/require_signed"]


def test_the_registry_over_the_file_and_locks_add_up(tmp_path: Path) -> None:
    path = tmp_path / "managed.json"
    path.write_text(json.dumps({"settings": {"grace_minutes": 60}, "locked": ["paused"]}))
    registry = to_registry({"settings": {"grace_minutes": 5}, "locked": ["grace_minutes"]})
    managed = load_chain([path], registry=registry)
    assert managed.values["grace_minutes"] == 5
    assert managed.locked == {"paused", "grace_minutes"}


def test_registry_json_text_that_does_not_parse_is_reported(tmp_path: Path) -> None:
    registry = FakeRegistry({"": {"policy": ("{rules", REG_SZ), "x_api_enabled": (2, REG_DWORD)}})
    managed = load_registry(registry)
    assert managed is not None
    assert [(p.pointer, p.template.split(":")[0]) for p in managed.problems] == [
        ("/policy", "not valid JSON"),
        ("/x_api_enabled", "expected true or false, got %1"),
    ]
    assert POLICY in managed.strict


def test_macos_managed_preferences_are_read_from_their_plist_files(tmp_path: Path) -> None:
    """The real reader, on real plist files: the user's over the machine's."""
    folder = tmp_path / "Managed Preferences"
    (folder / "ewa").mkdir(parents=True)
    domain = "org.advocate_desktop.AdvocateDesktop"
    (folder / f"{domain}.plist").write_bytes(
        plistlib.dumps({"settings": {"grace_minutes": 5}, "x_api_enabled": True})
    )
    (folder / "ewa" / f"{domain}.plist").write_bytes(
        plistlib.dumps({"settings": {"grace_minutes": 9}, "locked": ["grace_minutes"]})
    )
    reader = ManagedPreferencesFiles(folder=folder, user="ewa")
    managed = load_chain([], preferences=reader)
    assert managed.problems == ()
    assert managed.values == {"grace_minutes": 9}
    assert managed.locked == {"grace_minutes"} and managed.extra == {"x_api_enabled": True}


# -- the generated files ------------------------------------------------------------


def test_the_committed_files_are_what_the_table_generates() -> None:
    for relative, text in artifacts.generated().items():
        committed = (ROOT / relative).read_text(encoding="utf-8")
        assert committed == text, f"{relative}: run python -m advocate_desktop.settings.artifacts"


def test_the_admx_and_adml_are_well_formed_and_name_keys_of_the_table() -> None:
    admx = ET.parse(ROOT / artifacts.ADMX_FILE).getroot()
    policies = admx.findall(".//p:policies/p:policy", NS)
    keys = {d.key for d in TABLE}
    assert policies
    for policy in policies:
        name = policy.get("name", "")
        assert name.removesuffix(artifacts.LOCK_SUFFIX) in keys, name
    referenced = {
        value[len("$(string.") : -1]
        for element in admx.iter()
        for value in element.attrib.values()
        if value.startswith("$(string.")
    }
    presentations = {
        p.get("presentation", "")[len("$(presentation.") : -1]
        for p in policies
        if p.get("presentation")
    }
    for adml_path in artifacts.ADML_FILES.values():
        adml = ET.parse(ROOT / adml_path).getroot()
        strings = {s.get("id") for s in adml.findall(".//p:stringTable/p:string", NS)}
        assert referenced <= strings, adml_path
        shown = {p.get("id") for p in adml.findall(".//p:presentationTable/p:presentation", NS)}
        assert presentations <= shown, adml_path
    polish = ET.parse(ROOT / artifacts.ADML_FILES["pl-PL"]).getroot()
    texts = {s.get("id"): s.text for s in polish.findall(".//p:stringTable/p:string", NS)}
    assert texts["grace_minutes"] == "Publikuj spóźnione posty do"


def test_the_schema_accepts_the_examples_and_refuses_a_typo() -> None:
    schema = json.loads((ROOT / artifacts.SCHEMA_FILE).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    validator.validate(artifacts.example_document())
    validator.validate(json.loads((ROOT / "packaging/managed.example.json").read_text()))
    assert list(validator.iter_errors({"settings": {"grace_minute": 5}}))
    assert list(validator.iter_errors({"settings": {"trusted_keys": []}}))  # IT's go on top


def test_the_example_profile_carries_a_valid_configuration(tmp_path: Path) -> None:
    profile = plistlib.loads((ROOT / artifacts.PROFILE_FILE).read_bytes())
    [payload] = profile["PayloadContent"]
    assert payload["PayloadType"] == "org.advocate_desktop.AdvocateDesktop"
    values = {k: v for k, v in payload.items() if k not in artifacts.PROFILE_PAYLOAD_KEYS}
    managed = load_preferences(FakePreferences(values), "profile")
    assert managed is not None and managed.problems == ()
    assert load_managed(ROOT / "packaging/managed.example.json").problems == ()


def test_check_managed_loads_no_qt(tmp_path: Path) -> None:
    """IT runs it on servers without a display: Qt must not even be imported."""
    import subprocess
    import sys

    path = tmp_path / "managed.json"
    path.write_text(json.dumps(artifacts.example_document()), encoding="utf-8")
    code = (
        "import sys; from advocate_desktop.app import main;"
        f" rc = main(['--check-managed', {str(path)!r}]);"
        " assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt loaded';"
        " sys.exit(rc)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith("valid: ")


def test_an_expandable_registry_string_is_expanded(monkeypatch: pytest.MonkeyPatch) -> None:
    from advocate_desktop.settings.sources import REG_EXPAND_SZ

    monkeypatch.setenv("PACKSHARE", "/srv/share")
    registry = FakeRegistry({"": {"pack_folder": ("$PACKSHARE/packs", REG_EXPAND_SZ)}})
    managed = load_registry(registry)
    assert managed is not None and managed.extra["pack_folder"] == "/srv/share/packs"
