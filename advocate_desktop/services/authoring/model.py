"""A pack as one editable value: its feed, policy and images, loaded from a folder or
a zip and saved to a folder.

The feed and policy are kept as the JSON documents they are (``dict``), so fields
this version does not know survive an edit.  Images and any other pack files are
kept as bytes under their pack path (``media/a.png``).  The manifest and signature
are not part of the model: an edited pack is signed again when it is built.
"""

from __future__ import annotations

import copy
import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from advocate_desktop.services.authoring.errors import BadInput

FEED_NAME = "feed.json"
POLICY_NAME = "policy.json"
MEDIA_DIR = "media"
_SIGNING_FILES = ("manifest.json", "manifest.sig")
MAX_MODEL_BYTES = 200 * 1024 * 1024  # the app's cap on a whole pack


@dataclass
class PackModel:
    """A pack being edited.  ``feed``: the feed.json document; ``policy``: the
    policy.json document or None (no policy file); ``files``: every other pack file
    (images under media/) by pack path; ``source``: where it was loaded from."""

    feed: dict[str, Any]
    policy: dict[str, Any] | None = None
    files: dict[str, bytes] = field(default_factory=dict)
    source: Path | None = None

    # -- items ---------------------------------------------------------------
    @property
    def items(self) -> list[dict[str, Any]]:
        """The feed's items (the list itself: edits go into the model)."""
        items = self.feed.setdefault("items", [])
        if not isinstance(items, list):
            raise BadInput("feed.json: items is not a list")
        return items

    def item_index(self, item_id: str) -> int | None:
        for index, item in enumerate(self.items):
            if isinstance(item, dict) and str(item.get("id")) == item_id:
                return index
        return None

    def new_item_id(self, base: str = "item") -> str:
        taken = {str(i.get("id")) for i in self.items if isinstance(i, dict)}
        number = len(taken) + 1
        while f"{base}-{number}" in taken:
            number += 1
        return f"{base}-{number}"

    # -- images --------------------------------------------------------------
    def add_image(self, name: str, data: bytes) -> str:
        """Store ``data`` under media/ with a file name from ``name`` that is free;
        returns its pack path (what an item's ``image`` holds)."""
        stem = PurePosixPath(name.replace("\\", "/")).name or "image"
        safe = "".join(c if c.isalnum() or c in "-_." else "-" for c in stem).lstrip(".")
        safe = safe or "image"
        base, dot, extension = safe.rpartition(".")
        if not dot:
            base, extension = safe, ""
        candidate, number = f"{MEDIA_DIR}/{safe}", 2
        while candidate in self.files and self.files[candidate] != data:
            candidate = f"{MEDIA_DIR}/{base}-{number}{dot}{extension}"
            number += 1
        self.files[candidate] = data
        return candidate

    def image_references(self) -> set[str]:
        """Every pack path the items name as an image."""
        used = set()
        for item in self.items:
            if not isinstance(item, dict):
                continue
            if isinstance(item.get("image"), str):
                used.add(item["image"])
            extension = item.get("_advocacy")
            images = extension.get("images") if isinstance(extension, dict) else None
            for image in images if isinstance(images, list) else ():
                if isinstance(image, dict) and isinstance(image.get("url"), str):
                    used.add(image["url"])
        return used

    def unused_images(self) -> list[str]:
        used = self.image_references()
        return sorted(n for n in self.files if n.startswith(f"{MEDIA_DIR}/") and n not in used)

    def remove_file(self, path: str) -> bool:
        return self.files.pop(path, None) is not None

    # -- bytes ---------------------------------------------------------------
    def contents(self) -> dict[str, bytes]:
        """Every file of the pack as it would be saved (JSON indented, UTF-8)."""
        result = dict(self.files)
        result[FEED_NAME] = _json_bytes(self.feed)
        if self.policy is not None:
            result[POLICY_NAME] = _json_bytes(self.policy)
        return result

    def copy(self) -> PackModel:
        return PackModel(
            copy.deepcopy(self.feed), copy.deepcopy(self.policy), dict(self.files), self.source
        )


def _json_bytes(document: Any) -> bytes:
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


# -- creating and loading --------------------------------------------------------
def new_pack_model(title: str | None = None) -> PackModel:
    """A new pack from the init template (example items, images and policy)."""
    from advocate_desktop.paths import demo_pack_dir
    from advocate_desktop.services.authoring.packs import template_feed

    feed = template_feed()
    if title:
        feed["title"] = title
    demo = demo_pack_dir()
    files = {}
    for item in feed["items"]:  # type: ignore[attr-defined]
        files[item["image"]] = (demo / item["image"]).read_bytes()
    policy = json.loads((demo / POLICY_NAME).read_text(encoding="utf-8"))
    return PackModel(feed, policy, files)


def load_pack_model(path: Path) -> PackModel:
    """A pack folder or zip as a model.  Refuses (with :class:`BadInput`) what the app
    refuses: links, special files, unsafe zip members, JSON that does not read; an
    unsigned or changed pack loads (signatures are checked by verify)."""
    if path.is_dir():
        return _from_contents(_folder_contents(path), path)
    if not path.is_file():
        raise BadInput(f"{path} does not exist")
    return _from_contents(_zip_contents(path), path)


def _folder_contents(folder: Path) -> dict[str, bytes]:
    from advocate_desktop.feed.errors import FeedError
    from advocate_desktop.feed.pack import pack_files

    try:
        files = pack_files(folder)
    except FeedError as error:
        raise BadInput(f"{folder}: {error.pointer}: {error.problem}") from None
    total = 0
    contents = {}
    for name, file in files.items():
        if PurePosixPath(name).name.startswith("."):
            continue  # editor and system leftovers (.DS_Store, .swp), not pack content
        try:
            data = file.read_bytes()
        except OSError as error:
            raise BadInput(f"cannot read {file}: {error.strerror}") from None
        total += len(data)
        if total > MAX_MODEL_BYTES:
            raise BadInput(f"{folder} holds more than {MAX_MODEL_BYTES // 2**20} MB")
        contents[name] = data
    return contents


def _zip_contents(path: Path) -> dict[str, bytes]:
    """The zip's members, through the app's own safe extraction (paths, links, sizes)."""
    import tempfile

    from advocate_desktop.feed.errors import FeedError
    from advocate_desktop.feed.pack import _safe_extract

    if not zipfile.is_zipfile(path):
        raise BadInput(f"{path} is not a zip archive")
    with tempfile.TemporaryDirectory() as scratch:
        try:
            _safe_extract(path, Path(scratch))
        except FeedError as error:
            raise BadInput(f"{path}: {error.problem}") from None
        except (OSError, zipfile.BadZipFile, EOFError) as error:
            raise BadInput(f"cannot read {path}: {error}") from None
        return _folder_contents(Path(scratch))


def _from_contents(contents: dict[str, bytes], origin: Path) -> PackModel:
    if FEED_NAME not in contents:
        raise BadInput(f"{origin} has no {FEED_NAME}")
    feed = _document(contents.pop(FEED_NAME), origin, FEED_NAME)
    if not isinstance(feed, dict):
        raise BadInput(f"{origin}/{FEED_NAME}: not a JSON object")
    policy = None
    if POLICY_NAME in contents:
        policy = _document(contents.pop(POLICY_NAME), origin, POLICY_NAME)
        if not isinstance(policy, dict):
            raise BadInput(f"{origin}/{POLICY_NAME}: not a JSON object")
    for name in _SIGNING_FILES:
        contents.pop(name, None)
    return PackModel(feed, policy, contents, origin)


def _document(data: bytes, origin: Path, name: str) -> Any:
    from advocate_desktop.feed.parse import checked_object

    try:
        return json.loads(data.decode("utf-8"), object_pairs_hook=checked_object)
    except UnicodeError:
        raise BadInput(f"{origin}/{name}: not UTF-8 text") from None
    except RecursionError:
        raise BadInput(f"{origin}/{name}: nested too deeply") from None
    except json.JSONDecodeError as error:
        raise BadInput(
            f"{origin}/{name}: not valid JSON: {error.msg} at line {error.lineno},"
            f" column {error.colno}"
        ) from None


# -- saving ----------------------------------------------------------------------
def save_pack_model(model: PackModel, folder: Path) -> list[str]:
    """Write ``model`` into ``folder`` (created if missing); returns the pack paths
    written.  Each file is replaced atomically (a temporary sibling, flushed, then
    renamed), so an interrupted save leaves every file whole, old or new.  In the
    folder the model was loaded from (or last saved to), images the model no longer
    holds are removed from media/; a manifest and signature that no longer match are
    removed (the pack is signed again when built).  Hidden files are left alone, and
    saving into another folder removes nothing there but a stale signature.  The
    model's ``source`` becomes ``folder``."""
    from advocate_desktop.services.authoring.inflect import write_atomically

    contents = model.contents()
    for name in contents:
        _check_pack_path(name)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, data in sorted(contents.items()):
        target = folder.joinpath(*PurePosixPath(name).parts)
        try:
            if target.is_file() and target.read_bytes() == data:
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(target, data)
        except OSError as error:
            raise BadInput(f"cannot write {target}: {error.strerror}") from None
        written.append(name)
    media = folder / MEDIA_DIR
    # Only in the pack's own folder: saving into another folder never deletes files
    # this model did not come from.
    own = model.source is not None and model.source.is_dir() and _same(model.source, folder)
    if own and media.is_dir():
        for file in sorted(media.rglob("*")):
            name = file.relative_to(folder).as_posix()
            if file.is_file() and not file.name.startswith(".") and name not in contents:
                file.unlink()
    if written:
        for name in _SIGNING_FILES:
            (folder / name).unlink(missing_ok=True)
    model.source = folder
    return written


def _same(one: Path, other: Path) -> bool:
    try:
        return one.resolve() == other.resolve()
    except OSError:
        return False


def _check_pack_path(name: str) -> None:
    path = PurePosixPath(name)
    if (
        not name
        or path.is_absolute()
        or ".." in path.parts
        or "\\" in name
        or ":" in name
        or name in _SIGNING_FILES
    ):
        raise BadInput(f"{name!r} is not a path inside a pack")
