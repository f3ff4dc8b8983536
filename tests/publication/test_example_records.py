"""The register's own example records are read; their invalid values are reported per field
and not passed on."""

import json

from regie.publication.validation import read_record_file, validate_record

from ..conftest import run_regie


def test_it_reports_each_invalid_value_of_the_example_records(reference_dir):
    files = sorted((reference_dir / "algoritmeregister").glob("example_algorithm_*_v1_0.json"))
    assert len(files) == 4
    for path in files:
        [read] = read_record_file(path)
        problems = {p.field: p for p in read.problems}
        assert problems["lang"].code == "not_permitted"
        assert '"xxx"' in problems["lang"].message and "nld" in problems["lang"].message
        assert problems["category[0]"].code == "not_permitted"  # "Bestuur" is no theme
        assert problems["publication_category"].code == "missing"
        for unknown in ("uuid", "dpia", "language"):
            assert problems[unknown].code == "unknown"
        # Invalid values are left out, valid ones kept.
        assert "lang" not in read.record and "uuid" not in read.record
        assert "Bestuur" not in read.record.get("category", [])
        assert read.record["name"] == "test_name"
        assert read.record["status"] == "Buiten gebruik"
        # What remains breaks no rule other than the fields that were missing or dropped.
        left = {p.field for p in validate_record(read.record)}
        assert left <= {"publication_category", "lang"}


def test_it_keeps_valid_items_of_a_list_with_one_invalid_item(reference_dir):
    [read] = read_record_file(reference_dir / "algoritmeregister" / "example_algorithm_3_v1_0.json")
    # "Cultuur en Recreatie" is spelled with a capital R; the standard has "recreatie".
    assert {p.field for p in read.problems} >= {"category[0]", "category[1]"}
    assert read.record.get("category", []) == []


def test_it_checks_record_files_from_the_command_line(reference_dir, tmp_path, cli_env):
    example = reference_dir / "algoritmeregister" / "example_algorithm_4_v1_0.json"
    result = run_regie("algoritmeregister", "check", str(example), env=cli_env)
    assert result.returncode == 2, result.stderr
    assert 'lang: ongeldige waarde "xxx"' in result.stdout
    assert "Traceback" not in result.stderr
    good = json.loads(example.read_text())
    good.update(lang="nld", category=["Recht"], publication_category="Overige algoritmes")
    for key in ("uuid", "dpia", "language"):
        good.pop(key)
    path = tmp_path / "goed.json"
    path.write_text(json.dumps(good))
    result = run_regie("algoritmeregister", "check", str(path), env=cli_env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "geldig" in result.stdout
