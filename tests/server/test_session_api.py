"""The per-session API against a real server and real websocket clients."""

from __future__ import annotations

import asyncio

import pytest

from vuer_cli import Vuer, VuerSession
from vuer_cli.events import ClientEvent
from vuer_cli.schema import Box, Scene, Sphere

from ..conftest import wait_until


async def test_spawned_session_sets_scene_with_upstream_shape(server: Vuer, connect):
    @server.spawn
    async def main(session: VuerSession):
        session.set @ Scene(Box(key="box", args=[1, 1, 1], material={"color": "red"}), key="root")
        await session.forever()

    client = await connect(server)
    frame = await client.recv("SET")
    assert isinstance(frame["ts"], int) and frame["ts"] > 1_700_000_000_000  # integer ms
    assert frame["data"] == {
        "key": "root",
        "tag": "Scene",
        "up": [0, 1, 0],
        "children": [{"key": "box", "tag": "Box", "args": [1, 1, 1], "material": {"color": "red"}}],
    }


async def test_floats_go_out_as_float32(server: Vuer, connect):
    @server.spawn
    async def main(session):
        session.upsert @ Box(key="b", position=[0.6, 0, 0])
        await session.forever()

    client = await connect(server)
    frame = await client.recv("UPSERT")
    assert frame["data"]["nodes"][0]["position"][0] == pytest.approx(0.6000000238418579, abs=0)
    assert frame["data"] == {"nodes": [{"key": "b", "tag": "Box", "position": [pytest.approx(0.6, rel=1e-6), 0, 0]}], "to": None}


async def test_ops_in_at_and_call_forms(server: Vuer, connect):
    done = asyncio.Event()

    @server.spawn()
    async def main(session):
        session.set @ Scene(key="s")
        session.add @ Box(key="a")
        session.add(Box(key="g1"), Sphere(key="g2"), to="a")
        session.upsert([Box(key="u1"), Box(key="u2")], to=None, strict=True)
        session.update @ [Box(key="a", position=[1, 2, 3])]
        session.update(Box(key="u1", args=[2, 2, 2]), strict=True)
        session.remove @ "u2"
        session.remove("g1", "g2")
        session.remove @ ["nope"]
        done.set()
        await session.forever()

    client = await connect(server)
    frames = [await client.recv() for _ in range(9)]
    assert [f["etype"] for f in frames] == ["SET", "ADD", "ADD", "UPSERT", "UPDATE", "UPDATE", "REMOVE", "REMOVE", "REMOVE"]
    assert frames[2]["data"]["to"] == "a" and [n["key"] for n in frames[2]["data"]["nodes"]] == ["g1", "g2"]
    assert frames[3]["strict"] is True and [n["key"] for n in frames[3]["data"]["nodes"]] == ["u1", "u2"]
    assert frames[4]["strict"] is False and frames[5]["strict"] is True
    assert frames[6]["data"] == {"keys": ["u2"]}
    assert frames[7]["data"] == {"keys": ["g1", "g2"]}
    session = next(iter(server.sessions.values()))
    snap = session.store.snapshot()
    assert [c["key"] for c in snap["children"]] == ["a", "u1"]
    assert snap["children"][0]["position"] == [1, 2, 3]
    assert snap["children"][1] == {"key": "u1", "tag": "Box", "args": [2, 2, 2]}


async def test_spawn_filters_pick_the_matching_function(server: Vuer, connect):
    ran = []

    @server.spawn(client="python")
    async def for_python(session):
        ran.append(("python", session.id))

    @server.spawn(client="brow*")
    async def for_browser(session):
        ran.append(("browser", session.id))

    await connect(server, client="browser")
    await wait_until(lambda: ran, what="a spawn function to run")
    assert ran[0][0] == "browser"
    await connect(server, client="python")
    await wait_until(lambda: len(ran) == 2, what="second spawn")
    assert ran[1][0] == "python"


async def test_spawn_start_false_call_form(server: Vuer, connect):
    got = asyncio.Event()

    async def main(session):
        got.set()

    assert server.spawn(main) is main
    await connect(server)
    await asyncio.wait_for(got.wait(), 5)


async def test_till_init_gets_the_init_upstream_loses(server: Vuer, connect):
    seen = asyncio.Future()

    @server.spawn
    async def main(session):
        event = await session.till("INIT", timeout=2)
        seen.set_result(event)

    await connect(server, userAgent="agent-x")
    event = await asyncio.wait_for(seen, 5)
    assert event.etype == "INIT" and event.value["userAgent"] == "agent-x"


async def test_till_waits_for_the_next_event_of_that_session(server: Vuer, connect):
    seen = asyncio.Future()

    @server.spawn
    async def main(session):
        seen.set_result(await session.till("ON_CLICK", timeout=5))

    client = await connect(server)
    await wait_until(lambda: server.handlers.get("ON_CLICK"), what="till to register")
    await client.send({"etype": "ON_CLICK", "ts": 1.0, "value": {"key": "box"}})
    event = await asyncio.wait_for(seen, 5)
    assert event.value == {"key": "box"}
    assert not server.handlers.get("ON_CLICK")  # cleaned up


async def test_spawn_task_is_cancelled_when_client_disconnects(server: Vuer, connect):
    started, cancelled = asyncio.Event(), asyncio.Event()

    async def background():
        started.set()
        try:
            await asyncio.Event().wait()
        except asyncio.CancelledError:
            cancelled.set()
            raise

    @server.spawn
    async def main(session):
        session.spawn_task(background)  # a coroutine function, as upstream's docstring shows
        await session.forever()

    client = await connect(server)
    await asyncio.wait_for(started.wait(), 5)
    await client.close()
    await asyncio.wait_for(cancelled.wait(), 5)
    await wait_until(lambda: not server.sessions, what="session removed")


async def test_add_handler_decorator_function_once_and_cleanup(server: Vuer, connect):
    calls = []

    @server.add_handler("CAMERA_MOVE")
    def on_camera(event: ClientEvent, session: VuerSession):
        calls.append(("deco", event.value["camera"]["fov"]))

    async def on_camera_async(event, session):
        calls.append(("async", event.key))

    cleanup = server.add_handler("CAMERA_MOVE", on_camera_async)
    server.add_handler("CAMERA_MOVE", lambda e, s: calls.append(("once", None)), once=True)

    client = await connect(server)
    # upstream's client sends CAMERA_MOVE without ts
    move = {"etype": "CAMERA_MOVE", "key": "defaultCamera", "value": {"camera": {"fov": 75}}}
    await client.send(move)
    await wait_until(lambda: len(calls) == 3, what="three handler calls")
    assert sorted(c[0] for c in calls) == ["async", "deco", "once"]
    cleanup()
    calls.clear()
    await client.send(move)
    await wait_until(lambda: len(calls) == 1, what="one handler call")
    assert calls == [("deco", 75)]


async def test_a_raising_handler_is_reported_and_others_continue(server: Vuer, connect):
    def broken(event, session):
        raise ValueError("boom")

    server.add_handler("ON_CLICK", broken)
    victim = await connect(server)
    other = await connect(server)
    await victim.send({"etype": "ON_CLICK", "ts": 1.0, "value": {"key": "x"}})
    err = await victim.recv("ERROR")
    assert "ValueError: boom" in err["data"]["message"]
    server.scene.upsert @ Box(key="still")
    assert (await other.recv("UPSERT"))["data"]["nodes"][0]["key"] == "still"
    assert (await victim.recv("UPSERT"))["data"]["nodes"][0]["key"] == "still"


async def test_bound_generator_receives_events_and_frames(server: Vuer, connect):
    received = []

    @server.bind
    async def socket_handler(session):
        from vuer_cli.events import Frame, Set, Update, NOOP

        event = yield Set(Scene(key="s"))
        while True:
            received.append(event.etype)
            if event == "ON_CLICK":
                event = yield Frame(Update(Box(key="b", position=[1, 0, 0])), frame_rate=100)
            else:
                event = yield NOOP

    client = await connect(server)
    assert (await client.recv("SET"))["data"]["key"] == "s"
    await client.send({"etype": "ON_CLICK", "ts": 1.0, "value": {"key": "b"}})
    frame = await client.recv("UPDATE")
    assert frame["data"]["nodes"][0]["position"] == [1, 0, 0]
    await wait_until(lambda: "NULL" in received, what="the NULL after a frame")
    assert received[:2] == ["INIT", "ON_CLICK"]
