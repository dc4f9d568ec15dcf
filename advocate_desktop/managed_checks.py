"""The checks of IT's configuration that need other parts: whether a trusted key line
parses (feed signing) and whether the policy loads (the policy loader).

``settings`` checks a document against the table alone; the app and
``advocate-desktop --check-managed`` both add these, so every source is checked by
the same code.  Nothing here imports Qt.
"""

from __future__ import annotations

from dataclasses import replace

from advocate_desktop.feed.signing import KeyFormatError, TrustedKey, parse_public_key
from advocate_desktop.settings.definitions import IT_SETTINGS
from advocate_desktop.settings.it_values import INDEX, key_expiry
from advocate_desktop.settings.managed import ManagedConfig, ManagedProblem
from advocate_desktop.settings.setting import AS_GIVEN, QT_TRANSLATE_NOOP

TOO_DEEP_POLICY = QT_TRANSLATE_NOOP("ManagedConfig", "nested too deeply to be read")


def managed_keys(managed: ManagedConfig) -> tuple[TrustedKey, ...]:
    """IT's trusted keys that parse, each with its end date if IT gave one (one that
    does not parse is left out: :func:`key_problems` reports it)."""
    keys = []
    for entry in managed.extra.get("trusted_keys", []):
        try:
            key = parse_public_key(entry["key"], entry["name"])
        except KeyFormatError:
            continue
        keys.append(replace(key, expires_at=key_expiry(entry.get("expires"))))
    return tuple(keys)


def key_problems(managed: ManagedConfig) -> list[ManagedProblem]:
    """IT's key lines that do not parse, by their pointer in their source."""
    problems = []
    for entry in managed.extra.get("trusted_keys", []):
        try:
            parse_public_key(entry["key"], entry["name"])
        except KeyFormatError as error:
            problems.append(
                ManagedProblem(
                    managed.origin("trusted_keys"),
                    f"/trusted_keys/{entry.get(INDEX, 0)}/key",
                    AS_GIVEN,
                    (str(error),),
                    IT_SETTINGS["trusted_keys"].fail_safe,
                )
            )
    return problems


def with_key_checks(managed: ManagedConfig) -> ManagedConfig:
    """The configuration with its unparseable keys reported (and failing safe)."""
    return managed.with_problems(key_problems(managed))


def policy_problem(managed: ManagedConfig) -> ManagedProblem | None:
    """Why IT's policy cannot be used (it then fails safe: nothing is published), or
    None.  Loads the policy: call it off the GUI thread."""
    failed = managed.policy_problem
    if failed is not None:
        return failed
    local = managed.extra.get("policy")
    if local is None:
        return None
    from advocate_desktop.policy.loader import PolicyError, parse_policy

    source = managed.origin("policy")
    fail_safe = IT_SETTINGS["policy"].fail_safe
    try:
        parse_policy(local, source)
    except PolicyError as error:  # named by its place in the managed configuration
        return ManagedProblem(
            source, f"/policy{error.pointer}", AS_GIVEN, (error.problem,), fail_safe
        )
    except RecursionError:
        return ManagedProblem(source, "/policy", TOO_DEEP_POLICY, (), fail_safe)
    return None


def all_problems(managed: ManagedConfig) -> list[ManagedProblem]:
    """Every problem of the configuration, the deep checks' included (for
    ``--check-managed``)."""
    problems = list(with_key_checks(managed).problems)
    policy = policy_problem(managed)
    if policy is not None and policy not in problems:
        problems.append(policy)
    return problems
