"""Traceability: usage per application and model for the application page and dashboard,
content logs deleted after their retention period, and an incident when one application
keeps sending data the gateway must block."""


from django.template import Context, Template

import httpx
import pytest

from regie.audit.models import AuditEvent
from regie.gateway.models import Decision, GatewayRequest
from regie.gateway.service import usage_summary
from regie.lifecycle.models import Incident
from regie.register.models import Application


@pytest.fixture
def application(organization):
    return Application.objects.create(organization=organization, slug="chatbot", name="Chatbot",
                                      status="in_use")


def test_it_sums_usage_per_application_and_model(application, other_organization):
    for model, decision, tokens in [("echo", Decision.FORWARDED, 10),
                                    ("echo", Decision.FORWARDED, 5),
                                    ("echo", Decision.BLOCKED, 0),
                                    ("tool", Decision.REFUSED, 0)]:
        GatewayRequest.objects.create(application=application, endpoint="chat", model=model,
                                      decision=decision, prompt_tokens=tokens,
                                      completion_tokens=1)
    [echo, tool] = usage_summary(application=application)
    assert (echo.model, echo.requests, echo.blocked, echo.total_tokens) == ("echo", 3, 1, 18)
    assert (tool.requests, tool.refused) == (1, 1)
    assert usage_summary(organization=other_organization) == []
    html = Template("{% load gateway %}{% gateway_usage organization=org %}").render(
        Context({"org": application.organization}))
    assert "Chatbot" in html and "18" in html


def test_it_reports_repeated_blocks_once(regie_server, gateway_app):
    app, token = gateway_app(settings={"block_incident_threshold": 3})
    for _ in range(5):
        response = httpx.post(f"{regie_server.url}/v1/chat/completions", json={
            "model": "echo", "messages": [{"role": "user", "content": "BSN 123456782"}]},
            headers={"Authorization": f"Bearer {token}"}, timeout=20)
        assert response.status_code == 400
    events = AuditEvent.objects.filter(event="gateway_repeated_blocks", application_id=app.pk)
    assert events.count() == 1
    assert events.get().data == {"blocks_last_hour": 3}
    incident = Incident.objects.get(application=app)
    assert (incident.kind, incident.source) == ("personal_data", "gateway")
    assert "123456782" not in incident.description
