"""Odds and ends: frame capture and loading external component libraries."""

from __future__ import annotations

from .base import SceneElement
from .types import Url, prop

__all__ = ["GrabRender", "ContribLoader"]


class GrabRender(SceneElement):
    """Lets the server grab the rendered frame (upstream's grab_render RPC needs it in the scene)."""

    tag = "GrabRender"
    key = "DEFAULT"


class ContribLoader(SceneElement):
    """Loads an external UMD component library into the client (it reaches React, THREE, VUER as globals)."""

    tag = "ContribLoader"
    url: Url = prop("URL of the library (instead of library/version/main).")
    library: str = prop("npm package name.")
    version: str = prop("Package version.", default="latest")
    main: str = prop("Entry point inside the package (a UMD module).", default="dist/index.js")
    dev: bool = prop("Development mode: load from third_party/ with cache busting.", default=False)
    devMode: bool = prop("Development mode (the client's name for dev).")
