"""Answers on their way back: scan them (log or redact), restore pseudonyms, add the
disclosure line — for whole responses and for server-sent-event streams alike."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from regie.gateway.redaction import Pseudonyms, StreamRestorer, json_escaped, replace_entities

ScanFn = Callable[[str], list]
# Text in a stream is scanned per sentence or line, so an entity is seen whole.
_BOUNDARY = re.compile(r"[\n.!?;:]\s|\n")
_MAX_HELD = 400


class ResponseRedactor:
    """Holds streamed text until a sentence or line ends, then scans and redacts it."""

    def __init__(self, scan: ScanFn, pseudonyms: Pseudonyms, found: set[str]):
        self.scan = scan
        self.pseudonyms = pseudonyms
        self.found = found
        self.pending = ""

    def _redact(self, text: str) -> str:
        if not text:
            return text
        entities = self.scan(text)
        self.found.update(e.type for e in entities)
        return replace_entities(text, entities, self.pseudonyms, response=True)

    def feed(self, piece: str) -> str:
        self.pending += piece
        cut = -1
        for match in _BOUNDARY.finditer(self.pending):
            cut = match.end()
        if cut == -1 and len(self.pending) > _MAX_HELD:
            cut = self.pending.rfind(" ", 0, len(self.pending) - 40) + 1
        if cut <= 0:
            return ""
        ready, self.pending = self.pending[:cut], self.pending[cut:]
        return self._redact(ready)

    def flush(self) -> str:
        text, self.pending = self.pending, ""
        return self._redact(text)


class TextPipe:
    """One stream of text (a choice's content or a tool call's arguments): optional
    redaction, then restoring pseudonyms."""

    def __init__(self, redactor: ResponseRedactor | None, restorable: dict[str, str], *,
                 json_string: bool = False):
        self.redactor = redactor
        if restorable and json_string:
            restorable = json_escaped(restorable)
        self.restorer = StreamRestorer(restorable) if restorable else None

    def feed(self, text: str) -> str:
        if self.redactor is not None:
            text = self.redactor.feed(text)
        return self.restorer.feed(text) if self.restorer is not None else text

    def flush(self) -> str:
        text = self.redactor.flush() if self.redactor is not None else ""
        if self.restorer is not None:
            text = self.restorer.feed(text) + self.restorer.flush()
        return text


class AnswerFilter:
    """Per request: what to do to the model's text. `active` is false when the answer can
    pass through byte for byte (nothing to restore, no redaction, no disclosure)."""

    def __init__(self, *, scan: ScanFn, pseudonyms: Pseudonyms, redact: bool, disclosure: str):
        self.scan = scan
        self.pseudonyms = pseudonyms
        self.redact = redact
        self.disclosure = disclosure
        self.found: set[str] = set()
        self.upstream_text: list[str] = []
        self.active = bool(pseudonyms.restorable or redact or disclosure)

    def pipe(self, *, json_string: bool = False) -> TextPipe:
        redactor = None
        if self.redact:
            redactor = ResponseRedactor(self.scan, self.pseudonyms, self.found)
        return TextPipe(redactor, self.pseudonyms.restorable, json_string=json_string)

    def whole(self, text: str, *, json_string: bool = False) -> str:
        pipe = self.pipe(json_string=json_string)
        return pipe.feed(text) + pipe.flush()

    def with_disclosure(self, text: str) -> str:
        return f"{text}\n\n{self.disclosure}" if self.disclosure else text

    def completion(self, body: dict[str, Any]) -> dict[str, Any]:
        """A whole chat completion, changed in place."""
        for choice in body.get("choices") or []:
            message = choice.get("message") or {}
            content = message.get("content")
            if isinstance(content, str):
                self.upstream_text.append(content)
                message["content"] = self.with_disclosure(self.whole(content))
            for function in _functions(message):
                if isinstance(function.get("arguments"), str):
                    self.upstream_text.append(function["arguments"])
                    function["arguments"] = self.whole(function["arguments"], json_string=True)
            text = choice.get("text")  # legacy completions
            if isinstance(text, str):
                self.upstream_text.append(text)
                choice["text"] = self.with_disclosure(self.whole(text))
        return body


def _functions(message: dict[str, Any]) -> list[dict[str, Any]]:
    """The functions a message calls: `tool_calls[].function` and the legacy
    `function_call`."""
    found = [call.get("function") or {} for call in message.get("tool_calls") or []]
    if isinstance(message.get("function_call"), dict):
        found.append(message["function_call"])
    return found


class StreamFilter:
    """Chat-completion (or legacy completion) chunks in, chunks out. Events are forwarded
    unchanged unless the answer filter is active; usage is collected (and the usage-only
    chunk the gateway asked for is dropped when the client did not ask for it)."""

    def __init__(self, answer: AnswerFilter, *, client_wants_usage: bool,
                 legacy: bool = False):
        self.answer = answer
        self.legacy = legacy  # legacy completions: a choice's text is in `text`, not `delta`
        self.client_wants_usage = client_wants_usage
        self.usage: dict[str, Any] | None = None
        self.pipes: dict[tuple, TextPipe] = {}
        self.template: dict[str, Any] = {}
        self.buffer = b""

    def _pipe(self, key: tuple) -> TextPipe:
        pipe = self.pipes.get(key)
        if pipe is None:
            pipe = self.pipes[key] = self.answer.pipe(json_string=len(key) > 1)
        return pipe

    def feed(self, chunk: bytes) -> list[bytes]:
        self.buffer += chunk.replace(b"\r\n", b"\n")
        out = []
        while True:
            end = self.buffer.find(b"\n\n")
            if end == -1:
                return out
            raw, self.buffer = self.buffer[:end + 2], self.buffer[end + 2:]
            event = self._event(raw)
            if event:
                out.append(event)

    def finish(self) -> list[bytes]:
        """Whatever is still held at the end of the stream."""
        out = []
        if self.buffer.strip():
            out.append(self._event(self.buffer + b"\n\n") or b"")
            self.buffer = b""
        tail = self._flush_all()
        if tail:
            out.insert(0, tail)
        return [event for event in out if event]

    def _event(self, raw: bytes) -> bytes | None:
        data = b"".join(line[5:].strip() for line in raw.split(b"\n")
                        if line.startswith(b"data:"))
        if data == b"[DONE]":
            tail = self._flush_all()
            return tail + raw if tail else raw
        try:
            chunk = json.loads(data)
        except ValueError:
            return raw
        if not isinstance(chunk, dict):
            return raw
        if chunk.get("usage"):
            self.usage = chunk["usage"]
            if not self.client_wants_usage:
                if not chunk.get("choices"):
                    return None
                chunk["usage"] = None
                return self._encode(self._apply(chunk))
        self._apply(chunk)
        return self._encode(chunk) if self.answer.active else raw

    def _apply(self, chunk: dict[str, Any]) -> dict[str, Any]:
        if not self.template:
            self.template = {k: chunk.get(k) for k in ("id", "object", "created", "model")}
        for choice in chunk.get("choices") or []:
            index = choice.get("index", 0)
            delta = choice.get("delta") or {}
            content = delta.get("content")
            if isinstance(content, str):
                self.answer.upstream_text.append(content)
                if self.answer.active:
                    delta["content"] = self._pipe((index,)).feed(content)
            for call in delta.get("tool_calls") or []:
                self._arguments(call.get("function") or {}, (index, call.get("index", 0)))
            if isinstance(delta.get("function_call"), dict):  # the legacy form
                self._arguments(delta["function_call"], (index, "function_call"))
            text = choice.get("text")  # legacy completions
            if isinstance(text, str):
                self.answer.upstream_text.append(text)
                if self.answer.active:
                    choice["text"] = self._pipe((index,)).feed(text)
            if choice.get("finish_reason") and self.answer.active:
                if self.legacy:
                    delta = {"content": choice.get("text") or ""}
                self._finish_choice(index, delta,
                                    disclose=choice["finish_reason"] != "tool_calls")
                if self.legacy:
                    choice["text"] = delta.get("content", "")
                else:
                    choice["delta"] = delta
        return chunk

    def _arguments(self, function: dict[str, Any], key: tuple) -> None:
        arguments = function.get("arguments")
        if isinstance(arguments, str):
            self.answer.upstream_text.append(arguments)
            if self.answer.active:
                function["arguments"] = self._pipe(key).feed(arguments)

    def _finish_choice(self, index: int, delta: dict[str, Any], *, disclose: bool) -> None:
        for key in [k for k in self.pipes if k[0] == index and len(k) > 1]:
            rest = self.pipes.pop(key).flush()
            if rest and key[1] == "function_call":
                delta.setdefault("function_call", {})["arguments"] = rest
            elif rest:
                delta.setdefault("tool_calls", []).append(
                    {"index": key[1], "function": {"arguments": rest}})
        pipe = self.pipes.pop((index,), None)
        text = (delta.get("content") or "") + (pipe.flush() if pipe else "")
        if disclose:
            text = self.answer.with_disclosure(text)
        if text:
            delta["content"] = text

    def _flush_all(self) -> bytes:
        """A chunk with text still held for choices that never sent a finish_reason."""
        choices = []
        for index in sorted({k[0] for k in self.pipes}):
            delta: dict[str, Any] = {}
            self._finish_choice(index, delta, disclose=False)
            if delta and self.legacy:
                choices.append({"index": index, "text": delta.get("content", ""),
                                "finish_reason": None})
            elif delta:
                choices.append({"index": index, "delta": delta, "finish_reason": None})
        if not choices:
            return b""
        return self._encode({**self.template, "choices": choices})

    @staticmethod
    def _encode(chunk: dict[str, Any]) -> bytes:
        return b"data: " + json.dumps(chunk, ensure_ascii=False).encode() + b"\n\n"
