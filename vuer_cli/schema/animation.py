"""Animation: keyframe clips and tracks, and their playback."""

from __future__ import annotations

from typing import Any

from .base import SceneElement
from .types import prop

__all__ = ["AnimationClip", "VectorTrack", "QuaternionTrack", "ThreeAnimate", "PlaybackAnimate", "TimelineControls"]


class AnimationClip(SceneElement):
    """An animation clip; its children are the tracks."""

    tag = "AnimationClip"
    duration: float = prop("Length in seconds.")
    name: str = prop("Name of the clip.")


class VectorTrack(SceneElement):
    """Keyframes of a vector property (e.g. position)."""

    tag = "VectorTrack"
    name: str = prop("The animated property, e.g. '.position'.")
    times: list[float] = prop("Keyframe times in seconds.")
    values: list[Any] = prop("Keyframe values, one vector per time (or flat).")


class QuaternionTrack(VectorTrack):
    """Keyframes of a rotation, as quaternions [x, y, z, w]."""

    tag = "QuaternionTrack"


class ThreeAnimate(SceneElement):
    """Plays the clips of its children with three.js's animation mixer."""

    tag = "ThreeAnimate"
    clipIndex: int = prop("Index of the clip to play.")
    play: bool = prop("Whether it plays.")
    speed: float = prop("Playback speed factor.")


class PlaybackAnimate(ThreeAnimate):
    """Plays back recorded animation clips."""

    tag = "PlaybackAnimate"


class TimelineControls(SceneElement):
    """A timeline slider that sends the current time to the server."""

    tag = "TimelineControls"
    start: float = prop("First time (default 0).")
    end: float = prop("Last time.")
    stepSize: float = prop("Step between times (default 1).")
    play: bool = prop("Play at start.")
