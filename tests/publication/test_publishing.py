"""Publishing to the register: what is sent, what is kept, drift and republishing, audit."""

import dataclasses

import pytest

from regie.audit.models import AuditEvent
from regie.audit.service import SYSTEM, Actor
from regie.publication import service
from regie.publication.models import Publication, PublicationState
from regie.register.dossier import parse_dossier
from regie.register.service import import_dossier

from .conftest import complete_dossier


def _update(application, **changes):
    data = parse_dossier(complete_dossier(slug=application.slug, **changes))
    import_dossier(data, actor=SYSTEM)


def test_it_publishes_a_complete_dossier_and_keeps_what_was_sent(
    make_application, register_env, make_user
):
    application = make_application()
    user = make_user("beheerder")
    with service.AlgoritmeregisterClient(service.config_from_env()) as client:
        publication = service.publish(application, actor=Actor(user=user, via="web"), client=client)
    held = register_env.algorithms[publication.lars]
    assert held["record"] == publication.payload and held["published"]
    assert publication.state == PublicationState.RELEASED
    assert publication.payload_hash == service.record_hash(publication.payload)
    assert publication.preview_url.endswith(publication.lars)
    event = AuditEvent.objects.get(event="application_published")
    assert event.application_id == application.pk and event.actor_id == user.pk
    assert event.data["lars"] == publication.lars
    assert not service.drift(application).drifted


def test_it_shows_drift_and_republishes_as_an_update(make_application, register_env):
    application = make_application()
    with service.AlgoritmeregisterClient(service.config_from_env()) as client:
        first = service.publish(application, actor=SYSTEM, client=client)
        _update(application, human_oversight="Twee medewerkers controleren elke uitkomst.")
        state = service.drift(application)
        assert state.drifted and state.changed_fields == ["human_intervention"]
        second = service.publish(application, actor=SYSTEM, client=client)
    assert second.lars == first.lars and len(register_env.algorithms) == 1
    assert "Twee medewerkers" in register_env.algorithms[first.lars]["record"]["human_intervention"]
    assert register_env.algorithms[first.lars]["versions"] == 2
    assert not service.drift(application).drifted


def test_it_refuses_to_publish_an_incomplete_record(make_application, register_env):
    application = make_application(contact_email=None)
    with service.AlgoritmeregisterClient(service.config_from_env()) as client:
        with pytest.raises(service.PublishError, match="contact_email"):
            service.publish(application, actor=SYSTEM, client=client)
    assert register_env.requests == [] and not Publication.objects.exists()


def test_it_retracts_and_records_it(make_application, register_env):
    application = make_application()
    with service.AlgoritmeregisterClient(service.config_from_env()) as client:
        publication = service.publish(application, actor=SYSTEM, client=client)
        service.retract(application, actor=SYSTEM, client=client)
    publication.refresh_from_db()
    assert publication.state == PublicationState.RETRACTED and publication.retracted_at
    assert not register_env.algorithms[publication.lars]["published"]
    assert (
        AuditEvent.objects.filter(
            event="application_publication_retracted", application_id=application.pk
        ).count()
        == 1
    )


def test_it_keeps_state_unchanged_when_the_register_fails(make_application, register_env):
    application = make_application()
    register_env.faults = [503] * 4
    config = dataclasses.replace(service.config_from_env(), backoff=0.01)
    with service.AlgoritmeregisterClient(config) as client:
        with pytest.raises(service.PublishError, match="na 4 pogingen"):
            service.publish(application, actor=SYSTEM, client=client)
    assert not Publication.objects.exists()
    assert not AuditEvent.objects.filter(event="application_published").exists()


def test_it_says_which_setting_is_missing(monkeypatch):
    monkeypatch.delenv("REGIE_ALGORITMEREGISTER_TOKEN", raising=False)
    monkeypatch.setenv("REGIE_ALGORITMEREGISTER_URL", "http://127.0.0.1:1")
    with pytest.raises(service.PublishError, match="REGIE_ALGORITMEREGISTER_TOKEN"):
        service.config_from_env()


def test_it_publishes_and_retracts_from_the_command_line(make_application, register_env):
    from io import StringIO

    from django.core.management import CommandError, call_command

    application = make_application()
    out = StringIO()
    call_command("algoritmeregister", "publish", application.slug, stdout=out)
    publication = Publication.objects.get(application=application)
    assert f"Gepubliceerd als {publication.lars}" in out.getvalue()
    assert AuditEvent.objects.get(event="application_published").via == "cli"
    call_command("algoritmeregister", "retract", application.slug, stdout=out)
    assert not register_env.algorithms[publication.lars]["published"]
    with pytest.raises(CommandError) as caught:
        call_command("algoritmeregister", "publish", "bestaat-niet")
    assert caught.value.returncode == 2 and "bestaat-niet" in str(caught.value)
