"""Exports of the register: Algoritmeregister records (JSON) and the CMDB list (CSV / Excel)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

from django.db.models import QuerySet
from django.utils.translation import gettext as _

from regie.publication import integrations
from regie.publication.mapper import MappedRecord, to_record
from regie.publication.standard import FieldDef
from regie.register import constants as c
from regie.register.evidence import prefetch_evidence
from regie.register.models import AIModel, Application, ApplicationTask, Organization, Supplier

__all__ = [
    "algoritmeregister_records",
    "todo_report",
    "CMDB_COLUMNS",
    "cmdb_rows",
    "cmdb_csv",
    "cmdb_xlsx",
]


# the evidenced facts the mapper reads
EVIDENCED_FIELDS = ("assessments.dpia", "assessments.iama", "assessments.ai_act.risk")


def algoritmeregister_records(
    applications: QuerySet[Application], fields: dict[str, FieldDef] | None = None
) -> list[MappedRecord]:
    """One mapped record per application, in five queries plus a few per 2,000 applications
    for the evidenced DPIA, IAMA and AI-Act class (`prefetch_evidence`), however many there
    are."""
    tasks: dict[int, list[str]] = defaultdict(list)
    for application_id, task in ApplicationTask.objects.filter(
        application__in=applications.values("pk")
    ).values_list("application_id", "task"):
        tasks[application_id].append(task)
    # The few organisations, models and suppliers are read once and shared by every row,
    # instead of being built again for each application by a join.
    related = {
        name: {
            obj.pk: obj for obj in model.objects.filter(pk__in=applications.values(f"{name}_id"))
        }
        for name, model in (
            ("organization", Organization),
            ("model", AIModel),
            ("supplier", Supplier),
        )
    }
    result = []
    chunk: list[Application] = []

    def flush() -> None:
        prefetch_evidence(chunk, EVIDENCED_FIELDS)  # their records, per 2,000 at once
        result.extend(to_record(app, fields) for app in chunk)
        chunk.clear()

    for app in applications.order_by("organization__name", "name", "pk").iterator(chunk_size=2000):
        for name, objects in related.items():
            getattr(Application, name).field.set_cached_value(
                app, objects.get(getattr(app, f"{name}_id"))
            )
        app._export_tasks = tasks.get(app.pk, [])
        chunk.append(app)
        if len(chunk) == 2000:
            flush()
    flush()
    return result


def todo_report(mapped: Iterable[MappedRecord]) -> Iterator[str]:
    """The to-do list, one line per missing or refused field, grouped by application."""
    for item in mapped:
        for todo in item.todo:
            kind = _("verplicht") if todo.required else _("aanbevolen")
            yield f"{item.slug}: {todo.field} ({kind}): {todo.reason}"


CMDB_COLUMNS = [
    "id",
    "name",
    "organization",
    "owner",
    "owner_email",
    "supplier",
    "model",
    "model_provider",
    "hosting",
    "data_classification",
    "status",
    "review_date",
]


def _classification(app: Application) -> str:
    if app.data_special_categories:
        return _("Bijzondere persoonsgegevens")
    if app.data_confidential:
        return _("Vertrouwelijk")
    if app.data_personal:
        return _("Persoonsgegevens")
    if app.data_personal is False and app.data_confidential is False:
        return _("Geen persoonsgegevens of vertrouwelijke gegevens")
    return _("Onbekend")


def cmdb_rows(applications: QuerySet[Application]) -> Iterator[dict[str, Any]]:
    """The processes that use AI (every application with a model, or in use), one row each."""
    from django.db.models import Q

    queryset = (
        applications.filter(Q(model__isnull=False) | Q(status=c.Status.IN_USE))
        .select_related("organization", "model", "supplier")
        .order_by("organization__name", "name", "pk")
    )
    review = integrations.review_dates(queryset)
    for app in queryset.iterator(chunk_size=2000):
        model = app.model
        yield {
            "id": app.slug,
            "name": app.name,
            "organization": app.organization.name,
            "owner": app.owner_name,
            "owner_email": app.owner_email,
            "supplier": app.supplier.name if app.supplier else "",
            "model": model.name if model else "",
            "model_provider": model.provider if model else "",
            "hosting": model.get_hosting_display() if model and model.hosting else "",
            "data_classification": _classification(app),
            "status": app.get_status_display(),
            "review_date": review.get(app.pk, ""),
        }


def cmdb_csv(rows: Iterable[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CMDB_COLUMNS)
    writer.writeheader()
    for row in rows:
        writer.writerow({key: _csv_safe(value) for key, value in row.items()})
    return buffer.getvalue()


def _csv_safe(value: Any) -> Any:
    """Keep spreadsheet programs from running text that looks like a formula."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value.isoformat() if isinstance(value, dt.date) else value


def cmdb_xlsx(rows: Iterable[dict[str, Any]]) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("AI-toepassingen")
    sheet.append(CMDB_COLUMNS)
    for row in rows:
        sheet.append(
            [
                _csv_safe(row[column]) if isinstance(row[column], str) else row[column]
                for column in CMDB_COLUMNS
            ]
        )
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
