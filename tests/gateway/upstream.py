"""A small OpenAI-compatible model server for the gateway tests and the benchmark.

It serves chat completions (whole and streamed), embeddings and the model list on loopback,
and behaves by model name:
  echo        answers "Ontvangen: <last user message>"; streamed in 3-character chunks so
              placeholders arrive split over several events
  tool        answers with a tool call whose arguments hold the last user message
  leak        answers with a BSN and an e-mail address of its own
  slow        waits 5 s before answering (timeouts)
  trickle     streams one chunk every 0.1 s, 200 chunks (client disconnects)
  error       answers 500
  broken      streams five chunks, then the connection breaks (no retry mid-stream)
  fast        answers "ok" at once (benchmark)
Every POSTed request body is kept in `received` (the gateway's health checks, GET
`/models`, are counted in `probes`); streams that ended early are counted in
`aborted_streams`. Usage is always 6 prompt + 4 completion tokens.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time

import uvicorn

USAGE = {"prompt_tokens": 6, "completion_tokens": 4, "total_tokens": 10}


class Upstream:
    def __init__(self) -> None:
        self.received: list[dict] = []
        self.headers: list[dict] = []
        self.aborted_streams = 0
        self.probes = 0
        self.keep = True

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        payload = json.loads(body) if body else {}
        if scope["method"] == "GET":
            self.probes += 1
        elif self.keep:
            self.received.append(payload)
            self.headers.append({k.decode(): v.decode() for k, v in scope["headers"]})
        path = scope["path"]
        if path.endswith("/models"):
            await self.json(send, 200, {"object": "list", "data": [
                {"id": "echo", "object": "model", "created": 0, "owned_by": "test"}]})
        elif path.endswith("/embeddings"):
            inputs = payload["input"] if isinstance(payload["input"], list) else [payload["input"]]
            await self.json(send, 200, {"object": "list", "model": payload["model"], "usage": {
                "prompt_tokens": 6, "total_tokens": 6}, "data": [
                {"object": "embedding", "index": i, "embedding": [0.1 * (i + 1)] * 8}
                for i in range(len(inputs))]})
        elif path.endswith("/chat/completions"):
            await self.chat(payload, receive, send)
        else:
            await self.json(send, 404, {"error": {"message": "not found"}})

    @staticmethod
    async def json(send, status: int, body: dict) -> None:
        data = json.dumps(body).encode()
        await send({"type": "http.response.start", "status": status, "headers": [
            (b"content-type", b"application/json"), (b"content-length", str(len(data)).encode())]})
        await send({"type": "http.response.body", "body": data})

    async def chat(self, payload: dict, receive, send) -> None:
        model = payload["model"]
        if model == "error":
            await self.json(send, 500, {"error": {"message": "model crashed"}})
            return
        if model == "slow":
            await asyncio.sleep(5)
        last = next((m for m in reversed(payload["messages"]) if m["role"] == "user"), {})
        text = last.get("content") or ""
        if isinstance(text, list):
            text = " ".join(part.get("text", "") for part in text)
        reply = {"fast": "ok", "leak": "Het BSN is 123456782, mail naar a.b@test.nl."}.get(
            model, f"Ontvangen: {text}")
        tool_args = json.dumps({"notitie": text}, ensure_ascii=False) if model == "tool" else None
        base = {"id": "chatcmpl-test", "created": int(time.time()), "model": model}
        if not payload.get("stream"):
            message = {"role": "assistant", "content": None if tool_args else reply}
            if tool_args:
                message["tool_calls"] = [{"id": "call_1", "type": "function", "function": {
                    "name": "bewaar", "arguments": tool_args}}]
            await self.json(send, 200, {**base, "object": "chat.completion", "choices": [
                {"index": 0, "message": message,
                 "finish_reason": "tool_calls" if tool_args else "stop"}], "usage": USAGE})
            return
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", b"text/event-stream")]})
        chunk = {**base, "object": "chat.completion.chunk"}

        async def event(delta: dict, finish=None) -> None:
            data = {**chunk, "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
            await send({"type": "http.response.body", "more_body": True,
                        "body": b"data: " + json.dumps(data).encode() + b"\n\n"})

        gone = asyncio.ensure_future(receive())  # completes with http.disconnect
        try:
            await event({"role": "assistant", "content": ""})
            if model == "trickle":
                for i in range(200):
                    if gone.done():
                        self.aborted_streams += 1
                        return
                    await event({"content": f"woord{i} "})
                    await asyncio.sleep(0.1)
            elif model == "broken":
                for i in range(5):
                    await event({"content": f"deel{i} "})
                raise ConnectionAbortedError("the upstream breaks off its answer")
            elif tool_args:
                await event({"tool_calls": [{"index": 0, "id": "call_1", "type": "function",
                                             "function": {"name": "bewaar", "arguments": ""}}]})
                for i in range(0, len(tool_args), 3):
                    await event({"tool_calls": [{"index": 0, "function": {
                        "arguments": tool_args[i:i + 3]}}]})
            else:
                for i in range(0, len(reply), 3):
                    await event({"content": reply[i:i + 3]})
            await event({}, "tool_calls" if tool_args else "stop")
            if (payload.get("stream_options") or {}).get("include_usage"):
                await send({"type": "http.response.body", "more_body": True, "body": (
                    b"data: " + json.dumps({**chunk, "choices": [], "usage": USAGE}).encode()
                    + b"\n\n")})
            await send({"type": "http.response.body", "body": b"data: [DONE]\n\n"})
        finally:
            gone.cancel()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class UpstreamServer:
    """The upstream in a background thread: `with UpstreamServer() as up: up.url`."""

    def __init__(self, port: int | None = None) -> None:
        self.app = Upstream()
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}/v1"
        self.server = uvicorn.Server(uvicorn.Config(self.app, host="127.0.0.1", port=self.port,
                                                    log_level="error", lifespan="off"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> UpstreamServer:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("upstream did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=5)


if __name__ == "__main__":
    import sys

    port = int(sys.argv[1]) if len(sys.argv) > 1 else 8900
    app = Upstream()
    app.keep = False
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="error", lifespan="off")
