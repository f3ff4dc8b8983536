"""What is due for destruction, what a legal hold protects, and destroying it.

Each destroyable category has a finder (the organisation's records whose period has passed, as
`Due` items, oldest first) and a destroyer (delete by id). A legal hold — set by the FG, or
implied by a Woo request that has not been exported yet — protects one application's records
or, without an application, all of the organisation's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from django.db.models import QuerySet
from django.utils import timezone

from regie.archive.models import LegalHold
from regie.archive.selection import Category
from regie.gateway.models import GatewayContent, GatewayRequest
from regie.lifecycle.models import Incident
from regie.register.models import Organization
from regie.shadow.models import Usage
from regie.woo.models import WooRequest

MAX_ITEMS = 10_000  # per category and list; the rest comes on the next list


@dataclass(frozen=True)
class Due:
    category: str
    object_id: str
    application_id: int | None
    title: str
    record_date: dt.date
    due_on: dt.date


@dataclass(frozen=True)
class Holds:
    everything: bool
    application_ids: frozenset[int]

    def protects(self, application_id: int | None) -> bool:
        return self.everything or (application_id is not None
                                   and application_id in self.application_ids)


def holds_for(organization: Organization) -> Holds:
    active = LegalHold.objects.filter(organization=organization, released_at=None)
    open_woo = WooRequest.objects.filter(organization=organization, exported_at=None)
    everything = (active.filter(application=None).exists()
                  or open_woo.filter(application=None).exists())
    ids = set(active.exclude(application=None).values_list("application_id", flat=True))
    ids |= set(open_woo.exclude(application=None).values_list("application_id", flat=True))
    return Holds(everything, frozenset(ids))


def _date(value: dt.datetime) -> dt.date:
    return timezone.localtime(value).date()


def _cutoff(category: Category, today: dt.date) -> dt.datetime:
    """Records that started on or before this moment are due today."""
    try:
        day = today.replace(year=today.year - category.years)
    except ValueError:
        day = today.replace(year=today.year - category.years, day=28)
    return timezone.make_aware(dt.datetime.combine(day, dt.time.max))


def _incidents(org, category, today) -> Iterator[Due]:
    rows = Incident.objects.filter(organization=org, closed_at__lte=_cutoff(category, today))
    for incident in rows.order_by("closed_at")[:MAX_ITEMS]:
        start = _date(incident.closed_at)
        yield Due(category.key, str(incident.pk), incident.application_id,
                  f"Incident {incident.pk}: {incident.get_kind_display()}", start,
                  category.due_on(start))


def _woo_requests(org, category, today) -> Iterator[Due]:
    rows = WooRequest.objects.filter(organization=org, exported_at__lte=_cutoff(category, today))
    for woo in rows.order_by("exported_at")[:MAX_ITEMS]:
        start = _date(woo.exported_at)
        yield Due(category.key, str(woo.pk), woo.application_id, str(woo)[:300], start,
                  category.due_on(start))


def _gateway_requests(org, category, today) -> Iterator[Due]:
    rows = GatewayRequest.objects.filter(application__organization=org,
                                         created_at__lte=_cutoff(category, today))
    for call in rows.order_by("created_at")[:MAX_ITEMS]:
        start = _date(call.created_at)
        yield Due(category.key, str(call.pk), call.application_id,
                  f"Gatewayverzoek {call.pk} ({call.endpoint}, {call.decision})", start,
                  category.due_on(start))


def _gateway_content(org, category, today) -> Iterator[Due]:
    now = timezone.now()
    rows = GatewayContent.objects.filter(request__application__organization=org,
                                         expires_at__lte=now).select_related("request")
    for content in rows.order_by("expires_at")[:MAX_ITEMS]:
        yield Due(category.key, str(content.pk), content.request.application_id,
                  f"Inhoud van gatewayverzoek {content.request_id}",
                  _date(content.request.created_at), _date(content.expires_at))


def _shadow_usage(org, category, today) -> Iterator[Due]:
    cutoff = _cutoff(category, today).date()
    rows = Usage.objects.filter(organization=org, day__lte=cutoff)
    for usage in rows.order_by("day")[:MAX_ITEMS]:
        yield Due(category.key, str(usage.pk), None,
                  f"Gebruik {usage.service_key} op {usage.day} ({usage.department or '-'})",
                  usage.day, category.due_on(usage.day))


FINDERS: dict[str, Callable[[Organization, Category, dt.date], Iterator[Due]]] = {
    "incident": _incidents,
    "woo_request": _woo_requests,
    "gateway_request": _gateway_requests,
    "gateway_content": _gateway_content,
    "shadow_usage": _shadow_usage,
}
MODELS: dict[str, type] = {
    "incident": Incident, "woo_request": WooRequest, "gateway_request": GatewayRequest,
    "gateway_content": GatewayContent, "shadow_usage": Usage,
}


def destroy(category: str, object_ids: list[str]) -> int:
    """Delete the records; the number of records of the category itself that went."""
    queryset: QuerySet = MODELS[category].objects.filter(pk__in=object_ids)
    count = queryset.count()
    queryset.delete()
    return count
