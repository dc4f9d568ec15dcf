"""Making packs: a new folder from the template, a reproducible zip, a signature."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

from advocate_desktop.paths import demo_pack_dir
from advocate_desktop.services.authoring.errors import BadInput, LintFailed
from advocate_desktop.services.authoring.keys import SigningKey
from advocate_desktop.services.authoring.results import (
    BuildResult,
    InitResult,
    Release,
    SignResult,
)

TEMPLATE_TITLE = "Our newsroom"
TEMPLATE_ITEMS = 2


def template_feed() -> dict[str, object]:
    """The example feed ``init`` writes: the demo pack's first items, a new title."""
    feed = json.loads((demo_pack_dir() / "feed.json").read_text(encoding="utf-8"))
    feed["title"] = TEMPLATE_TITLE
    feed["items"] = feed["items"][:TEMPLATE_ITEMS]
    return dict(feed)


def init_pack(folder: Path) -> InitResult:
    """Create ``folder`` with an example feed.json, policy.json and media/.  Raises
    :class:`BadInput` when the folder exists and is not empty."""
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise BadInput(f"{folder} exists and is not empty; choose a new folder")
    demo = demo_pack_dir()
    feed = template_feed()
    (folder / "media").mkdir(parents=True, exist_ok=True)
    for item in feed["items"]:  # type: ignore[attr-defined]
        shutil.copyfile(demo / item["image"], folder / item["image"])
    (folder / "feed.json").write_text(
        json.dumps(feed, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    shutil.copyfile(demo / "policy.json", folder / "policy.json")
    files = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
    return InitResult(folder, tuple(files))


def build_pack(
    folder: Path,
    out: Path,
    *,
    key: SigningKey | None = None,
    release: Release | None = None,
    inflect: bool = True,
) -> BuildResult:
    """Lint ``folder``; when it has no errors, write the reproducible zip ``out``
    (signed with ``key`` if given; policy terms given their Polish forms unless
    ``inflect`` is False).  Raises :class:`LintFailed` (nothing written) or
    :class:`BadInput`."""
    from advocate_desktop.feed.pack_build import build_zip, folder_contents, with_manifest
    from advocate_desktop.feed.signing import MANIFEST_NAME, digest, read_manifest
    from advocate_desktop.services.authoring.inflect import inflect_policy_bytes
    from advocate_desktop.services.authoring.lint import lint_problems
    from advocate_desktop.services.authoring.release import resolve_release

    problems = lint_problems(folder)
    errors = tuple(p for p in problems if p.severity == "error")
    if errors:
        raise LintFailed(errors)
    stamped = resolve_release(release or Release(), folder)
    contents = folder_contents(folder)
    inflections: tuple[object, ...] = ()
    if inflect and "policy.json" in contents:
        policy_bytes, inflections = inflect_policy_bytes(contents["policy.json"])
        contents = {**contents, "policy.json": policy_bytes}
    try:
        contents = with_manifest(
            contents,
            key.pem if key else None,
            version=stamped.version,
            pack_id=stamped.pack_id,
            expires_at=stamped.expires_at,
        )
    except ValueError as error:
        raise BadInput(str(error)) from None
    data = build_zip(contents)
    out.parent.mkdir(parents=True, exist_ok=True)
    from advocate_desktop.services.authoring.inflect import write_atomically

    write_atomically(out, data)
    manifest = read_manifest(contents[MANIFEST_NAME])
    return BuildResult(
        path=out,
        sha256=digest(data),
        size=len(data),
        signed=key is not None,
        key_id=key.key_id if key else None,
        files=tuple(sorted(contents)),
        inflections=inflections,  # type: ignore[arg-type]
        pack_id=manifest.pack_id,
        version=manifest.version,
        expires_at=manifest.expires_at,
        warnings=tuple(p for p in problems if p.severity != "error"),
    )


def sign_pack(pack: Path, key: SigningKey, *, release: Release | None = None) -> SignResult:
    """Write a fresh manifest and signature into ``pack`` (a zip or a folder)."""
    from advocate_desktop.feed.errors import FeedError
    from advocate_desktop.feed.pack_build import build_zip, folder_contents, read_zip, with_manifest
    from advocate_desktop.feed.signing import MANIFEST_NAME, SIGNATURE_NAME, read_manifest
    from advocate_desktop.services.authoring.inflect import write_atomically
    from advocate_desktop.services.authoring.release import resolve_release

    if not pack.exists():
        raise BadInput(f"{pack} does not exist")
    stamped = resolve_release(release or Release(), pack)
    try:
        contents = folder_contents(pack) if pack.is_dir() else read_zip(pack)
    except (OSError, zipfile.BadZipFile) as error:
        raise BadInput(f"cannot read {pack}: {error}") from None
    except FeedError as error:
        raise BadInput(f"{pack}: {error.pointer}: {error.problem}") from None
    if "feed.json" not in contents:
        # Never a signature over whatever folder was named (a home folder, keys and all).
        raise BadInput(f"{pack} is not a pack: it has no feed.json")
    try:
        contents = with_manifest(
            contents,
            key.pem,
            version=stamped.version,
            pack_id=stamped.pack_id,
            expires_at=stamped.expires_at,
        )
        if pack.is_dir():
            for name in (MANIFEST_NAME, SIGNATURE_NAME):
                write_atomically(pack / name, contents[name])
        else:
            write_atomically(pack, build_zip(contents))
    except ValueError as error:
        raise BadInput(f"{pack}: {error}") from None
    except OSError as error:
        raise BadInput(f"cannot sign {pack}: {error}") from None
    manifest = read_manifest(contents[MANIFEST_NAME])
    return SignResult(
        pack,
        key.key_id,
        tuple(sorted(contents)),
        manifest.pack_id,
        manifest.version,
        manifest.expires_at,
    )
