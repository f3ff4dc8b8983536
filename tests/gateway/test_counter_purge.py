"""Budget counters of periods that have ended are deleted by the daily run (`regie
reminders` → `service.purge_stale_counters`), per organisation with one audit event; the
current periods' counters stay."""

import datetime as dt
import io

from django.core.management import call_command
from django.utils import timezone

import pytest

from regie.audit.models import AuditEvent
from regie.audit.service import Actor
from regie.gateway.budgets import COUNTER_KEPT, window_start
from regie.gateway.models import Budget, BudgetCounter
from regie.gateway.service import purge_stale_counters

NOW = timezone.make_aware(dt.datetime(2026, 3, 2, 12, 0))
ACTOR = Actor(via="test", name="test")


def counter(budget: Budget, window: dt.datetime, subject: str = "u:1") -> BudgetCounter:
    return BudgetCounter.objects.create(budget=budget, subject=subject, window_start=window,
                                        value=5)


def purged_events():
    return list(AuditEvent.objects.filter(event="gateway_budget_counters_purged")
                .order_by("organization_id"))


@pytest.mark.django_db
def test_it_deletes_the_counters_of_ended_periods_per_organisation(organization,
                                                                   other_organization):
    daily = Budget.objects.create(organization=organization, scope="person",
                                  metric="requests", period="day", hard_limit=10)
    monthly = Budget.objects.create(organization=organization, scope="organization",
                                    metric="tokens", period="month", hard_limit=1000)
    elsewhere = Budget.objects.create(organization=other_organization, scope="person",
                                      metric="tokens", period="day", soft_limit=100)
    kept = [counter(daily, window_start("day", NOW)),
            counter(monthly, window_start("month", NOW), "o:1"),
            # Last month's counter is kept until the longest period has surely ended.
            counter(monthly, window_start("month", NOW - dt.timedelta(days=20)), "o:1"),
            counter(daily, NOW - COUNTER_KEPT + dt.timedelta(minutes=1))]
    counter(daily, NOW - COUNTER_KEPT - dt.timedelta(minutes=1))
    counter(daily, NOW - dt.timedelta(days=90), "u:2")
    counter(monthly, window_start("month", NOW - dt.timedelta(days=45)), "o:1")
    counter(elsewhere, NOW - dt.timedelta(days=400))

    assert purge_stale_counters(now=NOW, actor=ACTOR) == 4

    assert set(BudgetCounter.objects.values_list("pk", flat=True)) == {c.pk for c in kept}
    events = purged_events()
    assert [(e.organization_id, e.data["count"], e.actor_name) for e in events] == [
        (organization.pk, 3, "test"), (other_organization.pk, 1, "test")]
    assert events[0].data["window_start_before"] == (NOW - COUNTER_KEPT).isoformat()
    # A second run finds nothing, deletes nothing and records nothing.
    assert purge_stale_counters(now=NOW, actor=ACTOR) == 0
    assert len(purged_events()) == 2


@pytest.mark.django_db
def test_it_records_nothing_when_no_period_has_ended(organization):
    budget = Budget.objects.create(organization=organization, scope="person",
                                   metric="requests", period="month", hard_limit=10)
    counter(budget, window_start("month", NOW))
    assert purge_stale_counters(now=NOW, actor=ACTOR) == 0
    assert BudgetCounter.objects.count() == 1
    assert purged_events() == []


@pytest.mark.django_db
def test_it_purges_in_the_daily_reminders_run(organization):
    budget = Budget.objects.create(organization=organization, scope="person",
                                   metric="tokens", period="day", hard_limit=10)
    now = timezone.now()
    current = counter(budget, window_start("day", now))
    counter(budget, now - dt.timedelta(days=40))
    call_command("reminders", stdout=io.StringIO())
    assert list(BudgetCounter.objects.values_list("pk", flat=True)) == [current.pk]
    (event,) = purged_events()
    assert (event.via, event.organization_id, event.data["count"]) == (
        "cli", organization.pk, 1)
