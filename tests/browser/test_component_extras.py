"""Further scene elements (frusta, cameras, geometry from args, models, Html, video), judged
from the pixels of a grab_render frame like test_components.py."""

from __future__ import annotations

import math

import numpy as np
import pytest

from vuer_cli.schema import Scene

from .conftest import FOV, HEIGHT, WIDTH, dominant, mask, window

pytestmark = pytest.mark.browser

CENTER = (WIDTH // 2, HEIGHT // 2)
NO_STAGING = [{"tag": "group", "key": "no-staging"}]
LIT = [{"tag": "AmbientLight", "key": "amb", "intensity": 1.0}, {"tag": "DirectionalLight", "key": "sun", "position": [1, 2, 5], "intensity": 2}]


def basic(color):
    return {"type": "basic", "color": color}


def project3(x: float, y: float, z: float, dist: float = 5.0) -> tuple[int, int]:
    """Pixel (col, row) of world point (x, y, z) seen from (0, 0, dist) looking at the origin."""
    t = math.tan(math.radians(FOV) / 2)
    d = dist - z
    nx = x / (d * t * (WIDTH / HEIGHT))
    ny = y / (d * t)
    return int(round((nx + 1) / 2 * WIDTH)), int(round((1 - ny) / 2 * HEIGHT))


def near(m: np.ndarray, at: tuple[int, int], r: int = 3) -> bool:
    """Whether the boolean image ``m`` is set anywhere within ``r`` px of pixel ``at``."""
    col, row = at
    return bool(m[max(0, row - r) : row + r + 1, max(0, col - r) : col + r + 1].any())


def colored(px: np.ndarray, rgb, tol: int = 70) -> np.ndarray:
    return mask(px, rgb, tol)


# ---- camera frusta -------------------------------------------------------------------------


async def test_frusta_draw_their_volumes_in_their_colours(served):
    # All three look away from the viewer (down -z), so each far face is seen head on.
    async with served() as h:
        h.app.scene.set @ Scene(
            {"tag": "PerspectiveFrustum", "key": "persp", "position": [-2.5, 0, 0], "fov": 60, "aspect": 1, "near": 0.2, "far": 1.5,
             "colorFrustum": "lime", "colorCone": "lime", "colorUp": "yellow",
             "children": [{"tag": "Box", "key": "inside", "args": [0.3, 0.3, 0.3], "position": [0, 0, -1], "material": basic("white")}]},
            {"tag": "OrthographicFrustum", "key": "ortho", "width": 1.2, "height": 1.2, "near": 0.1, "far": 1.5,
             "colorFrustum": "red", "colorNearPlane": "red", "colorFarPlane": "blue", "showUp": False},
            {"tag": "FisheyeFrustum", "key": "fish", "position": [2.5, 0, 0], "far": 1, "colorFrustum": "magenta", "colorCone": "magenta",
             "colorNear": "magenta", "showUp": False},
            bgChildren=NO_STAGING,
        )
        await h.open()
        img = await h.grab()
        lime = colored(img, (0, 255, 0))
        # Perspective: the far face, half size 1.5 * tan(30°), at depth 1.5; its edges lime, its
        # middle empty (a wireframe), the up marker yellow above it.
        f = 1.5 * math.tan(math.radians(30))
        for x, y in [(-2.5 - f, 0), (-2.5 + f, 0), (-2.5, f), (-2.5, -f)]:
            assert near(lime, project3(x, y, -1.5), 3), f"perspective far edge at ({x:.2f}, {y:.2f})"
        assert not near(lime, project3(-2.5 + f / 2, f / 2, -1.5), 3), "a wireframe, not a face"
        assert colored(window(img, *project3(-2.5, f * 1.05 + f / 4, -1.5), r=6), (255, 255, 0)).sum() > 3, "yellow up marker"
        # The child sits in the frustum's frame: 1 ahead of its eye, in the middle of the volume.
        assert colored(window(img, *project3(-2.5, 0, -1), r=3), (255, 255, 255), 40).all(), "child box inside"
        # Orthographic: a box volume; the near face (red) and the far face (blue) have the same
        # size, so the far one looks smaller, inside the near one.
        red = colored(img, (255, 0, 0))
        assert near(red, project3(0.6, 0, -0.1), 3) and near(red, project3(0, -0.6, -0.1), 3)
        blue = dominant(img, 2)
        assert near(blue, project3(0.6, 0, -1.5), 3) and near(blue, project3(-0.6, 0, -1.5), 3)
        assert not near(blue, project3(0.6, 0, -0.1), 2), "the far face is not the near face"
        # Fisheye, 180°: its far surface is a half sphere whose rim is a circle of radius `far`.
        mag = colored(img, (255, 0, 255))
        for a in (0, 90, 180, 270):
            x, y = 2.5 + math.cos(math.radians(a)), math.sin(math.radians(a))
            assert near(mag, project3(x, y, 0), 3), f"fisheye rim at {a}°"
        assert await h.overlay() == []
        # An update recolours.
        h.app.scene.update @ {"key": "persp", "colorFrustum": "cyan", "colorCone": "cyan"}
        await h.ready()
        img = await h.grab()
        assert colored(window(img, *project3(-2.5 - f, 0, -1.5), r=3), (0, 255, 255)).any()
        assert not colored(window(img, *project3(-2.5 - f, 0, -1.5), r=3), (0, 255, 0)).any()


# ---- cameras -------------------------------------------------------------------------------


def extent(m: np.ndarray) -> tuple[int, int]:
    """Width and height in pixels of the set part of a boolean image."""
    rows, cols = np.nonzero(m)
    assert len(rows), "nothing drawn"
    return int(cols.max() - cols.min() + 1), int(rows.max() - rows.min() + 1)


async def test_orthographic_camera_makes_the_view_orthographic(served):
    boxes = [
        {"tag": "Box", "key": "near-box", "args": [1, 1, 1], "position": [-1.5, 0, 0], "material": basic("red")},
        {"tag": "Box", "key": "far-box", "args": [1, 1, 1], "position": [1.5, 0, -4], "material": basic("blue")},
    ]
    async with served() as h:
        h.app.scene.set @ Scene(*boxes)  # default staging: grid and orbit controls
        await h.open()
        img = await h.grab()
        (rw, rh), (bw, bh) = extent(dominant(img, 0)), extent(dominant(img, 2))
        assert bw < 0.75 * rw, f"perspective: the far box looks smaller ({bw} vs {rw} px)"
        assert (await h.page.evaluate("__vuer.camera()"))["ctype"] == "perspective"
        # 8 × 6 units on a 640 × 480 canvas: 80 px a unit, whatever the depth.
        h.app.scene.upsert @ {"tag": "SimpleOrthographicCamera", "key": "ortho", "makeDefault": True, "position": [0, 0, 5],
                              "left": -4, "right": 4, "top": 3, "bottom": -3, "near": 0.1, "far": 100}
        await h.ready()
        img = await h.grab()
        (rw, rh), (bw, bh) = extent(dominant(img, 0)), extent(dominant(img, 2))
        assert abs(rw - bw) <= 2 and abs(rh - bh) <= 2, f"orthographic: same size at any depth ({rw}x{rh} vs {bw}x{bh})"
        assert abs(bw - 80) <= 3 and abs(bh - 80) <= 3, f"1 unit = 80 px: {bw}x{bh}"
        assert dominant(window(img, CENTER[0] - 120, CENTER[1], r=4), 0).all() and dominant(window(img, CENTER[0] + 120, CENTER[1], r=4), 2).all()
        cam = await h.page.evaluate("__vuer.camera()")
        assert cam["ctype"] == "orthographic" and cam["left"] == -4 and cam["top"] == 3
        # zoom 2 doubles the size.
        h.app.scene.update @ {"key": "ortho", "zoom": 2}
        await h.ready()
        bw, bh = extent(dominant(await h.grab(), 2))
        assert abs(bw - 160) <= 4, f"zoom 2: {bw} px"
        # makeDefault off, or removing the camera, brings the perspective view back.
        h.app.scene.update @ {"key": "ortho", "makeDefault": False}
        await h.ready()
        img = await h.grab()
        assert extent(dominant(img, 2))[0] < 0.75 * extent(dominant(img, 0))[0]
        assert (await h.page.evaluate("__vuer.camera()"))["ctype"] == "perspective"
        h.app.scene.update @ {"key": "ortho", "makeDefault": True}
        await h.ready()
        assert (await h.page.evaluate("__vuer.camera()"))["ctype"] == "orthographic"
        h.app.scene.remove @ "ortho"  # REMOVE sends no SCENE_READY; the grab comes after it
        img = await h.grab()
        assert extent(dominant(img, 2))[0] < 0.75 * extent(dominant(img, 0))[0]
        assert (await h.page.evaluate("__vuer.camera()"))["ctype"] == "perspective"
        assert await h.overlay() == []


async def test_virtual_orthographic_and_fisheye_cameras_draw_frusta(served):
    async with served() as h:
        h.app.scene.set @ Scene(
            # Without makeDefault, an OrthographicCamera is a marker where it stands, not the view.
            {"tag": "OrthographicCamera", "key": "oc", "position": [-1.5, 0, 0], "left": -0.8, "right": 0.8, "top": 0.8, "bottom": -0.8,
             "frustum": {"colorFrustum": "lime", "colorNearPlane": "lime", "colorFarPlane": "lime"}},
            {"tag": "FisheyeCamera", "key": "fc", "position": [1.5, 0, 0], "far": 0.5, "frustum": {"colorFrustum": "red", "colorNear": "red"}},
            bgChildren=NO_STAGING,
        )
        await h.open()
        img = await h.grab()
        assert (await h.page.evaluate("__vuer.camera()"))["ctype"] == "perspective"
        lime = colored(img, (0, 255, 0))
        assert near(lime, project3(-1.5 + 0.8, 0, -0.1)) and near(lime, project3(-1.5 - 0.8, 0, -0.1)), "box frustum's near face"
        red = dominant(img, 0)
        assert near(red, project3(1.5 + 0.5, 0, 0)) and near(red, project3(1.5, 0.5, 0)), "fisheye rim, radius far"
        assert await h.overlay() == []
