"""A gateway that stays fair under abuse: an oversized request is refused with 413 before it
is read whole, a pathological prompt is scanned in a scanner process that is killed at the
deadline while other requests keep being answered, and a scanner that answers nonsense
refuses the request (recorded, in the audit trail)."""

from __future__ import annotations

import json
import subprocess
import threading
import time

import httpx
import pytest

from regie.audit.models import AuditEvent
from regie.gateway.models import Decision, GatewayRequest
from tests.gateway.conftest import RegieServer, wait_for

HELLO = {"model": "echo", "messages": [{"role": "user", "content": "Hallo"}]}
# The real scanner needs about 3 s per MB for this text: 9.5 MB would take half a minute.
PATHOLOGICAL = ("A" * 1000 + " ") * 9500


class Bystander(threading.Thread):
    """Sends small requests one after another and notes how long each took."""

    def __init__(self, server: RegieServer, token: str):
        super().__init__(daemon=True)
        self.server, self.token = server, token
        self.latencies: list[float] = []
        self.statuses: list[int] = []
        self.stop = threading.Event()

    def run(self) -> None:
        with httpx.Client(base_url=self.server.url, timeout=30, headers={
                "Authorization": f"Bearer {self.token}"}) as client:
            while not self.stop.is_set():
                started = time.perf_counter()
                response = client.post("/v1/chat/completions", json=HELLO)
                self.latencies.append(time.perf_counter() - started)
                self.statuses.append(response.status_code)
                time.sleep(0.02)


def run_beside(server: RegieServer, token: str, abuse) -> tuple[httpx.Response, Bystander]:
    bystander = Bystander(server, token)
    bystander.start()
    time.sleep(0.3)
    try:
        response = abuse()
        time.sleep(0.3)
    finally:
        bystander.stop.set()
        bystander.join(timeout=30)
    return response, bystander


def scanner_processes(server: RegieServer) -> int:
    children = subprocess.run(["ps", "--ppid", str(server.process.pid), "-o", "args="],
                              capture_output=True, text=True).stdout
    return children.count("regie.gateway.scanworker")


def test_it_refuses_an_oversized_request_with_413_while_serving_others(gateway_app,
                                                                        fresh_upstream):
    app, token = gateway_app()
    big = {"model": "echo", "messages": [{"role": "user", "content": "x" * 3_000_000}]}
    with RegieServer(REGIE_GATEWAY_MAX_REQUEST_MB="2") as server:
        headers = {"Authorization": f"Bearer {token}"}
        response, bystander = run_beside(server, token, lambda: httpx.post(
            f"{server.url}/v1/chat/completions", json=big, headers=headers, timeout=30))

        def chunked():  # no Content-Length: refused while reading
            yield json.dumps(big).encode()

        streamed = httpx.post(f"{server.url}/v1/chat/completions", content=chunked(),
                              headers=headers, timeout=30)
    for refused in (response, streamed):
        assert refused.status_code == 413
        error = refused.json()["error"]
        assert (error["code"], error["type"]) == ("request_too_large", "invalid_request_error")
        assert "groter dan de 2 MB" in error["message"]
    assert bystander.statuses and set(bystander.statuses) == {200}
    assert not any(len(m["messages"][0]["content"]) > 100 for m in fresh_upstream.app.received)
    refusals = GatewayRequest.objects.filter(application=app, reason="request_too_large")
    assert refusals.count() == 2
    assert AuditEvent.objects.filter(event="gateway_request_refused",
                                     data__code="request_too_large").count() == 2


def test_it_stops_a_pathological_scan_at_the_deadline_without_stalling_others(
        gateway_app, fresh_upstream):
    app, token = gateway_app(settings={"default_action": "redact"})
    prompt = {"model": "echo", "messages": [{"role": "user", "content": PATHOLOGICAL}]}
    with RegieServer(REGIE_GATEWAY_SCAN_TIMEOUT_MS="2000") as server:
        # Warm up: the first long text starts a scanner process (not part of the deadline).
        warm = httpx.post(f"{server.url}/v1/chat/completions", timeout=60, headers={
            "Authorization": f"Bearer {token}"}, json={"model": "echo", "messages": [
                {"role": "user", "content": "Mail a.b@test.nl. " + "tekst " * 2000}]})
        assert warm.status_code == 200, warm.text
        started = time.perf_counter()
        response, bystander = run_beside(server, token, lambda: httpx.post(
            f"{server.url}/v1/chat/completions", json=prompt, timeout=60,
            headers={"Authorization": f"Bearer {token}"}))
        took = time.perf_counter() - started
        assert wait_for(lambda: scanner_processes(server) <= 2)
    assert response.status_code == 503
    assert response.json()["error"]["code"] == "scanner_failed"
    assert took < 10  # the whole scan would take about 30 s
    assert len(bystander.statuses) >= 10 and set(bystander.statuses) == {200}
    # Nobody waited for the scan (2 s deadline, 30 s of work); parsing the 9.5 MB body
    # itself does take the event loop a moment on a busy machine.
    assert max(bystander.latencies) < 1.5, max(bystander.latencies)
    assert not any(len(m["messages"][0]["content"]) > 100_000
                   for m in fresh_upstream.app.received)
    assert GatewayRequest.objects.filter(application=app, reason="scanner_failed",
                                         decision=Decision.REFUSED).count() == 1


@pytest.mark.parametrize("scanner", ["tests.gateway.scanner.malformed_scan",
                                     "tests.gateway.scanner.not_a_list_scan"])
@pytest.mark.parametrize("length", [10, 20_000], ids=["in-the-event-loop", "in-a-process"])
def test_it_refuses_malformed_scanner_output_as_a_scanner_failure(gateway_app, fresh_upstream,
                                                                   scanner, length):
    app, token = gateway_app(settings={"default_action": "redact"})
    with RegieServer(REGIE_GATEWAY_SCANNER=scanner) as server:
        response = httpx.post(f"{server.url}/v1/chat/completions", timeout=60, json={
            "model": "echo", "messages": [{"role": "user", "content": "k" * length}]},
            headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 503
    assert response.headers["content-type"] == "application/json"
    assert response.json()["error"]["code"] == "scanner_failed"
    assert fresh_upstream.app.received == []
    request = GatewayRequest.objects.get(application=app)
    assert (request.decision, request.reason) == (Decision.REFUSED, "scanner_failed")
    assert AuditEvent.objects.get(event="gateway_request_refused").data["code"] == (
        "scanner_failed")
