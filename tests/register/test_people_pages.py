"""The beheerder keeps the people and roles of their own organisation in Regie: role checked,
organisation scoped, audited, and nobody grants rights they do not have themselves."""

import pytest

from regie.audit.models import AuditEvent
from regie.register.models import User
from tests.conftest import ALL_ROLES

NEW = {"username": "nieuw", "first_name": "Nina", "last_name": "Nieuw",
       "email": "n.nieuw@voorbeeld.nl", "department": "Burgerzaken",
       "password": "lang-genoeg-wachtwoord-42", "roles": ["projectleider"]}


@pytest.mark.django_db
@pytest.mark.parametrize("role", ALL_ROLES)
def test_it_opens_the_pages_only_to_the_beheerder(client, make_user, role):
    user = make_user(role)
    other = make_user("medewerker", username="collega")
    client.force_login(user)
    allowed = role == "beheerder"
    assert client.get("/register/gebruikers/").status_code == (200 if allowed else 403)
    assert client.get(f"/register/gebruikers/{other.pk}/").status_code == (
        200 if allowed else 403)
    assert client.post("/register/gebruikers/", NEW).status_code == (302 if allowed else 403)
    assert User.objects.filter(username="nieuw").exists() is allowed
    nav = client.get("/").content.decode()
    assert ("/register/gebruikers/" in nav) is allowed


@pytest.mark.django_db
def test_it_creates_a_person_in_the_own_organisation_audited(client, make_user, organization):
    beheerder = make_user("beheerder")
    client.force_login(beheerder)
    assert client.post("/register/gebruikers/", NEW).status_code == 302
    person = User.objects.get(username="nieuw")
    assert person.organization == organization and person.role_names == {"projectleider"}
    assert person.check_password(NEW["password"])
    event = AuditEvent.objects.get(event="user_created")
    assert event.actor_id == beheerder.pk and event.organization_id == organization.pk
    assert {"field": "groups", "old": [], "new": ["projectleider"]} in event.changes


@pytest.mark.django_db
def test_it_refuses_bad_input_with_a_message_and_stores_nothing(client, make_user):
    client.force_login(make_user("beheerder"))
    for change, field in (({"email": "geen-adres"}, "E-mailadres"),
                          ({"password": "123"}, "Wachtwoord"),
                          ({"username": "beheerder"}, "Gebruikersnaam"),
                          ({"roles": ["koning"]}, "Rollen")):
        page = client.post("/register/gebruikers/", {**NEW, **change})
        assert page.status_code == 400 and field in page.content.decode()
    assert not User.objects.filter(username="nieuw").exists()


@pytest.mark.django_db
def test_it_refuses_to_grant_rights_the_beheerder_lacks(client, make_user):
    beheerder = make_user("beheerder")
    person = make_user("medewerker", username="mark")
    client.force_login(beheerder)
    page = client.post(f"/register/gebruikers/{person.pk}/",
                       {"roles": ["medewerker", "fg"], "active": "on"}, follow=True)
    assert "rechten geeft die u zelf niet heeft" in page.content.decode()
    assert User.objects.get(pk=person.pk).role_names == {"medewerker"}
    assert 'id="role_fg" name="roles" value="fg" disabled' in page.content.decode()
    assert client.post("/register/gebruikers/", {**NEW, "roles": ["directie"]}).status_code == 400
    assert not AuditEvent.objects.filter(event__startswith="user_").exists()


@pytest.mark.django_db
def test_it_keeps_roles_the_beheerder_cannot_touch_and_deactivates(client, make_user):
    beheerder = make_user("beheerder")
    fg = make_user("fg", "medewerker", username="aicha")
    client.force_login(beheerder)
    page = client.get(f"/register/gebruikers/{fg.pk}/").content.decode()
    assert '<input type="hidden" name="roles" value="fg">' in page
    # the form as the browser sends it: fg kept through the hidden field, medewerker removed
    client.post(f"/register/gebruikers/{fg.pk}/", {"roles": ["fg"]})
    fg = User.objects.get(pk=fg.pk)
    assert fg.role_names == {"fg"} and not fg.is_active
    event = AuditEvent.objects.get(event="user_rights_changed")
    assert {"field": "is_active", "old": True, "new": False} in event.changes
    assert {"field": "groups", "old": ["fg", "medewerker"], "new": ["fg"]} in event.changes
    own = client.post(f"/register/gebruikers/{beheerder.pk}/", {"roles": ["beheerder"]},
                      follow=True)
    assert "eigen account" in own.content.decode()
    assert User.objects.get(pk=beheerder.pk).is_active


@pytest.mark.django_db
def test_it_shows_only_the_own_organisation(client, make_user, other_organization):
    stranger = make_user("medewerker", username="vreemde", org=other_organization)
    client.force_login(make_user("beheerder"))
    assert "vreemde" not in client.get("/register/gebruikers/").content.decode()
    assert client.get(f"/register/gebruikers/{stranger.pk}/").status_code == 404
    assert client.post(f"/register/gebruikers/{stranger.pk}/", {"roles": []}).status_code == 404
    assert User.objects.get(pk=stranger.pk).is_active


@pytest.mark.django_db
def test_it_goes_through_the_one_door_so_nobody_gives_themselves_a_role(client, make_user):
    beheerder = make_user("beheerder")
    client.force_login(beheerder)
    refused = client.post(f"/register/gebruikers/{beheerder.pk}/",
                          {"roles": ["beheerder", "medewerker"], "active": "on"}, follow=True)
    assert "uzelf geen rechten" in refused.content.decode()
    assert User.objects.get(pk=beheerder.pk).role_names == {"beheerder"}
    assert not AuditEvent.objects.filter(event="user_rights_changed").exists()
