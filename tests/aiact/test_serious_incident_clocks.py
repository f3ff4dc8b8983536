"""Serious incidents (art. 3(49)) with the art. 73 clocks beside the AVG's 72 hours: 15 days,
10 for a death, 2 for a widespread infringement or critical infrastructure; the provider is
informed first (art. 26(5)); reminders and the dashboard show the clocks."""

from __future__ import annotations

import datetime as dt

from django.core import mail
from django.utils import timezone

import pytest

from regie.aiact.serious import clocks, mark_serious, record_step, report_deadline
from regie.audit.models import AuditEvent
from regie.audit.service import Actor
from regie.core.errors import InputError
from regie.lifecycle.service import report_incident, send_reminders

AWARE = dt.datetime(2026, 11, 2, 9, 30, tzinfo=dt.UTC)


@pytest.mark.parametrize(("category", "days"), [("other", 15), ("death", 10),
                                                ("widespread", 2)])
def test_it_counts_the_article_73_period_from_the_moment_of_awareness(category, days):
    assert report_deadline(category, AWARE) == AWARE + dt.timedelta(days=days)


def test_it_refuses_an_unknown_category():
    with pytest.raises(InputError, match="soort"):
        report_deadline("ramp", AWARE)


@pytest.fixture
def incident(organization):
    return report_incident(organization=organization, kind="personal_data",
                           description="Chatbot gaf het BSN van een andere inwoner terug.")


@pytest.mark.django_db
def test_it_runs_the_ai_act_clocks_beside_the_avg_72_hours(incident, make_user):
    fg = make_user("fg")
    actor = Actor(user=fg, via="test")
    assert [c.source for c in clocks(incident)] == ["AVG art. 33"]
    with pytest.raises(InputError, match="onderbouwing"):
        mark_serious(incident, actor=actor, category="widespread", reasoning=" ")
    serious = mark_serious(incident, actor=actor, category="widespread",
                           reasoning="Grondrechten van duizenden inwoners geraakt.",
                           provider_name="Leverancier B.V.")
    incident.refresh_from_db()
    avg, provider, authority = clocks(incident)
    assert avg.deadline == incident.created_at + dt.timedelta(hours=72)
    assert provider.source == "AI-verordening art. 26 lid 5" and provider.deadline is None
    assert authority.source == "AI-verordening art. 73 lid 3"
    assert authority.deadline == incident.created_at + dt.timedelta(days=2)
    assert 47 < authority.hours_left() <= 48
    # the authority only after the provider, and with a reference
    with pytest.raises(InputError, match="informeer eerst de aanbieder"):
        record_step(serious, actor=actor, step="authority", reference="MT-1")
    record_step(serious, actor=actor, step="provider")
    with pytest.raises(InputError, match="kenmerk"):
        record_step(serious, actor=actor, step="authority")
    record_step(serious, actor=actor, step="authority", reference="MT-2026-88")
    incident.refresh_from_db()
    assert all(c.done for c in clocks(incident)[1:])
    assert AuditEvent.objects.filter(event__startswith="serious_incident_").count() == 3


@pytest.mark.django_db
def test_it_reminds_the_fg_daily_until_the_authority_is_informed(incident, make_user):
    fg = make_user("fg")
    serious = mark_serious(incident, actor=Actor(user=fg, via="test"), category="death",
                           reasoning="Een inwoner overleed na een onjuist advies.")
    today = timezone.localdate()
    send_reminders(today=today)
    subjects = [m.subject for m in mail.outbox if fg.email in m.to]
    assert f"[Regie] Ernstig incident #{incident.pk}: melding nog open" in subjects
    body = next(m.body for m in mail.outbox if "Ernstig incident" in m.subject)
    assert "art. 73 lid 4" in body and "art. 26 lid 5" in body
    mail.outbox.clear()
    send_reminders(today=today)  # once a day
    assert not [m for m in mail.outbox if "Ernstig incident" in m.subject]
    record_step(serious, actor=Actor(user=fg, via="test"), step="provider")
    record_step(serious, actor=Actor(user=fg, via="test"), step="authority", reference="X-1")
    send_reminders(today=today + dt.timedelta(days=1))
    assert not [m for m in mail.outbox if "Ernstig incident" in m.subject]


@pytest.mark.django_db
def test_it_lets_the_handler_mark_it_on_the_web_and_shows_the_clocks(client, incident,
                                                                     make_user):
    fg, employee = make_user("fg"), make_user("medewerker")
    url = f"/ai-verordening/incidenten/{incident.pk}/"
    client.force_login(employee)
    assert client.get(url).status_code == 403
    client.force_login(fg)
    page = client.get(f"/beheer-na-besluit/incidenten/{incident.pk}/")
    assert "Markeren als ernstig incident" in page.content.decode()
    bad = client.post(url, {"action": "mark", "category": "other", "reasoning": ""})
    assert bad.status_code == 400 and not hasattr(incident, "serious")
    response = client.post(url, {"action": "mark", "category": "other",
                                 "reasoning": "Ernstige schade aan eigendom."})
    assert response.status_code == 302
    detail = client.get(f"/beheer-na-besluit/incidenten/{incident.pk}/").content.decode()
    assert "AI-verordening art. 73 lid 2" in detail and "AVG art. 33" in detail
    dashboard = client.get("/ai-verordening/").content.decode()
    assert "Melden aan de markttoezichtautoriteit (15 dagen)" in dashboard
    client.force_login(make_user("directie"))
    figures = client.get("/publicatie/dashboard/").content.decode()
    assert 'data-figure="serious">1<' in figures


@pytest.mark.django_db
def test_it_hides_incidents_of_other_organisations(client, other_organization, make_user):
    elsewhere = report_incident(organization=other_organization, kind="security",
                                description="Lek elders.")
    client.force_login(make_user("ciso"))
    assert client.get(f"/ai-verordening/incidenten/{elsewhere.pk}/").status_code == 404
