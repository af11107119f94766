"""DepthPointCloud takes numpy arrays from a camera loop and sends PNGs the client decodes."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from vuer_cli.schema import DepthPointCloud


def _pixels(data: bytes) -> tuple[str, np.ndarray]:
    with Image.open(io.BytesIO(data)) as img:
        return img.mode, np.array(img)


def test_uint16_depth_is_sent_as_a_16_bit_png_of_the_same_units():
    depth = np.array([[0, 1, 1000], [65535, 30000, 2]], np.uint16)
    mode, back = _pixels(DepthPointCloud(key="d", depth=depth).depth)
    assert mode.startswith("I;16") and back.dtype == np.uint16
    assert (back == depth).all()


def test_float_depth_is_metres_over_depth_unit_nan_and_negatives_are_no_depth():
    metres = np.array([[1.0, 0.0005, np.nan], [-2.0, 100.0, 2.5]], np.float32)
    _, mm = _pixels(DepthPointCloud(key="d", depth=metres).depth)
    assert mm.tolist() == [[1000, 0, 0], [0, 65535, 2500]]  # 0.5 mm rounds to 0; 100 m clips
    _, cm = _pixels(DepthPointCloud(key="d", depth=metres, depthUnit=0.01).depth)
    assert cm.tolist() == [[100, 0, 0], [0, 10000, 250]]


def test_rgb_array_is_a_png_and_urls_pass_through():
    rgb = np.zeros((2, 3, 3), np.uint8)
    rgb[0, 0] = (255, 0, 0)
    cloud = DepthPointCloud(key="d", depth="depth.png", rgb=rgb)
    assert cloud.depth == "depth.png"
    mode, back = _pixels(cloud.rgb)
    assert mode == "RGB" and back[0, 0].tolist() == [255, 0, 0]
    assert set(cloud._serialize()) == {"key", "tag", "depth", "rgb"}


@pytest.mark.parametrize("bad", [np.zeros((2, 2, 3), np.uint16), np.array(["a", "b"])])
def test_a_depth_that_is_not_an_image_of_numbers_is_refused(bad):
    with pytest.raises(ValueError, match="DepthPointCloud: depth must"):
        DepthPointCloud(key="d", depth=bad)
