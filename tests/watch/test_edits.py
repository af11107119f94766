"""Each kind of edit to a watched scene file goes out as the minimal events, on the wire."""

from __future__ import annotations

import logging
import re

import pytest

from vuer_cli.loader import load_scene

from .conftest import Reloads, frames_until_fence, save, save_by_rename, watched

BASE = """\
scene:
  children:
    - Box: {key: a, args: [1, 1, 1], material: {color: red}}
    - VuerGroup:
        key: g
        children:
          - Box: {key: b}
          - Sphere: {key: c, args: [0.5]}
    - Box: {key: d, position: [2, 0, 0]}
"""


def edit(old: str, new: str) -> str:
    assert old in BASE, old
    return BASE.replace(old, new)


EDITS = {
    "change a prop": (
        edit("color: red", "color: blue"),
        [{"etype": "UPDATE", "strict": False, "data": {"nodes": [{"key": "a", "tag": "Box", "material": {"color": "blue"}}]}}],
    ),
    "add an element": (
        BASE + "    - Cone: {key: e, args: [0.5, 1]}\n",
        [{"etype": "UPSERT", "data": {"nodes": [{"key": "e", "tag": "Cone", "args": [0.5, 1]}], "to": None}}],
    ),
    "add into a group": (
        edit("          - Box: {key: b}\n", "          - Box: {key: b}\n          - Box: {key: f, position: [0, 1, 0]}\n"),
        [{"etype": "UPSERT", "data": {"nodes": [{"key": "f", "tag": "Box", "position": [0, 1, 0]}], "to": "g"}}],
    ),
    "remove an element": (
        edit("    - Box: {key: d, position: [2, 0, 0]}\n", ""),
        [{"etype": "REMOVE", "data": {"keys": ["d"]}}],
    ),
    "remove a group": (
        edit("    - VuerGroup:\n        key: g\n        children:\n          - Box: {key: b}\n          - Sphere: {key: c, args: [0.5]}\n", ""),
        [{"etype": "REMOVE", "data": {"keys": ["g"]}}],
    ),
    "reparent": (
        edit("          - Sphere: {key: c, args: [0.5]}\n", "") + "    - Sphere: {key: c, args: [0.5]}\n",
        [
            {"etype": "REMOVE", "data": {"keys": ["c"]}},
            {"etype": "UPSERT", "data": {"nodes": [{"key": "c", "tag": "Sphere", "args": [0.5]}], "to": None}},
        ],
    ),
    "rename a key": (
        edit("key: d,", "key: d2,"),
        [
            {"etype": "REMOVE", "data": {"keys": ["d"]}},
            {"etype": "UPSERT", "data": {"nodes": [{"key": "d2", "tag": "Box", "position": [2, 0, 0]}], "to": None}},
        ],
    ),
    "delete a prop": (
        edit("{key: d, position: [2, 0, 0]}", "{key: d}"),
        [{"etype": "UPDATE", "strict": True, "data": {"nodes": [{"key": "d", "tag": "Box"}]}}],
    ),
    "change the Scene's props": (
        edit("scene:\n", "scene:\n  up: [0, 0, 1]\n"),
        "SET",
    ),
    "move and reorder only": (  # sibling order does not change what a 3D scene shows
        edit("    - Box: {key: d, position: [2, 0, 0]}\n", "").replace("  children:\n", "  children:\n    - Box: {key: d, position: [2, 0, 0]}\n", 1),
        [],
    ),
}


@pytest.mark.parametrize("kind", EDITS)
async def test_an_edit_sends_the_minimal_events_and_late_joiners_agree(kind, folder, connect):
    text, expected = EDITS[kind]
    path = save(folder / "s.yaml", BASE)
    async with watched(path) as runner:
        reloads = Reloads(runner.live)
        client = await connect(runner.app)
        first = await client.recv("SET")
        assert {c["key"] for c in first["data"]["children"]} == {"a", "g", "d"}

        save(path, text)
        report = await reloads.next()
        frames = await frames_until_fence(client, runner.app.scene)
        if expected == "SET":
            assert [f["etype"] for f in frames] == ["SET"] and report.replaced
            assert frames[0]["data"]["up"] == [0, 0, 1]
        else:
            assert frames == expected
            assert not report.replaced

        # The shared scene holds the new file's scene: a late joiner gets exactly that.
        late = await connect(runner.app)
        assert _canon((await late.recv("SET"))["data"]) == _canon(load_scene(path).serialized())


def _canon(node):
    """A scene map with sibling order ignored (the diff does not send order)."""
    node = {k: v for k, v in node.items()}
    for field in ("children", "bgChildren", "htmlChildren", "rawChildren"):
        if isinstance(node.get(field), list):
            node[field] = sorted((_canon(c) for c in node[field]), key=lambda c: c["key"])
    return node


async def test_one_info_line_per_reload_with_details_at_debug(folder, connect, caplog):
    path = save(folder / "s.yaml", BASE)
    caplog.set_level(logging.DEBUG, logger="vuer_cli.runner")
    async with watched(path) as runner:
        reloads = Reloads(runner.live)
        save(path, edit("color: red", "color: blue") + "    - Cone: {key: e}\n    - Cone: {key: h}\n")
        await reloads.next()
    infos = [r.getMessage() for r in caplog.records if r.levelno == logging.INFO and r.name == "vuer_cli.runner.live"]
    assert len(infos) == 1 and re.fullmatch(r"reloaded .*s\.yaml: 1 updated, 2 added, 0 removed in \d+ ms", infos[0]), infos
    debug = [r.getMessage() for r in caplog.records if r.levelno == logging.DEBUG and r.name == "vuer_cli.runner.live"]
    assert "  UPDATE a (material)" in debug and "  UPSERT e; h" in debug, debug


async def test_a_broken_save_keeps_the_scene_and_reports_then_a_good_save_recovers(folder, connect, caplog):
    (folder / "h.py").write_text("def on_click(event, session):\n    pass\n")
    good = BASE + "handlers:\n  ON_CLICK: h.py:on_click\n"
    path = save(folder / "s.yaml", good)
    async with watched(path) as runner:
        reloads = Reloads(runner.live)
        client = await connect(runner.app)
        await client.recv("SET")

        # YAML syntax: the error names file:line:col, every client shows it, the scene stays.
        save(path, good.replace("args: [1, 1, 1]", "args: [1, 1, 1"))
        assert await reloads.next() is None
        frames = await frames_until_fence(client, runner.app.scene)
        assert [f["etype"] for f in frames] == ["ERROR"]
        assert frames[0]["data"]["id"] == "scene-file"
        assert re.search(r"s\.yaml:3:\d+: YAML syntax error", frames[0]["data"]["message"]), frames[0]
        assert any(r.levelno == logging.ERROR and "s.yaml:3:" in r.getMessage() for r in caplog.records)
        assert "a" in runner.app.scene.store and len(runner.app.handlers["ON_CLICK"]) == 1

        # A validation error replaces the message; a late joiner gets the last good scene and it.
        save(path, good.replace("Sphere:", "Spere:"))
        assert await reloads.next() is None
        frames = await frames_until_fence(client, runner.app.scene)
        assert [f["etype"] for f in frames] == ["ERROR"]
        assert frames[0]["data"]["message"].endswith("s.yaml:8:13: scene.children[1].children[1]: unknown tag 'Spere' (did you mean 'Sphere'?)")
        late = await connect(runner.app)
        assert {c["key"] for c in (await late.recv("SET"))["data"]["children"]} == {"a", "g", "d"}
        assert (await late.recv("ERROR"))["data"]["message"] == frames[0]["data"]["message"]

        # A handler module that fails to import: the handler file's line, the old handler stays.
        (folder / "h.py").write_text("import math\n\nx = 1 / 0\n\ndef on_click(event, session):\n    pass\n")
        assert await reloads.next() is None  # (the scene file is still bad, so it is that error)
        save(path, good.replace("color: red", "color: green"))
        assert await reloads.next() is None
        frames = await frames_until_fence(client, runner.app.scene)
        message = frames[-1]["data"]["message"]
        assert "handlers.ON_CLICK: cannot import h.py: ZeroDivisionError: division by zero (h.py:3)" in message
        assert re.search(r"s\.yaml:\d+:\d+: ", message)
        assert len(runner.app.handlers["ON_CLICK"]) == 1

        # Fixed: the change goes out as the diff against the last good scene, and the error clears.
        (folder / "h.py").write_text("def on_click(event, session):\n    pass\n")
        report = await reloads.next()
        assert report is not None
        frames = await frames_until_fence(client, runner.app.scene)
        assert frames == [
            {"etype": "UPDATE", "strict": False, "data": {"nodes": [{"key": "a", "tag": "Box", "material": {"color": "green"}}]}},
            {"etype": "ERROR_CLEAR", "data": {"id": "scene-file"}},
        ]
        late = await connect(runner.app)
        await late.recv("SET")
        assert [f["etype"] for f in await frames_until_fence(late, runner.app.scene)] == []  # no stale error


async def test_saving_by_rename_and_a_burst_of_saves_give_one_reload_each(folder, connect):
    path = save(folder / "s.yaml", BASE)
    async with watched(path) as runner:
        reloads = Reloads(runner.live)
        client = await connect(runner.app)
        await client.recv("SET")

        save_by_rename(path, edit("color: red", "color: blue"))
        await reloads.next()
        assert [f["etype"] for f in await frames_until_fence(client, runner.app.scene)] == ["UPDATE"]

        for color in ("c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "last"):
            save(path, edit("color: red", f"color: {color}"))
        report = await reloads.next()
        assert reloads.count == 2
        frames = await frames_until_fence(client, runner.app.scene)
        assert [f["data"]["nodes"][0]["material"] for f in frames] == [{"color": "last"}]
        assert report.updated == 1

        # Then one more save: if the burst had been split, its rest would have come first.
        save(path, edit("color: red", "color: after"))
        await reloads.next()
        assert reloads.count == 3
        assert [f["data"]["nodes"][0]["material"] for f in await frames_until_fence(client, runner.app.scene)] == [{"color": "after"}]


async def test_editor_droppings_and_unrelated_files_do_not_reload(folder, connect):
    path = save(folder / "s.yaml", BASE)
    async with watched(path) as runner:
        reloads = Reloads(runner.live)
        client = await connect(runner.app)
        await client.recv("SET")
        (folder / ".s.yaml.swp").write_bytes(b"vim swap")
        (folder / "s.yaml~").write_text(BASE)
        (folder / "4913").write_text("")
        (folder / ".#s.yaml").write_text("emacs lock")
        (folder / "#s.yaml#").write_text("emacs autosave")
        (folder / "s.yaml___jb_tmp___").write_text("jetbrains")
        (folder / "__pycache__").mkdir()
        (folder / "__pycache__" / "h.cpython-311.pyc").write_bytes(b"\0")
        (folder / "notes.txt").write_text("not a dependency")
        # Nothing may come of those: 0.3 s is 30 of watchfiles' looks (a reload would be in 20 ms).
        with pytest.raises(TimeoutError):
            await reloads.next(timeout=0.3)
        save(path, edit("color: red", "color: blue"))
        report = await reloads.next()
        assert reloads.count == 1 and report.updated == 1
        assert [f["etype"] for f in await frames_until_fence(client, runner.app.scene)] == ["UPDATE"]


async def test_a_deleted_scene_file_is_reported_and_its_return_recovers(folder, connect):
    path = save(folder / "s.yaml", BASE)
    async with watched(path) as runner:
        reloads = Reloads(runner.live)
        client = await connect(runner.app)
        await client.recv("SET")
        path.unlink()
        assert await reloads.next() is None
        frames = await frames_until_fence(client, runner.app.scene)
        assert [f["etype"] for f in frames] == ["ERROR"] and "no such scene file" in frames[0]["data"]["message"]
        save(path, BASE)
        assert await reloads.next() is not None
        assert await frames_until_fence(client, runner.app.scene) == [{"etype": "ERROR_CLEAR", "data": {"id": "scene-file"}}]


async def test_a_missing_mesh_that_appears_fixes_the_scene(folder, connect):
    """While the file is bad, any change near it is tried: here the file it lacked appears."""
    path = save(folder / "s.yaml", BASE)
    async with watched(path) as runner:
        reloads = Reloads(runner.live)
        client = await connect(runner.app)
        await client.recv("SET")
        save(path, BASE + "    - Stl: {key: m, src: parts/m.stl}\n")
        assert await reloads.next() is None
        assert "missing file 'parts/m.stl'" in (await frames_until_fence(client, runner.app.scene))[0]["data"]["message"]
        # A folder that did not exist: its creation is seen in the scene's folder, then the
        # watch takes it in and looks again (whichever comes first sees the file).
        (folder / "parts").mkdir()
        (folder / "parts" / "m.stl").write_text("solid m\nendsolid m\n")
        while (report := await reloads.next()) is None:
            pass
        assert report.added == 1
        frames = await frames_until_fence(client, runner.app.scene)
        assert [f["etype"] for f in frames if f["etype"] != "ERROR"] == ["UPSERT", "ERROR_CLEAR"]
        assert frames[0]["data"]["nodes"][0]["src"].startswith("/scene-assets/scene/parts/m.stl?v=")
