"""Browser fixtures: one headless Chromium for the session, a fresh context per test, and a
harness that serves a scene with the real server and reads back what the page shows.

Chromium is Debian's (``shutil.which("chromium")``); nothing is downloaded. SwiftShader gives
WebGL2 without a GPU. The network stays on 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import io
import math
import os
import shutil
from contextlib import asynccontextmanager

import numpy as np
import pytest

from vuer_cli import Vuer

playwright_api = pytest.importorskip("playwright.async_api")
Image = pytest.importorskip("PIL.Image")

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--use-angle=swiftshader",
    "--enable-unsafe-swiftshader",
    "--disable-background-networking",
    "--no-first-run",
]
WIDTH, HEIGHT = 640, 480
FOV = 75.0
WATCHED = ("INIT", "SCENE_READY", "ON_CLICK", "CAMERA_MOVE", "OBJECT_MOVE", "CLICK", "SET")


@pytest.fixture(scope="session")
async def browser():
    if not CHROMIUM:
        pytest.skip("no chromium on PATH")
    async with playwright_api.async_playwright() as p:
        # launch() gives each run a fresh temporary --user-data-dir.
        b = await p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield b
        await b.close()


@pytest.fixture
async def page(browser):
    context = await browser.new_context(viewport={"width": WIDTH, "height": HEIGHT}, device_scale_factor=1)
    # Only loopback: anything else would be a bug (a CDN font, a decoder, an env map).
    outside: list[str] = []

    async def guard(route):
        url = route.request.url
        if url.startswith(("http://127.0.0.1", "ws://127.0.0.1", "data:", "blob:")):
            await route.continue_()
        else:
            outside.append(url)
            await route.abort()

    await context.route("**/*", guard)
    pg = await context.new_page()
    pg.console_lines = []
    pg.on("console", lambda m: pg.console_lines.append(f"{m.type}: {m.text}"))
    pg.on("pageerror", lambda e: pg.console_lines.append(f"pageerror: {e}"))
    yield pg
    await context.close()
    assert not outside, f"the page reached outside loopback: {outside}"


class Harness:
    """A served scene and the page that shows it."""

    def __init__(self, app: Vuer, page):
        self.app = app
        self.page = page
        self.queues: dict[str, asyncio.Queue] = {e: asyncio.Queue() for e in WATCHED}
        self._cleanups = [app.add_handler(e, self._collect) for e in WATCHED]

    def _collect(self, event, session):
        self.queues[event.etype].put_nowait(event)

    @property
    def session(self):
        assert self.app.sessions, "no client connected"
        return list(self.app.sessions.values())[-1]

    async def open(self, query: str = "", ready: bool = True):
        """Load the page; by default wait until it reports the served scene ready."""
        await self.page.goto(f"{self.app.url}/{'?' + query if query else ''}")
        await self.event("INIT")
        if ready:
            return await self.event("SCENE_READY")

    async def event(self, etype: str, timeout: float = 15.0, where=None):
        """The next client event of that type (optionally the next one that satisfies ``where``)."""
        async with asyncio.timeout(timeout):
            while True:
                ev = await self.queues[etype].get()
                if where is None or where(ev):
                    return ev

    def drain(self, etype: str) -> list:
        q, out = self.queues[etype], []
        while not q.empty():
            out.append(q.get_nowait())
        return out

    async def ready(self, timeout: float = 15.0):
        """Wait for the SCENE_READY that follows the op just sent."""
        return await self.event("SCENE_READY", timeout)

    async def grab(self, **kwargs) -> np.ndarray:
        """A grab_render frame as an RGB array (PNG by default, so pixels are exact)."""
        kwargs.setdefault("format", "png")
        ev = await self.session.grab_render(ttl=10.0, **kwargs)
        self._save(ev.value["frame"])
        return decode(ev.value["frame"])

    def _save(self, data: bytes):
        """With VUER_TEST_SHOTS=DIR, every grabbed frame is kept there to look at."""
        folder = os.environ.get("VUER_TEST_SHOTS")
        if folder:
            os.makedirs(folder, exist_ok=True)
            name = os.environ.get("PYTEST_CURRENT_TEST", "test").split("::")[-1].split(" ")[0]
            self._shots = getattr(self, "_shots", 0) + 1
            with open(os.path.join(folder, f"{name}-{self._shots}.png"), "wb") as f:
                f.write(data)

    async def screenshot(self) -> np.ndarray:
        return decode(await self.page.screenshot())

    async def overlay(self) -> list[str]:
        return await self.page.eval_on_selector_all("#vuer-overlay .entry", "els => els.map(e => e.textContent)")

    def close(self):
        for c in self._cleanups:
            c()


def decode(data: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(data)).convert("RGB")).astype(np.int32)


@asynccontextmanager
async def serve(page, static_root=None, port: int = 0, **settings):
    app = Vuer(host="127.0.0.1", port=port, static_root=str(static_root) if static_root else None, workspace=str(static_root or "."), **settings)
    async with app.serving():
        h = Harness(app, page)
        try:
            yield h
        finally:
            h.close()


@pytest.fixture
def served(page, tmp_path):
    """``async with served() as h:`` → a Harness on a fresh server whose workspace is tmp_path."""
    return lambda **kw: serve(page, static_root=kw.pop("static_root", tmp_path), **kw)


# ---- scenes the tests share --------------------------------------------------------------------

CENTER = (WIDTH // 2, HEIGHT // 2)
# The schema drops an empty bgChildren list, so "no staging" is a list with an empty group.
NO_STAGING = [{"tag": "group", "key": "no-staging"}]
LIT = [{"tag": "AmbientLight", "key": "amb", "intensity": 1.0}, {"tag": "DirectionalLight", "key": "sun", "position": [1, 2, 5], "intensity": 2}]


def basic(color):
    """An unlit material of one colour: its pixels are exactly that colour."""
    return {"type": "basic", "color": color}


# ---- reading pictures ----------------------------------------------------------------------


def project(x: float, y: float, dist: float = 5.0, w: int = WIDTH, h: int = HEIGHT, fov: float = FOV) -> tuple[int, int]:
    """Pixel (col, row) of world point (x, y, 0) seen from (0, 0, dist) looking at the origin."""
    t = math.tan(math.radians(fov) / 2)
    nx = x / (dist * t * (w / h))
    ny = y / (dist * t)
    return int(round((nx + 1) / 2 * w)), int(round((1 - ny) / 2 * h))


def project3(x: float, y: float, z: float, dist: float = 5.0) -> tuple[int, int]:
    """Pixel (col, row) of world point (x, y, z) seen from (0, 0, dist) looking at the origin."""
    return project(x, y, dist - z)


def window(img: np.ndarray, col: int, row: int, r: int = 6) -> np.ndarray:
    return img[max(0, row - r) : row + r + 1, max(0, col - r) : col + r + 1].reshape(-1, 3)


def mask(img: np.ndarray, rgb, tol: int = 40) -> np.ndarray:
    """Pixels within ``tol`` (per channel) of ``rgb``."""
    return np.all(np.abs(img - np.asarray(rgb)) <= tol, axis=-1)


def dominant(img: np.ndarray, channel: int, margin: int = 60) -> np.ndarray:
    """Pixels where one channel beats both others by ``margin`` (red: 0, green: 1, blue: 2)."""
    others = [c for c in range(3) if c != channel]
    return (img[..., channel] - np.maximum(img[..., others[0]], img[..., others[1]])) > margin
