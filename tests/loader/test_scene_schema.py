"""The committed JSON Schema is the catalog's, and the gallery's scenes satisfy it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from vuer_cli.scene_schema import REGENERATE, scene_file_schema, schema_text

ROOT = Path(__file__).resolve().parents[2]
COMMITTED = ROOT / "vuer-scene.schema.json"
SCENES = ROOT / "scenes"


def test_committed_schema_matches_the_catalog():
    assert COMMITTED.is_file(), f"vuer-scene.schema.json is missing; run `{REGENERATE}`"
    assert COMMITTED.read_text() == schema_text(), f"vuer-scene.schema.json drifted from the catalog; run `{REGENERATE}`"


def test_every_catalog_tag_is_in_the_schema():
    from vuer_cli.schema import registry

    schema = scene_file_schema()
    tags = set(schema["$defs"]["element"]["properties"]["tag"]["enum"])
    assert tags == set(registry) - {"Scene"}
    assert set(schema["$defs"]["compact"]["properties"]) == tags


jsonschema = pytest.importorskip("jsonschema")


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(COMMITTED.read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.mark.parametrize("name", sorted(p.name for p in SCENES.glob("*.yaml")) + ["../tests/loader/fixtures/upstream_dump.json"])
def test_gallery_scenes_satisfy_the_schema(validator, name):
    doc = yaml.safe_load((SCENES / name).read_text())
    errors = [e.message for e in validator.iter_errors(doc)]
    assert errors == []


@pytest.mark.parametrize(
    "doc",
    [
        {"scene": {"children": [{"Box": {"position": "up"}}]}},
        {"scene": {"children": [{"tag": "Box", "args": "one"}]}},
        {"scene": {"children": [{"NoSuchTag": {}}]}},
        {"scnee": {}},
        {"scene": {}, "server": {"port": "eighty"}},
        {"scene": {}, "handlers": {"ON_CLICK": "no-function-here"}},
    ],
)
def test_the_schema_flags_what_the_loader_refuses(validator, doc):
    assert list(validator.iter_errors(doc)), doc
