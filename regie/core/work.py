"""What waits for a user, gathered from the apps' public faces: the start page shows it and
the navigation counts it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.db.models import Q

from regie.register.constants import Status
from regie.register.models import Application, User
from regie.register.service import with_dossier_relations

IN_PROGRESS = (Status.DRAFT, Status.IN_REVIEW, Status.APPROVED)
MAX_OWN_APPLICATIONS = 20


@dataclass
class Work:
    advice: list[Any] = field(default_factory=list)
    decisions: list[Any] = field(default_factory=list)
    conditions: list[Any] = field(default_factory=list)
    resubmit: list[Any] = field(default_factory=list)
    incidents: list[Any] = field(default_factory=list)
    evaluations: list[tuple[Any, Any]] = field(default_factory=list)
    checklists: list[tuple[Application, list[Any]]] = field(default_factory=list)
    ready_for_use: list[Application] = field(default_factory=list)
    trainings: list[Any] = field(default_factory=list)

    @property
    def follow_up(self) -> list[Any]:
        return [*self.conditions, *self.resubmit]

    @property
    def count(self) -> int:
        return (len(self.advice) + len(self.decisions) + len(self.conditions)
                + len(self.resubmit) + len(self.incidents) + len(self.evaluations)
                + len(self.checklists) + len(self.ready_for_use) + len(self.trainings))


def own_applications_in_progress(user: User) -> list[Application]:
    mine = Q(owner=user) | Q(created_by=user)
    if user.email:
        mine |= Q(owner_email__iexact=user.email)
    mine_in_progress = Application.objects.filter(mine, organization_id=user.organization_id,
                                                  status__in=IN_PROGRESS)
    # The dossier's relations in a fixed number of queries: the menu counts this on every page.
    return list(with_dossier_relations(mine_in_progress)
                .order_by("-updated_at")[:MAX_OWN_APPLICATIONS])


def work_for(user: User, *, checklists: bool = True) -> Work:
    """Everything that waits for this user, in the order the start page shows it.

    `checklists=False` leaves out the owner's open checklist items and applications ready for
    use: those are read from the evidence of each application (a handful of queries each), so
    the menu, which counts on every page, leaves them to the start page."""
    from regie.lifecycle.service import expiring_trainings, incidents_to_handle
    from regie.workflow.service import inbox_for, open_checklist_items

    work = Work(incidents=incidents_to_handle(user), trainings=expiring_trainings(user))
    if user.has_perm("workflow.view_procedure"):
        inbox = inbox_for(user)
        work.advice, work.decisions = inbox.advice, inbox.decisions
        work.conditions, work.resubmit = inbox.conditions, inbox.other
        work.evaluations = inbox.evaluations
    if checklists and user.has_perm("register.change_application"):
        for application in own_applications_in_progress(user):
            missing = open_checklist_items(application)
            if missing:
                work.checklists.append((application, missing))
            elif application.status == Status.APPROVED:
                work.ready_for_use.append(application)
    return work
