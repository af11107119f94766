"""Client events (ON_CLICK, CAMERA_MOVE, OBJECT_MOVE, html CLICK/SET) and the camera elements."""

from __future__ import annotations

import asyncio

import pytest

from vuer_cli.schema import Box, Scene, VuerGroup

from .conftest import HEIGHT, WIDTH, dominant, project, window

pytestmark = pytest.mark.browser

CENTER = (WIDTH // 2, HEIGHT // 2)
LIT = [{"tag": "AmbientLight", "key": "amb", "intensity": 1.0}, {"tag": "DirectionalLight", "key": "sun", "position": [1, 2, 5]}]


async def drag(page, start, delta, steps=12, pause=0.03):
    await page.mouse.move(*start)
    await page.mouse.down()
    for i in range(1, steps + 1):
        await page.mouse.move(start[0] + delta[0] * i / steps, start[1] + delta[1] * i / steps)
        await asyncio.sleep(pause)
    await page.mouse.up()


async def test_click_sends_on_click_with_the_nearest_element_key(served):
    async with served() as h:
        h.app.scene.set @ Scene(
            VuerGroup(Box(key="box", args=[1, 1, 1], material={"color": "red"}), key="grp"),
            {"tag": "Sphere", "key": "ball", "args": [0.4], "position": [2, 0, 0], "children": [
                {"tag": "Box", "key": "on-ball", "args": [0.3, 0.3, 0.3], "position": [0, 1, 0]}]},
        )
        await h.open()
        await h.page.mouse.click(40, 40)  # empty space: nothing
        await h.page.mouse.click(*CENTER)
        ev = await h.event("ON_CLICK")
        assert ev.value == {"key": "box"}, "the first ON_CLICK is the box's: the empty click sent nothing"
        assert isinstance(ev.ts, float) and ev.key is None
        await h.page.mouse.click(*project(2, 1))
        assert (await h.event("ON_CLICK")).value == {"key": "on-ball"}
        await h.page.mouse.click(*project(2, 0))
        assert (await h.event("ON_CLICK")).value == {"key": "ball"}


async def test_drag_streams_camera_move_when_controls_stream(served):
    async with served() as h:
        h.app.scene.set @ Scene(Box(key="box", args=[1, 1, 1], material={"color": "red"}),
                                bgChildren=[{"tag": "OrbitControls", "key": "orb", "makeDefault": True, "stream": True}, *LIT])
        await h.open()
        t0 = asyncio.get_running_loop().time()
        await drag(h.page, CENTER, (150, 40))
        elapsed = asyncio.get_running_loop().time() - t0
        first = await h.event("CAMERA_MOVE")
        await asyncio.sleep(0.3)  # the trailing/final event after the drag ends
        events = [first, *h.drain("CAMERA_MOVE")]
        assert 2 <= len(events) <= elapsed * 10 + 3, f"{len(events)} events in {elapsed:.2f} s: throttled to 10/s plus a final one"
        last = events[-1]
        assert last.key == "defaultCamera" and isinstance(last.ts, float)
        cam = last.value["camera"]
        for field in ("position", "rotation", "quaternion", "matrix", "near", "far", "zoom", "width", "height", "fov", "aspect", "focus", "filmGauge", "filmOffset"):
            assert field in cam, field
        assert cam["ctype"] == "perspective" and len(cam["matrix"]) == 16 and cam["fov"] == 75
        assert (cam["width"], cam["height"]) == (WIDTH, HEIGHT)
        # The camera orbited: still 5 units from the target, no longer on the z axis.
        x, y, z = cam["position"]
        assert abs((x * x + y * y + z * z) ** 0.5 - 5) < 0.05 and abs(x) > 0.5
        assert cam["matrix"][12:15] == pytest.approx(cam["position"], abs=1e-4), "column-major: translation last"


async def test_default_controls_orbit_but_do_not_stream(served):
    async with served() as h:
        h.app.scene.set @ Scene(Box(key="box", args=[1, 1, 1], material={"color": "red"}))
        await h.open()
        await drag(h.page, CENTER, (120, 0), steps=6)
        await h.page.mouse.click(*CENTER)
        await h.event("ON_CLICK")
        assert h.drain("CAMERA_MOVE") == []
        pos = await h.page.evaluate("window.__vuer.camera().position")
        assert abs(pos[0]) > 0.5, "the default staging has orbit controls"


async def test_movable_drag_sends_object_move(served):
    async with served() as h:
        h.app.scene.set @ Scene({"tag": "Movable", "key": "mov", "children": [
            {"tag": "Box", "key": "payload", "args": [0.6, 0.6, 0.6], "material": {"color": "red"}}]})
        await h.open()
        await drag(h.page, CENTER, (80, -40), steps=10)
        ev = await h.event("OBJECT_MOVE")
        await asyncio.sleep(0.3)
        last = ([ev, *h.drain("OBJECT_MOVE")])[-1]
        v = last.value
        assert last.key == "mov" and v["key"] == "mov" and isinstance(last.ts, float)
        assert len(v["position"]) == 3 and len(v["quaternion"]) == 4 and len(v["rotation"]) == 3 and len(v["matrix"]) == 16
        assert v["position"][0] > 0.2 and v["position"][1] > 0.1, v["position"]
        assert h.drain("ON_CLICK") == [], "dragging the gizmo is not a click"
        img = await h.grab()
        x, y = v["position"][:2]
        # (the gizmo's handles are drawn over the box, so most, not all, of the window is red)
        assert dominant(window(img, *project(x, y, dist=5 - v["position"][2])), 0).mean() > 0.7, "the box moved with the gizmo"
        assert not dominant(window(img, *CENTER, r=3), 0).any()


async def test_html_button_and_slider(served):
    async with served() as h:
        h.app.scene.set @ Scene(Box(key="box", args=[1, 1, 1]), htmlChildren=[
            {"tag": "Button", "key": "btn", "children": ["Press"]},
            {"tag": "Slider", "key": "sld", "min": 0, "max": 10, "step": 1, "value": 3, "label": "level"},
            {"tag": "p", "key": "para", "children": ["Some words"]},
        ])
        await h.open()
        assert await h.page.inner_text("#vuer-html button[name=btn]") == "Press"
        assert "Some words" in await h.page.inner_text("#vuer-html")
        await h.page.click("#vuer-html button[name=btn]")
        ev = await h.event("CLICK")
        assert ev.key == "btn" and ev.value == {"key": "btn"} and isinstance(ev.ts, float)
        await h.page.eval_on_selector("#vuer-html input[name=sld]",
                                      "el => { el.value = '7'; el.dispatchEvent(new Event('change', {bubbles: true})); }")
        ev = await h.event("SET")
        assert ev.key == "sld" and ev.value == 7


def box_width(img, channel=0):
    row = dominant(img, channel)[HEIGHT // 2]
    return int(row.sum())


async def test_camera_elements_and_url_view(served):
    async with served() as h:
        red = Box(key="box", args=[1, 1, 1], material={"color": "red"})
        h.app.scene.set @ Scene(red)
        await h.open()
        default = box_width(await h.grab())
        # PerspectiveCamera is a virtual camera: it never becomes the view.
        h.app.scene.upsert @ {"tag": "PerspectiveCamera", "key": "virt", "makeDefault": True, "position": [2.5, 1.5, 2], "fov": 30}
        await h.ready()
        assert abs(box_width(await h.grab()) - default) <= 2
        # SceneCamera sets the view: closer, so bigger; lookAt honoured.
        h.app.scene.upsert @ {"tag": "SceneCamera", "key": "cam", "position": [0, 0, 2.5], "lookAt": [0, 0, 0], "fov": 75}
        await h.ready()
        near = box_width(await h.grab())
        assert near > 1.5 * default
        # SimplePerspectiveCamera sets it too.
        h.app.scene.remove @ "cam"
        h.app.scene.upsert @ {"tag": "SimplePerspectiveCamera", "key": "spc", "makeDefault": True, "position": [0, 0, 10], "fov": 75}
        await h.ready()
        far = box_width(await h.grab())
        assert far < 0.7 * default
        # camPosition/camTarget in the page URL win over the scene's cameras.
        await h.page.goto(f"{h.app.url}/?camPosition=0,0,2.5&camTarget=0,0,0&hideUI=true")
        await h.event("SCENE_READY")
        assert abs(box_width(await h.grab()) - near) <= 3
        assert not await h.page.is_visible("#vuer-status")
