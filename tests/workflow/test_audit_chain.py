"""The audit trail is append-only and tamper-evident."""

import threading

from django.db import connection

import pytest

from regie.audit.models import AuditEvent
from regie.audit.service import Actor, record_event, verify_chain
from regie.register.dossier import parse_dossier
from regie.register.service import import_dossier
from tests.conftest import run_regie
from tests.register.test_dossier_roundtrip import FULL

ACTOR = Actor(via="test", name="tester")


@pytest.fixture
def trail(db):
    application, _ = import_dossier(parse_dossier(FULL), actor=ACTOR)
    for n in range(5):
        record_event("note_added", actor=ACTOR, obj=application, data={"n": n})
    return application


def test_it_chains_every_entry_to_the_previous(trail):
    entries = list(AuditEvent.objects.order_by("id"))
    assert entries[0].prev_hash == "0" * 64
    assert all(b.prev_hash == a.hash for a, b in zip(entries, entries[1:], strict=False))
    assert list(verify_chain()) == []


def test_it_refuses_to_change_or_delete_an_entry_through_the_model(trail):
    entry = AuditEvent.objects.first()
    entry.event = "iets_anders"
    with pytest.raises(ValueError):
        entry.save()
    with pytest.raises(ValueError):
        entry.delete()


def test_it_detects_an_edited_entry(trail):
    victim = AuditEvent.objects.order_by("id")[2]
    AuditEvent.objects.filter(pk=victim.pk).update(actor_name="iemand anders")
    breaks = list(verify_chain())
    assert [b.entry_id for b in breaks] == [victim.pk]
    assert "gewijzigd" in breaks[0].problem


def test_it_detects_a_removed_entry(trail):
    victim = AuditEvent.objects.order_by("id")[3]
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM workflow_auditevent WHERE id = %s", [victim.pk])
    assert any("vorige regel" in b.problem for b in verify_chain())


def test_it_detects_a_truncated_tail(trail):
    last = AuditEvent.objects.order_by("-id").first()
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM workflow_auditevent WHERE id = %s", [last.pk])
    assert any("ontbreken" in b.problem for b in verify_chain())


@pytest.mark.django_db(transaction=True)
def test_it_keeps_one_chain_under_concurrent_writers():
    if connection.vendor == "sqlite" and connection.settings_dict["NAME"].startswith("file:memory"):
        pytest.skip("in-memory SQLite is one connection; concurrency is tested on PostgreSQL")
    errors = []

    def writer(n):
        try:
            for i in range(10):
                record_event("concurrent_write", actor=ACTOR, data={"writer": n, "i": i})
        except Exception as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert AuditEvent.objects.count() == 40
    assert list(verify_chain()) == []


def test_it_verifies_from_the_command_line(tmp_path):
    env = {"REGIE_DATA_DIR": str(tmp_path), "DATABASE_URL": ""}
    run_regie("migrate", "--verbosity", "0", env=env)
    dossier = tmp_path / "d.yaml"
    dossier.write_text("name: X\norganization: Gemeente Voorbeeld\n")
    run_regie("dossier", "import", str(dossier), env=env)
    assert run_regie("audit", "verify", env=env).returncode == 0
    import sqlite3

    with sqlite3.connect(tmp_path / "regie.sqlite3") as db:
        db.execute("UPDATE workflow_auditevent SET actor_name = 'vervalst'")
    result = run_regie("audit", "verify", env=env)
    assert result.returncode == 1
    assert "Breuk bij auditregel" in result.stderr
