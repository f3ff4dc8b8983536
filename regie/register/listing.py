"""The application list as a query: search, filters and sorting read from GET parameters,
so that every list view is a shareable URL. Plain module, testable without HTTP."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.db.models import Q, QuerySet
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from regie.register import constants as c
from regie.register.evidence import counted_expression
from regie.register.models import Application

PAGE_SIZE = 25

# sort key in the URL -> (column label, order_by fields)
SORTS = {
    "name": (_("Naam"), ("name", "pk")),
    "status": (_("Status"), ("status", "name", "pk")),
    "risk": (_("Risicoklasse"), ("ai_act_risk", "name", "pk")),
    "owner": (_("Eigenaar"), ("owner_name", "name", "pk")),
    "updated": (_("Gewijzigd"), ("updated_at", "pk")),
}
DEFAULT_SORT = "name"


@dataclass
class ApplicationQuery:
    """What the user asked for; unknown or malformed values are ignored, never an error."""

    q: str = ""
    status: str = ""
    risk: str = ""
    owner: str = ""
    model: int | None = None
    supplier: int | None = None
    sort: str = DEFAULT_SORT
    descending: bool = False
    filters_active: bool = field(default=False, init=False)

    @classmethod
    def from_params(cls, params: QueryDict | dict) -> ApplicationQuery:
        def choice(key: str, vocabulary: type) -> str:
            value = params.get(key, "")
            return value if value in vocabulary.values else ""

        def number(key: str) -> int | None:
            value = params.get(key, "")
            return int(value) if str(value).isdigit() else None

        sort = params.get("sort", DEFAULT_SORT)
        descending = sort.startswith("-")
        sort = sort.lstrip("-")
        if sort not in SORTS:
            sort, descending = DEFAULT_SORT, False
        query = cls(q=params.get("q", "").strip()[:200], status=choice("status", c.Status),
                    risk=choice("risk", c.AIActRisk), owner=params.get("owner", "").strip()[:254],
                    model=number("model"), supplier=number("supplier"),
                    sort=sort, descending=descending)
        query.filters_active = bool(query.q or query.status or query.risk or query.owner
                                    or query.model or query.supplier)
        return query

    def apply(self, queryset: QuerySet[Application]) -> QuerySet[Application]:
        if self.q:
            queryset = queryset.filter(Q(name__icontains=self.q) | Q(purpose__icontains=self.q))
        if self.status:
            queryset = queryset.filter(status=self.status)
        if self.risk:
            queryset = queryset.filter(ai_act_risk=self.risk)
        if self.owner:
            queryset = queryset.filter(owner_email=self.owner)
        if self.model:
            queryset = queryset.filter(model_id=self.model)
        if self.supplier:
            queryset = queryset.filter(supplier_id=self.supplier)
        order = SORTS[self.sort][1]
        if self.descending:
            order = tuple(f"-{f}" for f in order)
        return queryset.order_by(*order)

    def params(self, **overrides) -> dict[str, str]:
        """The query as URL parameters (empty ones left out), with `overrides` applied."""
        values = {"q": self.q, "status": self.status, "risk": self.risk, "owner": self.owner,
                  "model": self.model or "", "supplier": self.supplier or "",
                  "sort": ("-" if self.descending else "") + self.sort}
        values.update(overrides)
        if values["sort"] == DEFAULT_SORT:
            values["sort"] = ""
        return {key: str(value) for key, value in values.items() if value not in ("", None)}

    def columns(self) -> list[dict]:
        """Sortable column headers: label, the URL that sorts by it, and its `aria-sort`."""
        result = []
        for key, (label, _order) in SORTS.items():
            current = key == self.sort
            next_sort = f"-{key}" if current and not self.descending else key
            result.append({
                "key": key, "label": label,
                "url": "?" + urlencode(self.params(sort=next_sort)),
                "aria_sort": ("descending" if self.descending else "ascending") if current
                else "",
            })
        return result


def list_columns_queryset(queryset: QuerySet[Application]) -> QuerySet[Application]:
    """Only what the list shows, with its model and supplier in the same query, and the
    AI-Act class as it counts beside the declared one (a light class without the decision
    tree or an accepted report behind it is shown as only declared)."""
    return queryset.select_related("model", "supplier").only(
        "slug", "name", "status", "ai_act_risk", "owner_name", "owner_email", "updated_at",
        "use", "model__name", "model__provider", "supplier__name",
    ).annotate(counted_risk=counted_expression("assessments.ai_act.risk", "ai_act_risk"))
