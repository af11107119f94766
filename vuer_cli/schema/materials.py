"""three.js materials, as children of a ``mesh`` (lowercase three.js intrinsic tags).

Any three.js material prop may be given; the common ones are declared on ``Material``.
"""

from __future__ import annotations

from .base import Element
from .types import Color, Url, prop

__all__ = [
    "Material",
    "LineBasicMaterial",
    "LineDashedMaterial",
    "MeshBasicMaterial",
    "MeshDepthMaterial",
    "MeshDistanceMaterial",
    "MeshLambertMaterial",
    "MeshMatcapMaterial",
    "MeshNormalMaterial",
    "MeshPhongMaterial",
    "MeshPhysicalMaterial",
    "MeshStandardMaterial",
    "MeshToonMaterial",
    "PointsMaterial",
    "RawShaderMaterial",
    "ShaderMaterial",
    "ShadowMaterial",
    "SpriteMaterial",
]


class Material(Element):
    """A three.js material (the base ``material`` tag); the props of all materials."""

    tag = "material"
    attach: str = prop("Where it attaches on the parent (default 'material').")
    color: Color = prop("Colour.")
    opacity: float = prop("Opacity, 0..1 (needs transparent).")
    transparent: bool = prop("Enable transparency.")
    wireframe: bool = prop("Draw as wireframe.")
    side: int = prop("Faces drawn: 0 front, 1 back, 2 both.")
    depthTest: bool = prop("Test against the depth buffer.")
    depthWrite: bool = prop("Write to the depth buffer.")
    vertexColors: bool = prop("Use the geometry's vertex colours.")
    toneMapped: bool = prop("Apply tone mapping.")
    map: Url = prop("Colour texture.")


class LineBasicMaterial(Material):
    """Lines in one colour."""

    tag = "lineBasicMaterial"
    linewidth: float = prop("Line width (most platforms draw 1).")


class LineDashedMaterial(LineBasicMaterial):
    """Dashed lines."""

    tag = "lineDashedMaterial"
    dashSize: float = prop("Length of a dash.")
    gapSize: float = prop("Length of a gap.")
    scale: float = prop("Scale of dashes and gaps.")


class MeshBasicMaterial(Material):
    """Unlit colour or texture."""

    tag = "meshBasicMaterial"


class MeshDepthMaterial(Material):
    """Shades by depth."""

    tag = "meshDepthMaterial"


class MeshDistanceMaterial(Material):
    """Distance from a point (point-light shadows)."""

    tag = "meshDistanceMaterial"


class MeshLambertMaterial(Material):
    """Matte, non-shiny surfaces."""

    tag = "meshLambertMaterial"
    emissive: Color = prop("Emitted colour.")
    emissiveIntensity: float = prop("Emitted intensity.")


class MeshMatcapMaterial(Material):
    """Shading baked in a matcap texture."""

    tag = "meshMatcapMaterial"
    matcap: Url = prop("The matcap texture.")


class MeshNormalMaterial(Material):
    """Colours by surface normal."""

    tag = "meshNormalMaterial"


class MeshPhongMaterial(MeshLambertMaterial):
    """Shiny surfaces with specular highlights."""

    tag = "meshPhongMaterial"
    specular: Color = prop("Specular colour.")
    shininess: float = prop("Shininess (default 30).")
    flatShading: bool = prop("Flat shading.")


class MeshStandardMaterial(MeshLambertMaterial):
    """Physically based metal/roughness surfaces."""

    tag = "meshStandardMaterial"
    metalness: float = prop("0 dielectric .. 1 metal.")
    roughness: float = prop("0 mirror .. 1 rough.")
    flatShading: bool = prop("Flat shading.")
    envMapIntensity: float = prop("Strength of the environment map.")


class MeshPhysicalMaterial(MeshStandardMaterial):
    """MeshStandardMaterial plus clearcoat, transmission, sheen, ..."""

    tag = "meshPhysicalMaterial"
    clearcoat: float = prop("Clearcoat layer strength.")
    clearcoatRoughness: float = prop("Clearcoat roughness.")
    transmission: float = prop("Transmission (glass), 0..1.")
    thickness: float = prop("Thickness, for transmission.")
    ior: float = prop("Index of refraction.")
    reflectivity: float = prop("Reflectivity.")


class MeshToonMaterial(Material):
    """Cartoon (cel) shading."""

    tag = "meshToonMaterial"
    gradientMap: Url = prop("Gradient texture of the shading steps.")


class PointsMaterial(Material):
    """Points."""

    tag = "pointsMaterial"
    size: float = prop("Point size.")
    sizeAttenuation: bool = prop("Shrink points with distance.")


class ShaderMaterial(Material):
    """A custom GLSL shader (three.js adds its built-in uniforms and attributes)."""

    tag = "shaderMaterial"
    vertexShader: str = prop("GLSL vertex shader.")
    fragmentShader: str = prop("GLSL fragment shader.")
    uniforms: dict = prop("Uniforms: name -> {value: ...}.")
    defines: dict = prop("#define values.")


class RawShaderMaterial(ShaderMaterial):
    """A custom GLSL shader without three.js's built-ins."""

    tag = "rawShaderMaterial"


class ShadowMaterial(Material):
    """Invisible except for the shadows it receives."""

    tag = "shadowMaterial"


class SpriteMaterial(Material):
    """For sprites."""

    tag = "spriteMaterial"
    rotation: float = prop("Sprite rotation in radians.")
    sizeAttenuation: bool = prop("Shrink with distance.")
