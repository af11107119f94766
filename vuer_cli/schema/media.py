"""Images, video and backgrounds in the scene.

The image-based classes build on ``Img``: their first positional argument is the image (a
numpy array, PIL image or file path, encoded as ``Img`` does), not a child; or pass ``src=``.
"""

from __future__ import annotations

from .base import SceneElement
from .geometry import Object3D
from .html import Img
from .types import Color, Url, prop

__all__ = [
    "Image",
    "SceneBackground",
    "ImageBackground",
    "HUDPlane",
    "VideoMaterial",
    "WebRTCVideoMaterial",
    "VideoPlane",
    "WebRTCVideoPlane",
    "StereoVideoPlane",
    "WebRTCStereoVideoPlane",
]


class HUDPlane(Object3D):
    """A quad that keeps facing the camera at a set distance (geometry only)."""

    tag = "HUDPlane"
    distanceToCamera: float = prop("Distance from the camera (default 10).")
    aspect: float = prop("Aspect ratio, width / height.")
    height: float = prop("Height in world units.")
    fixed: bool = prop("Stay fixed in screen space.")
    layers: int = prop("Render layer (for XR).")
    side: int = prop("Faces drawn: 0 front, 1 back, 2 both.")


class _VideoPlane(HUDPlane):
    """Props of the camera-facing video planes."""

    loop: bool = prop("Loop the video (default true).")
    autoplay: bool = prop("Start playing at once (default true).")
    start: bool = prop("Start playback.")
    unsuspend: str = prop("Suspense mode of the video texture.")


class _Stereo(_VideoPlane):
    """Props of the stereo video planes."""

    layout: str = prop("Stereo layout: 'side-by-side' (default) or 'top-bottom'.")


class _WebRTC(SceneElement):
    """Props of the WebRTC stream elements."""

    stream: str | dict = prop("WebRTC media stream id or configuration.")


class Image(Img, Object3D):
    """An image on a plane in the scene; the image goes out as ``rgb``.

    Built from an array or file, its ``aspect`` and ``height`` (1 mm per pixel) are filled in
    unless given.
    """

    tag = "Image"
    rgb: Url | bytes = prop("The image: URL, data URL or encoded bytes (``src`` is renamed to this).")
    alpha: Url | bytes = prop("Alpha mask image.")
    aspect: float = prop("Aspect ratio, width / height.")
    height: float = prop("Height in world units.")
    opacity: float = prop("Opacity, 0..1.")
    interpolate: bool = prop("Smooth the texture when magnified.")
    side: int = prop("Faces drawn: 0 front, 1 back, 2 both.")
    wireframe: bool = prop("Draw as wireframe.")
    placeholderColor: Color = prop("Colour shown while loading.")

    def __post_init__(self, src=None, _width=None, _height=None, **kwargs):
        if src is not None:
            self.rgb = self.__dict__.pop("src")
        if _width is not None and _height is not None:
            if self.__dict__.get("aspect") is None:
                self.aspect = _width / _height
            if self.__dict__.get("height") is None:
                self.height = _height * 0.001


class SceneBackground(Img, SceneElement):
    """A static image (or HDRI) as the scene's background."""

    tag = "SceneBackground"
    backgroundIntensity: float = prop("Background intensity.")
    backgroundBlurriness: float = prop("Background blur, 0..1.")


class ImageBackground(Img, HUDPlane):
    """A camera-facing image plane as background; suits fast-changing images."""

    tag = "ImageBackground"
    geometry: str = prop("Shape of the background surface.")
    alphaSrc: Url | bytes = prop("Alpha mask image.")
    depthSrc: Url | bytes = prop("Depth image, to displace the plane.")
    distance: float = prop("Distance from the camera.")
    opacity: float = prop("Opacity, 0..1.")
    interpolate: bool = prop("Smooth the texture when magnified.")
    depthScale: float = prop("Depth displacement scale.")
    depthBias: float = prop("Depth displacement bias.")
    wireframe: bool = prop("Draw as wireframe.")


class VideoMaterial(Img, SceneElement):
    """A material playing a video, for a parent mesh."""

    tag = "VideoMaterial"
    loop: bool = prop("Loop the video (default true).")
    autoplay: bool = prop("Start playing at once (default true).")


class WebRTCVideoMaterial(Img, _WebRTC):
    """A material showing a live WebRTC video stream."""

    tag = "WebRTCVideoMaterial"


class VideoPlane(Img, _VideoPlane):
    """A camera-facing plane playing a video."""

    tag = "VideoPlane"


class WebRTCVideoPlane(_WebRTC, HUDPlane):
    """A camera-facing plane showing a WebRTC stream."""

    tag = "WebRTCVideoPlane"


class StereoVideoPlane(Img, _Stereo):
    """A camera-facing plane playing a stereo video, one half per eye."""

    tag = "StereoVideoPlane"


class WebRTCStereoVideoPlane(_WebRTC, _Stereo):
    """A camera-facing plane showing a stereo WebRTC stream."""

    tag = "WebRTCStereoVideoPlane"
