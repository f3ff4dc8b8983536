"""The registration of a high-risk system's use by a public-authority deployer in the EU
database (art. 49(3), art. 71): the five points of Annex VIII section C, as one JSON object
to copy into the database, with the points still missing named."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from regie.aiact.models import DeployerRegistration
from regie.aiact.obligations import profile_of
from regie.audit.service import Actor, record_event
from regie.core.errors import InputError

FORMAT = "regie-eu-database-deployer/1"
LEGAL_BASIS = "AI-verordening art. 49 lid 3, art. 71, bijlage VIII afdeling C"
EDITABLE = ("deployer_address", "submitter_name", "submitter_email", "submitter_address",
            "provider_entry_url", "fria_summary", "dpia_summary", "registered_on",
            "eu_reference")


def registration_required(application) -> bool:
    """High risk with the organisation as deployer: every Regie organisation is a public
    authority, so art. 49(3) applies."""
    profile = profile_of(application)
    return profile is not None and profile.applies and profile.risk == "high" and (
        "deployer" in profile.roles)


def registration_for(application) -> DeployerRegistration:
    found = DeployerRegistration.objects.filter(application=application).first()
    return found or DeployerRegistration(application=application)


def save_registration(application, values: dict[str, Any], *, actor: Actor
                      ) -> DeployerRegistration:
    unknown = set(values) - set(EDITABLE)
    if unknown:
        raise InputError(f"{sorted(unknown)[0]}: dit veld kan niet worden gewijzigd")
    url = (values.get("provider_entry_url") or "").strip()
    if url and not url.startswith("https://"):
        raise InputError("provider_entry_url: de URL moet met https:// beginnen")
    with transaction.atomic():
        registration, _created = DeployerRegistration.objects.get_or_create(
            application=application)
        before = {k: str(getattr(registration, k) or "") for k in values}
        for key, value in values.items():
            setattr(registration, key, value.strip() if isinstance(value, str) else value)
        registration.full_clean(exclude=["application"])
        registration.save()
        record_event("eu_database_registration_updated", actor=actor, obj=application,
                     data={"before": before,
                           "after": {k: str(getattr(registration, k) or "") for k in values}})
    return registration


def export(application) -> dict[str, Any]:
    """Annex VIII section C for this application; `missing` names the points to fill in.
    Raises `InputError` when the application has no registration duty."""
    if not registration_required(application):
        raise InputError(f"{application.slug}: geen registratieplicht als "
                         "gebruiksverantwoordelijke (alleen hoog risico, art. 49 lid 3)")
    registration = registration_for(application)
    organization = application.organization
    dpia_applies = application.data_personal is not False
    owner = application.owner
    data = {
        "format": FORMAT,
        "legal_basis": LEGAL_BASIS,
        "application": {"name": application.name, "slug": application.slug,
                        "purpose": application.purpose},
        "deployer": {  # point 1
            "name": organization.name, "address": registration.deployer_address,
            "email": organization.contact_email or application.contact_email,
            "website": organization.website, "oin": organization.oin,
        },
        "submitter": {  # point 2
            "name": registration.submitter_name or application.owner_name
            or (owner.get_full_name() if owner else ""),
            "address": registration.submitter_address or registration.deployer_address,
            "email": registration.submitter_email or application.owner_email
            or getattr(owner, "email", ""),
        },
        "provider_entry_url": registration.provider_entry_url,  # point 3
        "fria_summary": registration.fria_summary,  # point 4
        "dpia_summary": registration.dpia_summary if dpia_applies else None,  # point 5
        "registered_on": registration.registered_on.isoformat()
        if registration.registered_on else None,
        "eu_reference": registration.eu_reference,
    }
    checks = [("deployer.address", data["deployer"]["address"]),
              ("deployer.email", data["deployer"]["email"]),
              ("submitter.name", data["submitter"]["name"]),
              ("submitter.address", data["submitter"]["address"]),
              ("submitter.email", data["submitter"]["email"]),
              ("provider_entry_url", data["provider_entry_url"]),
              ("fria_summary", data["fria_summary"])]
    if dpia_applies:
        checks.append(("dpia_summary", data["dpia_summary"]))
    data["missing"] = [name for name, value in checks if not value]
    return data
