"""Issue 17 point 4: a model with several endpoints. The gateway balances between the healthy
ones the decision covered, retries a failed connection once on another, takes an endpoint out
while its health check fails and back when it answers, and never uses an endpoint no decision
covered. Two (or three) real upstreams on loopback, one Regie server per test."""

from __future__ import annotations

import time

import httpx
import pytest

from regie.audit.models import AuditEvent
from regie.audit.service import Actor
from regie.gateway.models import GatewayRequest, UpstreamHealth
from regie.register.constants import Status
from regie.register.models import AIModel, Application, ModelEndpoint
from regie.register.service import add_model_endpoint
from tests.gateway.conftest import RegieServer, record_approval, wait_for
from tests.gateway.upstream import UpstreamServer

HELLO = [{"role": "user", "content": "Hallo"}]


@pytest.fixture
def second_upstream():
    with UpstreamServer() as server:
        yield server


@pytest.fixture
def health_server(transactional_db):
    with RegieServer(REGIE_GATEWAY_HEALTH_SECONDS="1", REGIE_GATEWAY_UPSTREAM_FAILURES="2",
                     REGIE_GATEWAY_UPSTREAM_TIMEOUT="5") as server:
        yield server


def _two_endpoints(gateway_app, first, second, models=("echo", "broken")):
    """An application in use whose models run on `first` and `second`, both decided."""
    application, token = gateway_app(models=models, endpoint_base_url=first.url)
    for model in AIModel.objects.filter(name__in=models):
        ModelEndpoint.objects.create(model=model, base_url=second.url)
    record_approval(application)
    return application, token


def _chat(server, token, model="echo", **extra):
    return httpx.post(f"{server.url}/v1/chat/completions",
                      headers={"Authorization": f"Bearer {token}"},
                      json={"model": model, "messages": HELLO, **extra}, timeout=20)


def _health(upstream) -> bool | None:
    row = UpstreamHealth.objects.filter(base_url=upstream.url).first()
    return None if row is None else row.healthy


def test_it_balances_between_the_decided_endpoints(health_server, gateway_app, fresh_upstream,
                                                   second_upstream):
    _app, token = _two_endpoints(gateway_app, fresh_upstream, second_upstream)
    for _ in range(10):
        assert _chat(health_server, token).status_code == 200
    # One request at a time: the endpoints take turns (exactly, unless a health check was
    # slow on this busy machine and took one out for a moment).
    assert len(fresh_upstream.app.received) + len(second_upstream.app.received) == 10
    assert len(fresh_upstream.app.received) >= 3
    assert len(second_upstream.app.received) >= 3
    assert {r["model"] for r in second_upstream.app.received} == {"echo"}


def test_it_answers_from_the_other_while_one_is_down_and_takes_it_back(
        health_server, gateway_app, fresh_upstream):
    with UpstreamServer() as second:
        _app, token = _two_endpoints(gateway_app, fresh_upstream, second)
        assert _chat(health_server, token).status_code == 200
        port = second.port
    # The second is gone: a refused connection is retried on the first, so every answer
    # comes from there; the endpoint is taken out (passive and active checks) and shown so.
    before = len(fresh_upstream.app.received)
    answers = [_chat(health_server, token) for _ in range(6)]
    assert [a.status_code for a in answers] == [200] * 6, answers[-1].text
    assert len(fresh_upstream.app.received) == before + 6
    assert wait_for(lambda: _health(second) is False, timeout=10)
    assert UpstreamHealth.objects.get(base_url=second.url).last_error

    with UpstreamServer(port=port) as restarted:
        # Put back once its health check answers again (with back-off: within seconds).
        deadline = time.monotonic() + 40
        while not restarted.app.received and time.monotonic() < deadline:
            assert _chat(health_server, token).status_code == 200
            time.sleep(0.2)
        assert restarted.app.received, "the restarted endpoint was not put back"
        assert restarted.app.probes >= 1
        assert wait_for(lambda: _health(restarted) is True, timeout=10)


def test_it_never_uses_an_endpoint_no_decision_covered(health_server, gateway_app,
                                                       fresh_upstream, second_upstream):
    application, token = _two_endpoints(gateway_app, fresh_upstream, second_upstream)
    with UpstreamServer() as third:
        echo = AIModel.objects.get(name="echo")
        add_model_endpoint(echo, {"base_url": third.url}, actor=Actor(via="test", name="test"))
        # Adding an endpoint is a material change: back to review.
        application.refresh_from_db()
        assert application.status == Status.IN_REVIEW
        Application.objects.filter(pk=application.pk).update(status=Status.IN_USE)
        for _ in range(6):
            assert _chat(health_server, token).status_code == 200
        assert third.app.received == []

        # Both decided endpoints down: 503, recorded, and still nothing to the third.
        second_upstream.server.should_exit = True
        second_upstream.thread.join(timeout=5)
        fresh_upstream.app.received.clear()
        with UpstreamServer() as elsewhere:  # the first endpoint moved away unannounced
            pass
        ModelEndpoint.objects.filter(base_url=third.url).delete()
        AIModel.objects.filter(pk=echo.pk).update(endpoint_base_url=elsewhere.url)
        record_approval(application)
        ModelEndpoint.objects.create(model=echo, base_url=third.url)  # added after the decision
        codes = [_chat(health_server, token).json()["error"]["code"] for _ in range(4)]
        assert codes[-1] == "upstream_unhealthy", codes
        assert set(codes) <= {"upstream_unavailable", "upstream_unhealthy"}
        assert third.app.received == []
        assert wait_for(lambda: GatewayRequest.objects.filter(
            reason="upstream_unhealthy", status_code=503).exists())
        event = AuditEvent.objects.filter(event="gateway_request_refused").latest("id")
        assert event.data["code"] == "upstream_unhealthy"

        # Once decided, the third is used.
        record_approval(application)
        answers = [_chat(health_server, token) for _ in range(3)]
        assert answers[-1].status_code == 200
        assert third.app.received


def test_it_does_not_retry_a_stream_that_broke_off(health_server, gateway_app, fresh_upstream,
                                                    second_upstream):
    _app, token = _two_endpoints(gateway_app, fresh_upstream, second_upstream)
    with httpx.stream("POST", f"{health_server.url}/v1/chat/completions",
                      headers={"Authorization": f"Bearer {token}"},
                      json={"model": "broken", "messages": HELLO, "stream": True},
                      timeout=20) as response:
        assert response.status_code == 200
        body = response.read().decode()
    assert "deel0" in body
    assert '"error"' in body  # the stream ends with an error event, not a second answer
    assert body.count("deel0") == 1
    assert len(fresh_upstream.app.received) + len(second_upstream.app.received) == 1
