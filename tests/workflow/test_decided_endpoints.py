"""The decision record says which model endpoints the decision covered; a catalogue change of
the endpoint sends the application back to review, and only a new approval covers the new
endpoint."""

from __future__ import annotations

from regie.register.constants import Status
from regie.register.models import AIModel, Application
from regie.register.service import save_catalogue_item
from regie.workflow import service
from regie.workflow.service import decided_endpoints

from .conftest import actor, advise
from .test_material_change import _approve

OLD, NEW = "https://llm.voorbeeld.nl/v1", "https://llm.elders.example/v1"


def test_it_covers_only_the_endpoint_that_was_decided_on(in_review, users):
    application = in_review()
    model = AIModel.objects.get(pk=application.model_id)
    save_catalogue_item(model, {"endpoint_base_url": OLD, "endpoint_model": "geitje"},
                        actor=actor(users["beheerder"]))
    application = _approve(lambda: Application.objects.get(pk=application.pk), users)
    assert decided_endpoints(application.pk) == {model.name: (OLD, "geitje")}

    save_catalogue_item(AIModel.objects.get(pk=model.pk), {"endpoint_base_url": NEW + "/"},
                        actor=actor(users["beheerder"]))
    application.refresh_from_db()
    assert application.status == Status.IN_REVIEW
    assert decided_endpoints(application.pk) == {model.name: (OLD, "geitje")}

    advise(application, users)
    service.decide(application, actor=actor(users["directie"]), outcome="approved",
                   rationale="Het nieuwe endpoint is beoordeeld.")
    assert decided_endpoints(application.pk) == {model.name: (NEW, "geitje")}


def test_it_covers_nothing_after_a_rejection_or_without_a_decision(in_review, users):
    application = in_review()
    assert decided_endpoints(application.pk) is None
    advise(application, users)
    service.decide(application, actor=actor(users["directie"]), outcome="rejected",
                   rationale="Niet nodig.")
    assert decided_endpoints(application.pk) is None
