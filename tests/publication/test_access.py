"""Who may open which publication page: a role × page matrix, organisation scoping, login."""

from django.urls import reverse

import pytest

from regie.register.roles import Role

DASHBOARD_ROLES = {Role.DIRECTIE, Role.DAGELIJKS_BESTUUR, Role.BEHEERDER, Role.FG, Role.CISO}
EXPORT_ROLES = {Role.BEHEERDER, Role.CISO, Role.DAGELIJKS_BESTUUR}
ALL = set(Role)

PAGES = [
    ("publication:dashboard", {}, DASHBOARD_ROLES),
    ("publication:exports", {}, EXPORT_ROLES),
    ("publication:export_algoritmeregister", {}, EXPORT_ROLES),
    ("publication:export_cmdb", {"fmt": "csv"}, EXPORT_ROLES),
    ("publication:export_cmdb", {"fmt": "xlsx"}, EXPORT_ROLES),
    ("publication:publication_detail", {"slug": "APP"}, ALL),
    # an application's own CMDB row: exporters; its owner once decided (tests/workflow)
    ("publication:application_cmdb", {"slug": "APP"}, EXPORT_ROLES),
]


@pytest.mark.parametrize("role", list(Role))
def test_it_lets_exactly_the_right_roles_in(role, client, make_user, make_application):
    application = make_application()
    client.force_login(make_user(role.value))
    for name, kwargs, allowed in PAGES:
        kwargs = {k: application.slug if v == "APP" else v for k, v in kwargs.items()}
        response = client.get(reverse(name, kwargs=kwargs))
        assert response.status_code == (200 if role in allowed else 403), (name, role)


def test_it_sends_anonymous_visitors_to_the_login_page(client, make_application):
    application = make_application()
    for name, kwargs in [
        ("publication:dashboard", {}),
        ("publication:exports", {}),
        ("publication:application_report", {"slug": application.slug}),
    ]:
        response = client.get(reverse(name, kwargs=kwargs))
        assert response.status_code == 302 and "/inloggen/" in response["Location"]


def test_it_hides_other_organisations_applications(
    client, make_user, make_application, other_organization
):
    foreign = make_application(organization=other_organization.name, name="Elders")
    client.force_login(make_user("beheerder"))
    for name in ("publication:publication_detail", "publication:application_report"):
        assert client.get(reverse(name, kwargs={"slug": foreign.slug})).status_code == 404
    exported = client.get(reverse("publication:export_algoritmeregister")).json()
    assert exported == []
    cmdb = client.get(reverse("publication:export_cmdb", kwargs={"fmt": "csv"}))
    assert "Elders" not in cmdb.content.decode()


def test_it_only_publishes_by_post_with_the_right_role(client, make_user, make_application):
    application = make_application()
    url = reverse(
        "publication:publication_action", kwargs={"slug": application.slug, "action": "publish"}
    )
    client.force_login(make_user("directie"))
    assert client.post(url).status_code == 403
    client.force_login(make_user("beheerder"))
    assert client.get(url).status_code == 405
    bad = reverse(
        "publication:publication_action", kwargs={"slug": application.slug, "action": "wissen"}
    )
    assert client.post(bad).status_code == 404


def test_it_declares_only_existing_permissions(db):
    from regie.register.roles import sync_roles

    sync_roles(strict=True)
