"""``SceneRunner``: one scene file served by one ``Vuer`` app, hot reloaded on save.

It loads the file (before anything starts: a bad file starts nothing), puts the scene into the
app's shared scene (every client that connects, now or later, gets it as one SET), routes the
file's ``handlers:`` (``LiveScene``), and serves the scene's asset folders under
``/scene-assets/<root>/<relpath>``. While it runs, a ``Watcher`` watches every file the scene
depends on (``loaded.files``: the file, its assets and arrays, its handler modules); a change
calls ``reload()``, which loads the file again and sends only what changed (a diff by key), or
keeps the last good scene and shows the error in every client's overlay.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aiohttp import web

from ..loader import DEFAULT_PREFIX, LoadedScene, load_scene
from ..server import Vuer
from ..server.app import stop_on_signals
from ..server.files import file_response
from .live import SCENE_ERROR_ID, LiveScene, Reload
from .watch import DEBOUNCE_MS, STEP_MS, Watcher

__all__ = ["ServeOptions", "SceneRunner", "vuer_settings", "is_loopback", "SCENE_ERROR_ID"]

logger = logging.getLogger(__name__)


@dataclass
class ServeOptions:
    """What the command line says; None means "not given" (then the file, then the default)."""

    host: str | None = None
    port: int | None = None
    token: str | None = None
    open: bool | None = None
    watch: bool = True
    """Reload when a file the scene depends on changes (hot reload)."""
    debounce_ms: int = DEBOUNCE_MS
    """watchfiles' ``debounce``: the longest a stream of changes is gathered into one reload."""
    step_ms: int = STEP_MS
    """watchfiles' ``step``: how often it looks for changes; a batch ends at the first quiet look."""
    broker: str | None = None
    """Share the scene with other processes through this broker (``redis://HOST:PORT/DB``)."""


def is_loopback(host: str) -> bool:
    return host in ("localhost", "::1") or host.startswith("127.")


def vuer_settings(loaded: LoadedScene, options: ServeOptions, environ: dict[str, str] | None = None) -> dict[str, Any]:
    """``Vuer(**settings)`` for a scene: command line > ``VUER_*`` variables > ``server:`` > defaults."""
    import os

    environ = os.environ if environ is None else environ
    settings: dict[str, Any] = {}
    for name in ("host", "port", "token", "queries", "queue_len", "cors"):
        if name in loaded.server and not any(env in environ for env in Vuer._ENV.get(name, ())):
            settings[name] = loaded.server[name]
    for name in ("host", "port", "token", "broker"):
        value = getattr(options, name)
        if value is not None:
            settings[name] = value
    return settings


class Running:
    """``run()`` and ``stop()`` of the runners: serve ``app`` (watching with ``_run_watching()``)
    until ``stop()``, Ctrl-C or SIGTERM; clients are closed with 1001."""

    app: Vuer
    _stop: asyncio.Event | None = None

    def _run_watching(self) -> contextlib.AbstractAsyncContextManager:  # pragma: no cover - overridden
        raise NotImplementedError

    async def run(self, on_ready: Callable[[Any], None] | None = None) -> None:
        """Serve (and watch) until ``stop()``, Ctrl-C or SIGTERM; ``on_ready(self)`` once serving."""
        self._stop = asyncio.Event()
        async with self.app.serving(), self._run_watching():
            with stop_on_signals(self.stop):
                try:
                    if on_ready is not None:
                        on_ready(self)
                    await self._stop.wait()
                finally:
                    logger.info("shutting down")

    def stop(self) -> None:
        if self._stop is not None:
            self._stop.set()


class SceneRunner(Running):
    """Serves one scene file; see the module docstring."""

    def __init__(self, path: str | Path, options: ServeOptions | None = None, *, app: Vuer | None = None, asset_prefix: str = DEFAULT_PREFIX):
        self.path = Path(path)
        self.options = options or ServeOptions()
        self.asset_prefix = asset_prefix
        loaded = load_scene(path, asset_prefix=asset_prefix)  # raises SceneFileError: nothing started
        if app is None:
            app = Vuer(**vuer_settings(loaded, self.options))
            if not is_loopback(app.host) and not app.token:
                app.token = secrets.token_urlsafe(16)
                logger.warning("serving on %s without a token: generated one (pass --token to choose it)", app.host)
        self.app = app
        self.live = LiveScene(app, app.scene, self.path, asset_prefix=asset_prefix)
        self.watcher: Watcher | None = None
        app.add_route(f"{asset_prefix}/{{root}}/{{filename:.*}}", self._serve_asset)
        self.apply(loaded)

    @property
    def loaded(self) -> LoadedScene:
        """The last good load of the file."""
        return self.live.loaded

    @property
    def open_browser(self) -> bool:
        if self.options.open is not None:
            return self.options.open
        return bool(self.loaded.server.get("open", False))

    # ---- the scene ------------------------------------------------------------------------

    def apply(self, loaded: LoadedScene) -> Reload:
        """Make ``loaded`` the served scene: its handlers, its asset folders, and its tree — the
        first time as one SET, later as the diff against the shared scene (UPDATE/UPSERT/REMOVE;
        a SET only when the Scene's own props change)."""
        return self.live.apply(loaded)

    def reload(self) -> LoadedScene | None:
        """Load the file again and send what changed; on a bad file keep the last good scene
        and say why (logged, and shown in every client's overlay until a good load clears it).

        Returns the new ``LoadedScene``, or None when the file was bad.
        """
        return self.loaded if self.live.reload() is not None else None

    async def _changed(self, paths: set[Path]) -> None:
        # No paths: the watch restarted, and may have missed a change meanwhile.
        if any(self.live.wants(p) for p in paths) if paths else self.live.stale():
            await self.live.reload_soon()

    @contextlib.asynccontextmanager
    async def watching(self):
        """Hot reload for the duration of the block: a change to a file the scene depends on
        reloads it. ``run()`` does this unless ``options.watch`` is off."""
        stop = asyncio.Event()
        self.watcher = Watcher(
            lambda: {p.parent for p in self.live.files},
            self.live.wants,
            self._changed,
            debounce_ms=self.options.debounce_ms,
            step_ms=self.options.step_ms,
        )
        task = asyncio.get_running_loop().create_task(self.watcher.run(stop), name="vuer-watch")
        ready = asyncio.get_running_loop().create_task(self.watcher.ready.wait())
        try:
            await asyncio.wait([task, ready], return_when=asyncio.FIRST_COMPLETED)
            if task.done():
                task.result()  # it failed to start: say why
            yield self.watcher
        finally:
            ready.cancel()
            stop.set()
            await task

    # ---- serving ----------------------------------------------------------------------------

    async def _serve_asset(self, request: web.Request) -> web.StreamResponse:
        path = self.loaded.roots.find(request.match_info["root"], request.match_info["filename"])
        if path is None:
            return web.Response(status=404, text="not found")
        # Scene files are edited while served: let the browser revalidate (ETag/304) each time.
        return file_response(path, no_cache=True)

    def urls(self) -> list[str]:
        """The page URLs to print: this machine, and the network name when not on loopback."""
        app = self.app
        if is_loopback(app.host):
            return [app.get_url(f"[{app.host}]" if ":" in app.host else app.host)]
        import socket

        urls = [app.get_url("localhost")]
        with contextlib.suppress(OSError):
            urls.append(app.get_url(socket.gethostname()))
        return urls

    def _run_watching(self):
        return self.watching() if self.options.watch else contextlib.nullcontext()
