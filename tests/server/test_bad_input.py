"""Bad frames close only that connection; the server and everyone else go on."""

from __future__ import annotations

import msgpack
import pytest

from vuer_cli import Vuer
from vuer_cli.schema import Box

from ..conftest import running, wait_until


@pytest.mark.parametrize(
    "frame, code",
    [
        (b"\xc1\xc1 not msgpack", 1007),
        (msgpack.packb([1, 2, 3]), 1007),
        (msgpack.packb({"value": 1}), 1007),
        (msgpack.packb({"etype": 5}), 1007),
        (msgpack.packb({1: "int key", "etype": "X"}), 1007),
    ],
)
async def test_bad_frame_closes_that_socket_only(server: Vuer, connect, frame, code):
    watcher = await connect(server)
    bad = await connect(server)
    await wait_until(lambda: len(server.scene.sessions) == 2, what="two sessions")
    await bad.ws.send_bytes(frame)
    with pytest.raises(ConnectionError):
        await bad.recv()
    assert bad.ws.close_code == code
    server.scene.upsert @ Box(key="after")
    assert (await watcher.recv("UPSERT"))["data"]["nodes"][0]["key"] == "after"
    await wait_until(lambda: len(server.sessions) == 1, what="bad session removed")


async def test_oversize_frame_closes_with_1009(connect):
    async with running(WEBSOCKET_MAX_SIZE=1024) as app:
        watcher = await connect(app)
        bad = await connect(app)
        await bad.ws.send_bytes(msgpack.packb({"etype": "X", "value": b"x" * 4096}))
        with pytest.raises(ConnectionError):
            await bad.recv()
        assert bad.ws.close_code == 1009
        app.scene.upsert @ Box(key="ok")
        assert (await watcher.recv("UPSERT"))["data"]["nodes"][0]["key"] == "ok"


async def test_unknown_etype_and_orphan_rpc_answers_are_ignored(server: Vuer, connect):
    client = await connect(server)
    await client.send({"etype": "WHATEVER", "ts": 1.0, "value": [1, 2]})
    await client.send({"etype": "GRAB_RENDER_RESPONSE@nobody", "ts": 1.0, "value": {}})
    await wait_until(lambda: len(next(iter(server.sessions.values())).downlink_queue) == 3, what="three events read")
    server.scene.upsert @ Box(key="alive")
    assert (await client.recv("UPSERT"))["data"]["nodes"][0]["key"] == "alive"


async def test_json_text_frames_are_accepted(server: Vuer, connect):
    got = []
    server.add_handler("ON_CLICK", lambda e, s: got.append(e.value))
    client = await connect(server)
    await client.ws.send_str('{"etype": "ON_CLICK", "ts": 1.0, "value": {"key": "b"}}')
    await wait_until(lambda: got, what="handler")
    assert got == [{"key": "b"}]


async def test_shutdown_closes_sockets_with_1001(connect):
    async with running() as app:
        client = await connect(app)
        await wait_until(lambda: app.sessions, what="session")
    with pytest.raises(ConnectionError):
        await client.recv(timeout=5)
    assert client.ws.close_code == 1001
