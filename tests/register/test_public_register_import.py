"""`regie register import` loads the real public Algoritmeregister dump."""

import json

import pytest

from regie.audit.service import SYSTEM, verify_chain
from regie.register.models import Application, Organization
from regie.register.public_register import import_public_register, read_records
from tests.conftest import run_regie


@pytest.fixture
def dump(reference_dir):
    return reference_dir / "public-register" / "algoritmes.json"


@pytest.mark.django_db
def test_it_imports_all_1530_records_idempotently(dump):
    records = read_records(dump)
    assert len(records) == 1530
    first = import_public_register(records, actor=SYSTEM)
    assert first.created == 1530
    assert Application.objects.count() == 1530
    organisations = {r["organisatie"].strip() for r in records}
    assert Organization.objects.count() == len(organisations)
    statuses = dict(Application.objects.values_list("external_id", "status"))
    expected = {"in_gebruik": "in_use", "ontwikkeling": "draft", "buiten_gebruik": "retired"}
    assert all(statuses[r["id"]] == expected[r["status"]] for r in records)
    sample = Application.objects.get(external_id=records[0]["id"])
    assert sample.name == records[0]["title"]
    assert sample.organization.name == records[0]["organisatie"].strip()
    assert sample.purpose == records[0]["doel"].strip()
    assert sample.external_url == records[0]["url"]

    again = import_public_register(records, actor=SYSTEM)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 1530)
    assert Application.objects.count() == 1530
    assert list(verify_chain()) == []


@pytest.mark.django_db
def test_it_updates_a_changed_record_and_audits_the_field(dump):
    records = read_records(dump)[:20]
    import_public_register(records, actor=SYSTEM)
    records[3] = {**records[3], "status": "buiten_gebruik"}
    result = import_public_register(records, actor=SYSTEM)
    assert (result.updated, result.unchanged) == (1, 19)
    app = Application.objects.get(external_id=records[3]["id"])
    assert app.status == "retired"
    from regie.audit.models import AuditEvent

    event = AuditEvent.objects.filter(event="application_updated").get()
    assert {"field": "status", "old": "in_use", "new": "retired"} in event.changes


@pytest.mark.django_db
def test_it_records_each_status_it_takes_over_as_an_administrative_migration(dump):
    from regie.audit.models import AuditEvent

    records = read_records(dump)[:40]
    import_public_register(records, actor=SYSTEM)
    migrated = {e.application_id: e for e in
                AuditEvent.objects.filter(event="application_status_migrated")}
    for app in Application.objects.all():
        if app.status == "draft":  # where every application starts: nothing taken over
            assert app.pk not in migrated
            continue
        event = migrated.pop(app.pk)
        assert event.data == {"from": None, "to": app.status, "administrative": True,
                              "reason": "administratieve overname van een bestaand register",
                              "source": "algoritmeregister"}
    assert migrated == {}
    assert {"in_use", "retired"} <= set(Application.objects.values_list("status", flat=True))

    changed = next(r for r in records if r["status"] == "in_gebruik")
    records[records.index(changed)] = {**changed, "status": "buiten_gebruik"}
    import_public_register(records, actor=SYSTEM)
    app = Application.objects.get(external_id=changed["id"])
    event = AuditEvent.objects.filter(event="application_status_migrated",
                                      application_id=app.pk).latest("pk")
    assert (event.data["from"], event.data["to"]) == ("in_use", "retired")
    import_public_register(records, actor=SYSTEM)  # the same again: no new migration
    assert AuditEvent.objects.filter(event="application_status_migrated",
                                     application_id=app.pk).count() == 2
    assert list(verify_chain()) == []


def test_it_runs_from_the_command_line_with_a_progress_bar(dump, cli_env):
    env = cli_env
    result = run_regie("register", "import", str(dump), env=env)
    assert result.returncode == 0, result.stderr
    assert "1530 nieuw" in result.stdout
    assert "1530/1530" in result.stderr  # the progress bar
    rerun = run_regie("register", "import", str(dump), env=env)
    assert "0 nieuw, 0 bijgewerkt, 1530 ongewijzigd" in rerun.stdout


@pytest.mark.django_db
@pytest.mark.parametrize("records,message", [
    ({"geen": "lijst"}, "verwacht een lijst"),
    ([{"id": "1", "title": "", "organisatie": "G", "status": "in_gebruik"}], "'title'"),
    ([{"id": "1", "title": "T", "organisatie": "G", "status": "kapot"}], "onbekende waarde"),
    ([{"id": "1", "title": "T", "organisatie": "G", "status": "in_gebruik"},
      {"id": "1", "title": "U", "organisatie": "G", "status": "in_gebruik"}], "dubbel"),
    ([{"id": "1", "title": "T" * 201, "organisatie": "G", "status": "in_gebruik"}], "te lang"),
])
def test_it_refuses_a_bad_dump_before_writing(tmp_path, records, message):
    from regie.core.errors import InputError

    path = tmp_path / "dump.json"
    path.write_text(json.dumps({"algoritmes": records} if isinstance(records, list) else records))
    with pytest.raises(InputError, match=message):
        read_records(path)
    assert not Application.objects.exists()
