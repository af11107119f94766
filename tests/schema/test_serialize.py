"""Wire form of the catalog: each element serializes exactly as upstream vuer 0.1.6's does.

Every expected dict below was derived by reading upstream's ``vuer/schemas`` (which sets which
keys, with which defaults) and is written out literally. Each case is a function of the schema
module, so the same table can be run against upstream's package by hand, although the tests
never import it.
"""

from __future__ import annotations

import io

import numpy as np
import pytest

import vuer_cli.schema as schema


class PngOf:
    """Equal to PNG bytes that decode to exactly these pixels (encoders differ in bytes)."""

    def __init__(self, pixels):
        self.pixels = np.asarray(pixels)

    def __eq__(self, other):
        from PIL import Image as PILImage

        if not isinstance(other, bytes) or not other.startswith(b"\x89PNG\r\n\x1a\n"):
            return False
        with PILImage.open(io.BytesIO(other)) as decoded:
            return np.array_equal(np.asarray(decoded), self.pixels)

    def __repr__(self):
        return f"PngOf(shape={self.pixels.shape})"


IMAGE = np.arange(2 * 3 * 3, dtype=np.uint8).reshape(2, 3, 3) * 10
VERTS = [[0, 0, 0], [1, 0.5, -2]]
VERTS_F16 = b"\x00\x00\x00\x00\x00\x00\x00<\x008\x00\xc0"

CASES = [
    # ---- geometry
    (
        "Box",
        lambda s: s.Box(args=[1, 2, 3], position=(0, 1, 0), material={"color": "red"}, key="box"),
        {"key": "box", "tag": "Box", "args": [1, 2, 3], "position": [0, 1, 0], "material": {"color": "red"}},
    ),
    (
        "Sphere-numpy",
        lambda s: s.Sphere(args=np.array([0.5, 16, 16]), scale=np.float32(2), key="sph"),
        {"key": "sph", "tag": "Sphere", "args": [0.5, 16.0, 16.0], "scale": 2.0},
    ),
    (
        "Group",
        lambda s: s.Group(s.Box(key="a"), s.Sphere(key="b"), position=[0, 1, 0], key="g"),
        {
            "key": "g",
            "tag": "VuerGroup",
            "position": [0, 1, 0],
            "children": [{"key": "a", "tag": "Box"}, {"key": "b", "tag": "Sphere"}],
        },
    ),
    (
        "group-mesh-material",
        lambda s: s.group(s.mesh(s.MeshStandardMaterial(color="red", key="m"), key="me"), key="g"),
        {
            "key": "g",
            "tag": "group",
            "children": [
                {"key": "me", "tag": "mesh", "children": [{"key": "m", "tag": "meshStandardMaterial", "color": "red"}]}
            ],
        },
    ),
    (
        "Billboard",
        lambda s: s.Billboard(s.Box(key="b"), lockY=True, key="bb"),
        {
            "key": "bb",
            "tag": "Billboard",
            "follow": True,
            "lockX": False,
            "lockY": True,
            "lockZ": False,
            "children": [{"key": "b", "tag": "Box"}],
        },
    ),
    # ---- bulk
    (
        "PointCloud",
        lambda s: s.PointCloud(
            vertices=np.array(VERTS), colors=np.array([[1.0, 0.5, 0.0], [0.2, 0.0, 1.0]]), size=0.01, key="pc"
        ),
        {"key": "pc", "tag": "PointCloud", "vertices": VERTS_F16, "colors": b"\xff\x7f\x003\x00\xff", "size": 0.01},
    ),
    (
        "p-alias",
        lambda s: s.p(vertices=np.array(VERTS), key="pc"),
        {"key": "pc", "tag": "PointCloud", "vertices": VERTS_F16},
    ),
    (
        "TriMesh",
        lambda s: s.TriMesh(
            vertices=np.array(VERTS),
            faces=np.array([[0, 1, 2]]),
            colors=np.array([[255, 0, 0, 255]], dtype=np.uint8),
            uv=np.array([[0, 1], [0.5, 0.25]]),
            key="tm",
        ),
        {
            "key": "tm",
            "tag": "TriMesh",
            "vertices": VERTS_F16,
            "faces": b"\x00\x00\x00\x00\x01\x00\x00\x00\x02\x00\x00\x00",
            "colors": b"\xff\x00\x00",
            "uv": b"\x00\x00\x00<\x008\x004",
        },
    ),
    (
        "TriMesh-uv-None",
        lambda s: s.TriMesh(vertices=np.array(VERTS), faces=np.array([[0, 1, 2]]), uv=None, key="tm"),
        {
            "key": "tm",
            "tag": "TriMesh",
            "vertices": VERTS_F16,
            "faces": b"\x00\x00\x00\x00\x01\x00\x00\x00\x02\x00\x00\x00",
            "uv": None,
        },
    ),
    # ---- lights and environment
    (
        "DirectionalLight",
        lambda s: s.DirectionalLight(intensity=1.5, position=[5, 5, 5], castShadow=True, key="sun"),
        {"key": "sun", "tag": "DirectionalLight", "intensity": 1.5, "position": [5, 5, 5], "castShadow": True},
    ),
    (
        "BackgroundColor",
        lambda s: s.BackgroundColor(key="bg"),
        {"key": "bg", "tag": "BackgroundColor", "color": "#131416"},
    ),
    (
        "BackgroundColor-positional",
        lambda s: s.BackgroundColor("#fff", key="bg"),
        {"key": "bg", "tag": "BackgroundColor", "color": "#fff"},
    ),
    (
        "Fog",
        lambda s: s.Fog(color="green", near=3, far=7),
        {"key": "fog", "tag": "fog", "color": "green", "near": 3, "far": 7},
    ),
    # ---- cameras
    (
        "OrbitControls",
        lambda s: s.OrbitControls(makeDefault=True),
        {"key": "orbit-controls", "tag": "OrbitControls", "makeDefault": True},
    ),
    (
        "PerspectiveCamera",
        lambda s: s.PerspectiveCamera(fov=50, position=[0, 2, 2]),
        {"key": "perspective-camera", "tag": "PerspectiveCamera", "fov": 50, "position": [0, 2, 2]},
    ),
    (
        "SceneCamera",
        lambda s: s.SceneCamera(position=[0, 5, 10], lookAt=(0, 0, 0), key="cam"),
        {"key": "cam", "tag": "SceneCamera", "position": [0, 5, 10], "lookAt": [0, 0, 0]},
    ),
    # ---- markers
    (
        "BBox",
        lambda s: s.BBox(key="bb"),
        {
            "key": "bb",
            "tag": "BBox",
            "min": {"x": -1, "y": -1, "z": -1},
            "max": {"x": 1, "y": 1, "z": 1},
            "color": "0xffffff",
            "scale": 1.01,
        },
    ),
    (
        "BBox-positional",
        lambda s: s.BBox({"x": 0, "y": 0, "z": 0}, color="red", key="bb"),
        {
            "key": "bb",
            "tag": "BBox",
            "min": {"x": 0, "y": 0, "z": 0},
            "max": {"x": 1, "y": 1, "z": 1},
            "color": "red",
            "scale": 1.01,
        },
    ),
    (
        "Text",
        lambda s: s.Text("hello", fontSize=0.2, key="t"),
        {"key": "t", "tag": "Text", "fontSize": 0.2, "children": ["hello"]},
    ),
    (
        "Text3D",
        lambda s: s.Text3D("hi", font="f.json", key="t"),
        {
            "key": "t",
            "tag": "Text3D",
            "font": "f.json",
            "smooth": None,
            "lineHeight": 0,
            "letterSpacing": 1,
            "children": ["hi"],
        },
    ),
    (
        "Line",
        lambda s: s.Line(points=[[0, 0, 0], [1, 1, 1]], color="black", lineWidth=2, key="l"),
        {"key": "l", "tag": "Line", "points": [[0, 0, 0], [1, 1, 1]], "color": "black", "lineWidth": 2},
    ),
    ("Grid", lambda s: s.Grid(key="grid"), {"key": "grid", "tag": "Grid"}),
    # ---- models
    (
        "Urdf",
        lambda s: s.Urdf(src="robot.urdf", jointValues={"j1": 0.5}, key="r"),
        {"key": "r", "tag": "Urdf", "src": "robot.urdf", "jointValues": {"j1": 0.5}},
    ),
    ("Glb", lambda s: s.Glb(src="scene.glb", key="glb"), {"key": "glb", "tag": "Glb", "src": "scene.glb"}),
    ("LumaSplats", lambda s: s.LumaSplats(src="x", key="ls"), {"key": "ls", "tag": "Splats", "src": "x"}),
    # ---- media
    (
        "Image-src",
        lambda s: s.Image(src="a.png", opacity=0.5, key="im"),
        {"key": "im", "tag": "Image", "rgb": "a.png", "opacity": 0.5},
    ),
    (
        "Image-numpy",
        lambda s: s.Image(IMAGE, position=[0, 1, 0], key="im"),
        {"key": "im", "tag": "Image", "rgb": PngOf(IMAGE), "position": [0, 1, 0], "aspect": 1.5, "height": 0.002},
    ),
    (
        "Image-numpy-height",
        lambda s: s.Image(IMAGE, height=2, key="im"),
        {"key": "im", "tag": "Image", "rgb": PngOf(IMAGE), "height": 2, "aspect": 1.5},
    ),
    (
        "VideoPlane",
        lambda s: s.VideoPlane(src="v.mp4", distanceToCamera=5, key="v"),
        {"key": "v", "tag": "VideoPlane", "src": "v.mp4", "distanceToCamera": 5},
    ),
    (
        "ImageBackground-numpy",
        lambda s: s.ImageBackground(IMAGE, key="bg"),
        {"key": "bg", "tag": "ImageBackground", "src": PngOf(IMAGE)},
    ),
    # ---- xr
    ("Hands", lambda s: s.Hands(), {"key": "hands", "tag": "Hands"}),
    ("Body", lambda s: s.Body(fps=60), {"key": "body_tracking", "tag": "Body", "fps": 60}),
    (
        "MotionControllers",
        lambda s: s.MotionControllers(),
        {
            "key": "motionControllers",
            "tag": "MotionControllers",
            "eventTypes": ["trigger", "squeeze"],
            "stream": True,
            "left": None,
            "right": None,
        },
    ),
    (
        "WebXRMesh",
        lambda s: s.WebXRMesh(color="blue"),
        {"key": "webxr-mesh", "tag": "WebXRMesh", "color": "blue", "opacity": 0.15, "autoUpdate": True},
    ),
    (
        "Movable",
        lambda s: s.Movable(s.Box(key="b"), key="mv"),
        {"key": "mv", "tag": "Movable", "children": [{"key": "b", "tag": "Box"}]},
    ),
    # ---- physics, animation, misc
    (
        "MuJoCo",
        lambda s: s.MuJoCo(src="scene.xml", pause=True, key="mj"),
        {"key": "mj", "tag": "MuJoCo", "src": "scene.xml", "pause": True},
    ),
    (
        "AnimationClip",
        lambda s: s.AnimationClip(
            s.VectorTrack(name=".position", times=[0, 1], values=[0, 0, 0, 1, 1, 1], key="tr"), duration=1, key="clip"
        ),
        {
            "key": "clip",
            "tag": "AnimationClip",
            "duration": 1,
            "children": [
                {"key": "tr", "tag": "VectorTrack", "name": ".position", "times": [0, 1], "values": [0, 0, 0, 1, 1, 1]}
            ],
        },
    ),
    ("GrabRender", lambda s: s.GrabRender(), {"key": "DEFAULT", "tag": "GrabRender"}),
    (
        "ContribLoader",
        lambda s: s.ContribLoader(library="@vuer-ai/mujoco-ts", version="0.0.79", key="c"),
        {"key": "c", "tag": "ContribLoader", "library": "@vuer-ai/mujoco-ts", "version": "0.0.79"},
    ),
    (
        "MeshPhysicalMaterial",
        lambda s: s.MeshPhysicalMaterial(transmission=1, roughness=0, attach="material", key="m"),
        {"key": "m", "tag": "meshPhysicalMaterial", "transmission": 1, "roughness": 0, "attach": "material"},
    ),
    # ---- html
    (
        "Button",
        lambda s: s.Button(value="Go", style={"color": "red"}, key="btn"),
        {"key": "btn", "tag": "Button", "value": "Go", "style": {"color": "red"}},
    ),
    (
        "Slider",
        lambda s: s.Slider(min=0, max=10, step=1, value=5, key="sl"),
        {"key": "sl", "tag": "Slider", "min": 0, "max": 10, "step": 1, "value": 5},
    ),
    (
        "InputBox",
        lambda s: s.InputBox(placeholder="type", key="in"),
        {"key": "in", "tag": "Input", "placeholder": "type"},
    ),
    ("span", lambda s: s.span("a", "b", key="s"), {"key": "s", "tag": "Span", "text": "a b"}),
    (
        "Bold",
        lambda s: s.Bold("a", style={"color": "red"}, key="b"),
        {"key": "b", "tag": "Span", "text": "a", "style": {"fontWeight": "bold", "color": "red"}},
    ),
    (
        "Italic",
        lambda s: s.Italic("x", "y", sep="-", key="i"),
        {"key": "i", "tag": "Span", "text": "x-y", "style": {"fontStyle": "italic"}},
    ),
    (
        "Link",
        lambda s: s.Link("docs", href="https://x", key="a"),
        {"key": "a", "tag": "a", "text": "docs", "href": "https://x"},
    ),
    (
        "div",
        lambda s: s.div(s.Header("T", key="h"), "text", key="d"),
        {"key": "d", "tag": "Div", "children": [{"key": "h", "tag": "h1", "children": ["T"]}, "text"]},
    ),
    (
        "Img-numpy",
        lambda s: s.Img(IMAGE, style={"width": "10px"}, key="img"),
        {"key": "img", "tag": "Img", "src": PngOf(IMAGE), "style": {"width": "10px"}},
    ),
    ("Img-bytes", lambda s: s.Img(src=b"\x89PNG", key="img"), {"key": "img", "tag": "Img", "src": b"\x89PNG"}),
    # ---- scenes
    (
        "Scene",
        lambda s: s.Scene(
            s.Box(key="b"),
            bgChildren=[s.Grid(key="g")],
            htmlChildren=[s.Button(value="x", key="btn")],
            rawChildren=s.Box(key="r"),
            frameloop="demand",
            key="scene",
        ),
        {
            "key": "scene",
            "tag": "Scene",
            "up": [0, 1, 0],
            "frameloop": "demand",
            "children": [{"key": "b", "tag": "Box"}],
            "bgChildren": [{"key": "g", "tag": "Grid"}],
            "htmlChildren": [{"key": "btn", "tag": "Button", "value": "x"}],
            "rawChildren": [{"key": "r", "tag": "Box"}],
        },
    ),
    (
        "DefaultScene",
        lambda s: s.DefaultScene(s.Box(key="b"), bgChildren=[s.AmbientLight(key="amb")], key="scene"),
        {
            "key": "scene",
            "tag": "Scene",
            "up": [0, 1, 0],
            "children": [{"key": "b", "tag": "Box"}],
            "bgChildren": [
                {"key": "grid", "tag": "Grid"},
                {"key": "light-stage", "tag": "HemisphereLightStage"},
                {"key": "gamepad-0", "tag": "Gamepad", "index": 0},
                {"key": "hands", "tag": "Hands", "fps": 30, "stream": True},
                {
                    "key": "motion-controllers",
                    "tag": "MotionControllers",
                    "eventTypes": ["trigger", "squeeze"],
                    "stream": True,
                    "left": None,
                    "right": None,
                    "fps": 30,
                },
                {"key": "SceneCamera", "tag": "SceneCamera", "position": [0, 5, 10]},
                {"key": "SceneCameraControl", "tag": "SceneCameraControl", "makeDefault": True},
                {"key": "CameraPreviewThumbs", "tag": "CameraPreviewThumbs"},
                {"key": "CameraPreviewOverlay", "tag": "CameraPreviewOverlay"},
                {"key": "amb", "tag": "AmbientLight"},
            ],
        },
    ),
    (
        "DefaultScene-no-grid",
        lambda s: s.DefaultScene(grid=False, up=[0, 0, 1], key="scene"),
        {
            "key": "scene",
            "tag": "Scene",
            "up": [0, 0, 1],
            "bgChildren": [
                {"key": "light-stage", "tag": "HemisphereLightStage"},
                {"key": "gamepad-0", "tag": "Gamepad", "index": 0},
                {"key": "hands", "tag": "Hands", "fps": 30, "stream": True},
                {
                    "key": "motion-controllers",
                    "tag": "MotionControllers",
                    "eventTypes": ["trigger", "squeeze"],
                    "stream": True,
                    "left": None,
                    "right": None,
                    "fps": 30,
                },
                {"key": "SceneCamera", "tag": "SceneCamera", "position": [0, 5, 10]},
                {"key": "SceneCameraControl", "tag": "SceneCameraControl", "makeDefault": True},
                {"key": "CameraPreviewThumbs", "tag": "CameraPreviewThumbs"},
                {"key": "CameraPreviewOverlay", "tag": "CameraPreviewOverlay"},
            ],
        },
    ),
]


@pytest.mark.parametrize(("make", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_serializes_as_upstream(make, expected):
    assert make(schema)._serialize() == expected


def test_every_family_is_sampled():
    sampled = {type(c[1](schema)).__module__.rsplit(".", 1)[-1] for c in CASES}
    families = {
        "geometry",
        "bulk",
        "lights",
        "cameras",
        "markers",
        "models",
        "media",
        "xr",
        "physics",
        "animation",
        "misc",
        "html",
        "scene",
        "materials",
    }
    assert families <= sampled


def test_unset_keys_come_from_the_counter():
    a, b = schema.Box(), schema.Box()
    assert a.key.isdigit() and b.key.isdigit() and int(b.key) > int(a.key)


def test_class_defaults_read_but_are_not_sent():
    hands = schema.Hands()
    assert hands.stream is True and hands.hideLeft is False
    assert schema.MuJoCo(key="m").speed == 1.0
    assert schema.Fog().attach == "fog"
    assert "stream" not in hands._serialize()


def test_fog_takes_no_children():
    with pytest.raises(TypeError):
        schema.Fog(schema.Box())


def test_img_with_both_data_and_src_is_an_error():
    with pytest.raises(ValueError):
        schema.Img(IMAGE, src="a.png")


def test_img_without_an_image_keeps_key_and_tag():
    # Upstream returns an empty, keyless object here; a node without a tag helps nobody.
    assert schema.Img(key="i")._serialize() == {"key": "i", "tag": "Img"}
    assert schema.WebRTCVideoMaterial(stream="cam", key="w")._serialize() == {
        "key": "w",
        "tag": "WebRTCVideoMaterial",
        "stream": "cam",
    }
