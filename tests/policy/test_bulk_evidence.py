"""The bulk readers (`regie policy reevaluate`, the allowed-tools page) count what Regie's
records show, exactly as `evidenced_dossier` does for one application: a declaration alone
is not counted, the record makes it counted, withdrawing the record un-counts it — and the
records of a whole batch are read in a fixed number of queries."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from regie.instruments import service as instruments
from regie.lifecycle import service as lifecycle
from regie.lifecycle.models import TrainingRecord
from regie.policy import service
from regie.policy.bulk import iter_dossiers, iter_facts
from regie.policy.engine import evaluate, facts_for
from regie.policy.tools import allowed_tools
from regie.publication import service as publication
from regie.register import agreements
from regie.register.evidence import evidenced_paths
from regie.register.models import Application
from regie.register.service import (
    dossier_for,
    evidenced_dossier,
    import_dossier,
    with_dossier_relations,
)
from regie.workflow import service as workflow
from tests import evidence
from tests.workflow.conftest import actor, advise, confirm_open_items, dossier

TRAINING_CONDITION = "Volg eerst de training verantwoord AI-gebruik."


def one_by_one() -> dict[int, dict]:
    return {app.pk: evidenced_dossier(app)[0]
            for app in with_dossier_relations(Application.objects.all())}


def bulk() -> dict[int, dict]:
    return {row["id"]: dossier for row, dossier in iter_dossiers(Application.objects.all(),
                                                                  batch_size=2)}


def bulk_facts() -> dict[int, dict]:
    paths = frozenset(evidenced_paths())
    return {row["id"]: facts for row, facts in iter_facts(Application.objects.all(), paths,
                                                          batch_size=2)}


def evidenced(app, users) -> None:
    """Every record Regie evidences a fact with, for `app` (a draft, so withdrawing them
    later does not move it)."""
    confirm_open_items(app, users["owner"])
    workflow.transition(app, "in_review", actor=actor(users["owner"]))
    advise(app, users)
    evidence.use_evidence(app, beheerder=users["beheerder"], operators=[users["medewerker"]])
    for kind in ("dpia", "iama"):
        evidence.accepted_report(app, kind=kind, author=users["owner"], fg=users["fg"])


def declared_only(organization, users, name: str = "Alleen verklaard"):
    """An application whose dossier types every fact as met, without any record."""
    data = dossier(organization, users["owner"], name=name, supplier={"name": "Verklaard BV"},
                   assessments={"dpia": "done", "iama": "done",
                                "ai_act": {"risk": "minimal", "roles": ["deployer"],
                                           "gpai": True}},
                   advice={"fg": "given", "ciso": "given"})
    return import_dossier(data, actor=actor(users["owner"]))[0]


def test_it_counts_in_bulk_only_what_the_records_show(make_application, users, organization):
    declared = declared_only(organization, users)
    proven = make_application(assessments={"dpia": "done", "iama": "done",
                                           "ai_act": {"risk": "minimal", "roles": ["deployer"],
                                                      "gpai": True}})
    evidenced(proven, users)
    dossiers, facts = bulk(), bulk_facts()
    assert dossiers == one_by_one()
    paths = frozenset(evidenced_paths())
    assert facts == {pk: facts_for(d, paths) for pk, d in dossiers.items()}

    # the typed claims of `declared` do not count; `proven`'s records do
    typed = dossier_for(declared)
    assert typed["registers"]["algoritmeregister"] is True and typed["advice"]["fg"] == "given"
    assert facts[declared.pk] == {
        "registers.algoritmeregister": False, "registers.cmdb": False,
        "training.users_trained": False, "advice.fg": "requested", "advice.ciso": "requested",
        "assessments.dpia": "in_progress", "assessments.iama": "in_progress",
        "assessments.ai_act.risk": "unknown",
        "supplier_agreements.data_sharing": "missing",
        "supplier_agreements.data_retention": "missing",
        "supplier_agreements.retraining_on_prompts": "missing",
        "supplier_agreements.processor_agreement": "missing",
    }
    assert facts[proven.pk]["registers.algoritmeregister"] is True
    assert facts[proven.pk]["training.users_trained"] is True
    assert facts[proven.pk]["advice.fg"] == facts[proven.pk]["advice.ciso"] == "given"
    assert facts[proven.pk]["assessments.dpia"] == facts[proven.pk]["assessments.iama"] == "done"
    assert facts[proven.pk]["assessments.ai_act.risk"] == "minimal"
    assert facts[proven.pk]["supplier_agreements.data_sharing"] == "agreed"

    # withdrawing each record un-counts its fact in bulk too
    beheerder, fg = actor(users["beheerder"]), actor(users["fg"])
    publication.retract(proven, actor=beheerder, client=None)
    [record] = TrainingRecord.objects.filter(user=users["medewerker"])
    lifecycle.revoke_training(record, actor=beheerder, reason="Certificaat ongeldig.")
    workflow.withdraw_advice(proven, actor=fg, role="fg", reason="Grondslag ontbreekt.")
    for report in proven.assessment_reports.all():
        instruments.withdraw_report(report, actor=fg, reason="Gaat over een ander systeem.")
    agreements.withdraw_agreement(proven.supplier.agreements.get(), actor=beheerder,
                                  reason="Contract opgezegd.")
    instruments.undo_tree(instruments.get_run(proven, instruments.AI_ACT),
                          actor=actor(users["owner"]))
    dossiers, facts = bulk(), bulk_facts()
    assert dossiers == one_by_one()
    after = facts[proven.pk]
    assert after["registers.algoritmeregister"] is False
    assert after["training.users_trained"] is False
    assert after["advice.fg"] == "requested" and after["advice.ciso"] == "given"
    assert after["assessments.dpia"] == after["assessments.iama"] == "in_progress"
    assert after["assessments.ai_act.risk"] == "unknown"
    assert after["supplier_agreements.data_sharing"] == "missing"


def test_it_reads_the_records_of_a_batch_in_a_fixed_number_of_queries(make_application, users):
    def read() -> tuple[dict[int, dict], int]:
        with CaptureQueriesContext(connection) as queries:
            dossiers = {row["id"]: d for row, d in iter_dossiers(Application.objects.all())}
        return dossiers, len(queries)

    for _ in range(2):
        evidenced(make_application(), users)
    few, few_queries = read()
    for _ in range(3):
        evidenced(make_application(), users)
    many, many_queries = read()
    assert len(few) == 2 and len(many) == 5
    assert all(d["training"]["users_trained"] for d in many.values())
    assert many_queries == few_queries  # one batch: the same queries, not one per application


def test_it_reevaluates_with_the_evidenced_dossier(make_application, users, organization):
    declared = declared_only(organization, users)
    proven = make_application()
    evidenced(proven, users)
    service.reevaluate_all(actor=actor(users["beheerder"]))
    policy = service.active_policy()
    for app in (declared, proven):
        record = service.latest_evaluation(app)
        expected = evaluate(evidenced_dossier(app)[0], policy)
        assert record.findings == [f.rule for f in expected.findings]
        assert record.decision == expected.decision
    # as typed, both dossiers look the same; only the records tell them apart
    declared_record = service.latest_evaluation(declared)
    assert declared_record.findings != service.latest_evaluation(proven).findings
    assert declared_record.findings != [
        f.rule for f in evaluate(dossier_for(declared), policy).findings]


def test_it_asks_for_training_on_the_allowed_tools_page_until_operators_are_trained(
        make_application, users, make_user, organization):
    declared = declared_only(organization, users)
    proven = make_application(name="Aangetoond")
    for app in (declared, proven):  # decided before Regie kept the register
        import_dossier({**dossier_for(app), "status": "approved"}, actor=actor(None),
                       status="approved")
    evidence.train(proven, users["beheerder"], users["medewerker"])

    def conditions() -> dict[str, list[str]]:
        tools = allowed_tools(declared.organization, service.active_policy())
        return {use.application: use.conditions for tool in tools for use in tool.uses}

    listed = conditions()
    assert TRAINING_CONDITION in listed["Alleen verklaard"]  # typed "trained": not counted
    assert TRAINING_CONDITION not in listed["Aangetoond"]
    newcomer = make_user("medewerker", username="nieuwkomer")
    lifecycle.set_operator(proven, user=newcomer, role="user", actor=actor(users["beheerder"]))
    assert TRAINING_CONDITION in conditions()["Aangetoond"]
