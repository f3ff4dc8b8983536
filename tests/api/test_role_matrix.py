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
    ("replace application", "put", "/api/v1/applications/{slug}/", "dossier",
     EDITS_FOREIGN_APPLICATION),
    ("delete application", "delete", "/api/v1/applications/{slug}/", None, DELETES),
    ("list models", "get", "/api/v1/models/", None, READ_ALL),
    ("create model", "post", "/api/v1/models/", {"name": "Nieuw model"}, KEEPS_CATALOGUE),
    ("edit model", "patch", "/api/v1/models/{model}/", {"licence": "MIT"}, KEEPS_CATALOGUE),
    ("replace model", "put", "/api/v1/models/{model}/", {"name": "Vervangen"},
     KEEPS_CATALOGUE),
    ("delete model", "delete", "/api/v1/models/{free_model}/", None, DELETES),
    ("list suppliers", "get", "/api/v1/suppliers/", None, READ_ALL),
    ("create supplier", "post", "/api/v1/suppliers/", {"name": "Nieuw B.V."}, KEEPS_CATALOGUE),
    ("edit supplier", "patch", "/api/v1/suppliers/{supplier}/", {"country": "NL"},
     KEEPS_CATALOGUE),
    ("replace supplier", "put", "/api/v1/suppliers/{supplier}/", {"name": "Vervangen B.V."},
     KEEPS_CATALOGUE),
    ("delete supplier", "delete", "/api/v1/suppliers/{free_supplier}/", None, DELETES),
    # A catalogue change under an application in use is a material change of it: only who
    # may edit that application (here: the beheerder) may make it.
    ("edit model in use", "patch", "/api/v1/models/{model_in_use}/",
     {"endpoint_base_url": "https://llm.elders.example/v1"}, EDITS_FOREIGN_APPLICATION),
    ("edit supplier in use", "patch", "/api/v1/suppliers/{supplier_in_use}/",
     {"country": "Verenigde Staten"}, EDITS_FOREIGN_APPLICATION),
]


@pytest.fixture
def world(organization, other_organization):
    application, _ = import_dossier(parse_dossier(FULL), actor=SYSTEM)
    foreign, _ = import_dossier(parse_dossier({**FULL, "organization": "Gemeente Elders"}),
                                actor=SYSTEM)
    free_model = AIModel.objects.create(organization=organization, name="Ongebruikt")
    free_supplier = Supplier.objects.create(organization=organization, name="Ongebruikt B.V.")
    in_use, _ = import_dossier(parse_dossier({
        **FULL, "slug": None, "name": "In gebruik", "model": {**FULL["model"], "name": "Eigen"},
        "supplier": {**FULL["supplier"], "name": "Eigen B.V."}}), actor=SYSTEM)
    Application.objects.filter(pk=in_use.pk).update(status="in_use")
    return {
        "slug": application.slug, "model": application.model_id,
        "supplier": application.supplier_id, "free_model": free_model.pk,
        "free_supplier": free_supplier.pk, "model_in_use": in_use.model_id,
        "supplier_in_use": in_use.supplier_id,
        "foreign": {"slug": foreign.slug, "model": foreign.model_id,
                    "supplier": foreign.supplier_id, "free_model": foreign.model_id,
                    "free_supplier": foreign.supplier_id,
                    "model_in_use": foreign.model_id, "supplier_in_use": foreign.supplier_id},
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
    assert Supplier.objects.count() == 4  # own, foreign, unused and the one in use


def test_it_serves_the_openapi_schema_and_docs(client):
    schema = client.get("/api/v1/schema/")
    assert schema.status_code == 200
    assert b"/api/v1/applications/" in schema.content
    assert client.get("/api/v1/docs/").status_code == 200
