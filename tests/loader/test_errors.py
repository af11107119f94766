"""Bad scene files: each gives one message with the exact file:line:col and element path."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from vuer_cli.loader import SceneFileError, load_scene

URDF_MISSING_MESH = """\
<robot name="r">
  <link name="a">
    <visual><geometry><mesh filename="meshes/gone.stl"/></geometry></visual>
  </link>
</robot>
"""

# (id, files, (line, col, path, message)); "scene.yaml" (or the first file) is loaded,
# "{dir}" is the scene's folder.
CASES = [
    (
        "unknown tag, compact form, with a suggestion",
        {"scene.yaml": """\
            scene:
              children:
                - Box: {key: a}
                - Spere: {key: s}
            """},
        (4, 7, "scene.children[1]", "unknown tag 'Spere' (did you mean 'Sphere'?)"),
    ),
    (
        "unknown tag, serialized form, case typo",
        {"scene.yaml": """\
            scene:
              children:
                - {tag: box, key: b}
            """},
        (3, 13, "scene.children[0]", "unknown tag 'box' (did you mean 'Box'?)"),
    ),
    (
        "unknown tag nested in a group, no suggestion",
        {"scene.yaml": """\
            scene:
              children:
                - VuerGroup:
                    children:
                      - Zzyzx: {}
            """},
        (5, 13, "scene.children[0].children[0]", "unknown tag 'Zzyzx'"),
    ),
    (
        "wrong prop type",
        {"scene.yaml": """\
            scene:
              children:
                - Box:
                    key: a
                - Box:
                    key: b
                    position: up
            """},
        (7, 19, 'scene.children[1] (Box "b")', "prop 'position' must be a list of 3 numbers, got 'up'"),
    ),
    (
        "wrong prop type in the serialized form",
        {"scene.yaml": """\
            scene:
              children:
                - {tag: Sphere, key: s, args: [0.5, 32, 16], visible: "yes"}
            """},
        (3, 59, 'scene.children[0] (Sphere "s")', "prop 'visible' must be true or false, got 'yes'"),
    ),
    (
        "wrong type of a Scene prop",
        {"scene.yaml": """\
            scene:
              up: [0, 1]
            """},
        (2, 7, "scene (Scene)", "prop 'up' must be a list of 3 numbers, got [0, 1]"),
    ),
    (
        "duplicate key",
        {"scene.yaml": """\
            scene:
              children:
                - Box: {key: twin}
                - VuerGroup:
                    children:
                      - Sphere: {key: twin}
            """},
        (
            6,
            27,
            'scene.children[1].children[0] (Sphere "twin")',
            "duplicate key 'twin' (first used by scene.children[0] (Box \"twin\") at line 3)",
        ),
    ),
    (
        "duplicate mapping key in YAML",
        {"scene.yaml": """\
            scene:
              children:
                - Box:
                    key: b
                    position: [0, 0, 0]
                    position: [1, 0, 0]
            """},
        (6, 9, "", "duplicate mapping key 'position' (first at line 5)"),
    ),
    (
        "missing asset file",
        {"scene.yaml": """\
            scene:
              children:
                - Urdf: {key: robot, src: robots/arm.urdf}
            """},
        (3, 31, 'scene.children[0] (Urdf "robot")', "prop 'src': missing file 'robots/arm.urdf' (looked for {dir}/robots/arm.urdf)"),
    ),
    (
        "missing mesh inside a URDF",
        {
            "scene.yaml": """\
                scene:
                  children:
                    - Urdf: {key: robot, src: arm.urdf}
                """,
            "arm.urdf": URDF_MISSING_MESH,
        },
        (3, 31, 'scene.children[0] (Urdf "robot")', "prop 'src': arm.urdf line 3: missing file 'meshes/gone.stl' (looked for {dir}/meshes/gone.stl)"),
    ),
    (
        "missing .npy array",
        {"scene.yaml": """\
            scene:
              children:
                - PointCloud: {key: pc, vertices: pts.npy}
            """},
        (3, 39, 'scene.children[0] (PointCloud "pc")', "prop 'vertices': missing file 'pts.npy' (looked for {dir}/pts.npy)"),
    ),
    (
        "asset outside the scene's folder",
        {"scene.yaml": """\
            scene:
              children:
                - Stl: {src: ../elsewhere.stl}
            """, "../elsewhere.stl": "solid x\nendsolid x\n"},
        (
            3,
            18,
            "scene.children[0] (Stl)",
            "prop 'src': file '../elsewhere.stl' is outside the scene's asset folders ({dir}); list its folder under server.assets to use it",
        ),
    ),
    (
        "asset in a dot-folder",
        {"scene.yaml": """\
            scene:
              children:
                - Stl: {src: .cache/part.stl}
            """, ".cache/part.stl": "solid x\nendsolid x\n"},
        (3, 18, "scene.children[0] (Stl)", "prop 'src': '.cache/part.stl' is a dotfile or inside a dot-folder; such files are never served: rename it"),
    ),
    (
        "YAML syntax error",
        {"scene.yaml": """\
            scene:
              children:
                - Box: {key: a, args: [1, 1, 1}
            """},
        (3, 35, "", "YAML syntax error: expected ',' or ']', but got '}'"),
    ),
    (
        "YAML indentation error",
        {"scene.yaml": """\
            scene:
              children:
                - Box: {key: a}
               bgChildren: []
            """},
        (4, 4, "", "YAML syntax error: expected <block end>, but found '<block mapping start>'"),
    ),
    (
        "JSON syntax error",
        {"scene.json": '{\n  "scene": {\n    "children": [\n      {"Box": {"key": "a",}}\n    ]\n  }\n}\n'},
        (4, 27, "", "JSON syntax error: expected a property name in double quotes"),
    ),
    (
        "unsafe YAML tag",
        {"scene.yaml": """\
            scene:
              children: !!python/object/apply:os.system [echo hacked]
            """},
        (2, 13, "", "the tag '!!python/object/apply:os.system' is not allowed (scene files hold plain data only)"),
    ),
    (
        "top-level key typo",
        {"scene.yaml": """\
            scnee:
              children: []
            """},
        (1, 1, "", "unknown top-level key 'scnee' (did you mean 'scene'?)"),
    ),
    (
        "top-level key unknown",
        {"scene.yaml": """\
            scene: {}
            widgets: 3
            """},
        (2, 1, "", "unknown top-level key 'widgets'; expected scene, handlers, server"),
    ),
    (
        "server setting typo",
        {"scene.yaml": """\
            scene: {}
            server:
              prot: 8013
            """},
        (3, 3, "server", "unknown setting 'prot' (did you mean 'port'?)"),
    ),
    (
        "server setting of the wrong type",
        {"scene.yaml": """\
            scene: {}
            server: {port: eighty}
            """},
        (2, 16, "server", "'port' must be an integer, got 'eighty'"),
    ),
    (
        "server assets folder missing",
        {"scene.yaml": """\
            scene: {}
            server:
              assets: [../meshes]
            """},
        (3, 12, "server.assets", "no folder '../meshes' (looked for {parent}/meshes)"),
    ),
    (
        "handler reference without a function",
        {"scene.yaml": """\
            scene: {}
            handlers:
              ON_CLICK: handlers.py
            """},
        (3, 13, "handlers.ON_CLICK", "a handler must be 'file.py:function' or 'package.module:function', got 'handlers.py'"),
    ),
    (
        "handler file missing",
        {"scene.yaml": """\
            scene: {}
            handlers:
              ON_CLICK: [ok.py:fine, nope.py:on_click]
            """, "ok.py": "def fine(event, session):\n    pass\n"},
        (3, 26, "handlers.ON_CLICK", "missing handler file 'nope.py' (looked for {dir}/nope.py)"),
    ),
    (
        "handler raises at import",
        {"scene.yaml": """\
            scene: {}
            handlers:
              ON_CLICK: lib/clicks.py:on_click
            """, "lib/clicks.py": "import math\n\nRATE = 1 / 0\n\ndef on_click(event, session):\n    pass\n"},
        (3, 13, "handlers.ON_CLICK", "cannot import lib/clicks.py: ZeroDivisionError: division by zero (lib/clicks.py:3)"),
    ),
    (
        "handler file with a syntax error",
        {"scene.yaml": """\
            scene: {}
            handlers:
              ON_CLICK: clicks.py:on_click
            """, "clicks.py": "def on_click(event, session)\n    pass\n"},
        (3, 13, "handlers.ON_CLICK", "cannot import clicks.py: SyntaxError: expected ':' (clicks.py:1:29)"),
    ),
    (
        "handler function missing, with a suggestion",
        {"scene.yaml": """\
            scene: {}
            handlers:
              ON_CLICK: clicks.py:on_clik
            """, "clicks.py": "def on_click(event, session):\n    pass\n"},
        (3, 13, "handlers.ON_CLICK", "clicks.py has no function 'on_clik' (did you mean 'on_click'?)"),
    ),
    (
        "handler with the wrong signature",
        {"scene.yaml": """\
            scene: {}
            handlers:
              ON_CLICK: clicks.py:on_click
            """, "clicks.py": "def on_click(event):\n    pass\n"},
        (3, 13, "handlers.ON_CLICK", "handler on_click must take (event, session)"),
    ),
    (
        "handler module not installed",
        {"scene.yaml": """\
            scene: {}
            handlers:
              CAMERA_MOVE: no_such_package.handlers:on_move
            """},
        (3, 16, "handlers.CAMERA_MOVE", "cannot import module 'no_such_package.handlers': ModuleNotFoundError: No module named 'no_such_package'"),
    ),
    (
        "children not a list",
        {"scene.yaml": """\
            scene:
              children:
                - VuerGroup: {key: g, children: {Box: {}}}
            """},
        (3, 37, 'scene.children[0] (VuerGroup "g")', "children must be a list of elements, got a mapping"),
    ),
    (
        "element with two tags",
        {"scene.yaml": """\
            scene:
              children:
                - Box: {}
                  Sphere: {}
            """},
        (3, 7, "scene.children[0]", "an element needs a 'tag' ({tag: Box, ...}) or a single tag key ({Box: {...}}); this mapping has 'Box', 'Sphere'"),
    ),
    (
        "props not a mapping",
        {"scene.yaml": """\
            scene:
              children:
                - Box: [1, 1, 1]
            """},
        (3, 12, "scene.children[0]", "the props of Box must be a mapping, got [1, 1, 1]"),
    ),
    (
        "upstream dump whose root is not a Scene",
        {"scene.json": '{"tag": "Box", "key": "b"}\n'},
        (1, 9, "scene", "the top-level element must be a Scene, got 'Box'"),
    ),
    (
        "an event other than SET",
        {"scene.json": '{"etype": "UPDATE", "data": {"nodes": []}}\n'},
        (1, 11, "", "only a SET event can be loaded as a scene, got etype 'UPDATE'"),
    ),
    (
        "a component refuses a value",
        {"scene.yaml": """\
            scene:
              children:
                - TriMesh: {key: m, vertices: [[0, 0, 0]], faces: [[0, 0, 0]], precision: float64}
            """},
        (3, 79, 'scene.children[0] (TriMesh "m")', "prop 'precision' must be one of 'float16', 'float32', got 'float64'"),
    ),
    (
        "empty file",
        {"scene.yaml": "# nothing yet\n"},
        (1, 1, "", "the file is empty; it needs a 'scene:'"),
    ),
]


def _write(root: Path, files: dict[str, str]) -> Path:
    first = None
    for name, text in files.items():
        path = (root / name).resolve()
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text))
        first = first or path
    return first


@pytest.mark.parametrize("files, expected", [pytest.param(f, e, id=i) for i, f, e in CASES])
def test_bad_scene_file_gives_one_exact_message(tmp_path, files, expected):
    scene_dir = tmp_path / "scenes"
    scene_dir.mkdir()
    scene = _write(scene_dir, files)
    line, col, path, message = expected
    message = message.replace("{dir}", str(scene_dir.resolve())).replace("{parent}", str(tmp_path.resolve()))
    with pytest.raises(SceneFileError) as info:
        load_scene(scene)
    err = info.value
    assert (err.line, err.col, err.path, err.message) == (line, col, path, message)
    where = f"{scene}:{line}:{col}"
    assert str(err) == (f"{where}: {path}: {message}" if path else f"{where}: {message}")


def test_missing_scene_file_names_it(tmp_path):
    with pytest.raises(SceneFileError) as info:
        load_scene(tmp_path / "nope.yaml")
    assert str(info.value) == f"{tmp_path / 'nope.yaml'}: no such scene file"


def test_relative_path_is_shown_as_given(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "scenes").mkdir()
    (tmp_path / "scenes" / "bad.yaml").write_text("scene:\n  children:\n    - Box: {key: b, position: up}\n")
    with pytest.raises(SceneFileError) as info:
        load_scene("scenes/bad.yaml")
    assert str(info.value) == "scenes/bad.yaml:3:31: scene.children[0] (Box \"b\"): prop 'position' must be a list of 3 numbers, got 'up'"


def test_prop_typo_is_a_warning_not_an_error(tmp_path):
    (tmp_path / "s.yaml").write_text("scene:\n  children:\n    - Box: {key: b, positon: [0, 1, 0]}\n")
    loaded = load_scene(tmp_path / "s.yaml")
    assert loaded.warnings == [f"{tmp_path / 's.yaml'}:3:21: scene.children[0] (Box \"b\"): unknown prop 'positon' (did you mean 'position'?); sent as is"]
    assert loaded.serialized()["children"][0]["positon"] == [0, 1, 0]


def test_error_survives_pickling():
    import pickle

    err = SceneFileError("a.yaml", 1, 2, "scene", "bad")
    assert str(pickle.loads(pickle.dumps(err))) == "a.yaml:1:2: scene: bad"
