"""Only what the register allows: each reason to refuse gives the OpenAI error shape with
a Dutch message naming what is missing, is never forwarded, and lands in the audit trail."""

import datetime as dt

from django.utils import timezone

import httpx
import openai
import pytest

from regie.audit.models import AuditEvent
from regie.gateway.models import ApiKey, GatewayRequest
from regie.register.models import AIModel
from tests.gateway.conftest import openai_client

HELLO = [{"role": "user", "content": "Hallo"}]


def refused(server, token, *, model="echo", messages=HELLO):
    response = httpx.post(f"{server.url}/v1/chat/completions",
                          headers={"Authorization": f"Bearer {token}"} if token else {},
                          json={"model": model, "messages": messages}, timeout=20)
    body = response.json()
    assert set(body["error"]) >= {"message", "type", "code"}
    return response.status_code, body["error"]


def assert_audited(code):
    event = AuditEvent.objects.filter(event="gateway_request_refused").latest("id")
    assert event.data["code"] == code
    assert GatewayRequest.objects.filter(reason=code).exists()


def test_it_refuses_without_a_key(regie_server, gateway_app, fresh_upstream):
    status, error = refused(regie_server, None)
    assert (status, error["code"]) == (401, "missing_api_key")
    assert "regie apikey create" in error["message"]
    assert_audited("missing_api_key")
    assert fresh_upstream.app.received == []


def test_it_refuses_an_unknown_key(regie_server, gateway_app):
    gateway_app()
    status, error = refused(regie_server, "rg-onbekend")
    assert (status, error["code"]) == (401, "invalid_api_key")
    assert "onbekend in het register" in error["message"]
    assert_audited("invalid_api_key")


def test_it_refuses_a_revoked_and_an_expired_key(regie_server, gateway_app):
    app, token = gateway_app()
    ApiKey.objects.filter(application=app).update(revoked_at=timezone.now())
    assert refused(regie_server, token)[1]["code"] == "api_key_revoked"
    ApiKey.objects.filter(application=app).update(
        revoked_at=None, expires_at=timezone.now() - dt.timedelta(days=1))
    status, error = refused(regie_server, token)
    assert (status, error["code"]) == (401, "api_key_expired")
    assert "verlopen" in error["message"]
    assert_audited("api_key_expired")


@pytest.mark.parametrize("status,environment", [
    ("draft", "production"), ("in_review", "production"), ("approved", "production"),
    ("retired", "production"), ("rejected", "exploration")])
def test_it_refuses_applications_that_are_not_in_use(regie_server, gateway_app, status,
                                                     environment, fresh_upstream):
    _app, token = gateway_app(status=status, environment=environment)
    code, error = refused(regie_server, token)
    assert (code, error["code"]) == (403, "application_not_in_use")
    assert "In gebruik" in error["message"]
    assert fresh_upstream.app.received == []
    assert_audited("application_not_in_use")


def test_it_serves_an_approved_exploration_application(regie_server, gateway_app):
    _app, token = gateway_app(status="approved", environment="exploration")
    answer = openai_client(regie_server, token).chat.completions.create(model="echo",
                                                                        messages=HELLO)
    assert answer.choices[0].message.content == "Ontvangen: Hallo"


def test_it_refuses_a_model_that_is_not_approved(regie_server, gateway_app):
    app, token = gateway_app(models=("echo",))
    AIModel.objects.create(organization=app.organization, name="ander-model", terms="contract")
    code, error = refused(regie_server, token, model="ander-model")
    assert (code, error["code"]) == (403, "model_not_approved")
    assert "goedgekeurd: echo" in error["message"]
    assert_audited("model_not_approved")


def test_it_never_serves_a_model_under_consumer_terms(regie_server, gateway_app,
                                                      fresh_upstream):
    _app, token = gateway_app(models=("echo",), terms="consumer")
    code, error = refused(regie_server, token)
    assert (code, error["code"]) == (403, "model_consumer_terms")
    assert "consumentenvoorwaarden" in error["message"]
    assert fresh_upstream.app.received == []
    client = openai_client(regie_server, token)
    assert list(client.models.list()) == []


def test_it_refuses_a_model_with_unknown_terms_or_no_endpoint(regie_server, gateway_app):
    _app, token = gateway_app(slug="zonder-voorwaarden", models=("echo",), terms="")
    assert refused(regie_server, token)[1]["code"] == "model_terms_unknown"
    _app, token = gateway_app(slug="zonder-endpoint", models=("tool",), endpoint_base_url="")
    code, error = refused(regie_server, token, model="tool")
    assert (code, error["code"]) == (403, "model_without_endpoint")
    assert "geen endpoint" in error["message"]


def test_it_refuses_when_the_upstream_key_is_not_in_the_environment(regie_server, gateway_app):
    _app, token = gateway_app(models=("echo",), endpoint_api_key_env="REGIE_TEST_NIET_GEZET")
    code, error = refused(regie_server, token)
    assert (code, error["code"]) == (503, "upstream_key_missing")
    assert "REGIE_TEST_NIET_GEZET" in error["message"]


def test_it_refuses_bad_requests_with_the_field(regie_server, gateway_app, fresh_upstream):
    _app, token = gateway_app()
    code, error = refused(regie_server, token, model="")
    assert (code, error["code"]) == (400, "invalid_request")
    assert "'model'" in error["message"]
    image = [{"role": "user", "content": [
        {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}}]}]
    code, error = refused(regie_server, token, messages=image)
    assert (code, error["code"]) == (400, "invalid_request")
    assert "messages.content" in error["message"]
    # tool calls whose words cannot be read are refused, never forwarded unscanned
    for calls in (5, [{"type": "custom", "custom": {"name": "zoek", "input": "BSN 111222333"}}]):
        turns = [{"role": "user", "content": "Zoek."}, {"role": "assistant", "tool_calls": calls}]
        code, error = refused(regie_server, token, messages=turns)
        assert (code, error["code"]) == (400, "invalid_request")
        assert "messages.tool_calls" in error["message"]
    response = httpx.post(f"{regie_server.url}/v1/chat/completions", content=b"{kapot",
                          headers={"Authorization": f"Bearer {token}"})
    assert (response.status_code, response.json()["error"]["code"]) == (400, "invalid_json")
    assert fresh_upstream.app.received == []


def test_it_shows_the_dutch_message_through_the_openai_client(regie_server, gateway_app):
    _app, token = gateway_app(status="draft")
    with pytest.raises(openai.PermissionDeniedError) as raised:
        openai_client(regie_server, token).chat.completions.create(model="echo",
                                                                   messages=HELLO)
    assert raised.value.code == "application_not_in_use"
    assert "Concept" in raised.value.message
