"""Policy versions: stored, deduplicated, activated, audited, diffed; organisation rules on top."""

import pytest
import yaml

from regie.audit.models import AuditEvent
from regie.audit.service import Actor
from regie.policy import service
from regie.policy.models import PolicyVersion
from regie.policy.rules import NATIONAL_FILE, PolicyError

ACTOR = Actor(via="test", name="test")


def national_text(change=None) -> str:
    data = yaml.safe_load(NATIONAL_FILE.read_text(encoding="utf-8"))
    if change:
        change(data)
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def next_version(data):
    data["version"] = "2026.1"
    data["rules"] = [r for r in data["rules"] if r["id"] != "prefer_smaller_model"]
    for rule in data["rules"]:
        if rule["id"] == "cmdb_missing":
            rule["level"] = "advice"
    data["rules"].append({"id": "climate_impact", "level": "advice", "when": {"present": "model"},
                          "message": "Weeg het energiegebruik mee.",
                          "sources": ["002 §Snelle doorlichting"],
                          "field": "model.name"})


@pytest.mark.django_db
def test_it_stores_the_packaged_policy_on_first_use():
    national, extra = service.active_versions(None)
    assert extra is None and national.active and national.organization is None
    assert national.version == "2025.2"
    assert AuditEvent.objects.filter(event="policy_version_loaded").count() == 1
    assert service.active_versions(None)[0].pk == national.pk


@pytest.mark.django_db
def test_it_activates_a_new_version_and_audits_it(make_user):
    beheerder = make_user("beheerder")
    first = service.active_versions(None)[0]
    new = service.load_policy(content=national_text(next_version), source="nieuw.yaml",
                              actor=Actor(user=beheerder, via="web"))
    first.refresh_from_db()
    assert new.active and not first.active and new.loaded_by == beheerder
    assert service.active_policy().version == "2026.1"
    event = AuditEvent.objects.filter(event="policy_version_activated").latest("pk")
    assert event.data == {"version": "2026.1", "previous": ["2025.2"]}
    assert event.actor_id == beheerder.pk


@pytest.mark.django_db
def test_it_stores_the_same_content_once():
    text = national_text(next_version)
    one = service.load_policy(content=text, source="a.yaml", actor=ACTOR)
    two = service.load_policy(content=text, source="b.yaml", actor=ACTOR)
    assert one.pk == two.pk
    assert PolicyVersion.objects.filter(version="2026.1").count() == 1


@pytest.mark.django_db
def test_it_stores_nothing_from_an_invalid_file():
    service.active_versions(None)
    before = PolicyVersion.objects.count(), AuditEvent.objects.count()

    def broken(data):
        data["rules"][3]["when"] = {"fact": "data.persoonsgegevens", "is": True}

    with pytest.raises(PolicyError, match="onbekend feit"):
        service.load_policy(content=national_text(broken), source="kapot.yaml", actor=ACTOR)
    assert (PolicyVersion.objects.count(), AuditEvent.objects.count()) == before


def test_it_diffs_added_removed_and_changed_rules():
    from regie.policy.rules import parse_policy_text

    old = parse_policy_text(national_text())
    new = parse_policy_text(national_text(next_version))
    diff = service.diff_policies(old, new)
    assert diff.added == ["climate_impact"]
    assert diff.removed == ["prefer_smaller_model"]
    assert diff.changed == [("cmdb_missing", ["level"])]
    assert service.diff_policies(old, old).empty


ORG_RULES = {"version": "gv-1", "title": "Eigen regels", "rules": [{
    "id": "gv_no_agents", "level": "blocking",
    "when": {"fact": "tasks", "contains": "agent_automation"},
    "message": "Onze organisatie zet (nog) geen AI-agents in.", "sources": ["Eigen AI-beleid §4"],
    "field": "tasks"}]}


@pytest.mark.django_db
def test_it_adds_organisation_rules_only_for_that_organisation(organization, other_organization):
    service.load_policy(content=yaml.safe_dump(ORG_RULES), source="eigen.yaml", actor=ACTOR,
                        organization=organization)
    ours = service.active_policy(organization)
    assert ours.rule("gv_no_agents") is not None and ours.version == "2025.2+gv-1"
    assert service.active_policy(other_organization).rule("gv_no_agents") is None
    assert service.active_policy(None).rule("gv_no_agents") is None


@pytest.mark.django_db
def test_it_refuses_organisation_rules_that_reuse_a_national_id(organization):
    clash = {**ORG_RULES, "rules": [{**ORG_RULES["rules"][0], "id": "consumer_terms"}]}
    with pytest.raises(PolicyError, match="bestaat al in het landelijke beleid: consumer_terms"):
        service.load_policy(content=yaml.safe_dump(clash), source="eigen.yaml", actor=ACTOR,
                            organization=organization)
    assert not PolicyVersion.objects.filter(organization=organization).exists()
