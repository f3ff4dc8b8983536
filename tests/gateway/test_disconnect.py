"""A client that goes away mid-stream makes the gateway close the upstream stream too."""

import socket
import time

from tests.gateway.conftest import wait_for


def test_it_closes_the_upstream_stream_when_the_client_disconnects(regie_server, gateway_app,
                                                                   fresh_upstream):
    _app, token = gateway_app()
    before = fresh_upstream.app.aborted_streams
    body = b'{"model": "trickle", "stream": true, "messages": [{"role": "user", "content": "x"}]}'
    request = (f"POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\n"
               f"Authorization: Bearer {token}\r\nContent-Type: application/json\r\n"
               f"Content-Length: {len(body)}\r\n\r\n").encode() + body
    with socket.create_connection(("127.0.0.1", regie_server.port), timeout=10) as sock:
        sock.sendall(request)
        received = b""
        while received.count(b"woord") < 3:
            received += sock.recv(4096)
    started = time.monotonic()
    assert wait_for(lambda: fresh_upstream.app.aborted_streams > before, timeout=5)
    # The upstream would have streamed for another ~20 s.
    assert time.monotonic() - started < 5
