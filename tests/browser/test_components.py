"""Each component family renders, judged from the pixels of a grab_render frame."""

from __future__ import annotations

import base64
import io
import json
import struct
from pathlib import Path

import numpy as np
import pytest
from PIL import Image as PILImage

from vuer_cli.schema import (
    Box,
    PointCloud,
    Scene,
    Text,
    TriMesh,
    VuerGroup,
)

from .conftest import CENTER, HEIGHT, LIT, NO_STAGING, WIDTH, basic, dominant, mask, project, window

pytestmark = pytest.mark.browser

PRIMITIVES = {
    "Box": [0.8, 0.8, 0.8],
    "Sphere": [0.45, 24, 16],
    "Cylinder": [0.35, 0.35, 0.8, 24],
    "Cone": [0.4, 0.8, 24],
    "Capsule": [0.25, 0.4, 4, 12],
    "Plane": [0.8, 0.8],
    "Circle": [0.45, 24],
    "Ring": [0.2, 0.45, 24],
    "Torus": [0.3, 0.12, 12, 24],
    "TorusKnot": [0.25, 0.08, 64, 8],
    "Dodecahedron": [0.45],
    "Icosahedron": [0.45],
    "Octahedron": [0.45],
    "Tetrahedron": [0.5],
}
RGB = [("red", 0), ("lime", 1), ("blue", 2)]


async def test_every_primitive_renders(served):
    cells = {}
    nodes = []
    for i, (tag, args) in enumerate(PRIMITIVES.items()):
        x, y = -3 + 1.5 * (i % 5), 1.5 - 1.5 * (i // 5)
        color, channel = RGB[i % 3]
        cells[tag] = (x, y, channel)
        nodes.append({"tag": tag, "key": f"p-{tag}", "args": args, "position": [x, y, 0], "material": basic(color)})
    async with served() as h:
        h.app.scene.set @ Scene(*nodes)
        await h.open()
        img = await h.grab()
        for tag, (x, y, channel) in cells.items():
            hit = dominant(window(img, *project(x, y), r=25), channel).sum()
            assert hit > 60, f"{tag} not drawn at ({x}, {y}): {hit} px"
        assert await h.overlay() == []


async def test_group_nesting_composes_transforms(served):
    inner = Box(key="inner", args=[0.5, 0.5, 0.5], material=basic("red"))
    async with served() as h:
        h.app.scene.set @ Scene(
            VuerGroup(VuerGroup(inner, key="g2", position=[0, 2, 0]), key="g1", position=[-1, -1, 0]),
            {"tag": "group", "key": "g3", "position": [2, 0, 0], "scale": 2, "children": [
                {"tag": "Box", "key": "small", "args": [0.25, 0.25, 0.25], "position": [0, 0.5, 0], "material": basic("blue")}]},
            {"tag": "Group", "key": "g4", "rotation": [0, 0, 1.5707963], "children": [
                {"tag": "Sphere", "key": "s", "args": [0.2], "position": [2, 0, 0], "material": basic("lime")}]},
        )
        await h.open()
        img = await h.grab()
        assert dominant(window(img, *project(-1, 1)), 0).all(), "box at g1 + g2 = (-1, 1)"
        assert not dominant(window(img, *project(0, 2)), 0).any()
        assert dominant(window(img, *project(2, 1), r=8), 2).all(), "scaled group: (2, 0) + 2 * (0, 0.5)"
        assert dominant(window(img, *project(0, 2), r=4), 1).all(), "rotated group: (2, 0) turned 90° → (0, 2)"


async def test_transform_props_matrix_quaternion_scale_visible(served):
    m = np.eye(4)
    m[:3, 3] = [-2.5, -1.5, 0]
    async with served() as h:
        h.app.scene.set @ Scene(
            # matrix: 16 floats, column-major (three.js Matrix4.toArray): translation last.
            {"tag": "Box", "key": "m", "args": [0.5, 0.5, 0.5], "matrix": m.T.ravel().tolist(), "material": basic("red")},
            # quaternion: a 45° turn about z makes a square a diamond (its corner reaches further up).
            {"tag": "Plane", "key": "q", "args": [1, 1], "position": [2.5, -1.5, 0], "quaternion": [0, 0, 0.3826834, 0.9238795],
             "material": basic("blue")},
            {"tag": "Box", "key": "s", "args": [0.5, 0.5, 0.5], "position": [0, 1.5, 0], "scale": [3, 1, 1], "material": basic("lime")},
            {"tag": "Box", "key": "hidden", "args": [1, 1, 1], "visible": False, "material": basic("red")},
        )
        await h.open()
        img = await h.grab()
        assert dominant(window(img, *project(-2.5, -1.5)), 0).all()
        assert dominant(window(img, *project(2.5, -1.5 + 0.65), r=2), 2).all(), "diamond corner above the square's edge"
        assert dominant(window(img, *project(0.6, 1.5), r=3), 1).all() and dominant(window(img, *project(-0.6, 1.5), r=3), 1).all()
        assert not dominant(window(img, *CENTER), 0).any(), "visible: false"
        h.app.scene.update @ {"key": "hidden", "visible": True}
        await h.ready()
        assert dominant(window(await h.grab(), *CENTER), 0).all()


def quad(size=1.0):
    s = size
    return np.array([[-s, -s, 0], [s, -s, 0], [s, s, 0], [-s, s, 0]], np.float32), np.array([[0, 1, 2], [0, 2, 3]], np.uint32)


async def test_trimesh_float16_float32_colors_and_resize(served):
    v, f = quad()
    async with served() as h:
        h.app.scene.set @ Scene(TriMesh(key="mesh", vertices=v, faces=f, color="lime", materialType="basic"))
        await h.open()
        img = await h.grab()
        green = dominant(img, 1)
        assert green[project(0, 0)[1], project(0, 0)[0]] and green[project(0.9, 0.9)[1], project(0.9, 0.9)[0]]
        assert not green[project(1.2, 0)[1], project(1.2, 0)[0]]
        # float32 vertices (our client reads `precision`), per-vertex uint8 colours (an upsert
        # merges: `color` would still tint them lime, so it goes back to white).
        h.app.scene.upsert @ TriMesh(key="mesh", vertices=v * 0.5, faces=f, colors=np.tile([0, 0, 255], (4, 1)).astype(np.uint8),
                                     precision="float32", materialType="basic", color="white")
        await h.ready()
        img = await h.grab()
        blue = dominant(img, 2)
        assert blue[CENTER[1], CENTER[0]]
        assert not blue[project(0.8, 0)[1], project(0.8, 0)[0]], "re-sent geometry replaced, not kept"
        # A different buffer size (one triangle) replaces the geometry too (upstream threw here).
        tri = np.array([[0, 0, 0], [1.5, 0, 0], [0, 1.5, 0]], np.float32)
        h.app.scene.upsert @ TriMesh(key="mesh", vertices=tri, faces=np.array([[0, 1, 2]]), color="red", materialType="basic")
        await h.ready()
        img = await h.grab()
        red = dominant(img, 0)
        assert red[project(0.3, 0.3)[1], project(0.3, 0.3)[0]]
        assert not red[project(-0.3, -0.3)[1], project(-0.3, -0.3)[0]]
        assert not any("pageerror" in line for line in h.page.console_lines)


def grid_points(n=120):
    xs = np.linspace(-1, 1, n, dtype=np.float32)
    gx, gy = np.meshgrid(xs, xs)
    return np.stack([gx.ravel(), gy.ravel(), np.zeros(n * n, np.float32)], axis=1)


async def test_float16_and_float32_point_clouds_draw_the_same_square(served):
    pts = grid_points()
    async with served() as h:
        h.app.scene.set @ Scene(PointCloud(key="pc", vertices=pts, size=0.05, color="red"), bgChildren=NO_STAGING)
        await h.open()
        a = dominant(await h.grab(), 0)
        h.app.scene.upsert @ PointCloud(key="pc", vertices=pts, size=0.05, color="red", precision="float32")
        await h.ready()
        b = dominant(await h.grab(), 0)
        # A solid square 2 units wide at distance 5: about 125 px a side.
        side = project(1, 0)[0] - project(-1, 0)[0]
        assert a.sum() > 0.8 * side * side and a.sum() < 1.3 * side * side
        assert a[CENTER[1], CENTER[0]] and not a[project(1.3, 0)[1], project(1.3, 0)[0]]
        iou = (a & b).sum() / (a | b).sum()
        assert iou > 0.97, f"float16 and float32 clouds differ (IoU {iou:.3f})"
        # Per-point colours (uint8), and a new buffer size on the same key.
        small = grid_points(60) * 0.5
        h.app.scene.upsert @ PointCloud(key="pc", vertices=small, colors=np.tile([0, 255, 0], (len(small), 1)).astype(np.uint8), size=0.05)
        await h.ready()
        img = await h.grab()
        g = dominant(img, 1)
        assert g[CENTER[1], CENTER[0]] and not g[project(0.8, 0)[1], project(0.8, 0)[0]]
        assert not dominant(img, 0).any()


async def test_markers(served):
    async with served() as h:
        h.app.scene.set @ Scene(
            {"tag": "CoordsMarker", "key": "axes", "position": [-3, 1, 0], "lineWidth": 5},
            {"tag": "Arrow", "key": "arrow", "origin": [-0.5, 1.5, 0], "direction": [1, 0, 0], "length": 1.5, "color": "magenta"},
            {"tag": "Line", "key": "line", "points": [[-3.5, -1.5, 0], [-1.5, -1.5, 0]], "color": "yellow", "lineWidth": 6},
            {"tag": "Frustum", "key": "frustum", "position": [1.5, -1.5, 0], "rotation": [0, 3.14159, 0], "fov": 50, "far": 1,
             "colorFrustum": "cyan", "colorCone": "cyan", "showFocalPlane": False, "showUp": False},
            {"tag": "Grid", "key": "grid", "position": [3.2, 1.5, 0], "rotation": [1.5708, 0, 0], "args": [1.5, 3],
             "cellColor": "white", "sectionColor": "white"},
            bgChildren=LIT,
        )
        await h.open()
        img = await h.grab()
        # CoordsMarker: x axis red to the right of its origin, y axis green above it.
        assert dominant(window(img, *project(-2.4, 1), r=4), 0, 80).any()
        assert dominant(window(img, *project(-3, 1.6), r=4), 1, 80).any()
        # Arrow: magenta (red and blue, no green) along its direction.
        a = window(img, *project(0.2, 1.5), r=5)
        assert ((a[:, 0] > 120) & (a[:, 2] > 120) & (a[:, 1] < 60)).any()
        # Line: yellow at its midpoint.
        assert mask(window(img, *project(-2.5, -1.5), r=4), (255, 255, 0), 60).any()
        # Frustum: cyan lines around where it stands (it looks back at the camera).
        assert mask(window(img, *project(1.5, -1.5), r=40), (0, 255, 255), 60).sum() > 20
        # Grid turned to face the camera: white lines.
        assert mask(window(img, *project(3.2, 1.5), r=30), (255, 255, 255), 60).sum() > 20
        assert await h.overlay() == []


LIGHTS = [
    {"tag": "AmbientLight", "intensity": 1.0},
    {"tag": "DirectionalLight", "position": [0, 0, 5], "intensity": 2},
    {"tag": "PointLight", "position": [0, 0, 3], "intensity": 30},
    {"tag": "SpotLight", "position": [0, 0, 3], "intensity": 30, "angle": 0.8},
    {"tag": "HemisphereLight", "color": "red", "groundColor": "red", "intensity": 2},
    {"tag": "HemisphereLightStage"},
    {"tag": "AmbientLightStage"},
]


async def test_lights(served):
    async with served() as h:
        h.app.scene.set @ Scene(Box(key="box", args=[1.5, 1.5, 1.5], material={"color": "white"}), bgChildren=NO_STAGING)
        await h.open()
        dark = window(await h.grab(), *CENTER)
        assert dark.max() < 40, "no light, no colour"
        previous = None
        for i, spec in enumerate(LIGHTS):
            if previous:
                h.app.scene.remove @ previous
            previous = f"light-{i}"
            h.app.scene.upsert @ {**spec, "key": previous}
            await h.ready()
            c = window(await h.grab(), *CENTER).mean(axis=0)
            assert c.max() > 60, f"{spec['tag']} does not light the box: {c}"
            if spec["tag"] == "HemisphereLight":
                assert c[0] > 2 * max(c[1], c[2]), f"a red hemisphere light makes the box red: {c}"


async def test_text_renders_with_the_bundled_font(served):
    async with served() as h:
        h.app.scene.set @ Scene(Text("HELLO", key="t", fontSize=0.8, color="white"), bgChildren=NO_STAGING, background="black")
        await h.open()
        assert await h.page.evaluate("document.fonts.check('12px VuerInter')")
        img = await h.grab()
        white = mask(img, (255, 255, 255), 60)
        rows, cols = np.nonzero(white)
        assert white.sum() > 400
        # Five letters about 0.8 units high: wider than tall, centred.
        assert cols.max() - cols.min() > 2.5 * (rows.max() - rows.min())
        assert abs((cols.max() + cols.min()) / 2 - CENTER[0]) < 15
        assert abs((rows.max() + rows.min()) / 2 - CENTER[1]) < 15
        # Not a filled block: letters have holes.
        box = white[rows.min() : rows.max() + 1, cols.min() : cols.max() + 1]
        assert 0.2 < box.mean() < 0.7


def png_bytes(colors, size=(64, 32)) -> bytes:
    """A PNG split into vertical bands of the given colours."""
    img = PILImage.new("RGB", size)
    w = size[0] // len(colors)
    for i, c in enumerate(colors):
        img.paste(c, (i * w, 0, (i + 1) * w, size[1]))
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


async def test_image_from_url_bytes_and_data_url(served, tmp_path):
    (tmp_path / "img.png").write_bytes(png_bytes([(255, 0, 0), (0, 0, 255)]))
    data_url = "data:image/png;base64," + base64.b64encode(png_bytes([(0, 255, 0)])).decode()
    async with served() as h:
        h.app.scene.set @ Scene(
            {"tag": "Image", "key": "url", "src": "/workspace/img.png", "height": 1.5, "position": [-2, 1, 0]},
            {"tag": "Image", "key": "bytes", "rgb": png_bytes([(0, 0, 255), (255, 0, 0)]), "height": 1.5, "position": [2, 1, 0]},
            {"tag": "Image", "key": "dataurl", "src": data_url, "height": 1, "aspect": 1, "position": [0, -1.5, 0]},
            bgChildren=NO_STAGING,
        )
        ready = await h.open()
        assert ready.value["failed"] == []
        img = await h.grab()
        # height 1.5, aspect 2 (from the image): 3 wide. Left band red, right band blue.
        assert dominant(window(img, *project(-2.7, 1)), 0).all() and dominant(window(img, *project(-1.3, 1)), 2).all()
        assert dominant(window(img, *project(1.3, 1)), 2).all() and dominant(window(img, *project(2.7, 1)), 0).all()
        assert dominant(window(img, *project(0, -1.5)), 1).all()
        assert not dominant(window(img, *project(0.7, -1.5)), 1).any(), "aspect 1: 1 wide"


async def test_image_background_fills_the_view(served, tmp_path):
    (tmp_path / "bg.png").write_bytes(png_bytes([(0, 200, 0)], size=(32, 32)))
    async with served() as h:
        h.app.scene.set @ Scene(Box(key="box", args=[1, 1, 1], material=basic("red")),
                                {"tag": "ImageBackground", "key": "bg", "src": "/workspace/bg.png"}, bgChildren=NO_STAGING)
        await h.open()
        img = await h.grab()
        for corner in [(5, 5), (WIDTH - 6, 5), (5, HEIGHT - 6), (WIDTH - 6, HEIGHT - 6)]:
            assert mask(window(img, *corner, r=3), (0, 200, 0), 30).all()
        assert dominant(window(img, *CENTER), 0).all()


# ---- models from files ------------------------------------------------------------------


def square(s=0.5):
    return [(-s, -s, 0), (s, -s, 0), (s, s, 0), (-s, s, 0)]


def write_ply(path):
    v = square()
    path.write_text("ply\nformat ascii 1.0\nelement vertex 4\nproperty float x\nproperty float y\nproperty float z\n"
                    "element face 2\nproperty list uchar int vertex_indices\nend_header\n"
                    + "".join(f"{x} {y} {z}\n" for x, y, z in v) + "3 0 1 2\n3 0 2 3\n")


def write_obj(path):
    path.write_text("".join(f"v {x} {y} {z}\n" for x, y, z in square()) + "f 1 2 3\nf 1 3 4\n")


def write_stl(path, s=0.5):
    v = square(s)
    facets = "".join(
        "facet normal 0 0 1\nouter loop\n" + "".join(f"vertex {x} {y} {z}\n" for x, y, z in (v[a], v[b], v[c])) + "endloop\nendfacet\n"
        for a, b, c in [(0, 1, 2), (0, 2, 3)]
    )
    path.write_text(f"solid q\n{facets}endsolid q\n")


def write_glb(path, rgba=(1.0, 1.0, 0.0, 1.0)):
    pos = np.array(square(), np.float32)
    idx = np.array([0, 1, 2, 0, 2, 3], np.uint16)
    binary = pos.tobytes() + idx.tobytes()
    binary += b"\0" * (-len(binary) % 4)
    gltf = {
        "asset": {"version": "2.0"},
        "scene": 0,
        "scenes": [{"nodes": [0]}],
        "nodes": [{"mesh": 0}],
        "meshes": [{"primitives": [{"attributes": {"POSITION": 0}, "indices": 1, "material": 0}]}],
        "materials": [{"pbrMetallicRoughness": {"baseColorFactor": list(rgba), "metallicFactor": 0}, "doubleSided": True}],
        "buffers": [{"byteLength": len(binary)}],
        "bufferViews": [{"buffer": 0, "byteOffset": 0, "byteLength": 48}, {"buffer": 0, "byteOffset": 48, "byteLength": 12}],
        "accessors": [
            {"bufferView": 0, "componentType": 5126, "count": 4, "type": "VEC3", "min": [-0.5, -0.5, 0], "max": [0.5, 0.5, 0]},
            {"bufferView": 1, "componentType": 5123, "count": 6, "type": "SCALAR"},
        ],
    }
    js = json.dumps(gltf).encode()
    js += b" " * (-len(js) % 4)
    body = struct.pack("<II", len(js), 0x4E4F534A) + js + struct.pack("<II", len(binary), 0x004E4942) + binary
    path.write_bytes(struct.pack("<III", 0x46546C67, 2, 12 + len(body)) + body)


def write_pcd(path, n=20):
    xs = np.linspace(-0.5, 0.5, n)
    pts = [(x, y, 0.0) for x in xs for y in xs]
    path.write_text(f"VERSION .7\nFIELDS x y z\nSIZE 4 4 4\nTYPE F F F\nCOUNT 1 1 1\nWIDTH {len(pts)}\nHEIGHT 1\n"
                    f"VIEWPOINT 0 0 0 1 0 0 0\nPOINTS {len(pts)}\nDATA ascii\n" + "".join(f"{x} {y} {z}\n" for x, y, z in pts))


def write_urdf(folder):
    (folder / "meshes").mkdir(parents=True)
    write_stl(folder / "meshes" / "plate.stl", s=0.3)
    (folder / "robot.urdf").write_text("""<?xml version="1.0"?>
<robot name="r">
  <material name="cyan"><color rgba="0 1 1 1"/></material>
  <link name="base"><visual><geometry><box size="0.6 0.6 0.1"/></geometry><material name="cyan"/></visual></link>
  <link name="arm"><visual><geometry><mesh filename="meshes/plate.stl"/></geometry>
    <material name="orange"><color rgba="1 0.5 0 1"/></material></visual></link>
  <joint name="j" type="revolute"><parent link="base"/><child link="arm"/><origin xyz="0 0.8 0.1"/>
    <axis xyz="1 0 0"/><limit lower="-3" upper="3" effort="1" velocity="1"/></joint>
</robot>
""")


async def test_models_from_files(served, tmp_path):
    write_ply(tmp_path / "q.ply")
    write_obj(tmp_path / "q.obj")
    write_stl(tmp_path / "q.stl")
    write_glb(tmp_path / "q.glb")
    write_pcd(tmp_path / "q.pcd")
    write_urdf(tmp_path / "robot")
    async with served() as h:
        h.app.scene.set @ Scene(
            {"tag": "Ply", "key": "ply", "src": "/workspace/q.ply", "position": [-3, 1.5, 0], "color": "red", "materialType": "basic"},
            {"tag": "Obj", "key": "obj", "src": "/workspace/q.obj", "position": [0, 1.5, 0], "color": "lime", "materialType": "basic"},
            {"tag": "Stl", "key": "stl", "src": "workspace/q.stl", "position": [3, 1.5, 0], "color": "blue", "materialType": "basic"},
            {"tag": "Glb", "key": "glb", "src": "/workspace/q.glb", "position": [-3, -1.5, 0]},
            {"tag": "Pcd", "key": "pcd", "src": "/workspace/q.pcd", "position": [0, -1.5, 0], "color": "magenta", "size": 0.08},
            {"tag": "Urdf", "key": "urdf", "src": "/workspace/robot/robot.urdf", "position": [3, -2, 0], "jointValues": {"j": 0.0}},
            bgChildren=LIT,
        )
        ready = await h.open()
        assert ready.value["failed"] == [] and ready.value["nodes"] == 8  # 6 models + 2 lights
        img = await h.grab()
        assert dominant(window(img, *project(-3, 1.5)), 0).all(), "ply"
        assert dominant(window(img, *project(0, 1.5)), 1).all(), "obj"
        assert dominant(window(img, *project(3, 1.5)), 2).all(), "stl"
        g = window(img, *project(-3, -1.5))
        assert ((g[:, 0] > 120) & (g[:, 1] > 120) & (g[:, 2] < 80)).all(), "glb: yellow from its own material"
        p = window(img, *project(0, -1.5), r=20)
        assert ((p[:, 0] > 150) & (p[:, 2] > 150) & (p[:, 1] < 80)).sum() > 100, "pcd points"
        base = window(img, *project(3, -2), r=5)
        assert ((base[:, 1] > 100) & (base[:, 2] > 100) & (base[:, 0] < 60)).all(), "urdf box link, cyan"
        arm = window(img, *project(3, -1.2), r=5)
        assert ((arm[:, 0] > 120) & (arm[:, 2] < 60)).all(), "urdf mesh link, relative to the urdf url"
        # Turning the joint 90° about x puts the mesh link edge-on.
        h.app.scene.update @ {"key": "urdf", "jointValues": {"j": 1.5708}}
        await h.ready()
        img = await h.grab()
        arm = window(img, *project(3, -1.2), r=3)
        assert not ((arm[:, 0] > 120) & (arm[:, 2] < 60)).any()


async def test_a_missing_model_shows_in_the_overlay_until_it_loads(served, tmp_path):
    async with served() as h:
        h.app.scene.set @ Scene(Box(key="box", args=[0.5, 0.5, 0.5], material=basic("red")),
                                {"tag": "Obj", "key": "obj", "src": "/workspace/later.obj", "color": "lime", "position": [1.5, 0, 0]})
        ready = await h.open()
        assert ready.value["failed"] == [f"{h.app.url}/workspace/later.obj"]
        entries = await h.overlay()
        assert len(entries) == 1 and "later.obj" in entries[0] and "404" in entries[0]
        write_obj(tmp_path / "later.obj")
        h.app.scene.upsert @ {"key": "obj", "tag": "Obj", "src": "/workspace/later.obj?v=2"}
        ready = await h.ready()
        assert ready.value["failed"] == []
        await h.page.wait_for_selector("#vuer-overlay", state="hidden")
        img = await h.grab()
        assert dominant(window(img, *project(1.5, 0)), 1).all()


async def test_draco_compressed_glb_decodes_offline(served, tmp_path):
    """The Draco decoder ships in the bundle's assets: nothing is fetched from a CDN."""
    fixture = Path(__file__).parent / "fixtures" / "quad-draco.glb"
    (tmp_path / "quad-draco.glb").write_bytes(fixture.read_bytes())
    async with served() as h:
        h.app.scene.set @ Scene({"tag": "Glb", "key": "glb", "src": "/workspace/quad-draco.glb", "scale": 2}, bgChildren=LIT)
        ready = await h.open()
        assert ready.value["failed"] == []
        g = window(await h.grab(), *CENTER, r=20)
        assert ((g[:, 0] > 120) & (g[:, 1] > 120) & (g[:, 2] < 80)).all(), "the yellow quad"
