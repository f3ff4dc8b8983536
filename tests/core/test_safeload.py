"""The bounded loader itself: the official files load as before, hostile documents are
refused by both YAML composers (libyaml-tokenised and pure Python)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
import yaml

from regie.core import safeload
from tests.core.test_hostile_command_line import BOMB

LOADERS = [loader for loader in (getattr(safeload, "_FastLoader", None),
                                 safeload._PythonLoader) if loader is not None]


@pytest.fixture(params=LOADERS, ids=lambda loader: loader.__name__)
def loader(request, monkeypatch):
    monkeypatch.setattr(safeload, "_Loader", request.param)
    return request.param


def _plain(value):
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value.isoformat() if isinstance(value, dt.date) else value


def test_it_reads_every_official_yaml_file_as_pyyaml_does(loader, reference_dir):
    files = sorted(reference_dir.rglob("*.yaml"))
    assert len(files) > 150
    for path in files:
        expected = _plain(yaml.safe_load(path.read_text(encoding="utf-8")))
        assert safeload.load_file(path, fmt="yaml") == expected, path


def test_it_keeps_anchors_and_merge_keys_within_the_bounds(loader):
    text = "base: &b {x: 1, y: 2}\nitems: [*b, *b]\nmerged:\n  <<: *b\n  x: 3\n"
    assert safeload.load_text(text) == {
        "base": {"x": 1, "y": 2}, "items": [{"x": 1, "y": 2}, {"x": 1, "y": 2}],
        "merged": {"x": 3, "y": 2}}


@pytest.mark.parametrize(("text", "words"), [
    (BOMB, "elementen"),
    ("a: " + "[" * 50_000, "genest"),
    ("a: &a [1]\n" + "".join(f"b{i}: &b{i} [*{'a' if i == 0 else f'b{i - 1}'}]\n"
                             for i in range(45)), "genest"),
    ("a: &a [*a]", "zichzelf"),
    ("a: *nergens", "verwijzing"),
    ("a: 1\na: 2", "twee keer"),
    ("a: " + "9" * 50, "te groot"),
    ("a: .inf", "oneindig"),
    ("1: x", "geen tekst"),
    ("? [1, 2]\n: x", "YAML"),
    ("a: !!python/name:os.system", "YAML"),
])
def test_it_refuses_hostile_yaml_in_either_composer(loader, text, words):
    with pytest.raises(safeload.LoadError, match=words):
        safeload.load_text(text, source="x.yaml")


def test_it_names_the_field_of_bad_text():
    with pytest.raises(safeload.LoadError) as refused:
        safeload.load_text('{"owner": {"name": "a\\u202eb"}}', source="d.json")
    assert str(refused.value) == ("d.json: veld 'owner.name': tekst bevat een niet-toegestaan "
                                  "teken (U+202E: stuurteken, richtingsteken of losse surrogaat)")


def test_it_allows_ordinary_text_and_refuses_invisible_characters_in_names():
    text = "Zoë's café\tmet emoji 👩‍💻 en Arabisch مرحبا\n"
    assert safeload.load_text(json.dumps({"purpose": text}, ensure_ascii=False)) == {
        "purpose": text}
    safeload.check_name("Gemeente 's-Hertogenbosch", field="organization")
    for bad in ("a\u200bb", "a\u00adb", "a\nb", "a\u2066b", "\ufeffa"):
        with pytest.raises(safeload.LoadError):
            safeload.check_name(bad, field="name")
