from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest

from advocate_desktop.credentials import CredentialStore
from tests.peers.bluesky import LocalPds


@pytest.fixture
def keyring_store() -> CredentialStore:
    """The real Secret Service.  In CI (ADVOCATE_REQUIRE_KEYRING=1) its absence fails."""
    store = CredentialStore(service=f"advocate-desktop-test-{uuid.uuid4().hex[:8]}")
    if not store.available():
        message = f"no real keyring here (backend: {store.backend_name()})"
        if os.environ.get("ADVOCATE_REQUIRE_KEYRING") == "1":
            pytest.fail(message + "; run the tests through scripts/run-tests.sh")
        pytest.skip(message)
    return store


@pytest.fixture(scope="session")
def bluesky_pds(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalPds]:
    """The AT Protocol reference PDS with its own PLC directory, once per test run."""
    pds = LocalPds(tmp_path_factory.mktemp("pds"), rate_limits=True)
    try:
        yield pds
    finally:
        pds.stop()
