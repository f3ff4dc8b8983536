"""Where the free text sits in the requests of the endpoints added in issue 17 (legacy
completions, the Responses API, images and audio) and in tool definitions, as (container,
key) pairs the gateway scans and replaces in place like chat messages (`redaction.py`).
A ValueError names the field that holds something that cannot be scanned."""

from __future__ import annotations

from typing import Any

Slots = list[tuple[Any, Any]]

# Text fields of the image and audio endpoints (the rest are files, numbers or choices).
MEDIA_TEXT_FIELDS = {
    "images.generations": ("prompt",),
    "images.edits": ("prompt",),
    "images.variations": (),
    "audio.speech": ("input", "instructions"),
    "audio.transcriptions": ("prompt",),
    "audio.translations": ("prompt",),
}
# Keys in a tool's JSON Schema that hold words a person wrote (not identifiers).
_SCHEMA_TEXT_KEYS = ("description", "title", "default")
_SCHEMA_TEXT_LISTS = ("enum", "examples")


def endpoint_texts(body: dict[str, Any], endpoint: str) -> Slots:
    if endpoint == "completions":
        return completion_texts(body)
    if endpoint == "responses":
        return response_texts(body)
    if endpoint in MEDIA_TEXT_FIELDS:
        return media_texts(body, endpoint)
    raise ValueError("endpoint")


def _strings(value: Any, field: str, *, required: bool = True) -> Slots:
    """A string or a non-empty list of strings, as slots of its container."""
    if isinstance(value, list) and value and all(isinstance(item, str) for item in value):
        return [(value, index) for index in range(len(value))]
    if value is None and not required:
        return []
    raise ValueError(field)


def completion_texts(body: dict[str, Any]) -> Slots:
    prompt = body.get("prompt")
    slots = [(body, "prompt")] if isinstance(prompt, str) else _strings(prompt, "prompt")
    suffix = body.get("suffix")
    if isinstance(suffix, str):
        slots.append((body, "suffix"))
    elif suffix is not None:
        raise ValueError("suffix")
    return slots


def response_texts(body: dict[str, Any]) -> Slots:
    """`instructions`, `input` (a string or input items) and the tools' descriptions."""
    slots: Slots = []
    instructions = body.get("instructions")
    if isinstance(instructions, str):
        slots.append((body, "instructions"))
    elif instructions is not None:
        raise ValueError("instructions")
    value = body.get("input")
    if isinstance(value, str):
        slots.append((body, "input"))
    elif isinstance(value, list) and value:
        for item in value:
            slots.extend(_input_item(item))
    else:
        raise ValueError("input")
    slots.extend(tool_definition_texts(body.get("tools"), "tools"))
    return slots


def _input_item(item: Any) -> Slots:
    if not isinstance(item, dict):
        raise ValueError("input")
    kind = item.get("type", "message")
    if kind == "message":
        content = item.get("content")
        if isinstance(content, str):
            return [(item, "content")]
        if not isinstance(content, list):
            raise ValueError("input.content")
        slots = []
        for part in content:
            # Images and files cannot be scanned, so they are never forwarded.
            if not (isinstance(part, dict) and part.get("type") in ("input_text", "output_text")
                    and isinstance(part.get("text"), str)):
                raise ValueError("input.content")
            slots.append((part, "text"))
        return slots
    if kind == "function_call" and isinstance(item.get("arguments"), str):
        return [(item, "arguments")]
    if kind == "function_call_output" and isinstance(item.get("output"), str):
        return [(item, "output")]
    raise ValueError("input")


def tool_definition_texts(tools: Any, field: str) -> Slots:
    """The words in tool (or legacy function) definitions: descriptions, titles, defaults
    and enumerated values, at any depth of the parameters' schema. Names are identifiers
    the model answers with, so they are left alone."""
    if tools is None:
        return []
    if not isinstance(tools, list):
        raise ValueError(field)
    slots: Slots = []
    for tool in tools:
        if not isinstance(tool, dict):
            raise ValueError(field)
        function = tool.get("function")
        _schema_texts(function if isinstance(function, dict) else tool, slots)
    return slots


def _schema_texts(node: Any, slots: Slots) -> None:
    if isinstance(node, list):
        for item in node:
            _schema_texts(item, slots)
        return
    if not isinstance(node, dict):
        return
    for key, value in node.items():
        if key in _SCHEMA_TEXT_KEYS and isinstance(value, str):
            slots.append((node, key))
        elif key in _SCHEMA_TEXT_LISTS and isinstance(value, list):
            slots.extend((value, i) for i, item in enumerate(value) if isinstance(item, str))
        elif key == "properties" and isinstance(value, dict):
            for child in value.values():  # property names are identifiers
                _schema_texts(child, slots)
        elif isinstance(value, dict | list):
            _schema_texts(value, slots)


def media_texts(body: dict[str, Any], endpoint: str) -> Slots:
    slots = []
    for name in MEDIA_TEXT_FIELDS[endpoint]:
        value = body.get(name)
        if isinstance(value, str):
            slots.append((body, name))
        elif value is not None:
            raise ValueError(name)
    if endpoint == "images.generations" and not slots:
        raise ValueError("prompt")
    if endpoint == "audio.speech" and not isinstance(body.get("input"), str):
        raise ValueError("input")
    return slots
