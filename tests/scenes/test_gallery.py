"""Every scene in scenes/: loads, is served, and (in headless Chromium) shows something."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from vuer_cli import Vuer
from vuer_cli.loader import load_scene
from vuer_cli.runner import SceneRunner
from vuer_cli.schema import Scene

from .conftest import shown

ROOT = Path(__file__).resolve().parents[2]
SCENES = sorted((ROOT / "scenes").glob("*.yaml"))


def test_the_gallery_has_the_promised_scenes():
    assert {p.stem for p in SCENES} >= {"hello", "robot", "pointcloud", "meshes", "cameras", "interactive"}


@pytest.mark.parametrize("scene", SCENES, ids=lambda p: p.name)
async def test_scene_loads_without_warnings_and_reaches_a_client(scene, connect):
    loaded = load_scene(scene)
    assert loaded.warnings == []
    runner = SceneRunner(scene, app=Vuer(host="127.0.0.1", port=0))
    async with runner.app.serving():
        client = await connect(runner.app)
        frame = await client.recv("SET")
        assert frame["data"]["children"], scene.name


async def _empty_picture(page) -> np.ndarray:
    app = Vuer(host="127.0.0.1", port=0)
    app.scene.set @ Scene(key="empty")
    async with shown(page, app) as (h, _):
        return await h.screenshot()


@pytest.mark.browser
@pytest.mark.parametrize("scene", SCENES, ids=lambda p: p.name)
async def test_scene_renders_in_the_browser(scene, page):
    empty = await _empty_picture(page)
    runner = SceneRunner(scene, app=Vuer(host="127.0.0.1", port=0))
    async with shown(page, runner.app) as (h, ready):
        assert ready.value["failed"] == [], f"assets failed to load: {ready.value['failed']}"
        assert ready.value["pending"] == 0
        picture = await h.screenshot()
        assert await h.overlay() == []
        errors = [line for line in page.console_lines if line.startswith(("error", "pageerror")) and "GPU stall" not in line]
        assert errors == []
    changed = np.any(np.abs(picture - empty) > 30, axis=-1).mean()
    print(f"{scene.name}: {changed:.2%} of the canvas differs from an empty scene")
    # Measured at 640x480: 2.6 % (cameras) to 6.8 % (meshes); an empty scene differs by 0 %.
    assert changed > 0.01, f"{scene.name}: only {changed:.2%} of the canvas differs from an empty scene"


@pytest.mark.browser
async def test_upstream_dump_renders_like_its_yaml_twin(page):
    fixtures = ROOT / "tests" / "loader" / "fixtures"
    pictures = []
    for name in ("upstream_dump.json", "upstream_dump.yaml"):
        runner = SceneRunner(fixtures / name, app=Vuer(host="127.0.0.1", port=0))
        async with shown(page, runner.app) as (h, ready):
            assert ready.value == {"nodes": 7, "pending": 0, "failed": []}
            pictures.append(await h.screenshot())
    dump, twin = pictures
    differing = np.any(np.abs(dump - twin) > 16, axis=-1).mean()
    assert differing < 0.001, f"{differing:.3%} of the pixels differ"
    red = (dump[..., 0] - np.maximum(dump[..., 1], dump[..., 2])) > 60
    assert red.mean() > 0.01  # the red box is there
