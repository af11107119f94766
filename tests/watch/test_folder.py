"""``vuer watch DIR`` (FolderRunner): every scene file in a folder at /?scene=NAME, an index at
/ kept current by server-sent events, files that come and go."""

from __future__ import annotations

import asyncio
import json

import pytest

from vuer_cli.runner import FolderRunner

from .conftest import Reloads, frames_until_fence, save, watched_folder

A = "scene:\n  - Box: {key: a, material: {color: red}}\n"
B = "scene:\n  - Sphere: {key: b}\n"


class Listing:
    """The index's event stream (/scenes/events), read as the index page reads it."""

    def __init__(self, response):
        self.response = response

    async def next(self, where=lambda listing: True, timeout: float = 5.0) -> dict:
        async with asyncio.timeout(timeout):
            while True:
                line = (await self.response.content.readline()).decode()
                if not line:
                    raise ConnectionError("the event stream ended")
                if line.startswith("data: "):
                    listing = json.loads(line[6:])
                    if where(listing):
                        return listing


def names(listing) -> list[str]:
    return [s["name"] for s in listing["scenes"]]


async def test_index_scenes_and_clients_of_each(folder, connect, http):
    save(folder / "a.yaml", A)
    save(folder / "b.yml", B)
    save(folder / "a.json", json.dumps({"scene": [{"tag": "Cone", "key": "c"}]}))  # same stem
    save(folder / "package.json", json.dumps({"name": "not a scene"}))
    save(folder / "notes.txt", "not a scene file")
    async with watched_folder(folder) as runner:
        base = f"http://127.0.0.1:{runner.app.port}"
        async with http.get(base + "/scenes.json") as r:
            listing = await r.json()
        assert names(listing) == ["a", "a.json", "b"]
        assert [s["file"] for s in listing["scenes"]] == ["a.yaml", "a.json", "b.yml"]
        assert [s["file"] for s in listing["skipped"]] == ["package.json"]
        assert "unknown top-level key 'name'" in listing["skipped"][0]["error"]

        async with http.get(base + "/") as r:  # the index
            page = await r.text()
            assert r.status == 200 and "vuer watch" in page and "/scenes/events" in page
        async with http.get(base + "/?scene=a") as r:  # the client, for that scene
            assert 'id="vuer-canvas"' in await r.text()
        async with http.get(base + "/?scene=nope") as r:  # no such scene: the index says so
            assert "/scenes/events" in await r.text()

        a = await connect(runner.app, query="?scene=a")
        b = await connect(runner.app, query="?scene=b")
        a2 = await connect(runner.app, query="?scene=a.json")
        assert [c["key"] for c in (await a.recv("SET"))["data"]["children"]] == ["a"]
        assert [c["key"] for c in (await b.recv("SET"))["data"]["children"]] == ["b"]
        assert [c["key"] for c in (await a2.recv("SET"))["data"]["children"]] == ["c"]
        assert runner.app.scenes["a"] is runner.scenes["a"].shared

        # An edit of a.yaml reaches a's clients only.
        reloads = Reloads(runner.scenes["a"])
        save(folder / "a.yaml", A.replace("red", "blue"))
        await reloads.next()
        assert await frames_until_fence(a, runner.app.scenes["a"]) == [
            {"etype": "UPDATE", "strict": False, "data": {"nodes": [{"key": "a", "tag": "Box", "material": {"color": "blue"}}]}}
        ]
        assert await frames_until_fence(b, runner.app.scenes["b"]) == []
        assert await frames_until_fence(a2, runner.app.scenes["a.json"]) == []


async def test_new_and_deleted_files(folder, connect, http):
    save(folder / "a.yaml", A)
    save(folder / "b.yaml", B)
    async with watched_folder(folder) as runner:
        base = f"http://127.0.0.1:{runner.app.port}"
        async with http.get(base + "/scenes/events") as r:
            assert r.headers["Content-Type"] == "text/event-stream"
            events = Listing(r)
            assert names(await events.next()) == ["a", "b"]

            # A new file appears in the index, and its clients get it.
            save(folder / "c.yaml", "scene:\n  - Cone: {key: c}\n")
            assert names(await events.next()) == ["a", "b", "c"]
            c = await connect(runner.app, query="?scene=c")
            assert [n["key"] for n in (await c.recv("SET"))["data"]["children"]] == ["c"]

            # A deleted file leaves the index; its clients are told, and keep what they see.
            b = await connect(runner.app, query="?scene=b")
            await b.recv("SET")
            (folder / "b.yaml").unlink()
            assert names(await events.next()) == ["a", "c"]
            error = await b.recv("ERROR")
            assert error["data"]["id"] == "scene-file" and error["data"]["message"] == "scene file deleted: b.yaml"
            assert not b.ws.closed and "b" in runner.app.scenes["b"].store

            # It comes back (an editor's delete-and-create, a git checkout): its clients recover.
            save(folder / "b.yaml", B.replace("{key: b}", "{key: b, args: [2]}"))
            assert names(await events.next()) == ["a", "b", "c"]
            assert await frames_until_fence(b, runner.app.scenes["b"]) == [
                {"etype": "UPDATE", "strict": False, "data": {"nodes": [{"key": "b", "tag": "Sphere", "args": [2]}]}},
                {"etype": "ERROR_CLEAR", "data": {"id": "scene-file"}},
            ]

            # A new file that does not load is listed as not loaded, with its error; fixed, it is served.
            save(folder / "d.yaml", "scene:\n  - Box: {key: d\n")
            listing = await events.next()
            assert names(listing) == ["a", "b", "c"] and listing["skipped"][0]["file"] == "d.yaml"
            assert "d.yaml:3:1: YAML syntax error" in listing["skipped"][0]["error"]
            save(folder / "d.yaml", "scene:\n  - Box: {key: d}\n")
            listing = await events.next()
            assert names(listing) == ["a", "b", "c", "d"] and listing["skipped"] == []

            # A broken save of a served scene shows in the index too.
            save(folder / "a.yaml", "scene:\n  - Bx: {key: a}\n")
            listing = await events.next()
            assert "unknown tag 'Bx'" in listing["scenes"][0]["error"]


async def test_handlers_answer_only_their_scenes_clients_and_assets_are_per_scene(folder, connect, http):
    save(folder / "h.py", "from vuer_cli.schema import Box\n\ndef hit(event, session):\n    session.shared.upsert @ Box(key='a', position=[0, 1, 0])\n")
    save(folder / "m.stl", "solid m\nendsolid m\n")
    save(folder / "a.yaml", A + "  - Stl: {key: m, src: m.stl}\nhandlers:\n  ON_CLICK: h.py:hit\n")
    save(folder / "b.yaml", B)
    async with watched_folder(folder) as runner:
        a = await connect(runner.app, query="?scene=a")
        b = await connect(runner.app, query="?scene=b")
        src = next(n for n in (await a.recv("SET"))["data"]["children"] if n["key"] == "m")["src"]
        await b.recv("SET")
        assert src.startswith("/scene-assets/a/scene/m.stl?v=")
        async with http.get(f"http://127.0.0.1:{runner.app.port}{src}") as r:
            assert r.status == 200 and await r.text() == "solid m\nendsolid m\n"
        (folder.parent / "secret.txt").write_text("outside")
        for url in ("/scene-assets/nope/scene/m.stl", "/scene-assets/a/nope/m.stl", "/scene-assets/a/scene/%2e%2e/secret.txt"):
            async with http.get(f"http://127.0.0.1:{runner.app.port}{url}") as r:
                assert r.status == 404, url

        await b.send({"etype": "ON_CLICK", "ts": 1.0, "value": {"key": "b"}})
        assert await frames_until_fence(b, runner.app.scenes["b"]) == []
        await a.send({"etype": "ON_CLICK", "ts": 1.0, "value": {"key": "a"}})
        assert (await a.recv("UPSERT"))["data"]["nodes"] == [{"key": "a", "tag": "Box", "position": [0, 1, 0]}]
        assert "a" not in runner.app.scenes["b"].store


async def test_editor_droppings_named_like_scenes_are_not_scenes(folder, http):
    save(folder / "a.yaml", A)
    async with watched_folder(folder) as runner:
        async with http.get(f"http://127.0.0.1:{runner.app.port}/scenes/events") as r:
            events = Listing(r)
            first = await events.next()
            (folder / ".#a.yaml").write_text(A)  # emacs's lock (a symlink, usually)
            (folder / ".a.yaml").write_text(A)  # hidden
            (folder / "a.yaml.swp").write_text(A)
            (folder / "a.yaml~").write_text(A)
            (folder / "x.yaml___jb_tmp___").write_text(A)
            (folder / "4913").write_text("")
            # Nothing may come of those: 0.3 s is 30 of watchfiles' looks.
            with pytest.raises(TimeoutError):
                await events.next(timeout=0.3)
            save(folder / "b.yaml", B)
            assert names(await events.next()) == names(first) + ["b"]
        assert set(runner.scenes) == {"a", "b"} and runner.skipped == {}


def test_a_folder_that_is_not_one_is_refused(tmp_path):
    with pytest.raises(NotADirectoryError):
        FolderRunner(tmp_path / "missing")
