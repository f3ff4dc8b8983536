"""From usage to findings, and from findings to work (seed 004 §4: no uncontrolled or
undocumented use; seeds 000 and 002: no tools under consumer terms).

- a service nobody registered → a draft dossier prefilled from the catalogue and an intake
  task for the department's projectleider;
- a service under consumer terms without an approved application → a finding; with upload
  traffic also an incident for the FG, which starts the AVG's 72-hour clock;
- a registered service used before its approval, or by a department outside the approved
  application's people → a finding for the owner to look at.
"""

from __future__ import annotations

from collections import defaultdict
from urllib.parse import urlsplit

from django.db import transaction
from django.db.models import Count, Max, Min, Sum
from django.utils.translation import gettext as _

from regie.audit.service import Actor, record_event
from regie.lifecycle.service import report_incident
from regie.register.constants import Status
from regie.register.models import Application, Organization, User
from regie.register.roles import Role
from regie.shadow.catalogue import Catalogue, Service, default_catalogue
from regie.shadow.models import Finding, FindingKind, Usage
from regie.workflow.service import open_task

_APPROVED = (Status.APPROVED, Status.IN_USE)
_GONE = (Status.REJECTED, Status.RETIRED)


def registered_services(organization: Organization,
                        catalogue: Catalogue) -> dict[str, list[Application]]:
    """Applications per catalogue service, recognised by their model's endpoint host."""
    found: dict[str, list[Application]] = defaultdict(list)
    applications = (Application.objects.filter(organization=organization)
                    .exclude(status__in=_GONE).select_related("model")
                    .prefetch_related("operators__user", "owner"))
    for application in applications:
        url = getattr(application.model, "endpoint_base_url", "") or ""
        match = catalogue.match(urlsplit(url).hostname or "") if url else None
        if match is not None:
            found[match.service.key].append(application)
    return found


def _scope(applications: list[Application]) -> set[str]:
    """Departments whose people the approved applications name (owner and operators)."""
    departments = set()
    for application in applications:
        departments.add(application.department)
        if application.owner is not None:
            departments.add(application.owner.department)
        departments.update(operator.user.department for operator in application.operators.all())
    departments.discard("")
    return departments


def _kinds(service: Service, api: bool, department: str,
           applications: list[Application]) -> list[str]:
    approved = [a for a in applications if a.status in _APPROVED]
    if not applications:
        kinds = [FindingKind.UNREGISTERED]
    elif not approved:
        kinds = [FindingKind.OUTSIDE_SCOPE]
    else:
        scope = _scope(approved)
        kinds = [FindingKind.OUTSIDE_SCOPE] if department and scope and \
            department not in scope else []
    if service.consumer_terms and not api and not approved:
        kinds.append(FindingKind.CONSUMER_TERMS)
    return kinds


def refresh_findings(organization: Organization, *, actor: Actor,
                     catalogue: Catalogue | None = None) -> list[Finding]:
    """Bring the findings in line with all usage seen so far; returns the new ones."""
    catalogue = catalogue or default_catalogue()
    registered = registered_services(organization, catalogue)
    rows = (Usage.objects.filter(organization=organization)
            .values("service_key", "api", "department")
            .annotate(first=Min("day"), last=Max("day"), requests=Sum("requests"),
                      uploads=Sum("uploads"), people=Count("person", distinct=True)))
    totals: dict[tuple[str, str, str], dict] = {}
    for row in rows:
        service = catalogue.services.get(row["service_key"])
        if service is None:  # no longer in the catalogue
            continue
        for kind in _kinds(service, row["api"], row["department"],
                           registered.get(service.key, [])):
            total = totals.setdefault((kind, service.key, row["department"]), {
                "first_seen": row["first"], "last_seen": row["last"], "requests": 0,
                "uploads": 0, "people": 0})
            total["first_seen"] = min(total["first_seen"], row["first"])
            total["last_seen"] = max(total["last_seen"], row["last"])
            for name in ("requests", "uploads", "people"):
                total[name] += row[name]
    opened = []
    with transaction.atomic():
        for (kind, service_key, department), values in totals.items():
            finding, created = Finding.objects.update_or_create(
                organization=organization, kind=kind, service_key=service_key,
                department=department, defaults=values)
            if created:
                opened.append(finding)
                record_event("shadow_finding_opened", actor=actor, obj=finding,
                             organization_id=organization.pk,
                             data={"kind": kind, "service": service_key,
                                   "department": department, **{
                                       k: values[k] for k in ("requests", "uploads")}})
            _follow_up(finding, catalogue.services[service_key], actor=actor)
    return opened


def _projectleider(organization: Organization, department: str) -> User | None:
    people = User.objects.filter(organization=organization, is_active=True,
                                 groups__name=Role.PROJECTLEIDER).order_by("pk")
    return people.filter(department=department).first() if department else None


def _follow_up(finding: Finding, service: Service, *, actor: Actor) -> None:
    if finding.kind == FindingKind.UNREGISTERED and finding.application_id is None:
        _open_intake(finding, service, actor=actor)
    if (finding.kind == FindingKind.CONSUMER_TERMS and finding.uploads
            and finding.incident_id is None):
        _open_incident(finding, service)


def _open_intake(finding: Finding, service: Service, *, actor: Actor) -> None:
    from regie.register.service import save_application

    where = finding.department or _("de organisatie")
    application = Application(organization=finding.organization)
    values = {
        "name": _("%(service)s (gezien bij %(where)s)") % {"service": service.name,
                                                           "where": where},
        "purpose": _(
            "Aangemaakt door Regie: in de logs is vanaf %(first)s gebruik van %(service)s "
            "(%(provider)s, %(country)s) gezien dat niet in het register staat. Beschrijf het "
            "doel en vraag advies aan, of zorg dat het gebruik stopt."
        ) % {"first": finding.first_seen.isoformat(), "service": service.name,
             "provider": service.provider, "country": service.country},
        "department": finding.department,
        "status": Status.DRAFT,
    }
    application = save_application(application, values, actor=actor)
    finding.application = application
    finding.save(update_fields=["application"])
    open_task(application, "intake",
              assignee=_projectleider(finding.organization, finding.department))


def _open_incident(finding: Finding, service: Service) -> None:
    incident = report_incident(
        organization=finding.organization, kind="personal_data", source="shadow",
        description=_(
            "In de logs is gezien dat vanuit %(where)s gegevens zijn geüpload naar "
            "%(service)s, een dienst met consumentenvoorwaarden (%(uploads)s keer, van "
            "%(first)s tot %(last)s). Beoordeel of persoonsgegevens zijn gedeeld en of dit "
            "een datalek is."
        ) % {"where": finding.department or _("de organisatie"), "service": service.name,
             "uploads": finding.uploads, "first": finding.first_seen.isoformat(),
             "last": finding.last_seen.isoformat()})
    finding.incident = incident
    finding.save(update_fields=["incident"])
