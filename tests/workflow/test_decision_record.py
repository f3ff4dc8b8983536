"""The decision record keeps the facts of the moment, whatever happens to the dossier later."""

import pytest

from regie.audit.service import AuditEvent
from regie.register.models import Application
from regie.register.service import save_application
from regie.workflow import service
from regie.workflow.models import DecisionRecord
from regie.workflow.records import verify

from .conftest import actor, advise


@pytest.fixture
def approved(in_review, users):
    application = in_review()
    advise(application, users)
    decision = service.decide(
        application,
        actor=actor(users["directie"]),
        outcome="approved",
        rationale="Doel is helder, risico's beheerst.",
    )
    return application, decision


def test_it_freezes_dossier_evaluation_advice_and_rationale(approved, users):
    application, decision = approved
    s = decision.record.snapshot
    assert s["dossier"]["purpose"] == application.purpose
    assert s["dossier"]["status"] == "approved"
    assert s["decision"]["rationale"] == "Doel is helder, risico's beheerst."
    assert s["decision"]["decided_by"] == str(users["directie"])
    assert {a["role"] for a in s["advice"] if a["current"]} == {"fg", "ciso"}
    assert s["evaluation"]["policy_version"]
    # open only at the use gate (publication, CMDB, training): approval passed without exception
    assert s["evaluation"]["decision"] == "conditional" and s["gate"]["passed"] is True
    assert s["facts"]["advice.fg"]["state"] == "evidenced"
    assert s["facts"]["registers.algoritmeregister"]["state"] == "declared"
    assert len(s["steps"]) == 5 and len(s["checklist"]) == 10
    assert [m["to"] for m in s["transitions"]] == ["in_review", "approved"]
    event = AuditEvent.objects.filter(event="decision_taken").latest("pk")
    assert event.data["record_digest"] == decision.record.digest
    assert verify(decision.record)


def test_it_stays_unchanged_after_the_dossier_changes(approved, users, client):
    application, decision = approved
    before = DecisionRecord.objects.get(pk=decision.record.pk).snapshot
    save_application(
        Application.objects.get(pk=application.pk),
        {"purpose": "Een heel ander doel: besluiten over uitkeringen."},
        actor=actor(users["owner"]),
    )
    record = DecisionRecord.objects.get(pk=decision.record.pk)
    assert record.snapshot == before
    assert verify(record)
    client.force_login(users["dagelijks_bestuur"])
    page = client.get(f"/procedure/besluiten/{record.pk}/").content.decode()
    assert "Woo-verzoeken samen" in page
    assert "uitkeringen" not in page
    assert "ongewijzigd sinds het besluit" in page


def test_it_cannot_be_overwritten(approved):
    _application, decision = approved
    record = decision.record
    record.snapshot["decision"]["rationale"] = "Anders."
    with pytest.raises(ValueError, match="onveranderlijk"):
        record.save()
    with pytest.raises(ValueError):
        record.delete()
    assert not verify(record)  # the digest shows any change made behind Regie's back


def test_it_outlives_the_application(approved, users, client):
    from regie.register.service import delete_application

    application, decision = approved
    pk = decision.record.pk
    delete_application(Application.objects.get(pk=application.pk), actor=actor(users["beheerder"]))
    record = DecisionRecord.objects.get(pk=pk)
    assert record.decision is None and verify(record)
    client.force_login(users["directie"])
    page = client.get(f"/procedure/besluiten/{pk}/").content.decode()
    assert application.name in page and "ongewijzigd sinds het besluit" in page
