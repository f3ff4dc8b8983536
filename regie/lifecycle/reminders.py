"""The daily reminders (`regie reminders`). Each reminder is claimed by inserting its
`ReminderLog` row before the mail goes out; the unique (kind, object, recipient, date)
constraint makes a second or concurrent run skip it, so nobody gets the same reminder twice
on one day. A failed send releases the claim so the next run tries again."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator
from dataclasses import dataclass

from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.formats import date_format

from regie.core.links import absolute_url
from regie.lifecycle import constants as c
from regie.lifecycle.data import intervals
from regie.lifecycle.evaluations import add_months, in_use, next_due
from regie.lifecycle.incidents import open_breach_decisions
from regie.lifecycle.models import ReminderLog, TrainingRecord
from regie.register.constants import Status
from regie.register.models import Application, Organization, User
from regie.register.roles import Role

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Reminder:
    kind: str
    object_type: str
    object_id: str
    recipient: str
    subject: str
    body: str


def owner_emails(application: Application) -> list[str]:
    emails = {e.lower() for e in (getattr(application.owner, "email", ""),
                                  application.owner_email) if e}
    return sorted(emails)


def _link(path: str) -> str:
    return absolute_url(path)


def evaluations_due(today: dt.date) -> Iterator[Reminder]:
    horizon = today + dt.timedelta(days=intervals()["remind_days_before"])
    for application in in_use():
        due = next_due(application)
        if due > horizon:
            continue
        state = "is verlopen" if due < today else "nadert"
        for email in owner_emails(application):
            yield Reminder(
                c.ReminderKind.EVALUATION_DUE, "register.Application", str(application.pk),
                email, f"Evaluatie van {application.name} {state}",
                f"De evaluatie van '{application.name}' is gepland op "
                f"{date_format(due)}. Vul het evaluatieformulier in: "
                f"{_link(f'/beheer-na-besluit/evaluaties/{application.slug}/nieuw/')}\n"
                "Bron: het beleid wordt jaarlijks geëvalueerd (004 §8).")


def policy_evaluation_due(today: dt.date) -> Iterator[Reminder]:
    """The policy itself is evaluated yearly (004 §8): the dagelijks bestuur is reminded."""
    horizon = today + dt.timedelta(days=intervals()["remind_days_before"])
    for organization in Organization.objects.all():
        last = organization.policy_evaluations.order_by("-performed_on").first()
        start = last.performed_on if last else timezone.localdate(organization.created_at)
        due = add_months(start, 12)
        if due > horizon:
            continue
        board = User.objects.filter(organization=organization, is_active=True,
                                    groups__name=Role.DAGELIJKS_BESTUUR).exclude(email="")
        for user in board:
            yield Reminder(
                c.ReminderKind.EVALUATION_DUE, "register.Organization", str(organization.pk),
                user.email, "Jaarlijkse evaluatie van het AI-beleid",
                f"Het AI-beleid van {organization} moet uiterlijk {date_format(due)} "
                "geëvalueerd worden (004 §8). De cijfers staan klaar: "
                f"{_link('/beheer-na-besluit/evaluaties/beleid/')}")


def conditions_open(today: dt.date) -> Iterator[Reminder]:
    """Weekly, the owner of an approved or used application hears which conditions of the
    current advice are still open."""
    if today.weekday() != intervals()["conditions_remind_weekday"]:
        return
    from regie.workflow.models import Condition

    open_ = Condition.objects.filter(
        status="open", advice__superseded_at=None,
        application__status__in=[Status.APPROVED, Status.IN_USE],
    ).select_related("application", "application__owner")
    for condition in open_:
        for email in owner_emails(condition.application):
            yield Reminder(
                c.ReminderKind.CONDITION_OPEN, "workflow.Condition", str(condition.pk), email,
                f"Open voorwaarde bij {condition.application.name}",
                f"De voorwaarde '{condition}' uit het advies over "
                f"'{condition.application.name}' is nog niet voldaan. Leg het bewijs vast bij "
                f"de toepassing in Regie ({_link('/')}).")


def contracts_ending(today: dt.date) -> Iterator[Reminder]:
    horizon = today + dt.timedelta(days=intervals()["contract_remind_days_before"])
    applications = Application.objects.filter(
        status__in=[Status.APPROVED, Status.IN_USE], contract_end_date__lte=horizon,
    ).select_related("owner")
    for application in applications:
        for email in owner_emails(application):
            yield Reminder(
                c.ReminderKind.CONTRACT_ENDING, "register.Application", str(application.pk),
                email, f"Contract van {application.name} loopt af",
                f"Het contract voor '{application.name}' loopt af op "
                f"{date_format(application.contract_end_date)}. Verleng het, of zet de "
                "exitstrategie in gang.")


def trainings_expiring(today: dt.date) -> Iterator[Reminder]:
    horizon = today + dt.timedelta(days=intervals()["training_remind_days_before"])
    expiring = TrainingRecord.objects.filter(
        expires_on__gte=today, expires_on__lte=horizon, user__is_active=True,
    ).select_related("user", "training")
    for record in expiring:
        renewed = TrainingRecord.objects.filter(user=record.user).filter(
            Q(expires_on__isnull=True) | Q(expires_on__gt=horizon)).exists()
        if renewed or not record.user.email:
            continue
        yield Reminder(
            c.ReminderKind.TRAINING_EXPIRING, "lifecycle.TrainingRecord", str(record.pk),
            record.user.email, f"Uw training '{record.training}' verloopt",
            f"Uw training '{record.training}' is geldig tot {date_format(record.expires_on)}. "
            "Zonder geldige training kunt u AI-toepassingen niet meer gebruiken "
            "(AI-verordening art. 4). Registreer een nieuwe: "
            f"{_link('/beheer-na-besluit/ai-geletterdheid/')}")


def incident_deadlines(today: dt.date) -> Iterator[Reminder]:
    now = timezone.now()
    for incident in open_breach_decisions().select_related("organization"):
        handlers = User.objects.filter(
            organization=incident.organization, is_active=True,
            groups__name__in={incident.handler, c.Handler.FG},
        ).exclude(email="").distinct()
        hours = incident.hours_left(now)
        state = (f"nog {hours:.0f} uur" if hours is not None and hours >= 0
                 else "de termijn is verstreken")
        for user in handlers:
            yield Reminder(
                c.ReminderKind.INCIDENT_DEADLINE, "lifecycle.Incident", str(incident.pk),
                user.email, f"Mogelijk datalek #{incident.pk}: besluit over melding ({state})",
                f"Voor incident #{incident.pk} ({incident.get_kind_display()}) moet uiterlijk "
                f"{date_format(timezone.localtime(incident.breach_deadline), 'DATETIME_FORMAT')}"
                " besloten zijn of het bij de Autoriteit Persoonsgegevens wordt gemeld "
                f"(AVG art. 33): {_link(incident.get_absolute_url())}")


def serious_incident_deadlines(today: dt.date) -> Iterator[Reminder]:
    """Daily, until reported: the provider first (art. 26(5)), then the art. 73 deadline."""
    from regie.aiact.service import clocks, open_serious_incidents

    now = timezone.now()
    for serious in open_serious_incidents():
        incident = serious.incident
        handlers = User.objects.filter(
            organization=incident.organization, is_active=True,
            groups__name__in={incident.handler, c.Handler.FG},
        ).exclude(email="").distinct()
        lines = []
        for clock in clocks(incident):
            if clock.done:
                continue
            if clock.deadline is None:
                lines.append(f"- {clock.label} ({clock.source}): nog niet gedaan")
            else:
                hours = clock.hours_left(now)
                state = f"nog {hours:.0f} uur" if hours >= 0 else "termijn verstreken"
                lines.append(f"- {clock.label} ({clock.source}): uiterlijk "
                             f"{date_format(timezone.localtime(clock.deadline), 'DATETIME_FORMAT')}"
                             f" ({state})")
        for user in handlers:
            yield Reminder(
                c.ReminderKind.SERIOUS_INCIDENT, "aiact.SeriousIncident", str(serious.pk),
                user.email, f"Ernstig incident #{incident.pk}: melding nog open",
                f"Incident #{incident.pk} is een ernstig incident (AI-verordening art. 3 punt "
                "49). Open:\n" + "\n".join(lines) + "\n"
                + _link(f"/ai-verordening/incidenten/{incident.pk}/"))


def obligations_due(today: dt.date) -> Iterator[Reminder]:
    """AI-Act duties due within the reminder window, or overdue, to their owner (else the
    application's owner)."""
    from regie.aiact.service import open_obligations

    horizon = today + dt.timedelta(days=intervals()["remind_days_before"])
    for obligation in open_obligations().filter(due_date__lte=horizon)\
            .select_related("application__owner"):
        application = obligation.application
        emails = ([obligation.owner.email] if obligation.owner and obligation.owner.email
                  else owner_emails(application))
        state = "is verlopen" if obligation.due_date < today else "nadert"
        for email in emails:
            yield Reminder(
                c.ReminderKind.OBLIGATION_DUE, "aiact.Obligation", str(obligation.pk), email,
                f"Verplichting AI-verordening {state}: {application.name}",
                f"'{obligation.title}' ({obligation.article}) moet uiterlijk "
                f"{date_format(obligation.due_date)} gereed zijn voor '{application.name}'. "
                f"Leg eigenaar en bewijs vast: "
                f"{_link(f'/ai-verordening/toepassing/{application.slug}/')}")


SOURCES = (evaluations_due, policy_evaluation_due, conditions_open, contracts_ending,
           trainings_expiring, incident_deadlines, serious_incident_deadlines,
           obligations_due)


def _claim(reminder: Reminder, today: dt.date) -> ReminderLog | None:
    try:
        with transaction.atomic():
            return ReminderLog.objects.create(
                kind=reminder.kind, object_type=reminder.object_type,
                object_id=reminder.object_id, recipient=reminder.recipient, date=today)
    except IntegrityError:
        return None


def send_reminders(*, today: dt.date | None = None) -> dict[str, int]:
    """Send today's reminders; returns counts of sent, skipped (already sent) and failed."""
    today = today or timezone.localdate()
    counts = {"sent": 0, "skipped": 0, "failed": 0}
    for source in SOURCES:
        for reminder in source(today):
            claim = _claim(reminder, today)
            if claim is None:
                counts["skipped"] += 1
                continue
            try:
                send_mail(f"[Regie] {reminder.subject}", reminder.body, None,
                          [reminder.recipient])
            except Exception:  # noqa: BLE001 - any mail failure: release, retry next run
                log.exception("herinnering %s aan %s niet verstuurd", reminder.kind,
                              reminder.recipient)
                claim.delete()
                counts["failed"] += 1
                continue
            claim.sent_at = timezone.now()
            claim.save(update_fields=["sent_at"])
            counts["sent"] += 1
    return counts
