"""Input and tracking: XR hands, controllers, body and head, gamepads, keyboard, pointers.

Trackers stream their poses to the server as events (HAND_MOVE, CONTROLLER_MOVE, BODY_MOVE,
HEAD_MOVE, ...) when ``stream`` is set. Poses are 4x4 column-major matrices, 16 floats each.
"""

from __future__ import annotations

from typing import Any

from .base import SceneElement
from .geometry import Object3D
from .types import Color, Vec3, prop

__all__ = [
    "Hands",
    "MotionControllers",
    "Body",
    "Head",
    "WebXRMesh",
    "Gamepad",
    "KeyboardMonitor",
    "Movable",
    "Clickable",
    "Facemesh",
]


class Hands(SceneElement):
    """XR hand tracking: streams 25 joint poses per hand as HAND_MOVE events."""

    tag = "Hands"
    key = "hands"
    stream: bool = prop("Stream the hand poses to the server.", default=True)
    fps: int = prop("Poses sent per second.")
    disableLeft: bool = prop("Neither stream nor show the left hand.", default=False)
    disableRight: bool = prop("Neither stream nor show the right hand.", default=False)
    hideLeft: bool = prop("Hide the left hand but keep streaming it.", default=False)
    hideRight: bool = prop("Hide the right hand but keep streaming it.", default=False)
    showFrame: bool = prop("Draw a frame at each joint.")
    frameScale: float = prop("Size of the joint frames.")
    scale: float = prop("Scale of the hands.")


class MotionControllers(SceneElement):
    """XR controller poses and buttons, streamed as CONTROLLER_MOVE events."""

    tag = "MotionControllers"
    eventTypes: list[str] = prop("Button events to report, e.g. ['trigger', 'squeeze'].")
    stream: bool = prop("Stream the controller data to the server.")
    left: bool = prop("Track the left controller.")
    right: bool = prop("Track the right controller.")
    fps: int = prop("Poses sent per second.")
    pulseLeftStrength: float = prop("Haptic pulse strength, left, 0..1.")
    pulseLeftDuration: int = prop("Haptic pulse duration in ms, left.")
    pulseLeftHash: str = prop("Change it to fire the left pulse again.")
    pulseRightStrength: float = prop("Haptic pulse strength, right, 0..1.")
    pulseRightDuration: int = prop("Haptic pulse duration in ms, right.")
    pulseRightHash: str = prop("Change it to fire the right pulse again.")

    def __init__(
        self, key="motionControllers", eventTypes=("trigger", "squeeze"), stream=True, left=None, right=None, **kwargs
    ):
        # Upstream always sends all four (None included).
        super().__init__(key=key, eventTypes=eventTypes, stream=stream, left=left, right=right, **kwargs)


class Body(SceneElement):
    """XR full-body tracking (33 joints, optionally hands), streamed as BODY_MOVE events."""

    tag = "Body"
    key = "body_tracking"
    stream: bool = prop("Stream the body pose to the server.", default=True)
    leftHand: bool = prop("Include the left hand's 25 joints.", default=False)
    rightHand: bool = prop("Include the right hand's 25 joints.", default=False)
    fps: int = prop("Poses sent per second.", default=30)
    showBody: bool = prop("Draw the body.", default=True)
    showFrame: bool = prop("Draw a frame at each joint.", default=True)
    frameScale: float = prop("Size of the joint frames.", default=0.02)


class Head(SceneElement):
    """XR head pose (the viewer pose), streamed as HEAD_MOVE events."""

    tag = "Head"
    key = "head_tracking"
    stream: bool = prop("Stream the head pose to the server.", default=True)
    fps: int = prop("Poses sent per second.", default=30)
    show: bool = prop("Draw the head's frame.", default=False)
    frameScale: float = prop("Size of the frame.", default=0.05)


class WebXRMesh(SceneElement):
    """Meshes of the real room detected in AR (walls, floor, furniture), sent as WEBXR_MESH_UPDATE."""

    tag = "WebXRMesh"
    color: Color = prop("Mesh colour.")
    opacity: float = prop("Mesh opacity (default 0.15).")
    autoUpdate: bool = prop("Send the meshes whenever they change (default true).")

    def __init__(self, key="webxr-mesh", color=None, opacity=0.15, autoUpdate=True, **kwargs):
        # Upstream always sends all three (None included).
        super().__init__(key=key, color=color, opacity=opacity, autoUpdate=autoUpdate, **kwargs)


class Gamepad(SceneElement):
    """A gamepad's buttons and axes, sent to the server."""

    tag = "Gamepad"
    index: int = prop("Which connected gamepad (default 0).")


class KeyboardMonitor(SceneElement):
    """Keyboard events (KeyDown, KeyUp, KeyPress) sent to the server."""

    tag = "KeyboardMonitor"
    enableKeyDown: bool = prop("Send keydown events.")
    enableKeyUp: bool = prop("Send keyup events.")
    enableKeyPress: bool = prop("Send keypress events.")


class Movable(Object3D):
    """Makes its children grabbable and movable with pointer, hands or controllers."""

    tag = "Movable"
    offset: Vec3 = prop("Offset from the position.")
    handle: float | Vec3 = prop("Size of the grab handle (instead of scale).")
    showFrame: bool = prop("Draw a coordinate frame (default true).")
    wireframe: bool = prop("Draw the handle as wireframe.")
    localRotation: bool = prop("Rotate in local coordinates.", default=False)


class Clickable(SceneElement):
    """Makes its children clickable: clicks are sent to the server."""

    tag = "Clickable"


class Facemesh(Object3D):
    """A MediaPipe face mesh from 468+ landmarks."""

    tag = "Facemesh"
    points: list[Any] = prop("The landmarks, as returned by MediaPipe tasks-vision.")
    face: dict = prop("A tfjs face object (deprecated).")
    width: float = prop("Fixed width of the mesh.")
    height: float = prop("Fixed height of the mesh.")
    depth: float = prop("Fixed depth of the mesh (default 1).")
    verticalTri: Vec3 = prop("Landmark indices of a vertical triangle (default [159, 386, 200]).")
    origin: int | Vec3 = prop("Landmark index, or point, used as the origin.")
    facialTransformationMatrix: dict | list[float] = prop("Facial transformation matrix from MediaPipe.")
    offset: bool = prop("Apply the matrix's position offset.")
    offsetScalar: float = prop("Offset sensitivity.")
    faceBlendshapes: dict | list[Any] = prop("Face blendshapes from MediaPipe.")
    eyes: bool = prop("Animate the eyes (needs faceBlendshapes).")
