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

CMDB_EXPORT_EVENT = "cmdb_exported"
_RECENT_EXPORTS = 50


def _date(moment) -> str:
    return formats.date_format(timezone.localtime(moment), "j F Y")


def published_proof(application) -> Proof | None:
    publication = Publication.objects.filter(
        application=application, state=PublicationState.RELEASED, retracted_at__isnull=True
    ).first()
    if publication is None or not (publication.lars or publication.preview_url):
        return None
    label = _("Gepubliceerd in het Algoritmeregister (%(id)s) op %(on)s") % {
        "id": publication.lars or publication.preview_url,
        "on": _date(publication.released_at or publication.published_at),
    }
    return Proof(True, label, publication.preview_url
                 or reverse("publication:publication_detail", args=[application.slug]))


def record_cmdb_export(rows: list[dict], *, actor: Actor, fmt: str,
                       organization_id: int | None = None) -> None:
    """Remember which applications a CMDB export listed (the evidence of `registers.cmdb`)."""
    record_event(CMDB_EXPORT_EVENT, actor=actor, organization_id=organization_id,
                 data={"format": fmt, "applications": sorted(row["id"] for row in rows)})


def cmdb_proof(application) -> Proof | None:
    exports = AuditEvent.objects.filter(event=CMDB_EXPORT_EVENT).order_by("-pk")
    for export in exports[:_RECENT_EXPORTS]:
        if application.slug in (export.data or {}).get("applications", []):
            label = _("Opgenomen in de CMDB-export van %(on)s door %(by)s") % {
                "on": _date(export.timestamp), "by": export.actor_name}
            return Proof(True, label, reverse("publication:exports"))
    return None


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
    register_fact("registers.algoritmeregister", published_proof, claims={True}, unmet=False)
    register_fact("registers.cmdb", cmdb_proof, claims={True}, unmet=False)
    register_evidence_form("registers.algoritmeregister", publication_form)
    register_evidence_form("registers.cmdb", cmdb_form)
