"""grab_render (one frame, a stream, formats), unknown RPCs, reconnecting, and the token."""

from __future__ import annotations

import asyncio
import io

import pytest
from PIL import Image as PILImage

from vuer_cli import RPCError
from vuer_cli.events import GrabRender, MjStep
from vuer_cli.schema import Box, Scene

from .conftest import HEIGHT, WIDTH, decode, dominant, serve, window

pytestmark = pytest.mark.browser

CENTER = (WIDTH // 2, HEIGHT // 2)


def red_box():
    return Box(key="box", args=[1, 1, 1], material={"color": "red"})


async def test_grab_render_jpeg_png_downsample(served):
    async with served() as h:
        h.app.scene.set @ Scene(red_box())  # no GrabRender element: our client answers anyway
        await h.open()
        ev = await h.session.grab_render(quality=0.9)
        v = ev.value
        assert v["frame"][:3] == b"\xff\xd8\xff", "raw JPEG bytes"
        jpg = PILImage.open(io.BytesIO(v["frame"]))
        assert jpg.format == "JPEG" and jpg.size == (WIDTH, HEIGHT)
        assert (v["width"], v["height"], v["dpr"], v["format"]) == (WIDTH, HEIGHT, 1, "jpeg")
        assert isinstance(v["delta"], int) and ev.key == "DEFAULT" and isinstance(ev.ts, float)
        assert dominant(window(decode(v["frame"]), *CENTER), 0).all()
        small = (await h.session.grab_render(quality=0.5, downsample=2)).value
        assert PILImage.open(io.BytesIO(small["frame"])).size == (WIDTH // 2, HEIGHT // 2)
        assert (small["width"], small["height"]) == (WIDTH, HEIGHT), "canvas size before downsampling"
        assert len(small["frame"]) < len(v["frame"])
        png = (await h.session.grab_render(format="png")).value
        assert png["frame"][:8] == b"\x89PNG\r\n\x1a\n" and png["format"] == "png"
        # The frame is current: a change right before the grab is in it.
        h.app.scene.update @ {"key": "box", "material": {"color": "blue"}}
        img = decode((await h.session.grab_render(format="png")).value["frame"])
        assert dominant(window(img, *CENTER), 2).all()


async def test_grab_render_stream_with_count(served):
    async with served() as h:
        h.app.scene.set @ Scene(red_box())
        await h.open()
        frames = [ev async for ev in h.session.rpc_stream(GrabRender(count=3, quality=0.6), ttl=5.0)]
        assert len(frames) == 3
        assert [f.value["done"] for f in frames] == [False, False, True]
        for f in frames:
            assert PILImage.open(io.BytesIO(f.value["frame"])).size == (WIDTH, HEIGHT)


async def test_unknown_rpc_gets_an_error_answer(served):
    async with served() as h:
        h.app.scene.set @ Scene(red_box())
        await h.open()
        # The client answers {"error": "unknown RPC MJ_STEP"} at once (no timeout); the server
        # raises it as an RPCError.
        with pytest.raises(RPCError, match="unknown RPC MJ_STEP"):
            await h.session.rpc(MjStep(steps=1), ttl=5.0)


async def test_reconnects_after_a_server_restart_and_shows_the_scene(page, tmp_path):
    async with serve(page, static_root=tmp_path) as h:
        h.app.scene.set @ Scene(red_box())
        await h.open()
        port = h.app.port
    # The server is gone: the page says so and keeps trying.
    await page.wait_for_function("() => window.__vuer.state === 'reconnecting'")
    assert "reconnecting" in await page.inner_text("#vuer-status")
    async with serve(page, static_root=tmp_path, port=port) as h2:
        h2.app.scene.set @ Scene(Box(key="box", args=[1, 1, 1], material={"color": "blue"}))
        await h2.event("INIT", timeout=15)
        await h2.event("SCENE_READY")
        assert await page.get_attribute("#vuer-status", "data-state") == "connected"
        img = await h2.grab()
        assert dominant(window(img, *CENTER), 2).all(), "the new server's scene replaced the old one"


async def test_token_from_the_page_url_reaches_the_websocket_and_the_files(page, tmp_path):
    """The page gets the token from its URL (websocket) and a cookie (its mesh, fetched by
    plain URL from a token-guarded file route); the cookie is out of the page script's reach."""
    (tmp_path / "quad.obj").write_text("v -1 -1 0\nv 1 -1 0\nv 1 1 0\nv -1 1 0\nf 1 2 3\nf 1 3 4\n")
    async with serve(page, static_root=tmp_path, token="s3cret") as h:
        quad = {"tag": "Obj", "key": "quad", "src": "/workspace/quad.obj", "color": "lime", "materialType": "basic", "scale": 3}
        h.app.scene.set @ Scene(quad)
        await page.goto(f"{h.app.url}/?token=s3cret")
        await h.event("INIT")
        ready = await h.event("SCENE_READY")
        assert ready.value.get("failed", []) == []
        assert dominant(window(await h.grab(), *CENTER), 1).all(), "the mesh behind the token was drawn"
        assert await page.evaluate("document.cookie") == ""


async def test_idle_page_renders_nothing(served):
    """Rendering is on demand: an idle page draws no frames (low idle CPU)."""
    async with served() as h:
        h.app.scene.set @ Scene(red_box())
        await h.open()
        before = await h.page.evaluate("window.__vuer.frames")
        await asyncio.sleep(0.5)
        assert await h.page.evaluate("window.__vuer.frames") - before <= 1
