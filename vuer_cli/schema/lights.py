"""Lights and the scene's environment: light stages, shadows, fog, background colour."""

from __future__ import annotations

from .base import SceneElement
from .geometry import Object3D
from .types import Color, Vec3, prop

__all__ = [
    "Light",
    "AmbientLight",
    "DirectionalLight",
    "PointLight",
    "SpotLight",
    "HemisphereLight",
    "RectAreaLight",
    "HemisphereLightStage",
    "AmbientLightStage",
    "Stage",
    "RandomizedLight",
    "AccumulativeShadows",
    "Fog",
    "BackgroundColor",
]


class Light(Object3D):
    """Base of the three.js lights."""

    color: Color = prop("Light colour (default white).")
    intensity: float = prop("Light intensity.")
    helper: bool = prop("Draw a helper showing the light.")


class AmbientLight(Light):
    """Uniform light from every direction; no shadows."""

    tag = "AmbientLight"


class DirectionalLight(Light):
    """Parallel light from far away, like the sun; position gives the direction."""

    tag = "DirectionalLight"


class PointLight(Light):
    """Light from a point in every direction, fading with distance."""

    tag = "PointLight"
    radius: float = prop("Radius of the sphere drawn when showSphere is set.")
    showSphere: bool = prop("Draw a sphere at the light.")
    distance: float = prop("Range of the light (0: unlimited).")
    decay: float = prop("How fast it fades with distance.")


class SpotLight(Light):
    """A cone of light."""

    tag = "SpotLight"
    distance: float = prop("Range of the light (0: unlimited).")
    angle: float = prop("Cone half-angle in radians (at most pi/2).")
    penumbra: float = prop("Softness of the cone's edge, 0..1.")
    decay: float = prop("How fast it fades with distance.")


class HemisphereLight(Light):
    """Sky light from above and ground light from below."""

    tag = "HemisphereLight"
    skyColor: Color = prop("Colour from above.")
    groundColor: Color = prop("Colour from below.")


class RectAreaLight(Light):
    """Light from a rectangle (a window, a light panel)."""

    tag = "RectAreaLight"
    width: float = prop("Width of the panel.")
    height: float = prop("Height of the panel.")
    lookAt: Vec3 = prop("Point the panel faces.")


class HemisphereLightStage(SceneElement):
    """The default lighting: a hemisphere light plus a shadow-casting directional light."""

    tag = "HemisphereLightStage"
    skyColor: Color = prop("Hemisphere sky colour.")
    groundColor: Color = prop("Hemisphere ground colour.")
    hemiIntensity: float = prop("Hemisphere light intensity.")
    dirColor: Color = prop("Directional light colour.")
    dirIntensity: float = prop("Directional light intensity.")
    dirPosition: Vec3 = prop("Directional light position.")
    castShadow: bool = prop("Whether the directional light casts shadows.")


class AmbientLightStage(HemisphereLightStage):
    """A lighting stage based on ambient light."""

    tag = "AmbientLightStage"
    something: bool = prop("A configuration flag (upstream documents it so).")


class Stage(Object3D):
    """A ready-made studio set-up: lights, shadows and environment around its children."""

    tag = "Stage"
    preset: str = prop("Lighting preset, e.g. 'rembrandt', 'portrait', 'upfront', 'soft'.")
    intensity: float = prop("Light intensity.")
    shadows: bool | str | dict = prop("Shadow kind, or false for none.")
    adjustCamera: bool | float = prop("Fit the camera to the children.")
    environment: str | dict = prop("Environment preset, e.g. 'city'.")


class RandomizedLight(Object3D):
    """Several jiggled lights, for soft shadows (paired with AccumulativeShadows)."""

    tag = "RandomizedLight"
    frames: int = prop("Frames to jiggle over (inherited from AccumulativeShadows).")
    radius: float = prop("Jiggle radius; larger is softer.")
    amount: int = prop("Number of lights.")
    intensity: float = prop("Light intensity.")
    ambient: float = prop("Ambient occlusion factor; lower is less.")
    bias: float = prop("Shadow bias.")
    mapSize: int = prop("Shadow map size.")
    size: float = prop("Size of the shadow camera.")
    near: float = prop("Shadow camera near plane.")
    far: float = prop("Shadow camera far plane.")


class AccumulativeShadows(Object3D):
    """A y-up shadow catcher that accumulates soft shadows over frames."""

    tag = "AccumulativeShadows"
    frames: int = prop("Frames to render; more is cleaner.")
    blend: int = prop("Refresh ratio when frames is unlimited.")
    limit: int = prop("Frame limit when frames is unlimited.")
    temporal: bool = prop("Accumulate over time instead of at once.")
    opacity: float = prop("Opacity of the shadow plane.")
    alphaTest: float = prop("Alpha threshold.")
    color: Color = prop("Shadow colour.")
    colorBlend: float = prop("How much colours turn to black.")
    resolution: int = prop("Buffer resolution.")


class Fog(SceneElement):
    """Fog that fades distant objects (attached to the scene; takes no children)."""

    tag = "fog"
    key = "fog"
    attach: str = prop("Where it attaches on the scene; the client knows it (never sent).", default="fog")
    color: Color = prop("Fog colour.")
    near: float = prop("Distance where the fog starts.")
    far: float = prop("Distance where the fog is complete.")

    def __init__(self, *children, **kwargs):
        if children or kwargs.get("children"):
            raise TypeError("Fog takes no children")
        super().__init__(**kwargs)


class BackgroundColor(SceneElement):
    """A solid background colour."""

    tag = "BackgroundColor"
    color: Color = prop("Background colour (default '#131416').", default="#131416")

    def __init__(self, color="#131416", **kwargs):
        super().__init__(color=color, **kwargs)
