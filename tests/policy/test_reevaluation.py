"""Evaluating stored applications: records with the policy version, bulk re-evaluation."""

from pathlib import Path

import pytest

from regie.audit.models import AuditEvent
from regie.audit.service import Actor
from regie.policy import service
from regie.policy.bulk import iter_dossiers, iter_facts
from regie.policy.engine import evaluate, facts_for, needed_paths
from regie.policy.models import EvaluationRecord
from regie.register.dossier import load_dossier_file
from regie.register.evidence import evidenced_paths
from regie.register.models import Application
from regie.register.service import (
    dossier_for,
    evidenced_dossier,
    import_dossier,
    with_dossier_relations,
)
from tests.policy.test_policy_versions import national_text, next_version

ACTOR = Actor(via="test", name="test")
DOSSIERS = sorted((Path(__file__).parent / "dossiers").glob("*.yaml"))


@pytest.fixture
def imported(db):
    return [import_dossier(load_dossier_file(p), actor=ACTOR)[0] for p in DOSSIERS]


@pytest.fixture
def one(db):
    return import_dossier(load_dossier_file(DOSSIERS[0]), actor=ACTOR)[0]


def test_it_builds_the_same_dossiers_in_bulk_as_one_by_one(imported):
    bulk = {row["id"]: dossier for row, dossier in iter_dossiers(Application.objects.all(),
                                                                  batch_size=7)}
    assert len(bulk) == len(imported)
    for app in with_dossier_relations(Application.objects.all()):
        assert bulk[app.pk] == evidenced_dossier(app)[0], app.slug


def test_it_reads_the_same_facts_from_rows_as_from_the_dossier(imported):
    paths = needed_paths(service.active_policy()) | {"supplier.name", "other_models", "slug"}
    for fast in (paths - {"supplier.name", "other_models", "slug"}, paths):
        rows = dict((row["id"], facts) for row, facts in
                    iter_facts(Application.objects.all(), frozenset(fast), batch_size=5))
        for app in with_dossier_relations(Application.objects.all()):
            assert rows[app.pk] == facts_for(evidenced_dossier(app)[0], frozenset(fast)), app.slug


def test_it_records_each_evaluation_with_its_policy_version(one):
    app = one
    result = service.evaluate_application(app, actor=ACTOR)
    record = service.latest_evaluation(app)
    # allowed as declared; in the register only Regie's records count, and this dossier has
    # none yet: what stays open are exactly the facts Regie evidences
    assert record.decision == result.decision == "conditional"
    assert {f.field for f in result.findings if f.level != "advice"} <= set(evidenced_paths())
    assert service.evaluate_dossier(dossier_for(app)).decision == "allowed"
    assert record.policy_version.version == "2025.2" and record.policy_version.active
    assert [f.rule for f in service.record_findings(record)] == [f.rule for f in result.findings]
    assert AuditEvent.objects.filter(event="policy_evaluated", application_id=app.pk).exists()


def test_it_reevaluates_every_application_against_the_new_version(imported):
    first = service.reevaluate_all(actor=ACTOR)
    assert first["total"] == len(DOSSIERS) and first["policy"] == "2025.2"
    service.load_policy(content=national_text(next_version), source="nieuw.yaml", actor=ACTOR)
    second = service.reevaluate_all(actor=ACTOR)
    assert second["policy"] == "2026.1"
    assert EvaluationRecord.objects.count() == 2 * len(DOSSIERS)
    policy = service.active_policy()
    for app in with_dossier_relations(Application.objects.all()):
        record = service.latest_evaluation(app)
        expected = evaluate(evidenced_dossier(app)[0], policy)
        assert record.policy_version.version == "2026.1"
        assert record.decision == expected.decision
        assert record.findings == [f.rule for f in expected.findings]
        assert record.required_instruments == list(expected.required_instruments)
    assert AuditEvent.objects.filter(event="policy_reevaluated").count() == 2


def test_it_reevaluates_one_organisation_only(one, other_organization):
    summary = service.reevaluate_all(actor=ACTOR, organization=other_organization)
    assert summary["total"] == 0 and not EvaluationRecord.objects.exists()
