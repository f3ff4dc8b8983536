"""The facts the procedure itself evidences: the FG's and the CISO's advice (seed 002, seed
004 §5) from the advice records — a typed "given" without a current advice does not count —
and where a reused dossier's declarations come from."""

from __future__ import annotations

from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from regie.register.evidence import Proof, register_declaration_origin, register_fact
from regie.workflow.constants import AdviceRole
from regie.workflow.models import Advice, Origin


def _advice_proofs(role: str):
    """The current (not superseded) advice of `role` per application, the latest if several."""
    def proofs(ids: list[int]) -> dict[int, Proof]:
        result = {}
        for advice in (Advice.objects.filter(application_id__in=ids, role=role, superseded_at=None)
                       .select_related("application").order_by("given_at", "pk")):
            label = _("%(role)s: %(outcome)s, door %(by)s op %(on)s") % {
                "role": AdviceRole(role).label,
                "outcome": advice.get_outcome_display().lower(),
                "by": advice.adviser_name,
                "on": formats.date_format(timezone.localtime(advice.given_at), "j F Y"),
            }
            url = (reverse("workflow:application", args=[advice.application.slug])
                   + f"#advies-{role}")
            result[advice.application_id] = Proof("given", label, url)
        return result

    return proofs


def _reused_from(application) -> str:
    origin = Origin.objects.filter(application=application).first()
    if origin is None:
        return ""
    return _("overgenomen van %(org)s") % {"org": origin.source_organization}


def register() -> None:
    for role in AdviceRole.values:
        register_fact(f"advice.{role}", proofs=_advice_proofs(role), claims={"given"},
                      unmet="requested")
    register_declaration_origin(_reused_from)
