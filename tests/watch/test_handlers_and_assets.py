"""Edits that are not the scene file: handler modules (the next event runs the new code) and
assets (a .npy sends one UPDATE of just its element's arrays; a mesh changes just its URL)."""

from __future__ import annotations

import numpy as np

from .conftest import Reloads, frames_until_fence, save, watched

CLICK = {"etype": "ON_CLICK", "ts": 1.0, "value": {"key": "box"}}


async def test_a_handler_edit_changes_what_the_next_event_does(folder, connect):
    save(
        folder / "h.py",
        """\
        from vuer_cli.schema import Box

        def on_click(event, session):
            session.shared.upsert @ Box(key="box", material={"color": "red"})
        """,
    )
    path = save(folder / "s.yaml", "scene:\n  - Box: {key: box}\nhandlers:\n  ON_CLICK: h.py:on_click\n")
    async with watched(path) as runner:
        reloads = Reloads(runner.live)
        client = await connect(runner.app)
        await client.recv("SET")
        await client.send(CLICK)
        assert (await client.recv("UPSERT"))["data"]["nodes"][0]["material"] == {"color": "red"}

        save(folder / "h.py", (folder / "h.py").read_text().replace('"red"', '"blue"'))
        assert await reloads.next() is not None
        # A reload makes the shared scene the file's again: the click's colour is undone.
        assert await frames_until_fence(client, runner.app.scene) == [
            {"etype": "UPDATE", "strict": True, "data": {"nodes": [{"key": "box", "tag": "Box"}]}}
        ]
        await client.send(CLICK)
        assert (await client.recv("UPSERT"))["data"]["nodes"][0]["material"] == {"color": "blue"}
        assert len(runner.app.handlers["ON_CLICK"]) == 1, "the old function was swapped out, not added to"


async def test_a_neighbour_module_of_a_handler_is_watched_too(folder, connect):
    save(folder / "palette.py", "COLOR = 'red'\n")
    save(
        folder / "h.py",
        """\
        import palette
        from vuer_cli.schema import Box

        def on_click(event, session):
            session.shared.upsert @ Box(key="box", material={"color": palette.COLOR})
        """,
    )
    path = save(folder / "s.yaml", "scene:\n  - Box: {key: box}\nhandlers:\n  ON_CLICK: h.py:on_click\n")
    async with watched(path) as runner:
        assert (folder / "palette.py").resolve() in runner.live.files
        reloads = Reloads(runner.live)
        client = await connect(runner.app)
        await client.recv("SET")
        save(folder / "palette.py", "COLOR = 'green'\n")
        assert await reloads.next() is not None
        await client.send(CLICK)
        assert (await client.recv("UPSERT"))["data"]["nodes"][0]["material"] == {"color": "green"}


async def test_an_npy_edit_sends_one_update_of_just_that_elements_arrays(folder, connect):
    rng = np.random.default_rng(0)
    np.save(folder / "points.npy", rng.random((100, 3), dtype=np.float32))
    np.save(folder / "colors.npy", rng.random((100, 3), dtype=np.float32))
    path = save(
        folder / "s.yaml",
        """\
        scene:
          - Box: {key: box}
          - PointCloud: {key: pc, vertices: points.npy, colors: colors.npy, size: 0.05}
        """,
    )
    async with watched(path) as runner:
        reloads = Reloads(runner.live)
        client = await connect(runner.app)
        pc = next(c for c in (await client.recv("SET"))["data"]["children"] if c["key"] == "pc")
        new = rng.random((120, 3), dtype=np.float32)
        np.save(folder / "points.npy", new)
        report = await reloads.next()
        assert (report.updated, report.added, report.removed) == (1, 0, 0)
        frames = await frames_until_fence(client, runner.app.scene)
        assert len(frames) == 1 and frames[0]["etype"] == "UPDATE"
        (node,) = frames[0]["data"]["nodes"]
        assert set(node) == {"key", "tag", "vertices"} and node["key"] == "pc"
        assert np.array_equal(np.frombuffer(node["vertices"], "<f2").reshape(-1, 3), new.astype(np.float16))
        assert node["vertices"] != pc["vertices"]


async def test_a_mesh_edit_changes_just_its_url_and_the_new_url_serves_the_new_file(folder, connect, http):
    (folder / "robot").mkdir()
    save(folder / "robot" / "part.stl", "solid a\nendsolid a\n")
    save(folder / "robot" / "arm.urdf", '<robot name="r"><link name="l"><visual><geometry><mesh filename="part.stl"/></geometry></visual></link></robot>\n')
    save(folder / "other.stl", "solid o\nendsolid o\n")
    path = save(folder / "s.yaml", "scene:\n  - Urdf: {key: arm, src: robot/arm.urdf}\n  - Stl: {key: other, src: other.stl}\n")
    async with watched(path) as runner:
        reloads = Reloads(runner.live)
        client = await connect(runner.app)
        before = {c["key"]: c["src"] for c in (await client.recv("SET"))["data"]["children"]}
        # The URDF's mesh is edited: the URDF's URL changes (the client loads it, and its meshes, again).
        save(folder / "robot" / "part.stl", "solid b\nendsolid b\n")
        await reloads.next()
        (update,) = await frames_until_fence(client, runner.app.scene)
        assert update["etype"] == "UPDATE"
        (node,) = update["data"]["nodes"]
        assert set(node) == {"key", "tag", "src"} and node["key"] == "arm" and node["src"] != before["arm"]
        assert node["src"].split("?")[0] == before["arm"].split("?")[0]
        async with http.get(f"http://127.0.0.1:{runner.app.port}{node['src']}") as r:
            assert r.status == 200 and r.headers["Cache-Control"] == "no-cache"
        async with http.get(f"http://127.0.0.1:{runner.app.port}/scene-assets/scene/robot/part.stl") as r:
            assert await r.text() == "solid b\nendsolid b\n"
