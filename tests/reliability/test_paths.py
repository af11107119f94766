"""No file route serves outside its root: every route x every way of spelling an escape.

Requests are written on a raw socket, byte for byte, so no client library normalises
``..`` or re-encodes ``%`` before the server sees them.
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest

from vuer_cli import Vuer
from vuer_cli.server.files import resolve_inside

from ..conftest import running

SECRET = b"TOP-SECRET-1f2e"

# how ".." and "/" may be spelled in a request target
DOTS = {
    "plain": "..",
    "pct": "%2e%2e",
    "pct-upper": "%2E%2E",
    "pct-mixed": ".%2e",
    "double-pct": "%252e%252e",
    "overlong-utf8": "%c0%ae%c0%ae",
}
SLASHES = {
    "plain": "/",
    "pct": "%2f",
    "pct-upper": "%2F",
    "double-pct": "%252f",
    "backslash": "\\",
    "pct-backslash": "%5c",
    "double-pct-backslash": "%255c",
}


@pytest.fixture(scope="module")
def tree(tmp_path_factory):
    """Roots for every file route, and secrets next to them, at the same depth."""
    base = tmp_path_factory.mktemp("paths")
    (base / "secret.txt").write_bytes(SECRET)
    work = base / "work"
    (work / "sub").mkdir(parents=True)
    (work / "sub" / "mesh.obj").write_text("v 0 0 0\n")
    (work / "scene.yaml").write_text("scene:\n  children:\n    - Box: {key: box}\n")
    (work / "inside.txt").write_text("inside")
    os.symlink(base, work / "link-out")  # a folder link leading out
    os.symlink(base / "secret.txt", work / "link-file")  # a file link leading out
    os.symlink(work / "inside.txt", work / "link-in")  # a link that stays inside: served
    client = base / "client"
    (client / "assets").mkdir(parents=True)
    (client / "index.html").write_text("<html>page</html>")
    (client / "assets" / "app.js").write_text("console.log(1)")
    (client / "private.txt").write_bytes(SECRET)  # next to /assets' root, not under it
    os.symlink(base, client / "assets" / "link-out")
    os.symlink(base / "secret.txt", client / "assets" / "link-file")
    return base


async def _get(port: int, target: str) -> tuple[int, bytes]:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n".encode("latin-1"))
        await writer.drain()
        data = await asyncio.wait_for(reader.read(), 5)
    finally:
        writer.close()
        await writer.wait_closed()
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split()[1]), body


ROUTES = {
    "/workspace": "sub/mesh.obj",
    "/static": "sub/mesh.obj",
    "/assets": "app.js",
    "/scene-assets/scene": "sub/mesh.obj",  # the scene runner's asset route
}
"""Every route that serves files → a file under its root it must serve."""


def _serve(tree: Path):
    """A server with every file route: workspace/static, the client bundle, a scene's assets."""
    from vuer_cli.runner.serve import SceneRunner, ServeOptions

    app = Vuer(host="127.0.0.1", port=0, workspace=str(tree / "work"), client_root=tree / "client")
    SceneRunner(tree / "work" / "scene.yaml", ServeOptions(host="127.0.0.1", port=0, watch=False), app=app)
    return app.serving()


def _escapes(secret: Path) -> dict[str, str]:
    """Every spelling of 'go up to / then down to the secret', by name."""
    parts = secret.parts[1:]
    out = {}
    for dname, dots in DOTS.items():
        for sname, slash in SLASHES.items():
            up = (dots + slash) * 12
            out[f"up-{dname}-{sname}"] = up + slash.join(parts)
    for sname, slash in SLASHES.items():
        out[f"absolute-{sname}"] = slash + slash.join(parts)
    out["dot-segments-mixed"] = "sub/%2e%2e/./%2E./" + "../" * 10 + "/".join(parts)
    out["nul-byte"] = "sub/mesh.obj%00/../../" + "/".join(parts)
    out["symlink-dir-out"] = "link-out/secret.txt"
    out["symlink-file-out"] = "link-file"
    out["bare-dots"] = "%2e%2e"
    return out


async def test_every_file_route_serves_inside_its_root(tree):
    async with _serve(tree) as app:
        for prefix, good in ROUTES.items():
            status, body = await _get(app.port, f"{prefix}/{good}")
            assert status == 200, prefix
        assert (await _get(app.port, "/workspace/link-in"))[1] == b"inside"  # links inside are fine
        assert (await _get(app.port, "/"))[1] == b"<html>page</html>"


async def test_path_escape_matrix(tree):
    """Every route x every spelling: 404, and never a byte of the secret."""
    secret_file = tree / "secret.txt"
    escapes = _escapes(secret_file)
    # /assets' root is client/assets: also aim at client/private.txt, one level up
    extra = {f"assets-up-{n}": (d + s) + "private.txt" for n, (d, s) in {"plain": ("..", "/"), "pct": ("%2e%2e", "%2f"), "double": ("%252e%252e", "%252f")}.items()}
    served = []
    checked = 0
    async with _serve(tree) as app:
        for prefix in ROUTES:
            cases = {**escapes, **(extra if prefix == "/assets" else {})}
            for name, tail in cases.items():
                status, body = await _get(app.port, f"{prefix}/{tail}")
                checked += 1
                if status != 404 or SECRET in body:
                    served.append((prefix, name, tail, status))
    print(f"\npath escapes: {checked} requests over {len(ROUTES)} routes, all refused")
    assert checked >= len(ROUTES) * (len(DOTS) * len(SLASHES))
    assert served == []


@pytest.mark.parametrize(
    "relative",
    ["..", "../secret.txt", "sub/../../secret.txt", "/etc/passwd", "link-out/secret.txt", "link-file", "sub/mesh.obj\0", "", "sub", "."],
)
def test_resolve_inside_refuses_what_the_routes_pass_it(tree, relative):
    """The one check behind every route, fed the decoded strings aiohttp hands over."""
    assert resolve_inside(tree / "work", relative) is None


def test_resolve_inside_accepts_files_under_the_root(tree):
    assert resolve_inside(tree / "work", "sub/mesh.obj") == (tree / "work" / "sub" / "mesh.obj").resolve()
    assert resolve_inside(tree / "work", "./sub//mesh.obj") is not None
    assert resolve_inside(tree / "work", "link-in") == (tree / "work" / "inside.txt").resolve()


async def test_no_root_at_all(tmp_path):
    """workspace pointing at a folder that does not exist: 404, not a crash."""
    async with running(workspace=str(tmp_path / "missing"), client_root=tmp_path / "nope") as app:
        for target in ("/workspace/a.txt", "/static/../x", "/assets/app.js", "/"):
            assert (await _get(app.port, target))[0] == 404
