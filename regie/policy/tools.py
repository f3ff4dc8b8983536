"""The allowed-tools overview: which models may be used for what, under which conditions.

Derived from the register (applications approved or in use, their models and tasks) and
the policy (each application's evaluation and the policy's blocking rules)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from regie.policy.bulk import iter_dossiers
from regie.policy.engine import evaluate
from regie.policy.rules import Policy
from regie.register.constants import Hosting, OpenSource, Status, Task
from regie.register.models import Application, Organization

__all__ = ["ToolUse", "Tool", "allowed_tools", "never_allowed"]


@dataclass
class ToolUse:
    application: str
    slug: str
    status: str
    tasks: list[str]
    conditions: list[str]
    decision: str
    open_points: list[str]


@dataclass
class Tool:
    name: str
    provider: str
    hosting: str
    openness: str
    uses: list[ToolUse] = field(default_factory=list)


def _conditions(dossier: dict[str, Any], result) -> list[str]:
    data = dossier["data"]
    conditions = []
    if data["personal_data"] and dossier["assessments"]["dpia"] == "done":
        conditions.append("Persoonsgegevens alleen zoals in de DPIA van deze toepassing "
                          "beschreven; niets daarbuiten.")
    else:
        conditions.append("Voer geen persoonsgegevens in.")
    if not data["confidential"]:
        conditions.append("Voer geen vertrouwelijke bedrijfsinformatie in.")
    if dossier["environment"] == "exploration":
        conditions.append("Alleen om te verkennen, buiten productie, met fictieve of openbare "
                          "gegevens.")
    conditions.append("Controleer elke uitkomst; u blijft zelf verantwoordelijk. AI besluit "
                      "nooit zelfstandig.")
    conditions.extend(f.message for f in result.findings if f.level == "advice"
                      and f.rule in ("source_citation", "explainable_results",
                                     "agents_routine_only"))
    if dossier["tasks"] and set(dossier["tasks"]) & {"text_drafting", "summarising",
                                                     "idea_generation", "faq_answering"}:
        conditions.append("Vermeld het als u volledig door AI gemaakte tekst extern gebruikt.")
    if not dossier["training"]["users_trained"]:
        conditions.append("Volg eerst de training verantwoord AI-gebruik.")
    return conditions


def allowed_tools(organization: Organization | int, policy: Policy) -> list[Tool]:
    """Every model of the organisation's approved or in-use applications, with what it may
    be used for and under which conditions."""
    queryset = Application.objects.filter(organization=organization,
                                          status__in=[Status.APPROVED, Status.IN_USE])
    tools: dict[tuple[str, str], Tool] = {}
    task_labels = dict(Task.choices)
    for row, dossier in iter_dossiers(queryset):
        result = evaluate(dossier, policy)
        if result.decision == "not_allowed":
            continue
        use = ToolUse(
            application=dossier["name"], slug=row["slug"], status=row["status"],
            tasks=[str(task_labels.get(t, t)) for t in dossier["tasks"]],
            conditions=_conditions(dossier, result), decision=result.decision,
            open_points=[f.message for f in result.findings if f.level == "required"])
        for model in [dossier["model"], *dossier["other_models"]]:
            if not model:
                continue
            key = (model["name"], model["provider"] or "")
            tool = tools.get(key)
            if tool is None:
                tool = tools[key] = Tool(
                    name=model["name"], provider=model["provider"] or "",
                    hosting=str(dict(Hosting.choices).get(model["hosting"], "")),
                    openness=str(dict(OpenSource.choices).get(model["open_source"], "")))
            tool.uses.append(use)
    return sorted(tools.values(), key=lambda t: t.name.lower())


def never_allowed(policy: Policy) -> list[tuple[str, tuple[str, ...]]]:
    """The policy's blocking rules in plain words: what is never allowed, with sources."""
    return [(rule.message, rule.sources) for rule in policy.rules if rule.level == "blocking"]
