"""A small OpenAI-compatible model server for the gateway tests and the benchmark.

It serves chat completions (whole and streamed), embeddings and the model list on loopback,
the Responses API (`/responses`, whole and streamed; left out with `responses=False`: a
chat-only server like most local vLLM/Ollama set-ups), legacy completions, and image and
audio endpoints (a tiny PNG, audio bytes, a transcript), and behaves by model name:
  echo        answers "Ontvangen: <last user message>"; streamed in 3-character chunks so
              placeholders arrive split over several events
  tool        answers with a tool call whose arguments hold the last user message
  leak        answers with a BSN and an e-mail address of its own
  slow        waits 5 s before answering (timeouts)
  trickle     streams one chunk every 0.1 s, 200 chunks (client disconnects)
  error       answers 500
  broken      streams five chunks, then the connection breaks (no retry mid-stream)
  fast        answers "ok" at once (benchmark)
Every POSTed request body is kept in `received` (a multipart body as {"multipart": text};
the gateway's health checks, GET `/models`, are counted in `probes`); streams that ended
early are counted in `aborted_streams`. Usage is always 6 prompt + 4 completion tokens.
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
    def __init__(self, *, responses: bool = True) -> None:
        self.responses = responses
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
        if b"multipart/form-data" in dict(scope["headers"]).get(b"content-type", b""):
            payload = {"multipart": body.decode("utf-8", "replace")}
        else:
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
        elif path.endswith("/completions"):
            await self.completions(payload, send)
        elif path.endswith("/responses") and self.responses:
            await self.respond(payload, send)
        elif path.endswith("/images/generations") or path.endswith("/images/edits"):
            await self.json(send, 200, {"created": int(time.time()), "data": [
                {"b64_json": "iVBORw0KGgo="}]})
        elif path.endswith("/audio/speech"):
            await send({"type": "http.response.start", "status": 200,
                        "headers": [(b"content-type", b"audio/mpeg")]})
            await send({"type": "http.response.body", "body": b"ID3-test-audio"})
        elif path.endswith("/audio/transcriptions"):
            await self.json(send, 200, {"text": "Ontvangen audio"})
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
        reply = self.reply(model, text)
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


    @staticmethod
    def reply(model: str, text: str) -> str:
        return {"fast": "ok", "leak": "Het BSN is 123456782, mail naar a.b@test.nl."}.get(
            model, f"Ontvangen: {text}")

    @staticmethod
    async def events(send, events: list[tuple[str, dict]]) -> None:
        """Server-sent events, one per send (so the gateway sees them split)."""
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", b"text/event-stream")]})
        for name, data in events:
            body = f"event: {name}\ndata: {json.dumps(data)}\n\n" if name else (
                f"data: {json.dumps(data) if isinstance(data, dict) else data}\n\n")
            await send({"type": "http.response.body", "body": body.encode(), "more_body": True})
        await send({"type": "http.response.body", "body": b""})

    async def completions(self, payload: dict, send) -> None:
        """Legacy completions: each prompt answered "Ontvangen: <prompt>"."""
        prompts = payload["prompt"] if isinstance(payload["prompt"], list) else [payload["prompt"]]
        base = {"id": "cmpl-test", "object": "text_completion", "created": int(time.time()),
                "model": payload["model"]}
        if not payload.get("stream"):
            await self.json(send, 200, {**base, "usage": USAGE, "choices": [
                {"index": i, "text": self.reply(payload["model"], p), "finish_reason": "stop"}
                for i, p in enumerate(prompts)]})
            return
        reply = self.reply(payload["model"], prompts[0])
        events = [("", {**base, "choices": [{"index": 0, "text": reply[i:i + 3],
                                             "finish_reason": None}]})
                  for i in range(0, len(reply), 3)]
        events.append(("", {**base, "choices": [{"index": 0, "text": "",
                                                 "finish_reason": "stop"}]}))
        if (payload.get("stream_options") or {}).get("include_usage"):
            events.append(("", {**base, "choices": [], "usage": USAGE}))
        await self.events(send, [*events, ("", "[DONE]")])

    async def respond(self, payload: dict, send) -> None:
        """The Responses API: the echo reply as a message, or (model "tool") a function
        call whose arguments hold the last user text."""
        value = payload["input"]
        if isinstance(value, str):
            text = value
        else:
            last = [item for item in value if item.get("role") == "user"][-1]["content"]
            text = last if isinstance(last, str) else " ".join(p["text"] for p in last)
        model = payload["model"]
        usage = {"input_tokens": 6, "output_tokens": 4, "total_tokens": 10}
        response = {"id": "resp_test", "object": "response", "created_at": int(time.time()),
                    "status": "completed", "model": model, "output": [], "usage": usage,
                    "instructions": payload.get("instructions"), "tools": [], "metadata": {},
                    "tool_choice": "auto", "parallel_tool_calls": True, "error": None,
                    "incomplete_details": None, "temperature": None, "top_p": None}
        if model == "tool":
            arguments = json.dumps({"notitie": text}, ensure_ascii=False)
            item = {"type": "function_call", "id": "fc_1", "call_id": "call_1",
                    "name": "bewaar", "arguments": arguments, "status": "completed"}
        else:
            item = {"type": "message", "id": "msg_1", "status": "completed",
                    "role": "assistant", "content": [
                        {"type": "output_text", "text": self.reply(model, text),
                         "annotations": []}]}
        if not payload.get("stream"):
            await self.json(send, 200, {**response, "output": [item]})
            return
        started = {**response, "status": "in_progress", "usage": None}
        events = [("response.created", {"type": "response.created", "response": started})]
        if item["type"] == "message":
            reply = item["content"][0]["text"]
            empty = {**item, "status": "in_progress", "content": []}
            part = {"type": "output_text", "text": "", "annotations": []}
            events += [("response.output_item.added", {
                "type": "response.output_item.added", "output_index": 0, "item": empty}),
                ("response.content_part.added", {
                    "type": "response.content_part.added", "item_id": "msg_1",
                    "output_index": 0, "content_index": 0, "part": part})]
            events += [("response.output_text.delta", {
                "type": "response.output_text.delta", "item_id": "msg_1", "output_index": 0,
                "content_index": 0, "delta": reply[i:i + 3]}) for i in range(0, len(reply), 3)]
            events += [("response.output_text.done", {
                "type": "response.output_text.done", "item_id": "msg_1", "output_index": 0,
                "content_index": 0, "text": reply}),
                ("response.content_part.done", {
                    "type": "response.content_part.done", "item_id": "msg_1",
                    "output_index": 0, "content_index": 0,
                    "part": {**part, "text": reply}})]
        else:
            arguments = item["arguments"]
            events += [("response.output_item.added", {
                "type": "response.output_item.added", "output_index": 0,
                "item": {**item, "arguments": "", "status": "in_progress"}})]
            events += [("response.function_call_arguments.delta", {
                "type": "response.function_call_arguments.delta", "item_id": "fc_1",
                "output_index": 0, "delta": arguments[i:i + 3]})
                for i in range(0, len(arguments), 3)]
            events += [("response.function_call_arguments.done", {
                "type": "response.function_call_arguments.done", "item_id": "fc_1",
                "output_index": 0, "arguments": arguments})]
        events += [("response.output_item.done", {"type": "response.output_item.done",
                                                  "output_index": 0, "item": item}),
                   ("response.completed", {"type": "response.completed",
                                           "response": {**response, "output": [item]}})]
        await self.events(send, [(name, {**data, "sequence_number": n})
                                 for n, (name, data) in enumerate(events)])


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class UpstreamServer:
    """The upstream in a background thread: `with UpstreamServer() as up: up.url`."""

    def __init__(self, port: int | None = None, *, responses: bool = True) -> None:
        self.app = Upstream(responses=responses)
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
