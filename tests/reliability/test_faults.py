"""Faults: user code that raises or hangs, clients that vanish, and shutting down."""

from __future__ import annotations

import asyncio
import signal
import subprocess
import sys
import time
from pathlib import Path

import aiohttp
import msgpack
import pytest

from vuer_cli import RPCError
from vuer_cli.schema import Box

from ..conftest import running, wait_until
from .conftest import task_count

PROGRAM = Path(__file__).parent / "programs" / "stoppable.py"


class Boom(Exception):
    pass


async def _sessions(app, n):
    await wait_until(lambda: len([s for s in app.sessions.values() if s.init_event]) >= n, what=f"{n} sessions")
    return [s for s in app.sessions.values() if s.init_event]


async def test_raising_handlers_and_spawns_are_reported_and_others_go_on(connect, errlog):
    async with running() as app:

        @app.spawn
        def plain(session):  # a plain def that raises: reported, the socket stays
            raise Boom("spawn bug")

        app.add_handler("ON_CLICK", lambda e, s: (_ for _ in ()).throw(Boom("sync handler bug")))

        async def async_bug(e, s):
            await asyncio.sleep(0)
            raise Boom("async handler bug")

        app.add_handler("ON_CLICK", async_bug)
        a = await connect(app)
        b = await connect(app)
        await _sessions(app, 2)
        await a.send({"etype": "ON_CLICK", "ts": 1.0, "value": {"key": "box"}})
        errors = [await a.recv("ERROR") for _ in range(3)]  # each shown in that client's overlay
        assert sorted(e["data"]["message"].split(" raised ")[0] for e in errors) == [
            "async_bug:ON_CLICK",
            "handler <lambda> for ON_CLICK",
            "spawn function plain",
        ]
        assert all("Boom" in e["data"]["message"] for e in errors)
        app.scene.upsert @ Box(key="still")
        for c in (a, b):
            assert (await c.recv("UPSERT"))["data"]["nodes"][0]["key"] == "still"
        assert not a.ws.closed
    assert errlog.errors(allow=(Boom,)) == []  # only the users' bugs were logged as errors
    assert len(errlog.errors()) == 4  # b's spawn, a's spawn and two handlers: each logged once


async def test_a_hanging_async_handler_blocks_nobody_and_ends_with_its_session(connect, errlog):
    hung = []

    async def hang(event, session):
        hung.append(session.id)
        await asyncio.Event().wait()

    async with running() as app:
        app.add_handler("ON_CLICK", hang)
        clicks = []
        app.add_handler("CAMERA_MOVE", lambda e, s: clicks.append(s.id))
        a = await connect(app)
        b = await connect(app)
        sa, sb = await _sessions(app, 2)
        base = task_count()
        for _ in range(50):
            await a.send({"etype": "ON_CLICK", "ts": 1.0, "value": {"key": "x"}})
        await wait_until(lambda: len(hung) == 50, what="50 hanging handlers")
        # the same session and the other go on at once
        await a.send({"etype": "CAMERA_MOVE", "key": "defaultCamera", "value": {}})
        await b.send({"etype": "CAMERA_MOVE", "key": "defaultCamera", "value": {}})
        await wait_until(lambda: len(clicks) == 2, what="other events handled")
        sa.upsert @ Box(key="to-a")
        assert (await a.recv("UPSERT"))["data"]["nodes"][0]["key"] == "to-a"
        assert task_count() >= base + 50
        await a.close()
        await wait_until(lambda: sa.closed and not sa._tasks, what="a's handler tasks cancelled")
        assert task_count() <= base + 1
        assert not sb.closed
    assert errlog.errors() == []


async def test_a_handler_that_swallows_cancellation_does_not_hang_the_disconnect(connect, errlog):
    released = []
    stubborn_tasks = []

    async def stubborn(event, session):
        stubborn_tasks.append(asyncio.current_task())
        while not released:  # (only so that the test can end it)
            try:
                await asyncio.sleep(3600)
            except asyncio.CancelledError:
                pass

    try:
        async with running() as app:
            app.add_handler("ON_CLICK", stubborn)
            a = await connect(app)
            b = await connect(app)
            sa, _ = await _sessions(app, 2)
            await a.send({"etype": "ON_CLICK", "ts": 1.0, "value": {}})
            await wait_until(lambda: stubborn_tasks, what="the stubborn task")
            t0 = time.monotonic()
            await a.close()
            await wait_until(lambda: sa.id not in app.sessions and sa.closed, timeout=5, what="a's session ended")
            app.scene.upsert @ Box(key="b-fine")  # b is served meanwhile
            assert (await b.recv("UPSERT"))["data"]["nodes"][0]["key"] == "b-fine"
            await wait_until(lambda: any("did not stop" in m for m in errlog.messages()), timeout=5, what="the warning")
            await wait_until(lambda: not any(t.get_name() == f"uplink-{sa.id}" for t in asyncio.all_tasks()), timeout=5, what="a's writer gone")
            assert time.monotonic() - t0 < 4  # the disconnect finished, the stubborn task left behind
            warned = [m for m in errlog.messages() if "did not stop" in m]
            assert "stubborn:ON_CLICK" in warned[0]
    finally:
        released.append(True)
        for t in stubborn_tasks:
            t.cancel()
        if stubborn_tasks:
            await asyncio.wait(stubborn_tasks, timeout=5)
    assert errlog.errors() == []


async def test_too_many_pending_async_handler_calls_are_shed_not_hoarded(connect, errlog):
    started = []

    async def hang(event, session):
        started.append(1)
        await asyncio.Event().wait()

    async with running(max_pending_handlers=20) as app:
        app.add_handler("CAMERA_MOVE", hang)
        a = await connect(app)
        (sa,) = await _sessions(app, 1)
        for _ in range(200):
            await a.send({"etype": "CAMERA_MOVE", "key": "defaultCamera", "value": {}})
        await wait_until(lambda: len(sa.downlink_queue) >= 100, what="frames read")
        await wait_until(lambda: len(started) == 20, what="20 handler calls")
        await a.send({"etype": "PROBE"})
        await wait_until(lambda: any(e.etype == "PROBE" for e in sa.downlink_queue), what="probe read")
        assert len(started) == 20 and len(sa._tasks) <= 21
        assert any("pending" in m and "CAMERA_MOVE" in m for m in errlog.messages())
    assert errlog.errors() == []


async def test_rpc_fails_fast_when_the_client_vanishes_without_a_close(connect, errlog):
    """The socket is cut (no close frame): the waiting RPC ends in RPCError, not its ttl."""
    async with running() as app:
        client = await connect(app)
        (session,) = await _sessions(app, 1)
        task = asyncio.create_task(session.grab_render(ttl=60))
        await client.recv("GRAB_RENDER")
        t0 = time.monotonic()
        client.ws._response.connection.transport.abort()  # vanish: no close handshake
        with pytest.raises(RPCError, match="closed before answering"):
            await asyncio.wait_for(task, 10)
        assert time.monotonic() - t0 < 5
        # and an RPC on a session already gone fails at once
        with pytest.raises(RPCError, match="closed"):
            await asyncio.wait_for(session.grab_render(ttl=60), 1)
    assert errlog.errors() == []


async def test_app_level_tasks_end_with_the_server(errlog):
    async with running() as app:
        task = app.spawn_task(asyncio.sleep(3600), name="app-bg")
    await asyncio.sleep(0)
    assert task.done() and task.cancelled()


# ---- shutdown of a real process --------------------------------------------------------------


def _spawn(mode: str) -> tuple[subprocess.Popen, int]:
    proc = subprocess.Popen([sys.executable, "-X", "dev", str(PROGRAM), mode], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    if not line.startswith("PORT "):
        proc.kill()
        out, err = proc.communicate()
        raise AssertionError(f"server did not start: {line}{out}\n{err}")
    return proc, int(line.split()[1])


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
@pytest.mark.parametrize("mode", ["hang", "raise", "stubborn"])
async def test_shutdown_closes_sockets_with_1001_and_leaves_nothing_pending(sig, mode):
    proc, port = await asyncio.to_thread(_spawn, mode)
    try:
        async with aiohttp.ClientSession() as http:
            sockets = []
            for _ in range(3):
                ws = await http.ws_connect(f"ws://127.0.0.1:{port}/")
                await ws.send_bytes(msgpack.packb({"etype": "INIT", "ts": 1.0, "value": {"client": "python"}}))
                await ws.send_bytes(msgpack.packb({"etype": "ON_CLICK", "ts": 1.0, "value": {"key": "box"}}))
                msg = await ws.receive(timeout=10)  # the spawn function's upsert: the session is live
                assert msg.type == aiohttp.WSMsgType.BINARY
                sockets.append(ws)
            t0 = time.monotonic()
            proc.send_signal(sig)
            for ws in sockets:
                while True:
                    msg = await ws.receive(timeout=10)
                    if msg.type != aiohttp.WSMsgType.BINARY:
                        break
                assert msg.type == aiohttp.WSMsgType.CLOSE and msg.data == 1001, msg
        out, err = await asyncio.to_thread(proc.communicate, timeout=15)
        elapsed = time.monotonic() - t0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    assert "EXITED" in out
    assert elapsed < 8, f"shutdown took {elapsed:.1f} s"
    if mode == "stubborn":
        # named, so the person can fix their code; asyncio then reports them destroyed
        assert "task on_click:ON_CLICK did not stop when cancelled" in err
        assert "task user-task did not stop when cancelled" in err
        return
    for bad in ("Task was destroyed but it is pending", "Task exception was never retrieved", "was never awaited", "Traceback", "Unclosed", "ResourceWarning", "did not stop"):
        if mode == "raise" and bad == "Traceback":
            continue  # the handler's own error, logged with its traceback while serving
        assert bad not in err, err
    if mode == "raise":
        assert err.count("RuntimeError: handler bug") == 3  # one per client, logged while serving


async def test_shutdown_is_not_held_up_by_a_client_that_stopped_reading(server_process):
    """Closing a socket waits for its buffer to drain: a client that never reads must not
    keep the others from their 1001, nor the process from exiting."""
    from .test_slow_reader import RawClient, _new_key

    server = server_process("20")
    async with aiohttp.ClientSession() as http:
        stuck = await RawClient.connect(server.port)
        stuck.send({"etype": "INIT", "ts": 1.0, "value": {"client": "stuck"}})
        others = []
        for i in range(3):
            ws = await http.ws_connect(f"ws://127.0.0.1:{server.port}/", max_msg_size=0)
            await ws.send_bytes(msgpack.packb({"etype": "INIT", "ts": 1.0, "value": {"client": f"reader-{i}"}}))
            others.append(ws)
        while (await server.stats(http))["scene_sessions"] < 4:
            await asyncio.sleep(0.02)

        async def read_until_closed(ws):
            while True:
                msg = await ws.receive()
                if msg.type != aiohttp.WSMsgType.BINARY:
                    return msg

        readers = [asyncio.create_task(read_until_closed(ws)) for ws in others]
        for i in range(60):  # 6 MB: more than the stuck client's socket buffers take
            async with http.post(f"{server.url}/relay?sid=*", data=_new_key(i)) as r:
                assert r.status == 200
        stats = await server.stats(http)
        assert stats["queues"]["stuck"]["resyncs"] + stats["queues"]["stuck"]["coalesced"] > 0  # it is stuck
        t0 = time.monotonic()
        server.proc.send_signal(signal.SIGTERM)
        closes = await asyncio.wait_for(asyncio.gather(*readers), 10)
        closed_after = time.monotonic() - t0
        assert [(m.type, m.data) for m in closes] == [(aiohttp.WSMsgType.CLOSE, 1001)] * 3
        code = await asyncio.to_thread(server.proc.wait, 10)
        exited_after = time.monotonic() - t0
        await asyncio.to_thread(server.stop)  # (collects stderr)
        stuck.close()
    print(f"\nshutdown with a stuck client: others closed (1001) after {closed_after:.2f} s, exit after {exited_after:.2f} s")
    assert closed_after < 3 and exited_after < 8
    assert code == 0, server.stderr
    assert "Traceback" not in server.stderr and "Task was destroyed" not in server.stderr, server.stderr
