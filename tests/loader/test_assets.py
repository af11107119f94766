"""Relative ``src`` paths become URLs the runner serves, and nothing outside the roots is served."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from vuer_cli import Vuer
from vuer_cli.loader import SceneFileError, load_scene
from vuer_cli.runner import SceneRunner

SCENES = Path(__file__).resolve().parents[2] / "scenes"


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
    assert a["src"] == "/scene-assets/scene/models/a%20b.stl"
    assert b["src"] == "/scene-assets/scene/models/crate.obj"
    assert b["mtl"] == "/scene-assets/scene/models/crate.mtl"
    assert c["src"] == "https://example.com/x.glb"
    assert d["src"] == "/static/x.glb"
    assert e["rgb"] == "data:image/png;base64,AAAA"  # Image renames src to rgb, as upstream
    models = (tmp_path / "models").resolve()
    assert {models / "a b.stl", models / "crate.obj", models / "crate.mtl", models / "tex" / "wood.png"} <= loaded.files


def test_urdf_meshes_are_dependencies(tmp_path):
    loaded = load_scene(SCENES / "robot.yaml")
    names = sorted(p.relative_to(SCENES).as_posix() for p in loaded.files)
    assert names == ["robot.yaml", "robot/arm.urdf", "robot/meshes/base.stl", "robot/meshes/forearm.stl", "robot/meshes/upper_arm.obj"]
    assert loaded.serialized()["children"][1]["src"] == "/scene-assets/scene/robot/arm.urdf"


def test_a_folder_named_in_server_assets_is_served_under_its_own_name(tmp_path):
    scenes, shared = tmp_path / "scenes", tmp_path / "shared_meshes"
    scenes.mkdir()
    shared.mkdir()
    (shared / "part.stl").write_bytes(b"solid x\nendsolid x\n")
    (scenes / "s.yaml").write_text("server: {assets: [../shared_meshes]}\nscene:\n  - Stl: {key: p, src: ../shared_meshes/part.stl}\n")
    loaded = load_scene(scenes / "s.yaml")
    assert loaded.serialized()["children"][0]["src"] == "/scene-assets/shared_meshes/part.stl"
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
