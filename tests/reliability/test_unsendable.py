"""A value the wire cannot carry is refused before anything applies it, on every path.

It used to reach the store first: the caller got msgpack's error, the scene held the value,
and every client that joined later was closed with 1011, since its snapshot would not encode.
"""

from __future__ import annotations

import json

import msgpack
import numpy as np
import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from vuer_cli.schema import Box, Scene
from vuer_cli.server.shared import SharedScene
from vuer_cli.server.wire import UnsendableError, decode, encode, set_frame

from ..conftest import running, wait_until

BAD = [
    pytest.param([2**70, 0, 0], "data.nodes[0].position[0] holds the integer 1.18e+21, beyond 64 bits", id="int-beyond-64-bits"),
    pytest.param(["\ud800", 0, 0], "data.nodes[0].position[0] holds a string that is not UTF-8", id="lone-surrogate"),
    pytest.param([object(), 0, 0], "data.nodes[0].position[0] holds a value of type object", id="object"),
]


@pytest.mark.parametrize("position, message", BAD)
async def test_shared_scene_refuses_it_and_keeps_serving(connect, errlog, position, message):
    async with running() as app:
        app.scene.set @ Scene(Box(key="kept", position=[1, 2, 3]))
        early = await connect(app)
        assert (await early.recv("SET"))["data"]["children"][0]["key"] == "kept"
        with pytest.raises(UnsendableError) as info:
            app.scene.upsert @ Box(key="bad", position=position)
        assert str(info.value).startswith("UPSERT: " + message)
        assert "bad" not in app.scene.store
        assert await early.nothing_for(0.2) == []  # nothing went out
        late = await connect(app)  # joiners still get the scene
        assert [c["key"] for c in (await late.recv("SET"))["data"]["children"]] == ["kept"]
        app.scene.upsert @ Box(key="next")  # and later ops still flow
        assert (await early.recv("UPSERT"))["data"]["nodes"][0]["key"] == "next"
        assert (await late.recv("UPSERT"))["data"]["nodes"][0]["key"] == "next"
    assert errlog.errors() == []


@pytest.mark.parametrize("position, message", BAD)
async def test_session_send_refuses_it_and_keeps_the_session(connect, errlog, position, message):
    async with running() as app:
        outcome = {}

        @app.spawn
        async def main(session):
            session.upsert @ Box(key="first")
            try:
                session.upsert @ Box(key="bad", position=position)
            except UnsendableError as exc:
                outcome["error"] = str(exc)
            session.upsert @ Box(key="after")
            outcome["keys"] = [c["key"] for c in session.store.snapshot().get("children", [])]
            await session.forever()

        client = await connect(app)
        assert (await client.recv("UPSERT"))["data"]["nodes"][0]["key"] == "first"
        assert (await client.recv("UPSERT"))["data"]["nodes"][0]["key"] == "after"
        await wait_until(lambda: "keys" in outcome, what="the spawned function")
        assert outcome["error"].startswith("UPSERT: " + message)
        assert outcome["keys"] == ["first", "after"]
    assert errlog.errors() == []


async def test_relay_refuses_a_lone_surrogate_with_400(connect, http):
    """JSON may spell a lone surrogate (``\\ud800``); msgpack cannot send it."""
    async with running() as app:
        client = await connect(app)
        await wait_until(lambda: app.scene.sessions, what="session")
        body = json.dumps({"etype": "UPSERT", "data": {"nodes": [{"key": "t", "tag": "Text", "children": "\ud800"}]}})
        async with http.post(f"{app.url}/relay?sid=*", data=body, headers={"Content-Type": "application/json"}) as r:
            assert r.status == 400
            assert "data.nodes[0].children holds a string that is not UTF-8" in (await r.json())["error"]
        assert "t" not in app.scene.store
        assert await client.nothing_for(0.2) == []


async def test_keyless_nodes_get_one_key_on_the_wire_and_in_the_store(connect, http):
    async with running() as app:
        client = await connect(app)
        await wait_until(lambda: app.scene.sessions, what="session")
        body = msgpack.packb({"etype": "ADD", "data": {"nodes": [{"tag": "Group", "children": [{"tag": "Box"}]}], "to": None}})
        async with http.post(f"{app.url}/relay?sid=*", data=body) as r:
            assert r.status == 200, await r.text()
        group = (await client.recv("ADD"))["data"]["nodes"][0]
        box = group["children"][0]
        assert group["key"].startswith("auto-") and box["key"].startswith("auto-")
        assert app.scene.store.get(group["key"])["children"][0]["key"] == box["key"]
        late = await connect(app)
        assert (await late.recv("SET"))["data"]["children"] == [group]


async def test_joiners_share_one_encoding_until_the_scene_changes(connect):
    async with running() as app:
        app.scene.set @ Scene(Box(key="a"))
        first = await connect(app)
        second = await connect(app)
        one, two = await first.recv("SET"), await second.recv("SET")
        assert one["data"] == two["data"]
        assert one["data"]["children"] == [{"key": "a", "tag": "Box"}]
        app.scene.upsert @ Box(key="b")
        third = await connect(app)
        assert [c["key"] for c in (await third.recv("SET"))["data"]["children"]] == ["a", "b"]


def test_set_frame_is_the_encoding_of_the_set_map():
    scene = {"key": "scene", "tag": "Scene", "children": [{"key": "a", "tag": "Box", "position": [0.5, 1e39, 2]}]}
    for ts in (0, 1_764_000_000_000, 2**40):
        framed = set_frame(encode(scene), ts)
        assert framed == encode({"ts": ts, "data": scene, "etype": "SET"})
        assert decode(framed)["data"]["children"][0]["position"] == [0.5, 1e39, 2]


# ---- property: whatever a caller passes, the store only ever holds what the wire can send --

_odd = st.one_of(
    st.integers(min_value=-(2**70), max_value=2**70),
    st.text(alphabet=st.characters(min_codepoint=0xD7F0, max_codepoint=0xE010), max_size=3),  # around the surrogates
    st.floats(allow_nan=True, allow_infinity=True),
    st.binary(max_size=4),
    st.sampled_from([np.float32(1.5), np.int64(2**62), np.uint8(7), np.bool_(True), frozenset({1, 2}), object(), float("1e39")]),
)
_value = st.recursive(_odd, lambda kids: st.one_of(st.lists(kids, max_size=3), st.dictionaries(st.text(max_size=3), kids, max_size=3)), max_leaves=8)


@settings(max_examples=300, deadline=None, database=None, suppress_health_check=list(HealthCheck))
@seed(20261126)
@given(values=st.lists(_value, min_size=1, max_size=5))
def test_any_value_is_sent_or_refused_never_half_taken(values):
    shared = SharedScene()
    for i, value in enumerate(values):
        before = shared.store.snapshot()
        try:
            shared.upsert @ Box(key=f"b{i}", userData={"v": value})
        except UnsendableError:
            assert shared.store.snapshot() is before  # untouched: not even re-built
            continue
        assert f"b{i}" in shared.store
    frame = set_frame(shared.store.encoded_snapshot(encode), 1)  # what a joiner gets
    assert decode(frame)["etype"] == "SET"
