"""Markers and annotations: axes, arrows, grippers, grids, boxes, lines, trails and text."""

from __future__ import annotations

from typing import Any

from .geometry import Object3D
from .types import Color, Url, Vec3, prop

__all__ = [
    "CoordsMarker",
    "Arrow",
    "Gripper",
    "SkeletalGripper",
    "Grid",
    "BBox",
    "BoundingBox",
    "BoundingBoxProvider",
    "Line",
    "QuadraticBezierLine",
    "CubicBezierLine",
    "CatmullRomLine",
    "Trail",
    "Text",
    "Text3D",
    "Html",
]

Points = list[Vec3 | tuple[float, float] | float]
"""Line points: [x, y, z] or [x, y] each, or a flat list of numbers."""


class CoordsMarker(Object3D):
    """Coordinate axes (x red, y green, z blue) at a pose."""

    tag = "CoordsMarker"
    headScale: float = prop("Scale of the arrow heads (default 1).")
    lod: int = prop("Segments of the cones and stems.")
    direction: Vec3 = prop("Direction the marker points.")
    color: Color = prop("Colour override.")
    opacity: float = prop("Opacity, 0..1.")
    wireframe: bool = prop("Draw as wireframe.")


class Arrow(CoordsMarker):
    """A single arrow (a direction or a force)."""

    tag = "Arrow"


class Gripper(Object3D):
    """A parallel-jaw robot gripper."""

    tag = "Gripper"
    color: Color = prop("Body colour.")
    pinchWidth: float = prop("Half the distance between the jaws (default 0.04).")
    skeleton: bool = prop("Draw the simplified skeletal model.")
    axes: bool = prop("Draw axes at the origin.")
    showOrigin: bool = prop("Draw a sphere at the origin (default true).")
    opacity: float = prop("Opacity, 0..1.")


class SkeletalGripper(Object3D):
    """A lightweight skeletal gripper."""

    tag = "SkeletalGripper"
    color: Color = prop("Colour.")
    pinchWidth: float = prop("Half the distance between the jaws (default 0.04).")
    opacity: float = prop("Opacity, 0..1.")


class Grid(Object3D):
    """A ground grid on the xz plane."""

    tag = "Grid"
    cellSize: float = prop("Size of a cell.")
    cellThickness: float = prop("Line width of the cells.")
    cellColor: Color = prop("Colour of the cell lines.")
    sectionSize: float = prop("Size of a section (a group of cells).")
    sectionThickness: float = prop("Line width of the sections.")
    sectionColor: Color = prop("Colour of the section lines.")
    fadeDistance: float = prop("Distance where the grid fades out.")
    fadeStrength: float = prop("How sharply it fades.")
    followCamera: bool = prop("Keep the grid under the camera.")
    infiniteGrid: bool = prop("Draw an endless grid.")
    width: float = prop("Grid width.")
    height: float = prop("Grid depth.")
    offset: float = prop("Offset along the normal.")
    widthSegments: int = prop("Segments across the width.")
    heightSegments: int = prop("Segments across the depth.")
    enableRaycast: bool = prop("Let pointer rays hit the grid.")


class BBox(Object3D):
    """A wireframe box between two corners."""

    tag = "BBox"
    min: dict = prop("Lower corner {x, y, z} (default -1 each).")
    max: dict = prop("Upper corner {x, y, z} (default 1 each).")
    color: Color = prop("Edge colour (default '0xffffff').")

    def __init__(self, min=None, max=None, color="0xffffff", scale=1.01, **kwargs):
        # Upstream sends all four, with these defaults.
        min = {"x": -1, "y": -1, "z": -1} if min is None else min
        max = {"x": 1, "y": 1, "z": 1} if max is None else max
        super().__init__(min=min, max=max, color=color, scale=scale, **kwargs)


class BoundingBox(Object3D):
    """A box with shaded edges and translucent walls; many render fast in a BoundingBoxProvider."""

    tag = "BoundingBox"
    size: Vec3 = prop("Box size [width, height, depth] (default [1, 1, 1]).")
    min: Vec3 = prop("Lower corner (instead of size).")
    max: Vec3 = prop("Upper corner (instead of size).")
    color: Color = prop("Colour of edges and walls (default '#00ff00').")
    edgeOpacity: float = prop("Edge opacity (default 0.9).")
    wallOpacity: float = prop("Wall opacity (default 0.08).")
    edgeWidth: float = prop("Edge width relative to the box size.")


class BoundingBoxProvider(Object3D):
    """Draws its BoundingBox children instanced: one draw call, shared material."""

    tag = "BoundingBoxProvider"
    edgeWidth: float = prop("Edge width.")
    maxInstances: int = prop("Most boxes drawn (default 10000).")


class _LineStyle(Object3D):
    """Props of every drei line."""

    color: Color = prop("Line colour (default black).")
    lineWidth: float = prop("Width in pixels (default 1).")
    dashed: bool = prop("Draw dashed.")
    vertexColors: list[list[float]] = prop("Colour per point, [r, g, b] each.")


class Line(_LineStyle):
    """A polyline through points."""

    tag = "Line"
    points: Points = prop("The points.")
    segments: bool = prop("Draw separate segments (pairs of points) instead of one line.")


class QuadraticBezierLine(_LineStyle):
    """A quadratic Bezier curve."""

    tag = "QuadraticBezierLine"
    start: Vec3 = prop("Start point.")
    end: Vec3 = prop("End point.")
    mid: Vec3 = prop("Control point.")


class CubicBezierLine(_LineStyle):
    """A cubic Bezier curve."""

    tag = "CubicBezierLine"
    start: Vec3 = prop("Start point.")
    end: Vec3 = prop("End point.")
    midA: Vec3 = prop("First control point.")
    midB: Vec3 = prop("Second control point.")


class CatmullRomLine(_LineStyle):
    """A smooth Catmull-Rom curve through points."""

    tag = "CatmullRomLine"
    points: Points = prop("The points.")
    closed: bool = prop("Close the curve.")
    curveType: str = prop("centripetal (default), chordal or catmullrom.")
    tension: float = prop("Tension (catmullrom only).")


class Trail(Object3D):
    """A fading trail behind its first child (or target)."""

    tag = "Trail"
    width: float = prop("Line width (default 0.2).")
    color: Color = prop("Colour (default 'hotpink').")
    length: float = prop("Length (default 1).")
    decay: float = prop("How fast it fades (default 1).")
    local: bool = prop("Use the target's local positions.")
    stride: float = prop("Least distance between points.")
    interval: int = prop("Frames between samples.")
    target: Any = prop("The object that leaves the trail.")
    attenuation: Any = prop("Width along the trail.")


class Text(Object3D):
    """Flat text in the scene (troika); the text is the child string.

    Upstream's default font comes from a CDN; offline, give ``font``.
    """

    tag = "Text"
    characters: str = prop("Restrict the glyphs generated.")
    color: Color = prop("Text colour.")
    fontSize: float = prop("Font size in world units.")
    fontWeight: int | str = prop("Font weight, e.g. 700 or 'bold'.")
    fontStyle: str = prop("'normal' or 'italic'.")
    maxWidth: float = prop("Width before wrapping.")
    lineHeight: float | str = prop("Line height, a multiple of fontSize.")
    letterSpacing: float = prop("Extra space between letters.")
    textAlign: str = prop("left, right, center or justify.")
    font: Url = prop("Font URL (or data: URL).")
    anchorX: float | str = prop("Horizontal anchor: a number, left, center or right.")
    anchorY: float | str = prop("Vertical anchor: a number, top, top-baseline, middle, bottom-baseline or bottom.")
    clipRect: list[float] = prop("[minX, minY, maxX, maxY] clipping rectangle.")
    depthOffset: float = prop("Depth offset against z-fighting.")
    direction: str = prop("auto, ltr or rtl.")
    overflowWrap: str = prop("normal or break-word.")
    whiteSpace: str = prop("normal, overflowWrap or nowrap.")
    outlineWidth: float | str = prop("Outline width, e.g. 0.01 or '2%'.")
    outlineOffsetX: float | str = prop("Outline x offset.")
    outlineOffsetY: float | str = prop("Outline y offset.")
    outlineBlur: float | str = prop("Outline blur.")
    outlineColor: Color = prop("Outline colour.")
    outlineOpacity: float = prop("Outline opacity.")
    strokeWidth: float | str = prop("Stroke width.")
    strokeColor: Color = prop("Stroke colour.")
    strokeOpacity: float = prop("Stroke opacity.")
    fillOpacity: float = prop("Fill opacity.")
    sdfGlyphSize: int = prop("SDF glyph size (quality).")
    debugSDF: bool = prop("Show the SDF debug overlay.")
    glyphGeometryDetail: int = prop("Glyph geometry detail.")


class Text3D(Object3D):
    """Extruded 3D text from a typeface.json font; the text is the child string."""

    tag = "Text3D"
    font: Url | dict = prop("typeface.json font: URL or the JSON itself.")
    smooth: float = prop("Merge vertices within this tolerance and smooth the normals.")
    lineHeight: float = prop("Line height (default 0).", default=0)
    letterSpacing: float = prop("Letter spacing factor (default 1).", default=1)
    size: float = prop("Font size.")
    height: float = prop("Extrusion depth.")

    def __init__(self, *text, font=None, smooth=None, lineHeight=0, letterSpacing=1, **kwargs):
        # Upstream always sends these four (None included).
        super().__init__(*text, font=font, smooth=smooth, lineHeight=lineHeight, letterSpacing=letterSpacing, **kwargs)


class Html(Object3D):
    """HTML content (the children) attached to a point in the scene (drei ``Html``)."""

    tag = "Html"
    center: bool = prop("Centre the content on the point.")
    transform: bool = prop("Transform the content with the scene (3D) instead of facing the screen.")
    sprite: bool = prop("Face the camera (transform mode only).")
    distanceFactor: float = prop("Scale the content with distance by this factor.")
    fullscreen: bool = prop("Fill the screen from the upper-left corner.")
    prepend: bool = prop("Put the content behind the canvas.")
    zIndexRange: list[int] = prop("Z-order range, [max, min].")
    occlude: bool = prop("Hide the content when objects are in front.")
    wrapperClass: str = prop("Class name of the wrapping element.")
    style: dict = prop("CSS style of the content.")
