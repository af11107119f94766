"""The scene ops as a person sees them: SET, UPDATE, ADD, UPSERT, REMOVE, unknown tags, errors."""

from __future__ import annotations

import pytest

from vuer_cli.schema import Box, Scene, Sphere, VuerGroup

from .conftest import HEIGHT, WIDTH, dominant, project, window

pytestmark = pytest.mark.browser

CENTER = (WIDTH // 2, HEIGHT // 2)


def red_box(**kw):
    return Box(key="box", args=[1, 1, 1], material={"color": "red"}, **kw)


async def test_red_box_fills_the_centre_and_init_says_who(served):
    async with served() as h:
        h.app.scene.set @ Scene(red_box())
        ready = await h.open()
        assert ready.value == {"nodes": 1, "pending": 0, "failed": []}
        assert isinstance(ready.ts, float)
        info = h.session.info
        assert info["client"] == "browser" and info["pkg"] == "vuer-cli"
        for field in ("pkgVersion", "userAgent", "screenWidth", "screenHeight", "devicePixelRatio", "timezone", "timezoneOffset"):
            assert field in info
        img = await h.grab()
        assert img.shape == (HEIGHT, WIDTH, 3)
        centre = window(img, *CENTER, r=10)
        assert dominant(centre, 0).all(), "the centre should be red"
        # A unit box 4.5 units away: about 69 px square, 1.6 % of the picture (upstream: 1.6 %).
        red = dominant(img, 0)
        assert 0.012 < red.mean() < 0.025
        assert not red[:40].any() and not red[-40:].any()
        # The status indicator says connected.
        assert await h.page.get_attribute("#vuer-status", "data-state") == "connected"


async def test_set_root_must_be_a_scene(served):
    async with served() as h:
        h.app.scene.set @ Scene(red_box())
        await h.open()
        # Past the server's own check: a raw frame straight to the client.
        bad = {"etype": "SET", "data": {"tag": "Box", "key": "b2", "args": [3, 3, 3]}}
        h.session.push(bad, _raw(bad), scene_op=False)
        await h.page.wait_for_function("() => window.__vuer.debug.received >= 2")
        assert any("must be a <Scene/>" in line for line in h.page.console_lines)
        img = await h.grab()
        assert dominant(window(img, *CENTER), 0).all()


def _raw(obj):
    import msgpack

    return msgpack.packb(obj, use_bin_type=True)


async def test_update_merges_and_strict_replaces(served):
    async with served() as h:
        h.app.scene.set @ Scene(red_box())
        await h.open()
        h.app.scene.update @ {"key": "box", "material": {"color": "blue"}}
        await h.ready()
        h.app.scene.update @ {"key": "box", "position": [1.5, 0, 0]}
        await h.ready()
        img = await h.grab()
        assert dominant(window(img, *project(1.5, 0)), 2).all(), "moved and still blue"
        assert not dominant(window(img, *CENTER), 2).any()
        # A missing key does nothing.
        h.app.scene.update @ {"key": "nope", "tag": "Box", "material": {"color": "magenta"}}
        await h.ready()
        # strict: props replaced, so position and material fall back to defaults (white, origin).
        h.app.scene.update(Box(key="box", args=[1, 1, 1]), strict=True)
        await h.ready()
        img = await h.grab()
        c = window(img, *CENTER)
        assert (c.min(axis=1) > 100).all(), "white-ish box back at the origin"
        assert not dominant(window(img, *project(1.5, 0)), 2).any()


async def test_add_upsert_remove_and_no_double_draw(served):
    async with served() as h:
        h.app.scene.set @ Scene(VuerGroup(key="grp", position=[-1.5, 0, 0]))
        await h.open()
        h.app.scene.add(Sphere(key="ball", args=[0.4, 16, 16], material={"color": "lime"}), to="grp")
        await h.ready()
        img = await h.grab()
        assert dominant(window(img, *project(-1.5, 0)), 1).all(), "sphere drawn inside the group"
        # ADD of an existing key replaces it: one ball, now at the root on the right.
        h.app.scene.add @ Sphere(key="ball", args=[0.4, 16, 16], position=[1.5, 0, 0], material={"color": "lime"})
        await h.ready()
        img = await h.grab()
        assert dominant(window(img, *project(1.5, 0)), 1).all()
        assert not dominant(window(img, *project(-1.5, 0)), 1).any(), "a key is never drawn twice"
        # UPSERT merges into an existing key, inserts a new one under `to`.
        h.app.scene.upsert @ {"key": "ball", "tag": "Sphere", "material": {"color": "blue"}}
        h.app.scene.upsert(Box(key="cube", args=[0.5, 0.5, 0.5], material={"color": "red"}), to="grp")
        await h.ready()
        img = await h.grab()
        assert dominant(window(img, *project(1.5, 0)), 2).all()
        assert dominant(window(img, *project(-1.5, 0)), 0).all()
        # REMOVE of the group removes its child; a missing key is a no-op.
        h.app.scene.remove @ ["grp", "missing"]
        await h.page.wait_for_function("() => !window.__vuer.has('cube')")
        img = await h.grab()
        assert not dominant(window(img, *project(-1.5, 0)), 0).any()
        assert dominant(window(img, *project(1.5, 0)), 2).all()


async def test_unknown_tag_warns_and_the_rest_renders(served):
    async with served() as h:
        h.app.scene.set @ Scene(red_box(), {"tag": "NoSuchTag", "key": "mystery", "args": [1]})
        await h.open()
        entries = await h.overlay()
        assert any("unknown tag NoSuchTag (key mystery)" in e for e in entries)
        assert any("unknown tag NoSuchTag" in line for line in h.page.console_lines)
        assert await h.page.is_visible("#vuer-overlay")
        img = await h.grab()
        assert dominant(window(img, *CENTER), 0).all()
        # XR pieces of upstream's default staging render nothing, without a warning.
        h.app.scene.upsert @ [{"tag": "Hands", "key": "hands"}, {"tag": "GrabRender", "key": "DEFAULT"}]
        await h.ready()
        assert len(await h.overlay()) == 1
        h.app.scene.remove @ "mystery"
        await h.page.wait_for_selector("#vuer-overlay", state="hidden")


async def test_error_overlay_shows_and_clears(served):
    async with served() as h:
        h.app.scene.set @ Scene(red_box())
        await h.open()
        assert not await h.page.is_visible("#vuer-overlay")
        h.app.scene.show_error("e1", "scene.yaml:3:5: bad colour", "expected a colour, got 12")
        h.app.scene.show_error("e2", "another problem")
        await h.page.wait_for_function("() => window.__vuer.overlay().length === 2")
        text = await h.page.inner_text("#vuer-overlay")
        assert "scene.yaml:3:5: bad colour" in text and "expected a colour, got 12" in text
        # Same id replaces the entry.
        h.app.scene.show_error("e1", "fixed message")
        await h.page.wait_for_function("() => document.querySelector('#vuer-overlay').innerText.includes('fixed message')")
        assert len(await h.overlay()) == 2
        h.app.scene.clear_error("e1")
        await h.page.wait_for_function("() => window.__vuer.overlay().length === 1")
        h.app.scene.clear_error("*")
        await h.page.wait_for_selector("#vuer-overlay", state="hidden")
        shot = await h.screenshot()
        assert dominant(window(shot, *CENTER), 0).all()
