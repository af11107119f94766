"""The browser fixtures of tests/browser (one headless Chromium, loopback-only pages), shared
here, and ``shown``: a served app's scene in that page."""

from __future__ import annotations

from contextlib import asynccontextmanager

from tests.browser.conftest import HEIGHT, WIDTH, Harness, browser, page  # noqa: F401
from vuer_cli import Vuer

__all__ = ["shown", "WIDTH", "HEIGHT"]

QUERY = "hideUI=true&gizmo=false"
"""The canvas alone: no status, brand or gizmo over the picture."""


@asynccontextmanager
async def shown(page, app: Vuer):
    """Serve ``app`` and open it in ``page``; yields (Harness, the SCENE_READY event).

    ``page.console_lines`` then holds only this page's lines.
    """
    async with app.serving():
        h = Harness(app, page)
        page.console_lines.clear()
        try:
            ready = await h.open(QUERY)
            yield h, ready
        finally:
            h.close()
            await page.goto("about:blank")  # before the server goes: no reconnect attempts
