"""Handlers: click a box to change its colour; orbit the view and both boxes turn to face you.

    python examples/click_handler.py

then open http://localhost:8012 (``VUER_PORT=9000`` serves on another port).
``ON_CLICK`` comes from clicking a mesh; ``CAMERA_MOVE`` comes from OrbitControls with
``stream=True`` (without it the client sends no camera events). Written as for upstream
Vuer; only the imports differ (``vuer`` → ``vuer_cli``).
"""

import math

from vuer_cli import Vuer, VuerSession
from vuer_cli.events import ClientEvent
from vuer_cli.schema import AmbientLight, Box, DirectionalLight, OrbitControls, Scene

app = Vuer()

COLORS = ["red", "blue", "green", "orange"]
clicks = {}


@app.add_handler("ON_CLICK")
async def on_click(event: ClientEvent, session: VuerSession):
    key = event.value["key"]
    clicks[key] = clicks.get(key, 0) + 1
    color = COLORS[clicks[key] % len(COLORS)]
    print(f"clicked {key} {clicks[key]} time(s): now {color}", flush=True)
    session.update @ Box(key=key, material={"color": color})


@app.add_handler("CAMERA_MOVE")
async def on_camera(event: ClientEvent, session: VuerSession):
    x, y, z = event.value["camera"]["position"]
    yaw = math.atan2(x, z)  # turn about the up axis towards the camera
    print(f"camera at [{x:.2f}, {y:.2f}, {z:.2f}]: boxes turn to {math.degrees(yaw):.0f} degrees", flush=True)
    session.update @ [
        Box(key="left", rotation=[0, yaw, 0]),
        Box(key="right", rotation=[0, yaw, 0]),
    ]


@app.spawn(start=True)
async def main(session: VuerSession):
    session.set @ Scene(
        Box(key="left", args=[0.6, 0.6, 0.6], position=[-0.6, 0, 0], material={"color": "red"}),
        Box(key="right", args=[0.6, 0.6, 0.6], position=[0.6, 0, 0], material={"color": "red"}),
        bgChildren=[
            OrbitControls(key="orb-control", makeDefault=True, stream=True),
            AmbientLight(key="ambient", intensity=1.0),
            DirectionalLight(key="sun", position=[1, 2, 3], intensity=1.5),
        ],
    )
    await session.forever()
