"""Role checks on the instrument pages: run (own application), view, 403, 404."""

import pytest

from regie.audit.service import Actor
from regie.instruments import service
from regie.register.models import Application


@pytest.fixture
def foreign_application(other_organization):
    return Application.objects.create(organization=other_organization, slug="elders", name="Elders")


@pytest.mark.parametrize(
    "role, get_status, post_status",
    [
        ("projectleider", 200, 302),
        ("beheerder", 200, 302),
        ("fg", 200, 403),
        ("ciso", 200, 403),
        ("directie", 200, 403),
        ("medewerker", 403, 403),
    ],
)
def test_it_checks_roles_on_the_decision_tree(
    client, make_user, application, role, get_status, post_status
):
    user = make_user(role, username=f"u_{role}")
    if role == "projectleider":
        Application.objects.filter(pk=application.pk).update(owner_email=user.email)
    client.force_login(user)
    url = f"/instrumenten/{application.slug}/beslishulp/"
    assert client.get(url).status_code == get_status
    assert client.post(url, {"action": "restart"}).status_code == post_status


def test_it_refuses_a_projectleider_on_someone_elses_application(client, make_user, application):
    client.force_login(make_user("projectleider", username="ander"))
    url = f"/instrumenten/{application.slug}/beslishulp/"
    assert client.post(url, {"action": "restart"}).status_code == 403


def test_it_hides_other_organisations(client, make_user, foreign_application):
    client.force_login(make_user("beheerder"))
    for url in (
        "/instrumenten/elders/",
        "/instrumenten/elders/beslishulp/",
        "/instrumenten/elders/maatregelen/",
    ):
        assert client.get(url).status_code == 404


def test_it_shows_a_bad_answer_as_a_message_not_an_error(client, make_user, application):
    client.force_login(make_user("beheerder"))
    url = f"/instrumenten/{application.slug}/vragenlijst/urn:nl:regierisicoanalyse/"
    assert "Beginnen" in client.get(url).content.decode()
    assert client.post(url, {"action": "restart"}).status_code == 302
    response = client.post(
        url, {"sectie": 6, "t_6.1": ["astrologie"], "action": "save"}, follow=True
    )
    assert response.status_code == 200
    assert "onbekende keuze" in response.content.decode()


def test_it_shows_results_read_only_to_the_fg(client, make_user, application, answer_all):
    actor = Actor(user=make_user("beheerder"), via="web")
    run = service.start_run(application, service.INTAKE, actor=actor)
    answer_all(run, actor, {"3.1": "false"})
    service.complete_questionnaire(run, actor=actor)
    client.force_login(make_user("fg"))
    page = client.get(f"/instrumenten/{application.slug}/").content.decode()
    assert "Afgerond" in page and "IAMA: aanbevolen" in page and "Bekijken" in page
    form = client.get(
        f"/instrumenten/{application.slug}/vragenlijst/urn:nl:regierisicoanalyse/?sectie=3"
    ).content.decode()
    assert "disabled" in form and "Opslaan en verder" not in form
