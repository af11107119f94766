"""The loopback ceiling: a bare aiohttp websocket server that sends large binary frames.

    python bench/peers/serve_loopback.py --port PORT

A client connects to ``/`` and sends ``"SIZE SECONDS"`` (text); the server then sends
SIZE-byte binary frames back to back (``await ws.send_bytes``) for SECONDS, then one text
frame ``"end"``. No encoding, no queue, no scene: what one websocket on this machine carries
from an aiohttp server to an aiohttp client, the most a point-cloud stream could reach.
"""

from __future__ import annotations

import argparse
import sys
import time

from aiohttp import WSMsgType, web

MAX_SECONDS = 30.0


async def sender(request: web.Request) -> web.WebSocketResponse:
    ws = web.WebSocketResponse(max_msg_size=0)
    await ws.prepare(request)
    async for msg in ws:
        if msg.type != WSMsgType.TEXT:
            continue
        size, seconds = msg.data.split()
        payload = bytes(int(size))
        end = time.monotonic() + min(float(seconds), MAX_SECONDS)
        while time.monotonic() < end:
            await ws.send_bytes(payload)
        await ws.send_str("end")
    return ws


async def ready(_app) -> None:
    print("READY", file=sys.stderr, flush=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    app = web.Application()
    app.router.add_get("/", sender)
    app.on_startup.append(ready)
    web.run_app(app, host="127.0.0.1", port=args.port, print=None, handle_signals=True)
