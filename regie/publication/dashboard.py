"""The figures of the management dashboard and the yearly policy evaluation report.

All counts are GROUP BY queries over the register (a handful, whatever its size); figures that
belong to other apps come through `integrations` and are None until those apps provide them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, QuerySet
from django.utils.translation import gettext as _

from regie.publication import integrations
from regie.publication.charts import PALETTE, Datum, bar_chart, donut_chart
from regie.register import constants as c
from regie.register.evidence import counted_expression
from regie.register.models import Application, Organization

__all__ = ["Figures", "dashboard_figures", "counted_risk", "Chart", "charts"]


@dataclass
class Figures:
    organization: Organization | None
    total: int
    by_status: dict[str, int]
    by_risk: dict[str, int]
    by_origin: dict[str, int]
    by_openness: dict[str, int]
    training: tuple[int, int] | None  # employees (trained, total), from training records
    open_findings: dict[str, int] | None = None  # latest policy outcome → applications
    overdue_evaluations: int | None = None
    incidents: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def with_open_findings(self) -> int | None:
        """Applications whose latest evaluation left blocking or required findings open
        (the first two outcomes of `open_findings`)."""
        if self.open_findings is None:
            return None
        return sum(list(self.open_findings.values())[:2])


def counted_risk():
    """The AI-Act class as it counts, per application, as a database expression."""
    return counted_expression("assessments.ai_act.risk", "ai_act_risk")


def _counts(queryset: QuerySet, column: str) -> dict[Any, int]:
    return {
        row[column]: row["n"] for row in queryset.order_by().values(column).annotate(n=Count("id"))
    }


def dashboard_figures(organization: Organization | None) -> Figures:
    """Figures for one organisation (None: the whole installation)."""
    apps = Application.objects.all()
    if organization is not None:
        apps = apps.filter(organization=organization)
    by_status = _counts(apps, "status")
    origin = _counts(apps, "model__developed_in_eu")
    openness = _counts(apps.filter(model__isnull=False), "model__open_source")
    # a light class counts only with the decision tree or an accepted report behind it
    risk = _counts(apps.annotate(counted_risk=counted_risk()), "counted_risk")
    lifecycle = integrations.lifecycle_figures(organization) if organization else None
    return Figures(
        organization=organization,
        total=sum(by_status.values()),
        by_status={str(label): by_status.get(value, 0) for value, label in c.Status.choices},
        by_risk={
            str(label): risk.get(value, 0)
            for value, label in [*c.AIActRisk.choices, ("", _("Niet bepaald"))]
        },
        by_origin={
            _("Ontwikkeld in de EU"): origin.get(True, 0),
            _("Ontwikkeld buiten de EU"): origin.get(False, 0),
            _("Herkomst onbekend"): origin.get(None, 0),
        },
        by_openness={
            str(label): openness.get(value, 0)
            for value, label in [*c.OpenSource.choices, ("", _("Onbekend"))]
        },
        training=integrations.training_figures(organization),
        open_findings=integrations.open_findings(organization) if organization else None,
        overdue_evaluations=(
            integrations.overdue_evaluations(organization) if organization else None
        ),
        incidents=lifecycle["incidents"] if lifecycle else None,
        extra={"ai_act": integrations.ai_act_figures(organization) if organization else None},
    )


@dataclass
class Chart:
    key: str
    title: str
    svg: Any
    rows: list[tuple[str, int, str]]


def _chart(key: str, title: str, values: dict[str, int], kind: str = "bar") -> Chart:
    data = [Datum(label, value) for label, value in values.items()]
    draw = donut_chart if kind == "donut" else bar_chart
    rows = [(d.label, d.value, PALETTE[i % len(PALETTE)]) for i, d in enumerate(data)]
    return Chart(key, title, draw(data, title=title), rows)


def charts(figures: Figures) -> list[Chart]:
    result = [
        _chart("status", _("Toepassingen per status"), figures.by_status),
        _chart("risk", _("Risicoklasse volgens de AI-verordening"), figures.by_risk),
        _chart("origin", _("Herkomst van het AI-model"), figures.by_origin, "donut"),
        _chart("openness", _("Openheid van het AI-model"), figures.by_openness, "donut"),
    ]
    if figures.training is not None:
        trained, total = figures.training
        result.append(
            _chart(
                "training",
                _("Training van gebruikers"),
                {_("Getraind"): trained, _("Niet getraind"): total - trained},
                "donut",
            )
        )
    if figures.open_findings:
        result.append(
            _chart("findings", _("Uitkomst van de laatste beleidstoets"), figures.open_findings)
        )
    return result
