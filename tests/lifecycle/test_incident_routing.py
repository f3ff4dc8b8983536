"""Incidents go to the CISO or the FG by kind (seed 004 §8), as the routing table says."""

import pytest

from regie.audit.models import AuditEvent
from regie.core.errors import InputError
from regie.lifecycle.models import Incident
from regie.lifecycle.service import report_incident, visible_incidents

EXPECTED = {
    "wrong_output": ("ciso", False),
    "personal_data": ("fg", True),
    "confidential_leak": ("ciso", True),
    "bias": ("ciso", False),
    "outside_rules": ("ciso", False),
    "security": ("ciso", False),
}


@pytest.mark.parametrize("kind", sorted(EXPECTED))
def test_it_routes_each_kind_to_its_handler(kind, organization, make_user, make_application):
    reporter = make_user("medewerker")
    application = make_application()
    incident = report_incident(organization=organization, kind=kind,
                               description="Er ging iets mis.", application=application,
                               reporter=reporter)
    handler, breach = EXPECTED[kind]
    assert incident.handler == handler
    assert incident.possible_breach is breach
    assert (incident.breach_clock_started_at is not None) is breach
    event = AuditEvent.objects.get(event="incident_reported", object_id=str(incident.pk))
    assert event.application_id == application.pk
    assert event.data["handler"] == handler


def test_it_shows_incidents_only_to_the_reporter_and_the_routed_role(organization, make_user):
    reporter = make_user("medewerker")
    fg, ciso, other = make_user("fg"), make_user("ciso"), make_user("medewerker",
                                                                   username="collega")
    privacy = report_incident(organization=organization, kind="personal_data",
                              description="BSN ingevoerd.", reporter=reporter)
    security = report_incident(organization=organization, kind="security",
                               description="Sleutel in een prompt.", reporter=reporter)
    assert set(visible_incidents(reporter)) == {privacy, security}
    assert list(visible_incidents(fg)) == [privacy]
    assert list(visible_incidents(ciso)) == [security]
    assert list(visible_incidents(other)) == []


def test_it_accepts_incidents_from_the_gateway_without_reporter(organization):
    incident = report_incident(organization=organization, kind="outside_rules",
                               description="Vijf keer geblokkeerd.", source="gateway")
    assert incident.reporter is None and incident.source == "gateway"
    assert AuditEvent.objects.get(object_id=str(incident.pk)).via == "gateway"


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"kind": "rumour", "description": "x"}, "soort"),
    ({"kind": "bias", "description": "   "}, "omschrijving"),
    ({"kind": "bias", "description": "x" * 5001}, "omschrijving"),
    ({"kind": "bias", "description": "x", "source": "fax"}, "bron"),
])
def test_it_refuses_bad_reports_and_stores_nothing(kwargs, field, organization):
    with pytest.raises(InputError, match=field):
        report_incident(organization=organization, **kwargs)
    assert not Incident.objects.exists()


def test_it_refuses_an_application_of_another_organisation(organization, other_organization,
                                                           make_application):
    foreign = make_application(org=other_organization)
    with pytest.raises(InputError, match="toepassing"):
        report_incident(organization=organization, kind="bias", description="x",
                        application=foreign)
    assert not Incident.objects.exists()
