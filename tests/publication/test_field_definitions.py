"""Regie's built-in v1.0 field definitions are exactly the official ones."""

import json

import pytest

from regie.core.errors import InputError
from regie.publication.standard import FIELDS, definitions_from_json, load_definitions


def test_it_matches_the_official_v1_0_definitions(reference_dir):
    official = load_definitions(reference_dir / "algoritmeregister" / "v1_0.json")
    assert list(official) == list(FIELDS)
    for name, definition in official.items():
        assert FIELDS[name] == definition, name


def test_it_reads_every_constraint_the_official_file_states(reference_dir):
    raw = json.loads((reference_dir / "algoritmeregister" / "v1_0.json").read_text())
    for name, spec in raw["properties"].items():
        ours = FIELDS[name]
        assert ours.type == spec["type"]
        assert ours.max_length == spec.get("max_length")
        assert list(ours.permitted_values) == spec.get("permitted_values", [])
        assert ours.required == (spec.get("required") in (True, "true"))
        assert sorted(i.name for i in ours.items) == sorted(spec.get("items", {}))


def test_it_refuses_a_file_that_is_not_a_definition(tmp_path):
    path = tmp_path / "v1_0.json"
    path.write_text('{"properties": [1, 2]}')
    with pytest.raises(InputError, match="properties"):
        load_definitions(path)
    with pytest.raises(InputError, match="bestaat niet"):
        load_definitions(tmp_path / "missing.json")
    assert (
        definitions_from_json({"properties": {"x": {"type": "string", "required": "true"}}})[
            "x"
        ].required
        is True
    )
