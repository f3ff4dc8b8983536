"""Approval is impossible while the policy finds open blocking/required issues, an advice is
missing or negative — unless the directie records a reasoned exception."""

import pytest

from regie.audit.service import AuditEvent
from regie.register.constants import Status
from regie.workflow import service
from regie.workflow.constants import AdviceOutcome

from .conftest import actor, advise


def test_it_approves_a_clearly_allowed_dossier_with_both_advices(in_review, users):
    application = in_review()
    advise(application, users)
    assert service.open_findings(application) == []
    decision = service.decide(
        application,
        actor=actor(users["directie"]),
        outcome="approved",
        rationale="Past binnen het beleid.",
    )
    application.refresh_from_db()
    assert application.status == Status.APPROVED
    assert not decision.is_exception
    assert decision.record.snapshot["gate"]["passed"] is True


def test_it_refuses_approval_while_blocking_findings_are_open(in_review, users):
    application = in_review(blocked=True)
    advise(application, users)
    findings = service.open_findings(application)
    assert any(f["level"] == "blocking" for f in findings)
    with pytest.raises(service.PreconditionFailed, match="exception_reason"):
        service.decide(
            application, actor=actor(users["directie"]), outcome="approved", rationale="Graag."
        )
    application.refresh_from_db()
    assert application.status == Status.IN_REVIEW
    assert not application.decisions.exists()


def test_it_refuses_approval_while_an_advice_is_missing(in_review, users):
    application = in_review()
    service.give_advice(
        application, actor=actor(users["fg"]), role="fg", outcome="positive", text="Geen bezwaar."
    )
    gate = service.gate(application)
    assert gate.missing_advice == ["ciso"] and not gate.passed
    with pytest.raises(service.PreconditionFailed, match="Advies ontbreekt"):
        service.decide(
            application, actor=actor(users["directie"]), outcome="approved", rationale="Graag."
        )


def test_it_treats_negative_advice_as_a_reason_to_stop(in_review, users):
    application = in_review()
    advise(application, users, outcome=AdviceOutcome.NEGATIVE)
    with pytest.raises(service.PreconditionFailed, match="Negatief advies"):
        service.decide(
            application, actor=actor(users["directie"]), outcome="approved", rationale="Graag."
        )


def test_it_approves_by_a_reasoned_exception_and_says_so_everywhere(in_review, users, client):
    application = in_review(blocked=True)
    advise(application, users)
    decision = service.decide(
        application,
        actor=actor(users["directie"]),
        outcome="approved",
        rationale="Tijdelijk nodig voor de crisisopvang.",
        exception_reason="Spoed: drie maanden, daarna opnieuw beoordelen.",
    )
    application.refresh_from_db()
    assert application.status == Status.APPROVED
    assert decision.is_exception
    assert service.exception_decision(application) == decision
    snapshot = decision.record.snapshot
    assert snapshot["gate"]["passed"] is False and snapshot["gate"]["reasons"]
    assert snapshot["decision"]["exception_reason"].startswith("Spoed")
    event = AuditEvent.objects.filter(event="decision_taken").latest("pk")
    assert event.data["exception"].startswith("Spoed")

    client.force_login(users["fg"])
    for url in (
        f"/procedure/{application.slug}/",
        "/procedure/toepassingen/",
        f"/procedure/besluiten/{decision.record.pk}/",
    ):
        page = client.get(url).content.decode()
        assert "uitzondering" in page.lower(), url


def test_it_ignores_an_exception_when_none_is_needed(in_review, users):
    application = in_review()
    advise(application, users)
    decision = service.decide(
        application,
        actor=actor(users["directie"]),
        outcome="approved",
        rationale="Op orde.",
        exception_reason="Voor de zekerheid.",
    )
    assert not decision.is_exception


def test_it_rejects_with_a_rationale_and_asks_the_owner_to_resubmit(in_review, users):
    application = in_review(blocked=True)
    with pytest.raises(service.PreconditionFailed, match="motivering"):
        service.decide(
            application, actor=actor(users["directie"]), outcome="rejected", rationale=""
        )
    service.decide(
        application,
        actor=actor(users["directie"]),
        outcome="rejected",
        rationale="Consumentenvoorwaarden en persoonsgegevens: niet toegestaan.",
    )
    application.refresh_from_db()
    assert application.status == Status.REJECTED
    inbox = service.inbox_for(users["owner"])
    assert [t.application_id for t in inbox.other] == [application.pk]


def test_it_takes_the_exception_through_the_decision_page(in_review, users, client):
    application = in_review(blocked=True)
    advise(application, users)
    client.force_login(users["directie"])
    url = f"/procedure/{application.slug}/besluit/"
    assert "gemotiveerde uitzondering" in client.get(url).content.decode()
    response = client.post(url, {"outcome": "approved", "rationale": "Nodig."})
    assert response.status_code == 400 and "exception_reason" in response.content.decode()
    message = response.content.decode()
    assert "Goedkeuren kan nog niet, omdat: Blokkerend: " in message
    assert "veld &#x27;" not in message and "veld '" not in message
    application.refresh_from_db()
    assert application.status == Status.IN_REVIEW
    response = client.post(
        url,
        {
            "outcome": "approved",
            "rationale": "Nodig.",
            "exception_reason": "Wettelijke termijn; evaluatie na 3 mnd.",
        },
    )
    assert response.status_code == 302
    record_page = client.get(response["Location"]).content.decode()
    assert "Goedgekeurd bij uitzondering" in record_page


def test_it_keeps_the_gate_shut_without_a_policy_service(in_review, users, monkeypatch):
    from regie.workflow import gate

    monkeypatch.setattr(gate, "_policy", lambda: None)
    application = in_review()
    advise(application, users)
    assert [f["rule"] for f in service.open_findings(application)] == ["policy_unavailable"]
    with pytest.raises(service.PreconditionFailed, match="beleidstoets"):
        service.decide(
            application, actor=actor(users["directie"]), outcome="approved", rationale="Akkoord."
        )
