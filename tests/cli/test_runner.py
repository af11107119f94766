"""SceneRunner: a scene file served to real websocket clients; handlers; reload; settings."""

from __future__ import annotations

import asyncio
import textwrap
from contextlib import asynccontextmanager
from pathlib import Path

import pytest

from vuer_cli import Vuer
from vuer_cli.loader import SceneFileError
from vuer_cli.runner import SceneRunner, ServeOptions, vuer_settings

from ..conftest import wait_until

SCENES = Path(__file__).resolve().parents[2] / "scenes"


@asynccontextmanager
async def serving(path, **settings):
    runner = SceneRunner(path, app=Vuer(host="127.0.0.1", port=0, **settings))
    async with runner.app.serving():
        yield runner


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(textwrap.dedent(text))
    return path


async def test_every_client_gets_the_scene_as_one_set(connect):
    async with serving(SCENES / "hello.yaml") as runner:
        a = await connect(runner.app)
        b = await connect(runner.app)
        for client in (a, b):
            frame = await client.recv("SET")
            children = {c["key"]: c for c in frame["data"]["children"]}
            assert children["box"] == {"key": "box", "tag": "Box", "args": [1, 1, 1], "material": {"color": "red"}}
            assert frame["data"]["tag"] == "Scene" and frame["data"]["up"] == [0, 1, 0]


async def test_click_handler_changes_what_the_other_client_sees(connect):
    async with serving(SCENES / "interactive.yaml") as runner:
        clicker, watcher = await connect(runner.app), await connect(runner.app)
        await clicker.recv("SET")
        await watcher.recv("SET")
        await clicker.send({"etype": "ON_CLICK", "ts": 1.0, "value": {"key": "box"}})
        frame = await watcher.recv("UPSERT")
        assert frame["data"]["nodes"] == [{"key": "box", "tag": "Box", "material": {"color": "blue"}}]
        await clicker.send({"etype": "ON_CLICK", "ts": 2.0, "value": {"key": "box"}})
        assert (await watcher.recv("UPSERT"))["data"]["nodes"][0]["material"] == {"color": "red"}
        late = await connect(runner.app)
        box = next(c for c in (await late.recv("SET"))["data"]["children"] if c["key"] == "box")
        assert box["material"] == {"color": "red"} and box["args"] == [1.600000023841858] * 3


async def test_a_handler_that_raises_is_reported_and_serving_goes_on(tmp_path, connect, caplog):
    write(
        tmp_path,
        "h.py",
        """\
        from vuer_cli.schema import Box

        def broken(event, session):
            raise RuntimeError("kaboom " + event.value["key"])

        async def fine(event, session):
            session.shared.upsert @ Box(key="b", position=[0, 1, 0])
        """,
    )
    scene = write(
        tmp_path,
        "s.yaml",
        """\
        scene:
          - Box: {key: b}
        handlers:
          ON_CLICK: [h.py:broken, h.py:fine]
        """,
    )
    async with serving(scene) as runner:
        client = await connect(runner.app)
        await client.recv("SET")
        await client.send({"etype": "ON_CLICK", "ts": 1.0, "value": {"key": "b"}})
        error = await client.recv("ERROR")
        assert error["data"]["message"] == "handler h.py:broken for ON_CLICK raised RuntimeError: kaboom b"
        assert 'raise RuntimeError("kaboom " + event.value["key"])' in error["data"]["detail"]
        assert (await client.recv("UPSERT"))["data"]["nodes"][0]["position"] == [0, 1, 0]
        assert any(r.exc_info and "kaboom b" in str(r.exc_info[1]) for r in caplog.records)


async def test_reload_swaps_scene_and_handlers_and_keeps_the_last_good_scene(tmp_path, connect):
    write(tmp_path, "h.py", "def on_click(event, session):\n    session.shared.remove @ 'a'\n")
    scene = write(tmp_path, "s.yaml", "scene:\n  - Box: {key: a}\nhandlers:\n  ON_CLICK: h.py:on_click\n")
    async with serving(scene) as runner:
        client = await connect(runner.app)
        await client.recv("SET")
        assert len(runner.app.handlers["ON_CLICK"]) == 1

        # A good edit: new tree (sent as the difference: a renamed key is REMOVE + UPSERT), new
        # handler (the file is imported afresh).
        write(tmp_path, "h.py", "def moved(event, session):\n    session.shared.update @ {'tag': 'Box', 'key': 'b', 'position': [1, 2, 3]}\n")
        write(tmp_path, "s.yaml", "scene:\n  - Box: {key: b}\nhandlers:\n  ON_CLICK: h.py:moved\n")
        assert runner.reload() is not None
        assert (await client.recv())["data"] == {"keys": ["a"]}
        assert (await client.recv("UPSERT"))["data"] == {"nodes": [{"key": "b", "tag": "Box"}], "to": None}
        assert len(runner.app.handlers["ON_CLICK"]) == 1

        # A bad edit: the last good scene stays, every client is told, late joiners too.
        write(tmp_path, "s.yaml", "scene:\n  - Bxo: {key: c}\n")
        assert runner.reload() is None
        error = await client.recv("ERROR")
        assert error["data"]["id"] == "scene-file"
        assert error["data"]["message"].endswith("s.yaml:2:5: scene.children[0]: unknown tag 'Bxo' (did you mean 'Box'?)")
        assert "b" in runner.app.scene.store
        late = await connect(runner.app)
        assert [c["key"] for c in (await late.recv("SET"))["data"]["children"]] == ["b"]
        assert (await late.recv("ERROR"))["data"]["id"] == "scene-file"

        # Fixed again: the error goes away.
        write(tmp_path, "s.yaml", "scene:\n  - Box: {key: c}\n")
        assert runner.reload() is not None
        assert (await client.recv("REMOVE"))["data"] == {"keys": ["b"]}
        assert (await client.recv("UPSERT"))["data"]["nodes"][0]["key"] == "c"
        assert (await client.recv("ERROR_CLEAR"))["data"] == {"id": "scene-file"}
        assert "ON_CLICK" not in runner.app.handlers


def test_a_bad_scene_starts_nothing(tmp_path):
    scene = write(tmp_path, "s.yaml", "scene:\n  - Box: {position: up}\n")
    with pytest.raises(SceneFileError):
        SceneRunner(scene)


def test_settings_command_line_over_environment_over_file(tmp_path):
    scene = write(tmp_path, "s.yaml", "scene: {}\nserver: {host: 0.0.0.0, port: 9000, token: filetoken, queries: {hideUI: true}}\n")
    from vuer_cli.loader import load_scene

    loaded = load_scene(scene)
    assert vuer_settings(loaded, ServeOptions(), environ={}) == {
        "host": "0.0.0.0",
        "port": 9000,
        "token": "filetoken",
        "queries": {"hideUI": True},
    }
    # VUER_PORT beats the file: the file's port is left out, and Vuer reads the variable itself.
    assert "port" not in vuer_settings(loaded, ServeOptions(), environ={"VUER_PORT": "9100"})
    assert vuer_settings(loaded, ServeOptions(port=0, host="127.0.0.1"), environ={"VUER_PORT": "9100"})["port"] == 0


def test_beyond_loopback_without_a_token_gets_one(tmp_path, monkeypatch):
    for env in ("VUER_HOST", "VUER_TOKEN", "VUER_PORT"):
        monkeypatch.delenv(env, raising=False)
    scene = write(tmp_path, "s.yaml", "scene: {}\nserver: {host: 0.0.0.0, port: 0}\n")
    runner = SceneRunner(scene)
    assert runner.app.token and len(runner.app.token) >= 16
    assert all(f"token={runner.app.token}" in url for url in runner.urls())
    loopback = SceneRunner(write(tmp_path, "t.yaml", "scene: {}\n"), ServeOptions(port=0))
    assert loopback.app.token is None and loopback.app.host == "127.0.0.1"


async def test_run_stops_cleanly_on_stop(tmp_path, connect):
    runner = SceneRunner(write(tmp_path, "s.yaml", "scene:\n  - Box: {key: a}\n"), ServeOptions(port=0))
    ready = asyncio.Event()
    task = asyncio.get_running_loop().create_task(runner.run(on_ready=lambda r: ready.set()))
    await asyncio.wait_for(ready.wait(), 5)
    client = await connect(runner.app)
    await client.recv("SET")
    runner.stop()
    await asyncio.wait_for(task, 5)
    await wait_until(lambda: client.ws.closed, what="the socket to close")
    assert client.ws.close_code == 1001
