"""A scene file loads in a worker thread: the server goes on serving while a big (or slow)
file is parsed and checked, and the reload lands when the load is done."""

from __future__ import annotations

import asyncio
import socket

from .conftest import Reloads, save, watched

SCENE = "scene:\n  - Box: {key: box%s}\nhandlers:\n  ON_CLICK: h.py:on_click\n"


async def test_clients_are_served_while_the_scene_file_loads(folder, tmp_path, connect):
    # The handler module holds the load until the test answers on a socket: the test answers
    # only once a new client got its scene, which needs the loop while the load is held. A
    # load on the loop would wait out the socket's timeout and fail.
    block = tmp_path / "block"
    with socket.create_server(("127.0.0.1", 0)) as gate:
        port = gate.getsockname()[1]
        save(
            folder / "h.py",
            f"""\
            import os, socket

            if os.path.exists({str(block)!r}):
                with socket.create_connection(("127.0.0.1", {port}), timeout=10) as held:
                    assert held.recv(1) == b"!"

            def on_click(event, session):
                pass
            """,
        )
        path = save(folder / "s.yaml", SCENE % "")
        async with watched(path) as runner:
            reloads = Reloads(runner.live)
            block.touch()
            save(path, SCENE % ", position: [1, 0, 0]")
            held, _ = await asyncio.wait_for(asyncio.to_thread(gate.accept), 10)  # the load is in h.py
            with held:
                client = await connect(runner.app)
                assert (await client.recv("SET"))["data"]["children"] == [{"key": "box", "tag": "Box"}]
                held.sendall(b"!")
                assert await reloads.next(timeout=15) is not None
                update = await client.recv("UPDATE")
                assert update["data"]["nodes"][0]["position"] == [1, 0, 0]
