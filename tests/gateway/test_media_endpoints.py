"""Image and audio endpoints: refused (403, recorded, audited) unless the application's
dossier lists that output type among its tasks; when allowed, their text fields are
scanned like any prompt, uploads pass unchanged and are bounded in size."""

import openai
import pytest

from regie.audit.models import AuditEvent
from regie.gateway.media import Form, Upload, encode, parse_form
from regie.gateway.models import GatewayRequest
from regie.register.models import ApplicationTask
from tests.gateway.conftest import openai_client, wait_for

PNG = b"\x89PNG\r\n\x1a\n\x00\r\n--binary\r\n\r\n"


def allowed(gateway_app, *tasks, **kwargs):
    app, token = gateway_app(**kwargs)
    for task in tasks:
        ApplicationTask.objects.create(application=app, task=task)
    return app, token


@pytest.mark.parametrize("call", ["image", "speech", "transcription"])
def test_it_refuses_output_types_the_dossier_does_not_list(regie_server, gateway_app,
                                                           fresh_upstream, call):
    app, token = allowed(gateway_app, "text_drafting")
    client = openai_client(regie_server, token)
    with pytest.raises(openai.PermissionDeniedError) as raised:
        if call == "image":
            client.images.generate(model="echo", prompt="Een kat op een fiets")
        elif call == "speech":
            client.audio.speech.create(model="echo", voice="alloy", input="Hallo")
        else:
            client.audio.transcriptions.create(model="echo", file=("a.mp3", b"ID3"))
    assert raised.value.code == "output_type_not_allowed"
    assert "aia-28" in raised.value.message
    assert fresh_upstream.app.received == []
    record = GatewayRequest.objects.get(application=app)
    assert (record.decision, record.reason, record.status_code) == (
        "refused", "output_type_not_allowed", 403)
    event = AuditEvent.objects.get(event="gateway_request_refused")
    assert (event.data["code"], event.data["endpoint"]) == (
        "output_type_not_allowed", record.endpoint)


def test_it_generates_images_when_allowed_and_scans_the_prompt(regie_server, gateway_app,
                                                               fresh_upstream):
    app, token = allowed(gateway_app, "image_generation")
    client = openai_client(regie_server, token)
    image = client.images.generate(model="echo", prompt="Een kat op een fiets")
    assert image.data[0].b64_json == "iVBORw0KGgo="
    assert fresh_upstream.app.received[-1]["prompt"] == "Een kat op een fiets"
    with pytest.raises(openai.BadRequestError) as raised:
        client.images.generate(model="echo", prompt="Portret bij BSN 123456782")
    assert raised.value.code == "personal_data_blocked"
    assert len(fresh_upstream.app.received) == 1
    assert wait_for(lambda: GatewayRequest.objects.filter(application=app).count() == 2)
    records = GatewayRequest.objects.filter(application=app).order_by("created_at")
    assert [(r.endpoint, r.decision) for r in records] == [
        ("images.generations", "forwarded"), ("images.generations", "blocked")]


def test_it_redacts_the_prompt_of_an_upload_and_passes_the_file(regie_server, gateway_app,
                                                                fresh_upstream):
    _app, token = allowed(gateway_app, "image_generation",
                          settings={"default_action": "redact"})
    openai_client(regie_server, token).images.edit(
        model="echo", image=("kat.png", PNG, "image/png"), prompt="Stuur naar a.b@voorbeeld.nl")
    sent = fresh_upstream.app.received[-1]["multipart"]
    assert "Stuur naar [EMAIL-1]" in sent and "a.b@voorbeeld.nl" not in sent
    assert 'filename="kat.png"' in sent and PNG.decode("utf-8", "replace") in sent


def test_it_speaks_and_transcribes_when_allowed(regie_server, gateway_app, fresh_upstream):
    app, token = allowed(gateway_app, "speech_generation", "transcription")
    client = openai_client(regie_server, token)
    speech = client.audio.speech.create(model="echo", voice="alloy", input="Goedemorgen")
    assert speech.content == b"ID3-test-audio"
    assert fresh_upstream.app.received[-1]["input"] == "Goedemorgen"
    text = client.audio.transcriptions.create(model="echo", file=("a.mp3", b"ID3\r\n"),
                                              prompt="Vergadering")
    assert text.text == "Ontvangen audio"
    assert 'name="prompt"\r\n\r\nVergadering' in fresh_upstream.app.received[-1]["multipart"]
    assert wait_for(lambda: GatewayRequest.objects.filter(application=app).count() == 2)
    assert set(GatewayRequest.objects.filter(application=app).values_list(
        "endpoint", flat=True)) == {"audio.speech", "audio.transcriptions"}


def test_it_bounds_uploads(regie_server, gateway_app, fresh_upstream):
    _app, token = allowed(gateway_app, "transcription")
    with pytest.raises(openai.APIStatusError) as raised:
        openai_client(regie_server, token).audio.transcriptions.create(
            model="echo", file=("groot.mp3", b"0" * (10 * 1024 * 1024 + 1)))
    assert raised.value.status_code == 413
    assert raised.value.code == "request_too_large"
    assert fresh_upstream.app.received == []


def test_it_reads_and_writes_multipart_exactly():
    form = Form(model="echo", prompt="Één kat", image=[Upload("a.png", "image/png", PNG),
                                                          Upload("b.png", "image/png", b"")])
    body, content_type = encode(form)
    assert parse_form(body, content_type) == form
    with pytest.raises(ValueError):
        parse_form(b"--x\r\nzonder einde", "multipart/form-data; boundary=x")
