"""The submission API client against the loopback server built from the official spec."""

import pytest

from regie.publication.client import AlgoritmeregisterClient, ClientConfig, PublishError

from .conftest import ORG_ID, TOKEN

RECORD = {
    "name": "Samenvatten",
    "description_short": "Korte omschrijving.",
    "organization": "Gemeente Voorbeeld",
    "status": "In gebruik",
    "contact_email": "ai@voorbeeld.nl",
    "publication_category": "Overige algoritmes",
    "lang": "nld",
    "standard_version": "1.0",
    "category": ["Recht"],
    "goal": "<p>Doel</p>",
}


@pytest.fixture
def sleeps():
    return []


@pytest.fixture
def client(aanlever_server, sleeps):
    config = ClientConfig(
        base_url=aanlever_server.url,
        token=TOKEN,
        organisation_id=ORG_ID,
        timeout=0.5,
        attempts=3,
        backoff=0.01,
    )
    with AlgoritmeregisterClient(config, sleep=sleeps.append) as instance:
        yield instance


def test_it_creates_previews_releases_updates_and_retracts(client, aanlever_server):
    lars = client.create(RECORD)
    assert aanlever_server.algorithms[lars]["record"] == RECORD
    assert client.preview(lars).endswith(f"/preview/{lars}")
    client.release(lars)
    assert aanlever_server.algorithms[lars]["published"]
    client.update(lars, {**RECORD, "name": "Samenvatten van brieven"})
    assert client.get(lars)["name"] == "Samenvatten van brieven"
    assert not aanlever_server.algorithms[lars]["released"]
    client.release(lars)
    [summary] = client.list_algorithms()
    assert summary["lars"] == lars and summary["current_version_released"]
    client.retract(lars)
    assert not aanlever_server.algorithms[lars]["published"]
    assert (
        "DELETE",
        f"/aanleverapi/v1_0/organizations/{ORG_ID}/published-algorithms/{lars}/retract",
    ) in aanlever_server.requests


def test_it_explains_a_rejected_record_without_retrying(client, aanlever_server, sleeps):
    invalid = {**RECORD, "lang": "xxx", "name": "x" * 101}
    with pytest.raises(PublishError) as caught:
        client.create(invalid)
    message = str(caught.value)
    assert caught.value.status == 422 and "HTTP 422" in message
    assert "lang" in message and "name" in message
    assert len(aanlever_server.requests) == 1 and sleeps == []


def test_it_reports_a_wrong_token_and_unknown_algorithm_clearly(aanlever_server, client):
    config = ClientConfig(base_url=aanlever_server.url, token="fout", organisation_id=ORG_ID)
    with AlgoritmeregisterClient(config) as wrong:
        with pytest.raises(PublishError, match="geen of ongeldig token.*401"):
            wrong.list_algorithms()
    with pytest.raises(PublishError, match="niet gevonden.*404"):
        client.release("00000404")


def test_it_refuses_a_second_release_as_a_conflict(client):
    lars = client.create(RECORD)
    client.release(lars)
    with pytest.raises(PublishError, match="409"):
        client.release(lars)


def test_it_retries_server_errors_with_growing_backoff(client, aanlever_server, sleeps):
    aanlever_server.faults = [503, 502]
    lars = client.create(RECORD)
    assert lars in aanlever_server.algorithms
    assert len(aanlever_server.requests) == 3
    assert sleeps == [0.01, 0.02]


def test_it_retries_a_timeout_and_then_succeeds(client, aanlever_server, sleeps):
    aanlever_server.hang_seconds = 1.5
    aanlever_server.faults = ["timeout"]
    assert client.list_algorithms() == []
    assert len(sleeps) == 1


def test_it_gives_up_after_the_last_attempt(client, aanlever_server):
    aanlever_server.faults = [500, 503, 504]
    with pytest.raises(PublishError, match="na 3 pogingen mislukt.*HTTP 504"):
        client.create(RECORD)
    assert aanlever_server.algorithms == {}


def test_it_reports_an_unreachable_register(sleeps):
    config = ClientConfig(
        base_url="http://127.0.0.1:9/aanleverapi/v1_0",
        token=TOKEN,
        organisation_id=ORG_ID,
        timeout=0.5,
        attempts=2,
        backoff=0.01,
    )
    with AlgoritmeregisterClient(config, sleep=sleeps.append) as unreachable:
        with pytest.raises(PublishError, match="niet bereikbaar"):
            unreachable.list_algorithms()
