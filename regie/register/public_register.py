"""Import of a public Algoritmeregister dump (`algoritmes.json`) into the register.

Each record becomes an application of its organisation, keyed by its register id, so a second
run updates instead of duplicating. The whole file is checked before anything is written, and
written in one transaction with one audit event per created or changed application. The
register's status is taken over as an administrative migration (the procedure was followed
elsewhere, or before Regie): audited as `application_status_migrated`, as
`regie dossier import --status` does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.db import transaction
from django.utils.text import slugify

from regie.audit.service import Actor, record_events
from regie.core import safeload
from regie.core.errors import InputError
from regie.register.constants import Status
from regie.register.models import Application, Organization
from regie.register.service import get_or_create_organization, status_migration

SOURCE = "algoritmeregister"

STATUS_MAP = {
    "in_gebruik": Status.IN_USE,
    "ontwikkeling": Status.DRAFT,
    "buiten_gebruik": Status.RETIRED,
}

# register field -> (application field, max length or None)
FIELD_MAP = {
    "title": ("name", 200),
    "doel": ("purpose", None),
    "juridische_basis": ("legal_basis", None),
    "url": ("external_url", 500),
}


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    organizations: int = 0


# A dump of the whole public register (today about 2 MB, 1,500 records), with room to grow.
MAX_DUMP_BYTES = 64 * 1024 * 1024
MAX_DUMP_NODES = 2_000_000


def read_records(path: str | Path) -> list[dict[str, Any]]:
    name = str(path)
    raw = safeload.load_file(path, fmt="json", max_bytes=MAX_DUMP_BYTES,
                             max_nodes=MAX_DUMP_NODES)
    records = raw.get("algoritmes") if isinstance(raw, dict) else raw
    if not isinstance(records, list):
        raise InputError(f"{name}: verwacht een lijst 'algoritmes'")
    seen: set[str] = set()
    for index, record in enumerate(records):
        where = f"{name}: algoritmes[{index}]"
        if not isinstance(record, dict):
            raise InputError(f"{where}: verwacht een object")
        for key in ("id", "title", "organisatie", "status"):
            if not isinstance(record.get(key), str) or not record[key].strip():
                raise InputError(f"{where}: veld '{key}' ontbreekt of is leeg")
        if record["status"] not in STATUS_MAP:
            allowed = ", ".join(STATUS_MAP)
            raise InputError(f"{where}: veld 'status': onbekende waarde {record['status']!r}; "
                             f"toegestaan: {allowed}")
        if record["id"] in seen:
            raise InputError(f"{where}: veld 'id': {record['id']!r} komt dubbel voor")
        seen.add(record["id"])
        registered = record.get("geregistreerd")
        if registered:
            try:
                dt.date.fromisoformat(registered)
            except (TypeError, ValueError) as exc:
                raise InputError(f"{where}: veld 'geregistreerd': geen datum "
                                 f"{registered!r}") from exc
        for key, (_field, limit) in FIELD_MAP.items():
            value = record.get(key)
            if value is not None and not isinstance(value, str):
                raise InputError(f"{where}: veld '{key}': verwacht tekst")
            if limit and value and len(value) > limit:
                raise InputError(f"{where}: veld '{key}': te lang ({len(value)} tekens, "
                                 f"maximaal {limit})")
    return records


def _values(record: dict[str, Any]) -> dict[str, Any]:
    values = {field: (record.get(key) or "").strip() for key, (field, _l) in FIELD_MAP.items()}
    values["status"] = STATUS_MAP[record["status"]].value
    registered = record.get("geregistreerd")
    values["registered_on"] = dt.date.fromisoformat(registered) if registered else None
    return values


def import_public_register(
    records: list[dict[str, Any]], *, actor: Actor,
    progress: Callable[[Iterable], Iterable] = lambda items: items,
) -> ImportResult:
    result = ImportResult()
    with transaction.atomic():
        organizations: dict[str, Organization] = {}
        before_orgs = Organization.objects.count()
        existing = {
            app.external_id: app
            for app in Application.objects.filter(external_source=SOURCE)
        }
        slugs = set(Application.objects.values_list("slug", flat=True))
        to_create, to_update, events = [], [], []
        for record in progress(records):
            org_name = record["organisatie"].strip()
            if org_name not in organizations:
                organizations[org_name] = get_or_create_organization(org_name)
            organization = organizations[org_name]
            values = _values(record)
            app = existing.get(record["id"])
            if app is None:
                base = slugify(values["name"])[:100].strip("-") or "toepassing"
                slug, n = base, 1
                while slug in slugs:
                    n += 1
                    slug = f"{base}-{n}"
                slugs.add(slug)
                to_create.append(Application(organization=organization, slug=slug,
                                             external_source=SOURCE, external_id=record["id"],
                                             **values))
                continue
            changes = [
                {"field": field, "old": _plain(getattr(app, field)), "new": _plain(value)}
                for field, value in [*values.items(), ("organization_id", organization.pk)]
                if getattr(app, field) != value
            ]
            if not changes:
                result.unchanged += 1
                continue
            before = app.status
            for field, value in values.items():
                setattr(app, field, value)
            app.organization = organization
            to_update.append(app)
            events.append({"event": "application_updated", "obj": app, "changes": changes})
            events.append(status_migration(app, before, source=SOURCE))
        Application.objects.bulk_create(to_create, batch_size=500)
        if to_update:
            Application.objects.bulk_update(
                to_update, [*(f for f, _l in FIELD_MAP.values()), "status", "registered_on",
                            "organization"], batch_size=500)
        for app in to_create:
            events.append({"event": "application_created", "obj": app,
                           "data": {"source": SOURCE, "external_id": app.external_id}})
            events.append(status_migration(app, None, source=SOURCE))
        record_events([event for event in events if event], actor=actor)
        result.created, result.updated = len(to_create), len(to_update)
        result.organizations = Organization.objects.count() - before_orgs
    return result


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value
