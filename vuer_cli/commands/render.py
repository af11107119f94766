"""``vuer render``: a picture of a scene file, or of a live session, with no browser open."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Annotated

import typer

from ..loader.errors import SceneFileError
from ..loader.scene_file import EXIT_BAD_SCENE
from ..render import RenderError, RenderOptions, render_app, write_image
from .common import RemoteError, TokenOption, fail, remote
from .logging_setup import console


def _triple(value: str | None, name: str) -> tuple[float, float, float] | None:
    if value is None:
        return None
    try:
        parts = tuple(float(p) for p in value.replace(" ", "").split(","))
    except ValueError:
        parts = ()
    if len(parts) != 3:
        raise typer.BadParameter(f"expected three numbers x,y,z, got {value!r}", param_hint=name)
    return parts  # type: ignore[return-value]


def render(
    scene: Annotated[Path | None, typer.Argument(help="The scene file (YAML or JSON). Leave out with --url.", show_default=False)] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="The picture to write: .png or .jpg.")] = Path("render.png"),
    width: Annotated[int, typer.Option(help="Picture width in pixels.", min=16, max=8192)] = 960,
    height: Annotated[int, typer.Option(help="Picture height in pixels.", min=16, max=8192)] = 720,
    camera_position: Annotated[str | None, typer.Option("--camera-position", help="Camera position x,y,z (default: the scene's view).")] = None,
    camera_target: Annotated[str | None, typer.Option("--camera-target", help="Point the camera looks at, x,y,z.")] = None,
    quality: Annotated[float, typer.Option(help="JPEG quality, 0..1.", min=0.0, max=1.0)] = 0.95,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for the scene and its assets.", min=1.0)] = 30.0,
    browser: Annotated[str | None, typer.Option(help="Chromium/Chrome to use (default: found on PATH).")] = None,
    url: Annotated[str | None, typer.Option("--url", help="Take the picture from a client of this running server instead.")] = None,
    sid: Annotated[str | None, typer.Option("--sid", help="With --url: the session to ask (default: the newest browser).")] = None,
    token: TokenOption = None,
) -> None:
    """Render a scene to an image through headless Chromium, or grab one from a live client (--url)."""
    if url is not None:
        if scene is not None:
            raise typer.BadParameter("give a scene file or --url, not both", param_hint="SCENE")
        return _render_live(url, sid, token, out, quality, timeout)
    if scene is None:
        raise typer.BadParameter("give a scene file to render, or --url URL of a running server", param_hint="SCENE")
    options = RenderOptions(
        width=width,
        height=height,
        camera_position=_triple(camera_position, "--camera-position"),
        camera_target=_triple(camera_target, "--camera-target"),
        quality=quality,
        timeout=timeout,
        browser=browser,
    )
    from ..runner.serve import SceneRunner, ServeOptions

    try:
        runner = SceneRunner(scene, ServeOptions(host="127.0.0.1", port=0, watch=False))
    except SceneFileError as exc:
        raise fail(str(exc), EXIT_BAD_SCENE) from None
    try:
        with console.status("starting the server") as status:
            size = asyncio.run(render_app(runner.app, out, options, progress=status.update))
    except RenderError as exc:
        raise fail(str(exc)) from None
    console.print(f"wrote {out} ({size[0]}×{size[1]})")


def _render_live(url: str, sid: str | None, token: str | None, out: Path, quality: float, timeout: float) -> None:
    if out.suffix.lower() not in (".png", ".jpg", ".jpeg"):
        raise typer.BadParameter(f"must end in .png, .jpg or .jpeg, got {out.name!r}", param_hint="--out")
    client = remote(url, token)
    client.timeout = timeout + 5
    try:
        with console.status(f"asking {'session ' + sid if sid else 'the newest browser session'} for a picture"):
            frame, headers = client.render(sid=sid, quality=quality, timeout=timeout)
        size = write_image(frame, out, quality)
    except (RemoteError, RenderError) as exc:
        raise fail(str(exc)) from None
    console.print(f"wrote {out} ({size[0]}×{size[1]}) from session {headers.get('X-Session', '?')}")


def register(app: typer.Typer) -> None:
    app.command()(render)
