"""The Responses API over an upstream that only speaks chat completions (most local vLLM
and Ollama set-ups): a Responses request becomes a chat-completion request, and the chat
answer — whole or streamed — becomes a Responses object or the Responses streaming events.
Plain functions on dicts; what cannot be expressed in chat completions (built-in tools
such as web search) raises ValueError naming the field."""

from __future__ import annotations

import json
import time
import uuid
from typing import Any

# Responses request fields that mean the same in a chat-completion request.
_SAME = ("temperature", "top_p", "user", "parallel_tool_calls", "seed", "stop")


def chat_request(request: dict[str, Any]) -> dict[str, Any]:
    """The chat-completion request for a (scanned) Responses request."""
    for stateful in ("previous_response_id", "conversation"):
        if request.get(stateful):  # the conversation lives at a Responses server only
            raise ValueError(stateful)
    messages: list[dict[str, Any]] = []
    if isinstance(request.get("instructions"), str):
        messages.append({"role": "system", "content": request["instructions"]})
    value = request.get("input")
    for item in [{"role": "user", "content": value}] if isinstance(value, str) else value:
        kind = item.get("type", "message")
        if kind == "message":
            role = {"developer": "system"}.get(item.get("role", "user"), item.get("role", "user"))
            content = item["content"]
            if isinstance(content, list):
                content = "".join(part["text"] for part in content)
            messages.append({"role": role, "content": content})
        elif kind == "function_call":
            call = {"id": item.get("call_id") or item.get("id"), "type": "function",
                    "function": {"name": item.get("name"), "arguments": item["arguments"]}}
            previous = messages[-1] if messages else {}
            if previous.get("role") == "assistant" and "tool_calls" in previous:
                previous["tool_calls"].append(call)
            else:
                messages.append({"role": "assistant", "content": None, "tool_calls": [call]})
        else:  # function_call_output
            messages.append({"role": "tool", "tool_call_id": item.get("call_id"),
                             "content": item["output"]})
    chat: dict[str, Any] = {"model": request["model"], "messages": messages}
    for key in _SAME:
        if key in request:
            chat[key] = request[key]
    if isinstance(request.get("max_output_tokens"), int):
        chat["max_tokens"] = request["max_output_tokens"]
    if request.get("stream"):
        chat["stream"] = True
    if request.get("tools"):
        chat["tools"] = [_chat_tool(tool) for tool in request["tools"]]
    choice = request.get("tool_choice")
    if isinstance(choice, str):
        chat["tool_choice"] = choice
    elif isinstance(choice, dict) and choice.get("type") == "function":
        chat["tool_choice"] = {"type": "function", "function": {"name": choice.get("name")}}
    text_format = (request.get("text") or {}).get("format") or {}
    if text_format.get("type") == "json_object":
        chat["response_format"] = {"type": "json_object"}
    elif text_format.get("type") == "json_schema":
        chat["response_format"] = {"type": "json_schema", "json_schema": {
            key: text_format[key] for key in ("name", "schema", "strict", "description")
            if key in text_format}}
    return chat


def _chat_tool(tool: dict[str, Any]) -> dict[str, Any]:
    if tool.get("type") != "function":
        raise ValueError("tools")  # built-in tools exist only at the upstream's own /responses
    return {"type": "function", "function": {
        key: tool[key] for key in ("name", "description", "parameters", "strict") if key in tool}}


def _usage(usage: dict[str, Any] | None) -> dict[str, int]:
    usage = usage or {}
    given = int(usage.get("prompt_tokens") or 0)
    made = int(usage.get("completion_tokens") or 0)
    return {"input_tokens": given, "output_tokens": made, "total_tokens": given + made}


def _envelope(request: dict[str, Any], response_id: str, model: str, *, status: str,
              output: list, usage: dict[str, Any] | None) -> dict[str, Any]:
    return {
        "id": response_id, "object": "response", "created_at": int(time.time()),
        "status": status, "error": None, "incomplete_details": None,
        "instructions": request.get("instructions"), "max_output_tokens":
        request.get("max_output_tokens"), "model": model, "output": output,
        "parallel_tool_calls": request.get("parallel_tool_calls", True),
        "temperature": request.get("temperature"), "top_p": request.get("top_p"),
        "tool_choice": request.get("tool_choice", "auto"), "tools": request.get("tools") or [],
        "metadata": request.get("metadata") or {},
        "usage": _usage(usage) if usage is not None else None,
    }


def _message_item(item_id: str, text: str, status: str = "completed") -> dict[str, Any]:
    return {"type": "message", "id": item_id, "status": status, "role": "assistant",
            "content": [{"type": "output_text", "text": text, "annotations": []}]}


def _call_item(call: dict[str, Any], status: str = "completed") -> dict[str, Any]:
    function = call.get("function") or {}
    call_id = call.get("id") or f"call_{uuid.uuid4().hex[:24]}"
    return {"type": "function_call", "id": f"fc_{call_id}", "call_id": call_id,
            "name": function.get("name", ""), "arguments": function.get("arguments") or "",
            "status": status}


def response_object(chat: dict[str, Any], request: dict[str, Any]) -> dict[str, Any]:
    """The Responses object for a (filtered) chat completion: its first choice's text as a
    message, its tool calls as function calls."""
    choices = chat.get("choices") or [{}]
    message = choices[0].get("message") or {}
    output = []
    if isinstance(message.get("content"), str) and message["content"]:
        output.append(_message_item(f"msg_{uuid.uuid4().hex}", message["content"]))
    output += [_call_item(call) for call in message.get("tool_calls") or []]
    status = "incomplete" if choices[0].get("finish_reason") == "length" else "completed"
    return _envelope(request, f"resp_{uuid.uuid4().hex}", chat.get("model", request["model"]),
                     status=status, output=output, usage=chat.get("usage") or {})


class ChatToResponsesStream:
    """Filtered chat-completion stream events (from a `StreamFilter`) in, Responses
    streaming events out: `response.created`, `response.output_item.added`,
    `response.output_text.delta`, `response.function_call_arguments.delta`, the `.done`
    events and `response.completed` with the whole output and usage. Same interface as
    `StreamFilter` (`feed`, `finish`, `usage`)."""

    def __init__(self, chat_stream, request: dict[str, Any]):
        self.chat_stream = chat_stream
        self.request = request
        self.id = f"resp_{uuid.uuid4().hex}"
        self.model = request["model"]
        self.sequence = 0
        self.items: list[dict[str, Any]] = []  # output items in order
        self.message: dict[str, Any] | None = None
        self.calls: dict[Any, dict[str, Any]] = {}  # chat tool-call index → item
        self.completed = False
        self.finish_reason = None

    @property
    def usage(self) -> dict[str, Any] | None:
        return self.chat_stream.usage

    def feed(self, chunk: bytes) -> list[bytes]:
        return self._convert(self.chat_stream.feed(chunk))

    def finish(self) -> list[bytes]:
        out = self._convert(self.chat_stream.finish())
        if not self.completed:
            out += self._complete()
        return out

    def _event(self, kind: str, **fields: Any) -> bytes:
        self.sequence += 1
        data = {"type": kind, "sequence_number": self.sequence, **fields}
        return (f"event: {kind}\ndata: ".encode()
                + json.dumps(data, ensure_ascii=False).encode() + b"\n\n")

    def _response(self, status: str, usage=None) -> dict[str, Any]:
        return _envelope(self.request, self.id, self.model, status=status,
                         output=self.items if status != "in_progress" else [], usage=usage)

    def _convert(self, events: list[bytes]) -> list[bytes]:
        out: list[bytes] = []
        for raw in events:
            data = b"".join(line[5:].strip() for line in raw.split(b"\n")
                            if line.startswith(b"data:"))
            if self.sequence == 0:
                out.append(self._event("response.created",
                                       response=self._response("in_progress")))
                out.append(self._event("response.in_progress",
                                       response=self._response("in_progress")))
            if data == b"[DONE]":
                out += self._complete()
                continue
            try:
                chunk = json.loads(data)
            except ValueError:
                continue
            if isinstance(chunk, dict) and isinstance(chunk.get("error"), dict):
                out.append(self._event("error", **chunk["error"]))
                continue
            if not isinstance(chunk, dict) or self.completed:
                continue
            self.model = chunk.get("model") or self.model
            for choice in (chunk.get("choices") or [])[:1]:
                out += self._choice(choice)
        return out

    def _choice(self, choice: dict[str, Any]) -> list[bytes]:
        out = []
        delta = choice.get("delta") or {}
        if isinstance(delta.get("content"), str) and delta["content"]:
            if self.message is None:
                self.message = _message_item(f"msg_{uuid.uuid4().hex}", "", "in_progress")
                self.items.append(self.message)
                index = len(self.items) - 1
                out.append(self._event("response.output_item.added", output_index=index,
                                       item={**self.message, "content": []}))
                out.append(self._event("response.content_part.added",
                                       item_id=self.message["id"], output_index=index,
                                       content_index=0,
                                       part={"type": "output_text", "text": "",
                                             "annotations": []}))
            self.message["content"][0]["text"] += delta["content"]
            out.append(self._event("response.output_text.delta", item_id=self.message["id"],
                                   output_index=self.items.index(self.message),
                                   content_index=0, delta=delta["content"]))
        for call in delta.get("tool_calls") or []:
            item = self.calls.get(call.get("index", 0))
            if item is None:
                item = self.calls[call.get("index", 0)] = _call_item(
                    {**call, "function": {**(call.get("function") or {}), "arguments": ""}},
                    "in_progress")
                self.items.append(item)
                out.append(self._event("response.output_item.added",
                                       output_index=len(self.items) - 1, item=dict(item)))
            arguments = (call.get("function") or {}).get("arguments") or ""
            if arguments:
                item["arguments"] += arguments
                out.append(self._event("response.function_call_arguments.delta",
                                       item_id=item["id"],
                                       output_index=self.items.index(item), delta=arguments))
        if choice.get("finish_reason"):
            self.finish_reason = choice["finish_reason"]
        return out

    def _complete(self) -> list[bytes]:
        if self.completed:
            return []
        self.completed = True
        out = []
        for index, item in enumerate(self.items):
            item["status"] = "completed"
            if item["type"] == "message":
                part = item["content"][0]
                out.append(self._event("response.output_text.done", item_id=item["id"],
                                       output_index=index, content_index=0,
                                       text=part["text"]))
                out.append(self._event("response.content_part.done", item_id=item["id"],
                                       output_index=index, content_index=0, part=part))
            else:
                out.append(self._event("response.function_call_arguments.done",
                                       item_id=item["id"], output_index=index,
                                       arguments=item["arguments"]))
            out.append(self._event("response.output_item.done", output_index=index,
                                   item=item))
        status = "incomplete" if self.finish_reason == "length" else "completed"
        out.append(self._event(f"response.{status}",
                               response=self._response(status, self.usage or {})))
        return out
