"""Tasks per role or person, the inbox, and an e-mail for every new task.

Mail leaves after the transaction commits (nothing is sent for work that was rolled back),
through Django's configured backend (SMTP from `REGIE_EMAIL_*`). A failing mail server never
undoes the work: the failure is logged and audited, and the task stays in the inbox.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q, QuerySet
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from regie.audit.service import SYSTEM, record_event
from regie.core.links import absolute_url
from regie.register.constants import Status
from regie.register.models import Application, User
from regie.register.roles import Role
from regie.workflow.constants import TaskKind
from regie.workflow.models import Condition, Task

log = logging.getLogger(__name__)

ROLE_OF_KIND = {
    TaskKind.ADVICE_FG: Role.FG,
    TaskKind.ADVICE_CISO: Role.CISO,
    TaskKind.DECISION: Role.DIRECTIE,
    TaskKind.INTAKE: Role.PROJECTLEIDER,
}
EVALUATION_NOTICE = dt.timedelta(days=30)


def owns(application: Application, user: User) -> bool:
    """Owner, creator, or the owner's e-mail address: the four-eyes principle's 'own'."""
    if user is None or not user.pk:
        return False
    return (
        application.owner_id == user.pk
        or application.created_by_id == user.pk
        or bool(
            user.email
            and application.owner_email
            and application.owner_email.lower() == user.email.lower()
        )
    )


def recipients(task: Task) -> list[User]:
    if task.assignee_id:
        return [task.assignee] if task.assignee.is_active else []
    users = (
        User.objects.filter(
            organization_id=task.organization_id, is_active=True, groups__name=task.role
        )
        .distinct()
        .order_by("pk")
    )
    return [u for u in users if not owns(task.application, u)]


def open_task(
    application: Application,
    kind: str,
    *,
    assignee: User | None = None,
    condition: Condition | None = None,
) -> Task:
    """Open a task unless the same one is already open; mail its people after commit."""
    existing = Task.objects.filter(
        application=application, kind=kind, closed_at=None, assignee=assignee, condition=condition
    ).first()
    if existing is not None:
        return existing
    task = Task.objects.create(
        organization_id=application.organization_id,
        application=application,
        kind=kind,
        role=ROLE_OF_KIND.get(kind, ""),
        assignee=assignee,
        condition=condition,
    )
    transaction.on_commit(lambda: notify(task.pk))
    return task


def close_tasks(application: Application, *kinds: str, condition: Condition | None = None) -> int:
    tasks = Task.objects.filter(application=application, closed_at=None)
    if kinds:
        tasks = tasks.filter(kind__in=kinds)
    if condition is not None:
        tasks = tasks.filter(condition=condition)
    return tasks.update(closed_at=timezone.now())


def _message(task: Task) -> tuple[str, str]:
    application = task.application
    url = absolute_url(reverse("workflow:application", args=[application.slug]))
    what = task.get_kind_display()
    subject = _("[Regie] %(what)s: %(name)s") % {"what": what, "name": application.name}
    lines = [
        _("Er staat een nieuwe taak voor u klaar in Regie."),
        "",
        _("Taak: %(what)s") % {"what": what},
        _("Toepassing: %(name)s (%(org)s)")
        % {"name": application.name, "org": application.organization.name},
    ]
    if task.condition_id:
        lines.append(_("Voorwaarde: %(text)s") % {"text": task.condition.text})
    lines += [
        "",
        _("Bekijk en handel af: %(url)s") % {"url": url},
        "",
        _("U krijgt dit bericht omdat u in Regie een rol heeft bij deze toepassing."),
    ]
    return subject, "\n".join(lines)


def notify(task_id: int) -> int:
    """Mail the people of one task; returns the number of messages sent."""
    task = Task.objects.select_related("application__organization", "assignee", "condition").get(
        pk=task_id
    )
    addresses = sorted({u.email for u in recipients(task) if u.email})
    if not addresses:
        return 0
    subject, body = _message(task)
    sent = 0
    for address in addresses:
        try:
            sent += send_mail(subject, body, None, [address])
        except Exception as exc:  # noqa: BLE001 - any mail failure must leave the work intact
            log.warning("E-mail voor taak %s aan %s mislukt: %s", task.pk, address, exc)
            record_event(
                "notification_failed",
                actor=SYSTEM,
                obj=task.application,
                data={"task": task.pk, "to": address, "error": str(exc)[:200]},
            )
    if sent:
        Task.objects.filter(pk=task.pk).update(notified=task.notified + sent)
        record_event(
            "notification_sent",
            actor=SYSTEM,
            obj=task.application,
            data={"task": task.pk, "kind": task.kind, "to": addresses},
        )
    return sent


# --- Inbox ----------------------------------------------------------------------------------


@dataclass
class Inbox:
    advice: list[Task]
    decisions: list[Task]
    conditions: list[Task]
    other: list[Task]
    evaluations: list[tuple[Application, dt.date]]

    @property
    def count(self) -> int:
        return (
            len(self.advice)
            + len(self.decisions)
            + len(self.conditions)
            + len(self.other)
            + len(self.evaluations)
        )


def _open_tasks_for(user: User) -> QuerySet:
    roles = list(user.role_names)
    return (
        Task.objects.filter(organization_id=user.organization_id, closed_at=None)
        .filter(Q(assignee=user) | Q(assignee=None, role__in=roles))
        .select_related("application", "condition")
        .order_by("created_at")
    )


def evaluations_due(user: User, *, today: dt.date | None = None) -> list[tuple[Any, Any]]:
    """Applications in use that this user owns whose periodic evaluation (the lifecycle's
    schedule: yearly, earlier for high risk) falls within 30 days: (application, due date)."""
    from regie.lifecycle.service import next_due

    today = today or timezone.localdate()
    mine = Q(owner=user) | Q(created_by=user)
    if user.email:
        mine |= Q(owner_email__iexact=user.email)
    applications = Application.objects.filter(
        mine, organization_id=user.organization_id, status=Status.IN_USE
    ).order_by("name")
    rows = [(application, next_due(application)) for application in applications]
    return [(a, due) for a, due in rows if due <= today + EVALUATION_NOTICE]


def inbox_for(user: User) -> Inbox:
    tasks = [
        t
        for t in _open_tasks_for(user)
        if t.assignee_id == user.pk or not owns(t.application, user)
    ]
    by_kind: dict[str, list[Task]] = {}
    for task in tasks:
        by_kind.setdefault(task.kind, []).append(task)
    return Inbox(
        advice=by_kind.get(TaskKind.ADVICE_FG, []) + by_kind.get(TaskKind.ADVICE_CISO, []),
        decisions=by_kind.get(TaskKind.DECISION, []),
        conditions=by_kind.get(TaskKind.CONDITION, []),
        other=by_kind.get(TaskKind.RESUBMIT, []),
        evaluations=evaluations_due(user),
    )
