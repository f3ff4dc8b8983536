"""Image and audio endpoints (`/v1/images/…`, `/v1/audio/…`): served only to applications
whose dossier lists that output type among its tasks, because synthetic images and voices
must be recognisable as made by AI and are easily used to mislead (Algoritmekader,
requirement aia-28 "transparantieverplichtingen", AI Act article 50). Their text fields
(prompts, the text to speak) are scanned like any prompt; uploads (multipart/form-data)
are bounded by `REGIE_GATEWAY_MAX_REQUEST_MB` like every request body. The answer (an
image, audio, a transcript) is passed on as the model sent it."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext as _

from regie.gateway.errors import Refusal
from regie.gateway.grants import Grant
from regie.gateway.models import Decision
from regie.register import constants as c

# endpoint → the task the dossier must list for it
REQUIRED_TASK = {
    "images.generations": c.Task.IMAGE_GENERATION,
    "images.edits": c.Task.IMAGE_GENERATION,
    "images.variations": c.Task.IMAGE_GENERATION,
    "audio.speech": c.Task.SPEECH_GENERATION,
    "audio.transcriptions": c.Task.TRANSCRIPTION,
    "audio.translations": c.Task.TRANSCRIPTION,
}
ROUTES = {("POST", f"/v1/{endpoint.replace('.', '/')}"): endpoint for endpoint in REQUIRED_TASK}


def check_output_type(grant: Grant, endpoint: str) -> None:
    """Refuse an image or audio request unless the application's dossier allows it."""
    task = REQUIRED_TASK.get(endpoint)
    if task is None or task in grant.tasks:
        return
    raise Refusal(403, "output_type_not_allowed", _(
        "De taak '%(label)s' (%(task)s) staat niet in het dossier van toepassing '%(app)s', "
        "dus de gateway bedient dit endpoint niet. Gegenereerde beelden en stemmen moeten als "
        "AI-uitvoer herkenbaar zijn (Algoritmekader, vereiste aia-28); neem de taak op in het "
        "dossier en laat de toepassing opnieuw beoordelen.") % {
            "app": grant.application_slug, "label": task.label, "task": task.value})


@dataclass
class Upload:
    """A file in a multipart request, passed on unchanged (images and audio cannot be
    scanned; the check on the output type is what guards them)."""

    filename: str
    content_type: str
    data: bytes


class Form(dict):
    """The fields of a multipart/form-data request: text as str, files as `Upload`,
    repeated fields as lists (in order)."""


def is_form(headers: dict[str, str]) -> bool:
    return headers.get("content-type", "").lower().startswith("multipart/form-data")


def parse_form(body: bytes, content_type: str) -> Form:
    """A multipart/form-data body (RFC 7578), read exactly (binary files unchanged).
    ValueError for a body that is not one."""
    boundary = ""
    for param in content_type.split(";")[1:]:
        name, _sep, value = param.strip().partition("=")
        if name.lower() == "boundary":
            boundary = value.strip('"')
    if not boundary:
        raise ValueError("boundary")
    form = Form()
    delimiter = b"--" + boundary.encode("latin-1")
    parts = body.split(delimiter)
    if len(parts) < 3 or not parts[-1].startswith(b"--"):
        raise ValueError("multipart")
    for part in parts[1:-1]:
        head, sep, data = part.partition(b"\r\n\r\n")
        if not sep or not data.endswith(b"\r\n"):
            raise ValueError("multipart")
        data = data[:-2]
        fields = {}
        for line in head.decode("utf-8", "replace").strip().split("\r\n"):
            key, _colon, value = line.partition(":")
            fields[key.strip().lower()] = value.strip()
        params = _disposition(fields.get("content-disposition", ""))
        name = params.get("name")
        if name is None:
            raise ValueError("multipart")
        if "filename" in params:
            value: Any = Upload(params["filename"], fields.get("content-type",
                                                             "application/octet-stream"), data)
        else:
            value = data.decode("utf-8")
        if name in form:
            previous = form[name]
            form[name] = [*previous, value] if isinstance(previous, list) else [previous, value]
        else:
            form[name] = value
    return form


def _disposition(header: str) -> dict[str, str]:
    params = {}
    for item in header.split(";")[1:]:
        key, _eq, value = item.strip().partition("=")
        params[key.lower()] = value.strip('"')
    return params


def encode(payload: dict[str, Any]) -> tuple[bytes, str]:
    """The (scanned) request for the upstream: JSON, or multipart when it came so."""
    if not isinstance(payload, Form):
        return json.dumps(payload, ensure_ascii=False).encode(), "application/json"
    boundary = f"regie-{uuid.uuid4().hex}"
    out = []
    for name, values in payload.items():
        for value in values if isinstance(values, list) else [values]:
            quoted = name.replace('"', "%22")
            if isinstance(value, Upload):
                filename = value.filename.replace('"', "%22")
                head = (f'Content-Disposition: form-data; name="{quoted}"; '
                        f'filename="{filename}"\r\nContent-Type: {value.content_type}')
                data = value.data
            else:
                head = f'Content-Disposition: form-data; name="{quoted}"'
                data = str(value).encode()
            out.append(f"--{boundary}\r\n{head}\r\n\r\n".encode() + data + b"\r\n")
    out.append(f"--{boundary}--\r\n".encode())
    return b"".join(out), f"multipart/form-data; boundary={boundary}"


async def forward(app, route, headers: dict[str, str], payload: dict[str, Any], send,
                  outcome) -> None:
    """Forward to the upstream's same endpoint and pass its answer on as it comes."""
    from regie.gateway.proxy import AI_HEADER, UPSTREAM_ERRORS

    # The model's first decided endpoint (issue 17: uploads are not balanced or retried).
    url = f"{route.endpoints[0].base_url}/{outcome.endpoint.replace('.', '/')}"
    data, content_type = encode(payload)
    started = False
    try:
        async with app.client().post(url, data=data,
                                     headers={**headers, "content-type": content_type}) as answer:
            if answer.status >= 400:
                raise app.upstream_status(outcome, answer.status, await answer.read())
            await send({"type": "http.response.start", "status": 200, "headers": [
                (b"content-type", answer.headers.get("content-type",
                                                     "application/octet-stream").encode()),
                AI_HEADER, *outcome.headers]})
            started = True
            async for chunk in answer.content.iter_any():
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
    except UPSTREAM_ERRORS as exc:
        outcome.decision = Decision.UPSTREAM_ERROR
        if not started:
            raise app.upstream_failure(exc) from exc
        outcome.reason = app.upstream_failure(exc).code  # headers are out: end the body
    await send({"type": "http.response.body", "body": b"", "more_body": False})
