"""The forms a scene may be written in all load to the same tree."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest
import yaml

from vuer_cli.events import Set
from vuer_cli.loader import load_scene
from vuer_cli.schema import AmbientLight, Box, Cylinder, DirectionalLight, Scene, Sphere, Torus, VuerGroup

FIXTURES = Path(__file__).parent / "fixtures"
SCENES = Path(__file__).resolve().parents[2] / "scenes"


def _load_text(tmp_path: Path, name: str, text: str) -> dict:
    path = tmp_path / name
    path.write_text(text)
    return load_scene(path).serialized()


COMPACT = """\
scene:
  background: "#101010"
  children:
    - Box: {key: b, args: [1, 1, 1], position: [0, 0.5, 0], material: {color: red}}
    - VuerGroup:
        key: g
        children:
          - Sphere: {key: s, args: [0.3, 16, 16]}
          - Cone:
  bgChildren:
    - AmbientLight: {key: amb, intensity: 0.5}
"""

SERIALIZED = """\
scene:
  tag: Scene
  background: "#101010"
  children:
    - {tag: Box, key: b, args: [1, 1, 1], position: [0, 0.5, 0], material: {color: red}}
    - tag: VuerGroup
      key: g
      children:
        - {tag: Sphere, key: s, args: [0.3, 16, 16]}
        - {tag: Cone}
  bgChildren:
    - {tag: AmbientLight, key: amb, intensity: 0.5}
"""


def test_compact_and_serialized_forms_build_the_same_tree(tmp_path):
    compact = _load_text(tmp_path, "compact.yaml", COMPACT)
    serialized = _load_text(tmp_path, "serialized.yaml", SERIALIZED)
    assert compact == serialized
    assert json.dumps(compact) == json.dumps(serialized)  # same order too
    assert compact["children"][1]["children"][1] == {"key": "scene.children[1].children[1]", "tag": "Cone"}


def test_a_scene_without_keys_gets_the_same_keys_every_load(tmp_path):
    text = "scene:\n  children:\n    - Box: {}\n    - VuerGroup: {children: [{Sphere: {}}]}\n"
    first = _load_text(tmp_path, "a.yaml", text)
    assert first == _load_text(tmp_path, "a.yaml", text)
    assert [c["key"] for c in first["children"]] == ["scene.children[0]", "scene.children[1]"]
    assert first["key"] == "scene"


def test_every_top_level_form_loads_the_same_scene(tmp_path):
    scene = {"tag": "Scene", "key": "root", "up": [0, 0, 1], "children": [{"tag": "Box", "key": "b"}]}
    forms = {
        "file.json": {"scene": scene},
        "bare.json": scene,
        "set.json": {"ts": 1795669726714, "data": scene, "etype": "SET"},
        "compact.json": {"Scene": {k: v for k, v in scene.items() if k != "tag"}},
        "inner-compact.json": {"scene": {"Scene": {k: v for k, v in scene.items() if k != "tag"}}},
    }
    loaded = {name: _load_text(tmp_path, name, json.dumps(form)) for name, form in forms.items()}
    for name, tree in loaded.items():
        assert tree == {"key": "root", "tag": "Scene", "up": [0, 0, 1], "children": [{"key": "b", "tag": "Box"}]}, name


def test_scene_may_be_just_its_children(tmp_path):
    tree = _load_text(tmp_path, "list.yaml", "scene:\n  - Box: {key: b}\n")
    assert tree == {"key": "scene", "tag": "Scene", "up": [0, 1, 0], "children": [{"key": "b", "tag": "Box"}]}


def test_yaml_anchors_and_merge_keys(tmp_path):
    # Top-level keys starting with x- are ignored: a place for anchors.
    text = """\
x-red: &red {material: {color: red}, args: [1, 1, 1]}
scene:
  children:
    - Box: {<<: *red, key: a}
    - Box: {<<: *red, key: b, position: [2, 0, 0]}
"""
    tree = _load_text(tmp_path, "anchors.yaml", text)
    assert tree["children"][0] == {"key": "a", "tag": "Box", "material": {"color": "red"}, "args": [1, 1, 1]}
    assert tree["children"][1] == {"key": "b", "tag": "Box", "material": {"color": "red"}, "args": [1, 1, 1], "position": [2, 0, 0]}


def test_the_upstream_dump_loads_as_is_and_matches_its_yaml_twin():
    dump = load_scene(FIXTURES / "upstream_dump.json").serialized()
    twin = load_scene(FIXTURES / "upstream_dump.yaml").serialized()
    assert dump == twin
    raw = json.loads((FIXTURES / "upstream_dump.json").read_text())["data"]
    assert dump == raw  # nothing added, nothing lost


def test_the_upstream_dump_is_what_the_python_api_sends():
    scene = Scene(
        AmbientLight(key="3", intensity=0.4),
        DirectionalLight(key="sun", position=[3, 5, 4], intensity=1.5),
        Box(key="box", args=[1, 1, 1], material={"color": "red"}),
        Sphere(key="ball", args=[0.5, 32, 16], position=[-2.2, 0, 0], material={"color": "#2f7df6"}),
        VuerGroup(
            Cylinder(key="can", args=[0.4, 0.4, 1, 32], material={"color": "#f5b400"}),
            Torus(key="4", args=[0.3, 0.1, 16, 48], position=[0, 1.0, 0], material={"color": "#22b573"}),
            key="grp",
            position=[2.2, 0, 0],
        ),
        key="5",
    )
    assert Set(scene)._serialize()["data"] == load_scene(FIXTURES / "upstream_dump.json").serialized()


@pytest.fixture(scope="module")
def scenes_copy(tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("gallery") / "scenes"
    shutil.copytree(SCENES, target, ignore=shutil.ignore_patterns("__pycache__"))
    return target


@pytest.mark.parametrize("name", sorted(p.name for p in SCENES.glob("*.yaml")))
def test_json_twin_of_each_gallery_scene_loads_identically(scenes_copy, name):
    source = scenes_copy / name
    twin = source.with_suffix(".json")
    twin.write_text(json.dumps(yaml.safe_load(source.read_text()), indent=2))
    a, b = load_scene(source), load_scene(twin)
    assert a.serialized() == b.serialized()
    assert {h: [r.ref for r in refs] for h, refs in a.handlers.items()} == {h: [r.ref for r in refs] for h, refs in b.handlers.items()}
    assert a.files - {source} == b.files - {twin}


def test_npy_arrays_go_through_the_catalog_encoders(tmp_path):
    points = np.random.default_rng(1).normal(size=(100, 3)).astype(np.float32)
    colors = np.random.default_rng(2).uniform(size=(100, 3)).astype(np.float32)
    np.save(tmp_path / "p.npy", points)
    np.save(tmp_path / "c.npy", colors)
    faces = np.array([[0, 1, 2], [2, 3, 0]], np.int64)
    np.save(tmp_path / "f.npy", faces)
    (tmp_path / "s.yaml").write_text(
        "scene:\n  children:\n"
        "    - PointCloud: {key: pc, vertices: p.npy, colors: c.npy, size: 0.1}\n"
        "    - TriMesh: {key: m, vertices: p.npy, faces: f.npy, precision: float32}\n"
    )
    loaded = load_scene(tmp_path / "s.yaml")
    pc, mesh = loaded.serialized()["children"]
    assert pc["vertices"] == points.astype("<f2").tobytes()  # upstream's float16
    assert pc["colors"] == (colors * 255).astype(np.uint8).tobytes()  # uint8 0..255
    assert mesh["vertices"] == points.astype("<f4").tobytes() and mesh["precision"] == "float32"
    assert mesh["faces"] == faces.astype("<u4").tobytes()  # uint32
    assert {tmp_path / "p.npy", tmp_path / "c.npy", tmp_path / "f.npy"} <= loaded.files


def test_npy_files_are_never_unpickled(tmp_path):
    np.save(tmp_path / "obj.npy", np.array([{"a": 1}], dtype=object), allow_pickle=True)
    (tmp_path / "s.yaml").write_text("scene:\n  children:\n    - PointCloud: {key: pc, vertices: obj.npy}\n")
    from vuer_cli.loader import SceneFileError

    with pytest.raises(SceneFileError, match="cannot read obj.npy: Object arrays cannot be loaded when allow_pickle=False"):
        load_scene(tmp_path / "s.yaml")


def test_the_docs_first_example_loads(scenes_copy):
    import re

    doc = (SCENES.parent / "docs" / "scene-files.md").read_text()
    example = re.search(r"```yaml\n(# yaml-language-server.*?)```", doc, re.S).group(1)
    (scenes_copy / "doc_example.yaml").write_text(example)
    loaded = load_scene(scenes_copy / "doc_example.yaml")
    assert [c["tag"] for c in loaded.serialized()["children"]] == ["AmbientLight", "Box", "Urdf", "PointCloud"]
    assert loaded.server == {"port": 8012} and list(loaded.handlers) == ["ON_CLICK"]
