"""Every role against every register endpoint: allowed, 403 or 404 as intended."""

from rest_framework.test import APIClient

import pytest

from regie.audit.service import SYSTEM
from regie.register.dossier import parse_dossier
from regie.register.models import AIModel, Application, Supplier
from regie.register.service import import_dossier
from tests.conftest import ALL_ROLES
from tests.register.test_dossier_roundtrip import FULL

READ_ALL = set(ALL_ROLES)
KEEPS_CATALOGUE = {"projectleider", "ciso", "beheerder"}
CREATES_APPLICATIONS = {"projectleider", "beheerder"}
EDITS_FOREIGN_APPLICATION = {"beheerder"}  # projectleiders only edit what they own
DELETES = {"beheerder"}

# (name, method, path template, body, roles allowed)
MATRIX = [
    ("list applications", "get", "/api/v1/applications/", None, READ_ALL),
    ("read application", "get", "/api/v1/applications/{slug}/", None, READ_ALL),
    ("create application", "post", "/api/v1/applications/", "dossier", CREATES_APPLICATIONS),
    ("edit application", "patch", "/api/v1/applications/{slug}/", {"purpose": "Nieuw doel"},
     EDITS_FOREIGN_APPLICATION),
    ("delete application", "delete", "/api/v1/applications/{slug}/", None, DELETES),
    ("list models", "get", "/api/v1/models/", None, READ_ALL),
    ("create model", "post", "/api/v1/models/", {"name": "Nieuw model"}, KEEPS_CATALOGUE),
    ("edit model", "patch", "/api/v1/models/{model}/", {"licence": "MIT"}, KEEPS_CATALOGUE),
    ("delete model", "delete", "/api/v1/models/{free_model}/", None, DELETES),
    ("list suppliers", "get", "/api/v1/suppliers/", None, READ_ALL),
    ("create supplier", "post", "/api/v1/suppliers/", {"name": "Nieuw B.V."}, KEEPS_CATALOGUE),
    ("edit supplier", "patch", "/api/v1/suppliers/{supplier}/", {"country": "NL"},
     KEEPS_CATALOGUE),
]


@pytest.fixture
def world(organization, other_organization):
    application, _ = import_dossier(parse_dossier(FULL), actor=SYSTEM)
    foreign, _ = import_dossier(parse_dossier({**FULL, "organization": "Gemeente Elders"}),
                                actor=SYSTEM)
    free_model = AIModel.objects.create(organization=organization, name="Ongebruikt")
    return {
        "slug": application.slug, "model": application.model_id,
        "supplier": application.supplier_id, "free_model": free_model.pk,
        "foreign": {"slug": foreign.slug, "model": foreign.model_id,
                    "supplier": foreign.supplier_id, "free_model": foreign.model_id},
    }


def _call(client, method, path, body):
    if body == "dossier":
        body = {**{k: v for k, v in FULL.items() if k != "status"}, "name": "Via de matrix",
                "slug": None}
    return getattr(client, method)(path, body, format="json") if body else \
        getattr(client, method)(path)


@pytest.mark.django_db
@pytest.mark.parametrize("role", ALL_ROLES)
@pytest.mark.parametrize("name,method,path,body,allowed", MATRIX, ids=[m[0] for m in MATRIX])
def test_it_enforces_the_role_matrix(role, name, method, path, body, allowed, world, make_user):
    client = APIClient()
    client.force_authenticate(make_user(role))
    response = _call(client, method, path.format(**world), body)
    if role in allowed:
        assert response.status_code < 400, (role, name, response.status_code, response.content)
    else:
        assert response.status_code == 403, (role, name, response.status_code)


@pytest.mark.django_db
@pytest.mark.parametrize("name,method,path,body,allowed", [m for m in MATRIX if "{" in m[2]],
                         ids=[m[0] for m in MATRIX if "{" in m[2]])
def test_it_hides_other_organisations_objects(name, method, path, body, allowed, world,
                                              make_user):
    client = APIClient()
    client.force_authenticate(make_user("beheerder"))
    response = _call(client, method, path.format(**world["foreign"]), body)
    assert response.status_code == 404


@pytest.mark.django_db
def test_it_lets_a_projectleider_edit_what_they_own(world, make_user):
    owner = make_user("projectleider", username="eigenaar")
    Application.objects.filter(slug=world["slug"]).update(owner_email=owner.email)
    client = APIClient()
    client.force_authenticate(owner)
    response = client.patch(f"/api/v1/applications/{world['slug']}/", {"purpose": "Bijgewerkt"},
                            format="json")
    assert response.status_code == 200, response.content


@pytest.mark.django_db
def test_it_requires_authentication(world):
    client = APIClient()
    for path in ("/api/v1/applications/", "/api/v1/models/", "/api/v1/suppliers/"):
        assert client.get(path).status_code in (401, 403)
    assert Supplier.objects.count() == 2


def test_it_serves_the_openapi_schema_and_docs(client):
    schema = client.get("/api/v1/schema/")
    assert schema.status_code == 200
    assert b"/api/v1/applications/" in schema.content
    assert client.get("/api/v1/docs/").status_code == 200
