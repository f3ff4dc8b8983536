"""The archive: destruction only by approved list (or at once where the list says so), never
what a legal hold or an open Woo request protects; the selection list validated."""

from __future__ import annotations

import datetime as dt
import io

from django.core.management import call_command
from django.utils import timezone

import pytest

from regie.archive import service
from regie.archive.models import DestructionList
from regie.archive.selection import parse, selection_list
from regie.audit.models import AuditEvent
from regie.audit.service import Actor
from regie.core.errors import InputError
from regie.gateway.models import Decision, GatewayContent, GatewayRequest
from regie.lifecycle.models import Incident
from regie.register.models import Application
from regie.woo.models import WooRequest

ACTOR = Actor(via="cli", name="test")
TODAY = dt.date(2026, 12, 1)


def _aware(day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time(12)))


@pytest.fixture
def apps(organization):
    return [Application.objects.create(organization=organization, name=f"Toepassing {n}",
                                       slug=f"toepassing-{n}") for n in (1, 2)]


def _incident(organization, application, closed: dt.date) -> Incident:
    return Incident.objects.create(organization=organization, application=application,
                                   kind="bias", handler="ciso", description="x",
                                   status="closed", closed_at=_aware(closed))


def _content(application, expires: dt.datetime) -> GatewayContent:
    call = GatewayRequest.objects.create(application=application, endpoint="chat",
                                         decision=Decision.FORWARDED)
    return GatewayContent.objects.create(request=call, prompt="p", response="r",
                                         expires_at=expires)


@pytest.mark.django_db
def test_it_proposes_a_list_and_destroys_only_after_approval(organization, apps, make_user):
    old = _incident(organization, apps[0], TODAY - dt.timedelta(days=6 * 365))
    recent = _incident(organization, apps[0], TODAY - dt.timedelta(days=365))
    report = service.run(today=TODAY, actor=ACTOR)
    destruction_list = DestructionList.objects.get(pk=report.proposed_lists[0])
    assert [i.object_id for i in destruction_list.items.all()] == [str(old.pk)]
    assert Incident.objects.filter(pk=old.pk).exists()  # nothing destroyed yet
    assert service.run(today=TODAY, actor=ACTOR).proposed_lists == []  # one open list
    approver = make_user("beheerder")
    assert service.approve(destruction_list, actor=Actor(user=approver, via="web")) == (1, 0)
    assert not Incident.objects.filter(pk=old.pk).exists()
    assert Incident.objects.filter(pk=recent.pk).exists()
    destruction_list.refresh_from_db()
    assert destruction_list.status == "approved" and destruction_list.decided_by == approver
    with pytest.raises(InputError):
        service.approve(destruction_list, actor=ACTOR)
    assert AuditEvent.objects.filter(event="destruction_list_approved").count() == 1


@pytest.mark.django_db
def test_it_honours_a_legal_hold_set_after_the_list_was_made(organization, apps):
    held = _incident(organization, apps[0], TODAY - dt.timedelta(days=6 * 365))
    free = _incident(organization, apps[1], TODAY - dt.timedelta(days=6 * 365))
    destruction_list = DestructionList.objects.get(
        pk=service.run(today=TODAY, actor=ACTOR).proposed_lists[0])
    hold = service.set_hold(organization, application=apps[0], reason="Rechtszaak",
                            actor=ACTOR)
    assert service.approve(destruction_list, actor=ACTOR) == (1, 1)
    assert Incident.objects.filter(pk=held.pk).exists()
    assert not Incident.objects.filter(pk=free.pk).exists()
    service.release_hold(hold, actor=ACTOR)
    assert service.run(today=TODAY, actor=ACTOR).proposed_lists  # now it may go


@pytest.mark.django_db
def test_it_destroys_expired_gateway_content_daily_except_under_a_hold_or_open_woo_request(
        organization, apps):
    past = timezone.now() - dt.timedelta(hours=1)
    kept_by_woo = _content(apps[0], past)
    gone = _content(apps[1], past)
    not_yet = _content(apps[1], timezone.now() + dt.timedelta(days=3))
    woo = WooRequest.objects.create(organization=organization, reference="WOO-2026-0009",
                                    subject="chats", received_on=TODAY, application=apps[0])
    report = service.run(actor=ACTOR)
    assert report.destroyed == {"gateway_content": 1} and report.held == 1
    assert set(GatewayContent.objects.values_list("pk", flat=True)) == {kept_by_woo.pk,
                                                                         not_yet.pk}
    assert GatewayRequest.objects.count() == 3  # only the content goes
    assert gone.request_id in GatewayRequest.objects.values_list("pk", flat=True)
    woo.exported_at = timezone.now()
    woo.save()
    assert service.run(actor=ACTOR).destroyed == {"gateway_content": 1}
    event = AuditEvent.objects.filter(event="archive_records_destroyed").last()
    assert event.data["category"] == "gateway_content" and event.data["approval"] == "none"


@pytest.mark.django_db
def test_it_holds_everything_for_an_organisation_wide_hold(organization, apps):
    _incident(organization, apps[0], TODAY - dt.timedelta(days=6 * 365))
    service.set_hold(organization, application=None, reason="Onderzoek AP", actor=ACTOR)
    assert service.run(today=TODAY, actor=ACTOR).proposed_lists == []


@pytest.mark.django_db
def test_it_pauses_after_a_rejected_list(organization, apps):
    _incident(organization, apps[0], TODAY - dt.timedelta(days=6 * 365))
    destruction_list = DestructionList.objects.get(
        pk=service.run(today=TODAY, actor=ACTOR).proposed_lists[0])
    with pytest.raises(InputError, match="reden"):
        service.reject(destruction_list, actor=ACTOR, reason=" ")
    service.reject(destruction_list, actor=ACTOR, reason="Eerst het dossier nalopen")
    assert service.run(today=TODAY, actor=ACTOR).proposed_lists == []
    assert Incident.objects.count() == 1


def test_it_refuses_a_selection_list_that_would_destroy_what_must_be_kept():
    data = {"categories": {key: {"action": "keep"} for key in selection_list().categories}}
    assert parse(data, "eigen.yaml").categories["incident"].action == "keep"
    data["categories"]["audit_event"] = {"action": "destroy", "years": 1}
    with pytest.raises(InputError, match="audit_event.action"):
        parse(data, "eigen.yaml")
    data["categories"]["audit_event"] = {"action": "keep"}
    data["categories"]["incident"] = {"action": "destroy", "years": 0}
    with pytest.raises(InputError, match="incident.years"):
        parse(data, "eigen.yaml")
    del data["categories"]["incident"]
    with pytest.raises(InputError, match="ontbreekt"):
        parse(data, "eigen.yaml")


@pytest.mark.django_db
def test_it_runs_from_the_command_line_and_refuses_a_bad_date(organization, apps):
    _content(apps[0], timezone.now() - dt.timedelta(hours=1))
    out = io.StringIO()
    call_command("archive", stdout=out)
    assert "gateway_content: 1" in out.getvalue()
    from django.core.management.base import CommandError

    with pytest.raises(CommandError) as error:
        call_command("archive", "--date", "2026-02-30")
    assert error.value.returncode == 2
