"""Headless pictures of scenes: ``vuer render``.

Chromium (or Chrome) runs headless as an ordinary client of a server on a free loopback port;
once the client reports the scene and all its assets loaded (``SCENE_READY``), the picture
comes back through ``grab_render`` and is written as PNG or JPEG by the file's extension.
Every process started here is ended on the way out — on success, error, timeout or Ctrl-C:
Chromium runs in its own process group and the whole group is killed.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import logging
import os
import shutil
import signal
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

from .server import Vuer, VuerSession
from .server.render_route import grab

__all__ = [
    "RenderOptions",
    "RenderError",
    "BrowserNotFound",
    "find_browser",
    "HeadlessBrowser",
    "render_app",
    "write_image",
]

logger = logging.getLogger(__name__)

BROWSER_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
INSTALL_HINT = (
    "vuer render needs Chromium or Chrome. Install one (Debian/Ubuntu: `sudo apt-get install chromium`; "
    "macOS: `brew install --cask chromium`) or pass --browser /path/to/chrome."
)


class RenderError(RuntimeError):
    """The picture could not be taken; the message says why."""


class BrowserNotFound(RenderError):
    pass


@dataclass
class RenderOptions:
    width: int = 960
    height: int = 720
    camera_position: tuple[float, float, float] | None = None
    camera_target: tuple[float, float, float] | None = None
    quality: float = 0.95
    timeout: float = 30.0
    browser: str | None = None


def find_browser(explicit: str | None = None) -> str:
    """The browser executable: ``explicit`` (a path or a name on PATH) or the first one found."""
    if explicit:
        found = shutil.which(explicit) or (explicit if os.access(explicit, os.X_OK) else None)
        if not found:
            raise BrowserNotFound(f"--browser {explicit!r} is not an executable. {INSTALL_HINT}")
        return found
    for name in BROWSER_NAMES:
        found = shutil.which(name)
        if found:
            return found
    raise BrowserNotFound(f"no Chromium or Chrome found on PATH ({', '.join(BROWSER_NAMES)}). {INSTALL_HINT}")


class HeadlessBrowser:
    """A headless Chromium process group on a throwaway profile; ended whole on exit."""

    def __init__(self, executable: str, url: str, width: int, height: int):
        self.executable = executable
        self.url = url
        self.width = width
        self.height = height
        self.proc: asyncio.subprocess.Process | None = None
        self.profile: str | None = None

    def args(self) -> list[str]:
        flags = [
            "--headless=new",
            "--disable-gpu",
            "--use-angle=swiftshader",
            "--enable-unsafe-swiftshader",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--no-default-browser-check",
            "--hide-scrollbars",
            "--mute-audio",
            "--force-device-scale-factor=1",
            f"--window-size={self.width},{self.height}",
            f"--user-data-dir={self.profile}",
        ]
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            flags.append("--no-sandbox")  # Chromium refuses to start as root with its sandbox
        return [self.executable, *flags, self.url]

    async def __aenter__(self) -> "HeadlessBrowser":
        self.profile = tempfile.mkdtemp(prefix="vuer-render-")
        self.proc = await asyncio.create_subprocess_exec(
            *self.args(),
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.PIPE,
            start_new_session=True,
        )
        logger.debug("started %s (pid %d)", self.executable, self.proc.pid)
        return self

    async def exited(self) -> str:
        """Waits until the browser exits by itself; returns what it said on stderr."""
        assert self.proc is not None
        err = await self.proc.stderr.read() if self.proc.stderr else b""
        code = await self.proc.wait()
        tail = err.decode(errors="replace").strip().splitlines()[-5:]
        return f"the browser exited with code {code}" + (": " + " | ".join(tail) if tail else "")

    async def __aexit__(self, *exc) -> None:
        await self.close()

    async def close(self) -> None:
        proc, self.proc = self.proc, None
        if proc is not None:
            for sig, wait in ((signal.SIGTERM, 3.0), (signal.SIGKILL, 3.0)):
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.killpg(proc.pid, sig)
                try:
                    await asyncio.wait_for(proc.wait(), wait)
                    break
                except asyncio.TimeoutError:
                    continue
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(proc.pid, signal.SIGKILL)  # helpers left in the group after the main process
        if self.profile:
            shutil.rmtree(self.profile, ignore_errors=True)
            self.profile = None


def page_url(app: Vuer, opts: RenderOptions) -> str:
    query = {"hideUI": "true", "noBrand": "true", "noXR": "true", "gizmo": "false", "width": opts.width, "height": opts.height}
    if opts.camera_position is not None:
        query["camPosition"] = ",".join(f"{v:g}" for v in opts.camera_position)
    if opts.camera_target is not None:
        query["camTarget"] = ",".join(f"{v:g}" for v in opts.camera_target)
    if app.token:
        query["token"] = app.token
    return f"http://127.0.0.1:{app.port}/?{urlencode(query)}"


def write_image(frame: bytes, out: Path, quality: float = 0.95, size: tuple[int, int] | None = None) -> tuple[int, int]:
    """Write a PNG/JPEG frame to ``out`` in the format its extension names; returns (w, h)."""
    from PIL import Image

    image = Image.open(io.BytesIO(frame))
    image.load()
    if size is not None and image.size != size:
        image = image.resize(size, Image.LANCZOS)
    suffix = out.suffix.lower()
    out.parent.mkdir(parents=True, exist_ok=True)
    if suffix in (".jpg", ".jpeg"):
        image.convert("RGB").save(out, "JPEG", quality=max(1, min(100, round(quality * 100))))
    elif suffix == ".png":
        image.save(out, "PNG")
    else:
        raise RenderError(f"--out must end in .png, .jpg or .jpeg, got {out.name!r}")
    return image.size


async def render_app(app: Vuer, out: Path, opts: RenderOptions, progress: Callable[[str], None] = lambda _: None) -> tuple[int, int]:
    """Serve ``app``'s scene on a free loopback port, photograph it headless, write ``out``."""
    out = Path(out)
    if out.suffix.lower() not in (".png", ".jpg", ".jpeg"):
        raise RenderError(f"--out must end in .png, .jpg or .jpeg, got {out.name!r}")
    executable = find_browser(opts.browser)
    loop = asyncio.get_running_loop()
    joined: asyncio.Future[VuerSession] = loop.create_future()
    ready: asyncio.Future[dict] = loop.create_future()

    def on_init(event, session):
        if not joined.done():
            joined.set_result(session)

    def on_ready(event, session):
        if joined.done() and session is joined.result() and not ready.done():
            ready.set_result(event.value if isinstance(event.value, dict) else {})

    cleanups = [app.add_handler("INIT", on_init), app.add_handler("SCENE_READY", on_ready)]
    app.host, app.port = "127.0.0.1", 0
    try:
        async with app.serving():
            progress("starting the browser")
            async with HeadlessBrowser(executable, page_url(app, opts), opts.width, opts.height) as browser:
                died = loop.create_task(browser.exited())
                try:
                    async with asyncio.timeout(opts.timeout):
                        session = await _first(joined, died, "waiting for the browser to connect")
                        progress("loading the scene and its assets")
                        status = await _first(ready, died, "waiting for the scene to load")
                        if status.get("failed"):
                            logger.warning("assets that failed to load: %s", ", ".join(map(str, status["failed"])))
                        progress("taking the picture")
                        response = await grab(session, ttl=max(1.0, opts.timeout / 2), format="png", quality=opts.quality)
                except TimeoutError:
                    raise RenderError(f"timed out after {opts.timeout:g} s ({_stage(joined, ready)})") from None
                finally:
                    died.cancel()
    finally:
        for cleanup in cleanups:
            cleanup()
    frame = response.value.get("frame") if isinstance(response.value, dict) else None
    if not isinstance(frame, (bytes, bytearray)):
        raise RenderError("the client answered without an image")
    return write_image(bytes(frame), out, opts.quality, size=(opts.width, opts.height))


async def _first(wanted: asyncio.Future, died: asyncio.Task, stage: str):
    done, _ = await asyncio.wait({wanted, died}, return_when=asyncio.FIRST_COMPLETED)
    if wanted in done:
        return wanted.result()
    raise RenderError(f"{died.result()} while {stage}")


def _stage(joined, ready) -> str:
    if not joined.done():
        return "the browser never connected"
    if not ready.done():
        return "the scene did not finish loading"
    return "the browser did not answer GRAB_RENDER"
