"""Reuse across organisations: start from another organisation's published dossier.

Seed 002 asks to avoid doing the same risk analysis twice. A dossier is *published* when its
organisation approved it (approved or in use) and its publication record shows it in the
algorithm register (a typed "registered" is not enough) — then its facts are public anyway.
The copy keeps purpose, risk analysis, assessments, model and supplier terms as
*declarations* of the source (shown as "overgenomen van …", never counted as evidence); facts
that only the importing organisation can vouch for (owner, advice, registers, training,
transparency, its own endpoint) start empty. The origin, with the source's advice and
decision as they were, is kept beside it.
"""

from __future__ import annotations

import copy
from typing import Any

from django.db import transaction
from django.db.models import QuerySet

from regie.audit.service import Actor, record_event
from regie.register.constants import Status
from regie.register.evidence import evidenced_filter
from regie.register.models import Application, Organization
from regie.register.service import dossier_for, import_dossier, unique_slug, with_dossier_relations
from regie.workflow.models import Origin
from regie.workflow.records import advice_summary

PUBLISHED_STATUSES = (Status.APPROVED, Status.IN_USE)
PUBLISHED_FACT = "registers.algoritmeregister"
_LOCAL_FACTS = {
    "owner": {"name": None, "email": None},
    "advice": {"fg": "none", "ciso": "none"},
    "registers": {"algoritmeregister": None, "cmdb": None},
    "training": {"users_trained": None},
    "transparency": {"public_informed": None, "output_labelled": None},
    "external": {"source": None, "id": None, "url": None, "registered_on": None},
    "department": None,
    "contact_email": None,
    "status": "draft",
}


def published_dossiers(organization: Organization) -> QuerySet:
    """Other organisations' published applications (by their publication record), to reuse."""
    return (
        Application.objects.filter(evidenced_filter(PUBLISHED_FACT),
                                   status__in=PUBLISHED_STATUSES)
        .exclude(organization=organization)
        .select_related("organization", "model")
        .order_by("name", "pk")
    )


def _starting_point(
    source: dict[str, Any], organization: Organization, actor: Actor, name: str
) -> dict[str, Any]:
    data = copy.deepcopy(source)
    data.update(copy.deepcopy(_LOCAL_FACTS))
    data["organization"] = organization.name
    data["name"] = name
    data["slug"] = unique_slug(name)
    user = actor.user
    if user is not None:
        data["owner"] = {"name": user.get_full_name() or user.username, "email": user.email or None}
    for model in [data.get("model"), *(data.get("other_models") or [])]:
        if model:
            model["endpoint"] = {"base_url": None, "api_key_env": None, "model": None}
    return data


def reuse_dossier(
    source: Application, *, organization: Organization, actor: Actor, name: str = ""
) -> Application:
    """A new draft application of `organization`, starting from `source`'s dossier."""
    if source.organization_id == organization.pk:
        raise ValueError("Hergebruik is voor dossiers van een andere organisatie.")
    source = with_dossier_relations(Application.objects.all()).get(pk=source.pk)
    dossier = dossier_for(source)
    decision = source.decisions.order_by("-decided_at", "-pk").first()
    with transaction.atomic():
        application, _created = import_dossier(
            _starting_point(dossier, organization, actor, (name or source.name).strip()[:200]),
            actor=actor,
            organization=organization,
        )
        Origin.objects.create(
            application=application,
            source=source,
            source_organization=source.organization.name,
            source_slug=source.slug,
            imported_by=actor.user if getattr(actor.user, "pk", None) else None,
            snapshot={
                "dossier": dossier,
                "advice": advice_summary(source),
                "decision": (
                    {
                        "outcome": decision.outcome,
                        "rationale": decision.rationale,
                        "decided_at": decision.decided_at.isoformat(),
                    }
                    if decision
                    else None
                ),
            },
        )
        record_event(
            "application_reused",
            actor=actor,
            obj=application,
            data={
                "source_organization": source.organization.name,
                "source_slug": source.slug,
                "source_id": source.pk,
            },
        )
    return application
