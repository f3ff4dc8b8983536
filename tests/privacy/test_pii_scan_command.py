"""`regie pii scan`: the real command line in a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import REPO, run_regie

TEXT = "Mevrouw J. de Vries, BSN 111222333, mail j.devries@example.nl"


def test_it_prints_the_json_contract(tmp_path):
    source = tmp_path / "brief.txt"
    source.write_text(TEXT, encoding="utf-8")
    result = run_regie("pii", "scan", str(source), "--format", "json")
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert list(payload) == ["entities"]
    assert [list(e) for e in payload["entities"]] == [["type", "start", "end", "text"]] * 3
    assert [(e["type"], TEXT[e["start"] : e["end"]]) for e in payload["entities"]] == [
        ("PERSON", "Mevrouw J. de Vries"),
        ("BSN", "111222333"),
        ("EMAIL", "j.devries@example.nl"),
    ]


def test_it_reads_stdin_and_prints_text():
    result = run_regie("pii", "scan", input=TEXT)
    assert result.returncode == 0, result.stderr
    start = TEXT.index("111222333")
    assert result.stdout.splitlines()[1] == f"BSN\t{start}-{start + 9}\t111222333"


def test_it_says_so_when_nothing_is_found():
    result = run_regie("pii", "scan", "--format", "json", input="Niets bijzonders.")
    assert json.loads(result.stdout) == {"entities": []}


def test_it_exits_2_with_a_dutch_message_for_a_missing_or_unreadable_file(tmp_path):
    missing = run_regie("pii", "scan", str(tmp_path / "weg.txt"))
    assert missing.returncode == 2
    assert "weg.txt: bestand bestaat niet." in missing.stderr
    assert "Traceback" not in missing.stderr
    binary = tmp_path / "plaatje.txt"
    binary.write_bytes(b"\xff\xfe\x00abc")
    result = run_regie("pii", "scan", str(binary))
    assert result.returncode == 2
    assert "plaatje.txt: geen UTF-8-tekst" in result.stderr


def test_it_exits_2_for_stdin_that_is_not_utf8():
    result = subprocess.run(
        [sys.executable, "-m", "regie", "pii", "scan"],
        input=b"\xff\xfe",
        capture_output=True,
        cwd=REPO,
        timeout=120,
    )
    assert result.returncode == 2
    assert "stdin: geen UTF-8-tekst" in result.stderr.decode()
