"""LiveScene: one scene file kept live in one shared scene.

The first load goes out as one SET. Every later load is diffed by key against what the shared
scene holds (``diff_scenes``) and only the difference goes out — UPDATE of the props that
changed, UPSERT of new elements, REMOVE of deleted ones, a SET only when the Scene's own props
change — through ``SharedScene.broadcast``, so the shared store (what late joiners get) and
every client agree, and the browser keeps its camera and every untouched object.

A load that fails keeps the last good scene and handlers, logs the error (file:line) and shows
it in every client's overlay, late joiners included, until a good load clears it.

The scene's ``handlers:`` are registered with ``app.add_handler`` but answer only the clients
of this scene (``vuer watch`` serves several scenes from one app); each load imports the
handler files afresh and swaps the new functions in, so the next event runs the new code.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..loader import DEFAULT_PREFIX, LoadedScene, SceneFileError, load_scene
from ..server import Vuer
from ..server.diff import diff_scenes
from ..server.shared import SharedScene
from ..server.store import SceneError, SceneStore

__all__ = ["LiveScene", "Reload", "SCENE_ERROR_ID"]

logger = logging.getLogger(__name__)

SCENE_ERROR_ID = "scene-file"
"""Overlay id of a scene file's load error (cleared by the next good load)."""


@dataclass
class Reload:
    """What one load changed on the wire: the one-line summary and its details."""

    file: str
    """The scene file, as shown in messages."""
    events: list[dict] = field(default_factory=list)
    """The events broadcast (serialized), in order."""
    updated: int = 0
    """Elements whose props changed (UPDATE)."""
    added: int = 0
    """Elements that are new, nested ones included (moved or renamed ones count here too)."""
    removed: int = 0
    """Elements that are gone, nested ones included (moved or renamed ones count here too)."""
    replaced: bool = False
    """The whole scene went out as one SET (the first load, or a change of the Scene's props)."""
    elements: int = 0
    """Elements in the scene after the load."""
    seconds: float = 0.0
    """Load, diff and broadcast, in seconds."""

    @property
    def changed(self) -> bool:
        return bool(self.events)

    def summary(self) -> str:
        ms = self.seconds * 1e3
        if self.replaced:
            return f"reloaded {self.file}: scene replaced ({self.elements} elements) in {ms:.0f} ms"
        return f"reloaded {self.file}: {self.updated} updated, {self.added} added, {self.removed} removed in {ms:.0f} ms"


class LiveScene:
    """A scene file served through one ``SharedScene``; see the module docstring."""

    def __init__(self, app: Vuer, shared: SharedScene, path: str | Path, *, asset_prefix: str = DEFAULT_PREFIX):
        self.app = app
        self.shared = shared
        self.path = Path(path)
        self.asset_prefix = asset_prefix
        self.loaded: LoadedScene | None = None
        """The last good load (None until one succeeds)."""
        self.error: SceneFileError | None = None
        """The current load error, shown in the overlays; None when the file loads."""
        self.deleted = False
        self.on_reload: list[Callable[[Reload | None], None]] = []
        """Called after every load attempt with its ``Reload`` (None: the file was bad)."""
        self._handler_cleanups: list[Callable[[], None]] = []
        self._stamps: dict[Path, tuple | None] = {}

    def __repr__(self):
        return f"LiveScene({str(self.path)!r}, scene {self.shared.name!r})"

    @property
    def files(self) -> set[Path]:
        """The files whose change calls for a reload: the file itself, the last good load's,
        and while the file is bad, those the failed load looked at (a missing mesh, say)."""
        files = set(self.loaded.files) if self.loaded is not None else set()
        if self.error is not None:
            files |= self.error.files
        files.add(self.path.resolve())
        return files

    def wants(self, path: Path) -> bool:
        """Whether a change at ``path`` may change this scene: one of its files, or a folder on
        the way to one (a folder created for a missing file)."""
        files = self.files
        return path in files or any(path in f.parents for f in files)

    def stale(self) -> bool:
        """Whether a file changed since the last load attempt (changes a watcher may have missed
        while it restarted)."""
        return self._stamps != _stamps(self.files)

    # ---- loading --------------------------------------------------------------------------

    def load(self) -> LoadedScene:
        """Load the file (raises ``SceneFileError``); serving it is ``apply``'s job."""
        try:
            loaded = load_scene(self.path, asset_prefix=self.asset_prefix)
        except SceneFileError as exc:
            self._stamps = _stamps(exc.files | {self.path.resolve()} | (self.loaded.files if self.loaded else set()))
            raise
        self._stamps = _stamps(loaded.files)
        return loaded

    def apply(self, loaded: LoadedScene, started: float | None = None) -> Reload:
        """Serve ``loaded``: swap its handlers in, send what differs from the shared scene."""
        started = time.perf_counter() if started is None else started
        self._swap_handlers(loaded)
        new = SceneStore()
        new.set(loaded.serialized())
        old = self.shared.store
        events = diff_scenes(old, new)
        report = _summarize(loaded.file, old, new, events)
        stamp = int(time.time() * 1000)
        for event in events:
            try:
                self.shared.broadcast({**event, "ts": stamp})
            except SceneError:  # a bug in the diff, not the user's: the whole scene instead
                logger.exception("%s: %s from the diff did not apply; sending the whole scene", loaded.file, event.get("etype"))
                self.shared.broadcast({"etype": "SET", "ts": stamp, "data": new.snapshot()})
                report.replaced = True
                break
        self.loaded = loaded
        self.deleted = False
        if self.error is not None or SCENE_ERROR_ID in self.shared.errors:
            self.shared.clear_error(SCENE_ERROR_ID)
        self.error = None
        report.seconds = time.perf_counter() - started
        return report

    def reload(self) -> Reload | None:
        """Load the file again and send what changed; on a bad file keep the last good scene,
        log the error and show it in every client's overlay. Returns None for a bad file."""
        started = time.perf_counter()
        try:
            loaded = self.load()
        except SceneFileError as exc:
            return self._failed(exc)
        return self._reloaded(loaded, started)

    async def reload_soon(self) -> Reload | None:
        """``reload``, with the file read, parsed and checked in a worker thread: the server
        goes on serving meanwhile (a 10,000-element YAML takes seconds to parse). The diff
        and the sends run on the loop, as every scene op does."""
        started = time.perf_counter()
        try:
            loaded = await asyncio.to_thread(self.load)
        except SceneFileError as exc:
            return self._failed(exc)
        return self._reloaded(loaded, started)

    def _failed(self, exc: SceneFileError) -> None:
        self.fail(exc)
        self._notify(None)
        return None

    def _reloaded(self, loaded: LoadedScene, started: float) -> Reload:
        report = self.apply(loaded, started)
        logger.info("%s", report.summary())
        if logger.isEnabledFor(logging.DEBUG):
            for event in report.events:
                logger.debug("  %s", _describe(event))
        self._notify(report)
        return report

    def fail(self, exc: SceneFileError) -> None:
        """Show a load error (the last good scene stays)."""
        if self.error is not None and str(self.error) == str(exc):
            logger.debug("%s: still %s", self.path.name, exc)
        else:
            logger.error("%s", exc)
        self.error = exc
        self.shared.show_error(SCENE_ERROR_ID, str(exc))

    def gone(self) -> None:
        """The file was deleted: tell its clients (they keep the last scene); drop its handlers."""
        self.deleted = True
        self.close()
        logger.warning("scene file deleted: %s", self.path)
        self.shared.show_error(SCENE_ERROR_ID, f"scene file deleted: {self.path.name}", str(self.path))

    def close(self) -> None:
        """Remove this scene's handlers from the app."""
        for cleanup in self._handler_cleanups:
            cleanup()
        self._handler_cleanups = []

    # ---- internals ------------------------------------------------------------------------

    def _swap_handlers(self, loaded: LoadedScene) -> None:
        self.close()
        self._handler_cleanups = [
            self.app.add_handler(ref.etype, scoped(ref.fn, ref.ref, self.shared)) for refs in loaded.handlers.values() for ref in refs
        ]

    def _notify(self, report: Reload | None) -> None:
        for fn in list(self.on_reload):
            try:
                fn(report)
            except Exception:
                logger.exception("on_reload callback %r raised", fn)


def _stamps(files) -> dict[Path, tuple | None]:
    out: dict[Path, tuple | None] = {}
    for path in files:
        try:
            st = path.stat()
            out[path] = (st.st_mtime_ns, st.st_size, st.st_ino)
        except OSError:
            out[path] = None
    return out


def scoped(fn: Callable, ref: str, shared: SharedScene) -> Callable:
    """The handler under the name the scene file gives it (so errors say which one raised),
    called only for the clients of ``shared``."""

    @functools.wraps(fn)
    def handler(event, session):
        if session.shared is not shared:
            return None
        return fn(event, session)

    handler.__name__ = ref
    return handler


def _summarize(file: str, old: SceneStore, new: SceneStore, events: list[dict]) -> Reload:
    report = Reload(file, events=events, elements=len(new))
    for event in events:
        etype = event["etype"]
        if etype == "SET":
            report.replaced = True
        elif etype == "UPDATE":
            report.updated += len(event["data"]["nodes"])
        elif etype == "UPSERT":
            report.added += sum(_count(node) for node in event["data"]["nodes"])
        elif etype == "REMOVE":
            report.removed += sum(_subtree_size(old, key) for key in event["data"]["keys"])
    if report.replaced:
        report.added = len(new.nodes.keys() - old.nodes.keys())
        report.removed = len(old.nodes.keys() - new.nodes.keys())
    return report


def _count(node) -> int:
    if not isinstance(node, dict):
        return 0
    kids = node.get("children")
    return 1 + (sum(_count(c) for c in kids) if isinstance(kids, list) else 0)


def _subtree_size(store: SceneStore, key: str) -> int:
    n, stack = 0, [key]
    while stack:
        k = stack.pop()
        if k in store.nodes:
            n += 1
            stack.extend(store.children.get(k, ()))
    return n


def _describe(event: dict) -> str:
    """One DEBUG line per event: its type and the keys (and props) it touches."""
    etype, data = event["etype"], event.get("data")
    if etype == "SET":
        return "SET (the whole scene)"
    if etype == "REMOVE":
        return f"REMOVE {', '.join(data['keys'])}"
    parts = []
    for node in data["nodes"]:
        props = sorted(k for k in node if k not in ("key", "tag", "children"))
        parts.append(f"{node.get('key')} ({', '.join(props)})" if etype == "UPDATE" else str(node.get("key")))
    to = f" under {data['to']}" if etype == "UPSERT" and data.get("to") else ""
    strict = " strict" if event.get("strict") else ""
    return f"{etype}{strict} {'; '.join(parts)}{to}"
