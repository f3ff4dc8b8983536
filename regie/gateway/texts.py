"""Where the free text sits in a request body: one walk over the shapes of every endpoint
(chat messages and their content parts, tool calls and tool results, tool and legacy
function definitions, embeddings input, legacy completions, the Responses API's input
items, and the text fields of the image and audio endpoints).

Each text is a `Slot`, (container, key, role): `container[key]` holds it, so the privacy
scan reads and replaces it in place (`redaction.py`), and `role` says whose turn it is in,
so the prompt-injection check reads only user, tool and function turns (`injection.py`).

`request_slots` is the privacy scan's strict view of one endpoint: a ValueError names the
field that holds something that cannot be scanned (the request is refused). `turn_slots` is
the injection check's lenient view of the turns under `messages`, `input` and `prompt` in any
endpoint's shape: it skips what cannot be read (the privacy scan refuses that afterwards).
Both descend only the fixed shapes below, so nesting deeper than any API uses is never
walked (a tool's parameter schema is walked to its own depth by the privacy scan only).
"""

from __future__ import annotations

from typing import Any

USER = "user"
# Tool-call arguments are the model's own words in an assistant turn.
ASSISTANT = "assistant"
TOOL = "tool"

# Text fields of the image and audio endpoints (the rest are files, numbers or choices), with
# their role: the prompt or the text to speak is the user's, spoken instructions are not a turn.
MEDIA_TEXT_FIELDS = {
    "images.generations": ("prompt",),
    "images.edits": ("prompt",),
    "images.variations": (),
    "audio.speech": ("input", "instructions"),
    "audio.transcriptions": ("prompt",),
    "audio.translations": ("prompt",),
}
_MEDIA_ROLES = {"prompt": USER, "input": USER, "instructions": None}
# Keys in a tool's JSON Schema that hold words a person wrote (not identifiers).
_SCHEMA_TEXT_KEYS = ("description", "title", "default")
_SCHEMA_TEXT_LISTS = ("enum", "examples")
# Content part types that hold text (images, audio and files cannot be scanned, so a request
# with them is refused and they are never forwarded).
_CHAT_TEXT_PARTS = ("text",)
_RESPONSES_TEXT_PARTS = ("input_text", "output_text")


# One text of a request, (container, key, role): `container[key]` holds it. `role` is the role
# of the turn it is in as the request gives it ("user" when it gives none, None when it is not a
# string), "assistant" for tool-call arguments, None for text outside any turn (the Responses
# API's and spoken instructions, a completion's suffix, tool definitions). A plain tuple: the
# walk runs twice on every request.
Slot = tuple[Any, Any, "str | None"]


def request_slots(body: dict[str, Any], endpoint: str) -> list[Slot]:
    """Every text of a request to `endpoint` that the privacy scan reads and can replace, in
    the order of the body. ValueError(field) for anything it cannot scan."""
    slots: list[Slot] = []
    if endpoint == "chat":
        _messages(body, slots, strict=True)
        _tool_definitions(body.get("tools"), "tools", slots)
        _tool_definitions(body.get("functions"), "functions", slots)  # the legacy form
    elif endpoint == "embeddings":
        _strings(body, "input", slots, strict=True, empty=True)
    elif endpoint == "completions":
        _strings(body, "prompt", slots, strict=True)
        _optional_text(body, "suffix", None, slots)
    elif endpoint == "responses":
        _optional_text(body, "instructions", None, slots)
        if isinstance(body.get("input"), str):
            slots.append((body, "input", USER))
        else:
            _input_items(body.get("input"), slots, strict=True)
        _tool_definitions(body.get("tools"), "tools", slots)
    elif endpoint in MEDIA_TEXT_FIELDS:
        _media(body, endpoint, slots)
    else:
        raise ValueError("endpoint")
    return slots


def turn_slots(body: dict[str, Any]) -> list[Slot]:
    """The texts of the turns under `messages` (chat), `input` (embeddings, the Responses
    API, speech) and `prompt` (legacy completions, images, transcriptions), whatever the
    endpoint; what cannot be read is skipped."""
    slots: list[Slot] = []
    _messages(body, slots, strict=False)
    _strings(body, "input", slots, strict=False)
    _input_items(body.get("input"), slots, strict=False)
    _strings(body, "prompt", slots, strict=False)
    return slots


def _role(turn: dict[str, Any]) -> str | None:
    role = turn.get("role", USER)
    return role if isinstance(role, str) else None


def _strings(body: dict[str, Any], key: str, slots: list[Slot], *, strict: bool,
             empty: bool = False) -> None:
    """`body[key]` as the user's: a string or a list of strings (non-empty unless `empty`)."""
    value = body.get(key)
    if isinstance(value, str):
        slots.append((body, key, USER))
    elif isinstance(value, list) and (value or empty):
        for index, item in enumerate(value):
            if isinstance(item, str):
                slots.append((value, index, USER))
            elif strict:
                raise ValueError(key)
    elif strict:
        raise ValueError(key)


def _optional_text(body: dict[str, Any], key: str, role: str | None,
                   slots: list[Slot]) -> None:
    value = body.get(key)
    if isinstance(value, str):
        slots.append((body, key, role))
    elif value is not None:
        raise ValueError(key)


def _content(turn: dict[str, Any], role: str | None, slots: list[Slot], *, strict: bool,
             field: str, part_types: tuple[str, ...], optional: bool) -> None:
    """A turn's `content`: a string or a list of text parts (absent only if `optional`)."""
    content = turn.get("content")
    if isinstance(content, str):
        slots.append((turn, "content", role))
    elif isinstance(content, list):
        for part in content:
            if (isinstance(part, dict) and part.get("type") in part_types
                    and isinstance(part.get("text"), str)):
                slots.append((part, "text", role))
            elif strict:
                raise ValueError(field)
    elif strict and (content is not None or not optional):
        raise ValueError(field)


def _messages(body: dict[str, Any], slots: list[Slot], *, strict: bool) -> None:
    """Chat messages: their content and the arguments of earlier tool calls."""
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        if strict:
            raise ValueError("messages")
        return
    for message in messages:
        if not isinstance(message, dict):
            if strict:
                raise ValueError("messages")
            continue
        _content(message, _role(message), slots, strict=strict, field="messages.content",
                 part_types=_CHAT_TEXT_PARTS, optional=True)
        _tool_calls(message, slots, strict=strict)


def _tool_calls(message: dict[str, Any], slots: list[Slot], *, strict: bool) -> None:
    """The arguments of a message's earlier tool calls (and of its legacy `function_call`).
    Strict: a call whose words cannot be read (no function call, arguments not a string, a
    `tool_calls` that is no list) is refused rather than forwarded unscanned."""
    calls = message.get("tool_calls")
    if calls is None:
        calls = []
    elif not isinstance(calls, list):
        if strict:
            raise ValueError("messages.tool_calls")
        calls = []
    legacy = message.get("function_call")
    if isinstance(legacy, dict):
        calls = [*calls, {"function": legacy}]
    elif legacy is not None and strict:
        raise ValueError("messages.function_call")
    for call in calls:
        function = call.get("function") if isinstance(call, dict) else None
        arguments = function.get("arguments") if isinstance(function, dict) else None
        if isinstance(arguments, str):
            slots.append((function, "arguments", ASSISTANT))
        elif strict:
            raise ValueError("messages.tool_calls")


def _input_items(value: Any, slots: list[Slot], *, strict: bool) -> None:
    """The Responses API's input items: messages, function calls and their output."""
    if not isinstance(value, list) or not value:
        if strict:
            raise ValueError("input")
        return
    for item in value:
        if not isinstance(item, dict):
            if strict:
                raise ValueError("input")
            continue
        kind = item.get("type", "message")
        if kind == "message":
            _content(item, _role(item), slots, strict=strict, field="input.content",
                     part_types=_RESPONSES_TEXT_PARTS, optional=False)
        elif kind == "function_call" and isinstance(item.get("arguments"), str):
            slots.append((item, "arguments", ASSISTANT))
        elif kind == "function_call_output" and isinstance(item.get("output"), str):
            slots.append((item, "output", TOOL))
        elif strict:
            raise ValueError("input")


def _tool_definitions(tools: Any, field: str, slots: list[Slot]) -> None:
    """The words in tool (or legacy function) definitions: descriptions, titles, defaults
    and enumerated values, at any depth of the parameters' schema. Names are identifiers
    the model answers with, so they are left alone."""
    if tools is None:
        return
    if not isinstance(tools, list):
        raise ValueError(field)
    for tool in tools:
        if not isinstance(tool, dict):
            raise ValueError(field)
        function = tool.get("function")
        _schema_texts(function if isinstance(function, dict) else tool, slots)


def _schema_texts(node: Any, slots: list[Slot]) -> None:
    if isinstance(node, list):
        for item in node:
            _schema_texts(item, slots)
        return
    if not isinstance(node, dict):
        return
    for key, value in node.items():
        if key in _SCHEMA_TEXT_KEYS and isinstance(value, str):
            slots.append((node, key, None))
        elif key in _SCHEMA_TEXT_LISTS and isinstance(value, list):
            slots.extend((value, i, None) for i, item in enumerate(value)
                         if isinstance(item, str))
        elif key == "properties" and isinstance(value, dict):
            for child in value.values():  # property names are identifiers
                _schema_texts(child, slots)
        elif isinstance(value, dict | list):
            _schema_texts(value, slots)


def _media(body: dict[str, Any], endpoint: str, slots: list[Slot]) -> None:
    for name in MEDIA_TEXT_FIELDS[endpoint]:
        _optional_text(body, name, _MEDIA_ROLES[name], slots)
    if endpoint == "images.generations" and not slots:
        raise ValueError("prompt")
    if endpoint == "audio.speech" and not isinstance(body.get("input"), str):
        raise ValueError("input")
