"""Upstream's browser client (``vuer`` 0.1.6 wheel, ``@vuer-ai/vuer`` 0.0.102) draws our server's scenes.

What a user of upstream's page would see, checked on screenshots of headless Chromium:
the red box, a float16 point cloud, live updates of the shared scene; and what their Python
code would get back: ``ON_CLICK`` and ``CAMERA_MOVE`` in handlers, ``grab_render`` JPEGs.
"""

from __future__ import annotations

import asyncio
import io
import time

import aiohttp
import msgpack

import numpy as np
import pytest
from PIL import Image

from vuer_cli import Vuer, VuerSession
from vuer_cli.schema import (
    AmbientLight,
    Box,
    DirectionalLight,
    GrabRender,
    OrbitControls,
    PointCloud,
    Scene,
    TriMesh,
)

from .conftest import UPSTREAM_CLIENT_PKG, VIEWPORT, bluish, centre, greenish, reddish, rgb

pytestmark = [pytest.mark.browser, pytest.mark.network, pytest.mark.timeout(180)]

RED_BOX = dict(key="box", args=[1, 1, 1], material={"color": "red"})


def _app() -> Vuer:
    return Vuer(host="127.0.0.1", port=0)


def _spawn_scene(app: Vuer, scene_fn) -> asyncio.Queue:
    """Spawn ``session.set @ scene_fn()`` per client; returns a queue of the sessions that started."""
    started: asyncio.Queue[VuerSession] = asyncio.Queue()

    @app.spawn
    async def main(session: VuerSession):
        session.set @ scene_fn()
        started.put_nowait(session)
        await session.forever()

    return started


def _grid(n: int = 120) -> np.ndarray:
    """n×n points on [-1, 1]² at z = 0 (PROTOCOL.md's point cloud test)."""
    g = np.linspace(-1, 1, n, dtype=np.float32)
    x, y = np.meshgrid(g, g)
    return np.stack([x.ravel(), y.ravel(), np.zeros(x.size, np.float32)], axis=-1)


async def test_red_box_renders_and_a_click_reaches_our_handler(upstream_page):
    app = _app()
    started = _spawn_scene(app, lambda: Scene(Box(**RED_BOX)))
    clicks: asyncio.Queue = asyncio.Queue()
    app.add_handler("ON_CLICK", lambda event, session: clicks.put_nowait(event))

    async with app.serving():
        page = await upstream_page(app)
        session = await asyncio.wait_for(started.get(), 30)
        assert session.info["client"] == "browser"
        assert session.info["pkg"] == UPSTREAM_CLIENT_PKG

        img = await page.wait_for_picture(lambda im: reddish(centre(im)).sum() > 3000, what="the red box")
        red = reddish(img)
        assert reddish(centre(img)).sum() > 3000  # upstream's own server: ~11k px at 960×720
        ys, xs = np.nonzero(red)
        box_colour = img[int(ys.mean()), int(xs.mean())]
        assert box_colour[0] > 80 and box_colour[1] < 40 and box_colour[2] < 40, box_colour

        await page.page.mouse.click(float(xs.mean()), float(ys.mean()))
        event = await asyncio.wait_for(clicks.get(), 15)
        assert event.etype == "ON_CLICK"
        assert event.value["key"] == "box"
        assert isinstance(event.ts, float)

        # The page came entirely from the static server, and nothing it asked of it failed.
        local = [(status, url) for status, url in page.responses if url.startswith(page.static.url)]
        assert [s for s, _ in local if s >= 400] == [], local
        assert any("/assets/" in url for _, url in local)
        assert not [u for u in page.blocked if "127.0.0.1" in u]
        assert page.page_errors == []


async def test_float16_point_cloud_renders(upstream_page):
    """PointCloud's default encoding (float16 vertices bin; uint8 colours) is what upstream's client reads."""
    vertices = _grid()
    colours = np.zeros_like(vertices)
    colours[:, 1] = 1.0  # green, as floats 0..1 (sent as uint8 0..255)

    def scene():
        return Scene(
            PointCloud(key="red-square", vertices=vertices, size=0.05, color="red"),
            PointCloud(key="green-square", vertices=vertices * 0.5 + np.float32([0, 0, 1]), colors=colours, size=0.05),
        )

    app = _app()
    started = _spawn_scene(app, scene)
    async with app.serving():
        page = await upstream_page(app)
        await asyncio.wait_for(started.get(), 30)
        img = await page.wait_for_picture(
            lambda im: reddish(centre(im)).sum() > 10000 and greenish(centre(im)).sum() > 5000,
            what="a red square of points framing a green one",
        )
        # A float16 grid drawn as float16 is a solid square; read as anything else it scatters.
        ys, xs = np.nonzero(reddish(centre(img)) | greenish(centre(img)))
        fill = len(xs) / ((xs.max() - xs.min() + 1) * (ys.max() - ys.min() + 1))
        assert fill > 0.8, f"the points do not fill a square ({fill:.2f}): vertices were misread"
        assert not [e for e in page.page_errors if "slice" in e or "NaN" in e], page.page_errors


async def test_grab_render_returns_a_jpeg_of_the_scene(upstream_page):
    app = _app()
    started = _spawn_scene(app, lambda: Scene(Box(**RED_BOX), GrabRender(key="DEFAULT")))
    async with app.serving():
        page = await upstream_page(app)
        session = await asyncio.wait_for(started.get(), 30)
        await page.wait_for_picture(lambda im: reddish(centre(im)).sum() > 3000, what="the red box")

        response = await session.grab_render(quality=0.9, ttl=10.0)
        frame = response.value["frame"]
        assert isinstance(frame, bytes) and frame[:2] == b"\xff\xd8", "not raw JPEG bytes"
        picture = Image.open(io.BytesIO(frame))
        assert picture.format == "JPEG"
        assert picture.size == (VIEWPORT["width"], VIEWPORT["height"])
        assert (response.value["width"], response.value["height"]) == picture.size
        assert response.key == "DEFAULT"
        assert reddish(centre(rgb(frame))).sum() > 3000, "the grabbed picture does not show the red box"

        half = await session.grab_render(quality=0.5, downsample=2, ttl=10.0)
        small = Image.open(io.BytesIO(half.value["frame"]))
        assert small.size == (VIEWPORT["width"] // 2, VIEWPORT["height"] // 2)
        assert (half.value["width"], half.value["height"]) == (VIEWPORT["width"], VIEWPORT["height"])


async def test_shared_scene_updates_reach_upstreams_page(upstream_page):
    """``app.scene`` ops (hot reload and relay go through them) are drawn by upstream's client."""
    app = _app()
    app.scene.set @ Scene(Box(**RED_BOX))
    async with app.serving():
        page = await upstream_page(app)
        await page.wait_for_picture(lambda im: reddish(centre(im)).sum() > 3000, what="the red box")

        app.scene.update @ Box(key="box", material={"color": "blue"})
        img = await page.wait_for_picture(lambda im: bluish(centre(im)).sum() > 3000, what="the box to turn blue")
        assert reddish(centre(img)).sum() < 100

        app.scene.upsert @ Box(key="box2", args=[0.5, 0.5, 0.5], position=[1.5, 0, 0], material={"color": "red"})
        await page.wait_for_picture(
            lambda im: reddish(im).sum() > 1000 and bluish(centre(im)).sum() > 3000, what="a second, red box"
        )

        app.scene.remove @ ["box", "box2"]
        await page.wait_for_picture(
            lambda im: bluish(centre(im)).sum() < 100 and reddish(centre(im)).sum() < 100, what="both boxes to go"
        )


async def test_relay_reaches_upstreams_page(upstream_page):
    """``POST /relay`` (always HTTP 500 on upstream's own server) updates upstream's page through ours."""
    app = _app()
    app.scene.set @ Scene(Box(**RED_BOX))
    async with app.serving(), aiohttp.ClientSession() as http:
        page = await upstream_page(app)
        await page.wait_for_picture(lambda im: reddish(centre(im)).sum() > 3000, what="the red box")
        async with http.get(f"http://127.0.0.1:{app.port}/sessions") as resp:
            (listed,) = (await resp.json())["sessions"]
        assert listed["pkg"] == UPSTREAM_CLIENT_PKG

        event = {"etype": "UPDATE", "ts": int(time.time() * 1000), "data": {"nodes": [{"key": "box", "material": {"color": "blue"}}]}}
        body = msgpack.packb(event, use_bin_type=True)
        async with http.post(f"http://127.0.0.1:{app.port}/relay?sid={listed['id']}", data=body) as resp:
            assert resp.status == 200, await resp.text()
        await page.wait_for_picture(lambda im: bluish(centre(im)).sum() > 3000, what="the box to turn blue")

        event = {"etype": "UPSERT", "data": {"nodes": [{"key": "box", "tag": "Box", "position": [0, 0.6, 0]}], "to": None}}
        async with http.post(f"http://127.0.0.1:{app.port}/relay?sid=*", data=msgpack.packb(event)) as resp:
            assert resp.status == 200, await resp.text()
        img = await page.wait_for_picture(
            lambda im: bluish(im).sum() > 3000 and np.nonzero(bluish(im))[0].mean() < im.shape[0] / 2 - 20,
            what="the blue box to move up",
        )
        assert reddish(centre(img)).sum() < 100


async def test_camera_moves_stream_to_our_handler(upstream_page):
    """With ``OrbitControls(stream=True)``, dragging the view sends CAMERA_MOVE (without ``ts``)."""
    moves: asyncio.Queue = asyncio.Queue()
    app = _app()
    app.add_handler("CAMERA_MOVE", lambda event, session: moves.put_nowait(event))
    started = _spawn_scene(
        app,
        lambda: Scene(
            Box(**RED_BOX),
            bgChildren=[
                OrbitControls(key="orb-control", makeDefault=True, stream=True),
                AmbientLight(key="ambient", intensity=1.0),
                DirectionalLight(key="sun", position=[1, 2, 3], intensity=1.5),
            ],
        ),
    )
    async with app.serving():
        page = await upstream_page(app)
        await asyncio.wait_for(started.get(), 30)
        await page.wait_for_picture(lambda im: reddish(centre(im)).sum() > 3000, what="the red box")
        while not moves.empty():  # the controls may report the initial camera; keep only the drag's
            moves.get_nowait()

        mouse = page.page.mouse
        await mouse.move(700, 360)
        await mouse.down()
        for x in range(700, 560, -10):
            await mouse.move(x, 380)
        await mouse.up()

        async with asyncio.timeout(15):  # the drag orbits the camera sideways, off the x = 0 plane
            while abs((event := await moves.get()).value["camera"]["position"][0]) < 0.1:
                pass
        camera = event.value["camera"]
        assert event.key == "defaultCamera"
        assert len(camera["position"]) == 3 and len(camera["matrix"]) == 16
        assert camera["ctype"] == "perspective"
        assert isinstance(event.ts, float)  # the client sends none; the server stamps it


async def test_a_failing_handler_does_not_break_upstreams_page(upstream_page):
    """Our server reports handler errors with an ``ERROR`` event; upstream's client ignores it and goes on."""
    app = _app()
    started = _spawn_scene(app, lambda: Scene(Box(**RED_BOX)))
    failed = asyncio.Event()

    def broken(event, session):
        failed.set()
        raise RuntimeError("a bug in the user's handler")

    app.add_handler("ON_CLICK", broken)
    async with app.serving():
        page = await upstream_page(app)
        session = await asyncio.wait_for(started.get(), 30)
        img = await page.wait_for_picture(lambda im: reddish(centre(im)).sum() > 3000, what="the red box")
        ys, xs = np.nonzero(reddish(img))
        await page.page.mouse.click(float(xs.mean()), float(ys.mean()))
        await asyncio.wait_for(failed.wait(), 15)

        session.update @ Box(key="box", material={"color": "blue"})
        await page.wait_for_picture(lambda im: bluish(centre(im)).sum() > 3000, what="the box to turn blue")
        assert page.page_errors == []


async def test_rerun_on_the_same_port_then_reload_shows_the_new_scene(upstream_page):
    """Ctrl-C, edit, rerun at once on the same port (no 'address in use'), reload the tab: the new scene.

    Upstream's client 0.0.102 does not reconnect by itself after the socket closes (seen for
    close codes 1000 and 1001 and for a dropped connection): its ``shouldReconnect`` compares a
    counter captured before the effect that bumps it. So the user reloads the tab.
    """
    first = _app()
    _spawn_scene(first, lambda: Scene(Box(**RED_BOX)))
    async with first.serving():
        port = first.port
        page = await upstream_page(first)
        await page.wait_for_picture(lambda im: reddish(centre(im)).sum() > 3000, what="the red box")

    second = Vuer(host="127.0.0.1", port=port)
    started = _spawn_scene(second, lambda: Scene(Box(key="box", args=[1, 1, 1], material={"color": "blue"})))
    async with second.serving():
        await page.page.reload()
        session = await asyncio.wait_for(started.get(), 30)
        assert session.info["pkg"] == UPSTREAM_CLIENT_PKG
        img = await page.wait_for_picture(lambda im: bluish(centre(im)).sum() > 3000, what="the new, blue box")
        assert reddish(centre(img)).sum() < 100


async def test_trimesh_with_uint32_faces_renders(upstream_page):
    """TriMesh's default encoding (float16 vertices, uint32 faces, uint8 colours) draws the quad."""
    quad = np.float32([[-1, -1, 0], [1, -1, 0], [1, 1, 0], [-1, 1, 0]])
    faces = np.uint32([[0, 1, 2], [0, 2, 3]])
    colours = np.float32([[1, 0, 0]] * 4)
    app = _app()
    _spawn_scene(app, lambda: Scene(TriMesh(key="quad", vertices=quad, faces=faces, colors=colours, side=2)))
    async with app.serving():
        page = await upstream_page(app)
        img = await page.wait_for_picture(lambda im: reddish(centre(im)).sum() > 10000, what="a red quad")
        ys, xs = np.nonzero(reddish(centre(img)))
        fill = len(xs) / ((xs.max() - xs.min() + 1) * (ys.max() - ys.min() + 1))
        assert fill > 0.9, f"not a filled quad ({fill:.2f}): faces or vertices were misread"
        assert page.page_errors == []
