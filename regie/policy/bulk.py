"""Dossiers of many applications at once, straight from `values()` queries.

`register.service.dossier_for` builds one dossier from model instances; re-evaluating
100,000 applications that way costs minutes, so this module fetches the same facts as
plain rows in a few queries per batch and builds the same normalised dossiers.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from django.db.models import QuerySet

from regie.register import dossier as fmt
from regie.register.models import AIModel, Application

__all__ = ["iter_dossiers"]

_MODEL_COLUMNS = [field for _key, field, _kind in fmt.MODEL_FIELDS]


def _value(value: Any, kind: str) -> Any:
    if kind in ("text", "choice"):
        return (value.strip() if isinstance(value, str) else value) or None
    if kind == "date":
        return value.isoformat() if value else None
    if kind == "number" and isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def _put(result: dict[str, Any], path: str, value: Any) -> None:
    node = result
    *parents, leaf = path.split(".")
    for part in parents:
        node = node.setdefault(part, {})
    node[leaf] = value


def _model(row: dict[str, Any], prefix: str = "") -> dict[str, Any] | None:
    if row.get(f"{prefix}id") is None:
        return None
    result: dict[str, Any] = {}
    for key, field, kind in fmt.MODEL_FIELDS:
        _put(result, key, _value(row[f"{prefix}{field}"], kind))
    return result


def _grouped(model, fk: str, value: str, ids: list[int]) -> dict[int, list[Any]]:
    grouped: dict[int, list[Any]] = defaultdict(list)
    for owner, item in model.objects.filter(**{f"{fk}__in": ids}).values_list(fk, value):
        grouped[owner].append(item)
    return grouped


def _batch(rows: list[dict[str, Any]]) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    ids = [row["id"] for row in rows]
    lists = {
        path: _grouped(getattr(Application, related).rel.related_model, "application_id",
                       value_field, ids)
        for path, related, value_field, _vocabulary in fmt.LIST_FIELDS
    }
    through = Application.other_models.through
    others = _grouped(through, "application_id", "aimodel_id", ids)
    other_ids = {pk for pks in others.values() for pk in pks}
    other_rows = {row["id"]: _model(row) for row in
                  AIModel.objects.filter(pk__in=other_ids).values("id", *_MODEL_COLUMNS)}
    for row in rows:
        result: dict[str, Any] = {"slug": row["slug"], "organization": row["organization__name"]}
        for path, field, kind in fmt.SCALAR_FIELDS:
            _put(result, path, _value(row[field], kind))
        for path in lists:
            _put(result, path, sorted(lists[path].get(row["id"], ())))
        result["model"] = _model(row, "model__")
        result["other_models"] = [other_rows[pk] for pk in sorted(others.get(row["id"], ()))
                                  if pk != row["model__id"]]
        result["supplier"] = ({key: _value(row[f"supplier__{field}"], kind)
                               for key, field, kind in fmt.SUPPLIER_FIELDS}
                              if row["supplier__id"] else None)
        yield row, result


def iter_dossiers(queryset: QuerySet, *, batch_size: int = 2000
                  ) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """(row with id and organization_id, normalised dossier) for every application, by pk."""
    columns = ["id", "slug", "organization_id", "organization__name", "model__id",
               "supplier__id", *(f"supplier__{f}" for _k, f, _kind in fmt.SUPPLIER_FIELDS),
               *(field for _path, field, _kind in fmt.SCALAR_FIELDS),
               *(f"model__{c}" for c in _MODEL_COLUMNS)]
    last = 0
    while True:
        rows = list(queryset.filter(pk__gt=last).order_by("pk").values(*columns)[:batch_size])
        if not rows:
            return
        yield from _batch(rows)
        last = rows[-1]["id"]
