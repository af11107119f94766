"""Files a scene uses: model and image ``src`` paths, ``.npy`` arrays, and what models refer to.

A relative ``src`` is resolved against the scene file, must exist, and must lie inside one of
the scene's asset roots (its own folder, plus the folders ``server.assets`` names). It is then
rewritten to the URL the runner serves that root under, ``/scene-assets/<root>/<relpath>``;
the browser client resolves such a URL against the page's origin, and a model's own relative
references (a URDF's meshes, an OBJ's ``mtllib``) resolve against it in turn, so those are
checked here too. Nothing outside the roots is ever served (``server.files.resolve_inside``).
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, unquote
from xml.parsers import expat

import numpy as np

from ..server.files import resolve_inside

__all__ = ["AssetRoots", "AssetError", "is_file_reference", "model_references", "load_npy", "file_version", "DEFAULT_PREFIX"]

logger = logging.getLogger(__name__)

DEFAULT_PREFIX = "/scene-assets"
"""Where the runner serves a scene's asset roots: ``/scene-assets/<root name>/<relpath>``."""

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")


class AssetError(Exception):
    """A file reference that cannot be served; the loader adds file, line and path."""


def is_file_reference(value: str) -> bool:
    """Whether a URL-ish string is a path relative to the scene (not a URL, not ``/…``)."""
    if not value or value.startswith(("/", "#", "?", "\\")):
        return False
    return _SCHEME.match(value) is None


@dataclass
class AssetRoots:
    """The folders a scene may use files from, each served under its own name."""

    roots: dict[str, Path] = field(default_factory=dict)
    """Root name → resolved folder. The scene's own folder is ``scene``."""
    prefix: str = DEFAULT_PREFIX

    @classmethod
    def for_scene(cls, scene_dir: Path, extra: list[Path] = (), prefix: str = DEFAULT_PREFIX) -> "AssetRoots":
        roots = {"scene": scene_dir.resolve()}
        for folder in extra:
            name = re.sub(r"[^A-Za-z0-9_.\-]", "_", folder.resolve().name) or "root"
            base, n = name, 2
            while name in roots:
                name, n = f"{base}-{n}", n + 1
            roots[name] = folder.resolve()
        return cls(roots, prefix)

    def url_for(self, target: Path) -> str | None:
        """The URL a file inside one of the roots is served at, or None when it is outside."""
        for name, root in self.roots.items():
            try:
                rel = target.relative_to(root)
            except ValueError:
                continue
            if resolve_inside(root, rel.as_posix()) is not None:
                return f"{self.prefix}/{name}/{quote(rel.as_posix())}"
        return None

    def find(self, name: str, relpath: str) -> Path | None:
        """The file a request for ``<prefix>/<name>/<relpath>`` serves, or None (then 404)."""
        root = self.roots.get(name)
        return resolve_inside(root, unquote(relpath)) if root is not None else None

    def resolve(self, ref: str, base_dir: Path) -> tuple[Path, str]:
        """``ref`` relative to ``base_dir``: the file and its URL; ``AssetError`` when it cannot be served."""
        target = (base_dir / ref).resolve()
        if target.is_dir():
            raise AssetError(f"{ref!r} is a folder, not a file")
        if not target.is_file():
            raise AssetError(f"missing file {ref!r} (looked for {target})")
        url = self.url_for(target)
        if url is None and any(_hidden_inside(target, root) for root in self.roots.values()):
            raise AssetError(f"{ref!r} is a dotfile or inside a dot-folder; such files are never served: rename it")
        if url is None:
            folders = ", ".join(str(r) for r in self.roots.values())
            raise AssetError(f"file {ref!r} is outside the scene's asset folders ({folders}); list its folder under server.assets to use it")
        return target, url


def _hidden_inside(target: Path, root: Path) -> bool:
    try:
        return any(part.startswith(".") for part in target.relative_to(root).parts)
    except ValueError:
        return False


def load_npy(path: Path) -> np.ndarray:
    """A ``.npy`` array, never unpickling objects."""
    try:
        return np.load(path, allow_pickle=False)
    except ValueError as exc:  # object arrays need pickle: refused
        raise AssetError(f"cannot read {path.name}: {exc}") from None
    except OSError as exc:
        raise AssetError(f"cannot read {path.name}: {exc}") from None


# ---- versions: a changed file gets a new URL ---------------------------------------------

_versions: dict[tuple, str] = {}  # (path, mtime_ns, size, inode) → digest of the content
_RACY_NS = 2_000_000_000


def file_version(files) -> str:
    """A short digest of the files' contents, for ``?v=`` in asset URLs.

    A model's URL carries the digest of the model and of everything it refers to, so editing a
    mesh that a URDF names changes the URDF's URL: hot reload then sends an UPDATE of just that
    element and the client fetches it again; an untouched file keeps its URL (no event at all).
    Each file is read once per change: the digest is cached by path, mtime, size and inode,
    except for a file changed in the last seconds, whose mtime may not yet tell two writes
    apart (timestamps are as coarse as the kernel's clock tick: git's "racy" files).
    """
    now = time.time_ns()
    total = hashlib.blake2b(digest_size=6)
    for path in files:
        try:
            st = path.stat()
        except OSError as exc:
            raise AssetError(f"cannot read {path.name}: {exc.strerror or exc}") from None
        stamp = (str(path), st.st_mtime_ns, st.st_size, st.st_ino)
        digest = _versions.get(stamp)
        if digest is None:
            h = hashlib.blake2b(digest_size=8)
            try:
                with open(path, "rb") as f:
                    for chunk in iter(lambda: f.read(1 << 20), b""):
                        h.update(chunk)
            except OSError as exc:
                raise AssetError(f"cannot read {path.name}: {exc.strerror or exc}") from None
            digest = h.hexdigest()
            if now - st.st_mtime_ns > _RACY_NS:
                _versions[stamp] = digest
            if len(_versions) > 4096:  # old stamps of files edited many times
                _versions.pop(next(iter(_versions)))
        total.update(digest.encode())
    return total.hexdigest()


# ---- what model files refer to -------------------------------------------------------------


def model_references(path: Path) -> list[tuple[str, int]]:
    """The relative files a model file refers to, with the line of each (1 for binary formats).

    URDF ``<mesh filename=…>`` (not ``package://``), OBJ ``mtllib``, MTL texture maps, and a
    glTF's buffer and image ``uri``s. The client fetches these relative to the model's URL, so
    they must be servable as well.
    """
    suffix = path.suffix.lower()
    try:
        if suffix in (".urdf", ".xacro", ".xml"):
            return _urdf_refs(path)
        if suffix in (".obj", ".mtl"):
            return _line_refs(path, ("mtllib",) if suffix == ".obj" else ("map_kd", "map_ks", "map_bump", "bump", "map_d", "norm"))
        if suffix == ".gltf":
            return _gltf_refs(path)
    except (OSError, UnicodeDecodeError, ValueError, expat.ExpatError) as exc:
        raise AssetError(f"cannot read {path.name}: {exc}") from None
    return []


def _urdf_refs(path: Path) -> list[tuple[str, int]]:
    refs: list[tuple[str, int]] = []
    parser = expat.ParserCreate()

    def start(name, attrs):
        filename = attrs.get("filename")
        if name == "mesh" and filename and is_file_reference(filename):
            refs.append((filename, parser.CurrentLineNumber))

    parser.StartElementHandler = start
    parser.Parse(path.read_bytes(), True)
    return refs


def _line_refs(path: Path, keywords: tuple[str, ...]) -> list[tuple[str, int]]:
    refs = []
    for n, line in enumerate(path.read_text(errors="replace").splitlines(), 1):
        parts = line.strip().split(None, 1)
        if len(parts) == 2 and parts[0].lower() in keywords:
            ref = parts[1].split()[-1] if parts[0].lower() != "mtllib" else parts[1].strip()
            if is_file_reference(ref):
                refs.append((ref, n))
    return refs


def _gltf_refs(path: Path) -> list[tuple[str, int]]:
    doc = json.loads(path.read_text())
    refs = []
    for section in ("buffers", "images"):
        for item in doc.get(section, []):
            uri = item.get("uri") if isinstance(item, dict) else None
            if isinstance(uri, str) and is_file_reference(uri):
                refs.append((unquote(uri), 1))
    return refs
