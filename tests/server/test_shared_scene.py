"""The shared, server-held scene: every client sees it, late joiners get it at once."""

from __future__ import annotations

import numpy as np

from vuer_cli import Vuer
from vuer_cli.schema import Box, Scene

from ..conftest import wait_until


async def test_late_joiner_gets_the_current_scene_as_one_set(server: Vuer, connect):
    early = await connect(server)
    await wait_until(lambda: len(server.scene.sessions) == 1, what="early client to join")
    server.scene.set @ Scene(Box(key="a", material={"color": "red"}), key="root")
    server.scene.upsert @ Box(key="b", position=[1, 0, 0])
    server.scene.update @ Box(key="a", material={"color": "blue"})
    server.scene.remove @ "nothing-there"
    assert [(await early.recv())["etype"] for _ in range(4)] == ["SET", "UPSERT", "UPDATE", "REMOVE"]

    late = await connect(server)
    frame = await late.recv()
    assert frame["etype"] == "SET"
    assert frame["data"]["children"] == [
        {"key": "a", "tag": "Box", "material": {"color": "blue"}},
        {"key": "b", "tag": "Box", "position": [1, 0, 0]},
    ]
    assert await late.nothing_for(0.2) == []


async def test_nothing_is_sent_before_init(server: Vuer, connect):
    server.scene.set @ Scene(Box(key="a"))
    client = await connect(server, init=False)
    assert await client.nothing_for(0.3) == []
    await client.init()
    assert (await client.recv())["etype"] == "SET"


async def test_broadcast_is_encoded_once_and_reaches_everyone(server: Vuer, connect):
    clients = [await connect(server) for _ in range(5)]
    await wait_until(lambda: len(server.scene.sessions) == 5, what="five clients")
    server.scene.upsert @ Box(key="x")
    frames = [await c.recv("UPSERT") for c in clients]
    assert all(f == frames[0] for f in frames)
    first = next(iter(server.scene.sessions.values()))
    assert first.outbound.coalesced == 0


async def test_per_session_ops_do_not_leak_into_the_shared_scene(server: Vuer, connect):
    @server.spawn
    async def main(session):
        session.upsert @ Box(key="mine")
        await session.forever()

    server.scene.upsert @ Box(key="shared")
    a = await connect(server)
    assert (await a.recv("SET"))["data"]["children"][0]["key"] == "shared"
    assert (await a.recv("UPSERT"))["data"]["nodes"][0]["key"] == "mine"
    assert "mine" not in server.scene.store
    session = next(iter(server.sessions.values()))
    assert [c["key"] for c in session.store.snapshot()["children"]] == ["shared", "mine"]


async def test_pointcloud_bytes_travel_as_bin(server: Vuer, connect):
    from vuer_cli.schema import PointCloud

    client = await connect(server)
    await wait_until(lambda: server.scene.sessions, what="join")
    verts = np.random.rand(1000, 3).astype(np.float32)
    server.scene.upsert @ PointCloud(key="pc", vertices=verts)
    node = (await client.recv("UPSERT"))["data"]["nodes"][0]
    assert isinstance(node["vertices"], bytes) and len(node["vertices"]) == 1000 * 3 * 2
    np.testing.assert_array_equal(np.frombuffer(node["vertices"], "<f2"), verts.astype(np.float16).ravel())
