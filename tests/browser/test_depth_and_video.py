"""Depth point clouds (unprojected in the browser from a 16-bit depth PNG) and video textures,
judged from the pixels of a grab_render frame like test_component_extras.py."""

from __future__ import annotations

import asyncio
import base64
import io
import math

import numpy as np
import pytest
from PIL import Image

from vuer_cli.schema import DepthPointCloud, Scene

from .conftest import project3, CENTER, HEIGHT, NO_STAGING, WIDTH, dominant, mask, window

pytestmark = pytest.mark.browser

BACKGROUND = (0x1B, 0x1C, 0x20)  # the dark page background


def png(array: np.ndarray) -> bytes:
    out = io.BytesIO()
    Image.fromarray(array).save(out, "PNG")
    return out.getvalue()


# ---- depth point clouds --------------------------------------------------------------------

# A 160 × 120 depth image (millimetres): a wall at 2 m, a 40 × 40 square at 1 m in the middle,
# no depth (0) in a 30 × 25 top-left corner. The cloud's camera sits at (0, 0, CAM_Z) looking
# down -z (three.js camera convention), the page's view camera at (0, 0, 5), so the square
# stands 1 m in front of the wall and looks smaller than the hole it leaves in it.
W, H = 160, 120
CAM_Z = 3.0
FOCAL = (H / 2) / math.tan(math.radians(58) / 2)  # the default fov, 58°, is vertical
SQUARE = (60, 100, 40, 80)  # u0, u1, v0, v1
CORNER = (30, 25)


def depth_image(square_at: int = 1000) -> np.ndarray:
    d = np.full((H, W), 2000, np.uint16)
    u0, u1, v0, v1 = SQUARE
    d[v0:v1, u0:u1] = square_at
    d[: CORNER[1], : CORNER[0]] = 0
    return d


def rgb_image() -> np.ndarray:
    """Left half red, right half blue, the square green."""
    c = np.zeros((H, W, 3), np.uint8)
    c[:, : W // 2] = (255, 0, 0)
    c[:, W // 2 :] = (0, 0, 255)
    u0, u1, v0, v1 = SQUARE
    c[v0:v1, u0:u1] = (0, 255, 0)
    return c


def world(u: float, v: float, depth_m: float, cx: float = W / 2) -> tuple[float, float, float]:
    """Where the pinhole model puts pixel (u, v) at that depth, in the scene."""
    return (u - cx) * depth_m / FOCAL, -(v - H / 2) * depth_m / FOCAL, CAM_Z - depth_m


def at(u: float, v: float, depth_m: float, cx: float = W / 2) -> tuple[int, int]:
    return project3(*world(u, v, depth_m, cx))


async def test_depth_point_cloud_unprojects_a_16_bit_png(served, tmp_path):
    (tmp_path / "depth.png").write_bytes(png(depth_image()))
    (tmp_path / "rgb.png").write_bytes(png(rgb_image()))
    cloud = {"tag": "DepthPointCloud", "key": "pc", "depth": "/workspace/depth.png", "rgb": "/workspace/rgb.png", "position": [0, 0, CAM_Z]}
    async with served() as h:
        h.app.scene.set @ Scene(cloud, bgChildren=NO_STAGING)
        ready = await h.open()
        assert ready.value["failed"] == []
        img = await h.grab()
        red, green, blue = dominant(img, 0), dominant(img, 1), dominant(img, 2)
        # The wall at 2 m in the RGB image's colours, left red and right blue.
        assert red[at(45, 90, 2)[::-1]] and red[at(20, 60, 2)[::-1]]
        assert blue[at(120, 30, 2)[::-1]] and blue[at(140, 100, 2)[::-1]]
        # The square at 1 m: green where the pinhole model puts it ...
        assert window(img, *at(80, 60, 1), r=8).tolist() == [[0, 255, 0]] * 17 * 17, "the square, exactly its rgb colour"
        for u, v in [(62, 42), (98, 78), (62, 78), (98, 42)]:
            assert green[at(u, v, 1)[::-1]], f"square corner ({u}, {v})"
        # ... and nowhere else: just outside its edges, the hole it leaves in the wall (the same
        # pixels at 2 m, seen from farther back, are wider) shows the background.
        for u, v in [(57, 60), (103, 60), (80, 37), (80, 83)]:
            col, row = at(u, v, 1.0)
            assert mask(img[row : row + 1, col : col + 1], BACKGROUND, 12).all(), f"the hole beside the square at ({u}, {v}): {img[row, col]}"
        # The zero-depth corner draws nothing; the wall next to it does.
        assert mask(window(img, *at(12, 10, 2), r=10), BACKGROUND, 12).all(), "no points where depth is 0"
        assert red[at(40, 10, 2)[::-1]] and red[at(12, 35, 2)[::-1]]
        assert await h.overlay() == []

        # A colour map replaces the RGB colours: jet over 1–2 m, the square (near) dark blue,
        # the wall (far) dark red on both halves.
        h.app.scene.update @ {"key": "pc", "cmap": "jet", "colorMode": "depth", "depthMin": 1.0, "depthMax": 2.0}
        await h.ready()
        img = await h.grab()
        sq = window(img, *at(80, 60, 1), r=6)
        assert (np.abs(sq - (0, 0, 128)) <= 3).all(), f"near end of jet: {sq.mean(axis=0)}"
        for u, v in [(20, 60), (140, 100)]:
            px = window(img, *at(u, v, 2), r=4)
            assert (np.abs(px - (128, 0, 0)) <= 3).all(), f"far end of jet at ({u}, {v}): {px.mean(axis=0)}"
        # worldY with upstream's number (4) over -1..1 m of height: turbo runs from the bottom
        # (dark blue-violet) up to the top (dark red).
        h.app.scene.update @ {"key": "pc", "cmap": "turbo", "colorMode": 4, "heightMin": -1.0, "heightMax": 1.0}
        await h.ready()
        img = await h.grab()
        top, bottom = img[at(140, 2, 2)[::-1]], img[at(140, 117, 2)[::-1]]
        assert top[0] > 100 and top[2] < 40, f"top: {top}"
        assert bottom[2] > bottom[1] + 25 and bottom[0] < 80, f"bottom: {bottom}"
        # maxY culls points above a world height.
        h.app.scene.update @ {"key": "pc", "cmap": None, "maxY": 0.0}
        await h.ready()
        img = await h.grab()
        assert mask(window(img, *at(120, 20, 2), r=10), BACKGROUND, 12).all(), "above y = 0: culled"
        assert dominant(window(img, *at(120, 100, 2), r=6), 2).all(), "below y = 0: drawn, in rgb again"
        # A principal point left of the centre moves the whole cloud right.
        h.app.scene.update @ {"key": "pc", "maxY": None, "cx": 60}
        await h.ready()
        img = await h.grab()
        green = dominant(img, 1)
        assert green[at(62, 60, 1, cx=60)[::-1]] and green[at(98, 60, 1, cx=60)[::-1]]
        assert not green[at(62, 60, 1)[::-1]], "not where the centred principal point put it"


async def test_in_place_depth_point_cloud_replaces_its_points(served, tmp_path):
    """Depth as bytes, no rgb (grey levels); an update of the depth and an rgb redraws the
    same object, the same buffers."""
    (tmp_path / "rgb.png").write_bytes(png(rgb_image()))
    cloud = {"tag": "InPlaceDepthPointCloud", "key": "pc", "depth": png(depth_image()), "position": [0, 0, CAM_Z]}
    async with served() as h:
        h.app.scene.set @ Scene(cloud, bgChildren=NO_STAGING)
        ready = await h.open()
        assert ready.value["failed"] == []
        img = await h.grab()
        hole = at(57, 60, 1.0)  # beside the square at 1 m: the hole it leaves in the wall
        assert mask(img[hole[1] : hole[1] + 1, hole[0] : hole[0] + 1], BACKGROUND, 12).all()
        # Grey levels of the depth: the near square white, the wall a darker grey.
        sq, wall = window(img, *at(80, 60, 1), r=6), window(img, *at(140, 100, 2), r=4)
        assert (sq >= 250).all(), f"near: white {sq.mean(axis=0)}"
        assert (np.abs(wall - 64) <= 3).all(), f"far: dark grey {wall.mean(axis=0)}"
        before = await h.page.evaluate("__vuer.object('pc')")
        assert before["type"] == "Points" and before["drawCount"] == W * H - CORNER[0] * CORNER[1]

        # The next frame: the square moved back against the wall (2 m), colours from rgb.png.
        h.app.scene.update @ {"key": "pc", "depth": png(depth_image(square_at=2000)), "rgb": "/workspace/rgb.png"}
        await h.ready()
        img = await h.grab()
        after = await h.page.evaluate("__vuer.object('pc')")
        assert after["uuid"] == before["uuid"] and after["geometry"] == before["geometry"] and after["positions"] == before["positions"], (before, after)
        assert dominant(window(img, *at(80, 60, 2), r=6), 1).all(), "the square, green, now in the wall"
        assert dominant(img[hole[1] : hole[1] + 1, hole[0] : hole[0] + 1], 1).all(), "the hole is filled: the square is no longer at 1 m"
        assert mask(window(img, *at(12, 10, 2), r=10), BACKGROUND, 12).all(), "still nothing where depth is 0"
        assert dominant(window(img, *at(140, 100, 2), r=4), 2).all() and dominant(window(img, *at(20, 100, 2), r=4), 0).all()
        assert await h.overlay() == []


async def test_depth_point_cloud_from_python_arrays(served):
    """What a camera loop sends: depth in metres (float, NaN for no depth) and an RGB array;
    the element encodes them (a 16-bit PNG of millimetres, a PNG) and the browser draws them."""
    metres = depth_image().astype(np.float32) / 1000
    metres[metres == 0] = np.nan
    async with served() as h:
        h.app.scene.set @ Scene(DepthPointCloud(key="pc", depth=metres, rgb=rgb_image(), position=[0, 0, CAM_Z]), bgChildren=NO_STAGING)
        ready = await h.open()
        assert ready.value["failed"] == []
        img = await h.grab()
        assert dominant(window(img, *at(80, 60, 1.0), r=6), 1).all(), "the green square at 1 m"
        assert dominant(window(img, *at(20, 100, 2.0), r=4), 0).all() and dominant(window(img, *at(140, 100, 2.0), r=4), 2).all()
        assert mask(window(img, *at(12, 10, 2.0), r=10), BACKGROUND, 12).all(), "NaN depth: no points"
        assert await h.overlay() == []


# ---- video ---------------------------------------------------------------------------------

# A WebM of one colour, recorded in the page itself (no ffmpeg here): a canvas repainted every
# animation frame for half a second, captured by MediaRecorder, returned as base64.
RECORD = """async ([r, g, b]) => {
  const canvas = document.createElement("canvas");
  canvas.width = 64;
  canvas.height = 48;
  const g2 = canvas.getContext("2d");
  const paint = () => { g2.fillStyle = `rgb(${r}, ${g}, ${b})`; g2.fillRect(0, 0, 64, 48); };
  paint();
  const rec = new MediaRecorder(canvas.captureStream(30), { mimeType: "video/webm" });
  const chunks = [];
  rec.ondataavailable = (e) => chunks.push(e.data);
  const stopped = new Promise((done) => (rec.onstop = done));
  rec.start();
  const until = performance.now() + 500;
  await new Promise((done) => {
    const tick = () => { paint(); if (performance.now() < until) requestAnimationFrame(tick); else done(); };
    tick();
  });
  rec.stop();
  await stopped;
  const bytes = new Uint8Array(await new Blob(chunks).arrayBuffer());
  let s = "";
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
  return btoa(s);
}"""


async def record(page, rgb) -> bytes:
    return base64.b64decode(await page.evaluate(RECORD, list(rgb)))


async def frames_during(h, seconds: float) -> int:
    """How many frames the page drew in that time."""
    before = await h.page.evaluate("__vuer.frames")
    await asyncio.sleep(seconds)
    return await h.page.evaluate("__vuer.frames") - before


async def keeps_drawing(h, frames: int, timeout: float = 10.0) -> None:
    """The page draws ``frames`` more frames (however slowly the machine decodes video)."""
    before = await h.page.evaluate("__vuer.frames")
    await h.page.wait_for_function(f"window.__vuer.frames >= {before + frames}", timeout=timeout * 1000)


async def stops_drawing(h, window: float = 0.6, timeout: float = 10.0) -> bool:
    """Whether, within ``timeout``, a ``window`` passes with no frame drawn."""
    deadline = asyncio.get_running_loop().time() + timeout
    while asyncio.get_running_loop().time() < deadline:
        if await frames_during(h, window) == 0:
            return True
    return False


async def test_video_plane_and_video_material_play_their_video(served, tmp_path):
    async with served() as h:
        await h.open(ready=False)
        (tmp_path / "red.webm").write_bytes(await record(h.page, (255, 0, 0)))
        (tmp_path / "green.webm").write_bytes(await record(h.page, (0, 255, 0)))
        assert (tmp_path / "red.webm").read_bytes()[:4] == b"\x1a\x45\xdf\xa3"
        h.app.scene.set @ Scene(
            # By default the plane fills the view, 10 in front of the camera: a video background.
            {"tag": "VideoPlane", "key": "vp", "src": "/workspace/red.webm"},
            # An unlit scene: the Plane's own (standard) material would be black.
            {"tag": "Plane", "key": "screen", "args": [2, 1.5],
             "children": [{"tag": "VideoMaterial", "key": "vm", "src": "/workspace/green.webm", "loop": False}]},
            bgChildren=NO_STAGING,
        )
        ready = await h.ready()
        assert ready.value["failed"] == []
        img = await h.grab()
        red, green = dominant(img, 0), dominant(img, 1)
        assert green[project3(0, 0, 0)[::-1]] and green[project3(0.9, 0.65, 0)[::-1]] and green[project3(-0.9, -0.65, 0)[::-1]], "the mesh shows its video"
        assert not green[project3(1.1, 0, 0)[::-1]]
        for col, row in [(3, 3), (WIDTH - 4, HEIGHT - 4), (WIDTH - 4, 3), project3(1.1, 0, 0)]:
            assert red[row, col], f"the video plane fills the view: {img[row, col]} at ({col}, {row})"
        assert await h.overlay() == []

        # While the looping video plays, the page keeps drawing (a frame per video frame) ...
        await keeps_drawing(h, 6)
        # ... and stops once it is paused and the green one (not looping) has ended.
        h.app.scene.update @ {"key": "vp", "autoplay": False}
        await h.ready()
        assert await stops_drawing(h), "no frames while nothing plays"
        img = await h.grab()
        assert dominant(img, 0)[3, 3] and dominant(img, 1)[CENTER[1], CENTER[0]], "the last frames stay on screen"

        # Given a size and a place in the camera's frame: a 1 × 1 square, 4 ahead, 1.5 right.
        h.app.scene.update @ {"key": "vp", "height": 1, "aspect": 1, "distanceToCamera": 4, "position": [1.5, 0, 0]}
        await h.ready()
        img = await h.grab()
        red = dominant(img, 0)
        col, row = project3(1.5, 0, 1)
        assert red[row - 8 : row + 9, col - 8 : col + 9].all()
        assert red[project3(1.5, 0.4, 1)[::-1]] and red[project3(1.9, -0.4, 1)[::-1]]
        assert not red[project3(1.5, 0.6, 1)[::-1]] and not red[project3(2.1, 0, 1)[::-1]] and not red[3, 3]

        # Removing the VideoMaterial gives the mesh its own material back.
        h.app.scene.remove @ "vm"
        img = await h.grab()
        assert not dominant(img, 1)[CENTER[1], CENTER[0]]
        assert mask(window(img, *CENTER, r=4), (0, 0, 0), 12).all(), "an unlit standard material: black"
