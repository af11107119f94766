"""The scene root: ``Scene`` (and ``DefaultScene``, upstream's scene with default staging)."""

from __future__ import annotations

from typing import Literal

from .base import BlockElement
from .cameras import CameraPreviewOverlay, CameraPreviewThumbs, SceneCamera, SceneCameraControl
from .lights import HemisphereLightStage
from .markers import Grid
from .types import Color, Vec3, prop
from .xr import Gamepad, Hands, MotionControllers

__all__ = ["Scene", "DefaultScene"]


class Scene(BlockElement):
    """The root of a scene. A SET event's data is always a Scene.

    ``bgChildren`` replaces the client's default staging (grid, lights, camera, controls);
    ``htmlChildren`` are drawn as page elements over the canvas.
    """

    tag = "Scene"

    children: list = prop("The 3D elements of the scene.")
    bgChildren: list = prop("Background elements; when given, they replace the default staging.")
    htmlChildren: list = prop("HTML elements drawn over the canvas.")
    rawChildren: list = prop("Elements rendered outside the default scene graph.")
    up: Vec3 = prop("The up direction; y-up ([0, 1, 0]) as three.js.", default=[0, 1, 0])
    background: Color = prop("Background colour of the canvas.")
    toneMapping: str = prop("three.js tone mapping name.")
    toneMappingExposure: float = prop("Tone mapping exposure.")
    frameloop: Literal["always", "demand"] = prop("Render continuously or on demand.")
    camPosition: Vec3 = prop("Initial camera position (upstream's client ignores it).")
    camRotation: Vec3 = prop("Initial camera rotation (upstream's client ignores it).")

    def __init__(
        self,
        *children,
        rawChildren=None,
        htmlChildren=None,
        bgChildren=None,
        up=(0, 1, 0),
        background=None,
        toneMapping=None,
        toneMappingExposure=None,
        frameloop=None,
        camPosition=None,
        camRotation=None,
        **kwargs,
    ):
        super().__init__(*children, up=list(up), **kwargs)
        if bgChildren:
            self.bgChildren = list(bgChildren)
        if rawChildren is not None:
            self.rawChildren = list(rawChildren) if isinstance(rawChildren, (list, tuple)) else [rawChildren]
        if htmlChildren:
            self.htmlChildren = list(htmlChildren)
        optional = dict(
            background=background,
            toneMapping=toneMapping,
            toneMappingExposure=toneMappingExposure,
            frameloop=frameloop,
            camPosition=camPosition,
            camRotation=camRotation,
        )
        if background:  # upstream sends it only when truthy
            self.background = background
        for name, value in optional.items():
            if value is not None and name != "background":
                setattr(self, name, value)

    def _serialize(self) -> dict:
        out = super()._serialize()
        for field in ("rawChildren", "htmlChildren", "bgChildren"):
            nodes = getattr(self, field, None)
            if nodes or (field == "rawChildren" and nodes is not None):  # upstream sends rawChildren: []
                out[field] = [n if isinstance(n, dict) else n._serialize() for n in nodes if n]
            else:
                out.pop(field, None)
        return out


class DefaultScene(Scene):
    """A Scene with upstream's default staging as ``bgChildren``.

    The staging: grid (unless ``grid=False``), light stage, gamepad, hands, motion controllers,
    and a ``SceneCamera`` at [0, 5, 10] driven by ``SceneCameraControl``, with camera previews.
    ``bgChildren`` given here are appended after it.
    """

    def __init__(
        self, *children, rawChildren=None, htmlChildren=None, bgChildren=None, up=(0, 1, 0), grid=True, **kwargs
    ):
        staging = [
            Grid(key="grid") if grid else None,
            HemisphereLightStage(key="light-stage"),
            Gamepad(key="gamepad-0", index=0),
            Hands(fps=30, stream=True, key="hands"),
            MotionControllers(fps=30, stream=True, key="motion-controllers"),
            SceneCamera(key="SceneCamera", position=[0, 5, 10]),
            SceneCameraControl(key="SceneCameraControl", makeDefault=True),
            CameraPreviewThumbs(key="CameraPreviewThumbs"),
            CameraPreviewOverlay(key="CameraPreviewOverlay"),
            *(bgChildren or []),
        ]
        super().__init__(
            *children, rawChildren=rawChildren, htmlChildren=htmlChildren, bgChildren=staging, up=up, **kwargs
        )
