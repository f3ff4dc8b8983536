"""No 5xx from client input: schemathesis generates requests for every operation of
/api/v1/ from the OpenAPI document and checks that none gives a server error and that every
answer (status, content type, body) is one the document describes. Time-bounded by a fixed
number of examples per operation."""

from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from rest_framework.authtoken.models import Token

import pytest
import schemathesis
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis.checks import not_a_server_error
from schemathesis.generation import GenerationMode
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from regie.register.models import AIModel, Application, Supplier
from tests.conftest import ALL_ROLES, REPO

# Schema-conforming requests, then requests that break the schema on purpose.
EXAMPLES_PER_OPERATION = {GenerationMode.POSITIVE: 25, GenerationMode.NEGATIVE: 15}
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance,
          response_schema_conformance]


@pytest.fixture
def api_schema(db):
    """The schema served by the application itself, called in-process (WSGI). Like Django's
    test client, requests must not close the test's database connection when they end."""
    signals = (request_started, request_finished)
    for signal in signals:
        signal.disconnect(close_old_connections)
    try:
        yield schemathesis.openapi.from_wsgi("/api/v1/schema/", get_wsgi_application())
    finally:
        for signal in signals:
            signal.connect(close_old_connections)


@pytest.fixture
def token(make_user, organization):
    """A user with every role (so that writes get past the permission checks)."""
    user = make_user(*ALL_ROLES, username="alle-rollen")
    return Token.objects.create(user=user).key


@pytest.fixture
def existing(organization) -> dict[str, object]:
    """Path parameters of real records, so that generated bodies reach the update code."""
    application = Application.objects.create(organization=organization, name="Bestaand",
                                             slug="bestaande-toepassing")
    model = AIModel.objects.create(organization=organization, name="Bestaand model")
    supplier = Supplier.objects.create(organization=organization, name="Bestaande leverancier")
    return {"slug": application.slug, "models": model.pk, "suppliers": supplier.pk}


def _operations() -> list[tuple[str, str]]:
    document = yaml.safe_load((REPO / "docs" / "openapi.yaml").read_text(encoding="utf-8"))
    return [(path, method) for path, item in document["paths"].items() for method in item
            if method in ("get", "post", "put", "patch", "delete")]


def _path_parameters(path: str, existing: dict[str, object]) -> dict[str, object]:
    if "{slug}" in path:
        return {"slug": existing["slug"]}
    if "{id}" in path:
        return {"id": existing[path.split("/")[3]]}
    return {}


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
@pytest.mark.parametrize(("path", "method"), _operations())
def test_it_answers_every_generated_request_as_documented(api_schema, token, existing, path,
                                                         method, mode):
    operation = api_schema[path][method.upper()]
    # Negative cases may break the path parameters too, so those are generated then.
    fixed = _path_parameters(path, existing) if mode == GenerationMode.POSITIVE else None
    strategy = operation.as_strategy(mode, path_parameters=fixed)

    @given(case=strategy)
    @settings(max_examples=EXAMPLES_PER_OPERATION[mode], deadline=None, derandomize=True,
              database=None, suppress_health_check=list(HealthCheck))
    def call(case):
        case.call_and_validate(headers={"Authorization": f"Token {token}"}, checks=CHECKS)

    try:
        call()
    except Unsatisfiable:
        # schemathesis sometimes finds no way to break a permissive body schema; then there
        # is no negative request to send (the positive run covers the operation).
        if mode == GenerationMode.POSITIVE:
            raise
        pytest.skip("schemathesis genereerde geen ongeldige verzoeken voor deze operatie")
