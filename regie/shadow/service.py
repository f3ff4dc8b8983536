"""Shadow AI: the generative-AI use nobody registered, found in proxy and DNS logs.

Other apps import only from here.
"""

from __future__ import annotations

from django.db.models import Sum

from regie.audit.service import Actor, record_event
from regie.register.constants import Status
from regie.register.models import Application, Organization, User
from regie.shadow.catalogue import Catalogue, Service, default_catalogue
from regie.shadow.discovery import ImportResult, import_log, pseudonym
from regie.shadow.findings import refresh_findings, registered_services
from regie.shadow.logs import FORMATS, Mapping
from regie.shadow.models import Person, Usage

__all__ = [
    "FORMATS", "Catalogue", "ImportResult", "Mapping", "Service", "default_catalogue",
    "import_and_refresh", "reveal", "seen_services_for",
]


def import_and_refresh(stream, *, organization: Organization, log_format: str, file_name: str,
                       actor: Actor, mapping: Mapping | None = None,
                       progress=None) -> ImportResult:
    """Import one log, then bring the organisation's findings up to date."""
    result = import_log(stream, organization=organization, log_format=log_format,
                        file_name=file_name, actor=actor, mapping=mapping, progress=progress)
    if not result.already_imported:
        refresh_findings(organization, actor=actor)
    return result


def reveal(person: Person, *, user: User) -> str:
    """Who is behind a pseudonym; only for the FG (checked by the caller), always audited."""
    record_event("shadow_person_revealed", actor=Actor(user=user, via="web"), obj=person,
                 organization_id=person.organization_id, data={"pseudonym": person.pseudonym})
    return person.identity


def seen_services_for(user: User) -> list[tuple[Service, list[Application]]]:
    """The services the logs saw this employee use, each with the organisation's approved
    applications on offer instead (for the allowed-tools page)."""
    if user.organization_id is None:
        return []
    organization = user.organization
    identities = [value for value in (user.username, user.email) if value]
    pseudonyms = [pseudonym(organization, identity) for identity in identities]
    keys = (Usage.objects.filter(organization=organization, person__pseudonym__in=pseudonyms)
            .values("service_key").annotate(total=Sum("requests")).order_by("-total"))
    catalogue = default_catalogue()
    registered = registered_services(organization, catalogue)
    approved = list(Application.objects.filter(organization=organization,
                                               status=Status.IN_USE).order_by("name"))
    seen = []
    for row in keys:
        service = catalogue.services.get(row["service_key"])
        if service is None:
            continue
        covered = [a for a in registered.get(service.key, []) if a.status == Status.IN_USE]
        if covered:  # the service itself is approved: nothing to offer instead
            continue
        seen.append((service, approved))
    return seen
