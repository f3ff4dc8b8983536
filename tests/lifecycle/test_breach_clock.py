"""A possible personal-data breach starts the 72-hour clock of AVG art. 33 for the decision
whether to notify the Autoriteit Persoonsgegevens."""

import datetime as dt

from django.utils import timezone

import pytest

from regie.audit.models import AuditEvent
from regie.audit.service import Actor
from regie.core.errors import InputError
from regie.lifecycle.service import report_incident, update_incident


@pytest.fixture
def breach(organization, make_user):
    return report_incident(organization=organization, kind="personal_data",
                           description="Klantdossier met BSN in de chat geplakt.",
                           reporter=make_user("medewerker"))


def test_it_sets_the_deadline_72_hours_after_reporting(breach):
    assert breach.breach_deadline == breach.created_at + dt.timedelta(hours=72)
    assert 71.9 < breach.hours_left() <= 72
    later = breach.created_at + dt.timedelta(hours=80)
    assert breach.hours_left(later) == pytest.approx(-8)


def test_it_refuses_to_close_before_the_notification_decision(breach, make_user):
    actor = Actor(user=make_user("fg"), via="web")
    with pytest.raises(InputError, match="breach_decision"):
        update_incident(breach, actor=actor, status="closed", severity="high",
                        measures="Gesprek gevoerd, chat gewist.")
    breach.refresh_from_db()
    assert breach.status == "reported" and breach.closed_at is None


def test_it_needs_reasons_for_the_decision_and_stops_the_clock(breach, make_user):
    actor = Actor(user=make_user("fg"), via="web")
    with pytest.raises(InputError, match="breach_decision_reason"):
        update_incident(breach, actor=actor, breach_decision="no_notify")
    update_incident(breach, actor=actor, breach_decision="no_notify",
                    breach_decision_reason="Leverancier verwijderde de invoer binnen 1 uur.")
    breach.refresh_from_db()
    assert breach.breach_decided_at is not None
    assert breach.hours_left() is None
    update_incident(breach, actor=actor, status="closed", severity="medium",
                    measures="Instructie herhaald.")
    breach.refresh_from_db()
    assert breach.status == "closed" and breach.closed_at is not None
    events = list(AuditEvent.objects.filter(object_id=str(breach.pk))
                  .values_list("event", flat=True))
    assert events == ["incident_reported", "incident_updated", "incident_closed"]


def test_it_counts_from_the_report_when_triage_finds_a_breach(organization, make_user):
    incident = report_incident(organization=organization, kind="security",
                               description="Log met namen gedeeld.")
    assert incident.breach_deadline is None
    update_incident(incident, actor=Actor(user=make_user("ciso"), via="web"),
                    possible_breach=True, status="triaged")
    incident.refresh_from_db()
    assert incident.breach_deadline == incident.created_at + dt.timedelta(hours=72)


def test_it_keeps_a_flagged_breach_flagged(breach, make_user):
    update_incident(breach, actor=Actor(user=make_user("fg"), via="web"),
                    possible_breach=False, status="triaged")
    breach.refresh_from_db()
    assert breach.possible_breach and breach.breach_decision_open


def test_it_shows_the_deadline_on_the_incident_page(client, breach, make_user):
    client.force_login(make_user("fg"))
    html = client.get(breach.get_absolute_url()).content.decode()
    deadline = timezone.localtime(breach.breach_deadline)
    assert "AVG art. 33" in html
    assert deadline.strftime("%H:%M") in html
    assert "nog 7" in html  # 71 or 72 hours left
