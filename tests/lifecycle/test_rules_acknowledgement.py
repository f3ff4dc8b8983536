"""Every employee acknowledges the current employee rules once, and again when a new version
replaces the one they acknowledged; until then every page shows a banner."""

from regie.audit.models import AuditEvent
from regie.audit.service import Actor
from regie.lifecycle.models import RulesAcknowledgement
from regie.lifecycle.service import acknowledge_rules, employee_rules, has_acknowledged

BANNER = "Lees en bevestig de gedragsregels"


def test_it_cites_a_source_for_every_rule():
    rules = employee_rules()
    assert rules.sections
    assert all(rule.sources for section in rules.sections for rule in section.rules)


def test_it_shows_the_banner_until_acknowledged(client, make_user):
    user = make_user("medewerker")
    client.force_login(user)
    assert BANNER in client.get("/").content.decode()
    page = client.get("/beheer-na-besluit/gedragsregels/").content.decode()
    assert employee_rules().sections[0].rules[0].text in page
    response = client.post("/beheer-na-besluit/gedragsregels/bevestigen/",
                           {"version": employee_rules().version})
    assert response.status_code == 302
    assert BANNER not in client.get("/").content.decode()
    assert has_acknowledged(user)
    event = AuditEvent.objects.get(event="employee_rules_acknowledged")
    assert event.data == {"version": employee_rules().version}


def test_it_records_one_acknowledgement_per_version(make_user):
    user = make_user("medewerker")
    actor = Actor(user=user, via="web")
    assert acknowledge_rules(user, actor=actor)
    assert not acknowledge_rules(user, actor=actor)
    assert RulesAcknowledgement.objects.filter(user=user).count() == 1


def test_it_asks_again_when_a_new_version_applies(client, make_user):
    user = make_user("medewerker")
    acknowledge_rules(user, actor=Actor(user=user, via="web"), version="2025.1")
    assert has_acknowledged(user, "2025.1") and not has_acknowledged(user)
    client.force_login(user)
    assert BANNER in client.get("/").content.decode()


def test_it_refuses_to_acknowledge_a_version_that_is_no_longer_current(client, make_user):
    user = make_user("medewerker")
    client.force_login(user)
    client.post("/beheer-na-besluit/gedragsregels/bevestigen/", {"version": "1999.1"})
    assert not RulesAcknowledgement.objects.exists()
