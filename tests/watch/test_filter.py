"""What the watcher looks at: the filter (editor droppings out), and the folders it follows."""

from __future__ import annotations

from pathlib import Path

import pytest
from watchfiles import Change

from vuer_cli.runner import ChangeFilter, is_editor_droppings

from .conftest import Reloads, frames_until_fence, save, watched


@pytest.mark.parametrize(
    "name",
    [
        ".s.yaml.swp", ".s.yaml.swo", ".s.yaml.swx", "s.yaml~", "4913", ".#s.yaml", "#s.yaml#", "s.yaml.tmp",
        "s.yaml___jb_tmp___", "s.yaml___jb_old___", "s.yaml.kate-swp", ".DS_Store", "__pycache__/h.cpython-311.pyc",
        ".git/index", "sub/__pycache__/x.py",
    ],
)
def test_editor_droppings_are_ignored(name):
    path = Path("/w/scenes") / name
    assert is_editor_droppings(path)
    assert not ChangeFilter(lambda p: True)(Change.modified, str(path))


@pytest.mark.parametrize("name", ["s.yaml", "s.yml", "s.json", "h.py", "mesh.stl", "points.npy", "swp.yaml", "a~b.yaml", "#notes.yaml"])
def test_ordinary_files_go_to_the_scenes_own_test(name):
    path = Path("/w/scenes") / name
    assert not is_editor_droppings(path)
    assert ChangeFilter(lambda p: True)(Change.added, str(path))
    assert not ChangeFilter(lambda p: False)(Change.added, str(path))


async def test_the_watch_follows_the_scene_into_a_new_folder(folder, connect):
    (folder / "extra").mkdir()
    save(folder / "extra" / "m.stl", "solid a\nendsolid a\n")
    path = save(folder / "s.yaml", "scene:\n  - Box: {key: b}\n")
    async with watched(path) as runner:
        assert runner.watcher.watched == {folder.resolve()}
        reloads = Reloads(runner.live)
        client = await connect(runner.app)
        await client.recv("SET")
        assert not runner.live.wants((folder / "extra" / "m.stl").resolve())
        save(path, "scene:\n  - Box: {key: b}\n  - Stl: {key: m, src: extra/m.stl}\n")
        assert (await reloads.next()).added == 1
        await frames_until_fence(client, runner.app.scene)
        assert runner.live.wants((folder / "extra" / "m.stl").resolve())
        # The watch restarts on the new set of folders; the mesh's edit is then seen.
        await _until(lambda: runner.watcher.watched == {folder.resolve(), (folder / "extra").resolve()})
        save(folder / "extra" / "m.stl", "solid b\nendsolid b\n")
        assert (await reloads.next()).updated == 1
        (update,) = await frames_until_fence(client, runner.app.scene)
        assert update["data"]["nodes"][0]["key"] == "m" and set(update["data"]["nodes"][0]) == {"key", "tag", "src"}


async def _until(predicate, timeout: float = 5.0):
    from ..conftest import wait_until

    await wait_until(predicate, timeout=timeout, what="the watch to restart")
