"""Odd client frames: each is ignored or closes only its own socket; handlers see sane fields.

The fuzz test (test_fuzz.py) throws random frames; these are the cases a person would name.
"""

from __future__ import annotations

import asyncio
import math
import time

import msgpack
import pytest

from vuer_cli import RPCError, Vuer
from vuer_cli.schema import Box, Scene

from ..conftest import running, wait_until


async def _session(app: Vuer, count: int = 1):
    await wait_until(lambda: len([s for s in app.sessions.values() if s.init_event]) >= count, what="session")
    return [s for s in app.sessions.values() if s.init_event][-1]


CLOSING = [
    pytest.param(b"\xc1", id="not-msgpack"),
    pytest.param(msgpack.packb({"etype": "ON_CLICK", "value": {}})[:-3], id="truncated"),
    pytest.param(msgpack.packb({"etype": "ON_CLICK"}) + b"\x00", id="trailing-bytes"),
    pytest.param(msgpack.packb("ON_CLICK"), id="a-string"),
    pytest.param(msgpack.packb(None), id="nil"),
    pytest.param(msgpack.packb({"ts": 1.0, "value": {}}), id="no-etype"),
    pytest.param(msgpack.packb({"etype": b"ON_CLICK"}, use_bin_type=True), id="etype-bin"),
    pytest.param(msgpack.packb({"etype": None}), id="etype-nil"),
    pytest.param(msgpack.packb({"etype": "ON_CLICK", 3: "x"}), id="int-top-level-key"),
    pytest.param(b"\x91" * 100_000 + b"\xc0", id="nested-100000-deep"),
    pytest.param(b"\x82\xa5etype\xa1X\xa5value" + b"\x91" * 70 + b"\x01", id="nested-70-deep"),
    pytest.param(b"\xdd\xff\xff\xff\xff", id="claims-4G-items"),
    pytest.param(b"\xa4\xff\xfe\xfd\xfc", id="bad-utf8"),
]


@pytest.mark.parametrize("frame", CLOSING)
async def test_broken_frames_close_that_socket_with_1007(frame, connect, errlog):
    async with running() as app:
        app.scene.set @ Scene(Box(key="kept"), key="s")
        before = app.scene.store.snapshot()
        watcher = await connect(app)
        assert (await watcher.recv("SET"))["data"]["children"][0]["key"] == "kept"
        bad = await connect(app)
        await bad.recv("SET")
        await bad.ws.send_bytes(frame)
        with pytest.raises(ConnectionError):
            await bad.recv()
        assert bad.ws.close_code == 1007
        assert any("bad frame" in m for m in errlog.messages())  # the reason is logged
        app.scene.upsert @ Box(key="after")
        assert (await watcher.recv("UPSERT"))["data"]["nodes"][0]["key"] == "after"
        await wait_until(lambda: len(app.sessions) == 1, what="bad session gone")
        assert app.scene.store.get("kept") == before["children"][0]
    assert errlog.errors() == []


ODD_FIELDS = [
    pytest.param({"ts": "yesterday"}, id="ts-string"),
    pytest.param({"ts": float("nan")}, id="ts-nan"),
    pytest.param({"ts": float("inf")}, id="ts-inf"),
    pytest.param({"ts": True}, id="ts-bool"),
    pytest.param({"ts": [1.0]}, id="ts-list"),
    pytest.param({"ts": b"\x00\x01"}, id="ts-bin"),
    pytest.param({"ts": 2**64 - 1}, id="ts-huge-int"),
    pytest.param({"value": b"\xff" * 10}, id="value-bin"),
    pytest.param({"value": [float("nan"), -(2**63)]}, id="value-list-nan"),
    pytest.param({"value": None}, id="value-nil"),
    pytest.param({"_serialize": 1, "__class__": "x", "_deserialize": None}, id="underscore-fields"),
    pytest.param({"done": {"x": 1}, "extra": {"deep": [[[]]]}}, id="extra-fields"),
]


@pytest.mark.parametrize("odd", ODD_FIELDS)
async def test_odd_field_types_reach_handlers_as_sane_events(odd, connect, errlog):
    seen = []
    async with running() as app:
        app.add_handler("ON_CLICK", lambda e, s: seen.append(e))
        client = await connect(app)
        await _session(app)
        t0 = time.time()
        await client.send({"etype": "ON_CLICK", "ts": 1.5, "value": {"key": "box"}, **odd})
        await wait_until(lambda: seen, what="handler called")
        event = seen[0]
        assert isinstance(event.ts, (int, float)) and not isinstance(event.ts, bool) and math.isfinite(event.ts)
        if "ts" in odd and odd["ts"] is not True and isinstance(odd["ts"], (int, float)) and math.isfinite(odd["ts"]):
            assert event.ts == odd["ts"]
        elif "ts" in odd:
            assert t0 - 1 <= event.ts <= time.time() + 1  # the server's time, as for a missing ts
        assert event.etype == "ON_CLICK" and event.key is None
        assert callable(event._serialize) and isinstance(event._serialize(), dict)
        assert not client.ws.closed
        app.scene.upsert @ Box(key="still-served")
        assert (await client.recv("UPSERT"))["data"]["nodes"][0]["key"] == "still-served"
    assert errlog.errors() == []


@pytest.mark.parametrize("key", [5, 1.5, True, b"bin", ["a"], {"k": "v"}], ids=lambda k: type(k).__name__)
async def test_a_key_that_is_not_a_string_is_ignored(key, connect, errlog):
    seen = []
    async with running() as app:
        app.add_handler("CAMERA_MOVE", lambda e, s: seen.append(e.key))
        client = await connect(app)
        session = await _session(app)
        await client.send({"etype": "CAMERA_MOVE", "key": key, "value": {"camera": {}}})
        await client.send({"etype": "CAMERA_MOVE", "key": "defaultCamera", "value": {"camera": {}}})
        await wait_until(lambda: seen, what="the good frame")
        assert seen == ["defaultCamera"]
        assert [e.etype for e in session.downlink_queue] == ["INIT", "CAMERA_MOVE"]
        assert not client.ws.closed
    assert errlog.errors() == []


async def test_init_fields_of_any_type_do_not_break_sessions_listing(connect, http, errlog):
    async with running() as app:
        await connect(app, client=b"\x00\xff", pkg=float("nan"), pkgVersion={"a": [1]}, userAgent="u" * 100_000)
        await connect(app, client="browser", pkg="@vuer-ai/vuer")
        await wait_until(lambda: len([s for s in app.sessions.values() if s.init_event]) == 2, what="two sessions")
        async with http.get(f"{app.url}/sessions") as r:
            assert r.status == 200, await r.text()
            listed = (await r.json())["sessions"]
        odd = next(s for s in listed if s["client"] != "browser")
        assert odd["client"] is None and odd["pkg"] is None and odd["pkgVersion"] is None
        assert len(odd["userAgent"]) <= 201
        assert any(s["client"] == "browser" and s["pkg"] == "@vuer-ai/vuer" for s in listed)
    assert errlog.errors() == []


@pytest.mark.parametrize("value", [[1, 2], "jpeg", b"\xff\xd8", 7, None], ids=lambda v: type(v).__name__)
async def test_rpc_answer_whose_value_is_not_a_map_fails_that_rpc(value, connect, errlog):
    async with running() as app:
        client = await connect(app)
        session = await _session(app)
        task = asyncio.create_task(session.grab_render(ttl=10))
        request = await client.recv("GRAB_RENDER")
        await client.send({"etype": request["rtype"], "ts": 1.0, "key": "DEFAULT", "value": value})
        with pytest.raises(RPCError, match="malformed answer"):
            await asyncio.wait_for(task, 5)  # at once, not after the ttl
        assert session._rpcs == {}
        # the session goes on: the next RPC works
        task = asyncio.create_task(session.grab_render(ttl=10))
        request = await client.recv("GRAB_RENDER")
        await client.send({"etype": request["rtype"], "ts": 1.0, "value": {"frame": b"\xff\xd8"}})
        assert (await asyncio.wait_for(task, 5)).value["frame"] == b"\xff\xd8"
    assert errlog.errors() == []


async def test_rpc_answers_for_nobody_and_unknown_etypes_are_ignored(connect, errlog):
    async with running() as app:
        client = await connect(app)
        session = await _session(app)
        for frame in (
            {"etype": "GRAB_RENDER_RESPONSE@00000000-0000-0000-0000-000000000000", "ts": 1.0, "value": {"frame": b""}},
            {"etype": "GRAB_RENDER_RESPONSE@", "value": 5},
            {"etype": "", "value": {}},
            {"etype": "x" * 10_000, "value": {}},
            {"etype": "INIT", "ts": 2.0, "value": "a second INIT, not a map"},
        ):
            await client.send(frame)
        await wait_until(lambda: len(session.downlink_queue) == 6, what="all read")
        assert session.info["client"] == "browser"  # the first INIT stands
        app.scene.upsert @ Box(key="alive")
        assert (await client.recv("UPSERT"))["data"]["nodes"][0]["key"] == "alive"
    assert errlog.errors() == []


async def test_a_server_bug_while_dispatching_closes_that_socket_with_1011(connect, errlog, monkeypatch):
    async with running() as app:
        watcher = await connect(app)
        victim = await connect(app)
        await _session(app, 2)

        def broken(session, event, original=app._on_client_event):
            if event.etype == "BREAK":
                raise RuntimeError("a bug in the dispatcher")
            return original(session, event)

        monkeypatch.setattr(app, "_on_client_event", broken)
        await victim.send({"etype": "BREAK"})
        with pytest.raises(ConnectionError):
            await victim.recv()
        assert victim.ws.close_code == 1011
        app.scene.upsert @ Box(key="others-fine")
        assert (await watcher.recv("UPSERT"))["data"]["nodes"][0]["key"] == "others-fine"
    assert any("server error handling BREAK" in e for e in errlog.errors())  # logged, with its traceback
