"""Declared props: what validation and the JSON Schema derive from, and image encoding."""

from __future__ import annotations

import base64
import io

import numpy as np
import pytest

import vuer_cli.schema as schema
from vuer_cli.schema import html
from vuer_cli.schema.types import check, json_schema


def _props(cls):
    return cls.declared_props()


def test_transform_props_are_declared_once_and_inherited():
    transform = {"position", "rotation", "quaternion", "scale", "matrix", "visible", "castShadow", "receiveShadow"}
    for cls in (schema.Box, schema.Group, schema.Urdf, schema.PointCloud, schema.Image, schema.CoordsMarker):
        assert transform <= set(_props(cls)), cls.__name__
    assert "position" not in vars(schema.Box) and "position" in vars(schema.Object3D)


def test_declared_props_of_a_few_classes():
    box = _props(schema.Box)
    assert {"args", "material", "materialType", "color", "wireframe"} <= set(box)
    assert box["args"][1].doc.startswith("[width, height, depth")
    assert {"vertices", "colors", "size", "precision"} <= set(_props(schema.PointCloud))
    assert {"vertices", "faces", "colors", "uv"} <= set(_props(schema.TriMesh))
    assert {"min", "max", "step", "value"} <= set(_props(schema.Slider))
    assert {"src", "jointValues", "workingPath", "packages"} <= set(_props(schema.Urdf))
    assert {"skyColor", "groundColor", "intensity", "helper", "hide"} <= set(_props(schema.HemisphereLight))
    assert set(_props(schema.Scene)) >= {"bgChildren", "up", "background"}


def test_every_declared_prop_has_a_doc_and_a_schema():
    for name in schema.__all__:
        cls = getattr(schema, name)
        if isinstance(cls, type) and issubclass(cls, schema.Element):
            for prop_name, (tp, prop) in cls.declared_props().items():
                assert prop.doc, f"{name}.{prop_name}"
                assert isinstance(json_schema(tp), dict)


@pytest.mark.parametrize(
    ("cls", "prop", "good", "bad"),
    [
        (schema.Box, "position", [[0, 1, 2], (0, 1, 2), np.array([0.0, 1.0, 2.0])], [[0, 1], "up", [0, 1, "x"]]),
        (schema.Box, "rotation", [[0, 1.57, 0], [0, 1.57, 0, "YXZ"]], [[0, 1], [0, 0, 0, 0]]),
        (schema.Box, "scale", [2, 0.5, [1, 2, 3], np.float32(2)], ["big", [1, 2]]),
        (schema.Box, "matrix", [list(range(16)), np.eye(4).flatten()], [[1, 2, 3]]),
        (schema.Box, "color", ["red", "#ff0000", 0xFF0000, [1, 0, 0]], [True, [1, 0]]),
        (schema.Box, "visible", [True, False], [1, "yes"]),
        (schema.Box, "args", [[1, 1, 1], (1, 2, 3, 4, 4, 4)], [["a"], 3]),
        (schema.Cone, "args", [[1, 1, 8, 1, False, 0, 3.14]], [["a"]]),
        (schema.Lathe, "args", [([[0, 0], [1, 0.5]], 32, 0, 6.28)], [3]),
        (schema.PointCloud, "vertices", [np.zeros((3, 3)), b"\x00\x00", [[0, 0, 0]], "points.npy"], [3.0]),
        (schema.PointCloud, "precision", ["float16", "float32"], ["float64"]),
        (schema.ViewportHud, "width", [200, "20%"], [True]),
        (schema.Slider, "value", [5, 0.5], ["5"]),
        (schema.Urdf, "jointValues", [{"j1": 0.5}], [[0.5]]),
        (schema.Gamepad, "index", [0, 1], [0.5]),
    ],
)
def test_check_accepts_what_upstream_passes(cls, prop, good, bad):
    tp = cls.declared_props()[prop][0]
    for value in good:
        assert check(value, tp), (prop, value)
    for value in bad:
        assert not check(value, tp), (prop, value)


def test_json_schema_of_representative_props():
    props = schema.Box.declared_props()
    assert json_schema(props["visible"][0]) == {"type": "boolean"}
    assert json_schema(props["material"][0]) == {"type": "object"}
    assert json_schema(props["args"][0]) == {"type": "array", "items": {"type": "number"}}
    assert json_schema(props["matrix"][0]) == {
        "type": "array",
        "items": {"type": "number"},
        "minItems": 16,
        "maxItems": 16,
    }
    scale = json_schema(props["scale"][0])
    assert {"type": "number"} in scale["anyOf"]
    assert json_schema(schema.PointCloud.declared_props()["precision"][0]) == {"enum": ["float16", "float32"]}
    assert json_schema(schema.ViewportHud.declared_props()["width"][0]) == {
        "anyOf": [{"type": "number"}, {"type": "string"}]
    }


# ---- images ---------------------------------------------------------------------------

PIXELS = (np.arange(4 * 5 * 3).reshape(4, 5, 3) * 3).astype(np.uint8)


def _decode(data: bytes) -> np.ndarray:
    from PIL import Image as PILImage

    with PILImage.open(io.BytesIO(data)) as img:
        return np.asarray(img)


def test_png_without_pillow_decodes_to_the_same_pixels(monkeypatch):
    monkeypatch.setattr(html, "_pillow", lambda: None)
    for pixels in (PIXELS, PIXELS[:, :, 0], np.dstack([PIXELS, PIXELS[:, :, :1]])):
        src = schema.Img(pixels, key="i").src
        np.testing.assert_array_equal(_decode(src), pixels)
    with pytest.raises(ImportError, match="Pillow"):
        schema.Img(PIXELS, format="jpeg")


def test_float_images_are_read_as_0_to_1():
    img = schema.Img(np.full((2, 2, 3), 0.5), key="i")
    assert (_decode(img.src) == 127).all()


def test_b64_formats_give_data_urls():
    url = schema.Img(PIXELS, format="b64png", key="i").src
    assert url.startswith("data:image/png;base64,")
    np.testing.assert_array_equal(_decode(base64.b64decode(url.split(",", 1)[1])), PIXELS)
    assert schema.Img(PIXELS, format="b64jpeg", key="i").src.startswith("data:image/jpeg;base64,")


def test_jpeg_and_quality():
    high = schema.Img(PIXELS, format="jpeg", quality=95, key="i").src
    low = schema.Img(PIXELS, format="jpeg", quality=5, key="i").src
    assert high[:2] == b"\xff\xd8" and len(low) < len(high)


def test_image_from_file_and_pil(tmp_path):
    from PIL import Image as PILImage

    path = tmp_path / "img.png"
    PILImage.fromarray(PIXELS).save(path)
    for data in (str(path), path, PILImage.fromarray(PIXELS)):
        image = schema.Image(data, key="im")
        np.testing.assert_array_equal(_decode(image.rgb), PIXELS)
        assert image.aspect == 5 / 4 and image.height == pytest.approx(0.004)
        assert "src" not in image._serialize() and "_width" not in image._serialize()
