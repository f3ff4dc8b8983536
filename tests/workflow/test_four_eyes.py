"""Nobody advises on or decides about an application they own or created."""

import pytest

from regie.register.models import Application
from regie.workflow import service

from .conftest import actor, advise


def test_it_refuses_advice_from_the_owner(in_review, users, make_user):
    owner_fg = make_user("projectleider", "fg", username="pl_fg")
    application = in_review()
    Application.objects.filter(pk=application.pk).update(owner=owner_fg)
    application.refresh_from_db()
    with pytest.raises(service.FourEyesError):
        service.give_advice(
            application, actor=actor(owner_fg), role="fg", outcome="positive", text="Prima."
        )
    assert not application.advices.exists()


def test_it_refuses_advice_from_whoever_created_the_dossier(in_review, users):
    application = in_review()
    Application.objects.filter(pk=application.pk).update(created_by=users["ciso"])
    application.refresh_from_db()
    with pytest.raises(service.FourEyesError):
        service.give_advice(
            application, actor=actor(users["ciso"]), role="ciso", outcome="positive", text="Prima."
        )


def test_it_refuses_a_decision_by_the_owner_by_email(in_review, users, make_user):
    application = in_review()
    advise(application, users)
    boss = make_user("directie", username="baas")
    Application.objects.filter(pk=application.pk).update(
        owner=None, owner_email="BAAS@voorbeeld.nl"
    )
    application.refresh_from_db()
    with pytest.raises(service.FourEyesError):
        service.decide(application, actor=actor(boss), outcome="approved", rationale="Ja.")
    application.refresh_from_db()
    assert application.status == "in_review"


def test_it_keeps_own_applications_out_of_the_advisers_inbox(in_review, users):
    application = in_review()
    Application.objects.filter(pk=application.pk).update(created_by=users["fg"])
    assert service.inbox_for(users["fg"]).advice == []
    assert [t.application_id for t in service.inbox_for(users["ciso"]).advice] == [application.pk]


def test_it_refuses_advice_from_someone_without_the_role(in_review, users):
    application = in_review()
    with pytest.raises(service.NotAllowed):
        service.give_advice(
            application,
            actor=actor(users["directie"]),
            role="fg",
            outcome="positive",
            text="Prima.",
        )
