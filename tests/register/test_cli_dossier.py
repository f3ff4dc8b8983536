"""`regie dossier import|export|schema` on the command line."""

import io
import json
from pathlib import Path

from django.core.management import CommandError, call_command

import jsonschema
import pytest
import yaml

from regie.register.models import Application
from tests import evidence
from tests.conftest import REPO, run_regie
from tests.register.test_dossier_roundtrip import FULL, INDIVIDUAL, MINIMAL


def regie(*args) -> str:
    out = io.StringIO()
    call_command(*args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


@pytest.mark.django_db
def test_it_round_trips_several_dossiers_through_files(tmp_path):
    for index, source in enumerate([FULL, MINIMAL, INDIVIDUAL]):
        path = tmp_path / f"in{index}.yaml"
        path.write_text(yaml.safe_dump(source, allow_unicode=True))
        slug = regie("dossier", "import", str(path)).split()[-1]
        first = regie("dossier", "export", slug)
        (tmp_path / "out.yaml").write_text(first)
        assert regie("dossier", "import", str(tmp_path / "out.yaml")).split()[-1] == slug
        as_json = regie("dossier", "export", slug, "--format", "json")
        assert json.loads(as_json) == yaml.safe_load(first)
        (tmp_path / "out.json").write_text(as_json)
        regie("dossier", "import", str(tmp_path / "out.json"))
        assert regie("dossier", "export", slug) == first


@pytest.mark.django_db
def test_it_sets_the_status_given_on_the_command_line(tmp_path):
    path = tmp_path / "d.yaml"
    path.write_text(yaml.safe_dump(MINIMAL))
    slug = regie("dossier", "import", str(path), "--status", "in_use").split()[-1]
    assert yaml.safe_load(regie("dossier", "export", slug))["status"] == "in_use"


@pytest.mark.django_db
@pytest.mark.parametrize("content,expected", [
    ("name: [unclosed", "ongeldige YAML"),
    ("- just\n- a list\n", "een dossier is een object"),
    ("name: X\norganization: Y\ndata: {personal_data: misschien}\n", "data.personal_data"),
    ("name: X\norganization: Y\nmodel: {name: M, hosting: maan}\n", "model.hosting"),
    ("name: X\norganization: Y\nsupplier_agreements: {contract_end_date: morgen}\n",
     "supplier_agreements.contract_end_date"),
    ("name: X\norganisation: Y\n", "organisation"),
    ('{"name": "X", "organization": "Y", "tasks": ["spelen"]}', "tasks[0]"),
])
def test_it_refuses_bad_files_with_exit_2_and_writes_nothing(tmp_path, content, expected):
    from regie.audit.models import AuditEvent

    path = tmp_path / "bad.yaml"
    path.write_text(content)
    with pytest.raises(CommandError) as refused:
        regie("dossier", "import", str(path))
    assert refused.value.returncode == 2
    assert expected in str(refused.value) and str(path) in str(refused.value)
    assert not AuditEvent.objects.exists()


@pytest.mark.django_db
def test_it_refuses_a_missing_file_and_an_unknown_slug(tmp_path):
    with pytest.raises(CommandError, match="bestaat niet") as missing:
        regie("dossier", "import", str(tmp_path / "nope.yaml"))
    assert missing.value.returncode == 2
    with pytest.raises(CommandError, match="bestaat-niet") as unknown:
        regie("dossier", "export", "bestaat-niet")
    assert unknown.value.returncode == 2


def test_it_speaks_one_line_with_exit_2_from_the_real_command_line(cli_env, tmp_path):
    good = tmp_path / "good.yaml"
    good.write_text(yaml.safe_dump({**MINIMAL, "name": "Via de echte opdrachtregel"}))
    imported = run_regie("dossier", "import", str(good), env=cli_env)
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.strip().splitlines()[-1] == "via-de-echte-opdrachtregel"
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: X\norganization: Y\ndata: {personal_data: misschien}\n")
    result = run_regie("dossier", "import", str(bad), env=cli_env)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "data.personal_data" in result.stderr and str(bad) in result.stderr


def test_it_prints_the_published_schema_which_validates_dossiers():
    schema = json.loads(regie("dossier", "schema"))
    published = json.loads((REPO / "docs" / "dossier.schema.json").read_text())
    assert schema == published, "docs/dossier.schema.json is stale: run `make schema`"
    for dossier in (FULL, MINIMAL, INDIVIDUAL):
        jsonschema.validate(dossier, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"name": "x"}, schema)
    assert Path(REPO / "docs" / "dossier.schema.json").stat().st_size > 1000


@pytest.mark.django_db
def test_it_says_which_facts_are_evidenced_and_which_only_declared(tmp_path, make_user):
    path = tmp_path / "d.yaml"
    path.write_text(yaml.safe_dump({**FULL, "registers": {"algoritmeregister": True}}))
    slug = regie("dossier", "import", str(path)).split()[-1]
    exported = regie("dossier", "export", slug)
    comments = [line for line in exported.splitlines() if line.startswith("# ")]
    assert "# registers.algoritmeregister: alleen verklaard (true): telt niet" in comments
    assert yaml.safe_load(exported)["registers"]["algoritmeregister"] is True  # declared kept
    application = Application.objects.get(slug=slug)
    evidence.publish(application, make_user("beheerder", org=application.organization))
    exported = regie("dossier", "export", slug)
    assert any(line.startswith("# registers.algoritmeregister: bewezen: Gepubliceerd in het "
                               "Algoritmeregister (LARS-1234)") for line in exported.splitlines())
    err = io.StringIO()
    call_command("dossier", "export", slug, "--format", "json", stdout=io.StringIO(), stderr=err)
    assert "registers.algoritmeregister: bewezen" in err.getvalue()
