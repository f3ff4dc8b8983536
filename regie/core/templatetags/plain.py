"""`{% load plain %}`: codes shown to people as words. `{{ code|instrument_name }}`,
`{{ roles|ai_act_roles }}`, `{{ risk|ai_act_risk }}`, `{{ level|finding_level }}`,
`{{ sources|source_links }}`, `{{ outcome|assessment_name }}`,
`{{ event|event_label }}`."""

from urllib.parse import urlencode

from django import template
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from regie.register.constants import AIActRisk, AIActRole

register = template.Library()

INSTRUMENT_NAMES = {
    "RISK_ANALYSIS": _("Risicoanalyse volgens het standpunt"),
    "AI_ACT": _("Beslishulp AI-verordening"),
    "DPIA": _("DPIA (gegevensbeschermingseffectbeoordeling)"),
    "IAMA": _("IAMA (impact assessment mensenrechten en algoritmes)"),
}
# Audit events as people read them in a history; an event not listed shows its code.
EVENTS = {
    "application_created": _("toepassing geregistreerd"),
    "application_updated": _("dossier gewijzigd"),
    "application_deleted": _("toepassing verwijderd"),
    "application_transition": _("status gewijzigd"),
    "application_reused": _("dossier overgenomen"),
    "application_evaluated": _("evaluatie vastgelegd"),
    "application_published": _("gepubliceerd in het Algoritmeregister"),
    "application_publication_retracted": _("teruggetrokken uit het Algoritmeregister"),
    "advice_given": _("advies gegeven"),
    "advice_superseded": _("advies vervallen"),
    "decision_taken": _("besluit genomen"),
    "evidence_added": _("bewijs vastgelegd"),
    "condition_met": _("voorwaarde voldaan"),
    "instrument_run_started": _("instrument begonnen"),
    "instrument_answers_saved": _("antwoorden opgeslagen"),
    "instrument_run_completed": _("instrument afgerond"),
    "policy_evaluated": _("getoetst aan het beleid"),
    "policy_reevaluated": _("opnieuw getoetst aan het beleid"),
    "incident_reported": _("incident gemeld"),
    "incident_updated": _("incident bijgewerkt"),
    "incident_closed": _("incident afgesloten"),
    "gateway_key_created": _("gatewaysleutel gemaakt"),
    "gateway_key_revoked": _("gatewaysleutel ingetrokken"),
    "gateway_repeated_blocks": _("herhaald geblokkeerd door de gateway"),
    "gateway_budget_counters_purged": _("tellers van afgelopen budgetperiodes opgeruimd"),
    "operator_set": _("gebruiker toegevoegd"),
    "operator_removed": _("gebruiker verwijderd"),
}
FINDING_LEVELS = {"blocking": _("Blokkerend"), "required": _("Vereist"),
                  "advice": _("Advies")}


@register.filter
def instrument_name(code: str) -> str:
    return str(INSTRUMENT_NAMES.get(code, code))


@register.filter
def ai_act_roles(roles) -> str:
    labels = dict(AIActRole.choices)
    return ", ".join(str(labels.get(role, role)).lower() for role in roles or ())


@register.filter
def finding_level(level: str) -> str:
    return str(FINDING_LEVELS.get(level, level))


@register.filter
def ai_act_risk(risk: str) -> str:
    return str(dict(AIActRisk.choices).get(risk, risk))


@register.filter
def source_links(references) -> str:
    """Each cited source as a link to its page (official title and Regie's summary)."""
    if isinstance(references, str):
        references = [references]
    links = []
    for reference in references or ():
        url = reverse("policy:source") + "?" + urlencode({"bron": reference})
        links.append(format_html('<a class="utrecht-link" href="{}">{}</a>', url, reference))
    return mark_safe("; ".join(links))  # noqa: S308 - every part is escaped by format_html


@register.filter
def assessment_name(assessment: dict) -> str:
    """An instrument outcome's name: an acronym such as DPIA or IAMA as it is, a longer code
    (EXPERTISE) as the outcome's own sentence."""
    code = str(assessment.get("id", ""))
    if code.isupper() and len(code) <= 5:
        return code
    return str(assessment.get("result") or code.replace("_", " ").capitalize())


@register.filter
def event_label(code: str) -> str:
    return str(EVENTS.get(code, code))
