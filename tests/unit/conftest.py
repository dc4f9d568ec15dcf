from __future__ import annotations

import pytest

from advocate_desktop.paths import demo_pack_dir
from advocate_desktop.policy.engine import PolicyEngine
from advocate_desktop.policy.loader import builtin_rules, combine, load_policy_file


@pytest.fixture(scope="session")
def demo_engine() -> PolicyEngine:
    """The built-in baseline plus the bundled demo pack's policy."""
    return PolicyEngine(combine(builtin_rules(), load_policy_file(demo_pack_dir() / "policy.json")))
