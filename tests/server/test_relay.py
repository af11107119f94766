"""POST /relay: delivered (awaited), validated, to one sid or to all."""

from __future__ import annotations

import json

import msgpack

from vuer_cli import Vuer

from ..conftest import running, wait_until

BOX = {"etype": "UPSERT", "data": {"nodes": [{"tag": "Box", "key": "relayed", "material": {"color": "lime"}}], "to": None}}


async def test_relay_to_one_sid(server: Vuer, connect, http):
    a = await connect(server)
    b = await connect(server)
    await wait_until(lambda: len(server.scene.sessions) == 2, what="two sessions")
    sid = next(iter(server.sessions))
    async with http.post(f"{server.url}/relay?sid={sid}", data=msgpack.packb(BOX)) as r:
        assert r.status == 200, await r.text()
        assert (await r.json())["delivered"] == 1
    frames = [await c.nothing_for(0.3) for c in (a, b)]
    got = [[f for f in fs if f["etype"] == "UPSERT"] for fs in frames]
    assert sorted(len(g) for g in got) == [0, 1]
    assert "relayed" not in server.scene.store  # one session's view only


async def test_relay_to_all_reaches_late_joiners(server: Vuer, connect, http):
    a = await connect(server)
    await wait_until(lambda: server.scene.sessions, what="a session")
    async with http.post(f"{server.url}/relay?sid=*", data=msgpack.packb(BOX)) as r:
        assert r.status == 200
        assert (await r.json())["delivered"] == 1
    assert (await a.recv("UPSERT"))["data"]["nodes"][0]["key"] == "relayed"
    late = await connect(server)
    assert (await late.recv("SET"))["data"]["children"][0]["material"] == {"color": "lime"}


async def test_relay_json_body(server: Vuer, connect, http):
    a = await connect(server)
    await wait_until(lambda: server.scene.sessions, what="a session")
    body = json.dumps([BOX, {"etype": "REMOVE", "data": {"keys": ["relayed"]}}])
    async with http.post(f"{server.url}/relay?sid=*", data=body, headers={"Content-Type": "application/json"}) as r:
        assert r.status == 200 and (await r.json())["events"] == 2
    assert (await a.recv("UPSERT"))["etype"] == "UPSERT"
    assert (await a.recv("REMOVE"))["data"]["keys"] == ["relayed"]


async def test_relay_rejects_bad_bodies_and_unknown_sid(server: Vuer, http):
    cases = [
        (b"\xc1garbage", "not valid msgpack"),
        (msgpack.packb([1, 2]), "not a map"),
        (msgpack.packb({"data": 1}), "no string 'etype'"),
        (msgpack.packb({"etype": "NOPE"}), "unknown etype 'NOPE'"),
        (msgpack.packb({"etype": "UPSERT", "data": {"nodes": "x"}}), "data.nodes"),
        (msgpack.packb({"etype": "SET", "data": {"tag": "Box"}}), "must be a Scene"),
        (msgpack.packb({"etype": "ADD", "data": {"nodes": [{"tag": "Box", "key": "k"}], "to": "ghost"}}), "no parent with key 'ghost'"),
        (b"", "empty body"),
    ]
    for body, reason in cases:
        async with http.post(f"{server.url}/relay?sid=*", data=body) as r:
            assert r.status == 400, (body, await r.text())
            assert reason in (await r.json())["error"], (reason, await r.text())
    async with http.post(f"{server.url}/relay?sid=nobody", data=msgpack.packb(BOX)) as r:
        assert r.status == 404
    async with http.post(f"{server.url}/relay", data=msgpack.packb(BOX)) as r:
        assert r.status == 400
    assert server.scene.store.empty


async def test_relay_batch_is_all_or_nothing(server: Vuer, http):
    good = BOX
    bad = {"etype": "UPDATE", "data": {"nodes": [7]}}
    async with http.post(f"{server.url}/relay?sid=*", data=msgpack.packb([good, bad])) as r:
        assert r.status == 400 and "event 1" in (await r.json())["error"]
    assert "relayed" not in server.scene.store


async def test_sessions_endpoint_lists_clients(server: Vuer, connect, http):
    await connect(server, client="browser", pkg="a")
    await connect(server, client="python", pkg="b")
    await wait_until(lambda: len(server.scene.sessions) == 2, what="two sessions")
    async with http.get(f"{server.url}/sessions") as r:
        sessions = (await r.json())["sessions"]
    assert sorted(s["client"] for s in sessions) == ["browser", "python"]
    assert all(isinstance(s["id"], str) and s["connectedAt"] > 0 for s in sessions)


async def test_token_guards_relay_sessions_and_socket(http, connect):
    async with running(token="s3cret") as app:
        for url in (f"{app.url}/sessions", f"{app.url}/sessions?token=wrong"):
            async with http.get(url) as r:
                assert r.status == 401
        async with http.get(f"{app.url}/sessions?token=s3cret") as r:
            assert r.status == 200
        async with http.post(f"{app.url}/relay?sid=*", data=msgpack.packb(BOX), headers={"Authorization": "Bearer s3cret"}) as r:
            assert r.status == 200
        async with http.post(f"{app.url}/relay?sid=*", data=msgpack.packb(BOX)) as r:
            assert r.status == 401
        import aiohttp
        import pytest

        with pytest.raises(aiohttp.WSServerHandshakeError) as info:
            await http.ws_connect(f"ws://127.0.0.1:{app.port}/")
        assert info.value.status == 401
        client = await connect(app, query="?token=s3cret")
        assert (await client.recv("SET"))["data"]["children"][0]["key"] == "relayed"
