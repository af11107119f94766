"""POST /relay with bad bodies: a clear 400 (or 404/413), never a 500, never half applied."""

from __future__ import annotations

import asyncio
import json
import math

import msgpack
import pytest
from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

from vuer_cli.schema import Box, Scene
from vuer_cli.server.relay import MAX_DEPTH

from ..conftest import running, wait_until

J = "application/json"
M = "application/octet-stream"
RELAY_FUZZ_SEED = 20261126
GOOD = {"etype": "UPSERT", "data": {"nodes": [{"key": "good", "tag": "Box"}], "to": None}}


def _upsert_with(prop: str) -> str:
    return '{"etype":"UPSERT","data":{"nodes":[{"key":"k","tag":"Box","n":' + prop + "}]}}"


def _nested_children(levels: int) -> str:
    return '{"etype":"UPSERT","data":{"nodes":[' + '{"tag":"Group","children":[' * levels + '{"key":"leaf","tag":"Box"}' + "]}" * levels + "]}}"


BAD = [
    pytest.param(_upsert_with(str(10**30)), J, "beyond 64 bits", id="json-int-beyond-64-bits"),
    pytest.param(_upsert_with(str(-(2**63) - 1)), J, "beyond 64 bits", id="json-int-below-int64"),
    pytest.param(_upsert_with("[" * 600 + "1" + "]" * 600), J, "nested deeper", id="json-nested-600"),
    pytest.param(_upsert_with("[" * 50_000 + "1" + "]" * 50_000), J, "not valid JSON", id="json-nested-50000"),
    pytest.param(_nested_children(300), J, "nested deeper", id="children-300-levels"),
    pytest.param(b"\x82\xa5etype\xa6UPSERT\xa4data\x81\xa5nodes\x91\x83\xa3key\xa1z\xa3tag\xa3Box\xa1n" + b"\x91" * 1000 + b"\x01", M, "nested deeper", id="msgpack-nested-1000"),
    pytest.param(b"\x91" * 100_000, M, "not valid msgpack", id="msgpack-truncated-nesting"),
    pytest.param(msgpack.packb({"etype": "UPSERT", "data": None}), M, "data.nodes", id="data-nil"),
    pytest.param(msgpack.packb({"etype": "UPSERT", "data": {"nodes": [{"key": 5, "tag": "Box"}]}}), M, "key must be a string", id="key-int"),
    pytest.param(msgpack.packb({"etype": "ADD", "data": {"nodes": [{"key": "a", "tag": 5}]}}), M, "tag must be a string", id="tag-int"),
    pytest.param(msgpack.packb({"etype": "ADD", "data": {"nodes": [{"key": "a", "children": {"x": 1}}]}}), M, "children must be a list", id="children-map"),
    pytest.param(msgpack.packb({"etype": "UPSERT", "data": {"nodes": [], "to": 7}}), M, "'to' must be", id="to-int"),
    pytest.param(msgpack.packb({"etype": "REMOVE", "data": {"keys": "box"}}), M, "data.keys", id="remove-bare-string"),
    pytest.param(msgpack.packb({"etype": "GRAB_RENDER", "data": {}}), M, "unknown etype", id="rpc-request"),
    pytest.param(msgpack.packb([]), M, "empty list", id="empty-list"),
    pytest.param(b'{"etype": "UPSERT"', J, "not valid JSON", id="json-truncated"),
    pytest.param("\ud800".encode("utf-8", "surrogatepass"), J, "not valid JSON", id="json-bad-utf8"),
]


@pytest.mark.parametrize("body, content_type, reason", BAD)
async def test_bad_relay_bodies_get_a_clear_400(body, content_type, reason, connect, http, errlog):
    async with running() as app:
        app.scene.set @ Scene(Box(key="kept"), key="s")
        before = app.scene.store.snapshot()
        client = await connect(app)
        await client.recv("SET")
        batch = body
        if content_type == M and body[:1] not in (b"\x90", b"\x91"):
            batch = b"\x92" + msgpack.packb(GOOD) + body  # [GOOD, <bad>]: all or nothing
        async with http.post(f"{app.url}/relay?sid=*", data=batch, headers={"Content-Type": content_type}) as r:
            text = await r.text()
            assert r.status == 400, text
            assert reason in json.loads(text)["error"], text
        assert app.scene.store.snapshot() == before  # nothing applied
        assert await client.nothing_for(0.1) == []  # nothing sent
    assert errlog.errors() == []


async def test_events_at_the_depth_limit_are_accepted(connect, http, errlog):
    """The limit refuses absurd bodies, not deep real scenes (the store recurses on them)."""
    levels = (MAX_DEPTH - 5) // 2  # event, data, nodes, node, its values: 5; each level: children + node
    async with running() as app:
        client = await connect(app)
        await wait_until(lambda: app.scene.sessions, what="session")
        async with http.post(f"{app.url}/relay?sid=*", data=_nested_children(levels), headers={"Content-Type": J}) as r:
            assert r.status == 200, await r.text()
        assert "leaf" in app.scene.store
        assert (await client.recv("UPSERT"))["etype"] == "UPSERT"
        late = await connect(app)  # the snapshot of a deep tree encodes and sends
        assert (await late.recv("SET"))["etype"] == "SET"
    assert errlog.errors() == []


async def test_floats_beyond_float32_are_sent_not_a_500(connect, http, errlog):
    """The wire sends float32; 1e39 does not fit. It used to raise after the store had
    taken the op: a 500, the scene changed, the clients never told."""
    async with running() as app:
        client = await connect(app)
        await wait_until(lambda: app.scene.sessions, what="session")
        body = msgpack.packb({"etype": "UPSERT", "data": {"nodes": [{"key": "far", "tag": "Box", "position": [1e39, -1e300, 0.5]}]}})
        async with http.post(f"{app.url}/relay?sid=*", data=body) as r:
            assert r.status == 200, await r.text()
        frame = await client.recv("UPSERT")
        assert frame["data"]["nodes"][0]["position"] == [1e39, -1e300, 0.5]
        app.scene.upsert @ Box(key="far", position=[3e38, 0, 0])  # the Python API: same path
        assert (await client.recv("UPSERT"))["data"]["nodes"][0]["position"][0] == pytest.approx(3e38, rel=1e-6)
    assert errlog.errors() == []


async def test_odd_but_harmless_fields_are_made_sane(connect, http):
    async with running() as app:
        client = await connect(app)
        await wait_until(lambda: app.scene.sessions, what="session")
        for ts in ("yesterday", None, [1], float("nan"), True):
            event = {**GOOD, "ts": ts}
            body = msgpack.packb(event) if ts is None or not (isinstance(ts, float) and math.isnan(ts)) else json.dumps(event).encode()
            async with http.post(f"{app.url}/relay?sid=*", data=body, headers={"Content-Type": J if body[:1] == b"{" else M}) as r:
                assert r.status == 200, await r.text()
            frame = await client.recv("UPSERT")
            assert isinstance(frame["ts"], int) and frame["ts"] > 1_700_000_000_000, ts


# ---- fuzz: random and mutated bodies -------------------------------------------------------

_leaf = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**64 - 1),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=8),
    st.binary(max_size=8),
    st.sampled_from(["SET", "ADD", "UPSERT", "UPDATE", "REMOVE", "Scene", "Box", "good", "kept", "children", "nodes", "to"]),
)
_value = st.recursive(_leaf, lambda kids: st.one_of(st.lists(kids, max_size=4), st.dictionaries(st.sampled_from(["key", "tag", "children", "nodes", "to", "keys", "data", "etype", "strict", "x"]), kids, max_size=4)), max_leaves=12)
_event = st.fixed_dictionaries(
    {"etype": st.sampled_from(["SET", "ADD", "UPSERT", "UPDATE", "REMOVE", "TERMINATE", "NOOP"])},
    optional={"data": _value, "strict": _value, "ts": _value},
)


@st.composite
def _bodies(draw):
    kind = draw(st.sampled_from(["event", "batch", "raw", "flipped"]))
    if kind == "event":
        return msgpack.packb(draw(_event))
    if kind == "batch":
        return msgpack.packb(draw(st.lists(_event, max_size=4)))
    if kind == "raw":
        return draw(st.binary(max_size=64))
    body = bytearray(msgpack.packb(draw(_event)))
    for _ in range(draw(st.integers(1, 3))):
        i = draw(st.integers(0, len(body) - 1))
        body[i] ^= 1 << draw(st.integers(0, 7))
    return bytes(body)


def test_relay_fuzz_never_500_and_all_or_nothing(errlog):
    """Random bodies and mutated events: 200 or 400, and a 400 changes nothing."""
    loop = asyncio.new_event_loop()
    stats = {"200": 0, "400": 0}

    async def setup():
        import aiohttp

        ctx = running()
        app = await ctx.__aenter__()
        app.scene.set @ Scene(Box(key="kept"), key="s")
        return ctx, app, aiohttp.ClientSession()

    ctx, app, http = loop.run_until_complete(setup())

    async def post(body):
        before = app.scene.store.snapshot()
        async with http.post(f"{app.url}/relay?sid=*", data=body) as r:
            text = await r.text()
        assert r.status in (200, 400), (r.status, text, body)
        stats[str(r.status)] += 1
        if r.status == 400:
            assert "error" in json.loads(text)
            assert app.scene.store.snapshot() == before, body
        if app.scene.store.empty or "kept" not in app.scene.store:
            app.scene.set @ Scene(Box(key="kept"), key="s")

    @seed(RELAY_FUZZ_SEED)
    @settings(max_examples=600, deadline=None, database=None, phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck))
    @given(body=_bodies())
    def one(body):
        loop.run_until_complete(post(body))

    try:
        one()
    finally:
        loop.run_until_complete(http.close())
        loop.run_until_complete(ctx.__aexit__(None, None, None))
        loop.close()
    print(f"\nrelay fuzz: {sum(stats.values())} bodies, {stats['200']} accepted, {stats['400']} refused (hypothesis seed {RELAY_FUZZ_SEED})")
    assert stats["200"] > 30 and stats["400"] > 30  # both paths really exercised
    assert errlog.errors() == []
