"""``FolderRunner``: every scene file in a folder, each served at ``/?scene=NAME``, hot reloaded.

``vuer watch DIR`` serves each ``*.yaml``, ``*.yml`` and ``*.json`` in DIR that loads as a
scene, under the file's stem as NAME (the whole file name when two files share a stem: YAML keeps
the stem), with
its own shared scene (``app.scenes[NAME]``), clients, handlers and asset folders
(``/scene-assets/NAME/<root>/<relpath>``). The page at ``/`` without ``?scene=`` is an index
of the scenes, kept current by server-sent events (``/scenes/events``; the same list as JSON at
``/scenes.json``).

As files come and go: a new scene file is loaded and listed; a changed one is reloaded (only
the difference goes to its clients, as ``vuer serve`` does); a deleted one's clients are told
in their overlay ("scene file deleted") and keep what they see — its shared scene stays, so if
the file comes back (an editor saving by delete-and-create, a ``git checkout``) they get it.
A file that has never loaded is not served; the index lists it with its error.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import json
import logging
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

from aiohttp import web

from ..loader import DEFAULT_PREFIX, LoadedScene, SceneFileError
from ..server import Vuer
from ..server.files import file_response
from ..server.shared import SharedScene
from .live import LiveScene
from .serve import Running, ServeOptions, is_loopback
from .watch import SCENE_SUFFIXES, Watcher, is_editor_droppings

__all__ = ["FolderRunner"]

logger = logging.getLogger(__name__)

_HEARTBEAT_S = 15.0  # an idle event stream writes a comment this often, to notice closed pages


class FolderRunner(Running):
    """Serves the scene files of one folder; see the module docstring."""

    def __init__(self, folder: str | Path, options: ServeOptions | None = None, *, app: Vuer | None = None):
        self.folder = Path(folder).resolve()
        if not self.folder.is_dir():
            raise NotADirectoryError(f"{folder}: not a folder")
        self.shown = str(folder)
        self.options = options or ServeOptions()
        if app is None:
            settings = {k: getattr(self.options, k) for k in ("host", "port", "token") if getattr(self.options, k) is not None}
            app = Vuer(**settings)
            if not is_loopback(app.host) and not app.token:
                import secrets

                app.token = secrets.token_urlsafe(16)
                logger.warning("serving on %s without a token: generated one (pass --token to choose it)", app.host)
        self.app = app
        self.scenes: dict[str, LiveScene] = {}
        """NAME → the scene file served at ``/?scene=NAME`` (deleted ones stay, marked)."""
        self.skipped: dict[Path, SceneFileError] = {}
        """Files with a scene suffix that have never loaded, and why."""
        self.on_change: list[Callable[[], None]] = []
        """Called when the list of scenes (or their errors) changes."""
        self.watcher: Watcher | None = None
        self._names: dict[Path, str] = {}
        self._listing_changed = asyncio.Event()
        self._closing = False
        app.add_route(f"{DEFAULT_PREFIX}/{{name}}/{{root}}/{{filename:.*}}", self._serve_asset)
        app.add_route("/scenes.json", lambda: self.listing())
        app.add_route("/scenes/events", self._events)
        app.page_hook = self._page
        app.app.on_shutdown.append(self._on_shutdown)
        for path in sorted((p for p in self.folder.iterdir() if _is_scene_file(p)), key=_yaml_first):
            self._appeared(path)

    # ---- the scenes -------------------------------------------------------------------------

    def live(self) -> dict[str, LiveScene]:
        """The scenes being served now (not deleted)."""
        return {name: s for name, s in self.scenes.items() if not s.deleted}

    def url(self, name: str, host: str = "localhost") -> str:
        """The page URL of one scene."""
        return f"{self.app.get_url(host)}&scene={quote(name)}"

    def _name_for(self, path: Path) -> str:
        name = self._names.get(path)
        if name is None:
            taken = set(self._names.values())
            name = path.stem if path.stem not in taken else path.name
            self._names[path] = name
        return name

    def _appeared(self, path: Path) -> None:
        """A scene file is there at start: load and serve it."""
        live = self._live_for(path)
        try:
            loaded = live.load()
        except SceneFileError as exc:
            self._refused(path, live, exc)
            return
        self._serve(path, live, loaded)

    async def _appeared_soon(self, path: Path) -> None:
        """A scene file was created, or came back: load it in a worker thread (the server goes
        on serving meanwhile), then serve it."""
        live = self._live_for(path)
        try:
            loaded = await asyncio.to_thread(live.load)
        except SceneFileError as exc:
            self._refused(path, live, exc)
            return
        self._serve(path, live, loaded)

    def _live_for(self, path: Path) -> LiveScene:
        name = self._name_for(path)
        live = self.scenes.get(name)
        if live is None:  # its shared scene joins app.scenes once the file loads
            shared = self.app.scenes.get(name)
            shared = SharedScene(name) if shared is None else shared
            shown = Path(self.shown) / path.name  # messages name the file as the folder was given
            live = LiveScene(self.app, shared, shown, asset_prefix=f"{DEFAULT_PREFIX}/{quote(name, safe='')}")
        return live

    def _refused(self, path: Path, live: LiveScene, exc: SceneFileError) -> None:
        if self._name_for(path) in self.scenes:  # served before (deleted and back, or broken): keep its clients
            live.fail(exc)
            return
        if self.skipped.get(path) is None or str(self.skipped[path]) != str(exc):
            logger.warning("not serving %s: %s", path.name, exc)
        self.skipped[path] = exc

    def _serve(self, path: Path, live: LiveScene, loaded: LoadedScene) -> None:
        name = self._name_for(path)
        self.skipped.pop(path, None)
        back = name in self.scenes
        self.scenes[name] = live
        self.app.scenes[name] = live.shared
        report = live.apply(loaded)
        if back:
            logger.info("%s", report.summary())
        else:
            logger.info("serving %s at /?scene=%s (%d elements)", path.name, name, report.elements)

    async def _changed(self, paths: set[Path]) -> None:
        """One batch of changes: new, changed and deleted scene files, and changed dependencies.
        No paths: the watch restarted; look at the folder and the scenes' files again. Files
        load in a worker thread, one after the other."""
        before = self.listing()
        touched: set[str] = set()
        rescan = not paths
        if rescan:
            known = {p for p, n in self._names.items() if (n in self.scenes and not self.scenes[n].deleted)} | set(self.skipped)
            paths = {p for p in self.folder.iterdir() if _is_scene_file(p)} ^ known
        for path in sorted(paths, key=_yaml_first):
            if path.parent != self.folder or not _is_scene_name(path):
                continue
            name = self._names.get(path)
            live = self.scenes.get(name) if name is not None else None
            if path.is_file():
                if live is None or live.deleted or live.loaded is None:
                    await self._appeared_soon(path)
                    touched.add(self._name_for(path))
            elif live is not None and not live.deleted:
                live.gone()
                touched.add(name)
            else:
                self.skipped.pop(path, None)
        for name, live in self.live().items():
            if name not in touched and (live.stale() if rescan else any(live.wants(p) for p in paths)):
                await live.reload_soon()
        if self.listing() != before:
            self._announce_listing()

    def _wanted(self, path: Path) -> bool:
        if path.parent == self.folder and _is_scene_name(path):
            return True
        return any(live.wants(path) for live in self.live().values())

    def _folders(self) -> set[Path]:
        folders = {self.folder}
        for live in self.live().values():
            folders |= {p.parent for p in live.files}
        return folders

    # ---- the index ----------------------------------------------------------------------------

    def listing(self) -> dict:
        """The index: served scenes (with their current error, if any) and files not served."""
        scenes = [
            {
                "name": name,
                "file": live.path.name,
                "elements": len(live.shared.store),
                "error": str(live.error) if live.error is not None else None,
            }
            for name, live in sorted(self.live().items())
        ]
        skipped = [{"file": p.name, "error": str(e)} for p, e in sorted(self.skipped.items())]
        return {"folder": self.shown, "scenes": scenes, "skipped": skipped}

    def _announce_listing(self) -> None:
        event, self._listing_changed = self._listing_changed, asyncio.Event()
        event.set()
        for fn in list(self.on_change):
            fn()

    async def _page(self, request: web.Request) -> web.StreamResponse | None:
        name = request.query.get("scene")
        if name is not None and name in self.live():
            return None  # the client's page, for that scene
        return web.Response(text=_INDEX_PAGE.replace("{folder}", html.escape(self.shown)), content_type="text/html", headers={"Cache-Control": "no-cache"})

    async def _events(self, request: web.Request) -> web.StreamResponse:
        """``/scenes/events``: the listing now, and again each time it changes (server-sent events)."""
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream", "Cache-Control": "no-cache"})
        await response.prepare(request)
        sent = None
        try:
            while not self._closing:
                changed = self._listing_changed  # before reading: a change while writing wakes us
                listing = self.listing()
                if listing != sent:
                    await response.write(f"data: {json.dumps(listing)}\n\n".encode())
                    sent = listing
                try:
                    await asyncio.wait_for(changed.wait(), _HEARTBEAT_S)
                except TimeoutError:
                    await response.write(b": ping\n\n")  # a closed page shows up here
        except (ConnectionError, RuntimeError):  # the page went away
            pass
        return response

    async def _on_shutdown(self, _app) -> None:
        self._closing = True
        self._listing_changed.set()

    async def _serve_asset(self, request: web.Request) -> web.StreamResponse:
        live = self.scenes.get(request.match_info["name"])
        path = None
        if live is not None and live.loaded is not None:
            path = live.loaded.roots.find(request.match_info["root"], request.match_info["filename"])
        if path is None:
            return web.Response(status=404, text="not found")
        return file_response(path, no_cache=True)

    # ---- running ------------------------------------------------------------------------------

    @contextlib.asynccontextmanager
    async def watching(self):
        """Hot reload (and new and deleted files) for the duration of the block."""
        stop = asyncio.Event()
        self.watcher = Watcher(self._folders, self._wanted, self._changed, debounce_ms=self.options.debounce_ms, step_ms=self.options.step_ms)
        task = asyncio.get_running_loop().create_task(self.watcher.run(stop), name="vuer-watch")
        ready = asyncio.get_running_loop().create_task(self.watcher.ready.wait())
        try:
            await asyncio.wait([task, ready], return_when=asyncio.FIRST_COMPLETED)
            if task.done():
                task.result()
            yield self.watcher
        finally:
            ready.cancel()
            stop.set()
            await task

    def _run_watching(self):
        return self.watching()

    def close(self) -> None:
        for live in self.scenes.values():
            live.close()


def _yaml_first(path: Path) -> tuple:
    """Order of files to name: by stem, YAML before JSON (``s.yaml`` is ``s``, ``s.json`` is
    ``s.json``: a JSON dump next to its YAML source does not take its name)."""
    suffix = path.suffix.lower()
    return (path.stem, SCENE_SUFFIXES.index(suffix) if suffix in SCENE_SUFFIXES else len(SCENE_SUFFIXES), path.name)


def _is_scene_name(path: Path) -> bool:
    """A name ``vuer watch`` serves: a scene suffix, not hidden, not editor droppings (emacs's
    ``.#s.yaml`` lock ends in ``.yaml`` too)."""
    return path.name.endswith(SCENE_SUFFIXES) and not path.name.startswith(".") and not is_editor_droppings(path)


def _is_scene_file(path: Path) -> bool:
    return _is_scene_name(path) and path.is_file()


# The index: plain HTML and a few lines of script, no dependencies. Links keep the page's own
# query (token, ws, hideUI, ...) and add scene=NAME; /?scene=NAME for a scene that is not there
# (yet) shows this page, which opens the scene once it appears.
_INDEX_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>vuer watch {folder}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:52rem;padding:0 1rem;background:#16171d;color:#ddd}
a{color:#8cf;font-weight:600}h1{font-size:1.2rem}li{margin:.3rem 0}small{color:#999}
.err{color:#f99;white-space:pre-wrap;font:12px/1.4 monospace;display:block}#note{color:#fc6}
</style></head><body>
<h1>vuer watch <code>{folder}</code></h1>
<p id="note" hidden></p>
<ul id="scenes"><li><small>loading…</small></li></ul>
<div id="skipped"></div>
<script>
const query = new URLSearchParams(location.search);
const wanted = query.get("scene");
query.delete("scene");
const el = (tag, text, cls) => { const e = document.createElement(tag); if (text != null) e.textContent = text; if (cls) e.className = cls; return e; };
function show(list) {
  const names = list.scenes.map((s) => s.name);
  if (wanted !== null && names.includes(wanted)) { location.reload(); return; }
  const note = document.getElementById("note");
  note.hidden = wanted === null;
  note.textContent = wanted === null ? "" : `No scene "${wanted}" in this folder (yet): it opens here once it loads.`;
  const ul = document.getElementById("scenes");
  ul.replaceChildren();
  for (const s of list.scenes) {
    const q = new URLSearchParams(query); q.set("scene", s.name);
    const li = el("li"), a = el("a", s.name);
    a.href = "/?" + q.toString();
    li.append(a, " ", el("small", `${s.file} · ${s.elements} elements`));
    if (s.error) li.append(el("span", s.error, "err"));
    ul.append(li);
  }
  if (!list.scenes.length) ul.append(el("li", "no scene files yet: save a .yaml here"));
  const skipped = document.getElementById("skipped");
  skipped.replaceChildren();
  if (list.skipped.length) skipped.append(el("h2", "Not loaded"));
  for (const s of list.skipped) { const p = el("p", s.file); p.append(el("span", s.error, "err")); skipped.append(p); }
}
new EventSource("/scenes/events").onmessage = (e) => show(JSON.parse(e.data));
</script></body></html>
"""
