"""The register facts publication evidences: `registers.algoritmeregister` from the
publication record (published through the API, or exported and confirmed with the
register's id or address; not once retracted) and `registers.cmdb` from the latest CMDB
export that listed the application (recorded in the audit trail as `cmdb_exported`)."""

from __future__ import annotations

from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from regie.audit.models import AuditEvent
from regie.audit.service import Actor, record_event
from regie.publication import roles
from regie.publication.models import Publication, PublicationState
from regie.register.evidence import (
    EvidenceForm,
    FormField,
    Proof,
    register_evidence_form,
    register_fact,
)
from regie.register.models import Application

CMDB_EXPORT_EVENT = "cmdb_exported"
_RECENT_EXPORTS = 50


def _date(moment) -> str:
    return formats.date_format(timezone.localtime(moment), "j F Y")


def _in_register():
    """Publications that show the application is in the register: released or confirmed
    with the register's id or address, and not retracted."""
    return Publication.objects.filter(
        state=PublicationState.RELEASED, retracted_at__isnull=True).exclude(lars="", preview_url="")


def published_proofs(ids: list[int]) -> dict[int, Proof]:
    result = {}
    for publication in _in_register().filter(application_id__in=ids).select_related(
            "application"):
        label = _("Gepubliceerd in het Algoritmeregister (%(id)s) op %(on)s") % {
            "id": publication.lars or publication.preview_url,
            "on": _date(publication.released_at or publication.published_at),
        }
        result[publication.application_id] = Proof(
            True, label, publication.preview_url
            or reverse("publication:publication_detail", args=[publication.application.slug]))
    return result


def record_cmdb_export(rows: list[dict], *, actor: Actor, fmt: str,
                       organization_id: int | None = None) -> None:
    """Remember which applications a CMDB export listed (the evidence of `registers.cmdb`)."""
    record_event(CMDB_EXPORT_EVENT, actor=actor, organization_id=organization_id,
                 data={"format": fmt, "applications": sorted(row["id"] for row in rows)})


def cmdb_proofs(ids: list[int]) -> dict[int, Proof]:
    """The latest of the recent CMDB exports that listed each application (by slug)."""
    slugs = dict(Application.objects.filter(pk__in=ids).values_list("slug", "pk"))
    result: dict[int, Proof] = {}
    exports = AuditEvent.objects.filter(event=CMDB_EXPORT_EVENT).order_by("-pk")
    for export in exports[:_RECENT_EXPORTS]:
        label = _("Opgenomen in de CMDB-export van %(on)s door %(by)s") % {
            "on": _date(export.timestamp), "by": export.actor_name}
        for slug in (export.data or {}).get("applications", []):
            pk = slugs.get(slug)
            if pk is not None and pk not in result:
                result[pk] = Proof(True, label, reverse("publication:exports"))
    return result


def publication_form(application, user) -> EvidenceForm | None:
    """On the checklist of a decided application: confirm the publication entered in the
    Algoritmeregister with the address of its page (the id: on the publication page)."""
    if not roles.may_confirm_publication(user, application):
        return None
    return EvidenceForm(
        _("Publicatie bevestigen"),
        reverse("publication:publication_action", args=[application.slug, "confirm"]),
        method="post",
        intro=_("Zet de export in het Algoritmeregister (of laat dat doen) en vul hier het "
                "adres van de openbare pagina in. Alleen een algoritme-ID? Bevestig dan op de "
                "publicatiepagina."),
        fields=(FormField("url", "text", _("Adres van de publicatie (https://…)")),))


def cmdb_form(application, user) -> EvidenceForm | None:
    """On the checklist of a decided application: download its CMDB row (that is the export
    that counts)."""
    if not roles.may_export_cmdb(user, application):
        return None
    return EvidenceForm(_("CMDB-regel van deze toepassing downloaden (CSV)"),
                        reverse("publication:application_cmdb", args=[application.slug]))


def register() -> None:
    register_fact("registers.algoritmeregister", proofs=published_proofs, claims={True},
                  unmet=False, holders=lambda: _in_register().values("application_id"))
    register_fact("registers.cmdb", proofs=cmdb_proofs, claims={True}, unmet=False)
    register_evidence_form("registers.algoritmeregister", publication_form)
    register_evidence_form("registers.cmdb", cmdb_form)
