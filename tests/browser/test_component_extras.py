"""Further scene elements (frusta, cameras, geometry from args, models, Html), judged
from the pixels of a grab_render frame like test_components.py."""

from __future__ import annotations

import math

import numpy as np
import pytest

from vuer_cli.schema import Scene

from .conftest import project3, CENTER, LIT, NO_STAGING, basic, dominant, mask, window

pytestmark = pytest.mark.browser

def near(m: np.ndarray, at: tuple[int, int], r: int = 3) -> bool:
    """Whether the boolean image ``m`` is set anywhere within ``r`` px of pixel ``at``."""
    col, row = at
    return bool(m[max(0, row - r) : row + r + 1, max(0, col - r) : col + r + 1].any())


def all_near(m: np.ndarray, at: tuple[int, int], r: int = 3) -> bool:
    """Whether the boolean image ``m`` is set everywhere within ``r`` px of pixel ``at``."""
    col, row = at
    return bool(m[max(0, row - r) : row + r + 1, max(0, col - r) : col + r + 1].all())


def colored(px: np.ndarray, rgb, tol: int = 70) -> np.ndarray:
    return mask(px, rgb, tol)


# ---- camera frusta -------------------------------------------------------------------------


async def test_frusta_draw_their_volumes_in_their_colours(served):
    # All three look away from the viewer (down -z), so each far face is seen head on.
    async with served() as h:
        h.app.scene.set @ Scene(
            {"tag": "PerspectiveFrustum", "key": "persp", "position": [-2.5, 0, 0], "fov": 60, "aspect": 1, "near": 0.2, "far": 1.5,
             "colorFrustum": "lime", "colorCone": "lime", "colorUp": "yellow",
             "children": [{"tag": "Box", "key": "inside", "args": [0.3, 0.3, 0.3], "position": [0, 0, -1], "material": basic("white")}]},
            {"tag": "OrthographicFrustum", "key": "ortho", "width": 1.2, "height": 1.2, "near": 0.1, "far": 1.5,
             "colorFrustum": "red", "colorNearPlane": "red", "colorFarPlane": "blue", "showUp": False},
            {"tag": "FisheyeFrustum", "key": "fish", "position": [2.5, 0, 0], "far": 1, "colorFrustum": "magenta", "colorCone": "magenta",
             "colorNear": "magenta", "showUp": False},
            bgChildren=NO_STAGING,
        )
        await h.open()
        img = await h.grab()
        lime = colored(img, (0, 255, 0))
        # Perspective: the far face, half size 1.5 * tan(30°), at depth 1.5; its edges lime, its
        # middle empty (a wireframe), the up marker yellow above it.
        f = 1.5 * math.tan(math.radians(30))
        for x, y in [(-2.5 - f, 0), (-2.5 + f, 0), (-2.5, f), (-2.5, -f)]:
            assert near(lime, project3(x, y, -1.5), 3), f"perspective far edge at ({x:.2f}, {y:.2f})"
        assert not near(lime, project3(-2.5 + f / 2, f / 2, -1.5), 3), "a wireframe, not a face"
        assert colored(window(img, *project3(-2.5, f * 1.05 + f / 4, -1.5), r=6), (255, 255, 0)).sum() > 3, "yellow up marker"
        # The child sits in the frustum's frame: 1 ahead of its eye, in the middle of the volume.
        assert colored(window(img, *project3(-2.5, 0, -1), r=3), (255, 255, 255), 40).all(), "child box inside"
        # Orthographic: a box volume; the near face (red) and the far face (blue) have the same
        # size, so the far one looks smaller, inside the near one.
        red = colored(img, (255, 0, 0))
        assert near(red, project3(0.6, 0, -0.1), 3) and near(red, project3(0, -0.6, -0.1), 3)
        blue = dominant(img, 2)
        assert near(blue, project3(0.6, 0, -1.5), 3) and near(blue, project3(-0.6, 0, -1.5), 3)
        assert not near(blue, project3(0.6, 0, -0.1), 2), "the far face is not the near face"
        # Fisheye, 180°: its far surface is a half sphere whose rim is a circle of radius `far`.
        mag = colored(img, (255, 0, 255))
        for a in (0, 90, 180, 270):
            x, y = 2.5 + math.cos(math.radians(a)), math.sin(math.radians(a))
            assert near(mag, project3(x, y, 0), 3), f"fisheye rim at {a}°"
        assert await h.overlay() == []
        # An update recolours.
        h.app.scene.update @ {"key": "persp", "colorFrustum": "cyan", "colorCone": "cyan"}
        await h.ready()
        img = await h.grab()
        assert colored(window(img, *project3(-2.5 - f, 0, -1.5), r=3), (0, 255, 255)).any()
        assert not colored(window(img, *project3(-2.5 - f, 0, -1.5), r=3), (0, 255, 0)).any()


# ---- cameras -------------------------------------------------------------------------------


def extent(m: np.ndarray) -> tuple[int, int]:
    """Width and height in pixels of the set part of a boolean image."""
    rows, cols = np.nonzero(m)
    assert len(rows), "nothing drawn"
    return int(cols.max() - cols.min() + 1), int(rows.max() - rows.min() + 1)


async def test_orthographic_camera_makes_the_view_orthographic(served):
    boxes = [
        {"tag": "Box", "key": "near-box", "args": [1, 1, 1], "position": [-1.5, 0, 0], "material": basic("red")},
        {"tag": "Box", "key": "far-box", "args": [1, 1, 1], "position": [1.5, 0, -4], "material": basic("blue")},
    ]
    async with served() as h:
        h.app.scene.set @ Scene(*boxes)  # default staging: grid and orbit controls
        await h.open()
        img = await h.grab()
        (rw, rh), (bw, bh) = extent(dominant(img, 0)), extent(dominant(img, 2))
        assert bw < 0.75 * rw, f"perspective: the far box looks smaller ({bw} vs {rw} px)"
        assert (await h.page.evaluate("__vuer.camera()"))["ctype"] == "perspective"
        # 8 × 6 units on a 640 × 480 canvas: 80 px a unit, whatever the depth.
        h.app.scene.upsert @ {"tag": "SimpleOrthographicCamera", "key": "ortho", "makeDefault": True, "position": [0, 0, 5],
                              "left": -4, "right": 4, "top": 3, "bottom": -3, "near": 0.1, "far": 100}
        await h.ready()
        img = await h.grab()
        (rw, rh), (bw, bh) = extent(dominant(img, 0)), extent(dominant(img, 2))
        assert abs(rw - bw) <= 2 and abs(rh - bh) <= 2, f"orthographic: same size at any depth ({rw}x{rh} vs {bw}x{bh})"
        assert abs(bw - 80) <= 3 and abs(bh - 80) <= 3, f"1 unit = 80 px: {bw}x{bh}"
        assert dominant(window(img, CENTER[0] - 120, CENTER[1], r=4), 0).all() and dominant(window(img, CENTER[0] + 120, CENTER[1], r=4), 2).all()
        cam = await h.page.evaluate("__vuer.camera()")
        assert cam["ctype"] == "orthographic" and cam["left"] == -4 and cam["top"] == 3
        # zoom 2 doubles the size.
        h.app.scene.update @ {"key": "ortho", "zoom": 2}
        await h.ready()
        bw, bh = extent(dominant(await h.grab(), 2))
        assert abs(bw - 160) <= 4, f"zoom 2: {bw} px"
        # makeDefault off, or removing the camera, brings the perspective view back.
        h.app.scene.update @ {"key": "ortho", "makeDefault": False}
        await h.ready()
        img = await h.grab()
        assert extent(dominant(img, 2))[0] < 0.75 * extent(dominant(img, 0))[0]
        assert (await h.page.evaluate("__vuer.camera()"))["ctype"] == "perspective"
        h.app.scene.update @ {"key": "ortho", "makeDefault": True}
        await h.ready()
        assert (await h.page.evaluate("__vuer.camera()"))["ctype"] == "orthographic"
        h.app.scene.remove @ "ortho"  # REMOVE sends no SCENE_READY; the grab comes after it
        img = await h.grab()
        assert extent(dominant(img, 2))[0] < 0.75 * extent(dominant(img, 0))[0]
        assert (await h.page.evaluate("__vuer.camera()"))["ctype"] == "perspective"
        assert await h.overlay() == []


async def test_virtual_orthographic_and_fisheye_cameras_draw_frusta(served):
    async with served() as h:
        h.app.scene.set @ Scene(
            # Without makeDefault, an OrthographicCamera is a marker where it stands, not the view.
            {"tag": "OrthographicCamera", "key": "oc", "position": [-1.5, 0, 0], "left": -0.8, "right": 0.8, "top": 0.8, "bottom": -0.8,
             "frustum": {"colorFrustum": "lime", "colorNearPlane": "lime", "colorFarPlane": "lime"}},
            {"tag": "FisheyeCamera", "key": "fc", "position": [1.5, 0, 0], "far": 0.5, "frustum": {"colorFrustum": "red", "colorNear": "red"}},
            bgChildren=NO_STAGING,
        )
        await h.open()
        img = await h.grab()
        assert (await h.page.evaluate("__vuer.camera()"))["ctype"] == "perspective"
        lime = colored(img, (0, 255, 0))
        assert near(lime, project3(-1.5 + 0.8, 0, -0.1)) and near(lime, project3(-1.5 - 0.8, 0, -0.1)), "box frustum's near face"
        red = dominant(img, 0)
        assert near(red, project3(1.5 + 0.5, 0, 0)) and near(red, project3(1.5, 0.5, 0)), "fisheye rim, radius far"
        assert await h.overlay() == []


# ---- geometry from args, derived lines, curves, boxes, area light -------------------------

TETRA = [[1, 1, 1], [-1, -1, 1], [-1, 1, -1], [1, -1, -1]]
TETRA_FACES = [2, 1, 0, 0, 3, 2, 1, 3, 0, 2, 3, 1]


async def test_geometry_from_args_and_derived_lines(served):
    square = [[-0.4, -0.4], [0.4, -0.4], [0.4, 0.4], [-0.4, 0.4]]
    async with served() as h:
        h.app.scene.set @ Scene(
            # Row 1: meshes from constructor-like args.
            {"tag": "Shape", "key": "shape", "args": [[[0, 0], [0.8, 0], [0, 0.8]]], "position": [-3, 1.3, 0], "material": basic("red")},
            {"tag": "Extrude", "key": "extrude", "args": [{"points": square, "holes": [[[-0.15, -0.15], [0.15, -0.15], [0.15, 0.15], [-0.15, 0.15]]]},
                                                          {"depth": 0.3, "bevelEnabled": False}],
             "position": [-1.5, 1.5, 0], "material": basic("lime")},
            {"tag": "Lathe", "key": "lathe", "args": [[[0.2, -0.5], [0.45, 0], [0.2, 0.5]], 24], "position": [0, 1.5, 0], "material": basic("blue")},
            {"tag": "Tube", "key": "tube", "args": [[[-0.6, 0, 0], [0, 0.5, 0], [0.6, 0, 0]], 32, 0.08, 8], "position": [1.5, 1.2, 0],
             "material": basic("red")},
            {"tag": "Polyhedron", "key": "poly", "args": [TETRA, TETRA_FACES, 0.5], "position": [3, 1.5, 0], "material": basic("lime")},
            # Row 2: lines drawn for the parent mesh, Bézier curves, a BBox.
            {"tag": "Box", "key": "edged", "args": [1, 1, 1], "position": [-3, -0.2, 0], "material": basic("red"),
             "children": [{"tag": "Edges", "key": "edges", "color": "yellow"}]},
            {"tag": "Sphere", "key": "wired", "args": [0.5, 12, 8], "position": [-1.5, -0.2, 0], "material": basic("black"),
             "children": [{"tag": "Wireframe", "key": "wire", "color": "cyan"}]},
            {"tag": "QuadraticBezierLine", "key": "qbez", "start": [-0.5, -0.5, 0], "mid": [0, 0.5, 0], "end": [0.5, -0.5, 0],
             "color": "magenta", "lineWidth": 4, "position": [0, -0.2, 0]},
            {"tag": "CubicBezierLine", "key": "cbez", "start": [-0.5, -0.5, 0], "midA": [-0.5, 0.5, 0], "midB": [0.5, 0.5, 0],
             "end": [0.5, -0.5, 0], "color": "yellow", "lineWidth": 4, "position": [1.5, -0.2, 0]},
            # BBox as upstream sends it: {x, y, z} corners, a "0x…" colour string.
            {"tag": "BBox", "key": "bbox", "min": {"x": -0.4, "y": -0.4, "z": -0.4}, "max": {"x": 0.4, "y": 0.4, "z": 0.4},
             "color": "0x00ffff", "position": [3, -0.2, 0]},
            # Row 3: a BoundingBox: solid edges, see-through walls.
            {"tag": "BoundingBox", "key": "bb", "size": [1.2, 0.8, 0.5], "color": "#ff8000", "edgeWidth": 0.05, "position": [-2, -2, 0]},
            bgChildren=NO_STAGING,
        )
        await h.open()
        img = await h.grab()
        red, green, blue = dominant(img, 0), dominant(img, 1), dominant(img, 2)
        # Shape: the triangle's inside, not past its hypotenuse.
        assert near(red, project3(-3 + 0.2, 1.3 + 0.2, 0)) and not near(red, project3(-3 + 0.6, 1.3 + 0.6, 0))
        # Extrude: the front face (z = 0.3) is a square with a hole.
        assert near(green, project3(-1.5 + 0.3, 1.5, 0.3), 2) and not near(green, project3(-1.5, 1.5, 0.3), 2), "extruded square with a hole"
        # Lathe: widest (0.45) at mid height, narrower (0.2) at the top.
        assert near(blue, project3(0.4, 1.5, 0.45), 2) and not near(blue, project3(0.4, 1.5 + 0.45, 0.2), 2)
        # Tube: through its path's middle point, not under it.
        assert near(red, project3(1.5, 1.7, 0), 2) and not near(red, project3(1.5, 1.3, 0), 4)
        assert near(green, project3(3, 1.5, 0), 4), "polyhedron"
        # Edges: yellow on the box's outline, red inside.
        yellow = colored(img, (255, 255, 0))
        assert near(yellow, project3(-3 + 0.5, -0.2, 0.5), 2) and near(yellow, project3(-3, -0.2 + 0.5, 0.5), 2)
        assert not near(yellow, project3(-3 + 0.2, -0.2, 0.5), 3) and dominant(window(img, *project3(-3 + 0.2, -0.2, 0.5), r=3), 0).all()
        # Wireframe: cyan lines over the sphere, not a cyan disc.
        cyan = colored(window(img, *project3(-1.5, -0.2, 0.5), r=30), (0, 255, 255))
        assert 40 < cyan.sum() < 0.6 * cyan.size, f"wireframe lines: {cyan.sum()} of {cyan.size} px"
        # Quadratic Bézier: at t = 1/2 the curve is at the mean of (start, 2 mid, end) = (0, 0).
        mag = colored(img, (255, 0, 255))
        assert near(mag, project3(0, -0.2, 0)) and not near(mag, project3(0, -0.2 + 0.5, 0), 4)
        # Cubic: at t = 1/2 it is at y = 0.75 · 0.5 - 0.25 · 0.5 = 0.25.
        assert near(yellow, project3(1.5, -0.2 + 0.25, 0)) and not near(yellow, project3(1.5, -0.2 + 0.5, 0), 4)
        # BBox: cyan edges (scale 1.01, upstream's default), an empty middle.
        cyan = colored(img, (0, 255, 255))
        assert near(cyan, project3(3 + 0.404, -0.2, 0.404)) and not near(cyan, project3(3, -0.2, 0.404), 4)
        # BoundingBox: orange edges, a faint orange middle over the background.
        orange = colored(img, (255, 128, 0), 60)
        assert near(orange, project3(-2 + 0.6, -2, 0.25), 2) and near(orange, project3(-2, -2 + 0.4, 0.25), 2)
        mid = window(img, *project3(-2, -2, 0.25), r=3).mean(axis=0)
        assert not near(orange, project3(-2, -2, 0.25), 3) and mid[0] > mid[2] + 8, f"translucent wall: {mid}"
        assert await h.overlay() == []
        # Edges follow the parent's geometry when it changes.
        h.app.scene.update @ {"key": "edged", "args": [1.6, 1, 1]}
        await h.ready()
        yellow = colored(await h.grab(), (255, 255, 0))
        assert near(yellow, project3(-3 + 0.8, -0.2, 0.5), 2)


async def test_rect_area_light_lights_a_standard_surface(served):
    plane = {"tag": "Plane", "key": "wall", "args": [3, 3], "material": {"type": "standard", "color": "white", "roughness": 0.8}}
    async with served() as h:
        h.app.scene.set @ Scene(plane, bgChildren=NO_STAGING)
        await h.open()
        assert window(await h.grab(), *CENTER).max() < 40, "unlit"
        h.app.scene.upsert @ {"tag": "RectAreaLight", "key": "panel", "position": [0, 0, 1.5], "lookAt": [0, 0, 0], "width": 2, "height": 2,
                              "intensity": 8, "color": "red"}
        await h.ready()
        c = window(await h.grab(), *CENTER).mean(axis=0)
        assert c[0] > 100 and c[0] > 2 * max(c[1], c[2]), f"a red panel lights the wall red: {c}"
        # Facing away from the wall (its -z is +z here): the wall gets nothing.
        h.app.scene.update @ {"key": "panel", "lookAt": [0, 0, 5]}
        await h.ready()
        assert window(await h.grab(), *CENTER).max() < 40
        assert await h.overlay() == []


# ---- models ----------------------------------------------------------------------------------


def write_obj_quad(path, s=0.4):
    path.write_text(f"v {-s} {-s} 0\nv {s} {-s} 0\nv {s} {s} 0\nv {-s} {s} 0\nf 1 2 3\nf 1 3 4\n")


async def test_urdf_obj_link_takes_the_urdf_material_colour(served, tmp_path):
    (tmp_path / "bot").mkdir()
    write_obj_quad(tmp_path / "bot" / "plate.obj")
    (tmp_path / "bot" / "bot.urdf").write_text("""<?xml version="1.0"?>
<robot name="b">
  <link name="base"><visual><geometry><mesh filename="plate.obj"/></geometry>
    <material name="magenta"><color rgba="1 0 1 1"/></material></visual></link>
</robot>
""")
    async with served() as h:
        h.app.scene.set @ Scene({"tag": "Urdf", "key": "bot", "src": "/workspace/bot/bot.urdf"}, bgChildren=LIT)
        ready = await h.open()
        assert ready.value["failed"] == []
        c = window(await h.grab(), *CENTER, r=8)
        assert ((c[:, 0] > 120) & (c[:, 2] > 120) & (c[:, 1] < 60)).all(), f"magenta from the URDF: {c.mean(axis=0)}"


FBX_ASCII = """; FBX 7.4.0 project file
FBXHeaderExtension:  {
\tFBXHeaderVersion: 1003
\tFBXVersion: 7400
}
GlobalSettings:  {
\tVersion: 1000
\tProperties70:  {
\t\tP: "UpAxis", "int", "Integer", "",1
\t\tP: "UpAxisSign", "int", "Integer", "",1
\t\tP: "FrontAxis", "int", "Integer", "",2
\t\tP: "FrontAxisSign", "int", "Integer", "",1
\t\tP: "CoordAxis", "int", "Integer", "",0
\t\tP: "CoordAxisSign", "int", "Integer", "",1
\t\tP: "UnitScaleFactor", "double", "Number", "",1
\t}
}
Objects:  {
\tGeometry: 1000, "Geometry::quad", "Mesh" {
\t\tVertices: *12 {
\t\t\ta: -0.5,-0.5,0,0.5,-0.5,0,0.5,0.5,0,-0.5,0.5,0
\t\t}
\t\tPolygonVertexIndex: *4 {
\t\t\ta: 0,1,2,-4
\t\t}
\t\tGeometryVersion: 124
\t\tLayerElementNormal: 0 {
\t\t\tVersion: 101
\t\t\tName: ""
\t\t\tMappingInformationType: "ByPolygonVertex"
\t\t\tReferenceInformationType: "Direct"
\t\t\tNormals: *12 {
\t\t\t\ta: 0,0,1,0,0,1,0,0,1,0,0,1
\t\t\t}
\t\t}
\t}
\tModel: 2000, "Model::quad", "Mesh" {
\t\tVersion: 232
\t\tProperties70:  {
\t\t\tP: "Lcl Translation", "Lcl Translation", "", "A",%(x)s,0,0
\t\t}
\t}
\tMaterial: 3000, "Material::mat", "" {
\t\tVersion: 102
\t\tShadingModel: "lambert"
\t\tProperties70:  {
\t\t\tP: "DiffuseColor", "Color", "", "A",0,1,1
\t\t}
\t}
}
Connections:  {
\tC: "OO",2000,0
\tC: "OO",1000,2000
\tC: "OO",3000,2000
}
"""

BVH = """HIERARCHY
ROOT Hips
{
  OFFSET 0 0 0
  CHANNELS 6 Xposition Yposition Zposition Zrotation Xrotation Yrotation
  JOINT Spine
  {
    OFFSET 0 1 0
    CHANNELS 3 Zrotation Xrotation Yrotation
    End Site
    {
      OFFSET 1 0 0
    }
  }
}
MOTION
Frames: 1
Frame Time: 0.033333
0 -0.5 0 0 0 0 0 0 0
"""


async def test_fbx_and_bvh_load(served, tmp_path):
    """An ASCII FBX 7.4 quad (its own cyan lambert material, a node translation) from a URL and
    from bytes; a BVH skeleton: joints as spheres, bones as lines."""
    (tmp_path / "quad.fbx").write_text(FBX_ASCII % {"x": 0.25})
    (tmp_path / "walk.bvh").write_text(BVH)
    async with served() as h:
        h.app.scene.set @ Scene(
            {"tag": "Fbx", "key": "fbx", "src": "/workspace/quad.fbx", "position": [-2.25, 1, 0]},
            {"tag": "Fbx", "key": "fbx-bytes", "buff": (FBX_ASCII % {"x": 0}).encode(), "position": [-2, -1.2, 0], "color": "red",
             "materialType": "basic"},
            {"tag": "Bvh", "key": "bvh", "src": "/workspace/walk.bvh", "position": [1, 0, 0], "boneRadius": 0.08, "jointColor": "lime"},
            bgChildren=LIT,
        )
        ready = await h.open()
        assert ready.value["failed"] == []
        img = await h.grab()
        c = window(img, *project3(-2, 1, 0), r=10)
        assert ((c[:, 1] > 100) & (c[:, 2] > 100) & (c[:, 0] < 60)).all(), f"fbx quad, cyan: {c.mean(axis=0)}"
        assert not dominant(window(img, *project3(-2, 1.7, 0), r=4), 1, 20).any()
        assert dominant(window(img, *project3(-2, -1.2, 0), r=10), 0).all(), "fbx from bytes, colour override"
        # BVH: Hips at (0, -0.5), Spine at (0, 0.5) (frame 0 moves the root down 0.5), the end
        # site at (1, 0.5); lime joints, white bone lines between them.
        green = dominant(img, 1)
        for x, y in [(1, -0.5), (1, 0.5), (2, 0.5)]:
            assert near(green, project3(x, y, 0), 2), f"joint at ({x}, {y})"
        white = mask(img, (255, 255, 255), 60)
        assert near(white, project3(1, 0, 0), 2) and near(white, project3(1.5, 0.5, 0), 2), "bones"
        assert await h.overlay() == []


# ---- Html ----------------------------------------------------------------------------------


async def test_html_is_anchored_at_its_3d_point(served):
    square = {"tag": "div", "key": "sq", "style": {"width": 40, "height": 40, "background": "rgb(0, 255, 0)"}}
    async with served() as h:
        h.app.scene.set @ Scene({"tag": "Html", "key": "label", "position": [2, 1, 0], "center": True, "children": [square]},
                                bgChildren=NO_STAGING)
        await h.open()
        shot = await h.screenshot()
        green = mask(shot, (0, 255, 0), 30)
        assert all_near(green, project3(2, 1, 0), 15), "centred on the projection of (2, 1, 0)"
        assert not green[project3(-2, -1, 0)[1], project3(-2, -1, 0)[0]]
        # It follows the node.
        h.app.scene.update @ {"key": "label", "position": [-2, -1, 0]}
        await h.ready()
        green = mask(await h.screenshot(), (0, 255, 0), 30)
        assert all_near(green, project3(-2, -1, 0), 15) and not green[project3(2, 1, 0)[1], project3(2, 1, 0)[0]]
        # ... and the camera: an orthographic view puts (-2, -1) at 80 px a unit from the centre.
        h.app.scene.upsert @ {"tag": "SimpleOrthographicCamera", "key": "ortho", "makeDefault": True, "position": [0, 0, 5],
                              "left": -4, "right": 4, "top": 3, "bottom": -3}
        await h.ready()
        green = mask(await h.screenshot(), (0, 255, 0), 30)
        assert all_near(green, (CENTER[0] - 160, CENTER[1] + 80), 15)
        h.app.scene.remove @ "ortho"
        # Behind the camera (at z = 5 looking down -z): hidden.
        h.app.scene.update @ {"key": "label", "position": [0, 0, 8]}
        await h.ready()
        assert not mask(await h.screenshot(), (0, 255, 0), 30).any()
        assert await h.overlay() == []
