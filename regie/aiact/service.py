"""The AI Act as the deployer lives it, the public face for other apps, views and commands.

- Duties: `sync_obligations(application, actor=...)` derives the obligations from the
  AI-Act profile (risk class × roles) and keeps them as tasks; `update_obligation(...)`
  records owner, evidence, due date and status; `automatic_evidence(application)` is what
  Regie itself knows (training, gateway disclosure, IAMA, DPIA).
- FRIA: `fria_mapping(iama_answers)`: art. 27 onto the IAMA, with the gaps.
- EU database: `eu_database_export(application)` (Annex VIII section C).
- Serious incidents: `mark_serious`, `record_step`, `clocks(incident)`,
  `open_serious_incidents()` (art. 73 beside the AVG's 72 hours).
- Official files: `check_file(location)`, `record_change(previous, version, actor=...)`.
"""

from __future__ import annotations

from regie.aiact.changes import check_file, diff_documents, record_change, summary_lines
from regie.aiact.eu_database import export as eu_database_export
from regie.aiact.eu_database import registration_for, registration_required, save_registration
from regie.aiact.fria import fria_mapping
from regie.aiact.models import Obligation
from regie.aiact.obligations import (
    DUTIES,
    Profile,
    duties_for,
    profile_of,
    sync_obligations,
    update_obligation,
)
from regie.aiact.serious import clocks, mark_serious, open_serious_incidents, record_step
from regie.register.evidence import FactState
from regie.register.models import Application
from regie.register.service import evidenced_dossier, with_dossier_relations

__all__ = [
    "DUTIES", "Profile", "ai_act_figures", "automatic_evidence", "check_file", "clocks",
    "diff_documents",
    "duties_for", "eu_database_export", "fria_mapping", "mark_serious", "open_obligations",
    "open_serious_incidents", "profile_of", "record_change", "record_step",
    "registration_for", "registration_required", "save_registration", "summary_lines",
    "sync_obligations", "update_obligation",
]


def open_obligations(organization=None):
    """Obligations that apply and are not done, nearest due date first."""
    queryset = Obligation.objects.filter(applies=True, status__in=["todo", "in_progress"])\
        .select_related("application", "owner").order_by("due_date", "pk")
    if organization is not None:
        queryset = queryset.filter(application__organization=organization)
    return queryset


def ai_act_figures(organization) -> dict[str, int]:
    """For the dashboard: serious incidents not yet reported, and duties past their date."""
    from django.utils import timezone

    return {
        "serious_open": open_serious_incidents(organization).count(),
        "obligations_overdue": open_obligations(organization)
        .filter(due_date__lt=timezone.localdate()).count(),
    }


def automatic_evidence(application) -> dict[str, str]:
    """Per obligation code, what Regie already records about it (Dutch, one line)."""
    from regie.gateway.models import GatewaySettings
    from regie.lifecycle.service import untrained_operators

    evidence: dict[str, str] = {}
    untrained = untrained_operators(application)
    has_users = application.operators.exists()
    evidence["literacy"] = (
        "Nog geen gebruikers vastgelegd bij de toepassing (AI-geletterdheid)."
        if not has_users else
        "Alle gebruikers hebben een geldige AI-geletterdheidstraining."
        if not untrained else
        f"{len(untrained)} gebruiker(s) zonder geldige training: "
        + ", ".join(u.get_full_name() or u.username for u in untrained[:5]))
    evidence["deployer_oversight"] = evidence["literacy"]
    gateway = GatewaySettings.objects.filter(application=application).first()
    disclosure = gateway.disclosure_text if gateway else ""
    evidence["transparency_disclosure"] = (
        f"De gateway zet onder elk antwoord: “{disclosure}”." if disclosure else
        "De gateway zet nog geen vermelding onder antwoorden: stel die in bij de "
        "gatewayinstellingen (AI-verordening art. 50).")
    facts = evidenced_dossier(with_dossier_relations(
        Application.objects.filter(pk=application.pk)).get())[1]
    evidence["deployer_fria"] = _assessment_text("IAMA", facts["assessments.iama"])
    evidence["deployer_dpia"] = _assessment_text("DPIA", facts["assessments.dpia"])
    return evidence


def _assessment_text(name: str, fact: FactState) -> str:
    """The assessment as it counts: from its record in Regie; a typed "done" alone is shown as
    a declaration that does not count."""
    if fact.proof is not None:
        return f"{name}: uitgevoerd ({fact.proof.label})."
    if fact.state == "declared":
        return (f"{name}: alleen verklaard als uitgevoerd; telt niet zonder afgerond instrument "
                "of door de FG aanvaard rapport in Regie.")
    labels = {"in_progress": "bezig", "not_started": "nog niet gestart",
              "not_applicable": "niet nodig"}
    return f"{name}: {labels.get(fact.value or '', 'onbekend')}."
