"""What the policy panel on an application page shows: the live evaluation of the current
dossier, each open finding with its source and a link to the form field to fill in."""

from __future__ import annotations

from typing import Any

from django.urls import NoReverseMatch, reverse

from regie.policy import service
from regie.policy.engine import evaluate
from regie.register import dossier as fmt
from regie.register.access import can_edit_application
from regie.register.models import Application
from regie.register.service import evidenced_dossier, with_dossier_relations

# Dossier path → the Application form field (its HTML id is `id_<field>`).
_FORM_FIELDS = {path: field for path, field, _kind in fmt.SCALAR_FIELDS}
_FORM_FIELDS.update({path: related for path, related, _v, _voc in fmt.LIST_FIELDS})

EDIT_URL_NAMES = ("register:application_edit", "register:application_update")


def field_anchor(path: str) -> str:
    head = path.split(".", 1)[0]
    if head in ("model", "supplier"):
        return f"id_{head}"
    return f"id_{_FORM_FIELDS.get(path, head)}"


def edit_url(application: Application) -> str | None:
    for name in EDIT_URL_NAMES:
        try:
            return reverse(name, args=[application.slug])
        except NoReverseMatch:
            continue
    return None


def panel_context(application: Application, user) -> dict[str, Any]:
    fresh = with_dossier_relations(Application.objects.filter(pk=application.pk)).get()
    dossier, _facts = evidenced_dossier(fresh)
    result = evaluate(dossier, service.active_policy(application.organization_id))
    base = edit_url(application) if can_edit_application(user, application) else None
    findings = [{"finding": f, "link": f"{base}#{field_anchor(f.field)}" if base else None}
                for f in result.findings]
    return {
        "evaluation": result,
        "finding_rows": findings,
        "open_count": sum(1 for f in result.findings if f.level != "advice"),
        "latest": service.latest_evaluation(application),
        "can_reevaluate": user.has_perm("policy.add_evaluationrecord"),
        "policy_url": reverse("policy:application", args=[application.slug]),
    }
