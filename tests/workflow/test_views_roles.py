"""Every procedure page for every role: allowed, 403 without the right, 404 for another
organisation's objects; bad input gives 400 and leaves everything unchanged."""

from django.core.files.uploadedfile import SimpleUploadedFile

import pytest

from regie.register.models import Application
from regie.workflow import service
from regie.workflow.models import Evidence

from .conftest import actor, advise

ALL = {"owner", "projectleider", "fg", "ciso", "directie", "beheerder", "dagelijks_bestuur"}
PAGES = {
    "inbox": ("/procedure/", ALL),
    "list": ("/procedure/toepassingen/", ALL),
    "application": ("/procedure/{slug}/", ALL),
    "advice": ("/procedure/{slug}/advies/", {"fg", "ciso"}),
    "decision": ("/procedure/{slug}/besluit/", {"directie"}),
    "intake": ("/procedure/aanmelden/", {"owner", "projectleider", "beheerder"}),
    "reuse": ("/procedure/hergebruik/", {"owner", "projectleider", "beheerder"}),
    "record": ("/procedure/besluiten/{record}/", ALL),
}
ROLES = sorted(ALL | {"medewerker"})


@pytest.fixture
def decided(in_review, users):
    application = in_review()
    advise(application, users)
    decision = service.decide(
        application, actor=actor(users["directie"]), outcome="rejected", rationale="Nog niet."
    )
    Application.objects.filter(pk=application.pk).update(status="in_review")
    return application, decision.record


def test_it_checks_the_role_on_every_page(client, users, decided):
    application, record = decided
    for role in ROLES:
        client.force_login(users[role])
        for name, (url, allowed) in PAGES.items():
            response = client.get(url.format(slug=application.slug, record=record.pk))
            assert response.status_code == (200 if role in allowed else 403), (name, role)


def test_it_hides_other_organisations_objects(client, decided, make_user, other_organization):
    application, record = decided
    stranger = make_user(
        "fg", "directie", "projectleider", username="vreemd", org=other_organization
    )
    client.force_login(stranger)
    for url in (
        f"/procedure/{application.slug}/",
        f"/procedure/{application.slug}/advies/",
        f"/procedure/besluiten/{record.pk}/",
    ):
        assert client.get(url).status_code == 404, url
    response = client.post(
        f"/procedure/{application.slug}/status/", {"to_status": "draft", "reason": "x"}
    )
    assert response.status_code == 404


def test_it_sends_anonymous_visitors_to_the_login(client, decided):
    application, _record = decided
    response = client.get(f"/procedure/{application.slug}/")
    assert response.status_code == 302 and "/inloggen/" in response["Location"]


def test_it_answers_bad_input_with_400_and_changes_nothing(client, users, make_application):
    application = make_application(risk_analysis={"care": None})
    client.force_login(users["owner"])
    url = f"/procedure/{application.slug}/"
    assert client.post(url + "status/", {"to_status": "bestaat-niet"}).status_code == 400
    response = client.post(url + "status/", {"to_status": "in_review"})
    assert response.status_code == 400
    assert "risicovragen" in response.content.decode()
    response = client.post(url + "status/", {"to_status": "approved", "reason": "x"})
    assert response.status_code == 403
    response = client.post(
        url + "checklist/measures/", {"kind": "file", "file": SimpleUploadedFile("x.exe", b"MZ")}
    )
    assert response.status_code == 400 and "file" in response.content.decode()
    application.refresh_from_db()
    assert application.status == "draft" and not Evidence.objects.exists()


def test_it_refuses_advice_from_the_owner_through_the_page(client, users, in_review, make_user):
    application = in_review()
    owner_fg = make_user("fg", username="eigen_fg")
    Application.objects.filter(pk=application.pk).update(created_by=owner_fg)
    client.force_login(owner_fg)
    response = client.post(
        f"/procedure/{application.slug}/advies/",
        {"role": "fg", "outcome": "positive", "text": "Prima."},
    )
    assert response.status_code == 403 and "Vier ogen" in response.content.decode()
    assert not application.advices.exists()


def test_it_starts_a_procedure_from_a_dossier_file(client, users, organization):
    client.force_login(users["owner"])
    good = (
        f"name: Notulen samenvatten\norganization: {organization.name}\n"
        "purpose: Notulen sneller maken.\n"
    ).encode()
    response = client.post(
        "/procedure/aanmelden/", {"file": SimpleUploadedFile("dossier.yaml", good)}
    )
    application = Application.objects.get(name="Notulen samenvatten")
    assert response.status_code == 302 and application.status == "draft"
    assert application.created_by == users["owner"]
    bad = b"name: X\norganization: Gemeente Voorbeeld\nuse: verboden\n"
    response = client.post("/procedure/aanmelden/", {"file": SimpleUploadedFile("fout.yaml", bad)})
    assert response.status_code == 400 and "use" in response.content.decode()
    assert Application.objects.count() == 1
