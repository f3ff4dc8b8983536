"""AI models and suppliers: created and changed through their forms, audited, and shown with
the applications that use them."""

from django.urls import reverse

import pytest

from regie.audit.models import AuditEvent
from regie.register.models import AIModel, Supplier


@pytest.fixture
def ciso(client, make_user):
    user = make_user("ciso")
    client.force_login(user)
    return user


def test_it_creates_a_model_in_the_own_organisation(client, ciso):
    response = client.post(reverse("register:model_create"), {
        "name": "Llama 3.3 70B", "provider": "Meta", "hosting": "on_premises",
        "open_source": "open_weights", "developed_in_eu": "false",
        "endpoint_base_url": "http://127.0.0.1:8002/v1", "parameters_billion": "70"})
    model = AIModel.objects.get(name="Llama 3.3 70B")
    assert response.status_code == 302 and response["Location"] == model.get_absolute_url()
    assert model.organization == ciso.organization and model.developed_in_eu is False
    assert AuditEvent.objects.filter(event="aimodel_created", object_id=str(model.pk)).exists()


def test_it_refuses_a_duplicate_supplier_name(client, ciso, register):
    response = client.post(reverse("register:supplier_create"),
                           {"name": "voorbeeld hosting b.v.", "kvk_number": "123"})
    assert response.status_code == 400
    assert "Er is al een leverancier met deze naam." in response.content.decode()
    assert Supplier.objects.count() == 1


def test_it_shows_changes_and_uses_of_a_supplier(client, ciso, register):
    url = reverse("register:supplier_edit", args=[register.supplier.pk])
    client.post(url, {"name": "Voorbeeld Hosting B.V.", "country": "België"})
    page = client.get(register.supplier.get_absolute_url()).content.decode()
    assert "België" in page and "Nederland" in page  # new and old value in the history
    assert register.application.name in page


def test_it_lists_applications_that_use_a_model_as_an_extra_model(client, ciso, register):
    whisper = AIModel.objects.create(organization=ciso.organization, name="Whisper large-v3")
    register.application.other_models.add(whisper)
    response = client.get(whisper.get_absolute_url())
    assert [a.name for a in response.context["applications"]] == [register.application.name]
