"""A client that stops reading: coalesced, bounded, and right in the end; others unaffected.

The server runs in its own process (programs/stats_server.py) so that its memory is measured
alone. Updates arrive the way another process sends them, through POST /relay.
"""

from __future__ import annotations

import asyncio
import base64
import os
import socket
import time

import aiohttp
import msgpack
import pytest

from vuer_cli.server.store import SceneStore

from ..conftest import WSClient

QUEUE_LEN = 20
MOVES = 1000
NEW_KEYS = 100
BLOB = 100_000  # bytes per new key: 10 MB in all, more than loopback socket buffers hold


class RawClient:
    """A websocket client written out by hand, so that *not reading* really means it: a
    small receive buffer, no library reading ahead in the background."""

    @classmethod
    async def connect(cls, port: int) -> "RawClient":
        sock = socket.socket()
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        sock.setblocking(False)
        await asyncio.get_running_loop().sock_connect(sock, ("127.0.0.1", port))
        self = cls()
        self.reader, self.writer = await asyncio.open_connection(sock=sock, limit=2**16)
        key = base64.b64encode(os.urandom(16)).decode()
        self.writer.write(
            f"GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n".encode()
        )
        head = await self.reader.readuntil(b"\r\n\r\n")
        assert head.startswith(b"HTTP/1.1 101"), head
        return self

    def send(self, obj) -> None:
        payload = msgpack.packb(obj)
        n, mask = len(payload), os.urandom(4)
        head = bytes([0x82, 0x80 | n]) if n < 126 else bytes([0x82, 0x80 | 126]) + n.to_bytes(2, "big")
        self.writer.write(head + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload)))

    async def recv(self) -> dict:
        while True:
            b0, b1 = await self.reader.readexactly(2)
            n = b1 & 0x7F
            if n >= 126:
                n = int.from_bytes(await self.reader.readexactly(2 if n == 126 else 8), "big")
            payload = await self.reader.readexactly(n)
            if b0 & 0x0F == 0x2:
                return msgpack.unpackb(payload)
            assert b0 & 0x0F in (0x9, 0xA), b0  # pings/pongs only, no close

    def close(self) -> None:
        self.writer.close()


def _moves(i: int) -> bytes:
    return msgpack.packb({"etype": "UPSERT", "data": {"nodes": [{"tag": "Box", "key": "moving", "position": [i, 0, 0]}], "to": None}})


def _new_key(i: int) -> bytes:
    blob = bytes([i]) * BLOB
    return msgpack.packb({"etype": "UPSERT", "data": {"nodes": [{"tag": "Box", "key": f"new{i}", "blob": blob}], "to": None}})


def _done(store: SceneStore) -> bool:
    moving = store.nodes.get("moving")
    return moving is not None and moving["position"] == [MOVES - 1, 0, 0] and all(f"new{i}" in store.nodes for i in range(NEW_KEYS))


def _right(store: SceneStore) -> bool:
    return _done(store) and len(store) == NEW_KEYS + 1 and all(store.nodes[f"new{i}"]["blob"] == bytes([i]) * BLOB for i in range(NEW_KEYS))


@pytest.mark.timeout(90)
async def test_slow_reader_is_coalesced_bounded_and_right_in_the_end(server_process):
    server = server_process(str(QUEUE_LEN))
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as http:
        fast = WSClient(await http.ws_connect(f"ws://127.0.0.1:{server.port}/", max_msg_size=0))
        await fast.init(client="fast")
        slow = await RawClient.connect(server.port)  # it will not read until told
        slow.send({"etype": "INIT", "ts": 1.0, "value": {"client": "slow"}})
        while (await server.stats(http))["scene_sessions"] < 2:
            await asyncio.sleep(0.02)
        before = await server.stats(http, gc=True)

        fast_store, fast_frames, fast_moves = SceneStore(), [0], set()
        fast_done = asyncio.Event()

        async def read_fast():
            while not fast_done.is_set():
                frame = await fast.recv(timeout=30)
                fast_frames[0] += 1
                fast_store.apply(frame)
                for node in frame.get("data", {}).get("nodes", ()) if frame["etype"] == "UPSERT" else ():
                    if node.get("key") == "moving":
                        fast_moves.add(node["position"][0])
                if _done(fast_store):
                    fast_done.set()

        reader = asyncio.create_task(read_fast())
        peak = {"items": 0, "bytes": 0, "rss": before["rss_mb"]}

        async def sample():
            s = await server.stats(http)
            q = s["queues"]["slow"]
            peak["items"] = max(peak["items"], q["items"])
            peak["bytes"] = max(peak["bytes"], q["bytes"])
            peak["rss"] = max(peak["rss"], s["rss_mb"])

        sent = 0
        t0 = time.monotonic()
        for i in range(MOVES):  # 1000 upserts of one key, with a new 100 kB key every 10th
            if i % 10 == 0:
                async with http.post(f"{server.url}/relay?sid=*", data=_new_key(i // 10)) as r:
                    assert r.status == 200, await r.text()
                sent += 1
                await sample()
            async with http.post(f"{server.url}/relay?sid=*", data=_moves(i)) as r:
                assert r.status == 200, await r.text()
            sent += 1
        t_sent = time.monotonic()
        await asyncio.wait_for(fast_done.wait(), 10)  # the fast client is not held back
        fast_lag = time.monotonic() - t_sent
        await reader
        assert _right(fast_store)
        during = await server.stats(http)
        slow_q = during["queues"]["slow"]
        assert slow_q["coalesced"] + slow_q["resyncs"] > 0  # the slow one really fell behind

        # the slow client resumes: whatever it gets, it ends with the right scene
        slow_store, slow_frames = SceneStore(), 0
        async with asyncio.timeout(30):
            while not _right(slow_store):
                slow_store.apply(await slow.recv())
                slow_frames += 1
        after = await server.stats(http, gc=True)
        await fast.close()
        slow.close()
    code = await asyncio.to_thread(server.stop)
    print(
        f"\nslow reader: {sent} relayed upserts ({MOVES} of one key, {NEW_KEYS} new keys x {BLOB // 1000} kB) in "
        f"{t_sent - t0:.1f} s; fast client: {len(fast_moves)}/{MOVES} moves seen, done {fast_lag * 1000:.0f} ms after the last send; "
        f"slow client: {slow_q['coalesced']} coalesced, {slow_q['resyncs']} resyncs, {slow_frames} frames on resuming; "
        f"its queue peaked at {peak['items']} items / {peak['bytes'] / 1e6:.1f} MB (queue_len {QUEUE_LEN}); "
        f"server RSS {before['rss_mb']:.1f} -> peak {max(peak['rss'], after['peak_rss_mb']):.1f} -> {after['rss_mb']:.1f} MB "
        f"(the scene itself holds {NEW_KEYS * BLOB / 1e6:.0f} MB)"
    )
    assert fast_lag < 5
    assert len(fast_moves) > MOVES * 0.9  # a reader that keeps up sees (nearly) every move
    assert peak["items"] <= QUEUE_LEN + 1  # +1: a pending resync snapshot
    assert peak["bytes"] <= (QUEUE_LEN + 1) * (BLOB + 1000)
    assert slow_frames < MOVES + NEW_KEYS  # coalesced and resynced, not replayed one by one
    # bounded: the scene (10 MB, kept once) + in-flight frames, not a copy per queued event
    assert max(peak["rss"], after["peak_rss_mb"]) - before["rss_mb"] < 120
    assert code == 0
    assert "ERROR" not in server.stderr and "Traceback" not in server.stderr, server.stderr
