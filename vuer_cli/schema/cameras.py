"""Cameras, camera controls, frusta and camera previews.

What sets the view in upstream's client (PROTOCOL.md, "Camera and view"): ``SceneCamera`` with
``SceneCameraControl`` (what ``DefaultScene`` uses), or ``SceneCamera``/``SimplePerspectiveCamera``
with ``OrbitControls(makeDefault=True)``. ``PerspectiveCamera`` is a *virtual* camera there: a
frustum helper with a preview, not the view.
"""

from __future__ import annotations

from .base import SceneElement
from .geometry import Object3D
from .types import Color, Url, Vec3, prop

__all__ = [
    "SceneCamera",
    "SceneCameraControl",
    "OrbitControls",
    "PointerControls",
    "PerspectiveCamera",
    "OrthographicCamera",
    "FisheyeCamera",
    "SimplePerspectiveCamera",
    "SimpleOrthographicCamera",
    "CameraView",
    "CameraHelper",
    "Frustum",
    "PerspectiveFrustum",
    "FisheyeFrustum",
    "OrthographicFrustum",
    "CameraPreviewThumbs",
    "CameraPreviewOverlay",
    "ViewportHud",
]


class SceneCamera(SceneElement):
    """The camera the scene is seen through."""

    tag = "SceneCamera"
    position: Vec3 = prop("Camera position.")
    lookAt: Vec3 = prop("Point the camera looks at.")
    fov: float = prop("Vertical field of view in degrees.")
    near: float = prop("Near clipping plane.")
    far: float = prop("Far clipping plane.")
    cx: float = prop("Principal point x offset, -1..1 (0: centred).")
    cy: float = prop("Principal point y offset, -1..1 (0: centred).")


class SceneCameraControl(SceneElement):
    """Mouse and keyboard control of the SceneCamera (camera-controls)."""

    tag = "SceneCameraControl"
    makeDefault: bool = prop("Make these the default controls.")
    moveSpeed: float = prop("Keyboard move speed.")
    keyboardRotateSpeed: float = prop("Keyboard rotate speed.")
    mouseRotateSpeed: float = prop("Mouse rotate speed.")
    dollySpeed: float = prop("Dolly (zoom) speed.")
    truckSpeed: float = prop("Truck (pan) speed.")
    minDistance: float = prop("Closest distance to the target.")
    maxDistance: float = prop("Farthest distance from the target.")
    minPolarAngle: float = prop("Lowest polar angle.")
    maxPolarAngle: float = prop("Highest polar angle.")
    minAzimuthAngle: float = prop("Lowest azimuth angle.")
    maxAzimuthAngle: float = prop("Highest azimuth angle.")
    enableKeyboard: bool = prop("Allow keyboard control.")
    enableRotate: bool = prop("Allow rotating.")
    enableZoom: bool = prop("Allow zooming.")
    enablePan: bool = prop("Allow panning.")
    mode: str = prop("Control mode, e.g. orbit or fly.")
    enableArrowRotate: bool = prop("Rotate with the arrow keys.")
    flyMouseSensitivity: float = prop("Mouse sensitivity in fly mode.")
    smoothTime: float = prop("Smoothing time of the motion.")
    showPivot: bool = prop("Draw the orbit pivot.")
    pivotSize: float = prop("Size of the pivot marker.")
    pivotColor: Color = prop("Colour of the pivot marker.")
    stream: bool = prop("Send CAMERA_MOVE events to the server.")


class OrbitControls(SceneElement):
    """Orbit, pan and zoom around a target with mouse or touch."""

    tag = "OrbitControls"
    key = "orbit-controls"
    makeDefault: bool = prop("Make these the default controls.")
    enableDamping: bool = prop("Smooth motion with inertia.")
    enablePan: bool = prop("Allow panning.")
    screenSpacePanning: bool = prop("Pan in screen space.")
    enableRotate: bool = prop("Allow orbiting.")
    enableZoom: bool = prop("Allow zooming.")
    maxPolarAngle: float = prop("Highest polar angle.")
    minPolarAngle: float = prop("Lowest polar angle.")
    maxDistance: float = prop("Farthest zoom distance.")
    minDistance: float = prop("Closest zoom distance.")
    zoomSpeed: float = prop("Zoom speed factor.")
    rotateSpeed: float = prop("Rotation speed factor.")
    panSpeed: float = prop("Pan speed factor.")
    target: Vec3 = prop("Point orbited around.")
    stream: bool = prop("Send camera moves to the server.")


class PointerControls(SceneElement):
    """Pointer (mouse/touch) interaction with Clickable and Movable elements."""

    tag = "PointerControls"


class _VirtualCamera(Object3D):
    """Props shared by upstream's virtual cameras (frustum helper plus preview)."""

    lookAt: Vec3 = prop("Point the camera looks at.")
    near: float = prop("Near clipping plane.")
    far: float = prop("Far clipping plane.")
    makeDefault: bool = prop("Make this the default camera.")
    active: bool = prop("Whether this camera is active.")
    zoom: float = prop("Zoom factor.")
    cx: float = prop("Principal point x offset, -1..1.")
    cy: float = prop("Principal point y offset, -1..1.")
    showFrustum: bool = prop("Draw the frustum.")
    previewInScene: bool = prop("Show the preview in the scene.")
    previewInOverlay: bool = prop("Show the preview in the overlay.")
    previewDistance: float = prop("Distance of the in-scene preview.")
    previewBackgroundColor: Color = prop("Background colour of the preview.")
    previewBackgroundOpacity: float = prop("Background opacity of the preview.")
    renderSizeH: int = prop("Preview render height in pixels.")
    samples: int = prop("Multisampling of the preview.")
    depthBuffer: bool = prop("Render depth for the preview.")
    showCameraHelpers: bool = prop("Draw the three.js camera helper.")
    useViewpoint: bool = prop("Look through this camera.")


class PerspectiveCamera(_VirtualCamera):
    """A perspective camera (in upstream's client a virtual camera, not the view)."""

    tag = "PerspectiveCamera"
    key = "perspective-camera"
    fov: float = prop("Vertical field of view in degrees.")
    aspect: float = prop("Aspect ratio, width / height.")


class OrthographicCamera(_VirtualCamera):
    """An orthographic (parallel projection) camera."""

    tag = "OrthographicCamera"
    key = "orthographic-camera"
    left: float = prop("Left edge of the view volume.")
    right: float = prop("Right edge of the view volume.")
    top: float = prop("Top edge of the view volume.")
    bottom: float = prop("Bottom edge of the view volume.")


class FisheyeCamera(_VirtualCamera):
    """An ultra-wide fisheye camera."""

    tag = "FisheyeCamera"
    key = "fisheye-camera"
    segments: int = prop("Segments of the distortion mesh.")
    fov: float = prop("Field of view in degrees (default 180; our client draws the frustum with it).")
    aspect: float = prop("Aspect ratio, width / height (default 1).")


class SimplePerspectiveCamera(Object3D):
    """A plain perspective camera; with makeDefault it becomes the view (e.g. in a ViewportHud)."""

    tag = "SimplePerspectiveCamera"
    fov: float = prop("Vertical field of view in degrees.")
    aspect: float = prop("Aspect ratio, width / height.")
    near: float = prop("Near clipping plane.")
    far: float = prop("Far clipping plane.")
    zoom: float = prop("Zoom factor.")
    makeDefault: bool = prop("Make this the default camera.")
    manual: bool = prop("Do not update the projection automatically.")


class SimpleOrthographicCamera(Object3D):
    """A plain orthographic camera."""

    tag = "SimpleOrthographicCamera"
    left: float = prop("Left edge of the view volume.")
    right: float = prop("Right edge of the view volume.")
    top: float = prop("Top edge of the view volume.")
    bottom: float = prop("Bottom edge of the view volume.")
    near: float = prop("Near clipping plane.")
    far: float = prop("Far clipping plane.")
    zoom: float = prop("Zoom factor.")
    makeDefault: bool = prop("Make this the default camera.")
    manual: bool = prop("Do not update the projection automatically.")


class CameraView(Object3D):
    """An extra camera that renders from its own pose and can stream its frames to the server."""

    tag = "CameraView"
    fov: float = prop("Vertical field of view in degrees (default 50).")
    width: int = prop("Image width in pixels (default 320).")
    height: int = prop("Image height in pixels (default 240).")
    aspect: float = prop("Aspect ratio.")
    near: float = prop("Near clipping plane.")
    far: float = prop("Far clipping plane.")
    stream: str | bool = prop("Frame streaming: 'ondemand', 'frame' or 'time'.")
    fps: int = prop("Frames per second when streaming.")
    quality: float = prop("JPEG quality of the frames.")
    renderDepth: bool = prop("Also render depth (value['depthFrame']).")
    showFrustum: bool = prop("Draw the frustum.")
    showCamera: bool = prop("Draw the camera.")
    downsample: int = prop("Downsample rate.")
    distanceToCamera: float = prop("Distance of the preview plane.")
    monitor: bool = prop("Show a monitor of the view.")
    movable: bool = prop("Let the user move the camera.")
    movableScale: float = prop("Size of the move handle.")
    ctype: str = prop("Camera type: perspective or orthographic.")
    origin: str = prop("Where the preview sits.")
    top: float = prop("Top edge (orthographic).")
    bottom: float = prop("Bottom edge (orthographic).")
    left: float = prop("Left edge (orthographic).")
    right: float = prop("Right edge (orthographic).")


class CameraHelper(Object3D):
    """three.js camera helper."""

    tag = "CameraHelper"


class Frustum(Object3D):
    """A camera frustum drawn in the scene."""

    tag = "Frustum"
    aspect: float = prop("Aspect ratio.")
    focus: float = prop("Focus distance.")
    fov: float = prop("Field of view in degrees.")
    near: float = prop("Near plane distance.")
    far: float = prop("Far plane distance.")
    upScale: float = prop("Scale of the up marker.")
    focalLength: float = prop("Focal length.")
    showUp: bool = prop("Draw the up marker.")
    showFrustum: bool = prop("Draw the frustum.")
    showFocalPlane: bool = prop("Draw the focal plane.")
    showImagePlane: bool = prop("Draw the image plane.")
    src: Url = prop("Image shown on the image plane.")
    colorOrigin: Color = prop("Colour of the origin.")
    colorFrustum: Color = prop("Colour of the frustum.")
    colorCone: Color = prop("Colour of the cone.")
    colorFocalPlane: Color = prop("Colour of the focal plane.")
    colorUp: Color = prop("Colour of the up marker.")
    colorTarget: Color = prop("Colour of the target.")
    colorCross: Color = prop("Colour of the cross.")
    colorX: Color = prop("Colour of the x axis.")
    colorY: Color = prop("Colour of the y axis.")


class _FrustumShape(Object3D):
    """Props shared by the perspective, fisheye and orthographic frusta."""

    near: float = prop("Near plane distance (default 0.1).")
    far: float = prop("Far plane distance (default 1).")
    showFrustum: bool = prop("Draw the frustum wireframe (default true).")
    showUp: bool = prop("Draw the up marker (default true).")
    colorFrustum: Color = prop("Colour of the frustum.")
    colorUp: Color = prop("Colour of the up marker.")
    layer: int = prop("Scene layer of the drawing.")


class PerspectiveFrustum(_FrustumShape):
    """The pyramid frustum of a perspective camera; children go inside it."""

    tag = "PerspectiveFrustum"
    fov: float = prop("Field of view in degrees (default 50).")
    aspect: float = prop("Aspect ratio (default 4/3).")
    zoom: float = prop("Zoom factor.")
    colorCone: Color = prop("Colour of the cone.")


class FisheyeFrustum(_FrustumShape):
    """The spherical frustum of a fisheye camera; children go inside it."""

    tag = "FisheyeFrustum"
    fov: float = prop("Field of view in degrees (default 180).")
    aspect: float = prop("Aspect ratio (default 1).")
    segments: int = prop("Segments of the sphere.")
    colorCone: Color = prop("Colour of the cone.")
    colorNear: Color = prop("Colour of the near surface.")
    colorOrigin: Color = prop("Colour of the origin.")


class OrthographicFrustum(_FrustumShape):
    """The box frustum of an orthographic camera; children go inside it."""

    tag = "OrthographicFrustum"
    width: float = prop("View width.")
    height: float = prop("View height.")
    left: float = prop("Left edge.")
    right: float = prop("Right edge.")
    top: float = prop("Top edge.")
    bottom: float = prop("Bottom edge.")
    zoom: float = prop("Zoom factor.")
    colorNearPlane: Color = prop("Colour of the near plane.")
    colorFarPlane: Color = prop("Colour of the far plane.")


class CameraPreviewThumbs(SceneElement):
    """Thumbnails of the scene's virtual cameras."""

    tag = "CameraPreviewThumbs"
    position: str = prop("Where on screen the thumbnails go.")
    previewHeight: int = prop("Thumbnail height in pixels.")
    gap: int = prop("Gap between thumbnails in pixels.")
    margin: int = prop("Margin in pixels.")
    showLabels: bool = prop("Label each thumbnail.")


class CameraPreviewOverlay(SceneElement):
    """An overlay framing the selected camera's preview."""

    tag = "CameraPreviewOverlay"
    margin: float = prop("Margin from the edge.")
    showLabel: bool = prop("Show the camera label.")
    showCornerBrackets: bool = prop("Draw corner brackets.")
    showCenterFocus: bool = prop("Draw a centre focus mark.")
    cornerBracketColor: Color = prop("Colour of the corner brackets.")
    centerFocusColor: Color = prop("Colour of the centre mark.")


class ViewportHud(SceneElement):
    """A separate scene drawn in a rectangle of the canvas (mini-map, picture in picture).

    Needs a camera child with ``makeDefault=True``. Sizes are pixels or '%' strings.
    """

    tag = "ViewportHud"
    top: float | str = prop("Distance from the top edge.")
    right: float | str = prop("Distance from the right edge.")
    bottom: float | str = prop("Distance from the bottom edge.")
    left: float | str = prop("Distance from the left edge.")
    width: float | str = prop("Width (required).")
    height: float | str = prop("Height (required).")
    renderPriority: int = prop("Render priority, 1..10.")
