"""File routes never serve outside their root; TLS (and client certificates) work."""

from __future__ import annotations

import asyncio
import os
import shutil
import ssl
import subprocess

import aiohttp
import pytest

from vuer_cli.schema import Box

from ..conftest import running

ESCAPES = [
    "/workspace/../secret.txt",
    "/workspace/%2e%2e/secret.txt",
    "/workspace/%2E%2E%2Fsecret.txt",
    "/workspace/..%2fsecret.txt",
    "/static/../secret.txt",
    "/static/%2e%2e/%2e%2e/etc/passwd",
    "/workspace//etc/passwd",
    "/workspace/%2fetc%2fpasswd",
    "/assets/../../../../etc/passwd",
    "/assets/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "/workspace/link-out/secret.txt",
    "/workspace/link-file",
]


@pytest.fixture
def tree(tmp_path):
    root = tmp_path / "root"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "mesh.obj").write_text("v 0 0 0\n")
    (tmp_path / "secret.txt").write_text("secret")
    os.symlink(tmp_path, root / "link-out")
    os.symlink(tmp_path / "secret.txt", root / "link-file")
    return root


async def test_workspace_and_static_serve_inside_the_root(tree, http):
    async with running(workspace=str(tree)) as app:
        for prefix in ("/workspace", "/static"):
            async with http.get(f"{app.url}{prefix}/sub/mesh.obj") as r:
                assert r.status == 200 and await r.text() == "v 0 0 0\n"


@pytest.mark.parametrize("path", ESCAPES)
async def test_path_escapes_are_refused(tree, http, path):
    async with running(workspace=str(tree)) as app:
        async with http.get(f"{app.url}{path}") as r:
            body = await r.read()
            assert r.status == 404, (path, r.status)
            assert b"secret" not in body and b"root:" not in body


def _make_certs(d):
    def run(*args):
        subprocess.run(["openssl", *args], check=True, capture_output=True)

    run("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", f"{d}/ca.key", "-out", f"{d}/ca.pem", "-days", "2", "-subj", "/CN=test-ca")
    for name in ("server", "client"):
        run("req", "-newkey", "rsa:2048", "-nodes", "-keyout", f"{d}/{name}.key", "-out", f"{d}/{name}.csr", "-subj", "/CN=127.0.0.1")
        ext = d / f"{name}.ext"
        ext.write_text("subjectAltName=IP:127.0.0.1\n")
        run("x509", "-req", "-in", f"{d}/{name}.csr", "-CA", f"{d}/ca.pem", "-CAkey", f"{d}/ca.key", "-CAcreateserial", "-out", f"{d}/{name}.pem", "-days", "2", "-extfile", str(ext))


@pytest.fixture(scope="module")
def certs(tmp_path_factory):
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make test certificates")
    d = tmp_path_factory.mktemp("certs")
    _make_certs(d)
    return d


async def test_tls_websocket(certs):
    async with running(cert=str(certs / "server.pem"), key=str(certs / "server.key")) as app:
        app.scene.upsert @ Box(key="tls-box")
        ctx = ssl.create_default_context(cafile=str(certs / "ca.pem"))
        assert app.get_url("127.0.0.1").startswith("https://127.0.0.1:")
        async with aiohttp.ClientSession() as http:
            async with http.ws_connect(f"wss://127.0.0.1:{app.port}/", ssl=ctx) as ws:
                import msgpack

                await ws.send_bytes(msgpack.packb({"etype": "INIT", "ts": 1.0, "value": {"client": "python"}}))
                msg = await ws.receive(timeout=5)
                frame = msgpack.unpackb(msg.data)
                assert frame["etype"] == "SET" and frame["data"]["children"][0]["key"] == "tls-box"


async def test_tls_client_certificates_required_with_ca_cert(certs):
    async with running(cert=str(certs / "server.pem"), key=str(certs / "server.key"), ca_cert=str(certs / "ca.pem")) as app:
        ctx = ssl.create_default_context(cafile=str(certs / "ca.pem"))
        async with aiohttp.ClientSession() as http:
            with pytest.raises((aiohttp.ClientError, ssl.SSLError, ConnectionError, asyncio.TimeoutError)):
                async with http.get(f"https://127.0.0.1:{app.port}/sessions", ssl=ctx) as r:
                    await r.read()
            ctx.load_cert_chain(str(certs / "client.pem"), str(certs / "client.key"))
            async with http.get(f"https://127.0.0.1:{app.port}/sessions", ssl=ctx) as r:
                assert r.status == 200
