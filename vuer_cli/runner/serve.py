"""``SceneRunner``: one scene file served by one ``Vuer`` app.

It loads the file (before anything starts: a bad file starts nothing), puts the scene into the
app's shared scene (every client that connects, now or later, gets it), routes the file's
``handlers:`` with ``app.add_handler`` (keeping the clean-ups so a reload can swap them), and
serves the scene's asset folders under ``/scene-assets/<root>/<relpath>``. ``reload()`` loads
the file again and swaps everything in, or keeps the last good scene and shows the error in
every client's overlay; hot reload calls it when a file in ``loaded.files`` changes.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import secrets
import signal
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aiohttp import web

from ..loader import DEFAULT_PREFIX, LoadedScene, SceneFileError, load_scene
from ..server import Vuer
from ..server.files import file_response

__all__ = ["ServeOptions", "SceneRunner", "vuer_settings", "is_loopback"]

logger = logging.getLogger(__name__)

SCENE_ERROR_ID = "scene-file"
"""Overlay id of a scene file's load error (cleared by the next good load)."""


@dataclass
class ServeOptions:
    """What the command line says; None means "not given" (then the file, then the default)."""

    host: str | None = None
    port: int | None = None
    token: str | None = None
    open: bool | None = None
    watch: bool = True
    """Reload when a file the scene depends on changes (hot reload; not wired yet)."""
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


class SceneRunner:
    """Serves one scene file; see the module docstring."""

    def __init__(self, path: str | Path, options: ServeOptions | None = None, *, app: Vuer | None = None, asset_prefix: str = DEFAULT_PREFIX):
        self.path = Path(path)
        self.options = options or ServeOptions()
        self.asset_prefix = asset_prefix
        self.loaded = load_scene(path, asset_prefix=asset_prefix)  # raises SceneFileError: nothing started
        if app is None:
            app = Vuer(**vuer_settings(self.loaded, self.options))
            if not is_loopback(app.host) and not app.token:
                app.token = secrets.token_urlsafe(16)
                logger.warning("serving on %s without a token: generated one (pass --token to choose it)", app.host)
        self.app = app
        self._handler_cleanups: list[Callable[[], None]] = []
        self._stop: asyncio.Event | None = None
        app.add_route(f"{asset_prefix}/{{root}}/{{filename:.*}}", self._serve_asset)
        self.apply(self.loaded)

    @property
    def open_browser(self) -> bool:
        if self.options.open is not None:
            return self.options.open
        return bool(self.loaded.server.get("open", False))

    # ---- the scene ------------------------------------------------------------------------

    def apply(self, loaded: LoadedScene) -> None:
        """Make ``loaded`` the served scene: its tree, its handlers, its asset folders."""
        self.loaded = loaded
        for cleanup in self._handler_cleanups:
            cleanup()
        self._handler_cleanups = [
            self.app.add_handler(ref.etype, _named(ref.fn, ref.ref)) for refs in loaded.handlers.values() for ref in refs
        ]
        self.app.scene.set @ loaded.scene
        if SCENE_ERROR_ID in self.app.scene.errors:
            self.app.scene.clear_error(SCENE_ERROR_ID)

    def reload(self) -> LoadedScene | None:
        """Load the file again and serve it; on a bad file keep the last good scene and say why.

        Returns the new ``LoadedScene``, or None when the file was bad (the error is logged
        and shown in every client's overlay until a good load clears it).
        """
        try:
            loaded = load_scene(self.path, asset_prefix=self.asset_prefix)
        except SceneFileError as exc:
            logger.error("%s", exc)
            self.app.scene.show_error(SCENE_ERROR_ID, str(exc))
            return None
        self.apply(loaded)
        logger.info("reloaded %s (%d elements, %.0f ms)", loaded.file, len(self.app.scene.store), loaded.load_seconds * 1e3)
        return loaded

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

    async def run(self, on_ready: Callable[["SceneRunner"], None] | None = None) -> None:
        """Serve until ``stop()``, Ctrl-C or SIGTERM; clients are closed with 1001."""
        loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        async with self.app.serving():
            signals = (signal.SIGINT, signal.SIGTERM)
            for sig in signals:
                with contextlib.suppress(NotImplementedError, RuntimeError):
                    loop.add_signal_handler(sig, self.stop)
            try:
                if on_ready is not None:
                    on_ready(self)
                await self._stop.wait()
            finally:
                for sig in signals:
                    with contextlib.suppress(NotImplementedError, RuntimeError):
                        loop.remove_signal_handler(sig)
                logger.info("shutting down")

    def stop(self) -> None:
        if self._stop is not None:
            self._stop.set()


def _named(fn: Callable, ref: str) -> Callable:
    """The handler under the name the scene file gives it, so errors say which one raised."""

    @functools.wraps(fn)
    def handler(event, session):
        return fn(event, session)

    handler.__name__ = ref
    return handler
