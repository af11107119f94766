"""Upstream's own browser client (from the ``vuer`` wheel on PyPI) against our server.

Fixtures:

* ``upstream_client``: the wheel's ``vuer/client_build/`` unzipped into a temp folder
  (downloaded once per test session with ``pip download``; ``VUER_UPSTREAM_WHEEL=<path>``
  uses a wheel already on disk instead);
* ``upstream_static``: a tiny aiohttp static server for that folder on 127.0.0.1 (the
  page at ``/``, the bundle under ``/assets/``), separate from the Vuer server under test;
* ``upstream_page``: ``await upstream_page(app)`` opens the page in headless Chromium
  (Debian's ``chromium``, never a downloaded one) pointed at ``app`` with ``?ws=``. Every
  request that is not to 127.0.0.1 is aborted, so the test runs offline.
"""

from __future__ import annotations

import asyncio
import io
import os
import shutil
import subprocess
import sys
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import numpy as np
import pytest
from aiohttp import web

UPSTREAM_VERSION = "0.1.6"
"""The upstream release whose client PROTOCOL.md was observed with (it reports @vuer-ai/vuer 0.0.102)."""
UPSTREAM_CLIENT_PKG = "@vuer-ai/vuer"
CLIENT_PREFIX = "vuer/client_build/"
VIEWPORT = {"width": 960, "height": 720}
CHROMIUM_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--use-angle=swiftshader",
    "--enable-unsafe-swiftshader",
    "--disable-background-networking",
    "--no-first-run",
]


def _unavailable(reason: str):
    """Skip, except in CI, where the registry is reachable and a skip would hide a failure."""
    if os.environ.get("CI"):
        pytest.fail(reason, pytrace=False)
    pytest.skip(reason)


def _download_wheel(dest: Path) -> Path:
    given = os.environ.get("VUER_UPSTREAM_WHEEL")
    if given:
        if not Path(given).is_file():
            _unavailable(f"VUER_UPSTREAM_WHEEL={given} is not a file")
        return Path(given)
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--disable-pip-version-check", f"vuer=={UPSTREAM_VERSION}", "-d", str(dest)]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=90, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        _unavailable(f"`{' '.join(cmd[2:])}` took over 90 s (is the package registry reachable?)")
    wheels = sorted(dest.glob(f"vuer-{UPSTREAM_VERSION}-*.whl"))
    if proc.returncode != 0 or not wheels:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-3:]
        _unavailable(f"could not download upstream's wheel vuer=={UPSTREAM_VERSION} (pip exit {proc.returncode}): {' | '.join(tail)}")
    return wheels[0]


def _extract_client(wheel: Path, out: Path) -> None:
    """Unzip only ``vuer/client_build/`` (and refuse any member that would land outside ``out``)."""
    root = out.resolve()
    with zipfile.ZipFile(wheel) as zf:
        for info in zf.infolist():
            if not info.filename.startswith(CLIENT_PREFIX) or info.is_dir():
                continue
            target = (root / info.filename[len(CLIENT_PREFIX) :]).resolve()
            if not target.is_relative_to(root):
                raise RuntimeError(f"wheel member escapes the target folder: {info.filename}")
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as dst:
                shutil.copyfileobj(src, dst)


@pytest.fixture(scope="session")
def upstream_client(tmp_path_factory) -> Path:
    """Upstream's built browser client (``index.html`` + ``assets/``) in a temp folder."""
    wheel = _download_wheel(tmp_path_factory.mktemp("upstream-wheel"))
    out = tmp_path_factory.mktemp("upstream-client")
    _extract_client(wheel, out)
    if not (out / "index.html").is_file() or not (out / "assets").is_dir():
        pytest.fail(f"{wheel.name} has no {CLIENT_PREFIX}index.html and assets/", pytrace=False)
    return out


@dataclass
class StaticServer:
    port: int
    served: list[tuple[int, str]] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


@pytest.fixture(scope="session")
async def upstream_static(upstream_client: Path):
    """Serves upstream's client from its own port: ``/`` → index.html, ``/assets/…``."""
    state = StaticServer(port=0)

    @web.middleware
    async def record(request, handler):
        try:
            response = await handler(request)
        except web.HTTPException as exc:
            state.served.append((exc.status, request.path))
            raise
        state.served.append((response.status, request.path))
        return response

    async def index(_request):
        return web.FileResponse(upstream_client / "index.html")

    app = web.Application(middlewares=[record])
    app.router.add_get("/", index)
    app.router.add_static("/assets", upstream_client / "assets")  # aiohttp refuses paths outside it
    runner = web.AppRunner(app, handle_signals=False)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    state.port = site._server.sockets[0].getsockname()[1]
    try:
        yield state
    finally:
        await runner.cleanup()


@pytest.fixture(scope="session")
async def playwright_instance():
    try:
        from playwright.async_api import async_playwright
    except ImportError:  # pragma: no cover - playwright is a test dependency
        pytest.skip("the playwright Python package is not installed")
    pw = await async_playwright().start()
    try:
        yield pw
    finally:
        await pw.stop()


def rgb(png: bytes) -> np.ndarray:
    """A screenshot (PNG/JPEG bytes) as an int array (H, W, 3)."""
    from PIL import Image

    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(np.int16)


def centre(img: np.ndarray) -> np.ndarray:
    """The middle half of the picture in each direction (leaves out the side panels and the gizmo)."""
    h, w = img.shape[:2]
    return img[h // 4 : 3 * h // 4, w // 4 : 3 * w // 4]


def reddish(img: np.ndarray) -> np.ndarray:
    return (img[..., 0] > 80) & (img[..., 1] < 40) & (img[..., 2] < 40)


def bluish(img: np.ndarray) -> np.ndarray:
    return (img[..., 2] > 80) & (img[..., 0] < 40) & (img[..., 1] < 40)


def greenish(img: np.ndarray) -> np.ndarray:
    return (img[..., 1] > 150) & (img[..., 1] - img[..., 0] > 50) & (img[..., 1] - img[..., 2] > 80)


class UpstreamPage:
    """One page of upstream's client, with what it logged and fetched."""

    def __init__(self, context, page, static: StaticServer):
        self.context = context
        self.page = page
        self.static = static
        self.page_errors: list[str] = []
        self.console_errors: list[str] = []
        self.blocked: list[str] = []
        self.responses: list[tuple[int, str]] = []

    async def screenshot(self) -> np.ndarray:
        return rgb(await self.page.screenshot())

    async def wait_for_picture(self, predicate, timeout: float = 30.0, what: str = "picture"):
        """Screenshot until ``predicate(img)`` holds (bounded); returns the last picture."""
        deadline = time.monotonic() + timeout
        while True:
            img = await self.screenshot()
            if predicate(img):
                return img
            if time.monotonic() > deadline:
                raise AssertionError(
                    f"timed out after {timeout} s waiting for {what}; page errors: {self.page_errors}; "
                    f"console errors: {self.console_errors[-5:]}"
                )
            await asyncio.sleep(0.25)


@pytest.fixture
async def upstream_page(upstream_static: StaticServer, playwright_instance, tmp_path):
    """``await upstream_page(app, **query)`` → an UpstreamPage showing ``app``'s scene.

    ``app`` is anything with a ``port``: a Vuer, or an example program running elsewhere.
    """
    chromium = shutil.which("chromium")
    if chromium is None:
        _unavailable("Debian's chromium is not on PATH (apt-get install chromium)")
    contexts = []

    async def _open(app, **query) -> UpstreamPage:
        context = await playwright_instance.chromium.launch_persistent_context(
            str(tmp_path / f"chromium-profile-{len(contexts)}"),
            executable_path=chromium,
            headless=True,
            args=CHROMIUM_FLAGS,
            viewport=VIEWPORT,
        )
        contexts.append(context)
        page = context.pages[0] if context.pages else await context.new_page()
        view = UpstreamPage(context, page, upstream_static)

        async def offline(route):
            if urlparse(route.request.url).hostname == "127.0.0.1":
                await route.continue_()
            else:
                view.blocked.append(route.request.url)
                await route.abort()

        await page.route("**/*", offline)
        page.on("pageerror", lambda exc: view.page_errors.append(str(exc)))
        page.on("console", lambda msg: view.console_errors.append(msg.text) if msg.type == "error" else None)
        page.on("response", lambda r: view.responses.append((r.status, r.url)))
        params = "".join(f"&{k}={v}" for k, v in query.items())
        await page.goto(f"{upstream_static.url}/?ws=ws://127.0.0.1:{app.port}{params}")
        return view

    yield _open
    for context in contexts:
        await context.close()
