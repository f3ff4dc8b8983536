"""Selecting the documents a Woo request asks for, and proposing what to black out.

Sources: decision records, advice, application dossiers, incidents and — where the
application logged content — gateway prompts and answers. Each selected document is frozen as
text, then scanned by Regie's privacy scanner; every personal datum becomes a *proposed*
redaction with its Woo ground, which the coordinator accepts or rejects one by one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

import yaml

from regie.audit.service import Actor, record_event
from regie.core.errors import InputError
from regie.gateway.models import GatewayContent
from regie.lifecycle.models import Incident
from regie.privacy.service import scan
from regie.register.models import Application
from regie.register.service import dossier_for, with_dossier_relations
from regie.woo.models import DocumentKind, Redaction, WooDocument, WooRequest
from regie.workflow.models import Advice, DecisionRecord

MAX_DOCUMENTS = 5000
# Woo art. 5.1 lid 1 sub e: identification numbers (the BSN, art. 46 UAVG) are withheld
# absolutely; every other personal datum under lid 2 sub e (privacy), weighed per case.
IDENTIFICATION_NUMBER = "5.1 lid 1 sub e"
PRIVACY = "5.1 lid 2 sub e"
GROUNDS = {"BSN": IDENTIFICATION_NUMBER}
NOT_REDACTED = {"CONFIDENTIAL"}  # a classification marking is no personal datum


@dataclass(frozen=True)
class Candidate:
    kind: str
    source_id: str
    title: str
    date: dt.date
    text: str
    # names in the text that are no personal data (a dossier's own application name, which
    # the scanner may read as a person after "name:")
    public: frozenset[str] = frozenset()


def _as_text(data) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, default_flow_style=False,
                          width=90)


def _date(value: dt.datetime) -> dt.date:
    return timezone.localtime(value).date() if timezone.is_aware(value) else value.date()


def _period(queryset: QuerySet, field: str, request: WooRequest) -> QuerySet:
    if request.period_start:
        queryset = queryset.filter(**{f"{field}__date__gte": request.period_start})
    if request.period_end:
        queryset = queryset.filter(**{f"{field}__date__lte": request.period_end})
    return queryset


def _applications(request: WooRequest) -> QuerySet:
    applications = Application.objects.filter(organization=request.organization)
    if request.application_id:
        applications = applications.filter(pk=request.application_id)
    if request.department:
        applications = applications.filter(department__iexact=request.department)
    return applications


def candidates(request: WooRequest) -> Iterator[Candidate]:
    """Every document in scope of the request, oldest first per kind."""
    applications = _applications(request)
    narrowed = bool(request.application_id or request.department)
    records = DecisionRecord.objects.filter(organization=request.organization)
    if narrowed:
        records = records.filter(decision__application__in=applications)
    for record in _period(records, "created_at", request).order_by("created_at"):
        name = (record.snapshot.get("application") or {}).get("name", "")
        yield Candidate(DocumentKind.DECISION_RECORD, str(record.pk),
                        f"Besluitvastlegging {name}".strip(), _date(record.created_at),
                        _as_text(record.snapshot))
    advice = Advice.objects.filter(application__in=applications).select_related("application")
    for item in _period(advice, "given_at", request).order_by("given_at"):
        yield Candidate(
            DocumentKind.ADVICE, str(item.pk),
            f"Advies {item.get_role_display()} over {item.application.name}",
            _date(item.given_at),
            f"Advies: {item.get_outcome_display()}\nGegeven door: {item.adviser_name}\n"
            f"Gegeven op: {timezone.localtime(item.given_at):%d-%m-%Y %H:%M}\n\n{item.text}\n")
    dossiers = _period(with_dossier_relations(applications), "updated_at", request)
    for application in dossiers.order_by("updated_at"):
        yield Candidate(DocumentKind.DOSSIER, str(application.pk),
                        f"Dossier {application.name}", _date(application.updated_at),
                        _as_text(dossier_for(application)), frozenset({application.name}))
    incidents = Incident.objects.filter(organization=request.organization)
    if narrowed:
        incidents = incidents.filter(application__in=applications)
    for incident in _period(incidents, "created_at", request).order_by("created_at"):
        parts = [f"Soort: {incident.get_kind_display()}",
                 f"Status: {incident.get_status_display()}", "", incident.description]
        for label, value in (("Beoordeling", incident.triage_notes),
                             ("Maatregelen", incident.measures),
                             ("Afsluiting", incident.closing_note)):
            if value:
                parts += ["", f"{label}:", value]
        yield Candidate(DocumentKind.INCIDENT, str(incident.pk),
                        f"Incident {incident.pk}: {incident.get_kind_display()}",
                        _date(incident.created_at), "\n".join(parts) + "\n")
    contents = GatewayContent.objects.filter(request__application__in=applications
                                             ).select_related("request__application")
    for content in _period(contents, "request__created_at", request).order_by(
            "request__created_at"):
        call = content.request
        yield Candidate(DocumentKind.GATEWAY_CONTENT, str(call.pk),
                        f"Vraag en antwoord via de gateway ({call.application.name})",
                        _date(call.created_at),
                        f"Vraag:\n{content.prompt}\n\nAntwoord:\n{content.response}\n")


def _matches(candidate: Candidate, words: str) -> bool:
    text = f"{candidate.title}\n{candidate.text}".casefold()
    return all(word in text for word in words.casefold().split())


@transaction.atomic
def select_documents(request: WooRequest, *, actor: Actor) -> int:
    """(Re)build the request's selection; proposes redactions. Returns the number found."""
    if request.exported_at is not None:
        raise InputError("selectie: dit verzoek is al geëxporteerd; maak een nieuw verzoek")
    chosen = [c for c in candidates(request) if not request.words or _matches(c, request.words)]
    if len(chosen) > MAX_DOCUMENTS:
        raise InputError(f"selectie: {len(chosen)} documenten, meer dan {MAX_DOCUMENTS}; "
                         "maak de periode of de zoekwoorden kleiner")
    request.documents.all().delete()
    for number, candidate in enumerate(chosen, start=1):
        document = WooDocument.objects.create(
            request=request, number=number, kind=candidate.kind, source_id=candidate.source_id,
            title=candidate.title[:300], date=candidate.date, text=candidate.text)
        Redaction.objects.bulk_create([
            Redaction(document=document, start=entity.start, end=entity.end,
                      entity_type=entity.type, ground=GROUNDS.get(entity.type, PRIVACY))
            for entity in scan(candidate.text)
            if entity.type not in NOT_REDACTED
            and candidate.text[entity.start:entity.end] not in candidate.public])
    record_event("woo_documents_selected", actor=actor, obj=request,
                 organization_id=request.organization_id,
                 data={"documents": len(chosen), "period": [str(request.period_start or ""),
                                                             str(request.period_end or "")],
                       "application_id": request.application_id,
                       "department": request.department, "words": request.words})
    return len(chosen)


def add_redaction(document: WooDocument, passage: str, *, actor: Actor) -> int:
    """Black out every occurrence of `passage` that the scanner did not find (accepted at
    once: the coordinator chose it). Returns how many were added."""
    passage = passage.strip()
    if len(passage) < 2:
        raise InputError("passage: geef de tekst die weggelakt moet worden (minstens 2 tekens)")
    taken = [(r.start, r.end) for r in document.redactions.all()]
    added = []
    start = document.text.find(passage)
    while start != -1:
        end = start + len(passage)
        if not any(s < end and start < e for s, e in taken):
            added.append(Redaction(document=document, start=start, end=end,
                                   entity_type="MANUAL", ground=PRIVACY,
                                   status="accepted", reviewed_by=actor.user,
                                   reviewed_at=timezone.now()))
        start = document.text.find(passage, end)
    if not added:
        raise InputError("passage: niet (meer) gevonden in dit document")
    Redaction.objects.bulk_create(added)
    record_event("woo_redaction_added", actor=actor, obj=document.request,
                 organization_id=document.request.organization_id,
                 data={"document": document.number, "count": len(added)})
    return len(added)


def review(redaction: Redaction, *, accept: bool, actor: Actor) -> None:
    if redaction.document.request.exported_at is not None:
        raise InputError("beoordeling: dit verzoek is al geëxporteerd")
    redaction.status = "accepted" if accept else "rejected"
    redaction.reviewed_by = actor.user
    redaction.reviewed_at = timezone.now()
    redaction.save(update_fields=["status", "reviewed_by", "reviewed_at"])
    record_event("woo_redaction_reviewed", actor=actor, obj=redaction.document.request,
                 organization_id=redaction.document.request.organization_id,
                 data={"document": redaction.document.number, "type": redaction.entity_type,
                       "ground": redaction.ground, "redact": accept})


def open_reviews(request: WooRequest) -> QuerySet:
    return Redaction.objects.filter(document__request=request, status="proposed")


def next_reference(organization, year: int) -> str:
    count = WooRequest.objects.filter(organization=organization,
                                      reference__startswith=f"WOO-{year}-").count()
    return f"WOO-{year}-{count + 1:04d}"




def withhold(document: WooDocument, ground: str, *, actor: Actor) -> None:
    """Keep a whole document out of the package, with its ground on the inventory list."""
    if document.request.exported_at is not None:
        raise InputError("beoordeling: dit verzoek is al geëxporteerd")
    document.withheld, document.withheld_ground = True, ground
    document.save(update_fields=["withheld", "withheld_ground"])
    document.redactions.filter(status="proposed").update(
        status="accepted", reviewed_by=actor.user, reviewed_at=timezone.now())
    record_event("woo_document_withheld", actor=actor, obj=document.request,
                 organization_id=document.request.organization_id,
                 data={"document": document.number, "ground": ground})
