"""The API contract is a file: docs/openapi.yaml is what the code generates (`make schema`)."""

import io

from django.core.management import call_command

import yaml

from tests.conftest import REPO


def test_it_matches_the_committed_openapi_document():
    out = io.StringIO()
    call_command("spectacular", "--validate", stdout=out)
    generated = yaml.safe_load(out.getvalue())
    committed = yaml.safe_load((REPO / "docs" / "openapi.yaml").read_text(encoding="utf-8"))
    assert generated == committed, "docs/openapi.yaml is stale: run `make schema`"
    assert generated["openapi"].startswith("3.1")
    assert "/api/v1/applications/{slug}/" in generated["paths"]
    assert "Dossier" in generated["components"]["schemas"]


def test_it_serves_the_same_document_every_time(client):
    first = client.get("/api/v1/schema/")
    assert first.status_code == 200
    assert client.get("/api/v1/schema/").content == first.content
