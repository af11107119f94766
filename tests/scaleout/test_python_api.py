"""`Vuer(broker=...)` from Python: two servers in this process, one real redis-server."""

from __future__ import annotations

import contextlib
import logging

import pytest

pytest.importorskip("redis", reason="needs the redis client: pip install -e '.[test]'")

from vuer_cli import Vuer  # noqa: E402
from vuer_cli.schema import Box, Group, Scene  # noqa: E402
from vuer_cli.server import SceneError  # noqa: E402
from vuer_cli.server.redis_broker import RedisBroker  # noqa: E402

from .conftest import RedisServer, needs_redis, until_true  # noqa: E402

pytestmark = needs_redis


@pytest.fixture
async def redis(tmp_path):
    server = await RedisServer(tmp_path, tmp_path / "redis.log").start()
    yield server
    await server.stop()


@contextlib.asynccontextmanager
async def two(broker_a, broker_b):
    a = Vuer(host="127.0.0.1", port=0, broker=broker_a)
    a.scene.set @ Scene(Box(key="base"))  # the seed: written into Redis only when it has none
    b = Vuer(host="127.0.0.1", port=0, broker=broker_b)
    b.scene.set @ Scene(Box(key="ignored"))
    async with a.serving(), b.serving():
        yield a, b


async def test_app_scene_ops_reach_the_other_server_in_order(redis, view):
    async with two(redis.url, redis.url) as (a, b):
        assert set(b.scene.store.nodes) == {"base"}  # B took Redis's scene, not its own seed
        on_b = await view(b)

        a.scene.add @ Group(key="g")
        a.scene.add(Box(key="child"), to="g")  # checked after the op still in flight: no error
        a.scene.add @ Box(material={"color": "red"})  # keyless: A names it, B uses that name
        with pytest.raises(SceneError, match="no parent with key 'ghost'"):
            a.scene.add(Box(key="k"), to="ghost")  # refused at once, nothing published
        a.scene.show_error("note", "shown everywhere")

        assert await a.scene.synced()  # read-your-writes: A's store holds them now
        assert {"g", "child"} <= set(a.scene.store.nodes) and "k" not in a.scene.store
        await on_b.until(lambda v: "child" in v.keys and "note" in v.overlay, "A's ops and overlay")
        assert v_keys(on_b) == set(a.scene.store.nodes) == set(b.scene.store.nodes)
        late = await view(b)
        await late.until(lambda v: "note" in v.overlay, "the overlay for a late joiner")
        assert late.store.snapshot() == a.scene.store.snapshot()


def v_keys(view) -> set[str]:
    return set(view.store.nodes)


async def test_past_the_outbox_bound_the_scene_goes_back_as_one_set(redis, view, caplog):
    small = RedisBroker(redis.url, outbox_limit=3)
    async with two(small, redis.url) as (a, b):
        on_a = await view(a)
        on_b = await view(b)
        redis.kill()
        await redis.proc.wait()
        await on_a.until(lambda v: "broker" in v.overlay, "the outage notice")
        with caplog.at_level(logging.WARNING, logger="vuer_cli.server.redis_broker"):
            for i in range(10):
                a.scene.upsert @ Box(key=f"o{i}")
        assert any("past the bound" in r.getMessage() for r in caplog.records)
        await on_a.until(lambda v: {f"o{i}" for i in range(10)} <= v.keys, "A's clients see every op at once")
        await redis.start()
        await on_b.until(lambda v: {f"o{i}" for i in range(10)} <= v.keys and "broker" not in v.overlay, "all ten ops on B", timeout=15)
        assert on_b.store.snapshot() == on_a.store.snapshot()


async def test_a_late_server_loads_the_snapshot_and_the_ops_after_it(redis):
    import redis.asyncio as aioredis

    a = Vuer(host="127.0.0.1", port=0, broker=RedisBroker(redis.url, snapshot_every=5))
    a.scene.set @ Scene(Box(key="base"))
    async with a.serving():
        for i in range(23):
            a.scene.upsert @ Box(key=f"k{i % 4}", position=[i, 0, 0])
        a.scene.remove @ "k3"
        assert await a.scene.synced()
        r = aioredis.Redis.from_url(redis.url)
        try:
            # ops: the seed SET, 23 upserts, 1 remove; a snapshot every 5th (written in the background)
            await until_true(lambda: r.hget("vuer:scene::snap", "n"), lambda n: n == b"25", "the snapshot after op 25")
            assert await r.xlen("vuer:scene::ops") == 25
        finally:
            await r.aclose()
        c = Vuer(host="127.0.0.1", port=0, broker=redis.url)
        async with c.serving():
            assert c.scene.store.snapshot() == a.scene.store.snapshot()
            assert c.scene.store.get("k2")["position"] == [22, 0, 0] and "k3" not in c.scene.store
