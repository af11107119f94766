"""Hot reload in the real browser client: the edited box changes colour, while the camera the
person orbited and the untouched sphere stay exactly as they were."""

from __future__ import annotations

import asyncio

import numpy as np
import pytest

from tests.browser.conftest import Harness, browser, dominant, page  # noqa: F401  (fixtures)
from vuer_cli import Vuer
from vuer_cli.runner import SceneRunner

from .conftest import Reloads, save

pytestmark = pytest.mark.browser

SCENE = """\
scene:
  bgChildren:
    - OrbitControls: {key: orb, makeDefault: true, stream: true}
    - AmbientLight: {key: amb, intensity: 1.0}
    - DirectionalLight: {key: sun, position: [1, 2, 5]}
  children:
    - Box: {key: box, args: [1, 1, 1], material: {color: red}}
    - Sphere: {key: ball, args: [0.35, 32, 16], position: [1.8, 0, 0], material: {color: "#00ff00"}}
"""


async def drag(page, start, delta, steps=10):
    await page.mouse.move(*start)
    await page.mouse.down()
    for i in range(1, steps + 1):
        await page.mouse.move(start[0] + delta[0] * i / steps, start[1] + delta[1] * i / steps)
    await page.mouse.up()


def near(a, b, tol=1e-6):
    return all(abs(x - y) <= tol for x, y in zip(a, b, strict=True))


async def test_a_colour_edit_shows_and_the_orbited_camera_and_other_objects_stay(page, folder, connect):  # noqa: F811
    path = save(folder / "s.yaml", SCENE)
    runner = SceneRunner(path, app=Vuer(host="127.0.0.1", port=0))
    async with runner.app.serving(), runner.watching():
        h = Harness(runner.app, page)
        try:
            wire = await connect(runner.app)  # sees exactly what goes out
            await wire.recv("SET")
            await h.open("hideUI=true&gizmo=false")

            # Orbit away from the default view; the controls stream the camera (CAMERA_MOVE).
            await drag(page, (320, 240), (140, 60))
            moved = await page.evaluate("window.__vuer.camera().position")
            assert abs(moved[0]) > 0.5, "the drag orbited the camera"
            await h.event("CAMERA_MOVE", where=lambda e: near(e.value["camera"]["position"], moved))
            before = await h.grab()
            red, green = dominant(before, 0), dominant(before, 1)
            assert red.sum() > 2000 and green.sum() > 300 and dominant(before, 2).sum() == 0

            reloads = Reloads(runner.live)
            save(path, SCENE.replace("color: red", "color: blue"))
            assert (await reloads.next()).updated == 1
            update = await wire.recv()
            assert update["etype"] == "UPDATE" and update["data"]["nodes"] == [{"key": "box", "tag": "Box", "material": {"color": "blue"}}]
            await h.ready()  # the client applied it and drew a frame
            after = await h.grab()

            # The box is blue where it was red; the sphere did not move or change.
            blue = dominant(after, 2)
            assert dominant(after, 0).sum() == 0 and abs(int(blue.sum()) - int(red.sum())) < 0.02 * red.sum()
            assert (blue & red).sum() > 0.98 * red.sum()
            assert np.array_equal(dominant(after, 1), green)
            # The camera is where the person left it: read back, and as the controls report it.
            assert near(await page.evaluate("window.__vuer.camera().position"), moved)
            await page.mouse.click(8, 8)  # empty space: the controls' "end" sends the camera
            ev = await h.event("CAMERA_MOVE", timeout=5)
            assert near(ev.value["camera"]["position"], moved)
            assert h.drain("SET") == [] and await asyncio.wait_for(page.evaluate("window.__vuer.overlay()"), 5) == []
        finally:
            h.close()
            await page.goto("about:blank")
    runner.live.close()


QUAD_OBJ = """\
mtllib quad.mtl
v -1 -1 0
v 1 -1 0
v 1 1 0
v -1 1 0
vt 0 0
vt 1 0
vt 1 1
vt 0 1
vn 0 0 1
usemtl skin
f 1/1/1 2/2/1 3/3/1
f 1/1/1 3/3/1 4/4/1
"""
QUAD_MTL = "newmtl skin\nKd 1 1 1\nmap_Kd tex/skin.png\n"


def png(folder, rgb):
    from PIL import Image

    (folder / "tex").mkdir(exist_ok=True)
    Image.new("RGB", (8, 8), rgb).save(folder / "tex" / "skin.png")


async def test_a_texture_edit_is_fetched_again_even_through_an_mtl(page, folder, connect):  # noqa: F811
    """The PNG is named by the MTL, not the scene: its URL does not change, only the OBJ's and
    MTL's ``?v=`` do. The client must not draw the texture it has cached."""
    (folder / "quad.obj").write_text(QUAD_OBJ)
    (folder / "quad.mtl").write_text(QUAD_MTL)
    png(folder, (255, 0, 0))
    path = save(folder / "s.yaml", "scene:\n  bgChildren:\n    - AmbientLight: {key: amb, intensity: 3}\n  children:\n    - Obj: {key: quad, src: quad.obj, mtl: quad.mtl}\n")
    runner = SceneRunner(path, app=Vuer(host="127.0.0.1", port=0))
    async with runner.app.serving(), runner.watching():
        h = Harness(runner.app, page)
        try:
            await h.open("hideUI=true&gizmo=false")
            before = await h.grab()
            assert dominant(before, 0).sum() > 5000 and dominant(before, 2).sum() == 0
            reloads = Reloads(runner.live)
            png(folder, (0, 0, 255))
            assert (await reloads.next()).updated == 1
            await h.ready()
            after = await h.grab()
            assert dominant(after, 2).sum() > 5000 and dominant(after, 0).sum() == 0
        finally:
            h.close()
            await page.goto("about:blank")
    runner.live.close()


async def test_the_index_lists_scenes_live_and_a_link_opens_one(page, folder):  # noqa: F811
    from vuer_cli.runner import FolderRunner

    save(folder / "a.yaml", "scene:\n  - Box: {key: a}\n")
    runner = FolderRunner(folder, app=Vuer(host="127.0.0.1", port=0))
    async with runner.app.serving(), runner.watching():
        h = Harness(runner.app, page)
        try:
            await page.goto(f"{runner.app.url}/?hideUI=true")
            await page.wait_for_selector("#scenes a >> text=a", timeout=10_000)
            save(folder / "b.yaml", "scene:\n  - Sphere: {key: b}\n")
            link = await page.wait_for_selector("#scenes a >> text=b", timeout=10_000)
            assert await link.get_attribute("href") == "/?hideUI=true&scene=b"
            await link.click()
            await h.event("INIT")
            ready = await h.event("SCENE_READY")
            assert ready.value["nodes"] == 1 and h.session.shared is runner.app.scenes["b"]

            # A scene that is not there yet: the index says so, and opens it once it loads.
            await page.goto(f"{runner.app.url}/?scene=later")
            await page.wait_for_selector("#note >> text=No scene", timeout=10_000)
            save(folder / "later.yaml", "scene:\n  - Cone: {key: c}\n")
            await h.event("INIT")
            await h.event("SCENE_READY")
            assert h.session.shared is runner.app.scenes["later"]
        finally:
            h.close()
            await page.goto("about:blank")
    runner.close()
