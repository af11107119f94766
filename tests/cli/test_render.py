"""`vuer render`: pictures of scene files and of live sessions, through headless Chromium."""

from __future__ import annotations

import asyncio
import os
import shutil
import sys
from pathlib import Path

import numpy as np
import pytest
from aiohttp import web
from PIL import Image

from vuer_cli.render import HeadlessBrowser, find_browser
from vuer_cli.schema import Box, Scene

from ..conftest import running, wait_until

pytestmark = pytest.mark.browser

SCENE = """\
scene:
  children:
    - Box: {key: box, args: [1, 1, 1], material: {color: red}}
"""


async def vuer(*args, timeout: float = 90) -> tuple[int, str]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "vuer_cli.main", *args,
        stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
        env={**os.environ, "COLUMNS": "200", "NO_COLOR": "1"},
    )
    out, _ = await asyncio.wait_for(proc.communicate(), timeout)
    return proc.returncode, out.decode()


def red_mask(path: Path) -> np.ndarray:
    rgb = np.asarray(Image.open(path).convert("RGB")).astype(int)
    return (rgb[..., 0] > 90) & (rgb[..., 1] < 50) & (rgb[..., 2] < 50)


def leftover_browsers() -> list[str]:
    found = []
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            try:
                cmd = Path(f"/proc/{pid}/cmdline").read_bytes()
            except OSError:
                continue
            if b"vuer-render-" in cmd:
                found.append(pid)
    return found


@pytest.fixture
def scene_file(tmp_path):
    f = tmp_path / "hello.yaml"
    f.write_text(SCENE)
    return f


async def test_render_writes_an_image_of_the_requested_size_showing_the_box(scene_file, tmp_path):
    out = tmp_path / "x.png"
    code, text = await vuer("render", str(scene_file), "--out", str(out), "--width", "640", "--height", "400")
    assert code == 0, text
    image = Image.open(out)
    assert image.size == (640, 400) and image.format == "PNG"
    red = red_mask(out)
    assert red[180, 320] and red[220, 320], "the red box is at the centre (the grid line crosses row 200)"
    assert 0.004 < red.mean() < 0.5
    assert not red[5, 5] and not red[-5, -5]
    assert leftover_browsers() == []


async def test_camera_options_change_the_view_and_jpeg_by_extension(scene_file, tmp_path):
    near, far = tmp_path / "near.jpg", tmp_path / "far.jpg"
    code, text = await vuer("render", str(scene_file), "--out", str(near), "--camera-position", "0,0,3")
    assert code == 0, text
    code, text = await vuer("render", str(scene_file), "--out", str(far), "--camera-position", "0,0,12", "--camera-target", "0,0,0")
    assert code == 0, text
    assert Image.open(near).format == "JPEG"
    assert red_mask(near).sum() > 4 * red_mask(far).sum() > 0


async def test_timeout_and_failures_leave_no_browser_behind(tmp_path):
    hang = asyncio.Event()

    async def never(request):
        await hang.wait()  # an asset that never arrives
        return web.Response()

    app = web.Application()
    app.router.add_get("/slow.glb", never)
    runner = web.AppRunner(app, shutdown_timeout=0.1)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]
    f = tmp_path / "slow.yaml"
    f.write_text(f"scene:\n  children:\n    - Glb: {{key: g, src: 'http://127.0.0.1:{port}/slow.glb'}}\n")
    try:
        code, text = await vuer("render", str(f), "--out", str(tmp_path / "s.png"), "--timeout", "3")
        assert code == 1 and "timed out after 3 s (the scene did not finish loading)" in text, text
        assert not (tmp_path / "s.png").exists()
        assert leftover_browsers() == []
        code, text = await vuer("render", str(f), "--out", str(tmp_path / "s.gif"))
        assert code == 1 and "must end in .png, .jpg or .jpeg" in text
        code, text = await vuer("render", str(f), "--out", str(tmp_path / "s.png"), "--browser", "/nonexistent/chrome")
        assert code == 1 and "apt-get install chromium" in text
        assert leftover_browsers() == []
    finally:
        hang.set()
        await runner.cleanup()


async def test_render_from_a_live_session(tmp_path):
    async with running() as app:
        app.scene.set @ Scene(Box(key="box", args=[1, 1, 1], material={"color": "red"}))
        url = f"{app.url}/?hideUI=true"
        async with HeadlessBrowser(find_browser(), url, 800, 600):
            await wait_until(lambda: app.sessions and next(iter(app.sessions.values())).init_event, timeout=30, what="the browser")
            out = tmp_path / "live.png"
            code, text = await vuer("render", "--url", app.url, "--out", str(out))
            assert code == 0, text
            assert red_mask(out).sum() > 500
            sid = next(iter(app.sessions))
            code, text = await vuer("render", "--url", app.url, "--sid", sid, "--out", str(tmp_path / "b.jpg"))
            assert code == 0 and sid in text
            code, text = await vuer("render", "--url", app.url, "--sid", "nobody", "--out", str(tmp_path / "c.png"))
            assert code == 1 and "no session 'nobody'" in text
    assert shutil.which("chromium")


async def test_a_urdf_scene_renders_the_robot_after_its_meshes_load(tmp_path):
    """scenes/robot.yaml: the URDF and its STL/OBJ meshes are fetched before the picture."""
    out = tmp_path / "robot.png"
    scene = Path(__file__).resolve().parents[2] / "scenes" / "robot.yaml"
    code, text = await vuer("render", str(scene), "--out", str(out), "--width", "480", "--height", "360")
    assert code == 0, text
    rgb = np.asarray(Image.open(out).convert("RGB")).astype(int)
    teal = (rgb[..., 1] > 140) & (rgb[..., 2] > 140) & (rgb[..., 0] < 120)  # the forearm's material
    light = rgb.min(axis=2) > 150  # the base and upper arm
    assert teal.sum() > 300 and light.sum() > 300, (teal.sum(), light.sum())
    assert leftover_browsers() == []
