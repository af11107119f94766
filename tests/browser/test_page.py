"""The page itself: ?ws= to another server, the Scene's up and background, further upstream tags."""

from __future__ import annotations

import numpy as np
import pytest

from vuer_cli.schema import Box, Scene

from .conftest import HEIGHT, WIDTH, dominant, mask, project, serve, window

pytestmark = pytest.mark.browser

CENTER = (WIDTH // 2, HEIGHT // 2)


async def test_ws_param_connects_to_another_server(page, tmp_path):
    async with serve(page, static_root=tmp_path) as pages, serve(page, static_root=tmp_path) as scene:
        scene.app.scene.set @ Scene(Box(key="box", args=[1, 1, 1], material={"color": "red"}))
        await page.goto(f"{pages.app.url}/?ws=ws://127.0.0.1:{scene.app.port}")
        await scene.event("INIT")
        await scene.event("SCENE_READY")
        assert not pages.app.sessions, "the page's own server got no websocket"
        assert dominant(window(await scene.grab(), *CENTER), 0).all()


async def test_scene_up_background_and_more_upstream_tags(served):
    async with served() as h:
        h.app.scene.set @ Scene(
            {"tag": "Stage", "key": "stage", "children": [
                {"tag": "Center", "key": "ctr", "children": [{"tag": "Box", "key": "box", "args": [1, 1, 1], "material": {"color": "white"}}]}]},
            {"tag": "CatmullRomLine", "key": "curve", "points": [[-3, -2, 0], [-2, -1, 0], [-1, -2, 0]], "color": "yellow", "lineWidth": 5},
            {"tag": "Pivot", "key": "pv", "position": [2.5, 1.5, 0], "children": [
                {"tag": "Sphere", "key": "s", "args": [0.3], "material": {"type": "basic", "color": "blue"}}]},
            {"tag": "BackgroundColor", "key": "bgc", "color": "#008000"},
            bgChildren=[{"tag": "group", "key": "none"}],
        )
        await h.open()
        assert await h.overlay() == []
        img = await h.grab()
        assert mask(window(img, 5, 5, r=3), (0, 128, 0), 20).all(), "BackgroundColor"
        assert window(img, *CENTER).min() > 80, "Stage lights its children"
        assert mask(window(img, *project(-2, -1.1), r=6), (255, 255, 0), 70).any(), "CatmullRomLine"
        assert dominant(window(img, *project(2.5, 1.5)), 2).all(), "Pivot keeps its children"
        # A z-up scene: the default grid lies in the x-y plane, so it faces the default camera.
        h.app.scene.set @ Scene(up=[0, 0, 1], background="black")
        await h.ready()
        img = await h.grab()
        assert np.median(img) == 0, "the Scene's background (BackgroundColor went with its node)"
        grey = (img.min(axis=-1) > 40) & (np.ptp(img, axis=-1) < 20)
        assert grey.mean() > 0.01, "grid lines across the view"

