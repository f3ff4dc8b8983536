"""What people and departments used through the gateway (issue 17): their budgets with
this period's counters, and requests and tokens per department."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Count, Q, Sum
from django.utils import timezone

from regie.gateway.budgets import resets_at, window_start
from regie.gateway.models import Budget, BudgetCounter, BudgetScope, Decision, GatewayRequest
from regie.register.models import Organization, User


@dataclass(frozen=True)
class BudgetLine:
    budget: Budget
    subject: str  # whose counter, in words
    used: int
    resets: dt.datetime

    @property
    def percent(self) -> int | None:
        limit = self.budget.hard_limit or self.budget.soft_limit
        return min(100, round(100 * self.used / limit)) if limit else None

    @property
    def warning(self) -> bool:
        soft = self.budget.soft_limit
        return soft is not None and self.used >= soft


def _line(budget: Budget, subject: str, label: str, now: dt.datetime) -> BudgetLine:
    window = window_start(budget.period, now)
    used = (BudgetCounter.objects.filter(budget=budget, subject=subject, window_start=window)
            .values_list("value", flat=True).first()) or 0
    return BudgetLine(budget=budget, subject=label, used=used,
                      resets=resets_at(budget.period, window))


def person_budgets(user: User, *, now: dt.datetime | None = None) -> list[BudgetLine]:
    """The person and department budgets that hold for `user`, with this period's use."""
    now = now or timezone.now()
    budgets = Budget.objects.filter(organization_id=user.organization_id).filter(
        Q(scope=BudgetScope.PERSON, user__isnull=True) | Q(scope=BudgetScope.PERSON, user=user)
        | Q(scope=BudgetScope.DEPARTMENT, department__in=["", user.department]))
    lines = []
    for budget in budgets:
        if budget.scope == BudgetScope.PERSON:
            lines.append(_line(budget, f"u:{user.pk}", str(user), now))
        elif user.department:
            lines.append(_line(budget, f"d:{user.department}", user.department, now))
    return lines


def department_budgets(organization: Organization, departments: list[str], *,
                       now: dt.datetime | None = None) -> list[BudgetLine]:
    now = now or timezone.now()
    lines = []
    for budget in Budget.objects.filter(organization=organization,
                                        scope=BudgetScope.DEPARTMENT):
        for department in [budget.department] if budget.department else departments:
            lines.append(_line(budget, f"d:{department}", department, now))
    return lines


@dataclass(frozen=True)
class DepartmentRow:
    department: str
    people: int
    requests: int
    refused: int
    tokens: int


def month_start(now: dt.datetime | None = None) -> dt.datetime:
    return window_start("month", now or timezone.now())


def department_rows(organization: Organization, *,
                    since: dt.datetime | None = None) -> list[DepartmentRow]:
    """Per department since `since` (default: this month): how many people used the
    gateway, with how many requests and tokens. Requests of nobody known count under ''."""
    rows = (GatewayRequest.objects
            .filter(created_at__gte=since or month_start(),
                    application__organization=organization)
            .values("department")
            .annotate(people=Count("user", distinct=True), requests=Count("id"),
                      refused=Count("id", filter=~Q(decision=Decision.FORWARDED)),
                      prompt=Sum("prompt_tokens"), completion=Sum("completion_tokens"))
            .order_by("department"))
    return [DepartmentRow(department=row["department"], people=row["people"],
                          requests=row["requests"], refused=row["refused"],
                          tokens=(row["prompt"] or 0) + (row["completion"] or 0))
            for row in rows]
