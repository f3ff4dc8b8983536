"""The answer formats of the text endpoints: where the upstream is asked, how a whole
answer and a stream are filtered (`responses.py`: restore pseudonyms, redact, disclose —
one implementation for every format) and how tokens are counted.

Chat completions and legacy completions share the chat filter. The Responses API is
forwarded to the upstream's own `/responses`; an upstream without it (it answers 404 or
405) is remembered per worker for `CHAT_ONLY_SECONDS` and spoken to in chat completions
instead, translated both ways (`translate.py`)."""

from __future__ import annotations

import json
import time
from typing import Any

from django.utils.translation import gettext as _

from regie.gateway import upstreams
from regie.gateway.errors import Refusal
from regie.gateway.models import Decision, PrivacyAction
from regie.gateway.responses import AnswerFilter, StreamFilter, TextPipe
from regie.gateway.translate import ChatToResponsesStream, chat_request, response_object

TEXT_ANSWERS = ("chat", "completions", "responses")
CHAT_ONLY_SECONDS = 600


def tokens(usage: dict[str, Any] | None) -> tuple[int, int]:
    """(prompt, completion) tokens from a chat or a Responses usage object."""
    usage = usage or {}
    return (int(usage.get("prompt_tokens") or usage.get("input_tokens") or 0),
            int(usage.get("completion_tokens") or usage.get("output_tokens") or 0))


class ChatFormat:
    """Chat completions (and, with `legacy`, completions: text in `choices[].text`)."""

    rewrites = False  # the answer is passed on byte for byte when the filter has nothing to do

    def __init__(self, path: str = "chat/completions", *, legacy: bool = False):
        self.path = path
        self.legacy = legacy

    def answer(self, answer: AnswerFilter, body: dict[str, Any]) -> dict[str, Any]:
        return answer.completion(body)

    def stream(self, answer: AnswerFilter, payload: dict[str, Any]):
        """The stream filter; asks the upstream for usage (dropped again when the client
        did not ask for it)."""
        options = payload.get("stream_options")
        wants_usage = isinstance(options, dict) and bool(options.get("include_usage"))
        payload["stream_options"] = {**(options if isinstance(options, dict) else {}),
                                     "include_usage": True}
        return StreamFilter(answer, client_wants_usage=wants_usage, legacy=self.legacy)


class TranslatedResponses(ChatFormat):
    """The Responses API spoken to a chat-completions upstream (the request is translated
    with `translate.chat_request`; `original` is the Responses request)."""

    rewrites = True

    def __init__(self, original: dict[str, Any]):
        super().__init__()
        self.original = original

    def answer(self, answer: AnswerFilter, body: dict[str, Any]) -> dict[str, Any]:
        return response_object(answer.completion(body), self.original)

    def stream(self, answer: AnswerFilter, payload: dict[str, Any]):
        return ChatToResponsesStream(super().stream(answer, payload), self.original)


class ResponsesFormat:
    """The Responses API at the upstream's own `/responses`."""

    path = "responses"
    rewrites = False

    def answer(self, answer: AnswerFilter, body: dict[str, Any]) -> dict[str, Any]:
        for item in body.get("output") or []:
            _filter_item(answer, item)
        if isinstance(body.get("output_text"), str):
            body["output_text"] = "".join(
                part.get("text", "") for item in body.get("output") or []
                if item.get("type") == "message" for part in item.get("content") or []
                if part.get("type") == "output_text")
        return body

    def stream(self, answer: AnswerFilter, payload: dict[str, Any]):
        return ResponsesStreamFilter(answer)


def _filter_item(answer: AnswerFilter, item: dict[str, Any]) -> None:
    if item.get("type") == "message":
        for part in item.get("content") or []:
            if part.get("type") == "output_text" and isinstance(part.get("text"), str):
                answer.upstream_text.append(part["text"])
                part["text"] = answer.with_disclosure(answer.whole(part["text"]))
    elif item.get("type") == "function_call" and isinstance(item.get("arguments"), str):
        answer.upstream_text.append(item["arguments"])
        item["arguments"] = answer.whole(item["arguments"], json_string=True)


class ResponsesStreamFilter:
    """Responses streaming events in, events out: text and argument deltas go through the
    answer filter's pipes (held text comes out in an extra delta before the `.done`
    event), and the `.done`, `output_item.done` and `response.completed` events carry
    what was sent, so every place the client may read the answer from agrees."""

    def __init__(self, answer: AnswerFilter):
        self.answer = answer
        self.usage: dict[str, Any] | None = None
        self.pipes: dict[tuple, TextPipe] = {}
        self.sent: dict[tuple, str] = {}  # filtered text per (output, content or "args")
        self.buffer = b""

    def feed(self, chunk: bytes) -> list[bytes]:
        self.buffer += chunk.replace(b"\r\n", b"\n")
        out: list[bytes] = []
        while (end := self.buffer.find(b"\n\n")) != -1:
            raw, self.buffer = self.buffer[:end + 2], self.buffer[end + 2:]
            out += self._event(raw)
        return out

    def finish(self) -> list[bytes]:
        raw, self.buffer = self.buffer, b""
        return self._event(raw + b"\n\n") if raw.strip() else []

    def _event(self, raw: bytes) -> list[bytes]:
        data = b"".join(line[5:].strip() for line in raw.split(b"\n")
                        if line.startswith(b"data:"))
        try:
            event = json.loads(data)
        except ValueError:
            return [raw]
        if not isinstance(event, dict):
            return [raw]
        kind = event.get("type", "")
        response = event.get("response")
        if kind in ("response.completed", "response.incomplete") and isinstance(response, dict):
            self.usage = response.get("usage")
        if kind == "response.output_text.delta" and isinstance(event.get("delta"), str):
            self.answer.upstream_text.append(event["delta"])
        elif (kind == "response.function_call_arguments.delta"
              and isinstance(event.get("delta"), str)):
            self.answer.upstream_text.append(event["delta"])
        if not self.answer.active:
            return [raw]
        return [self._encode(e) for e in self._filter(kind, event)]

    def _pipe(self, key: tuple) -> TextPipe:
        if key not in self.pipes:
            self.pipes[key] = self.answer.pipe(json_string=key[1] == "args")
            self.sent[key] = ""
        return self.pipes[key]

    def _send(self, key: tuple, text: str) -> str:
        self.sent[key] = self.sent.get(key, "") + text
        return text

    def _filter(self, kind: str, event: dict[str, Any]) -> list[dict[str, Any]]:
        index = event.get("output_index", 0)
        if kind == "response.output_text.delta" and isinstance(event.get("delta"), str):
            key = (index, event.get("content_index", 0))
            event["delta"] = self._send(key, self._pipe(key).feed(event["delta"]))
            return [event]
        if (kind == "response.function_call_arguments.delta"
                and isinstance(event.get("delta"), str)):
            key = (index, "args")
            event["delta"] = self._send(key, self._pipe(key).feed(event["delta"]))
            return [event]
        if kind == "response.output_text.done":
            key = (index, event.get("content_index", 0))
            rest = self._send(key, self._rest(key, disclose=True))
            event["text"] = self.sent.get(key, "")
            extra = {**event, "type": "response.output_text.delta", "delta": rest}
            extra.pop("text", None)
            return [extra, event] if rest else [event]
        if kind == "response.function_call_arguments.done":
            key = (index, "args")
            rest = self._send(key, self._rest(key, disclose=False))
            event["arguments"] = self.sent.get(key, "")
            extra = {**event, "type": "response.function_call_arguments.delta", "delta": rest}
            extra.pop("arguments", None)
            return [extra, event] if rest else [event]
        if kind == "response.content_part.done" and isinstance(event.get("part"), dict):
            key = (index, event.get("content_index", 0))
            if key in self.sent and event["part"].get("type") == "output_text":
                event["part"]["text"] = self.sent[key]
        elif kind == "response.output_item.done" and isinstance(event.get("item"), dict):
            self._sent_item(index, event["item"])
        elif isinstance(event.get("response"), dict):  # created, completed, incomplete, …
            for position, item in enumerate(event["response"].get("output") or []):
                self._sent_item(position, item)
        return [event]

    def _rest(self, key: tuple, *, disclose: bool) -> str:
        pipe = self.pipes.pop(key, None)
        rest = pipe.flush() if pipe is not None else ""
        if disclose and self.answer.disclosure:
            rest += f"\n\n{self.answer.disclosure}"
        return rest

    def _sent_item(self, index: int, item: dict[str, Any]) -> None:
        """An output item as the client got it in deltas (text that was never streamed
        is filtered whole)."""
        if item.get("type") == "message":
            for position, part in enumerate(item.get("content") or []):
                if part.get("type") == "output_text" and isinstance(part.get("text"), str):
                    key = (index, position)
                    part["text"] = (self.sent[key] if key in self.sent and key not in self.pipes
                                    else self.answer.with_disclosure(
                                        self.answer.whole(part["text"])))
        elif item.get("type") == "function_call" and isinstance(item.get("arguments"), str):
            key = (index, "args")
            item["arguments"] = (self.sent[key] if key in self.sent and key not in self.pipes
                                 else self.answer.whole(item["arguments"], json_string=True))

    @staticmethod
    def _encode(event: dict[str, Any]) -> bytes:
        return (f"event: {event.get('type', 'message')}\ndata: ".encode()
                + json.dumps(event, ensure_ascii=False).encode() + b"\n\n")


async def forward_responses(app, route, payload: dict[str, Any], answer: AnswerFilter, receive,
                            send, outcome) -> None:
    """`POST /v1/responses`: natively where the upstream has it, else translated to chat
    completions. A 404 or 405 from the upstream's `/responses` means it has none: nothing
    was done there, so the request goes again as a chat completion at once."""
    check_conversation(outcome.grant, payload)
    stream = bool(payload.get("stream"))
    if route.base_url not in app.chat_only or app.chat_only[route.base_url] < time.monotonic():
        try:
            await _forward(app, route, payload, answer, receive, send, outcome,
                           ResponsesFormat(), stream)  # leaves `payload` as it is
            return
        except Refusal as refusal:
            if refusal.code != "upstream_rejected" or refusal.status not in (404, 405):
                raise
        app.chat_only[route.base_url] = time.monotonic() + CHAT_ONLY_SECONDS
        outcome.decision = Decision.FORWARDED
    try:
        chat = chat_request(payload)
    except ValueError as exc:
        raise Refusal(400, "invalid_request", _(
            "Veld '%(field)s' kan de gateway niet doorgeven aan dit model: het kent alleen "
            "chat completions (alleen tools van het type 'function', geen eerder gesprek "
            "op de server; stuur het hele gesprek mee).") % {
                "field": exc.args[0]}, kind="invalid_request_error") from exc
    await _forward(app, route, chat, answer, receive, send, outcome,
                   TranslatedResponses(payload), stream)


def check_conversation(grant, payload: dict[str, Any]) -> None:
    """A conversation kept at the upstream holds earlier placeholders this request cannot
    restore (they are numbered per request): refused where names are pseudonymised."""
    policy = grant.policy
    pseudonymises = not grant.exploration and PrivacyAction.PSEUDONYMISE in (
        policy.default_action, *policy.entity_actions.values())
    for field in ("previous_response_id", "conversation"):
        if payload.get(field) and pseudonymises:
            raise Refusal(400, "invalid_request", _(
                "Veld '%(field)s' kan niet bij deze toepassing: zij pseudonimiseert gegevens "
                "per verzoek, en eerdere beurten op de server zou de gateway niet kunnen "
                "terugzetten. Stuur het hele gesprek mee als invoer.") % {"field": field},
                kind="invalid_request_error")


async def _forward(app, route, payload, answer, receive, send, outcome, fmt,
                   stream: bool) -> None:
    """To the model's decided endpoints, balanced and retried as any request (issue 17)."""
    target = upstreams.Target(route, fmt.path, app.upstream_headers)
    if stream:
        await app.forward_stream(target, payload, answer, receive, send, outcome, fmt)
    else:
        await app.forward(target, payload, answer, send, outcome, fmt)


FORMATS = {"chat": ChatFormat(), "completions": ChatFormat("completions", legacy=True)}
