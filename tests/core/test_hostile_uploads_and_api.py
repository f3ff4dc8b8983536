"""Hostile uploads (dossier intake, policy upload) and API bodies: every one is a 400 with a
Dutch message naming the file or field, nothing is stored, no server error, and the request
allocates no more than the documented bound (docs/security.md)."""

from __future__ import annotations

import tracemalloc
from contextlib import contextmanager

from django.core.files.uploadedfile import SimpleUploadedFile
from rest_framework.authtoken.models import Token

import pytest

from regie.audit.models import AuditEvent
from regie.policy.models import PolicyVersion
from regie.register.models import AIModel, Application, Supplier
from tests.core.test_hostile_command_line import BOMB, CHAINED, DEEP_JSON, NESTED, POLICY_HEAD

# docs/security.md: what one refused request may allocate (Python objects), at most.
REQUEST_BOUND_MB = 100

pytestmark = pytest.mark.django_db


def _state() -> dict[str, int]:
    return {model.__name__: model.objects.count()
            for model in (Application, AIModel, Supplier, PolicyVersion, AuditEvent)}


@contextmanager
def _bounded():
    """Refuse more than `REQUEST_BOUND_MB` of peak allocation within the block."""
    tracemalloc.start()
    try:
        yield
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < REQUEST_BOUND_MB * 1024 * 1024, f"{peak / 2**20:.0f} MB"


def _refused(response, *words: str) -> str:
    assert response.status_code == 400, (response.status_code, response.content[:300])
    text = response.content.decode()
    assert "Traceback" not in text
    for word in words:
        assert word in text, (word, text[:2000])
    return text


# --- the dossier intake (/procedure/aanmelden/) ----------------------------------------------

INTAKE_FILES = [
    ("alias-bomb", "bom.yaml", BOMB, "elementen"),
    ("deep-json", "diep.json", DEEP_JSON, "genest"),
    ("deep-yaml", "diep.yaml", "name: " + "[" * 100_000, "genest"),
    ("surrogate", "s.json", '{"name": "x", "purpose": "\\udc80"}', "U+DC80"),
    ("nul", "n.json", '{"name": "x\\u0000", "organization": "G"}', "U+0000"),
    ("bidi-name", "b.yaml", "name: Toe\u202epassing\norganization: Gemeente Voorbeeld\n",
     "U+202E"),
    ("duplicate-key", "d.yaml", "name: a\nname: b\n", "twee keer"),
    ("huge-number", "g.json", '{"name": 1' + "0" * 4400 + "}", "te groot"),
    ("nan", "nan.json", '{"name": "x", "budget": NaN}', "NaN"),
]


@pytest.mark.parametrize(("name", "content", "words"), [c[1:] for c in INTAKE_FILES],
                         ids=[c[0] for c in INTAKE_FILES])
def test_it_refuses_hostile_dossier_uploads(client, make_user, name, content, words):
    client.force_login(make_user("projectleider"))
    before = _state()
    upload = SimpleUploadedFile(name, content.encode("utf-8"), "application/octet-stream")
    with _bounded():
        response = client.post("/procedure/aanmelden/", {"file": upload})
    _refused(response, name, words)
    assert _state() == before


# --- the policy upload (/beleid/laden/) ------------------------------------------------------

POLICY_UPLOADS = [
    ("chained-conditions", CHAINED, "te groot"),
    ("nested-conditions", NESTED, "genest"),
    ("deep-yaml", POLICY_HEAD + "rules: " + "[" * 100_000, "genest"),
    ("alias-bomb", POLICY_HEAD + BOMB, "elementen"),
    ("bidi-key", POLICY_HEAD + "ru\u202eles: []\n", "U+202E"),
]


@pytest.mark.parametrize(("content", "words"), [c[1:] for c in POLICY_UPLOADS],
                         ids=[c[0] for c in POLICY_UPLOADS])
def test_it_refuses_hostile_policy_uploads(client, make_user, content, words):
    client.force_login(make_user("beheerder"))
    before = _state()
    upload = SimpleUploadedFile("beleid.yaml", content.encode("utf-8"), "application/x-yaml")
    with _bounded():
        response = client.post("/beleid/laden/", {"file": upload})
    _refused(response, "beleid.yaml", words)
    assert _state() == before


# --- API bodies ----------------------------------------------------------------------------

@pytest.fixture
def api(client, make_user):
    user = make_user("projectleider", "beheerder", username="api-gebruiker")
    token = Token.objects.create(user=user).key
    AIModel.objects.create(organization=user.organization, name="Bestaand model")
    Supplier.objects.create(organization=user.organization, name="Bestaande leverancier")

    def send(method: str, path: str, body: str | bytes,
             content_type: str = "application/json"):
        return getattr(client, method)(path, data=body, content_type=content_type,
                                       HTTP_AUTHORIZATION=f"Token {token}")
    return send


API_BODIES = [
    ("deep-json", "post", "/api/v1/applications/", DEEP_JSON, "genest"),
    ("deep-within-limit", "post", "/api/v1/applications/", '{"a":' * 60 + "1" + "}" * 60,
     "genest"),
    ("lone-surrogate", "post", "/api/v1/applications/", '{"name": "\\ud83d"}', "U+D83D"),
    ("nul-in-name", "post", "/api/v1/applications/",
     '{"name": "a\\u0000b", "organization": "Gemeente Voorbeeld"}', "U+0000"),
    ("bidi-in-name", "post", "/api/v1/applications/",
     '{"name": "Toe\\u202epassing", "organization": "Gemeente Voorbeeld"}', "U+202E"),
    ("zero-width-in-name", "post", "/api/v1/applications/",
     '{"name": "Toe\\u200bpassing", "organization": "Gemeente Voorbeeld"}', "U+200B"),
    ("duplicate-key", "post", "/api/v1/applications/", '{"name": "a", "name": "b"}',
     "twee keer"),
    ("nan", "post", "/api/v1/applications/", '{"name": NaN}', "NaN"),
    ("infinity", "post", "/api/v1/applications/", '{"name": -Infinity}', "Infinity"),
    ("huge-int", "post", "/api/v1/models/", '{"name": "m", "parameters": 1' + "0" * 5000 + "}",
     "te groot"),
    ("int-beyond-64-bit", "post", "/api/v1/applications/", '{"a": 99999999999999999999}',
     "te groot"),
    ("not-utf8", "post", "/api/v1/suppliers/", b'{"name": "caf\xe9"}', "UTF-8"),
    ("oversize", "post", "/api/v1/suppliers/",
     '{"name": "' + "x" * (11 * 1024 * 1024) + '"}', "groter"),
    ("nul-in-supplier-name", "post", "/api/v1/suppliers/", '{"name": "a\\u0000"}', "U+0000"),
    ("bidi-in-supplier-name", "post", "/api/v1/suppliers/", '{"name": "Lev\\u202eB.V."}',
     "U+202E"),
    ("existing-supplier-name", "post", "/api/v1/suppliers/", '{"name": "Bestaande leverancier"}',
     "al een leverancier met deze naam"),
    ("zero-width-in-model-name", "post", "/api/v1/models/", '{"name": "Mo\\u200bdel"}',
     "U+200B"),
]


@pytest.mark.parametrize(("method", "path", "body", "words"), [c[1:] for c in API_BODIES],
                         ids=[c[0] for c in API_BODIES])
def test_it_refuses_hostile_api_bodies(api, method, path, body, words):
    before = _state()
    with _bounded():
        response = api(method, path, body)
    _refused(response, words)
    assert response["Content-Type"] == "application/json"
    assert _state() == before


def test_it_takes_only_json(api):
    response = api("post", "/api/v1/suppliers/", "name=Formulier",
                   "application/x-www-form-urlencoded")
    assert response.status_code == 415
    assert not Supplier.objects.filter(name="Formulier").exists()


def test_it_answers_an_unknown_api_path_with_json(api):
    response = api("get", "/api/v1/applications/geen%20kenmerk/", "")
    assert response.status_code == 404
    assert response.json() == {"detail": "Niet gevonden."}


@pytest.mark.parametrize("name", ["Lev\u202eB.V.", "Lever\u200bancier", "Leverancier\u00ad"])
def test_it_refuses_invisible_characters_in_a_supplier_name_on_the_web(client, make_user, name):
    client.force_login(make_user("ciso"))
    before = _state()
    response = client.post("/register/leveranciers/nieuw/", {"name": name})
    _refused(response, "onzichtbaar")
    assert _state() == before
