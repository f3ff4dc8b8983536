"""The gateway forwards only to the endpoint that the application's latest approval covered:
an endpoint change sends the application back to review, and until the directie decides
again the gateway refuses (fail closed, in the audit trail) — whatever the status says."""

from __future__ import annotations

from django.contrib.auth.models import Group
from rest_framework.test import APIClient

import httpx

from regie.audit.models import AuditEvent
from regie.register.constants import Status
from regie.register.models import AIModel, Application, User
from regie.register.roles import sync_roles
from tests.gateway.conftest import record_approval
from tests.gateway.upstream import UpstreamServer

HELLO = [{"role": "user", "content": "Hallo"}]


def _chat(server, token, model="echo"):
    return httpx.post(f"{server.url}/v1/chat/completions",
                      headers={"Authorization": f"Bearer {token}"},
                      json={"model": model, "messages": HELLO}, timeout=20)


def _beheerder(application) -> User:
    sync_roles()
    user = User.objects.create_user(username="beheerder", password="geheim-123",
                                    organization=application.organization)
    user.groups.add(Group.objects.get(name="beheerder"))
    return user


def test_it_refuses_a_changed_endpoint_until_the_directie_decides_again(
        regie_server, gateway_app, fresh_upstream):
    application, token = gateway_app()
    assert _chat(regie_server, token).status_code == 200
    assert len(fresh_upstream.app.received) == 1
    echo = AIModel.objects.get(organization=application.organization, name="echo")

    with UpstreamServer() as moved:
        client = APIClient()
        client.force_authenticate(_beheerder(application))
        response = client.patch(f"/api/v1/models/{echo.pk}/",
                                {"endpoint_base_url": moved.url}, format="json")
        assert response.status_code == 200, response.content
        application.refresh_from_db()
        assert application.status == Status.IN_REVIEW
        answer = _chat(regie_server, token)
        assert (answer.status_code, answer.json()["error"]["code"]) == \
            (403, "application_not_in_use")

        # Even when the status is set back by a door that skips the procedure, the endpoint
        # itself was never decided on: refused, recorded, nothing forwarded.
        Application.objects.filter(pk=application.pk).update(status=Status.IN_USE)
        answer = _chat(regie_server, token)
        assert answer.status_code == 403
        error = answer.json()["error"]
        assert error["code"] == "endpoint_not_decided"
        assert "gewijzigd sinds het besluit" in error["message"]
        assert moved.url in error["message"]
        event = AuditEvent.objects.filter(event="gateway_request_refused").latest("id")
        assert event.data["code"] == "endpoint_not_decided"
        assert moved.app.received == []
        assert len(fresh_upstream.app.received) == 1

        # The other models' endpoints were decided and did not change.
        assert _chat(regie_server, token, model="tool").status_code == 200

        record_approval(application)
        answer = _chat(regie_server, token)
        assert answer.status_code == 200, answer.text
        assert len(moved.app.received) == 1


def test_it_refuses_an_application_that_no_decision_in_regie_covers(
        regie_server, gateway_app, fresh_upstream):
    application, token = gateway_app()
    application.decisions.all().delete()
    answer = _chat(regie_server, token)
    assert answer.status_code == 403
    assert answer.json()["error"]["code"] == "endpoint_not_decided"
    assert "geen besluit in Regie" in answer.json()["error"]["message"]
    assert fresh_upstream.app.received == []
    models = httpx.get(f"{regie_server.url}/v1/models",
                       headers={"Authorization": f"Bearer {token}"}, timeout=20).json()
    assert models["data"] == []
