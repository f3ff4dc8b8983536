"""Publishing an application's record to the Algoritmeregister, and noticing drift.

A record is only sent when it is complete (no required field on its to-do list). The first
publication creates the algorithm in the register, later ones update it; then it is released.
What was sent is kept (`Publication`), so Regie can show when the dossier has moved on.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from regie.audit.service import Actor, record_event
from regie.publication.client import AlgoritmeregisterClient, PublishError
from regie.publication.mapper import (
    EXPORT_PREFETCH,
    EXPORT_SELECT,
    MappedRecord,
    record_hash,
    to_record,
)
from regie.publication.models import Publication, PublicationState
from regie.register.evidence import evidence_withdrawn
from regie.register.models import Application

PUBLISHED_FACT = "registers.algoritmeregister"

__all__ = [
    "current_record", "publish", "confirm_publication", "retract", "Drift", "drift",
    "register_states",
]


def current_record(application: Application) -> MappedRecord:
    fresh = (
        Application.objects.select_related(*EXPORT_SELECT)
        .prefetch_related(*EXPORT_PREFETCH)
        .get(pk=application.pk)
    )
    return to_record(fresh)


def _released(application: Application, lars: str, record: dict, preview_url: str
              ) -> tuple[Publication, bool]:
    """Remember the record as released in the register now (sent or entered by hand)."""
    now = timezone.now()
    return Publication.objects.update_or_create(
        application=application,
        defaults={
            "lars": lars,
            "state": PublicationState.RELEASED,
            "payload": record,
            "payload_hash": record_hash(record),
            "published_at": now,
            "released_at": now,
            "retracted_at": None,
            "preview_url": preview_url,
        },
    )


def publish(
    application: Application, *, actor: Actor, client: AlgoritmeregisterClient
) -> Publication:
    """Send the current record, release it, and remember what was sent."""
    mapped = current_record(application)
    if not mapped.complete:
        missing = ", ".join(item.field for item in mapped.todo if item.required)
        raise PublishError(
            f"{application.slug}: registratie is niet volledig; ontbreekt of ongeldig: {missing}"
        )
    existing = Publication.objects.filter(application=application).first()
    lars = existing.lars if existing and existing.lars else ""
    if lars:
        client.update(lars, mapped.record)
    else:
        lars = client.create(mapped.record)
    client.release(lars)
    preview = client.preview(lars)
    with transaction.atomic():
        publication, created = _released(application, lars, mapped.record, preview[:500])
        record_event(
            "application_published",
            actor=actor,
            obj=application,
            data={
                "lars": lars,
                "payload_hash": publication.payload_hash,
                "first": created and not existing,
            },
        )
    return publication


def confirm_publication(
    application: Application, *, actor: Actor, lars: str = "", url: str = ""
) -> Publication:
    """For a record exported and entered in the register by hand: confirm it with the
    register's id or the address of the published page. What was exported is kept."""
    lars, url = (lars or "").strip()[:100], (url or "").strip()[:500]
    if not lars and not url:
        raise PublishError(
            f"{application.slug}: geef het algoritme-ID of de adres van de publicatie"
        )
    if url and not url.lower().startswith("https://"):
        raise PublishError(f"{application.slug}: het adres van de publicatie begint met https://")
    mapped = current_record(application)
    with transaction.atomic():
        publication, _created = _released(application, lars, mapped.record, url)
        record_event(
            "application_publication_confirmed",
            actor=actor,
            obj=application,
            data={"lars": lars, "url": url, "payload_hash": publication.payload_hash},
        )
    return publication


def retract(
    application: Application, *, actor: Actor, client: AlgoritmeregisterClient | None
) -> Publication:
    """Withdraw the publication: through the register's API with `client`, or — for a
    record entered by hand (`client` None) — only noted here, after removing it there."""
    publication = (
        Publication.objects.filter(application=application, retracted_at__isnull=True)
        .exclude(lars="", preview_url="")
        .first()
    )
    if publication is None:
        raise PublishError(f"{application.slug}: is niet gepubliceerd in het Algoritmeregister")
    if client is not None:
        client.retract(publication.lars)
    with transaction.atomic():
        publication.state = PublicationState.RETRACTED
        publication.retracted_at = timezone.now()
        publication.save(update_fields=["state", "retracted_at"])
        record_event(
            "application_publication_retracted",
            actor=actor,
            obj=application,
            data={"lars": publication.lars},
        )
    evidence_withdrawn(application, fact=PUBLISHED_FACT, actor=actor,
                       reason="teruggetrokken uit het Algoritmeregister")
    return publication


@dataclass(frozen=True)
class Drift:
    publication: Publication | None
    current: MappedRecord
    changed_fields: list[str]

    @property
    def drifted(self) -> bool:
        return bool(
            self.publication
            and self.publication.state == PublicationState.RELEASED
            and self.changed_fields
        )


def drift(application: Application) -> Drift:
    """How the current record differs from the one the register holds, field by field."""
    current = current_record(application)
    publication = Publication.objects.filter(application=application).first()
    if publication is None or publication.payload_hash == record_hash(current.record):
        return Drift(publication, current, [])
    sent, now = publication.payload, current.record
    changed = sorted(key for key in set(sent) | set(now) if sent.get(key) != now.get(key))
    return Drift(publication, current, changed)


def register_states(mapped: list[MappedRecord]) -> dict[str, str]:
    """Per application (slug): `not_published`, `current`, `drifted` or `retracted`, from one
    query over the publications of the mapped records."""
    held = {
        slug: (state, payload_hash)
        for slug, state, payload_hash in Publication.objects.filter(
            application__slug__in=[m.slug for m in mapped]
        ).values_list("application__slug", "state", "payload_hash")
    }
    states = {}
    for item in mapped:
        state, payload_hash = held.get(item.slug, ("", ""))
        if not state:
            states[item.slug] = "not_published"
        elif state == PublicationState.RETRACTED:
            states[item.slug] = "retracted"
        else:
            states[item.slug] = "current" if payload_hash == record_hash(item.record) else "drifted"
    return states
