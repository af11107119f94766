"""Loaded assets: 3D model files, robot descriptions, point-cloud files, splats, depth clouds.

A model comes from ``src`` (a URL, or a path the loader resolves against the scene file), from
``text`` (the file's contents), or from ``buff`` (its bytes, the most compact on the wire).
"""

from __future__ import annotations

import io

import numpy as np

from .geometry import Object3D
from .html import encode_image
from .types import Color, Url, prop

__all__ = [
    "ModelNode",
    "Obj",
    "Fbx",
    "Stl",
    "Dae",
    "Ply",
    "Glb",
    "Bvh",
    "Urdf",
    "Pcd",
    "Splat",
    "LumaSplats",
    "SparkSplats",
    "VuerSplat",
    "DepthPointCloud",
    "DepthPointCloudProvider",
    "InPlaceDepthPointCloud",
]


class ModelNode(Object3D):
    """Base of the model loaders: where the file comes from and how it is drawn."""

    src: Url = prop("URL or path of the file.")
    text: str = prop("The file's contents, for text formats.")
    buff: bytes = prop("The file's bytes.")
    assets: dict = prop("Asset name or path -> URL, for files the model refers to.")
    onLoad: str = prop("Event name sent when the model has loaded.")
    materialType: str = prop("Material override: basic, standard, physical, ...")
    material: dict = prop("Material props applied to every mesh.")
    color: Color = prop("Colour applied to every mesh.")
    opacity: float = prop("Opacity, 0..1.")
    wireframe: bool = prop("Draw as wireframe.")


class _Animated(ModelNode):
    """Props of the model formats that carry animations."""

    playAnimation: bool = prop("Play the file's animations.")
    animationIndex: int = prop("Index of the clip to play.")
    animationSpeed: float = prop("Playback speed factor.")


class Obj(ModelNode):
    """A Wavefront OBJ model, with optional MTL materials."""

    tag = "Obj"
    mtl: Url = prop("URL or path of the MTL file.")
    materials: list[str] = prop("Several MTL files.")


class Fbx(_Animated):
    """An FBX model (meshes, skeletons, animations)."""

    tag = "Fbx"
    label: bool = prop("Show a label above the model.")
    frame: bool = prop("Show a coordinate frame at the origin.")
    boneRadius: float = prop("Radius of the drawn bones.")
    jointColor: Color = prop("Colour of the joint markers.")
    frameScale: float = prop("Scale of the coordinate frames.")


class Stl(ModelNode):
    """An STL model (CAD, 3D printing)."""

    tag = "Stl"


class Dae(_Animated):
    """A COLLADA (.dae) model."""

    tag = "Dae"


class Ply(ModelNode):
    """A PLY mesh or point cloud."""

    tag = "Ply"
    encoding: str = prop("Text encoding (default 'ascii').")
    size: float = prop("Point size, for point clouds.")


class Glb(_Animated):
    """A glTF/GLB model."""

    tag = "Glb"


class Bvh(_Animated):
    """BVH motion capture: a skeleton and its animation."""

    tag = "Bvh"
    boneRadius: float = prop("Radius of the drawn bones.")
    jointColor: Color = prop("Colour of the joint markers.")
    label: bool = prop("Label the joints.")


class Urdf(ModelNode):
    """A robot from a URDF file and its meshes."""

    tag = "Urdf"
    workingPath: str = prop("Base path for relative paths in the URDF.")
    jointValues: dict[str, float] = prop("Joint name -> angle or position.")
    parseVisual: bool = prop("Load the visual geometry (default true).")
    parseCollision: bool = prop("Load the collision geometry.")
    packages: str | dict[str, str] = prop("ROS package path(s) for package:// URLs.")
    enableJointDrag: bool = prop("Let the user drag the joints.")
    jointHighlightColor: Color = prop("Colour of a highlighted joint.")


class Pcd(ModelNode):
    """A PCD point-cloud file."""

    tag = "Pcd"
    encoding: str = prop("Text encoding (default 'ascii').")
    size: float = prop("Point size.")


class Splat(Object3D):
    """A Gaussian splat file (drei ``Splat``)."""

    tag = "Splat"
    src: Url = prop("URL of the .splat file.")
    flipCoords: bool = prop("Flip the coordinate system.")
    toneMapped: bool = prop("Apply tone mapping.")
    alphaTest: float = prop("Alpha threshold.")
    alphaHash: bool = prop("Use alpha hashing.")
    chunkSize: int = prop("Chunk size for streaming.")


class VuerSplat(Splat):
    """A Gaussian splat with a transform."""

    tag = "VuerSplat"


class LumaSplats(Object3D):
    """A Luma AI splat capture."""

    tag = "Splats"


class SparkSplats(Object3D):
    """Gaussian splats drawn with Spark."""

    tag = "SparkSplats"
    src: Url = prop("URL of the splat file.")
    render: str = prop("Render mode.")
    minDepth: float = prop("Nearest depth drawn.")
    maxDepth: float = prop("Farthest depth drawn.")
    showCenterPoints: bool = prop("Draw the splat centres.")
    showEllipsoids: bool = prop("Draw the splat ellipsoids.")
    centerPointsColor: Color = prop("Colour of the centre points.")
    centerPointsSize: float = prop("Size of the centre points.")
    ellipsoidColor: Color = prop("Colour of the ellipsoids.")
    ringSize: float = prop("Ring size of the ellipsoid drawing.")
    innerAlpha: float = prop("Inner opacity of the ellipsoid drawing.")
    outerAlpha: float = prop("Outer opacity of the ellipsoid drawing.")
    clipEnabled: bool = prop("Clip to the box given by clipMin*/clipMax*.")
    clipMinX: float = prop("Clip box, lowest x.")
    clipMaxX: float = prop("Clip box, highest x.")
    clipMinY: float = prop("Clip box, lowest y.")
    clipMaxY: float = prop("Clip box, highest y.")
    clipMinZ: float = prop("Clip box, lowest z.")
    clipMaxZ: float = prop("Clip box, highest z.")


class DepthPointCloud(Object3D):
    """A point cloud made from a depth image (and optional RGB image) in the browser.

    ``depth`` may be a (H, W) numpy array: unsigned integers are depth units, sent as a 16-bit
    PNG; floats are metres, divided by ``depthUnit`` (default 0.001) first. ``rgb`` may be an
    (H, W, 3) array, sent as a PNG. So a camera frame goes out as
    ``DepthPointCloud(depth=depth_u16, rgb=color, fov=58)``.
    """

    tag = "DepthPointCloud"
    depth: Url | bytes = prop("16-bit depth PNG: URL or path, PNG bytes, or a (H, W) array (required).")
    rgb: Url | bytes = prop("RGB image: URL or path, image bytes, or an (H, W, 3) array; the depth's grey levels when absent.")
    fov: float = prop("Vertical field of view in degrees (default 58, a RealSense D435).")
    depthUnit: float = prop("Metres per depth unit (default 0.001).")
    pointSize: float = prop("Point size (default 2).")
    screenSpaceSizing: bool = prop("Constant pixel size (default true).")
    cmap: str = prop("Colour map: turbo, viridis, inferno, jet; None for RGB.")
    colorMode: str | int = prop("depth, camZ, camDist, localY or worldY (or upstream's 0-4).")
    depthMin: float = prop("Depth mapped to the colour map's start.")
    depthMax: float = prop("Depth mapped to the colour map's end.")
    heightMin: float = prop("Height mapped to the colour map's start.")
    heightMax: float = prop("Height mapped to the colour map's end.")
    minY: float = prop("Discard points below this world y.")
    maxY: float = prop("Discard points above this world y.")
    cx: float = prop("Principal point x in pixels (default: the centre).")
    cy: float = prop("Principal point y in pixels (default: the centre).")

    def __post_init__(self, **kwargs):
        props = self.__dict__
        if isinstance(props.get("depth"), np.ndarray):
            props["depth"] = encode_depth_png(props["depth"], props.get("depthUnit") or 0.001)
        if isinstance(props.get("rgb"), np.ndarray):
            props["rgb"] = encode_image(props["rgb"])[0]


def encode_depth_png(depth: np.ndarray, depth_unit: float = 0.001) -> bytes:
    """A (H, W) depth array as a 16-bit greyscale PNG of depth units (0: no depth). Floats are
    metres (NaN and negatives: no depth); values past 65,535 units are clipped."""
    arr = np.asarray(depth)
    if arr.ndim == 3 and arr.shape[2] == 1:
        arr = arr[:, :, 0]
    if arr.ndim != 2:
        raise ValueError(f"DepthPointCloud: depth must be a (H, W) array, got shape {arr.shape}")
    if np.issubdtype(arr.dtype, np.floating):
        units = np.nan_to_num(arr / depth_unit, nan=0.0, posinf=0.0, neginf=0.0)
        arr = np.rint(np.clip(units, 0, 65535))
    elif not np.issubdtype(arr.dtype, np.integer):
        raise ValueError(f"DepthPointCloud: depth must hold numbers, got {arr.dtype}")
    arr = np.clip(arr, 0, 65535).astype(np.uint16)
    from PIL import Image as PILImage  # here: importing the catalog stays quick

    buff = io.BytesIO()
    PILImage.fromarray(arr).save(buff, format="PNG")
    return buff.getvalue()


class InPlaceDepthPointCloud(DepthPointCloud):
    """A DepthPointCloud updated in place, for streaming frames."""

    tag = "InPlaceDepthPointCloud"


class DepthPointCloudProvider(Object3D):
    """Shared caching, level of detail and frustum culling for DepthPointCloud children."""

    tag = "DepthPointCloudProvider"
    frustumCulling: bool = prop("Skip clouds outside the view (default true).")
    cullingMargin: float = prop("Margin factor of the culling bounds (default 2).")
    lod: dict = prop("Level of detail: strides and distances.")
    bake: dict = prop("Depth baking settings.")
    strides: list[int] = prop("Level-of-detail strides.")
    distances: list[float] = prop("Level-of-detail distances.")
    depthUnit: float = prop("Metres per depth unit.")
    depthOffset: float = prop("Offset added to the depth.")
    invertDepth: bool = prop("Invert the depth values.")
    depthMin: float = prop("Nearest depth kept.")
    depthMax: float = prop("Farthest depth kept.")
    edgeFilter: bool = prop("Drop points on depth edges.")
    edgeThreshold: float = prop("Depth jump counted as an edge.")
    hfov: float = prop("Horizontal field of view in degrees.")
    vfov: float = prop("Vertical field of view in degrees.")
    cx: float = prop("Principal point x in pixels.")
    cy: float = prop("Principal point y in pixels.")
