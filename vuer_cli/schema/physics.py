"""MuJoCo physics in the browser: the simulation, its actuators and its cameras.

The unset props read as upstream's defaults (``MuJoCo().speed == 1.0``) but, as upstream, only
the props given are sent; the client applies the same defaults.
"""

from __future__ import annotations

from typing import Any

from .base import SceneElement
from .geometry import Object3D
from .types import Url, Vec3, prop

__all__ = ["MuJoCoProvider", "MuJoCo", "HandActuator", "MotionControllerActuator", "MjCameraView"]


class MuJoCoProvider(SceneElement):
    """Shares one MuJoCo runtime among its children."""

    tag = "MuJoCoProvider"


class MuJoCo(Object3D):
    """A MuJoCo simulation of an MJCF model, run in the browser (mujoco-wasm)."""

    tag = "MuJoCo"
    src: Url = prop("URL or path of the MJCF (XML) model.")
    workDir: str = prop("Directory the model's relative paths refer to.")
    assets: list[str] = prop("Files the model needs (meshes, textures).", default=[])
    speed: float = prop("Simulation speed factor.", default=1.0)
    pause: bool = prop("Start paused.", default=False)
    fps: int = prop("Simulation frames per second.", default=60)
    timeout: float = prop("Stop after this many seconds (0: never).", default=0.0)
    threshold: float = prop("Tolerance for keyframe matching.", default=0.001)
    keyFrames: list[Any] = prop("Keyframes to step through.", default=[])
    visibile: list[int] = prop("Visible geom groups (upstream's spelling).")
    visible: list[int] | bool = prop("Visible geom groups.")
    selfProvide: bool = prop("Provide its own MuJoCo runtime.", default=True)
    useLights: bool = prop("Use the model's lights.", default=True)
    useMocap: bool = prop("Show handles for mocap bodies.", default=True)
    gizmoScale: float = prop("Size of the mocap handles.", default=0.3)
    unpauseOnDrag: bool = prop("Unpause while an object is dragged.", default=False)
    dragForceScale: float = prop("Scale of the drag force.", default=1.0)
    showDragArrow: bool = prop("Draw the drag force as an arrow.", default=True)
    showDragForceText: bool = prop("Print the drag force.", default=True)
    useDrag: bool = prop("Let the user drag bodies.")
    frameKeys: str = prop("Keyframes, as the client names them.")
    mocapGizmoScale: float = prop("Size of the mocap gizmos.")
    mocapHandleSize: float = prop("Size of the mocap handles.")
    mocapMarkerScale: float = prop("Size of the mocap markers.")
    mocapHandleWireframe: bool = prop("Draw the mocap handles as wireframe.")


class HandActuator(SceneElement):
    """Drives a MuJoCo control from a hand gesture (the distance between two fingertips)."""

    tag = "HandActuator"
    ctrlId: int = prop("Index of the MuJoCo control.", default=-1)
    offset: float = prop("Distance subtracted from the measurement.", default=0.01)
    low: float = prop("Lowest control value.", default=0.01)
    high: float = prop("Highest control value.", default=1.0)
    cond: str = prop("Gesture that enables it, e.g. 'right-squeeze'.", default="right-squeeze")
    value: str = prop("The two joints measured.", default="right:thumb-tip,right:index-finger-tip")
    scale: float = prop("Scale of the measurement.", default=1.0)


class MotionControllerActuator(SceneElement):
    """Drives a MuJoCo control from an XR controller button."""

    tag = "MotionControllerActuator"
    ctrlId: int = prop("Index of the MuJoCo control.", default=-1)
    low: float = prop("Lowest control value.", default=0.0)
    high: float = prop("Highest control value.", default=1.0)
    cond: str = prop("The input, e.g. 'right-trigger'.", default="right-trigger")
    scale: float = prop("Scale of the input.", default=1.0)


class MjCameraView(Object3D):
    """A camera inside the MuJoCo scene that renders (and can stream) its view."""

    tag = "MjCameraView"
    fov: float = prop("Vertical field of view in degrees (default 50).")
    width: int = prop("Image width (default 320).")
    height: int = prop("Image height (default 240).")
    fps: int = prop("Frames per second (default 30).")
    near: float = prop("Near plane (default 0.1).")
    far: float = prop("Far plane (default 20).")
    downsample: int = prop("Downsample rate (default 1).")
    distanceToCamera: float = prop("Distance of the preview (default 2).")
    lookAt: Vec3 = prop("Point the camera looks at.")
    movable: bool = prop("Let the user move the camera.", default=True)
    showCameraFrustum: bool = prop("Draw the camera's frustum.", default=True)
