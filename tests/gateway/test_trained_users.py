"""AI literacy at the gate (AI-verordening art. 4): an application that requires trained users
serves only requests naming an active user of its organisation with valid training; every
other request is refused in the OpenAI error shape, recorded and audited."""

import datetime as dt

from django.db import connection
from django.utils import timezone

import httpx
import pytest

from regie.audit.models import AuditEvent
from regie.audit.service import Actor
from regie.gateway.models import GatewayRequest
from regie.lifecycle.service import record_training, save_training
from regie.register.models import Organization, User
from tests.gateway.conftest import RegieServer

HELLO = [{"role": "user", "content": "Hallo"}]
ACTOR = Actor(via="test", name="test")


def chat(server, token, **headers):
    return httpx.post(f"{server.url}/v1/chat/completions",
                      headers={"Authorization": f"Bearer {token}", **headers},
                      json={"model": "echo", "messages": HELLO}, timeout=20)


@pytest.fixture
def trained_app(gateway_app):
    """(application, key, employee): the employee completed a one-year training
    `completed_days_ago` days ago."""

    def factory(*, completed_days_ago: int = 30, require: bool = True):
        app, token = gateway_app(settings={"require_trained_users": require}, front_end=True)
        employee = User.objects.create_user("jdevries", email="J.deVries@voorbeeld.nl",
                                            organization=app.organization)
        training = save_training(app.organization, actor=ACTOR, name="AI-basis",
                                 level="basic", validity_months=12)
        record_training(user=employee, training=training, actor=ACTOR,
                        completed_on=timezone.localdate() - dt.timedelta(days=completed_days_ago))
        return app, token, employee

    return factory


def assert_refused(response, code, fragment, upstream):
    assert response.status_code == 403
    error = response.json()["error"]
    assert (error["code"], error["type"]) == (code, "permission_denied")
    assert fragment in error["message"]
    assert upstream.app.received == []
    event = AuditEvent.objects.filter(event="gateway_request_refused").latest("id")
    assert event.data["code"] == code
    assert GatewayRequest.objects.get(reason=code).decision == "refused"


@pytest.mark.parametrize("header,name", [("X-Regie-User", "JDEVRIES"),
                                         ("X-OpenWebUI-User-Email", "j.devries@voorbeeld.nl")])
def test_it_serves_a_trained_user(regie_server, trained_app, fresh_upstream, header, name):
    _app, token, _employee = trained_app()
    response = chat(regie_server, token, **{header: name})
    assert response.status_code == 200
    assert response.json()["choices"][0]["message"]["content"] == "Ontvangen: Hallo"
    assert len(fresh_upstream.app.received) == 1


def test_it_refuses_a_request_naming_no_user(regie_server, trained_app, fresh_upstream):
    _app, token, _employee = trained_app()
    assert_refused(chat(regie_server, token), "user_not_named", "X-Regie-User", fresh_upstream)


def test_it_refuses_an_unknown_or_inactive_user(regie_server, trained_app, fresh_upstream):
    _app, token, employee = trained_app()
    elders = Organization.objects.create(name="Gemeente Elders", slug="gemeente-elders")
    User.objects.create_user("elders", organization=elders)
    assert_refused(chat(regie_server, token, **{"X-Regie-User": "elders"}), "user_unknown",
                   "geen actieve medewerker", fresh_upstream)
    employee.is_active = False
    employee.save()
    assert chat(regie_server, token, **{"X-Regie-User": "jdevries"}).json()["error"][
        "code"] == "user_unknown"


def test_it_refuses_a_user_whose_training_expired(regie_server, trained_app, fresh_upstream):
    _app, token, _employee = trained_app(completed_days_ago=400)
    assert_refused(chat(regie_server, token, **{"X-Regie-User": "jdevries"}),
                   "user_training_missing", "verlopen", fresh_upstream)


def test_it_changes_nothing_when_the_setting_is_off(regie_server, trained_app, fresh_upstream):
    _app, token, _employee = trained_app(completed_days_ago=400, require=False)
    assert chat(regie_server, token).status_code == 200
    assert chat(regie_server, token, **{"X-Regie-User": "onbekend"}).status_code == 200
    assert len(fresh_upstream.app.received) == 2


def test_it_refuses_when_training_cannot_be_read(regie_server, trained_app, fresh_upstream):
    _app, token, _employee = trained_app()
    with connection.cursor() as cursor:
        cursor.execute("ALTER TABLE lifecycle_trainingrecord RENAME TO lifecycle_tr_weg")
    try:
        response = chat(regie_server, token, **{"X-Regie-User": "jdevries"})
    finally:
        with connection.cursor() as cursor:
            cursor.execute("ALTER TABLE lifecycle_tr_weg RENAME TO lifecycle_trainingrecord")
    assert (response.status_code, response.json()["error"]["code"]) == (
        503, "register_unavailable")
    assert fresh_upstream.app.received == []


def test_it_reuses_the_answer_per_worker(trained_app, fresh_upstream):
    """Within the cache time a known user costs no read of the training records."""
    _app, token, _employee = trained_app()
    with RegieServer(REGIE_GATEWAY_PEOPLE_CACHE_SECONDS="60") as server:
        assert chat(server, token, **{"X-Regie-User": "jdevries"}).status_code == 200
        with connection.cursor() as cursor:
            cursor.execute("ALTER TABLE lifecycle_trainingrecord RENAME TO lifecycle_tr_weg")
        try:
            response = chat(server, token, **{"X-Regie-User": "JDevries"})
        finally:
            with connection.cursor() as cursor:
                cursor.execute("ALTER TABLE lifecycle_tr_weg RENAME TO lifecycle_trainingrecord")
    assert response.status_code == 200
    assert len(fresh_upstream.app.received) == 2
