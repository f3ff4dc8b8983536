"""The publication page: to-do list, publish and republish buttons, drift warning."""

from django.urls import reverse

from regie.audit.models import AuditEvent
from regie.audit.service import SYSTEM
from regie.publication.models import Publication
from regie.register.dossier import parse_dossier
from regie.register.service import import_dossier

from .conftest import complete_dossier


def test_it_publishes_shows_drift_and_republishes(
    client, make_user, make_application, register_env
):
    application = make_application()
    user = make_user("beheerder")
    client.force_login(user)
    page = reverse("publication:publication_detail", kwargs={"slug": application.slug})
    publish = reverse(
        "publication:publication_action", kwargs={"slug": application.slug, "action": "publish"}
    )
    assert "nog niet gepubliceerd" in client.get(page).content.decode()
    response = client.post(publish, follow=True)
    assert "Gepubliceerd in het Algoritmeregister" in response.content.decode()
    assert 'data-drift="false"' in response.content.decode()
    data = parse_dossier(complete_dossier(slug=application.slug, name="Samenvatten 2.0"))
    import_dossier(data, actor=SYSTEM)
    html = client.get(page).content.decode()
    assert 'data-drift="true"' in html and "name" in html and "Opnieuw publiceren" in html
    overview = client.get(reverse("publication:exports")).content.decode()
    assert 'data-state="drifted"' in overview and "gewijzigd sinds publicatie" in overview
    client.post(publish)
    assert 'data-drift="false"' in client.get(page).content.decode()
    assert 'data-state="current"' in client.get(reverse("publication:exports")).content.decode()
    assert (
        AuditEvent.objects.filter(
            event="application_published", actor_id=user.pk, via="web"
        ).count()
        == 2
    )


def test_it_shows_the_register_error_and_changes_nothing(
    client, make_user, make_application, register_env, monkeypatch
):
    monkeypatch.setenv("REGIE_ALGORITMEREGISTER_TOKEN", "verkeerd")
    application = make_application()
    client.force_login(make_user("beheerder"))
    response = client.post(
        reverse(
            "publication:publication_action", kwargs={"slug": application.slug, "action": "publish"}
        ),
        follow=True,
    )
    assert "geen of ongeldig token" in response.content.decode()
    assert not Publication.objects.exists()


def test_it_lists_what_is_missing_and_disables_publishing(client, make_user, make_application):
    application = make_application(contact_email=None)
    client.force_login(make_user("beheerder"))
    html = client.get(
        reverse("publication:publication_detail", kwargs={"slug": application.slug})
    ).content.decode()
    assert "contact_email" in html and "verplicht" in html
    assert "disabled" in html
