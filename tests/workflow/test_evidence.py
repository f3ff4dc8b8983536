"""Facts Regie can evidence come from its records, never from a typed value: for each one,
a declaration alone is not met, the record makes it met, and withdrawing the record un-meets
it and sends an application in use back to review."""

import pytest

from regie.instruments import service as instruments
from regie.lifecycle import service as lifecycle
from regie.lifecycle.models import TrainingRecord
from regie.publication import service as publication
from regie.register import agreements
from regie.register.constants import Status
from regie.register.models import Application
from regie.register.service import evidenced_dossier, with_dossier_relations
from regie.workflow import service
from regie.workflow.constants import Trigger
from regie.workflow.models import Transition
from tests import evidence

from .conftest import actor, advise, confirm_open_items, use_evidence


def fact(application, path):
    fresh = with_dossier_relations(Application.objects.all()).get(pk=application.pk)
    return evidenced_dossier(fresh)[1][path]


def checklist_met(application, users, key) -> bool:
    view = service.overview(application, user=users["owner"])
    return next(row for row in view.checklist if row.item.key == key).met


def put_in_use(application, users) -> Application:
    """The real procedure: review, both advices, approval, evidence for use, into use."""
    confirm_open_items(application, users["owner"])
    service.transition(application, Status.IN_REVIEW, actor=actor(users["owner"]))
    advise(application, users)
    service.decide(application, actor=actor(users["directie"]), outcome="approved",
                   rationale="Past binnen het beleid.")
    use_evidence(application, users)
    service.transition(application, Status.IN_USE, actor=actor(users["owner"]))
    application.refresh_from_db()
    assert application.status == Status.IN_USE
    return application


def assert_back_in_review(application, path):
    application.refresh_from_db()
    assert application.status == Status.IN_REVIEW
    move = Transition.objects.filter(application=application).latest("pk")
    assert move.trigger == Trigger.EVIDENCE_WITHDRAWN and path in move.reason
    assert fact(application, path).state != "evidenced"


def test_it_counts_advice_only_from_advice_records(make_application, users):
    application = make_application(advice={"fg": "given", "ciso": "given"})
    assert fact(application, "advice.fg").state == "declared"
    assert fact(application, "advice.fg").value == "requested"
    application = put_in_use(application, users)
    assert fact(application, "advice.fg").state == "evidenced"
    assert "#advies-fg" in fact(application, "advice.fg").proof.url
    service.withdraw_advice(application, actor=actor(users["fg"]), role="fg",
                            reason="De verwerkersovereenkomst blijkt niet getekend.")
    assert_back_in_review(application, "advice.fg")
    assert service.gate(application).missing_advice == ["fg", "ciso"]


def test_it_counts_publication_only_from_the_publication_record(make_application, users):
    application = make_application()  # the dossier types registers.algoritmeregister: true
    assert fact(application, "registers.algoritmeregister").state == "declared"
    assert not checklist_met(application, users, "algoritmeregister")
    application = put_in_use(application, users)
    published = fact(application, "registers.algoritmeregister")
    assert published.state == "evidenced" and "LARS-1234" in published.proof.label
    assert checklist_met(application, users, "algoritmeregister")
    publication.retract(application, actor=actor(users["beheerder"]), client=None)
    assert_back_in_review(application, "registers.algoritmeregister")
    assert not checklist_met(application, users, "algoritmeregister")


def test_it_counts_the_cmdb_only_from_a_cmdb_export(make_application, users):
    application = make_application()
    assert fact(application, "registers.cmdb").state == "declared"
    evidence.cmdb_export(application, users["beheerder"])
    assert fact(application, "registers.cmdb").state == "evidenced"
    other = make_application()
    assert fact(other, "registers.cmdb").state == "declared"  # not in that export


def test_it_counts_training_only_when_every_named_operator_is_trained(make_application, users,
                                                                      make_user):
    application = make_application()
    assert fact(application, "training.users_trained").state == "declared"  # typed true
    application = put_in_use(application, users)
    assert fact(application, "training.users_trained").state == "evidenced"
    [record] = TrainingRecord.objects.filter(user=users["medewerker"])
    lifecycle.revoke_training(record, actor=actor(users["beheerder"]),
                              reason="Certificaat bleek van een andere cursus.")
    assert_back_in_review(application, "training.users_trained")


def test_it_un_meets_training_when_an_untrained_operator_is_added(make_application, users,
                                                                  make_user):
    application = put_in_use(make_application(), users)
    newcomer = make_user("medewerker", username="nieuw")
    lifecycle.set_operator(application, user=newcomer, role="user",
                           actor=actor(users["beheerder"]))
    # the fact no longer holds (the gateway refuses the newcomer until trained), but adding
    # a colleague is no withdrawal of evidence: the application stays in use
    assert fact(application, "training.users_trained").state == "declared"
    application.refresh_from_db()
    assert application.status == Status.IN_USE


def test_it_counts_a_dpia_only_from_a_report_the_fg_accepted(make_application, users):
    application = make_application(data={"personal_data": True, "special_categories": False,
                                         "confidential": False},
                                   legal_basis="AVG art. 6 lid 1 sub e: publieke taak",
                                   assessments={"dpia": "done", "iama": "done",
                                                "ai_act": {"risk": "minimal",
                                                           "roles": ["deployer"],
                                                           "gpai": True}})
    assert fact(application, "assessments.dpia").state == "declared"
    assert not checklist_met(application, users, "privacy")
    report = instruments.upload_report(application, actor=actor(users["owner"]), kind="dpia",
                                       file=evidence.pdf("dpia.pdf"))
    assert fact(application, "assessments.dpia").state == "declared"  # not yet accepted
    with pytest.raises(PermissionError):
        instruments.accept_report(report, actor=actor(users["ciso"]))
    instruments.accept_report(report, actor=actor(users["fg"]))
    dpia = fact(application, "assessments.dpia")
    assert dpia.state == "evidenced" and "dpia.pdf" in dpia.proof.label
    assert checklist_met(application, users, "privacy")
    assert fact(application, "assessments.iama").state == "declared"
    evidence.accepted_report(application, kind="iama", author=users["owner"], fg=users["fg"])
    assert fact(application, "assessments.iama").state == "evidenced"
    application = put_in_use(application, users)
    instruments.withdraw_report(report, actor=actor(users["fg"]),
                                reason="Het rapport gaat over een ander systeem.")
    assert_back_in_review(application, "assessments.dpia")


def test_it_counts_the_ai_act_class_only_from_the_decision_tree(make_application, users):
    application = make_application()  # the fixture walks the tree: minimal risk
    assert fact(application, "assessments.ai_act.risk").state == "evidenced"
    run = instruments.get_run(application, instruments.AI_ACT)
    application = put_in_use(application, users)
    instruments.undo_tree(run, actor=actor(users["owner"]))
    assert_back_in_review(application, "assessments.ai_act.risk")
    assert fact(application, "assessments.ai_act.risk").value == "unknown"


def test_it_counts_supplier_agreements_only_from_the_agreement_record(make_application, users):
    application = make_application()
    agreement = application.supplier.agreements.get()
    assert fact(application, "supplier_agreements.data_sharing").state == "evidenced"
    assert "overeenkomst.pdf" in fact(application, "supplier_agreements.data_sharing").proof.label
    application = put_in_use(application, users)
    agreements.withdraw_agreement(agreement, actor=actor(users["beheerder"]),
                                  reason="Contract opgezegd.")
    assert_back_in_review(application, "supplier_agreements.data_sharing")
    declared = fact(application, "supplier_agreements.data_sharing")
    assert (declared.state, declared.declared, declared.value) == ("declared", "agreed", "missing")
    assert not checklist_met(application, users, "supplier")


def test_it_refuses_hand_made_evidence_for_facts_regie_evidences(make_application, users):
    application = make_application()
    for item in ("algoritmeregister", "training", "supplier", "risk_analysis", "privacy"):
        with pytest.raises(service.ProcedureError, match="registraties in Regie"):
            service.add_evidence(application, actor=actor(users["owner"]), item=item,
                                 kind="note", note="Is gedaan, echt waar.")
    assert not application.evidence.exists()


def test_it_shows_which_facts_are_evidenced_and_which_only_declared(make_application, users,
                                                                    client):
    application = make_application()
    client.force_login(users["fg"])
    page = client.get(f"/procedure/{application.slug}/").content.decode()
    assert 'data-fact="registers.algoritmeregister" data-state="declared"' in page
    assert 'data-fact="supplier_agreements.data_sharing" data-state="evidenced"' in page
    assert f'href="/register/overeenkomsten/{application.supplier.agreements.get().pk}/"' in page


def test_it_lets_an_approved_application_wait_for_what_only_use_needs(in_review, users):
    application = in_review()
    advise(application, users)
    service.decide(application, actor=actor(users["directie"]), outcome="approved",
                   rationale="Akkoord.")
    # publishing and retracting before use: only the use gate needs the publication
    evidence.publish(application, users["beheerder"])
    publication.retract(application, actor=actor(users["beheerder"]), client=None)
    application.refresh_from_db()
    assert application.status == Status.APPROVED
    # but the approval rested on the advice: withdrawing it sends the application back
    service.withdraw_advice(application, actor=actor(users["ciso"]), role="ciso",
                            reason="Nieuwe kwetsbaarheid in het model.")
    assert_back_in_review(application, "advice.ciso")


def test_it_lets_the_fg_withdraw_advice_on_the_procedure_page(make_application, users, client):
    application = put_in_use(make_application(), users)
    client.force_login(users["ciso"])
    url = f"/procedure/{application.slug}/advies/intrekken/"
    assert client.post(url, {"role": "fg", "reason": "Niet mijn advies."}).status_code == 403
    client.force_login(users["fg"])
    assert "Advies intrekken" in client.get(f"/procedure/{application.slug}/").content.decode()
    response = client.post(url, {"role": "fg", "reason": "Er worden toch persoonsgegevens "
                                                          "verwerkt."})
    assert response.status_code == 302
    assert_back_in_review(application, "advice.fg")
