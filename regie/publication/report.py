"""PDF reports (WeasyPrint): the dossier report of one application, for the FG, the board and
auditors, and the yearly policy evaluation report for the board."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db.models import Count, Model
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from regie.audit.models import AuditEvent
from regie.publication import integrations
from regie.publication.dashboard import charts, counted_risk, dashboard_figures
from regie.publication.models import Publication
from regie.register import dossier as fmt
from regie.register.constants import AIActRisk
from regie.register.evidence import FactState
from regie.register.models import AIModel, Application, Organization
from regie.register.service import evidenced_dossier, with_dossier_relations

__all__ = ["application_report_pdf", "yearly_report_pdf", "dossier_sections", "render_pdf"]

_GROUPS = {
    "": _lazy("Algemeen"),
    "owner": _lazy("Eigenaar"),
    "decisions": _lazy("Besluitvorming door AI"),
    "impact": _lazy("Gevolgen"),
    "data": _lazy("Gegevens"),
    "supplier_agreements": _lazy("Afspraken met de leverancier"),
    "risk_analysis": _lazy("Risicoanalyse"),
    "assessments": _lazy("Toetsen"),
    "advice": _lazy("Advies"),
    "transparency": _lazy("Transparantie"),
    "registers": _lazy("Registers"),
    "training": _lazy("Training"),
    "external": _lazy("Bron"),
}
_LIST_LABELS = {
    "tasks": _lazy("Taken"),
    "risk_analysis.experts": _lazy("Betrokken deskundigen"),
    "assessments.ai_act.roles": _lazy("Rol volgens de AI-verordening"),
}


def _display(obj: Model, field_name: str) -> str:
    field = obj._meta.get_field(field_name)
    value = getattr(obj, field_name)
    if value is None or value == "":
        return "—"
    if field.choices:
        return str(getattr(obj, f"get_{field_name}_display")())
    if isinstance(value, bool):
        return _("ja") if value else _("nee")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _label(obj: Model, field_name: str) -> str:
    return str(obj._meta.get_field(field_name).verbose_name).capitalize()


def _fact_text(fact: FactState) -> str:
    if fact.proof is not None:
        return _("bewezen: %(label)s") % {"label": fact.proof.label}
    if fact.state == "declared":
        by = f" ({fact.origin})" if fact.origin else ""
        return _("alleen verklaard%(by)s: %(value)s — telt niet zonder registratie in Regie") % {
            "by": by, "value": fact.declared}
    return _("open")


def _fact_rows(facts: dict[str, FactState], labels: dict[str, str]) -> list[tuple[str, str]]:
    """(label, evidenced or only declared) for the facts named in `labels`."""
    return [(label, _fact_text(facts[path])) for path, label in labels.items() if path in facts]


def dossier_sections(app: Application, facts: dict[str, FactState] | None = None
                     ) -> list[tuple[str, list[tuple[str, str]]]]:
    """The dossier as titled groups of (label, value), in the dossier format's order; with
    `facts`, a last group says per evidenced fact whether it is evidenced or only declared."""
    groups: dict[str, list[tuple[str, str]]] = {}
    for path, field, _kind in fmt.SCALAR_FIELDS:
        group = path.split(".")[0] if "." in path else ""
        groups.setdefault(group, []).append((_label(app, field), _display(app, field)))
    for path, related, value_field, vocabulary in fmt.LIST_FIELDS:
        labels = dict(vocabulary.choices)
        values = ", ".join(
            str(labels.get(getattr(v, value_field))) for v in getattr(app, related).all()
        )
        groups.setdefault(path.split(".")[0] if "." in path else "", []).append(
            (str(_LIST_LABELS[path]), values or "—")
        )
    sections = [(str(_GROUPS.get(key, key)), rows) for key, rows in groups.items()]
    for title, model in (
        (_("AI-model"), app.model),
        *((_("Overig AI-model"), m) for m in app.other_models.all() if m.pk != app.model_id),
    ):
        if model is not None:
            sections.append(
                (
                    title,
                    [
                        (_label(model, f), _display(model, f))
                        for _k, f, _kind in fmt.MODEL_FIELDS
                        if f not in ("endpoint_api_key_env",)
                    ],
                )
            )
    if app.supplier is not None:
        sections.append(
            (
                _("Leverancier"),
                [
                    (_label(app.supplier, f), _display(app.supplier, f))
                    for _k, f, _kind in fmt.SUPPLIER_FIELDS
                ],
            )
        )
    if facts:
        sections.append((_("Bewezen en alleen verklaarde feiten"),
                         [(path, _fact_text(fact)) for path, fact in facts.items()]))
    return sections


def _model_rows(objects: list[Model] | None) -> list[list[tuple[str, str]]] | None:
    """Any workflow record as (label, value) rows, whatever fields it has."""
    if objects is None:
        return None
    skip = {"id", "application"}
    return [
        [
            (_label(obj, f.name), _display(obj, f.name))
            for f in obj._meta.concrete_fields
            if f.name not in skip and not f.name.endswith("_hash")
        ]
        for obj in objects
    ]


def render_pdf(template: str, context: dict[str, Any]) -> bytes:
    from weasyprint import HTML

    html = render_to_string(template, {**context, "generated_at": timezone.now()})
    return HTML(string=html).write_pdf()


def application_report_pdf(application: Application) -> bytes:
    app = with_dossier_relations(Application.objects.all()).get(pk=application.pk)
    facts = evidenced_dossier(app)[1]
    return render_pdf(
        "publication/report_application.pdf.html",
        {
            "application": app,
            "sections": dossier_sections(app, facts),
            # where no instrument run or advice record exists yet: what counts, not the typing
            "assessment_facts": _fact_rows(facts, {
                "assessments.dpia": "DPIA", "assessments.iama": "IAMA",
                "assessments.ai_act.risk": _("Risicoklasse AI-verordening")}),
            "advice_facts": _fact_rows(facts, {"advice.fg": _("Advies FG"),
                                               "advice.ciso": _("Advies CISO")}),
            "evaluation": integrations.latest_evaluation(app),
            "instruments": integrations.instrument_results(app),
            "advice": _model_rows(integrations.workflow_records(app, "Advice")),
            "decisions": _model_rows(integrations.workflow_records(app, "Decision")),
            "publication": Publication.objects.filter(application=app).first(),
            "history": AuditEvent.objects.filter(application_id=app.pk).order_by("id"),
        },
    )


# What happened in the year, counted from the audit trail (event → Dutch label).
YEAR_EVENTS = {
    "application_created": _lazy("Toepassingen geregistreerd"),
    "advice_given": _lazy("Adviezen gegeven (FG en CISO)"),
    "decision_taken": _lazy("Besluiten van de directie"),
    "application_published": _lazy("Publicaties in het Algoritmeregister"),
    "incident_reported": _lazy("Incidenten gemeld"),
    "incident_closed": _lazy("Incidenten afgesloten"),
    "application_evaluated": _lazy("Evaluaties van toepassingen"),
    "training_recorded": _lazy("Trainingen AI-geletterdheid geregistreerd"),
    "gateway_key_created": _lazy("Gatewaysleutels gemaakt"),
    "policy_version_activated": _lazy("Nieuwe beleidsversies in werking"),
}


def report_period(year: int, *, today: dt.date | None = None) -> tuple[dt.date, dt.date]:
    """1 January to 31 December, or to today while the year is still running."""
    today = today or timezone.localdate()
    end = dt.date(year, 12, 31)
    return dt.date(year, 1, 1), min(end, today) if year == today.year else end


def yearly_report_pdf(organization: Organization, *, year: int) -> bytes:
    """The board's report on one calendar year: what happened in that year (from the audit
    trail), then the state of the register on the day the report is made, named as such."""
    figures = dashboard_figures(organization)
    start, end = report_period(year)
    counted = dict(
        AuditEvent.objects.filter(organization_id=organization.pk, timestamp__year=year)
        .values_list("event")
        .annotate(n=Count("id"))
        .order_by()
    )
    in_year = [(label, counted.get(event, 0)) for event, label in YEAR_EVENTS.items()]
    risk_labels = dict(AIActRisk.choices)
    in_use = [
        (app, risk_labels.get(app.counted_risk, ""))
        for app in Application.objects.filter(organization=organization, status="in_use")
        .annotate(counted_risk=counted_risk()).select_related("model").order_by("name")
    ]
    return render_pdf(
        "publication/report_yearly.pdf.html",
        {
            "organization": organization,
            "year": year,
            "period_start": start,
            "period_end": end,
            "figures": figures,
            "charts": charts(figures),
            "in_year": in_year,
            "in_use": in_use,
            "models": AIModel.objects.filter(organization=organization).count(),
            "published": Publication.objects.filter(
                application__organization=organization, state="released"
            ).count(),
        },
    )
