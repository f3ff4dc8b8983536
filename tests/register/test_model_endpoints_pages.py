"""Issue 17: a model's extra endpoints are kept on its page, with the catalogue's rights and
material-change rules: adding or removing one sends decided applications back to review, and
the beheerder sees each endpoint's health as the gateway last saw it."""

from __future__ import annotations

from django.urls import reverse

import pytest

from regie.audit.models import AuditEvent
from regie.audit.service import Actor
from regie.gateway.upstreams import save_health
from regie.register.constants import Status
from regie.register.models import AIModel, Application, ModelEndpoint
from regie.register.service import save_catalogue_item
from regie.workflow.constants import Trigger
from regie.workflow.models import Transition
from tests.conftest import login
from tests.journey.walk import _AUDIT, AXE

SECOND = "http://10.0.0.12:8000/v1"


def _in_use(register):
    Application.objects.filter(pk=register.application.pk).update(status=Status.IN_USE)


def test_it_adds_an_endpoint_as_a_material_change(client, register, make_user):
    _in_use(register)
    client.force_login(make_user("beheerder"))
    response = client.post(reverse("register:model_endpoint_add", args=[register.model.pk]),
                           {"base_url": SECOND + "/", "upstream_model": "mistral-small"})
    assert response.status_code == 302
    endpoint = ModelEndpoint.objects.get(model=register.model)
    assert (endpoint.base_url, endpoint.upstream_model) == (SECOND, "mistral-small")
    assert Application.objects.get(pk=register.application.pk).status == Status.IN_REVIEW
    move = Transition.objects.filter(application=register.application).latest("pk")
    assert move.trigger == Trigger.MATERIAL_CHANGE
    assert "model.extra_endpoints" in move.reason
    assert AuditEvent.objects.filter(event="aimodel_updated").latest("pk").changes == [
        {"field": "extra_endpoints", "old": None, "new": SECOND}]

    page = client.get(register.model.get_absolute_url())
    assert SECOND in page.content.decode()
    assert "nog niet gecontroleerd" in page.content.decode()
    save_health(SECOND, False, "ClientConnectorError")
    assert "buiten gebruik sinds" in client.get(register.model.get_absolute_url()).content.decode()

    _in_use(register)
    response = client.post(reverse("register:model_endpoint_remove",
                                   args=[register.model.pk, endpoint.pk]))
    assert response.status_code == 302
    assert not ModelEndpoint.objects.exists()
    assert Application.objects.get(pk=register.application.pk).status == Status.IN_REVIEW


def test_it_refuses_a_bad_endpoint_naming_the_field(client, register, make_user):
    client.force_login(make_user("beheerder"))
    url = reverse("register:model_endpoint_add", args=[register.model.pk])
    response = client.post(url, {"base_url": "geen adres"})
    assert response.status_code == 400
    assert "Endpoint (OpenAI-compatibel)" in response.content.decode()
    client.post(url, {"base_url": SECOND})
    response = client.post(url, {"base_url": SECOND})
    assert response.status_code == 400
    assert "heeft dit endpoint al" in response.content.decode()
    assert ModelEndpoint.objects.count() == 1


def test_it_lets_only_who_keeps_the_catalogue_change_endpoints(client, register, make_user,
                                                               other_register):
    client.force_login(make_user("medewerker"))
    url = reverse("register:model_endpoint_add", args=[register.model.pk])
    assert client.post(url, {"base_url": SECOND}).status_code == 403
    client.force_login(make_user("beheerder"))
    other = reverse("register:model_endpoint_add", args=[other_register.model.pk])
    assert client.post(other, {"base_url": SECOND}).status_code == 404
    assert client.get(url).status_code == 405
    assert not ModelEndpoint.objects.exists()


@pytest.mark.e2e
@pytest.mark.django_db(transaction=True)
def test_it_adds_an_endpoint_in_the_browser_without_accessibility_problems(page, organization,
                                                                            make_user):

    model = save_catalogue_item(
        AIModel(organization=organization),
        {"name": "Llama lokaal", "terms": "contract",
         "endpoint_base_url": "http://10.0.0.11:8000/v1"}, actor=Actor(via="test", name="t"))
    login(page, make_user("beheerder"))
    page.goto(model.get_absolute_url())
    page.get_by_label("Endpoint (OpenAI-compatibel)").fill(SECOND)
    page.get_by_role("button", name="Endpoint toevoegen").click()
    page.wait_for_load_state("load")
    table = page.get_by_role("region", name="Endpoints").get_by_role("table")
    assert SECOND in table.inner_text()
    assert "eigen endpoint van het model" in table.inner_text()
    assert "nog niet gecontroleerd" in table.inner_text()
    page.evaluate(AXE.read_text())  # through the debugger: the CSP forbids inline scripts
    assert page.evaluate(_AUDIT) == []
