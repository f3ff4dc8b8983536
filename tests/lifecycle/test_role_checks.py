"""Role checks on every page: everyone reports and sees own incidents; the FG and CISO
handle what is routed to them; the beheerder keeps the catalogue; other organisations'
objects are 404."""

import pytest

from regie.lifecycle.models import Incident
from regie.lifecycle.service import report_incident

ROLES = ["medewerker", "projectleider", "fg", "ciso", "directie", "dagelijks_bestuur",
         "beheerder"]

# page → roles that get 200 (all others 403)
PAGES = {
    "/beheer-na-besluit/incident-melden/": ROLES,
    "/beheer-na-besluit/incidenten/": ROLES,
    "/beheer-na-besluit/evaluaties/": ROLES,
    "/beheer-na-besluit/evaluaties/beleid/": ["dagelijks_bestuur", "beheerder"],
    "/beheer-na-besluit/ai-geletterdheid/": ROLES,
    "/beheer-na-besluit/ai-geletterdheid/trainingen/nieuw/": ["beheerder"],
    "/beheer-na-besluit/ai-geletterdheid/registreren/": ROLES,
    "/beheer-na-besluit/gedragsregels/": ROLES,
}


@pytest.mark.parametrize("role", ROLES)
def test_it_allows_each_page_to_the_right_roles(client, make_user, role):
    client.force_login(make_user(role))
    got = {url: client.get(url).status_code for url in PAGES}
    assert got == {url: 200 if role in allowed else 403 for url, allowed in PAGES.items()}


def test_it_sends_anonymous_visitors_to_the_login(client):
    response = client.get("/beheer-na-besluit/incidenten/")
    assert response.status_code == 302 and "/inloggen/" in response["Location"]


def test_it_lets_only_the_routed_role_handle_an_incident(client, organization, make_user):
    incident = report_incident(organization=organization, kind="personal_data",
                               description="BSN ingevoerd.", reporter=make_user("medewerker"))
    url = incident.get_absolute_url()
    client.force_login(make_user("ciso"))
    assert client.get(url).status_code == 404  # not routed to the CISO: not visible
    client.force_login(make_user("medewerker", username="melder2"))
    assert client.get(url).status_code == 404
    client.force_login(incident.reporter)
    assert client.get(url).status_code == 200
    response = client.post(url, {"handler": "fg", "status": "closed", "severity": "low"})
    assert response.status_code == 403
    client.force_login(make_user("fg"))
    response = client.post(url, {"handler": "fg", "status": "triaged", "severity": "high",
                                 "possible_breach": "on"})
    assert response.status_code == 302
    assert Incident.objects.get(pk=incident.pk).status == "triaged"


def test_it_returns_400_and_keeps_state_on_a_refused_change(client, organization, make_user):
    incident = report_incident(organization=organization, kind="personal_data",
                               description="BSN ingevoerd.")
    client.force_login(make_user("fg"))
    response = client.post(incident.get_absolute_url(),
                           {"handler": "fg", "status": "closed", "severity": "low",
                            "measures": "Gewist."})
    assert response.status_code == 400
    assert "breach_decision" in response.content.decode()
    assert Incident.objects.get(pk=incident.pk).status == "reported"


def test_it_hides_other_organisations(client, organization, other_organization, make_user,
                                      make_application):
    foreign_app = make_application(org=other_organization)
    foreign = report_incident(organization=other_organization, kind="security",
                              description="Elders.")
    client.force_login(make_user("ciso", "beheerder", "directie"))
    for url in (foreign.get_absolute_url(),
                f"/beheer-na-besluit/evaluaties/{foreign_app.slug}/nieuw/",
                f"/beheer-na-besluit/ai-geletterdheid/toepassingen/{foreign_app.slug}/"):
        assert client.get(url).status_code == 404, url


def test_it_lets_only_owners_and_directie_evaluate(client, make_user, make_application):
    owner = make_user("projectleider")
    application = make_application(owner=owner)
    url = f"/beheer-na-besluit/evaluaties/{application.slug}/nieuw/"
    client.force_login(make_user("projectleider", username="ander"))
    assert client.get(url).status_code == 403
    client.force_login(owner)
    assert client.get(url).status_code == 200
    response = client.post(url, {"performed_on": "2026-11-01", "still_needed": "on",
                                 "purpose_met": "on", "outcome": "review"})
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == "in_review"
