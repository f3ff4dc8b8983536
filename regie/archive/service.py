"""The archive: apply the selection list daily, destroy only by an approved destruction list
(or at once where the list says no approval is needed), never what a legal hold protects, and
export what is kept, with MDTO metadata, for an e-Depot. Other apps import only from here."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction
from django.utils import timezone

import yaml

from regie.archive import mdto
from regie.archive.models import DestructionItem, DestructionList, LegalHold, ListStatus
from regie.archive.retention import FINDERS, Due, destroy, holds_for
from regie.archive.selection import SelectionList, selection_list
from regie.audit.models import AuditEvent
from regie.audit.service import Actor, record_event
from regie.core.errors import InputError
from regie.register.evidence import fact_lines
from regie.register.models import Application, Organization
from regie.register.service import dossier_for, evidenced_dossier, with_dossier_relations
from regie.workflow.models import DecisionRecord

__all__ = ["RunReport", "approve", "export_kept", "holds_for", "reject", "release_hold",
           "run", "selection_list", "set_hold"]

REJECTION_PAUSE = dt.timedelta(days=30)  # after a rejected list, no new one for this long


@dataclass
class RunReport:
    destroyed: dict[str, int] = field(default_factory=dict)
    held: int = 0
    proposed_lists: list[int] = field(default_factory=list)


def _due_items(organization, selection: SelectionList, today, *, approval: bool) -> list[Due]:
    items = []
    for category in selection.destroyed():
        if category.approval == approval:
            items.extend(FINDERS[category.key](organization, category, today))
    return items


def run(*, today: dt.date | None = None, actor: Actor) -> RunReport:
    """The daily run over every organisation (idempotent)."""
    today = today or timezone.localdate()
    selection = selection_list()
    report = RunReport()
    for organization in Organization.objects.order_by("pk"):
        holds = holds_for(organization)
        with transaction.atomic():
            immediate = _due_items(organization, selection, today, approval=False)
            free = [d for d in immediate if not holds.protects(d.application_id)]
            report.held += len(immediate) - len(free)
            for category in {d.category for d in free}:
                ids = [d.object_id for d in free if d.category == category]
                count = destroy(category, ids)
                report.destroyed[category] = report.destroyed.get(category, 0) + count
                record_event("archive_records_destroyed", actor=actor,
                             organization_id=organization.pk,
                             data={"category": category, "count": count,
                                   "selection_list": selection.version, "approval": "none"})
            proposed = _propose(organization, selection, today, holds, actor=actor)
            if proposed is not None:
                report.proposed_lists.append(proposed.pk)
    return report


def _propose(organization, selection, today, holds, *, actor) -> DestructionList | None:
    lists = DestructionList.objects.filter(organization=organization)
    if lists.filter(status=ListStatus.PROPOSED).exists() or lists.filter(
            status=ListStatus.REJECTED, decided_at__gte=timezone.now() - REJECTION_PAUSE
    ).exists():
        return None
    due = [d for d in _due_items(organization, selection, today, approval=True)
           if not holds.protects(d.application_id)]
    if not due:
        return None
    destruction_list = DestructionList.objects.create(
        organization=organization, selection_list_version=selection.version)
    DestructionItem.objects.bulk_create([
        DestructionItem(destruction_list=destruction_list, category=d.category,
                        object_id=d.object_id, application_id=d.application_id,
                        title=d.title[:300], record_date=d.record_date, due_on=d.due_on)
        for d in due], batch_size=1000)
    record_event("destruction_list_proposed", actor=actor, obj=destruction_list,
                 organization_id=organization.pk, data={"items": len(due)})
    return destruction_list


@transaction.atomic
def approve(destruction_list: DestructionList, *, actor: Actor) -> tuple[int, int]:
    """Destroy what the list names, except what a hold protects by now: (destroyed, held)."""
    destruction_list = DestructionList.objects.select_for_update().get(pk=destruction_list.pk)
    if destruction_list.status != ListStatus.PROPOSED:
        raise InputError("vernietigingslijst: is al beoordeeld")
    holds = holds_for(destruction_list.organization)
    items = list(destruction_list.items.all())
    free = [i for i in items if not holds.protects(i.application_id)]
    destroyed = 0
    for category in {i.category for i in free}:
        destroyed += destroy(category, [i.object_id for i in free if i.category == category])
    destruction_list.status = ListStatus.APPROVED
    destruction_list.decided_by, destruction_list.decided_at = actor.user, timezone.now()
    destruction_list.destroyed, destruction_list.skipped_for_hold = (destroyed,
                                                                     len(items) - len(free))
    destruction_list.save()
    record_event("destruction_list_approved", actor=actor, obj=destruction_list,
                 organization_id=destruction_list.organization_id,
                 data={"destroyed": destroyed, "held": len(items) - len(free)})
    return destroyed, len(items) - len(free)


@transaction.atomic
def reject(destruction_list: DestructionList, *, actor: Actor, reason: str) -> None:
    if destruction_list.status != ListStatus.PROPOSED:
        raise InputError("vernietigingslijst: is al beoordeeld")
    if not reason.strip():
        raise InputError("reden: geef aan waarom de lijst wordt afgewezen")
    destruction_list.status = ListStatus.REJECTED
    destruction_list.decided_by, destruction_list.decided_at = actor.user, timezone.now()
    destruction_list.save()
    record_event("destruction_list_rejected", actor=actor, obj=destruction_list,
                 organization_id=destruction_list.organization_id,
                 data={"reason": reason.strip()[:500]})


def set_hold(organization, *, application: Application | None, reason: str,
             actor: Actor) -> LegalHold:
    if not reason.strip():
        raise InputError("reden: geef aan waarom alles bewaard moet blijven")
    if application is not None and application.organization_id != organization.pk:
        raise InputError("toepassing: hoort niet bij deze organisatie")
    hold = LegalHold.objects.create(organization=organization, application=application,
                                    reason=reason.strip()[:300], set_by=actor.user)
    record_event("legal_hold_set", actor=actor, obj=hold, organization_id=organization.pk,
                 application_id=application.pk if application else None,
                 data={"reason": hold.reason})
    return hold


def release_hold(hold: LegalHold, *, actor: Actor) -> None:
    if hold.released_at is not None:
        raise InputError("bewaarplicht: is al opgeheven")
    hold.released_at = timezone.now()
    hold.save(update_fields=["released_at"])
    record_event("legal_hold_released", actor=actor, obj=hold,
                 organization_id=hold.organization_id, application_id=hold.application_id)


def _write(folder: Path, record: mdto.Record, content: bytes, mime: str) -> list[str]:
    """The record's file, its informatieobject and its bestand; the problems MDTO finds."""
    (folder / record.file_name).write_bytes(content)
    described = mdto.informatieobject(record)
    file_meta = mdto.bestand(record, size=len(content),
                             sha256=hashlib.sha256(content).hexdigest(), mime=mime,
                             created=timezone.now())
    stem = record.file_name.rsplit(".", 1)[0]
    (folder / f"{stem}.mdto.xml").write_bytes(described)
    (folder / f"{stem}.bestand.mdto.xml").write_bytes(file_meta)
    return mdto.check(described) + mdto.check(file_meta)


def export_kept(organization: Organization, folder: Path, *, actor: Actor) -> int:
    """Write every record the selection list keeps, as files with MDTO metadata, into
    `folder` (which must be empty or new). Returns the number of records."""
    selection = selection_list()
    folder.mkdir(parents=True, exist_ok=True)
    if any(folder.iterdir()):
        raise InputError(f"--output {folder}: de map moet leeg zijn")
    creator, oin = organization.name, organization.oin
    labels = {key: c.label for key, c in selection.categories.items()}
    source = f"Selectielijst {selection.version}"
    problems: list[str] = []
    count = 0
    records = DecisionRecord.objects.filter(organization=organization).order_by("pk")
    for item in records:
        name = (item.snapshot.get("application") or {}).get("name", "")
        record = mdto.Record(
            identifier=f"regie-besluit-{item.pk}", name=f"Besluitvastlegging {name}",
            description=f"Besluit over de inzet van {name}; SHA-256 {item.digest}",
            category_label=labels["decision_record"], selection_list=source,
            created=item.created_at, archive_creator=creator, archive_creator_oin=oin,
            activity="Besluiten over de inzet van AI", file_name=f"besluit-{item.pk}.json")
        problems += _write(folder, record, json.dumps(item.snapshot, ensure_ascii=False,
                                                      indent=2).encode(), "application/json")
        count += 1
    applications = with_dossier_relations(Application.objects.filter(organization=organization))
    for application in applications.order_by("pk"):
        record = mdto.Record(
            identifier=f"regie-dossier-{application.pk}", name=f"Dossier {application.name}",
            description=application.purpose[:1000] or application.name,
            category_label=labels["dossier"], selection_list=source,
            created=application.created_at, archive_creator=creator, archive_creator_oin=oin,
            activity="Registreren van AI-toepassingen",
            file_name=f"dossier-{application.slug}.yaml")
        # the declarations, and as comments which facts Regie's records evidence
        content = yaml.safe_dump(dossier_for(application), allow_unicode=True,
                                 sort_keys=False) + "".join(
            f"# {line}\n" for line in fact_lines(evidenced_dossier(application)[1]))
        problems += _write(folder, record, content.encode(), "application/yaml")
        count += 1
    events = AuditEvent.objects.filter(organization_id=organization.pk).order_by("id")
    lines = "".join(json.dumps({"id": e.id, "timestamp": e.timestamp.isoformat(),
                                "event": e.event, "actor": e.actor_name, "via": e.via,
                                "object": e.object_repr, "changes": e.changes, "data": e.data,
                                "prev_hash": e.prev_hash, "hash": e.hash},
                               ensure_ascii=False) + "\n" for e in events.iterator())
    record = mdto.Record(
        identifier=f"regie-audittrail-{organization.slug}", name=f"Audittrail {creator}",
        description="Alle gebeurtenissen van de organisatie in Regie, met hun hashketen",
        category_label=labels["audit_event"], selection_list=source, created=timezone.now(),
        archive_creator=creator, archive_creator_oin=oin, activity="Verantwoorden",
        file_name="audittrail.jsonl")
    problems += _write(folder, record, lines.encode(), "application/jsonl")
    count += 1
    if problems:  # a defect of Regie, not of the user's input: never hand over a bad package
        raise RuntimeError("MDTO-controle mislukt: " + "; ".join(problems[:5]))
    record_event("archive_exported", actor=actor, organization_id=organization.pk,
                 data={"records": count, "selection_list": selection.version})
    return count
