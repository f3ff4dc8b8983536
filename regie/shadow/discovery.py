"""Reading a log into usage per service, day, department and person, in bounded memory.

Lines are aggregated in a dictionary keyed by (service, api, day, department, person); the
dictionary is written to the database whenever it holds `FLUSH_KEYS` keys and at the end, so
memory depends on how many distinct keys a log has between flushes, not on its length.
The whole import is one transaction: a failure leaves nothing behind.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import BinaryIO

from django.conf import settings
from django.db import IntegrityError, transaction

from regie.audit.service import Actor, record_event
from regie.core.errors import InputError
from regie.register.models import Organization, User
from regie.shadow import logs
from regie.shadow.catalogue import Catalogue, default_catalogue
from regie.shadow.models import LogImport, Person, Usage

FLUSH_KEYS = 50_000
UPLOAD_MIN_BYTES = 50_000  # a request body this large is more than a typed prompt
PROGRESS_EVERY = 10_000  # events between two progress reports


@dataclass
class ImportResult:
    log_import: LogImport | None
    already_imported: bool = False
    services: dict[str, int] = field(default_factory=dict)
    first_skipped: list[int] = field(default_factory=list)


def pseudonym(organization: Organization, identity: str) -> str:
    """A stable pseudonym for a log's user within one organisation (HMAC with the secret key)."""
    digest = hmac.new(settings.SECRET_KEY.encode(), f"{organization.pk}\x00{identity}".encode(),
                      hashlib.sha256).hexdigest()
    return f"p-{digest[:10]}"


def file_digest(stream: BinaryIO) -> str:
    digest = hashlib.sha256()
    for chunk in iter(lambda: stream.read(1 << 20), b""):
        digest.update(chunk)
    stream.seek(0)
    return digest.hexdigest()


class _Aggregate:
    def __init__(self, organization: Organization):
        self.organization = organization
        self.counts: dict[tuple, list[int]] = {}
        self.people: dict[str, int] = {}
        self.departments = dict(
            User.objects.filter(organization=organization).exclude(department="")
            .values_list("username", "department"))
        self.departments.update(
            User.objects.filter(organization=organization).exclude(department="")
            .exclude(email="").values_list("email", "department"))

    def add(self, service_key: str, api: bool, event: logs.Event, upload: bool) -> None:
        department = event.department or self.departments.get(event.user, "")
        key = (service_key, api, event.timestamp.date(), department[:200], event.user[:300])
        entry = self.counts.get(key)
        if entry is None:
            if len(self.counts) >= FLUSH_KEYS:
                self.flush()
            entry = self.counts[key] = [0, 0]
        entry[0] += 1
        entry[1] += upload

    def _person_ids(self, identities: set[str]) -> None:
        missing = {i for i in identities if i and i not in self.people}
        if not missing:
            return
        by_pseudonym = {pseudonym(self.organization, i): i for i in missing}
        Person.objects.bulk_create(
            [Person(organization=self.organization, pseudonym=p, identity=i)
             for p, i in by_pseudonym.items()], ignore_conflicts=True, batch_size=1000)
        for pk, pseud in Person.objects.filter(
                organization=self.organization, pseudonym__in=list(by_pseudonym)
        ).values_list("pk", "pseudonym"):
            self.people[by_pseudonym[pseud]] = pk

    def flush(self) -> None:
        if not self.counts:
            return
        self._person_ids({key[4] for key in self.counts})
        days = {key[2] for key in self.counts}
        existing = {
            (u.service_key, u.api, u.day, u.department, u.person_id): u
            for u in Usage.objects.filter(organization=self.organization, day__in=days)
        }
        new, changed = [], []
        for (service_key, api, day, department, identity), (requests, uploads) in \
                self.counts.items():
            person_id = self.people.get(identity)
            row = existing.get((service_key, api, day, department, person_id))
            if row is None:
                new.append(Usage(organization=self.organization, service_key=service_key,
                                 api=api, day=day, department=department, person_id=person_id,
                                 requests=requests, uploads=uploads))
            else:
                row.requests += requests
                row.uploads += uploads
                changed.append(row)
        Usage.objects.bulk_create(new, batch_size=1000)
        Usage.objects.bulk_update(changed, ["requests", "uploads"], batch_size=1000)
        self.counts.clear()


def import_log(stream: BinaryIO, *, organization: Organization, log_format: str,
               file_name: str, actor: Actor, mapping: logs.Mapping | None = None,
               catalogue: Catalogue | None = None,
               progress: Callable[[int], None] | None = None) -> ImportResult:
    """Read one log (a binary stream that can seek) into the organisation's usage.

    Raises `InputError` for a log that cannot be read at all. A file imported before (same
    content) changes nothing.
    """
    if log_format not in logs.FORMATS:
        raise InputError(f"formaat: kies uit {', '.join(logs.FORMATS)}")
    catalogue = catalogue or default_catalogue()
    sha256 = file_digest(stream)
    if LogImport.objects.filter(organization=organization, sha256=sha256).exists():
        return ImportResult(None, already_imported=True)
    counts = logs.ReadCounts()
    services: dict[str, int] = {}
    matched = 0
    start = end = None
    try:
        with transaction.atomic():
            log_import = LogImport.objects.create(
                organization=organization, sha256=sha256, file_name=file_name[:200],
                log_format=log_format, catalogue_version=catalogue.version,
                imported_by=actor.user)
            aggregate = _Aggregate(organization)
            position = 0
            for number, event in enumerate(logs.read(stream, log_format, counts, mapping)):
                if progress is not None and not number % PROGRESS_EVERY:
                    now = stream.tell()
                    progress(now - position)
                    position = now
                found = catalogue.match(event.host)
                if found is None:
                    continue
                matched += 1
                services[found.service.key] = services.get(found.service.key, 0) + 1
                start = min(start, event.timestamp) if start else event.timestamp
                end = max(end, event.timestamp) if end else event.timestamp
                aggregate.add(found.service.key, found.api, event,
                              event.is_upload(UPLOAD_MIN_BYTES))
            aggregate.flush()
            if progress is not None:
                progress(stream.tell() - position)
            log_import.lines, log_import.matched, log_import.skipped = (
                counts.lines, matched, counts.skipped)
            log_import.period_start, log_import.period_end = start, end
            log_import.save()
            record_event("shadow_log_imported", actor=actor, obj=log_import,
                         organization_id=organization.pk,
                         data={"format": log_format, "lines": counts.lines, "matched": matched,
                               "skipped": counts.skipped, "services": services,
                               "catalogue_version": catalogue.version})
    except ValueError as exc:  # an unusable file: wrong columns, wrong format
        raise InputError(f"{file_name}: {exc}") from exc
    except IntegrityError:  # the same file, imported at the same moment by someone else
        return ImportResult(None, already_imported=True)
    return ImportResult(log_import, services=services, first_skipped=counts.first_skipped)

