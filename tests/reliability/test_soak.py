"""Soak: 200 connect/disconnect cycles while 50 clients receive updates; nothing leaks.

The server runs in its own process (programs/stats_server.py), so its task count and RSS are
its own. It keeps going for SOAK_SECONDS (25 s; ``VUER_SOAK_SECONDS`` to soak longer) once the
minimum counts are done; the timeout mark stops it at 60 s (more with a longer soak). Part of
the default run. Prints the tasks and RSS before and after.
"""

from __future__ import annotations

import asyncio
import os
import time

import aiohttp
import msgpack
import pytest

from vuer_cli.server.store import SceneStore

from ..conftest import WSClient

CYCLES = 200  # at least
CLIENTS = 50
ROUNDS = 40  # at least
KEYS = 20
CHURNERS = 4  # connect/disconnect loops running side by side
SOAK_SECONDS = float(os.environ.get("VUER_SOAK_SECONDS", "25"))


class Receiver:
    """A client that replays what it receives into its own SceneStore."""

    def __init__(self, client: WSClient):
        self.client = client
        self.store = SceneStore()
        self.round = -1
        self.changed = asyncio.Event()
        self.task = asyncio.create_task(self._run())

    async def _run(self):
        while True:
            frame = await self.client.frames.get()
            if frame is None:
                return
            self.client.received.clear()  # (keep the test's own memory flat)
            if frame.get("etype") in ("SET", "ADD", "UPSERT", "UPDATE", "REMOVE"):
                self.store.apply(frame)
                marker = self.store.nodes.get("round")
                if marker is not None:
                    self.round = marker["n"]
                self.changed.set()

    async def reached(self, n: int):
        while self.round < n:
            self.changed.clear()
            await self.changed.wait()


def _round(r: int) -> bytes:
    events = [{"etype": "UPSERT", "data": {"nodes": [{"tag": "Box", "key": f"k{i}", "position": [r, i, 0], "material": {"color": "red"}}], "to": None}} for i in range(KEYS)]
    events.append({"etype": "UPSERT", "data": {"nodes": [{"tag": "Marker", "key": "round", "n": r}], "to": None}})
    return msgpack.packb(events)


@pytest.mark.timeout(max(60, SOAK_SECONDS + 35))
async def test_soak_churn_and_broadcast_leave_nothing_behind(server_process):
    server = server_process()
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as http:

        async def client(name: str) -> WSClient:
            c = WSClient(await http.ws_connect(f"ws://127.0.0.1:{server.port}/", max_msg_size=0))
            await c.init(client=name)
            return c

        async with http.post(f"{server.url}/relay?sid=*", data=_round(-1)) as r:
            assert r.status == 200
        # warm up (first-connection allocations), then take the baseline
        c = await client("warm-up")
        await c.recv("SET")
        await c.close()
        while (await server.stats(http))["sessions"]:
            await asyncio.sleep(0.05)
        before = await server.stats(http, gc=True)
        t0 = time.monotonic()

        receivers = [Receiver(await client(f"receiver-{i}")) for i in range(CLIENTS)]
        cycles = {"done": 0, "vanished": 0, "rounds": 0}
        soak_until = time.monotonic() + SOAK_SECONDS

        def more(done: int, minimum: int) -> bool:
            return done < minimum or time.monotonic() < soak_until

        async def churn(w: int):
            while more(cycles["done"], CYCLES):
                i = cycles["done"]
                c = await client(f"churn-{w}-{i}")
                frame = await c.recv("SET")  # a late joiner gets the scene at once
                assert "k0" in {n["key"] for n in frame["data"]["children"]}
                if i % 3 == 0:  # some vanish mid-stream, without a close handshake
                    c.ws._response.connection.transport.abort()
                    cycles["vanished"] += 1
                await c.close()
                cycles["done"] += 1

        async def broadcast():
            r = 0
            while more(r, ROUNDS):
                async with http.post(f"{server.url}/relay?sid=*", data=_round(r)) as resp:
                    assert resp.status == 200, await resp.text()
                    assert (await resp.json())["delivered"] >= CLIENTS
                await asyncio.gather(*(rc.reached(r) for rc in receivers))  # all 50 saw the round
                r += 1
            cycles["rounds"] = r

        async with asyncio.timeout(SOAK_SECONDS + 20):
            await asyncio.gather(broadcast(), *(churn(w) for w in range(CHURNERS)))
        during = await server.stats(http)
        final = receivers[0].store.snapshot()
        assert {n["key"]: n["position"] for n in final["children"] if n["key"].startswith("k")} == {f"k{i}": [cycles["rounds"] - 1, i, 0] for i in range(KEYS)}
        for rc in receivers:  # every client ends with the same, right scene
            assert rc.store.snapshot() == final
        for rc in receivers:
            await rc.client.close()
        await asyncio.gather(*(rc.task for rc in receivers), return_exceptions=True)
        async with asyncio.timeout(10):
            while (await server.stats(http))["sessions"]:
                await asyncio.sleep(0.05)
        after = await server.stats(http, gc=True)
        elapsed = time.monotonic() - t0
    code = await asyncio.to_thread(server.stop)
    print(
        f"\nsoak: {cycles['done']} connect/disconnect cycles ({cycles['vanished']} without a close) + {CLIENTS} clients x "
        f"{cycles['rounds']} rounds of {KEYS + 1} relayed upserts in {elapsed:.1f} s; server tasks {before['tasks']} -> "
        f"{during['tasks']} (with {during['sessions']} sessions) -> {after['tasks']}; server RSS {before['rss_mb']:.1f} -> "
        f"{after['rss_mb']:.1f} MB (+{after['rss_mb'] - before['rss_mb']:.1f}, peak {after['peak_rss_mb']:.1f})"
    )
    assert cycles["done"] >= CYCLES and cycles["rounds"] >= ROUNDS
    assert abs(after["tasks"] - before["tasks"]) <= 5, (before["task_names"], after["task_names"])
    assert after["rss_mb"] - before["rss_mb"] < 50
    assert after["sessions"] == after["ws"] == after["scene_sessions"] == 0
    assert after["handlers"] == before["handlers"]
    assert code == 0
    assert "ERROR" not in server.stderr and "Traceback" not in server.stderr, server.stderr
