"""Geometry: the shared 3D transform, the three.js primitives, and grouping.

``Object3D`` declares, once, the props every placed 3D element takes (three.js ``Object3D``);
``Primitive`` adds the material props of a mesh. The primitive classes then only add ``args``,
the three.js geometry constructor arguments, which the client passes through unchanged.
"""

from __future__ import annotations

from typing import Any

from .base import SceneElement
from .types import Color, Matrix4, Vec3, Vec4, prop

__all__ = [
    "Object3D",
    "Primitive",
    "group",
    "mesh",
    "Group",
    "VuerGroup",
    "Pivot",
    "Center",
    "Billboard",
    "Box",
    "Capsule",
    "Cone",
    "Circle",
    "Cylinder",
    "Dodecahedron",
    "Edges",
    "Extrude",
    "Icosahedron",
    "Lathe",
    "Octahedron",
    "Plane",
    "Polyhedron",
    "Ring",
    "Shape",
    "Sphere",
    "Tetrahedron",
    "Torus",
    "TorusKnot",
    "Tube",
    "Wireframe",
]

Euler = Vec3 | tuple[float, float, float, str]
"""An Euler rotation in radians, [x, y, z], optionally with its order: [x, y, z, "XYZ"]."""
Scale = float | Vec3
"""A uniform scale factor, or one per axis."""


class Object3D(SceneElement):
    """Base of every element placed in the 3D scene: its transform and render flags."""

    position: Vec3 = prop("Position relative to the parent, [x, y, z].")
    rotation: Euler = prop("Euler rotation in radians, [x, y, z] (optionally with an order, e.g. 'XYZ').")
    quaternion: Vec4 = prop("Rotation as a quaternion [x, y, z, w]; used instead of rotation.")
    scale: Scale = prop("Uniform scale, or [x, y, z].")
    matrix: Matrix4 = prop("A 4x4 column-major transform (16 numbers); replaces position/rotation/scale.")
    visible: bool = prop("three.js visibility; hides the children too.")
    hide: bool = prop("Hide the element without removing it from the scene.")
    castShadow: bool = prop("Whether it casts shadows.")
    receiveShadow: bool = prop("Whether it receives shadows.")
    renderOrder: int = prop("three.js render order.")
    frustumCulled: bool = prop("Skip rendering when outside the camera frustum.")


class Primitive(Object3D):
    """Base of the mesh primitives: a geometry (``args``) and its material."""

    material: dict = prop("Material props, e.g. {color: 'red', wireframe: true}.")
    materialType: str = prop(
        "Material kind: basic, phong, lambert, standard, normal, depth, physical, points, line, "
        "lineDashed, sprite, shadow or rawShader."
    )
    color: Color = prop("Material colour.")
    opacity: float = prop("Material opacity, 0..1.")
    wireframe: bool = prop("Draw the geometry as a wireframe.")
    outlines: bool = prop("Draw an outline around the mesh.")
    outlineColor: Color = prop("Outline colour.")
    outlineThickness: float = prop("Outline thickness.")


class group(Object3D):
    """A plain three.js group (lowercase three.js intrinsic)."""

    tag = "group"


class mesh(Primitive):
    """A plain three.js mesh (lowercase three.js intrinsic); geometry and material come as children."""

    tag = "mesh"


class VuerGroup(Object3D):
    """A group whose transform applies to all its children."""

    tag = "VuerGroup"


class Group(VuerGroup):
    """A group whose transform applies to all its children (tag ``VuerGroup``, as upstream)."""

    tag = "VuerGroup"


class Pivot(Object3D):
    """A transform anchor: its children rotate about the pivot's position."""

    tag = "Pivot"


class Center(Object3D):
    """Centers its children on their bounding box."""

    tag = "Center"
    top: bool = prop("Align the top edge instead of centring on y.")
    right: bool = prop("Align the right edge instead of centring on x.")
    bottom: bool = prop("Align the bottom edge instead of centring on y.")
    left: bool = prop("Align the left edge instead of centring on x.")
    front: bool = prop("Align the front edge instead of centring on z.")
    back: bool = prop("Align the back edge instead of centring on z.")
    disable: bool = prop("Do not centre at all.")
    disableX: bool = prop("Do not centre on x.")
    disableY: bool = prop("Do not centre on y.")
    disableZ: bool = prop("Do not centre on z.")
    precise: bool = prop("Use the precise bounding box (default true).")


class Billboard(Object3D):
    """Turns its children to face the camera."""

    tag = "Billboard"
    follow: bool = prop("Follow the camera (default true).", default=True)
    lockX: bool = prop("Keep the x rotation fixed.", default=False)
    lockY: bool = prop("Keep the y rotation fixed.", default=False)
    lockZ: bool = prop("Keep the z rotation fixed.", default=False)

    def __init__(self, *children, follow=True, lockX=False, lockY=False, lockZ=False, **kwargs):
        # Upstream sends all four flags every time.
        super().__init__(*children, follow=follow, lockX=lockX, lockY=lockY, lockZ=lockZ, **kwargs)


# ---- primitives: ``args`` are the three.js geometry constructor arguments, in order ----


class Box(Primitive):
    """A box (cuboid) mesh."""

    tag = "Box"
    args: list[float] = prop("[width, height, depth, widthSegments, heightSegments, depthSegments]")


class Capsule(Primitive):
    """A capsule: a cylinder with hemispherical caps."""

    tag = "Capsule"
    args: list[float] = prop("[radius, height, capSegments, radialSegments, heightSegments]")


class Cone(Primitive):
    """A cone mesh."""

    tag = "Cone"
    args: list[float | bool] = prop(
        "[radius, height, radialSegments, heightSegments, openEnded, thetaStart, thetaLength]"
    )


class Circle(Primitive):
    """A flat disc, or a sector of one."""

    tag = "Circle"
    args: list[float] = prop("[radius, segments, thetaStart, thetaLength]")


class Cylinder(Primitive):
    """A cylinder (or truncated cone) mesh."""

    tag = "Cylinder"
    args: list[float | bool] = prop(
        "[radiusTop, radiusBottom, height, radialSegments, heightSegments, openEnded, thetaStart, thetaLength]"
    )


class Dodecahedron(Primitive):
    """A dodecahedron (12 faces)."""

    tag = "Dodecahedron"
    args: list[float] = prop("[radius, detail]")


class Edges(Primitive):
    """The edges of another geometry."""

    tag = "Edges"
    args: list[Any] = prop("[geometry, thresholdAngle]")


class Extrude(Primitive):
    """A 2D shape extruded into 3D."""

    tag = "Extrude"
    args: list[Any] = prop("[shapes, options]")
    shapes: Any = prop("The 2D shape(s) to extrude.")
    options: dict = prop("Extrusion settings: depth, steps, curveSegments, bevelEnabled, bevelSize, ...")


class Icosahedron(Primitive):
    """An icosahedron (20 faces)."""

    tag = "Icosahedron"
    args: list[float] = prop("[radius, detail]")


class Lathe(Primitive):
    """A surface of revolution from a 2D profile."""

    tag = "Lathe"
    args: list[Any] = prop("[points, segments, phiStart, phiLength]; points is a list of [x, y].")


class Octahedron(Primitive):
    """An octahedron (8 faces)."""

    tag = "Octahedron"
    args: list[float] = prop("[radius, detail]")


class Plane(Primitive):
    """A flat rectangle in the xy plane."""

    tag = "Plane"
    args: list[float] = prop("[width, height, widthSegments, heightSegments]")


class Polyhedron(Primitive):
    """A polyhedron from flat vertex and index lists."""

    tag = "Polyhedron"
    args: list[Any] = prop("[vertices, indices, radius, detail]")


class Ring(Primitive):
    """A flat annulus."""

    tag = "Ring"
    args: list[float] = prop("[innerRadius, outerRadius, thetaSegments, phiSegments, thetaStart, thetaLength]")


class Shape(Primitive):
    """A flat geometry from 2D paths."""

    tag = "Shape"
    args: list[Any] = prop("[shapes, curveSegments]")


class Sphere(Primitive):
    """A sphere, or part of one."""

    tag = "Sphere"
    args: list[float] = prop("[radius, widthSegments, heightSegments, phiStart, phiLength, thetaStart, thetaLength]")


class Tetrahedron(Primitive):
    """A tetrahedron (4 faces)."""

    tag = "Tetrahedron"
    args: list[float] = prop("[radius, detail]")


class Torus(Primitive):
    """A torus (doughnut)."""

    tag = "Torus"
    args: list[float] = prop("[radius, tube, radialSegments, tubularSegments, arc]")


class TorusKnot(Primitive):
    """A torus knot."""

    tag = "TorusKnot"
    args: list[float] = prop("[radius, tube, tubularSegments, radialSegments, p, q]")


class Tube(Primitive):
    """A tube along a 3D curve."""

    tag = "Tube"
    args: list[Any] = prop("[path, tubularSegments, radius, radialSegments, closed]")


class Wireframe(Primitive):
    """The wireframe of another geometry."""

    tag = "Wireframe"
    args: list[Any] = prop("[geometry]")
