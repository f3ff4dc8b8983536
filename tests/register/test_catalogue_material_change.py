"""A change to a model or supplier that a decided application relies on is a material change
of that application: only who may edit every such application may make it, through any door
(web, REST API, admin), and each goes back to review."""

from __future__ import annotations

from django.db.models import ProtectedError
from django.urls import reverse
from rest_framework.test import APIClient

import pytest

from regie.audit.models import AuditEvent
from regie.audit.service import SYSTEM, verify_chain
from regie.register.constants import Status
from regie.register.models import AIModel, Application, Supplier
from regie.register.service import delete_catalogue_item, save_catalogue_item
from regie.workflow.constants import Trigger
from regie.workflow.models import Transition
from tests.register.conftest import make_register

NEW_ENDPOINT = "https://llm.elders.example/v1"


def _in_use(register):
    Application.objects.filter(pk=register.application.pk).update(status=Status.IN_USE)
    return register


@pytest.fixture
def decided(register):
    return _in_use(register)


def _status(register) -> str:
    return Application.objects.get(pk=register.application.pk).status


def test_it_sends_an_application_in_use_back_to_review_when_its_model_endpoint_changes(
        decided, make_user):
    client = APIClient()
    client.force_authenticate(make_user("beheerder"))
    response = client.patch(f"/api/v1/models/{decided.model.pk}/",
                            {"endpoint_base_url": NEW_ENDPOINT}, format="json")
    assert response.status_code == 200, response.content
    assert _status(decided) == Status.IN_REVIEW
    move = Transition.objects.filter(application=decided.application).latest("pk")
    assert move.trigger == Trigger.MATERIAL_CHANGE
    assert "model.endpoint.base_url" in move.reason
    change = AuditEvent.objects.filter(event="application_updated",
                                       application_id=decided.application.pk,
                                       data__cause="aimodel_updated").get()
    assert change.via == "api" and change.data["aimodel"] == decided.model.pk
    assert {"field": "model.endpoint.base_url", "old": None, "new": NEW_ENDPOINT} in \
        change.changes
    assert list(verify_chain()) == []


def test_it_treats_a_supplier_change_as_material_too(decided, make_user):
    client = APIClient()
    client.force_authenticate(make_user("beheerder"))
    response = client.patch(f"/api/v1/suppliers/{decided.supplier.pk}/",
                            {"country": "Verenigde Staten"}, format="json")
    assert response.status_code == 200, response.content
    assert _status(decided) == Status.IN_REVIEW


@pytest.mark.parametrize("role", ["projectleider", "ciso"])
def test_it_refuses_the_change_to_who_may_not_edit_every_decided_application(
        decided, make_user, role):
    """Projectleiders and the CISO keep the catalogue, but this application is not theirs."""
    client = APIClient()
    client.force_authenticate(make_user(role, username=f"{role}-elders"))
    events = AuditEvent.objects.count()
    response = client.patch(f"/api/v1/models/{decided.model.pk}/",
                            {"endpoint_base_url": NEW_ENDPOINT}, format="json")
    assert response.status_code == 403
    assert "wezenlijke wijziging" in response.json()["detail"]
    assert AIModel.objects.get(pk=decided.model.pk).endpoint_base_url == ""
    assert _status(decided) == Status.IN_USE
    assert AuditEvent.objects.count() == events


def test_it_refuses_it_in_the_web_form_with_a_message(decided, make_user, client):
    client.force_login(make_user("ciso"))
    url = reverse("register:model_edit", args=[decided.model.pk])
    form = client.get(url).context["form"]
    data = {name: value for name, value in form.initial.items() if value is not None}
    response = client.post(url, {**data, "endpoint_base_url": NEW_ENDPOINT})
    assert response.status_code == 403
    assert "wezenlijke wijziging" in response.content.decode()
    assert AIModel.objects.get(pk=decided.model.pk).endpoint_base_url == ""
    assert _status(decided) == Status.IN_USE


def test_it_lets_the_owner_change_the_model_of_their_own_application(decided, make_user):
    owner = make_user("projectleider")  # projectleider@voorbeeld.nl owns the dossier
    client = APIClient()
    client.force_authenticate(owner)
    response = client.patch(f"/api/v1/models/{decided.model.pk}/", {"hosting": "eu_cloud"},
                            format="json")
    assert response.status_code == 200, response.content
    assert _status(decided) == Status.IN_REVIEW


def test_it_needs_edit_rights_on_every_decided_application_not_just_one(
        decided, organization, make_user):
    other = make_register(organization, owner_email="iemand@voorbeeld.nl",
                          name="Tweede toepassing", supplier_name="Tweede B.V.")
    Application.objects.filter(pk=other.application.pk).update(
        status=Status.APPROVED, model=decided.model)
    owner = make_user("projectleider")
    client = APIClient()
    client.force_authenticate(owner)
    response = client.patch(f"/api/v1/models/{decided.model.pk}/", {"licence": "MIT"},
                            format="json")
    assert response.status_code == 403
    assert "Tweede toepassing" in response.json()["detail"]
    assert _status(decided) == Status.IN_USE


def test_it_leaves_drafts_to_whoever_keeps_the_catalogue_but_records_their_change(
        register, make_user):
    Application.objects.filter(pk=register.application.pk).update(status=Status.DRAFT)
    client = APIClient()
    client.force_authenticate(make_user("ciso"))
    response = client.patch(f"/api/v1/models/{register.model.pk}/", {"licence": "MIT"},
                            format="json")
    assert response.status_code == 200
    assert _status(register) == Status.DRAFT
    change = AuditEvent.objects.filter(event="application_updated",
                                       application_id=register.application.pk).latest("id")
    assert change.changes == [{"field": "model.licence", "old": None, "new": "MIT"}]


def test_it_changes_nothing_for_a_field_outside_the_dossier(decided):
    save_catalogue_item(Supplier.objects.get(pk=decided.supplier.pk),
                        {"notes": "Contactpersoon gewijzigd."}, actor=SYSTEM)
    assert _status(decided) == Status.IN_USE


def test_it_refuses_to_delete_a_model_an_application_uses_as_another_model(decided,
                                                                           organization):
    extra = save_catalogue_item(AIModel(organization=organization), {"name": "Reserve"},
                                actor=SYSTEM)
    decided.application.other_models.add(extra)
    with pytest.raises(ProtectedError):
        delete_catalogue_item(extra, actor=SYSTEM)
    assert AIModel.objects.filter(pk=extra.pk).exists()
