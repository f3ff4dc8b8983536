"""Fail closed: a broken or slow scanner, or a register that cannot be read, refuses the
request and nothing reaches the model; upstream failures give clear 502/504 errors."""

from django.db import connection

import httpx
import openai
import pytest

from regie.gateway.models import GatewayRequest
from tests.gateway.conftest import RegieServer, openai_client
from tests.gateway.upstream import free_port

HELLO = [{"role": "user", "content": "Hallo"}]


@pytest.mark.parametrize("scanner", ["tests.gateway.scanner.broken_scan",
                                     "tests.gateway.scanner.slow_scan",
                                     "tests.gateway.ontbrekende_scanner"])
def test_it_refuses_when_the_scanner_fails(gateway_app, fresh_upstream, scanner):
    app, token = gateway_app(settings={"default_action": "redact"})
    with RegieServer(REGIE_GATEWAY_SCANNER=scanner, REGIE_GATEWAY_SCAN_TIMEOUT_MS="300") as server:
        with pytest.raises(openai.APIStatusError) as raised:
            openai_client(server, token).chat.completions.create(model="echo", messages=HELLO)
    assert raised.value.status_code == 503
    assert raised.value.code in ("scanner_failed", "scanner_unavailable")
    assert "privacyscanner" in raised.value.message
    assert fresh_upstream.app.received == []
    assert GatewayRequest.objects.get(application=app).decision == "refused"


def test_it_refuses_when_the_register_cannot_be_read(regie_server, gateway_app, fresh_upstream):
    _app, token = gateway_app()
    with connection.cursor() as cursor:
        cursor.execute("ALTER TABLE gateway_apikey RENAME TO gateway_apikey_weg")
    try:
        response = httpx.post(f"{regie_server.url}/v1/chat/completions", json={
            "model": "echo", "messages": HELLO}, headers={"Authorization": f"Bearer {token}"})
    finally:
        with connection.cursor() as cursor:
            cursor.execute("ALTER TABLE gateway_apikey_weg RENAME TO gateway_apikey")
    assert response.status_code == 503
    assert response.json()["error"]["code"] == "register_unavailable"
    assert fresh_upstream.app.received == []


def test_it_reports_upstream_errors_and_timeouts(regie_server, gateway_app):
    app, token = gateway_app()
    client = openai_client(regie_server, token)
    with pytest.raises(openai.APIStatusError) as raised:
        client.chat.completions.create(model="error", messages=HELLO)
    assert (raised.value.status_code, raised.value.code) == (502, "upstream_error")
    assert "model crashed" in raised.value.message
    with pytest.raises(openai.APIStatusError) as raised:
        client.chat.completions.create(model="slow", messages=HELLO, stream=True)
    assert (raised.value.status_code, raised.value.code) == (504, "upstream_timeout")
    decisions = set(GatewayRequest.objects.filter(application=app)
                    .values_list("decision", flat=True))
    assert decisions == {"upstream_error"}


def test_it_reports_an_unreachable_upstream(regie_server, gateway_app):
    _app, token = gateway_app(models=("echo",),
                              endpoint_base_url=f"http://127.0.0.1:{free_port()}/v1")
    with pytest.raises(openai.APIStatusError) as raised:
        openai_client(regie_server, token).chat.completions.create(model="echo",
                                                                   messages=HELLO)
    assert (raised.value.status_code, raised.value.code) == (502, "upstream_unavailable")
    assert "niet bereikbaar" in raised.value.message
