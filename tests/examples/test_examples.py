"""The example programs in ``examples/`` run as a user runs them: ``python examples/X.py``.

Each runs as a real subprocess (``VUER_PORT`` = a free port, ``VUER_HOST=127.0.0.1``), a real
websocket client connects and says INIT as the browser does, and we check what it receives
and what the handlers do. Then Ctrl-C (SIGINT): the program must exit 0 without a traceback.
"""

from __future__ import annotations

import asyncio
import math
import signal
import time

import numpy as np
import pytest

from .programs import browser, run_example, stop_cleanly


async def test_hello_box_shows_a_red_box():
    async with run_example("hello_box.py") as program:
        async with browser(program) as client:
            frame = await client.recv()
            assert frame["etype"] == "SET"
            assert isinstance(frame["ts"], int)
            scene = frame["data"]
            assert scene["tag"] == "Scene" and scene["up"] == [0, 1, 0]
            assert scene["children"] == [
                {"key": "box", "tag": "Box", "args": [1, 1, 1], "position": [0, 0, 0], "material": {"color": "red"}}
            ]
            await stop_cleanly(program, client)


async def test_point_cloud_stream_sends_float16_frames():
    async with run_example("point_cloud_stream.py") as program:
        async with browser(program) as client:
            first = await client.recv()
            assert first["etype"] == "SET" and first["data"]["tag"] == "Scene"

            clouds = []
            for _ in range(6):
                frame = await client.recv()
                assert frame["etype"] == "UPSERT", frame["etype"]
                assert frame["data"]["to"] is None
                (node,) = frame["data"]["nodes"]
                assert node["tag"] == "PointCloud" and node["key"] == "ripple"
                assert isinstance(node["vertices"], bytes) and isinstance(node["colors"], bytes)
                vertices = np.frombuffer(node["vertices"], dtype="<f2").reshape(-1, 3)
                colors = np.frombuffer(node["colors"], dtype=np.uint8).reshape(-1, 3)
                assert vertices.shape == (100 * 100, 3) and colors.shape == vertices.shape
                assert np.isfinite(vertices).all()
                assert np.abs(vertices[:, [0, 2]]).max() == pytest.approx(1.0)
                assert np.abs(vertices[:, 1]).max() <= 0.16
                assert colors.max() > 200  # 0..1 floats went out as 0..255
                clouds.append((frame["ts"], vertices))

            timestamps = [ts for ts, _ in clouds]
            assert timestamps == sorted(timestamps)
            assert not np.array_equal(clouds[0][1], clouds[-1][1]), "the surface does not move"
            await stop_cleanly(program, client)


async def test_click_handler_recolours_and_turns_the_boxes():
    async with run_example("click_handler.py") as program:
        async with browser(program) as client:
            scene = (await client.recv("SET"))["data"]
            assert [c["key"] for c in scene["children"]] == ["left", "right"]
            controls = [n for n in scene["bgChildren"] if n["tag"] == "OrbitControls"]
            assert controls and controls[0]["stream"] is True  # or the browser sends no CAMERA_MOVE

            # As upstream's client sends a click on a mesh.
            await client.send({"etype": "ON_CLICK", "ts": time.time(), "value": {"key": "left"}})
            update = await client.recv("UPDATE")
            assert update["data"]["nodes"] == [{"key": "left", "tag": "Box", "material": {"color": "blue"}}]
            assert "clicked left 1 time(s)" in await program.line_containing("clicked left")

            # As upstream's client sends a camera move: no ts, key "defaultCamera".
            await client.send(
                {"etype": "CAMERA_MOVE", "key": "defaultCamera", "value": {"camera": {"position": [1.0, 0.5, 1.0], "fov": 75}}}
            )
            update = await client.recv("UPDATE")
            assert [n["key"] for n in update["data"]["nodes"]] == ["left", "right"]
            for node in update["data"]["nodes"]:
                assert node["rotation"] == pytest.approx([0, math.pi / 4, 0], abs=1e-6)
            assert "45 degrees" in await program.line_containing("camera at")
            await stop_cleanly(program, client)


async def test_ctrl_c_with_no_client_exits_cleanly():
    async with run_example("hello_box.py") as program:
        await stop_cleanly(program)


async def test_sigterm_exits_cleanly():
    async with run_example("hello_box.py") as program:
        async with browser(program) as client:
            await client.recv("SET")
            program.proc.send_signal(signal.SIGTERM)
            assert await client.closed_by_server() == 1001
            assert await asyncio.wait_for(program.proc.wait(), 15) == 0
            await program._out
            err = (await program._err).decode(errors="replace")
            assert "Traceback" not in err, err


async def test_start_tells_the_user_which_url_to_open():
    async with run_example("hello_box.py") as program:
        async with browser(program) as client:
            await client.recv("SET")  # the server is up and serving
            await stop_cleanly(program, client)
    said = "\n".join(program.stdout) + program.stderr.decode(errors="replace")
    assert f":{program.port}" in said, f"nothing on stdout/stderr names the port {program.port}: {said!r}"
