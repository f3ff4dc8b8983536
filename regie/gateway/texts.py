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
`turn_slots` descends only the fixed shapes below, so nesting deeper than any API uses is
never walked.

After the known shapes, `request_slots` walks the rest of the body (`_rest`, iteratively and
at most `MAX_DEPTH` levels deep): every other string, at any depth and under any key, is
scanned too, unless the shape it is in (`Shape`) says that key holds an identifier or a
choice (`model`, `role`, `type`, ids, a function's name, `voice`…). Under keys nobody knows
everything is scanned, key names included. Some scanned texts cannot take a placeholder (a
chat message's `name` must match `^[a-zA-Z0-9_-]{1,64}$`, a schema's `pattern` is a regular
expression, a key name is the key): `Slots.fixed` names them, and a request with personal
data in one is refused rather than altered into something invalid.
"""

from __future__ import annotations

from typing import Any

USER = "user"
# Tool-call arguments are the model's own words in an assistant turn.
ASSISTANT = "assistant"
TOOL = "tool"

# Text fields of the image and audio endpoints (their other strings are read by `_rest`), with
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
# Content part types that hold text (images, audio and files cannot be scanned, so a request
# with them is refused and they are never forwarded).
_CHAT_TEXT_PARTS = ("text",)
_RESPONSES_TEXT_PARTS = ("input_text", "output_text")
# Deeper than any request of these APIs nests (a tool's schema ten levels deep is about 25).
MAX_DEPTH = 64


# One text of a request, (container, key, role): `container[key]` holds it. `role` is the role
# of the turn it is in as the request gives it ("user" when it gives none, None when it is not a
# string), "assistant" for tool-call arguments, None for text outside any turn (the Responses
# API's and spoken instructions, a completion's suffix, tool definitions). A plain tuple: the
# walk runs twice on every request.
Slot = tuple[Any, Any, "str | None"]


class TooDeep(ValueError):
    """The body nests deeper than `MAX_DEPTH` at field `args[0]`."""


class Slots(list):
    """The slots of one request, in the order of the body. `fixed` maps the index of each
    slot that cannot take a placeholder to (field, is_key): the field's name, and whether the
    text is a key name (then the field is the object it is a key of)."""

    def __init__(self, items=()) -> None:
        super().__init__(items)
        self.fixed: dict[int, tuple[str, bool]] = {}


def request_slots(body: dict[str, Any], endpoint: str) -> Slots:
    """Every text of a request to `endpoint` that the privacy scan reads, in the order of the
    body: the known fields first, then the rest (`_rest`). ValueError(field) for anything it
    cannot scan (TooDeep for nesting deeper than `MAX_DEPTH`)."""
    slots = Slots()
    if endpoint == "chat":
        _messages(body, slots, strict=True)
        _tool_definitions(body.get("tools"), "tools")
        _tool_definitions(body.get("functions"), "functions")  # the legacy form
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
        _tool_definitions(body.get("tools"), "tools")
    elif endpoint in MEDIA_TEXT_FIELDS:
        _media(body, endpoint, slots)
    else:
        raise ValueError("endpoint")
    _rest(body, _TOP[endpoint], slots)
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


def _tool_definitions(tools: Any, field: str) -> None:
    """Tool (or legacy function) definitions must be a list of objects; their words
    (descriptions, titles, defaults, enumerated values at any depth of the parameters'
    schema) are read by `_rest`, their names are identifiers the model answers with."""
    if tools is None:
        return
    if not isinstance(tools, list) or not all(isinstance(tool, dict) for tool in tools):
        raise ValueError(field)


def _media(body: dict[str, Any], endpoint: str, slots: list[Slot]) -> None:
    for name in MEDIA_TEXT_FIELDS[endpoint]:
        _optional_text(body, name, _MEDIA_ROLES[name], slots)
    if endpoint == "images.generations" and not slots:
        raise ValueError("prompt")
    if endpoint == "audio.speech" and not isinstance(body.get("input"), str):
        raise ValueError("input")


# --- the rest of the body ----------------------------------------------------------------

class Shape:
    """What the gateway knows about one kind of object in a request: `identifiers`, keys
    whose string (or list of strings) values are identifiers or choices, not free text;
    `fixed`, keys whose text is scanned but cannot take a placeholder; `children`, the shape
    of the object or the list of objects under a key; `other`, the shape under any other
    key (`FREE` unless set); `turn`, the object is a turn
    (its `role` is the role of the texts in it); `names`, its keys are names (schema
    properties, token ids), not text. A list has the shape of the key it is under."""

    __slots__ = ("identifiers", "fixed", "children", "other", "turn", "names")

    def __init__(self, identifiers: tuple[str, ...] = (), *, fixed: tuple[str, ...] = (),
                 turn: bool = False, names: bool = False) -> None:
        self.identifiers = frozenset(identifiers)
        self.fixed = frozenset(fixed)
        self.children: dict[str, Shape] = {}
        self.other: Shape | None = None
        self.turn = turn
        self.names = names


# Under a key nobody knows: every string is text, keys included.
FREE = Shape()
# A JSON Schema (tool parameters, structured output): words are scanned, its keywords'
# values are identifiers, `pattern` is a regular expression (a placeholder would change it).
_SCHEMA = Shape(("type", "format", "$ref", "$id", "$schema", "$anchor", "$dynamicRef",
                 "required", "contentEncoding", "contentMediaType"), fixed=("pattern",))
_SCHEMAS_BY_NAME = Shape(names=True)
_SCHEMAS_BY_NAME.other = _SCHEMA
for _key in ("properties", "$defs", "definitions", "patternProperties", "dependentSchemas"):
    _SCHEMA.children[_key] = _SCHEMAS_BY_NAME
for _key in ("items", "additionalProperties", "anyOf", "oneOf", "allOf", "not", "prefixItems",
             "if", "then", "else", "contains", "propertyNames", "unevaluatedProperties",
             "unevaluatedItems", "additionalItems"):
    _SCHEMA.children[_key] = _SCHEMA
# Small option objects: `audio`, `reasoning`, `text`, `tool_choice`, `response_format` and
# its `json_schema`, `prediction`, a stored `prompt`, `chunking_strategy`, `stream_options`.
_OPTIONS = Shape(("type", "id", "name", "format", "voice", "effort", "summary",
                  "generate_summary", "mode", "version", "verbosity"))
_PART = Shape(("type",))  # content parts; their `text` is taken by the known walk
_OPTIONS.children = {"json_schema": _OPTIONS, "format": _OPTIONS, "function": _OPTIONS,
                     "schema": _SCHEMA, "content": _PART, "variables": FREE}
_TOOL = Shape(("type", "name"))
_TOOL.children = {"function": _TOOL, "parameters": _SCHEMA}
_CALL = Shape(("id", "type", "name"))  # earlier tool calls; `arguments` taken
_CALL.children = {"function": _CALL}
_MESSAGE = Shape(("role", "tool_call_id"), fixed=("name",), turn=True)
_MESSAGE.children = {"content": _PART, "tool_calls": _CALL, "function_call": _CALL,
                     "audio": _OPTIONS}
_INPUT_ITEM = Shape(("type", "role", "id", "call_id", "name", "status"), turn=True)
_INPUT_ITEM.children = {"content": _PART}
_TOKEN_IDS = Shape(names=True)  # logit_bias: token id → number

_TOP_CHILDREN = {"messages": _MESSAGE, "input": _INPUT_ITEM, "tools": _TOOL, "functions": _TOOL,
                 "tool_choice": _OPTIONS, "function_call": _OPTIONS,
                 "response_format": _OPTIONS, "audio": _OPTIONS, "prediction": _OPTIONS,
                 "reasoning": _OPTIONS, "text": _OPTIONS, "prompt": _OPTIONS,
                 "conversation": _OPTIONS, "chunking_strategy": _OPTIONS,
                 "stream_options": _OPTIONS, "logit_bias": _TOKEN_IDS}
# Per endpoint, the top-level parameters that are identifiers or choices (OpenAI's request
# bodies). Not among them, so scanned: `user` and `safety_identifier` (people put e-mail
# addresses there), `stop` (sequences the user wrote; a placeholder stops the model where
# the model sees the placeholder), `metadata` (keys and values), `known_speaker_names`.
_IMAGE_CHOICES = ("model", "size", "quality", "style", "background", "moderation",
                  "output_format", "response_format")
_CHOICES = {
    "chat": ("model", "service_tier", "reasoning_effort", "verbosity", "modalities",
             "prompt_cache_key", "tool_choice", "function_call"),
    "embeddings": ("model", "encoding_format"),
    "completions": ("model",),
    "responses": ("model", "service_tier", "include", "truncation", "previous_response_id",
                  "conversation", "prompt_cache_key", "tool_choice"),
    "images.generations": _IMAGE_CHOICES,
    # `image` and `mask` are files (in JSON a data URL or a file id), passed on unscanned
    # like uploads
    "images.edits": (*_IMAGE_CHOICES, "input_fidelity", "image", "mask"),
    "images.variations": (*_IMAGE_CHOICES, "image"),
    "audio.speech": ("model", "voice", "response_format", "stream_format"),
    "audio.transcriptions": ("model", "language", "response_format", "include", "include[]",
                             "timestamp_granularities", "timestamp_granularities[]",
                             "chunking_strategy", "file"),
}
_CHOICES["audio.translations"] = _CHOICES["audio.transcriptions"]
_TOP: dict[str, Shape] = {}
for _endpoint, _keys in _CHOICES.items():
    _TOP[_endpoint] = Shape(_keys)
    _TOP[_endpoint].children = _TOP_CHILDREN

# Key names of the APIs' own objects (request parameters, message, item, part, tool and
# JSON Schema keys): not scanned. Any other key name is (as a text that cannot be replaced).
API_KEYS = frozenset({
    *(key for keys in _CHOICES.values() for key in keys), *_TOP_CHILDREN,
    "messages", "input", "prompt", "suffix", "instructions", "user", "safety_identifier",
    "stop", "metadata", "temperature", "top_p", "n", "stream", "max_tokens",
    "max_completion_tokens", "max_output_tokens", "max_tool_calls", "presence_penalty",
    "frequency_penalty", "logprobs", "top_logprobs", "seed", "store", "parallel_tool_calls",
    "best_of", "echo", "dimensions", "speed", "web_search_options", "background",
    "partial_images", "output_compression", "image", "images", "mask", "file",
    "known_speaker_names", "known_speaker_references",
    "role", "content", "name", "tool_call_id", "tool_calls", "refusal", "id", "type",
    "function", "arguments", "call_id", "output", "status", "text", "annotations",
    "image_url", "input_audio", "url", "detail", "data", "file_id", "parameters",
    "description", "strict", "include_usage", "json_schema", "schema", "format", "voice",
    "effort", "summary", "generate_summary", "mode", "version", "variables",
    "title", "default", "enum", "examples", "const", "pattern", "nullable", "deprecated",
    "readOnly", "writeOnly", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
    "multipleOf", "minLength", "maxLength", "minItems", "maxItems", "uniqueItems",
    "minProperties", "maxProperties", "minContains", "maxContains", "dependentRequired",
    "$comment", *_SCHEMA.identifiers, *_SCHEMA.children,
})


def _field(path: tuple) -> str:
    """`messages[2].name` for the path ("messages", 2, "name")."""
    out = ""
    for key in path:
        out += f"[{key}]" if isinstance(key, int) else f".{key}" if out else str(key)
    return out or "body"


def _rest(body: dict[str, Any], top: Shape, slots: Slots) -> None:
    """Every string of the body the known walk did not take and no shape calls an
    identifier, as a slot (in the order of the body, with the role of the turn it is in).
    Depth first with one iterator per level, so memory grows with the depth, which is at
    most `MAX_DEPTH` (TooDeep beyond); an entry's key is how it was reached (the path)."""
    taken = {(id(container), key) for container, key, _role in slots}
    stack = [(iter(body.items()), body, top, None, None)]
    while stack:
        items, node, shape, role, _reached = stack[-1]
        keyed = isinstance(node, dict)  # a list's items have the list's shape
        for key, value in items:
            if keyed and not shape.names and key not in API_KEYS:
                slots.fixed[len(slots)] = (_field(_path(stack)), True)
                slots.append(((key,), 0, role))  # a key name: read-only
            if (id(node), key) in taken:
                continue
            if isinstance(value, str):
                if keyed and key in shape.identifiers:
                    continue
                if keyed and key in shape.fixed:
                    slots.fixed[len(slots)] = (_field((*_path(stack), key)), False)
                slots.append((node, key, role))
            elif isinstance(value, (dict, list)):
                if (keyed and key in shape.identifiers and isinstance(value, list)
                        and all(isinstance(item, str) for item in value)):
                    continue  # a list of choices (`include`, `modalities`)
                if len(stack) > MAX_DEPTH:
                    raise TooDeep(_field(_path(stack)[:3]) + "…")
                child = shape.children.get(key, shape.other or FREE) if keyed else shape
                if isinstance(value, dict):
                    stack.append((iter(value.items()), value, child,
                                  _role(value) if child.turn else role, key))
                else:
                    stack.append((enumerate(value), value, child, role, key))
                break
        else:
            stack.pop()


def _path(stack: list) -> tuple:
    return tuple(entry[4] for entry in stack[1:])
