"""Bulk arrays: the byte encodings upstream's client reads, plus opt-in float32."""

from __future__ import annotations

import numpy as np
import pytest

from vuer_cli.schema import PointCloud, TriMesh

rng = np.random.default_rng(7)
VERTICES = rng.normal(size=(100, 3))
FACES = rng.integers(0, 100, size=(40, 3))
UV = rng.random((100, 2))


def test_pointcloud_vertices_are_float16_bytes():
    node = PointCloud(vertices=VERTICES, key="pc")._serialize()
    assert node["vertices"] == np.asarray(VERTICES).astype(np.float16).tobytes()
    assert len(node["vertices"]) == VERTICES.size * 2
    assert "precision" not in node  # upstream's shape


def test_float_colors_are_scaled_to_uint8_without_touching_the_callers_array():
    colors = rng.random((100, 3))
    before = colors.copy()
    node = PointCloud(vertices=VERTICES, colors=colors, key="pc")._serialize()
    assert node["colors"] == (before * 255).astype(np.uint8).tobytes()
    np.testing.assert_array_equal(colors, before)  # upstream multiplies it in place


def test_rgba_colors_are_cut_to_rgb():
    rgba = rng.integers(0, 256, size=(100, 4), dtype=np.uint8)
    node = PointCloud(vertices=VERTICES, colors=rgba, key="pc")._serialize()
    assert node["colors"] == rgba[:, :3].tobytes()
    assert len(node["colors"]) == 300


def test_integer_colors_are_read_as_0_to_255():
    node = PointCloud(vertices=VERTICES[:2], colors=[[255, 0, 0], [0, 128, 255]], key="pc")._serialize()
    assert node["colors"] == bytes([255, 0, 0, 0, 128, 255])


def test_trimesh_encodings():
    colors = rng.random((100, 3)).astype(np.float32)
    node = TriMesh(vertices=VERTICES, faces=FACES, colors=colors, uv=UV, key="tm")._serialize()
    assert node["vertices"] == np.asarray(VERTICES).astype(np.float16).tobytes()
    assert node["faces"] == np.asarray(FACES).astype(np.uint32).tobytes()
    assert node["colors"] == (colors * 255).astype(np.uint8).tobytes()
    assert node["uv"] == np.asarray(UV).astype(np.float16).tobytes()


def test_lists_are_converted_with_numpy():
    verts = [[0.0, 1.0, 2.0], [3.0, 4.0, 5.0]]
    node = TriMesh(vertices=verts, faces=[[0, 1, 1]], key="tm")._serialize()
    assert node["vertices"] == np.asarray(verts).astype(np.float16).tobytes()
    assert node["faces"] == np.asarray([[0, 1, 1]]).astype(np.uint32).tobytes()


def test_encoded_bytes_pass_through():
    raw = np.asarray(VERTICES).astype(np.float16).tobytes()
    node = PointCloud(vertices=raw, colors=b"\x01\x02\x03", key="pc")._serialize()
    assert node["vertices"] == raw
    assert node["colors"] == b"\x01\x02\x03"


def test_npy_path(tmp_path):
    path = tmp_path / "points.npy"
    np.save(path, VERTICES)
    node = PointCloud(vertices=str(path), key="pc")._serialize()
    assert node["vertices"] == VERTICES.astype(np.float16).tobytes()


def test_float32_precision_is_opt_in_and_announced():
    node = TriMesh(vertices=VERTICES, faces=FACES, uv=UV, precision="float32", key="tm")._serialize()
    assert node["precision"] == "float32"
    assert node["vertices"] == np.asarray(VERTICES).astype(np.float32).tobytes()
    assert node["uv"] == np.asarray(UV).astype(np.float32).tobytes()
    assert node["faces"] == np.asarray(FACES).astype(np.uint32).tobytes()
    pc = PointCloud(vertices=VERTICES, precision="float32", key="pc")._serialize()
    assert pc["precision"] == "float32" and len(pc["vertices"]) == VERTICES.size * 4


def test_explicit_float16_adds_no_key():
    assert "precision" not in PointCloud(vertices=VERTICES, precision="float16", key="pc")._serialize()


def test_unknown_precision_is_refused():
    with pytest.raises(ValueError, match="precision"):
        PointCloud(vertices=VERTICES, precision="float64")


def test_missing_vertices_are_left_out_instead_of_crashing():
    assert PointCloud(key="pc")._serialize() == {"key": "pc", "tag": "PointCloud"}
    assert PointCloud(vertices=None, size=1, key="pc")._serialize() == {"key": "pc", "tag": "PointCloud", "size": 1}
    assert TriMesh(vertices=None, faces=None, key="tm")._serialize() == {"key": "tm", "tag": "TriMesh"}
