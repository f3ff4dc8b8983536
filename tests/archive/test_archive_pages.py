"""The archive page: who may see it, approve a list, set and release a hold."""

from __future__ import annotations

import datetime as dt

from django.urls import reverse
from django.utils import timezone

import pytest

from regie.archive.models import DestructionList, LegalHold
from regie.lifecycle.models import Incident
from regie.register.models import Application
from regie.register.roles import Role

SEE = {"fg", "beheerder"}


@pytest.fixture
def proposed(organization):
    app = Application.objects.create(organization=organization, name="A", slug="a")
    incident = Incident.objects.create(
        organization=organization, application=app, kind="bias", handler="ciso",
        description="x", status="closed", closed_at=timezone.now() - dt.timedelta(days=2200))
    destruction_list = DestructionList.objects.create(organization=organization,
                                                      selection_list_version="t")
    destruction_list.items.create(category="incident", object_id=str(incident.pk),
                                  application_id=app.pk, title="Incident",
                                  record_date=dt.date(2020, 1, 1), due_on=dt.date(2025, 1, 1))
    return destruction_list, app


@pytest.mark.django_db
@pytest.mark.parametrize("role", [r.value for r in Role])
def test_it_lets_only_the_right_roles_act(client, make_user, proposed, role):
    destruction_list, app = proposed
    client.force_login(make_user(role))
    assert client.get(reverse("archive:overview")).status_code == (200 if role in SEE else 403)
    held = client.post(reverse("archive:hold"), {"application": app.pk, "reason": "Woo"})
    assert held.status_code == (302 if role == "fg" else 403)
    assert LegalHold.objects.exists() == (role == "fg")
    decided = client.post(reverse("archive:decide", args=[destruction_list.pk]),
                          {"decision": "approve"})
    assert decided.status_code == (302 if role == "beheerder" else 403)
    destruction_list.refresh_from_db()
    assert destruction_list.status == ("approved" if role == "beheerder" else "proposed")


@pytest.mark.django_db
def test_it_shows_the_selection_list_and_the_items_to_the_approver(client, make_user,
                                                                   proposed):
    client.force_login(make_user("beheerder"))
    page = client.get(reverse("archive:overview")).content.decode()
    assert "Blijvend te bewaren" in page and "Goedkeuren en vernietigen" in page
    assert "Incident" in page
    rejected = client.post(reverse("archive:decide", args=[proposed[0].pk]),
                           {"decision": "reject", "reason": ""})
    assert rejected.status_code == 302
    proposed[0].refresh_from_db()
    assert proposed[0].status == "proposed"  # a rejection needs a reason
