"""A server run as a person runs it (``app.start()``), for the shutdown tests.

argv[1] picks what its handlers do: ``hang`` (await forever), ``stubborn`` (swallow
CancelledError and keep waiting), ``raise``. Prints ``PORT <n>`` when
serving, ``EXITED`` after ``start()`` returns. Logs go to stderr.
"""

import asyncio
import logging
import sys

from vuer_cli import Vuer
from vuer_cli.schema import Box

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
mode = sys.argv[1] if len(sys.argv) > 1 else "hang"
app = Vuer(host="127.0.0.1", port=0)


async def stubborn_wait():
    while True:
        try:
            await asyncio.sleep(3600)
        except asyncio.CancelledError:  # the point: user code that refuses to be cancelled
            pass


@app.spawn
async def main(session):
    session.upsert @ Box(key="box")
    session.spawn_task(stubborn_wait() if mode == "stubborn" else asyncio.sleep(3600), name="user-task")
    await session.forever()


@app.add_handler("ON_CLICK")
async def on_click(event, session):
    if mode == "raise":
        raise RuntimeError("handler bug")
    if mode == "stubborn":
        await stubborn_wait()
    await asyncio.sleep(3600)


async def background():
    await (stubborn_wait() if mode == "stubborn" else asyncio.sleep(3600))


_start_site = app._start_site


async def start_site():
    await _start_site()
    app.spawn_task(background, name="app-task")
    print(f"PORT {app.port}", flush=True)


app._start_site = start_site
app.start()
print("EXITED", flush=True)
