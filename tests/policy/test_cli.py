"""`regie evaluate` and `regie policy` through the real command line."""

import io
import json
from pathlib import Path

from django.core.management import CommandError, call_command

import pytest
import yaml

from regie.policy.engine import evaluate
from regie.register.dossier import load_dossier_file
from tests.conftest import run_regie

DOSSIERS = Path(__file__).parent / "dossiers"


def _env(tmp_path):
    # A fresh data folder: an empty, unmigrated SQLite database.
    return {"REGIE_DATA_DIR": str(tmp_path / "data"), "DATABASE_URL": ""}


def test_it_prints_exactly_the_json_of_the_design_brief(tmp_path):
    path = DOSSIERS / "14-persoonsgegevens-in-vs-cloud.yaml"
    done = run_regie("evaluate", str(path), "--format", "json", env=_env(tmp_path))
    assert done.returncode == 0, done.stderr
    printed = json.loads(done.stdout)
    assert list(printed) == ["decision", "findings", "required_instruments", "ai_act"]
    assert all(list(f) == ["rule", "level", "message", "sources"] for f in printed["findings"])
    assert list(printed["ai_act"]) == ["risk", "roles", "gpai"]
    assert printed == evaluate(load_dossier_file(path)).as_dict()
    assert printed["decision"] == "conditional"
    assert "personal_data_outside_eu" in {f["rule"] for f in printed["findings"]}


def test_it_prints_readable_dutch_text(tmp_path):
    path = DOSSIERS / "02-chatgpt-consument-individueel.yaml"
    done = run_regie("evaluate", str(path), env=_env(tmp_path))
    assert done.returncode == 0, done.stderr
    assert "Uitkomst: Niet toegestaan" in done.stdout
    assert "Blokkerend (1):" in done.stdout
    assert "bron: 000 §Welke organisatorische" in done.stdout
    assert "Vereiste instrumenten: risicoanalyse volgens het standpunt" in done.stdout
    assert "toetst de verklaringen in het bestand" in done.stderr


def test_it_exits_2_naming_file_and_field(tmp_path):
    bad = tmp_path / "fout.yaml"
    bad.write_text("name: X\norganization: Y\ndata: {personal_data: ja}\n", encoding="utf-8")
    done = run_regie("evaluate", str(bad), "--format", "json", env=_env(tmp_path))
    assert done.returncode == 2
    assert done.stdout == ""
    assert str(bad) in done.stderr and "data.personal_data" in done.stderr
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_it_exits_2_on_a_missing_or_broken_file(tmp_path):
    broken = tmp_path / "kapot.yaml"
    broken.write_text("name: [\n", encoding="utf-8")
    for path in (tmp_path / "bestaat-niet.yaml", broken):
        done = run_regie("evaluate", str(path), env=_env(tmp_path))
        assert done.returncode == 2 and str(path) in done.stderr
        assert "Traceback" not in done.stderr


def _call(*args):
    out = io.StringIO()
    call_command(*args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


@pytest.mark.django_db
def test_it_loads_organisation_rules_that_evaluate_then_applies(tmp_path):
    dossier = DOSSIERS / "01-woo-samenvatten-lokaal.yaml"
    _call("dossier", "import", str(dossier))
    own = tmp_path / "eigen.yaml"
    own.write_text(yaml.safe_dump({"version": "gv-1", "title": "Eigen regels", "rules": [{
        "id": "gv_wethouder_informeren", "level": "required",
        "when": {"fact": "impact.citizens", "is": True},
        "message": "Informeer de portefeuillehouder.",
        "sources": ["Gemeente Voorbeeld AI-beleid §2"], "field": "owner.name"}]},
        allow_unicode=True), encoding="utf-8")
    loaded = _call("policy", "load", str(own), "--organization", "gemeente-voorbeeld")
    assert "+ gv_wethouder_informeren" in loaded
    result = json.loads(_call("evaluate", str(dossier), "--format", "json"))
    assert result["decision"] == "conditional"
    assert [f["rule"] for f in result["findings"] if f["level"] != "advice"] == [
        "gv_wethouder_informeren"]
    again = _call("policy", "reevaluate")
    assert "1 toepassingen getoetst" in again and "1 onder voorwaarden" in again
    listed = _call("policy", "list")
    assert "gv-1" in listed and "2025.2" in listed
    with pytest.raises(CommandError, match="--organization") as caught:
        _call("policy", "load", str(own), "--organization", "bestaat-niet")
    assert caught.value.returncode == 2
