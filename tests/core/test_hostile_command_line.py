"""Hostile files on the real command line: every one is refused with exit status 2 and a
one-line Dutch message naming the file, no traceback, the database unchanged and the
command's peak memory within the documented bound (docs/security.md)."""

from __future__ import annotations

import io
import json
import sqlite3
import tarfile
import zipfile
from pathlib import Path

import pytest

from tests.conftest import run_regie

# docs/security.md: a refused input keeps a command under this peak memory (a command
# starts at about 55 MB; the billion-laughs file used to take over 1 GB).
MEMORY_BOUND_MB = 250

DOSSIER = "name: Vijandig\norganization: Gemeente Voorbeeld\n"
BOMB = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [" + ",".join([f"*{chr(97 + i)}"] * 9) + "]\n"
    for i in range(8))
DEEP_JSON = "[" * 100_000 + "]" * 100_000


def _deep_block(levels: int) -> str:
    return "".join("  " * i + "a:\n" for i in range(levels)) + "  " * levels + "b"


def _dossier_json(**fields) -> str:
    return json.dumps({"name": "Vijandig", "organization": "Gemeente Voorbeeld", **fields})


# (id, file name, content: str or bytes, expected words in the message)
DOSSIER_FILES = [
    ("alias-bomb", "bom.yaml", BOMB, "elementen"),
    ("deep-flow-yaml", "diep.yaml", "name: [" + "[" * 100_000, "genest"),
    ("deep-block-yaml", "diep2.yaml", _deep_block(300), "genest"),
    ("deep-json", "diep.json", DEEP_JSON, "genest"),
    ("huge-int-yaml", "getal.yaml", DOSSIER + "budget: " + "9" * 5000 + "\n", "te groot"),
    ("huge-int-json", "getal.json", '{"name": ' + "9" * 5000 + "}", "te groot"),
    ("int64-overflow", "getal2.yaml", DOSSIER + "x: 9223372036854775808\n", "te groot"),
    ("nan-json", "nan.json", '{"name": NaN}', "NaN"),
    ("nan-yaml", "nan.yaml", DOSSIER + "x: .nan\n", "NaN"),
    ("infinity-json", "inf.json", '{"name": 1e999}', "oneindig"),
    ("surrogate-json", "surrogaat.json", '{"name": "V", "purpose": "\\ud800"}', "U+D800"),
    ("surrogate-yaml", "surrogaat.yaml", DOSSIER + 'purpose: "\\ud800"\n', "YAML"),
    ("nul-escape-json", "nul.json", '{"name": "a\\u0000b", "organization": "G"}', "U+0000"),
    ("nul-byte", "nul.yaml", DOSSIER + "purpose: a\x00b\n", "NUL"),
    ("bidi-name", "bidi.yaml", "name: Toepassing\u202egnalrev\norganization: G\n", "U+202E"),
    ("zero-width-name", "zw.json", _dossier_json(name="Toe\u200bpassing"), "U+200B"),
    ("bidi-key", "bidisleutel.yaml", DOSSIER + "pur\u2066pose: x\n", "U+2066"),
    ("duplicate-key-yaml", "dubbel.yaml", DOSSIER + "name: Tweede\n", "twee keer"),
    ("duplicate-key-json", "dubbel.json", '{"name": "a", "name": "b"}', "twee keer"),
    ("oversize", "groot.yaml", DOSSIER + "purpose: " + "x" * (6 * 1024 * 1024) + "\n", "groter"),
    ("not-utf8", "latin1.yaml", b"name: caf\xe9\n", "UTF-8"),
    ("python-tag", "python.yaml", "name: !!python/object/apply:os.system [id]\n", "YAML"),
    ("recursive-alias", "lus.yaml", DOSSIER + "x: &x [*x]\n", "zichzelf"),
    ("binary-tag", "binair.yaml", DOSSIER + "x: !!binary aGVsbG8=\n", "type"),
    ("bad-date", "datum.yaml", DOSSIER + "x: 2024-13-45\n", "waarde"),
]


def _write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def _database_state(env: dict[str, str]) -> dict[str, int]:
    """Row count of every table of the command line's SQLite database."""
    with sqlite3.connect(Path(env["REGIE_DATA_DIR"]) / "regie.sqlite3") as connection:
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {table: connection.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
                for table in tables}


def _assert_refused(result, source: str | Path, words: str = "") -> None:
    assert result.returncode == 2, (result.returncode, result.stdout[-300:], result.stderr[-600:])
    assert "Traceback" not in result.stderr
    message = result.stderr.strip()
    assert len(message.splitlines()) == 1, message
    assert str(source) in message
    assert words in message, message
    assert result.max_rss_mb < MEMORY_BOUND_MB, f"{result.max_rss_mb:.0f} MB"


@pytest.mark.parametrize(("name", "content", "words"),
                         [case[1:] for case in DOSSIER_FILES], ids=[c[0] for c in DOSSIER_FILES])
def test_it_refuses_hostile_dossiers_when_evaluating(tmp_path, name, content, words):
    path = _write(tmp_path, name, content)
    _assert_refused(run_regie("evaluate", str(path), "--format", "json"), path, words)


@pytest.mark.parametrize("case", ["alias-bomb", "nul-escape-json", "bidi-name", "deep-json",
                                  "duplicate-key-yaml"])
def test_it_imports_no_hostile_dossier(cli_env, tmp_path, case):
    _id, name, content, words = next(c for c in DOSSIER_FILES if c[0] == case)
    path = _write(tmp_path, name, content)
    before = _database_state(cli_env)
    _assert_refused(run_regie("dossier", "import", str(path), env=cli_env), path, words)
    assert _database_state(cli_env) == before


def test_it_refuses_an_endless_device_without_reading_it(cli_env):
    _assert_refused(run_regie("evaluate", "/dev/zero"), "/dev/zero", "groter")
    before = _database_state(cli_env)
    _assert_refused(run_regie("register", "import", "/dev/zero", env=cli_env), "/dev/zero",
                    "groter")
    assert _database_state(cli_env) == before


def test_it_refuses_a_folder_given_as_a_file(tmp_path):
    _assert_refused(run_regie("evaluate", str(tmp_path)), tmp_path, "map")


# --- policy files --------------------------------------------------------------------------

POLICY_HEAD = "version: '9'\ntitle: Vijandig beleid\n"
RULE = ("rules:\n- id: r1\n  level: advice\n  message: m\n  sources: [x]\n"
        "  field: name\n  when: {ref: c19}\n")
# 2.5 kB of chained named conditions: each refers twice to the one before (2^20 leaf tests).
CHAINED = POLICY_HEAD + "conditions:\n  c0: {missing: name}\n" + "".join(
    f"  c{i}: {{all: [{{ref: c{i - 1}}}, {{ref: c{i - 1}}}]}}\n" for i in range(1, 20)) + RULE
NESTED = POLICY_HEAD + "rules:\n- id: r1\n  level: advice\n  message: m\n  sources: [x]\n" \
    "  field: name\n  when: " + "{not: " * 35 + "{missing: name}" + "}" * 35 + "\n"
POLICY_FILES = [
    ("chained-conditions", "keten.yaml", CHAINED, "te groot"),
    ("nested-conditions", "genest.yaml", NESTED, "genest"),
    ("alias-bomb", "bom.yaml", POLICY_HEAD + BOMB, "elementen"),
    ("oversize", "groot.yaml", POLICY_HEAD + "# " + "x" * 600_000 + "\n", "groter"),
    ("duplicate-rule-key", "dubbel.yaml", POLICY_HEAD + "title: Nog een\n", "twee keer"),
]


@pytest.mark.parametrize(("name", "content", "words"), [c[1:] for c in POLICY_FILES],
                         ids=[c[0] for c in POLICY_FILES])
def test_it_loads_no_hostile_policy(cli_env, tmp_path, name, content, words):
    path = _write(tmp_path, name, content)
    before = _database_state(cli_env)
    _assert_refused(run_regie("policy", "load", str(path), env=cli_env), path, words)
    assert _database_state(cli_env) == before


# --- instrument files and archives ---------------------------------------------------------

def _zip(tmp_path: Path, name: str, members: dict[str, bytes]) -> Path:
    path = tmp_path / name
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for member, data in members.items():
            archive.writestr(member, data)
    return path


def _tar(tmp_path: Path, name: str, *, link: bool = False, member: str = "x.yaml") -> Path:
    path = tmp_path / name
    with tarfile.open(path, "w:gz") as archive:
        info = tarfile.TarInfo(member)
        if link:
            info.type, info.linkname = tarfile.SYMTYPE, "/etc/passwd"
            archive.addfile(info)
        else:
            info.size = 4
            archive.addfile(info, io.BytesIO(b"a: 1"))
    return path


def _catalogue(tmp_path: Path, reference_dir: Path, schema: bytes) -> Path:
    """The official catalogue with one broken schema file, as a zip."""
    source = reference_dir / "algoritmekader"
    members = {f"ak/{p.relative_to(source).as_posix()}": p.read_bytes()
               for p in source.rglob("*") if p.is_file()}
    members["ak/schemas/schema_requirements.json"] = schema
    return _zip(tmp_path, "catalogus.zip", members)


ARCHIVES = {
    "zip-bomb": lambda tmp, ref: _zip(tmp, "bom.zip", {"requirements/a.yaml": b"0" * 50_000_000}),
    "zip-traversal": lambda tmp, ref: _zip(tmp, "pad.zip", {"../../etc/evil.yaml": b"a: 1"}),
    "zip-absolute": lambda tmp, ref: _zip(tmp, "abs.zip", {"/etc/evil.yaml": b"a: 1"}),
    "zip-many-members": lambda tmp, ref: _zip(
        tmp, "veel.zip", {f"requirements/{i}.yaml": b"a: 1" for i in range(2100)}),
    "tar-symlink": lambda tmp, ref: _tar(tmp, "link.tar.gz", link=True),
    "tar-traversal": lambda tmp, ref: _tar(tmp, "pad.tar.gz", member="../x.yaml"),
    "broken-schema": lambda tmp, ref: _catalogue(tmp, ref, b'{"type": 12}'),
    "schema-not-json": lambda tmp, ref: _catalogue(tmp, ref, b'{"type": '),
}
ARCHIVE_WORDS = {"zip-bomb": "zip-bom", "zip-traversal": "onveilig pad",
                 "zip-absolute": "onveilig pad", "zip-many-members": "meer dan",
                 "tar-symlink": "koppeling", "tar-traversal": "onveilig pad",
                 "broken-schema": "JSON Schema", "schema-not-json": "JSON"}


@pytest.mark.parametrize("case", list(ARCHIVES))
def test_it_loads_no_hostile_archive(cli_env, tmp_path, reference_dir, case):
    path = ARCHIVES[case](tmp_path, reference_dir)
    before = _database_state(cli_env)
    result = run_regie("instrument", "load", str(path), env=cli_env)
    _assert_refused(result, path, ARCHIVE_WORDS[case])
    assert _database_state(cli_env) == before


INSTRUMENT_FILES = [
    ("deep-nesting", "boom.yaml", "questions: " + "[" * 200_000, "genest"),
    ("alias-bomb", "boom2.yaml", BOMB, "elementen"),
    ("deep-json", "boom.json", DEEP_JSON, "genest"),
]


@pytest.mark.parametrize(("name", "content", "words"), [c[1:] for c in INSTRUMENT_FILES],
                         ids=[c[0] for c in INSTRUMENT_FILES])
def test_it_loads_no_hostile_instrument_file(cli_env, tmp_path, name, content, words):
    path = _write(tmp_path, name, content)
    before = _database_state(cli_env)
    _assert_refused(run_regie("instrument", "load", str(path), env=cli_env), path, words)
    assert _database_state(cli_env) == before


REGISTER_DUMPS = [
    ("duplicate-key", '{"algoritmes": [], "algoritmes": []}', "twee keer"),
    ("nan", '{"algoritmes": [{"id": NaN}]}', "NaN"),
    ("deep", DEEP_JSON, "genest"),
]


@pytest.mark.parametrize(("content", "words"), [c[1:] for c in REGISTER_DUMPS],
                         ids=[c[0] for c in REGISTER_DUMPS])
def test_it_imports_no_hostile_register_dump(cli_env, tmp_path, content, words):
    path = _write(tmp_path, "algoritmes.json", content)
    before = _database_state(cli_env)
    _assert_refused(run_regie("register", "import", str(path), env=cli_env), path, words)
    assert _database_state(cli_env) == before
