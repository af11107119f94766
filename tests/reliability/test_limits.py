"""WEBSOCKET_MAX_SIZE and REQUEST_MAX_SIZE, end to end: defaults, settings, what a person sees."""

from __future__ import annotations

import io

import msgpack
import pytest

from vuer_cli import Vuer
from vuer_cli.schema import Box

from ..conftest import running, wait_until

MiB = 2**20


def test_defaults_are_upstreams_256_mib(monkeypatch):
    for name in ("VUER_WEBSOCKET_MAX_SIZE", "WEBSOCKET_MAX_SIZE", "VUER_REQUEST_MAX_SIZE", "REQUEST_MAX_SIZE"):
        monkeypatch.delenv(name, raising=False)
    app = Vuer()
    assert app.WEBSOCKET_MAX_SIZE == 256 * MiB and app.REQUEST_MAX_SIZE == 256 * MiB


@pytest.mark.parametrize("env", ["VUER_WEBSOCKET_MAX_SIZE", "WEBSOCKET_MAX_SIZE"])
def test_websocket_limit_from_the_environment(env, monkeypatch):
    monkeypatch.setenv(env, "1234")
    assert Vuer().WEBSOCKET_MAX_SIZE == 1234


@pytest.mark.parametrize("env", ["VUER_REQUEST_MAX_SIZE", "REQUEST_MAX_SIZE"])
def test_request_limit_from_the_environment(env, monkeypatch):
    monkeypatch.setenv(env, "4321")
    assert Vuer().REQUEST_MAX_SIZE == 4321


def _frame(size: int) -> bytes:
    """An ON_CLICK frame of exactly ``size`` bytes."""
    pad = size - len(msgpack.packb({"etype": "ON_CLICK", "ts": 1.0, "value": {"pad": b""}})) - 4
    frame = msgpack.packb({"etype": "ON_CLICK", "ts": 1.0, "value": {"pad": b"x" * pad}})
    frame = msgpack.packb({"etype": "ON_CLICK", "ts": 1.0, "value": {"pad": b"x" * (pad + size - len(frame))}})
    assert len(frame) == size
    return frame


async def test_frames_above_aiohttps_4_mib_default_are_accepted(connect):
    """Upstream closes at 4 MiB (aiohttp's default); ours takes what WEBSOCKET_MAX_SIZE says."""
    seen = []
    async with running() as app:
        app.add_handler("ON_CLICK", lambda e, s: seen.append(len(e.value["pad"])))
        client = await connect(app)
        await client.ws.send_bytes(_frame(6 * MiB))
        await wait_until(lambda: seen, what="the 6 MiB frame")
        assert seen[0] > 6 * MiB - 100


async def test_oversize_frame_closes_only_that_socket_with_1009_and_says_why(connect, errlog):
    limit = 64 * 1024
    seen = []
    async with running(WEBSOCKET_MAX_SIZE=limit) as app:
        app.add_handler("ON_CLICK", lambda e, s: seen.append(len(e.value["pad"])))
        app.scene.upsert @ Box(key="kept")
        watcher = await connect(app)
        await watcher.recv("SET")
        big = await connect(app)
        await big.recv("SET")
        await big.ws.send_bytes(_frame(limit - 64))  # (aiohttp refuses a frame of exactly max_msg_size)
        await wait_until(lambda: seen, what="the frame under the limit")
        await big.ws.send_bytes(_frame(limit + 1))
        with pytest.raises(ConnectionError):
            await big.recv()
        assert big.ws.close_code == 1009
        logged = [m for m in errlog.messages() if "WEBSOCKET_MAX_SIZE" in m]
        assert logged and "1009" in logged[0] and str(limit) in logged[0]
        app.scene.upsert @ Box(key="after")
        assert (await watcher.recv("UPSERT"))["data"]["nodes"][0]["key"] == "after"
        assert len(seen) == 1 and "kept" in app.scene.store
    assert errlog.errors() == []


async def test_oversize_text_frame_is_1009_too(connect):
    async with running(WEBSOCKET_MAX_SIZE=1000) as app:
        client = await connect(app)
        await client.ws.send_str('{"etype": "ON_CLICK", "value": "' + "x" * 2000 + '"}')
        with pytest.raises(ConnectionError):
            await client.recv()
        assert client.ws.close_code == 1009


def _relay_body(size: int) -> bytes:
    event = {"etype": "UPSERT", "data": {"nodes": [{"key": "big", "tag": "Box", "blob": b""}], "to": None}}
    base = len(msgpack.packb(event))
    event["data"]["nodes"][0]["blob"] = b"x" * (size - base - 4)
    body = msgpack.packb(event)
    event["data"]["nodes"][0]["blob"] = b"x" * (size - base - 4 + size - len(body))
    body = msgpack.packb(event)
    assert len(body) == size
    return body


async def test_relay_body_over_request_max_size_is_413_and_changes_nothing(connect, http, errlog):
    limit = 100_000
    async with running(REQUEST_MAX_SIZE=limit) as app:
        client = await connect(app)
        await wait_until(lambda: app.scene.sessions, what="session")
        async with http.post(f"{app.url}/relay?sid=*", data=_relay_body(limit + 1)) as r:
            assert r.status == 413, await r.text()
            assert str(limit) in await r.text()
        assert "big" not in app.scene.store
        async with http.post(f"{app.url}/relay?sid=*", data=_relay_body(limit)) as r:
            assert r.status == 200
        assert (await client.recv("UPSERT"))["data"]["nodes"][0]["key"] == "big"
    assert errlog.errors() == []


async def test_relay_bodies_above_aiohttps_1_mib_default_are_accepted(http):
    async with running() as app:
        async with http.post(f"{app.url}/relay?sid=*", data=io.BytesIO(_relay_body(3 * MiB))) as r:
            assert r.status == 200, await r.text()
        assert "big" in app.scene.store


async def test_limits_set_after_construction_are_honoured(connect, http):
    """``app.start(REQUEST_MAX_SIZE=...)`` sets the attribute after __init__: it must still count."""
    app = Vuer(host="127.0.0.1", port=0)
    app.REQUEST_MAX_SIZE = 50_000
    app.WEBSOCKET_MAX_SIZE = 50_000
    async with app.serving():
        async with http.post(f"{app.url}/relay?sid=*", data=_relay_body(50_001)) as r:
            assert r.status == 413
        client = await connect(app)
        await client.ws.send_bytes(_frame(50_001))
        with pytest.raises(ConnectionError):
            await client.recv()
        assert client.ws.close_code == 1009
