"""Relative ``src`` paths become URLs the runner serves, and nothing outside the roots is served."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from vuer_cli import Vuer
from vuer_cli.loader import SceneFileError, load_scene
from vuer_cli.runner import SceneRunner

SCENES = Path(__file__).resolve().parents[2] / "scenes"
VERSION = re.compile(r"\?v=[0-9a-f]{12}$")


def unversioned(url: str) -> str:
    """The URL without its ``?v=<content digest>`` (which must be there)."""
    assert VERSION.search(url), f"no content version in {url!r}"
    return VERSION.sub("", url)


def test_relative_src_is_rewritten_and_urls_are_left_alone(tmp_path):
    (tmp_path / "models").mkdir()
    (tmp_path / "models" / "a b.stl").write_bytes(b"solid x\nendsolid x\n")
    (tmp_path / "models" / "crate.obj").write_text("mtllib crate.mtl\nv 0 0 0\n")
    (tmp_path / "models" / "crate.mtl").write_text("newmtl m\nmap_Kd tex/wood.png\n")
    (tmp_path / "models" / "tex").mkdir()
    (tmp_path / "models" / "tex" / "wood.png").write_bytes(b"\x89PNG")
    (tmp_path / "s.yaml").write_text(
        "scene:\n  children:\n"
        "    - Stl: {key: a, src: models/a b.stl}\n"
        "    - Obj: {key: b, src: ./models/crate.obj, mtl: models/crate.mtl}\n"
        "    - Glb: {key: c, src: 'https://example.com/x.glb'}\n"
        "    - Glb: {key: d, src: /static/x.glb}\n"
        "    - Image: {key: e, src: 'data:image/png;base64,AAAA'}\n"
    )
    loaded = load_scene(tmp_path / "s.yaml")
    a, b, c, d, e = loaded.serialized()["children"]
    assert unversioned(a["src"]) == "/scene-assets/scene/models/a%20b.stl"
    assert unversioned(b["src"]) == "/scene-assets/scene/models/crate.obj"
    assert unversioned(b["mtl"]) == "/scene-assets/scene/models/crate.mtl"
    assert c["src"] == "https://example.com/x.glb"
    assert d["src"] == "/static/x.glb"
    assert e["rgb"] == "data:image/png;base64,AAAA"  # Image renames src to rgb, as upstream
    models = (tmp_path / "models").resolve()
    assert {models / "a b.stl", models / "crate.obj", models / "crate.mtl", models / "tex" / "wood.png"} <= loaded.files


def test_urdf_meshes_are_dependencies(tmp_path):
    loaded = load_scene(SCENES / "robot.yaml")
    names = sorted(p.relative_to(SCENES).as_posix() for p in loaded.files)
    assert names == ["robot.yaml", "robot/arm.urdf", "robot/meshes/base.stl", "robot/meshes/forearm.stl", "robot/meshes/upper_arm.obj"]
    assert unversioned(loaded.serialized()["children"][1]["src"]) == "/scene-assets/scene/robot/arm.urdf"


def test_a_folder_named_in_server_assets_is_served_under_its_own_name(tmp_path):
    scenes, shared = tmp_path / "scenes", tmp_path / "shared_meshes"
    scenes.mkdir()
    shared.mkdir()
    (shared / "part.stl").write_bytes(b"solid x\nendsolid x\n")
    (scenes / "s.yaml").write_text("server: {assets: [../shared_meshes]}\nscene:\n  - Stl: {key: p, src: ../shared_meshes/part.stl}\n")
    loaded = load_scene(scenes / "s.yaml")
    assert unversioned(loaded.serialized()["children"][0]["src"]) == "/scene-assets/shared_meshes/part.stl"
    assert loaded.roots.find("shared_meshes", "part.stl") == (shared / "part.stl").resolve()


def test_a_symlink_out_of_the_scene_folder_is_refused(tmp_path):
    scenes = tmp_path / "scenes"
    scenes.mkdir()
    (tmp_path / "secret.stl").write_text("solid x\nendsolid x\n")
    os.symlink(tmp_path / "secret.stl", scenes / "inside.stl")
    (scenes / "s.yaml").write_text("scene:\n  - Stl: {key: p, src: inside.stl}\n")
    with pytest.raises(SceneFileError, match="is outside the scene's asset folders"):
        load_scene(scenes / "s.yaml")


async def test_the_runner_serves_assets_and_nothing_outside(tmp_path, http):
    scenes = tmp_path / "scenes"
    scenes.mkdir()
    (tmp_path / "secret.txt").write_text("top secret")
    (scenes / "mesh.stl").write_bytes(b"solid x\nendsolid x\n")
    (scenes / "s.yaml").write_text("scene:\n  - Stl: {key: m, src: mesh.stl}\n")
    runner = SceneRunner(scenes / "s.yaml", app=Vuer(host="127.0.0.1", port=0))
    async with runner.app.serving():
        base = f"http://127.0.0.1:{runner.app.port}"
        async with http.get(base + "/scene-assets/scene/mesh.stl") as r:
            assert r.status == 200 and await r.read() == b"solid x\nendsolid x\n"
            assert r.headers["Content-Type"] == "model/stl"
            assert r.headers["Cache-Control"] == "no-cache"
        for bad in (
            "/scene-assets/scene/../secret.txt",
            "/scene-assets/scene/%2e%2e/secret.txt",
            "/scene-assets/scene/..%2fsecret.txt",
            "/scene-assets/scene/s.yaml/../../secret.txt",
            "/scene-assets/nope/mesh.stl",
            "/scene-assets/scene/missing.stl",
            "/scene-assets/scene/",
        ):
            async with http.get(base + bad) as r:
                assert r.status == 404, bad
                assert b"top secret" not in await r.read()


def test_gallery_assets_all_exist_and_load():
    for scene in sorted(SCENES.glob("*.yaml")):
        loaded = load_scene(scene)
        assert all(p.is_file() and p.is_relative_to(SCENES) for p in loaded.files), scene


def test_a_model_url_is_versioned_by_its_content_and_what_it_refers_to(tmp_path):
    """An edit of a mesh, or of a file a model names (an OBJ's MTL, its texture), changes the
    model's URL (hot reload then sends an UPDATE of that element and the client fetches it
    again); an untouched file keeps its URL, even when it is written again."""
    (tmp_path / "crate.obj").write_text("mtllib crate.mtl\nv 0 0 0\n")
    (tmp_path / "crate.mtl").write_text("newmtl m\nmap_Kd wood.png\n")
    (tmp_path / "wood.png").write_bytes(b"\x89PNG one")
    (tmp_path / "part.stl").write_bytes(b"solid x\nendsolid x\n")
    (tmp_path / "s.yaml").write_text("scene:\n  - Obj: {key: o, src: crate.obj}\n  - Stl: {key: p, src: part.stl}\n")

    def urls():
        return {c["key"]: c["src"] for c in load_scene(tmp_path / "s.yaml").serialized()["children"]}

    first = urls()
    assert urls() == first
    (tmp_path / "part.stl").write_bytes(b"solid x\nendsolid x\n")  # the same bytes again
    assert urls() == first
    (tmp_path / "wood.png").write_bytes(b"\x89PNG two")  # same size: the content decides
    second = urls()
    assert second["o"] != first["o"] and second["p"] == first["p"]
    (tmp_path / "part.stl").write_bytes(b"solid y\nendsolid y\n")
    third = urls()
    assert third["p"] != second["p"] and third["o"] == second["o"]
