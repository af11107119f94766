"""The bounded outbound queue: coalescing, resync on overflow, a slow client alone."""

from __future__ import annotations

import asyncio

import msgpack

from vuer_cli.server.outbound import Item, Outbound, coalesce_signature
from vuer_cli.server.store import SceneStore
from vuer_cli.server.wire import encode

from ..conftest import running, wait_until


def _op(etype, key, **props):
    return {"etype": etype, "ts": 0, "data": {"nodes": [{"key": key, "tag": "Box", **props}], "to": None}}


def _item(obj):
    sig, props = coalesce_signature(obj)
    return Item(encode(obj), True, sig, props)


async def test_same_key_same_props_coalesces_latest_wins():
    q = Outbound(10, lambda: b"snapshot")
    for i in range(50):
        q.push(_item(_op("UPSERT", "pc", position=[i, 0, 0])))
    assert len(q) == 1
    assert msgpack.unpackb(await q.get())["data"]["nodes"][0]["position"] == [49, 0, 0]


async def test_fewer_props_do_not_replace_more():
    q = Outbound(10, lambda: b"snapshot")
    q.push(_item(_op("UPSERT", "b", position=[1, 0, 0], material={"color": "red"})))
    q.push(_item(_op("UPSERT", "b", position=[2, 0, 0])))
    assert len(q) == 2


async def test_overflow_turns_into_one_snapshot_and_keeps_rpcs():
    store = SceneStore()
    q = Outbound(5, lambda: encode({"etype": "SET", "data": store.snapshot()}))
    q.push(Item(b"rpc-request", scene_op=False))
    for i in range(20):
        op = _op("ADD", f"k{i}")
        store.apply(op)
        q.push(_item(op))
    frames = []
    while len(q):
        frames.append(await q.get())
    assert frames.count(b"rpc-request") == 1 and len(frames) == 2
    snap = msgpack.unpackb(next(f for f in frames if f != b"rpc-request"))
    assert snap["etype"] == "SET" and len(snap["data"]["children"]) == 20
    assert q.resyncs >= 1


async def test_slow_reader_does_not_delay_others_and_ends_right(connect):
    async with running(queue_len=20) as app:
        fast = await connect(app)
        slow = await connect(app)
        await wait_until(lambda: len(app.scene.sessions) == 2, what="two sessions")
        slow._reader.cancel()  # stops reading: its socket buffers fill, then its queue
        blob = b"x" * 200_000  # 100 of these (20 MB) outgrow any loopback socket buffer
        for i in range(1000):
            app.scene.upsert @ {"key": "moving", "tag": "Box", "position": [i, 0, 0]}
            if i % 50 == 0:
                await asyncio.sleep(0)  # let the writers run, as a real producer would
        for i in range(100):
            app.scene.upsert @ {"key": f"new{i}", "tag": "Box", "blob": blob}
            await asyncio.sleep(0)
        assert all(len(s.outbound) <= 20 for s in app.sessions.values())
        fast_frames = []
        async with asyncio.timeout(10):
            while not _done(_replay(fast_frames)):
                fast_frames.append(await fast.recv())
        slow_session = next(s for s in app.sessions.values() if s.outbound.resyncs)
        assert slow_session.outbound.coalesced + slow_session.outbound.resyncs > 0
        # the slow one resumes: whatever it gets, its final scene is right
        slow_frames = []
        async with asyncio.timeout(20):
            async for msg in slow.ws:
                slow_frames.append(msgpack.unpackb(msg.data))
                if _done(_replay(slow_frames)):
                    break
        assert len(slow_frames) < 1100  # coalesced and resynced, not everything replayed


def _done(scene) -> bool:
    return len(scene) == 101 and scene["moving"]["position"] == [999, 0, 0]


def _replay(frames):
    store = SceneStore()
    for f in frames:
        store.apply(f)
    return dict(store.nodes)
