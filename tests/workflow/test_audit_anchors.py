"""The audit trail stays verifiable through ordinary use (material changes record events
while an event is being written; concurrent writers on PostgreSQL), and cutting it is
detected up to an anchor kept outside its table: the chain head in every decision record,
on the public transparency page, and in HMAC-signed checkpoints (`regie audit anchor`)."""

from __future__ import annotations

import json
import shutil
import sqlite3
import threading

from django.db import connection
from django.urls import reverse

import pytest
import yaml

from regie.audit.models import AuditChainHead, AuditEvent
from regie.audit.service import Actor, chain_head, record_event, registered_anchors, verify_chain
from regie.register.constants import Status
from regie.register.models import Application
from regie.register.service import save_application
from regie.workflow.models import DecisionRecord
from tests.conftest import run_regie
from tests.workflow.conftest import ALLOWED
from tests.workflow.test_material_change import _approve

KEY = "een-lange-geheime-sleutel-voor-de-test"


def _delete_from(entry_id: int, *, head: str) -> None:
    """Cut the trail from `entry_id` on, as someone with database access would: with the head
    row (`head="delete"`), or rewriting it to fit the shorter chain (`head="rewrite"`)."""
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM workflow_auditevent WHERE id >= %s", [entry_id])
        if head == "delete":
            cursor.execute("DELETE FROM workflow_auditchainhead")
    if head == "rewrite":
        rest = AuditEvent.objects.order_by("-id")
        AuditChainHead.objects.filter(pk=1).update(length=rest.count(),
                                                   last_hash=rest.first().hash)


# --- the decision record -------------------------------------------------------------------

def test_it_freezes_the_chain_head_in_every_decision_record(in_review, users, client):
    application = _approve(in_review, users)
    record = DecisionRecord.objects.get(decision__application=application)
    anchor = record.snapshot["audit_anchor"]
    entries = list(AuditEvent.objects.order_by("id"))
    assert entries[anchor["length"] - 1].hash == anchor["hash"]
    client.force_login(users["directie"])
    page = client.get(reverse("workflow:record", args=[record.pk])).content.decode()
    assert f"{anchor['length']} regels" in page and anchor["hash"] in page
    assert any(a.source == f"besluitvastlegging {record.pk}" for a in registered_anchors())
    assert list(verify_chain(anchors=registered_anchors())) == []


@pytest.mark.parametrize("head", ["delete", "rewrite"])
def test_it_reports_entries_deleted_up_to_a_decision_record(in_review, users, head):
    application = _approve(in_review, users)
    anchor = DecisionRecord.objects.get(decision__application=application).snapshot[
        "audit_anchor"]
    anchored = AuditEvent.objects.order_by("id")[anchor["length"] - 1]
    _delete_from(anchored.pk - 3, head=head)
    problems = [b.problem for b in verify_chain(anchors=registered_anchors())]
    assert any("besluitvastlegging" in p and "weggehaald" in p for p in problems), problems
    if head == "rewrite":  # without the anchor the shorter chain holds together
        assert list(verify_chain()) == []


# --- the public transparency page ------------------------------------------------------------

def test_it_publishes_the_chain_head_on_the_transparency_page(client, organization):
    record_event("note_added", actor=Actor(via="test", name="test"), data={"n": 1})
    response = client.get(reverse("publication:public_page", args=[organization.slug]))
    head = chain_head()
    assert head.length == 1
    content = response.content.decode()
    assert f"<code data-audit-hash>{head.hash}</code>" in content
    assert f"<dd data-audit-length>{head.length}</dd>" in content


# --- ordinary use stays verifiable -------------------------------------------------------------

@pytest.fixture(scope="module")
def migrated(tmp_path_factory):
    """A freshly migrated SQLite database, copied by each command-line test."""
    data = tmp_path_factory.mktemp("migrated")
    result = run_regie("migrate", "--verbosity", "0",
                       env={"REGIE_DATA_DIR": str(data), "DATABASE_URL": ""})
    assert result.returncode == 0, result.stderr
    return data / "regie.sqlite3"


@pytest.fixture
def cli_env(migrated, tmp_path):
    shutil.copy(migrated, tmp_path / "regie.sqlite3")
    shutil.copy(migrated.parent / "secret_key", tmp_path / "secret_key")
    return {"REGIE_DATA_DIR": str(tmp_path), "DATABASE_URL": ""}


def test_it_verifies_after_a_dossier_import_with_a_material_change(cli_env, tmp_path):
    env = cli_env
    path = tmp_path / "dossier.yaml"
    path.write_text(yaml.safe_dump({**ALLOWED, "organization": "Gemeente Voorbeeld"}))
    imported = run_regie("dossier", "import", str(path), "--status", "in_use", env=env)
    assert imported.returncode == 0, imported.stderr
    path.write_text(yaml.safe_dump({**ALLOWED, "organization": "Gemeente Voorbeeld",
                                    "purpose": "Een ander doel: brieven schrijven."}))
    changed = run_regie("dossier", "import", str(path), env=env)
    assert changed.returncode == 0, changed.stderr
    with sqlite3.connect(tmp_path / "regie.sqlite3") as db:
        [(status,)] = db.execute("SELECT status FROM register_application").fetchall()
        events = [e for (e,) in db.execute("SELECT event FROM workflow_auditevent ORDER BY id")]
    assert status == Status.IN_REVIEW
    assert "application_transition" in events
    verified = run_regie("audit", "verify", env=env)
    assert verified.returncode == 0, verified.stderr
    assert "intact" in verified.stdout


@pytest.mark.django_db(transaction=True)
def test_it_keeps_one_chain_under_concurrent_writers_with_nested_events(organization):
    if connection.vendor != "postgresql":
        pytest.skip("concurrent writers on one database need PostgreSQL")
    actor = Actor(via="test", name="schrijver")
    applications = [
        save_application(Application(organization=organization),
                         {"name": f"Toepassing {n}", "purpose": "Samenvatten."}, actor=actor)
        for n in range(4)]
    Application.objects.update(status=Status.APPROVED)
    errors = []

    def writer(n: int) -> None:
        try:
            application = Application.objects.get(pk=applications[n].pk)
            # A material change: its event's receiver sends the application back to review,
            # recording events while that event is being written.
            save_application(application, {"purpose": f"Ander doel {n}."}, actor=actor)
            for i in range(10):
                record_event("concurrent_write", actor=actor, data={"writer": n, "i": i})
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
    assert set(Application.objects.values_list("status", flat=True)) == {Status.IN_REVIEW}
    assert AuditEvent.objects.filter(event="application_transition").count() == 4
    assert AuditEvent.objects.filter(event="concurrent_write").count() == 40
    assert list(verify_chain()) == []
    head = chain_head()
    assert head.length == AuditEvent.objects.count()


# --- signed checkpoints ---------------------------------------------------------------------

@pytest.fixture
def cli_trail(cli_env, tmp_path):
    env = cli_env
    for n in range(3):
        path = tmp_path / f"d{n}.yaml"
        path.write_text(f"name: Toepassing {n}\norganization: Gemeente Voorbeeld\n")
        assert run_regie("dossier", "import", str(path), env=env).returncode == 0
    return env, tmp_path


def test_it_refuses_to_anchor_without_a_key(cli_trail):
    env, tmp_path = cli_trail
    result = run_regie("audit", "anchor", env={**env, "REGIE_AUDIT_ANCHOR_KEY": ""})
    assert result.returncode == 2
    assert "REGIE_AUDIT_ANCHOR_KEY" in result.stderr
    assert not (tmp_path / "audit-anchors.jsonl").exists()


def test_it_writes_a_signed_checkpoint_that_verify_checks(cli_trail):
    env, tmp_path = cli_trail
    env = {**env, "REGIE_AUDIT_ANCHOR_KEY": KEY}
    anchored = run_regie("audit", "anchor", env=env)
    assert anchored.returncode == 0, anchored.stderr
    [line] = (tmp_path / "audit-anchors.jsonl").read_text().splitlines()
    checkpoint = json.loads(line)
    assert set(checkpoint) == {"length", "hash", "created_at", "signature"}
    assert checkpoint["length"] == 3 and len(checkpoint["signature"]) == 64
    verified = run_regie("audit", "verify", env=env)
    assert verified.returncode == 0, verified.stderr
    assert "1 ondertekende controlepunten" in verified.stdout

    missing = run_regie("audit", "verify", "--file", str(tmp_path / "elders.jsonl"), env=env)
    assert missing.returncode == 2 and "elders.jsonl" in missing.stderr

    without_key = run_regie("audit", "verify", env={**env, "REGIE_AUDIT_ANCHOR_KEY": ""})
    assert without_key.returncode == 2
    assert "REGIE_AUDIT_ANCHOR_KEY" in without_key.stderr


@pytest.mark.parametrize("head", ["delete", "rewrite"])
def test_it_reports_entries_deleted_up_to_a_checkpoint(cli_trail, head):
    env, tmp_path = cli_trail
    env = {**env, "REGIE_AUDIT_ANCHOR_KEY": KEY}
    assert run_regie("audit", "anchor", env=env).returncode == 0
    with sqlite3.connect(tmp_path / "regie.sqlite3") as db:
        db.execute("DELETE FROM workflow_auditevent WHERE id >= 2")
        if head == "delete":
            db.execute("DELETE FROM workflow_auditchainhead")
        else:
            [(last,)] = db.execute("SELECT hash FROM workflow_auditevent").fetchall()
            db.execute("UPDATE workflow_auditchainhead SET length = 1, last_hash = ?", [last])
    result = run_regie("audit", "verify", env=env)
    assert result.returncode == 1
    assert "controlepunt" in result.stderr and "weggehaald" in result.stderr


def test_it_reports_a_forged_checkpoint(cli_trail):
    env, tmp_path = cli_trail
    env = {**env, "REGIE_AUDIT_ANCHOR_KEY": KEY}
    assert run_regie("audit", "anchor", env=env).returncode == 0
    anchors = tmp_path / "audit-anchors.jsonl"
    checkpoint = json.loads(anchors.read_text())
    anchors.write_text(json.dumps({**checkpoint, "length": 1}) + "\n")
    result = run_regie("audit", "verify", env=env)
    assert result.returncode == 1
    assert "handtekening klopt niet" in result.stderr
    other_key = run_regie("audit", "verify", env={**env, "REGIE_AUDIT_ANCHOR_KEY": "anders"})
    assert other_key.returncode == 1
