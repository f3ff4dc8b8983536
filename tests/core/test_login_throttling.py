"""Login throttling (django-axes): too many wrong passwords for one account, or from one
address, block further sign-ins there with a Dutch page (429) until the lockout ends; other
accounts and addresses, API tokens and the other authentication backends keep working
as they should."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import authenticate
from django.test import Client, RequestFactory
from rest_framework.authtoken.models import Token

import pytest

LIMIT = settings.AXES_FAILURE_LIMIT


def sign_in(username: str, password: str, address: str) -> tuple[Client, object]:
    client = Client(REMOTE_ADDR=address)
    response = client.post("/inloggen/", {"username": username, "password": password})
    return client, response


def signed_in(client: Client) -> bool:
    return "_auth_user_id" in client.session


@pytest.mark.django_db
def test_it_locks_an_account_after_too_many_wrong_passwords(make_user):
    make_user("medewerker", username="marieke")
    other = make_user("medewerker", username="pieter")
    for attempt in range(LIMIT):  # each from another address: only the account adds up
        _client, response = sign_in("marieke", "fout", f"10.0.0.{attempt + 1}")
        assert response.status_code in (200, 429)
    client, response = sign_in("marieke", "geheim-123", "10.0.1.1")
    assert response.status_code == 429
    text = response.content.decode()
    assert "Inloggen tijdelijk geblokkeerd" in text
    assert f"{LIMIT} keer een verkeerd wachtwoord" in text
    assert f"over {settings.AXES_COOLOFF_TIME.seconds // 60} minuten" in text
    assert not signed_in(client)
    client, response = sign_in(other.username, "geheim-123", "10.0.1.1")
    assert response.status_code == 302 and signed_in(client)


@pytest.mark.django_db
def test_it_locks_an_address_trying_many_accounts_but_not_other_addresses(make_user):
    user = make_user("medewerker", username="marieke")
    for attempt in range(LIMIT):
        sign_in(f"gok{attempt}", "fout", "192.0.2.7")
    client, response = sign_in("marieke", "geheim-123", "192.0.2.7")
    assert response.status_code == 429 and not signed_in(client)
    client, response = sign_in("marieke", "geheim-123", "192.0.2.8")
    assert response.status_code == 302 and signed_in(client)
    # API tokens are not sign-ins: they keep working from the blocked address.
    token = Token.objects.create(user=user)
    api = Client(REMOTE_ADDR="192.0.2.7").get("/api/v1/applications/",
                                              HTTP_AUTHORIZATION=f"Token {token.key}")
    assert api.status_code == 200


@pytest.mark.django_db
def test_it_clears_the_count_after_a_successful_sign_in(make_user):
    make_user("medewerker", username="marieke")
    for _round in range(2):
        for attempt in range(LIMIT - 1):
            sign_in("marieke", "fout", f"198.51.100.{attempt + 1}")
        client, response = sign_in("marieke", "geheim-123", "198.51.100.99")
        assert response.status_code == 302 and signed_in(client)


@pytest.mark.django_db
def test_it_blocks_every_backend_for_a_locked_address_single_sign_on_too(make_user):
    make_user("medewerker", username="marieke")
    for attempt in range(LIMIT):
        sign_in(f"gok{attempt}", "fout", "203.0.113.5")
    # What the OpenID Connect callback does: authenticate with the request and the code.
    request = RequestFactory().get("/oidc/callback/", REMOTE_ADDR="203.0.113.5")
    assert authenticate(request=request, nonce="n", code_verifier=None) is None
    assert getattr(request, "axes_locked_out", False)
    allowed = RequestFactory().get("/oidc/callback/", REMOTE_ADDR="203.0.113.6")
    assert authenticate(request=allowed, nonce="n", code_verifier=None) is None
    assert not getattr(allowed, "axes_locked_out", False)
