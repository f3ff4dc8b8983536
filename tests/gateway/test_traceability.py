"""Traceability: usage per application and model for the application page and dashboard,
content logs deleted after their retention period, and an incident when one application
keeps sending data the gateway must block."""

import datetime as dt

from django.template import Context, Template
from django.utils import timezone

import httpx
import pytest

from regie.audit.models import AuditEvent
from regie.gateway.models import Decision, GatewayContent, GatewayRequest
from regie.gateway.service import purge_expired_content, usage_summary
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


def test_it_purges_content_past_its_retention(application):
    now = timezone.now()
    for days in (-1, 1):
        request = GatewayRequest.objects.create(application=application, endpoint="chat",
                                                decision=Decision.FORWARDED)
        GatewayContent.objects.create(request=request, prompt="p", response="r",
                                      expires_at=now + dt.timedelta(days=days))
    assert purge_expired_content() == 1
    assert GatewayContent.objects.count() == 1
    assert GatewayRequest.objects.count() == 2


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


def test_it_purges_content_when_the_daily_reminders_run(application):
    import io

    from django.core.management import call_command

    request = GatewayRequest.objects.create(application=application, endpoint="chat",
                                            decision=Decision.FORWARDED)
    GatewayContent.objects.create(request=request, prompt="p", response="r",
                                  expires_at=timezone.now() - dt.timedelta(hours=1))
    out = io.StringIO()
    call_command("reminders", stdout=out)
    assert "gatewayinhoud verwijderd na bewaartermijn: 1" in out.getvalue()
    assert not GatewayContent.objects.exists()
