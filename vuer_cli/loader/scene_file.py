"""``load_scene(path)``: a scene file, checked and built, or one ``SceneFileError``.

The file's top level is one of:

* ``{scene: ..., handlers: ..., server: ...}`` — the scene file format (``handlers`` and
  ``server`` optional; ``scene`` may also be just the list of its children);
* ``{tag: Scene, ...}`` — a scene as upstream's schema objects serialize it;
* ``{etype: SET, data: {tag: Scene, ...}}`` — a SET event as upstream sends it;
* ``{Scene: {...}}`` — the compact form of the Scene element.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..schema.scene import Scene
from ..schema.types import check, describe
from .assets import DEFAULT_PREFIX, AssetRoots
from .errors import SceneFileError
from .handlers import HandlerRef, resolve_handlers
from .validate import BuildContext, ElementBuilder, short, suggest
from .yaml_lines import Map, Seq, parse_text, plain

__all__ = ["LoadedScene", "load_scene", "SERVER_SETTINGS", "TOP_LEVEL_KEYS", "EXIT_BAD_SCENE"]

logger = logging.getLogger(__name__)

EXIT_BAD_SCENE = 2
"""Exit code of ``vuer`` commands when the scene file is bad (1 is for failures at run time)."""

TOP_LEVEL_KEYS = {
    "scene": "The Scene: its props plus children, bgChildren, htmlChildren (or just the list of children).",
    "handlers": "Client event type -> 'file.py:function' or 'package.module:function' (or a list of them).",
    "server": "Server defaults; command-line flags (and VUER_* variables) override them.",
}

SERVER_SETTINGS: dict[str, tuple[Any, str]] = {
    "host": (str, "Address to bind (default 127.0.0.1; 0.0.0.0 serves the network, with a token)."),
    "port": (int, "Port to bind (default 8012; 0 picks a free one)."),
    "token": (str, "Token the websocket and relay require."),
    "open": (bool, "Open the page in the default browser once serving."),
    "assets": (list[str] | str, "More folders (relative to the scene file) whose files the scene may use."),
    "queries": (dict, "Extra page URL parameters, e.g. {hideUI: true}."),
    "queue_len": (int, "Bound of each client's outbound queue."),
    "cors": (str, "Comma-separated allowed origins (fnmatch patterns)."),
}
"""The ``server:`` section: name → (type, doc). The JSON Schema is derived from this."""


@dataclass
class LoadedScene:
    """A scene file, loaded: what the runner serves and the reloader watches."""

    path: Path
    """The scene file (absolute)."""
    file: str
    """The scene file as shown in messages (as given)."""
    scene: Scene
    """The Scene element tree."""
    handlers: dict[str, list[HandlerRef]] = field(default_factory=dict)
    server: dict[str, Any] = field(default_factory=dict)
    """The ``server:`` defaults (``assets`` resolved to folders)."""
    roots: AssetRoots = field(default_factory=AssetRoots)
    """Where the scene's files are served from."""
    files: set[Path] = field(default_factory=set)
    """Every file the scene depends on: itself, its assets, arrays, and handler files."""
    warnings: list[str] = field(default_factory=list)
    load_seconds: float = 0.0

    def serialized(self) -> dict:
        """The Scene as it goes on the wire (bulk arrays as bytes)."""
        return self.scene._serialize()


def load_scene(path: str | Path, *, asset_prefix: str = DEFAULT_PREFIX) -> LoadedScene:
    """Load, check and build a scene file. Raises ``SceneFileError`` (one clear message)."""
    started = time.perf_counter()
    shown = str(path)
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SceneFileError(shown, None, None, "", "no such scene file") from None
    except IsADirectoryError:
        raise SceneFileError(shown, None, None, "", "is a folder, not a scene file") from None
    except UnicodeDecodeError as exc:
        raise SceneFileError(shown, None, None, "", f"not UTF-8 text: {exc.reason} at byte {exc.start}") from None
    except OSError as exc:
        raise SceneFileError(shown, None, None, "", f"cannot read: {exc.strerror or exc}") from None

    try:
        data = parse_text(text, shown, path.suffix)
    except SceneFileError as exc:
        exc.files = {path.resolve()}
        raise
    path = path.resolve()
    if data is None:
        raise SceneFileError(shown, 1, 1, "", "the file is empty; it needs a 'scene:'")
    if not isinstance(data, Map):
        raise SceneFileError(shown, 1, 1, "", f"the top level must be a mapping with 'scene:', got {short(data)}")

    ctx = BuildContext(shown, path.parent, AssetRoots(), files={path})
    try:
        scene_node, scene_at, handlers_node, server_node = _top_level(data, shown)
        server = _server_settings(server_node, data.where("server"), shown, path.parent)
        ctx.roots = roots = AssetRoots.for_scene(path.parent, server.get("assets", []), prefix=asset_prefix)
        scene = ElementBuilder(ctx).scene(scene_node, scene_at)
        handlers = resolve_handlers(handlers_node, data.where("handlers"), ctx)
    except SceneFileError as exc:
        exc.files = set(ctx.files)  # hot reload watches these for the fix
        raise
    loaded = LoadedScene(
        path=path,
        file=shown,
        scene=scene,
        handlers=handlers,
        server=server,
        roots=roots,
        files=ctx.files,
        warnings=ctx.warnings,
        load_seconds=time.perf_counter() - started,
    )
    logger.debug("loaded %s in %.1f ms: %d files, %d handlers", shown, loaded.load_seconds * 1e3, len(ctx.files), len(handlers))
    return loaded


def _top_level(data: Map, file: str):
    """(scene node, its place, handlers node, server node) for each accepted top-level form."""
    if "etype" in data:  # a SET event as upstream sends it
        if data["etype"] != "SET":
            raise SceneFileError(file, *data.where("etype"), "", f"only a SET event can be loaded as a scene, got etype {short(data['etype'])}")
        if not isinstance(data.get("data"), Map):
            raise SceneFileError(file, *data.where("data"), "", "a SET event's 'data' must be the Scene")
        return data["data"], data.where("data"), None, None
    if "tag" in data or (len(data) == 1 and "Scene" in data):  # a serialized or compact Scene
        return data, data.pos, None, None
    for key in data:
        if isinstance(key, str) and key.startswith("x-"):
            continue  # a place for YAML anchors (x-red: &red {...}), as docker-compose allows
        if key not in TOP_LEVEL_KEYS:
            hint = suggest(str(key), TOP_LEVEL_KEYS) or f"; expected {', '.join(TOP_LEVEL_KEYS)}"
            raise SceneFileError(file, *data.where_key(key), "", f"unknown top-level key {key!r}{hint}")
    if "scene" not in data:
        raise SceneFileError(file, *data.pos, "", "the file has no 'scene:'")
    return data["scene"], data.where("scene"), data.get("handlers"), data.get("server")


def _server_settings(node, where, file: str, base_dir: Path) -> dict[str, Any]:
    if node is None:
        return {}
    if not isinstance(node, Map):
        raise SceneFileError(file, *where, "server", f"server must be a mapping of settings, got {short(node)}")
    out: dict[str, Any] = {}
    for name, value in node.items():
        if name not in SERVER_SETTINGS:
            hint = suggest(str(name), SERVER_SETTINGS) or f"; known: {', '.join(SERVER_SETTINGS)}"
            raise SceneFileError(file, *node.where_key(name), "server", f"unknown setting {name!r}{hint}")
        tp = SERVER_SETTINGS[name][0]
        if not check(value, tp) or value is None:
            raise SceneFileError(file, *node.where(name), "server", f"{name!r} must be {describe(tp)}, got {short(value)}")
        if name == "port" and not 0 <= value <= 65535:
            raise SceneFileError(file, *node.where(name), "server", f"'port' must be in 0..65535, got {value}")
        if name == "assets":
            items = value if isinstance(value, Seq) else [value]
            folders = []
            for i, item in enumerate(items):
                at = value.where(i) if isinstance(value, Seq) else node.where(name)
                folder = (base_dir / item).resolve()
                if not folder.is_dir():
                    raise SceneFileError(file, *at, "server.assets", f"no folder {item!r} (looked for {folder})")
                folders.append(folder)
            value = folders
        out[name] = plain(value)
    return out
