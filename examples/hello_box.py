"""Hello, box: the smallest Vuer program — a red box that every browser tab shows.

    python examples/hello_box.py

then open http://localhost:8012 (``VUER_PORT=9000`` serves on another port).
Written as for upstream Vuer; only the imports differ (``vuer`` → ``vuer_cli``).
"""

from vuer_cli import Vuer, VuerSession
from vuer_cli.schema import Box, Scene

app = Vuer()


@app.spawn(start=True)
async def main(session: VuerSession):
    session.set @ Scene(
        Box(
            key="box",
            args=[1, 1, 1],
            position=[0, 0, 0],
            material={"color": "red"},
        ),
    )
    await session.forever()
