"""rpc, rpc_stream and grab_render against a real websocket client that answers."""

from __future__ import annotations

import asyncio

import pytest

from vuer_cli import RPCError, Vuer
from vuer_cli.events import GrabRender

from ..conftest import wait_until


async def _session(server):
    await wait_until(lambda: server.sessions and next(iter(server.sessions.values())).init_event, what="session")
    return next(iter(server.sessions.values()))


async def test_grab_render_request_shape_and_response(server: Vuer, connect):
    client = await connect(server)
    session = await _session(server)
    task = asyncio.create_task(session.grab_render(quality=0.5, downsample=2))
    request = await client.recv("GRAB_RENDER")
    assert request["data"] == {"quality": 0.5, "downsample": 2}
    assert request["key"] == "DEFAULT"
    assert request["rtype"] == f"GRAB_RENDER_RESPONSE@{request['uuid']}"
    await client.send({"etype": request["rtype"], "ts": 1.0, "key": "DEFAULT", "value": {"frame": b"\xff\xd8jpeg", "width": 960, "height": 720}})
    response = await asyncio.wait_for(task, 5)
    assert response.value["frame"] == b"\xff\xd8jpeg" and response.key == "DEFAULT"


async def test_rpc_times_out(server: Vuer, connect):
    await connect(server)
    session = await _session(server)
    with pytest.raises(asyncio.TimeoutError):
        await server.rpc(session.id, GrabRender(quality=0.9), ttl=0.2)
    assert session._rpcs == {}


async def test_rpc_error_answer_raises(server: Vuer, connect):
    client = await connect(server)
    session = await _session(server)
    task = asyncio.create_task(session.grab_render(ttl=5))
    request = await client.recv("GRAB_RENDER")
    await client.send({"etype": request["rtype"], "ts": 1.0, "value": {"error": "unknown RPC"}})
    with pytest.raises(RPCError, match="unknown RPC"):
        await task


async def test_rpc_fails_fast_when_the_client_vanishes(server: Vuer, connect):
    client = await connect(server)
    session = await _session(server)
    task = asyncio.create_task(session.grab_render(ttl=30))
    await client.recv("GRAB_RENDER")
    await client.close()
    with pytest.raises(RPCError, match="closed"):
        await asyncio.wait_for(task, 5)


async def test_rpc_stream_yields_until_done(server: Vuer, connect):
    client = await connect(server)
    session = await _session(server)

    async def collect():
        return [r.value["n"] async for r in server.rpc_stream(session.id, GrabRender(count=3), ttl=5)]

    task = asyncio.create_task(collect())
    request = await client.recv("GRAB_RENDER")
    for n in range(3):
        await client.send({"etype": request["rtype"], "ts": 1.0, "value": {"n": n, "done": n == 2}})
    assert await asyncio.wait_for(task, 5) == [0, 1, 2]


async def test_rpc_stream_ends_by_ttl(server: Vuer, connect):
    client = await connect(server)
    session = await _session(server)

    async def collect():
        return [r.value["n"] async for r in session.rpc_stream(GrabRender(count=5), ttl=0.3)]

    task = asyncio.create_task(collect())
    request = await client.recv("GRAB_RENDER")
    await client.send({"etype": request["rtype"], "ts": 1.0, "value": {"n": 7}})
    assert await asyncio.wait_for(task, 5) == [7]


async def test_upstream_style_rpc_via_add_handler_once(server: Vuer, connect):
    """Upstream's pattern: a one-shot handler registered for the response etype."""
    client = await connect(server)
    session = await _session(server)
    got = asyncio.Future()
    event = GrabRender()
    server.add_handler(event.rtype, lambda e, s: got.set_result(e.value), once=True)
    await server.send(session.id, event)
    request = await client.recv("GRAB_RENDER")
    await client.send({"etype": request["rtype"], "ts": 1.0, "value": {"ok": 1}})
    assert await asyncio.wait_for(got, 5) == {"ok": 1}
    assert event.rtype not in server.handlers
