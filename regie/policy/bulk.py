"""Dossiers of many applications at once, straight from `values()` queries.

`register.service.evidenced_dossier` builds one dossier as it counts from model instances;
re-evaluating 100,000 applications that way costs minutes, so this module fetches the same
facts as plain rows in a few queries per batch, builds the same normalised dossiers and
merges the evidence the same way: the records of a whole batch are looked up once per
evidenced fact (`regie.register.evidence.batch_proofs`), so a typed claim without its record
is not counted here either.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from decimal import Decimal
from functools import lru_cache
from typing import Any

from django.db.models import QuerySet

from regie.policy.engine import facts_for, path_reader
from regie.policy.rules import MODELS_PREFIX
from regie.register import dossier as fmt
from regie.register.evidence import batch_proofs, counted_facts, evidenced_paths, merge_many
from regie.register.models import AIModel, Application

__all__ = ["iter_dossiers", "iter_facts"]

_MODEL_COLUMNS = [field for _key, field, _kind in fmt.MODEL_FIELDS]


def _value(value: Any, kind: str) -> Any:
    if kind in ("text", "choice"):
        return (value.strip() if isinstance(value, str) else value) or None
    if kind == "date":
        return value.isoformat() if value else None
    if kind == "number" and isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


@lru_cache(maxsize=256)
def _split(path: str) -> tuple[tuple[str, ...], str]:
    *parents, leaf = path.split(".")
    return tuple(parents), leaf


def _put(result: dict[str, Any], path: str, value: Any) -> None:
    node = result
    parents, leaf = _split(path)
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


class _Related:
    """The related rows of one batch: list facts and the other models, per application."""

    def __init__(self, rows: list[dict[str, Any]]) -> None:
        ids = [row["id"] for row in rows]
        self.lists = {
            path: _grouped(getattr(Application, related).rel.related_model, "application_id",
                           value_field, ids)
            for path, related, value_field, _vocabulary in fmt.LIST_FIELDS
        }
        self.others = _grouped(Application.other_models.through, "application_id",
                               "aimodel_id", ids)
        other_ids = {pk for pks in self.others.values() for pk in pks}
        self.other_models = {
            row["id"]: _model(row) for row in
            AIModel.objects.filter(pk__in=other_ids).values("id", *_MODEL_COLUMNS)}

    def list_values(self, path: str, row: dict[str, Any]) -> list[Any]:
        return sorted(self.lists[path].get(row["id"], ()))

    def others_of(self, row: dict[str, Any]) -> list[dict[str, Any]]:
        return [self.other_models[pk] for pk in sorted(self.others.get(row["id"], ()))
                if pk != row["model__id"]]


def _supplier(row: dict[str, Any]) -> dict[str, Any] | None:
    if not row["supplier__id"]:
        return None
    return {key: _value(row[f"supplier__{field}"], kind)
            for key, field, kind in fmt.SUPPLIER_FIELDS}


def _dossier(row: dict[str, Any], related: _Related) -> dict[str, Any]:
    result: dict[str, Any] = {"slug": row["slug"], "organization": row["organization__name"]}
    for path, field, kind in fmt.SCALAR_FIELDS:
        _put(result, path, _value(row[field], kind))
    for path in related.lists:
        _put(result, path, related.list_values(path, row))
    result["model"] = _model(row, "model__")
    result["other_models"] = related.others_of(row)
    result["supplier"] = _supplier(row)
    return result


_SCALARS = {path: (field, kind) for path, field, kind in fmt.SCALAR_FIELDS}
_LISTS = {path for path, *_rest in fmt.LIST_FIELDS}


def _facts(row: dict[str, Any], related: _Related, paths: frozenset[str]) -> dict[str, Any]:
    """Only the facts asked for, read from the row without building the whole dossier."""
    facts: dict[str, Any] = {}
    main = _model(row, "model__")
    models = None
    for path in paths:
        if path in _SCALARS:
            field, kind = _SCALARS[path]
            facts[path] = _value(row[field], kind)
        elif path in _LISTS:
            facts[path] = related.list_values(path, row)
        elif path == "model":
            facts[path] = main
        elif path == "supplier":
            facts[path] = _supplier(row)
        elif path.startswith("model."):
            facts[path] = path_reader(path[len("model."):])(main) if main else None
        else:
            if models is None:
                models = [m for m in [main, *related.others_of(row)] if m]
            read = path_reader(path[len(MODELS_PREFIX):])
            facts[path] = [v for v in map(read, models) if v is not None]
    return facts


_FAST_PATHS = frozenset(
    {*_SCALARS, *_LISTS, "model", "supplier"}
    | {f"{prefix}{key}" for key, _f, _k in fmt.MODEL_FIELDS for prefix in ("model.",
                                                                             MODELS_PREFIX)})


_BASE_COLUMNS = ["id", "slug", "organization_id", "organization__name", "model__id",
                 "supplier__id", *(f"model__{c}" for c in _MODEL_COLUMNS)]
_ALL_COLUMNS = [*_BASE_COLUMNS, *(f"supplier__{f}" for _k, f, _kind in fmt.SUPPLIER_FIELDS),
                *(field for _path, field, _kind in fmt.SCALAR_FIELDS)]


def _rows(queryset: QuerySet, batch_size: int, columns: list[str] = _ALL_COLUMNS
          ) -> Iterator[tuple[list[dict[str, Any]], _Related]]:
    last = 0
    while True:
        rows = list(queryset.filter(pk__gt=last).order_by("pk").values(*columns)[:batch_size])
        if not rows:
            return
        yield rows, _Related(rows)
        last = rows[-1]["id"]


def iter_dossiers(queryset: QuerySet, *, batch_size: int = 2000
                  ) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """(row with id and organization_id, the normalised dossier as it counts) for every
    application, by pk: what `evidenced_dossier` gives for each."""
    for rows, related in _rows(queryset, batch_size):
        dossiers = {row["id"]: _dossier(row, related) for row in rows}
        merge_many(dossiers)
        for row in rows:
            yield row, dossiers[row["id"]]


def iter_facts(queryset: QuerySet, paths: frozenset[str], *, batch_size: int = 2000
               ) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """(row, the facts at `paths` as they count) for every application: what re-evaluation
    needs.

    When the paths allow it, only their columns (and the records of the evidenced facts
    among them) are fetched and no dossier is built."""
    if not paths <= _FAST_PATHS:
        for row, dossier in iter_dossiers(queryset, batch_size=batch_size):
            yield row, facts_for(dossier, paths)
        return
    columns = [*_BASE_COLUMNS, *(_SCALARS[p][0] for p in paths if p in _SCALARS)]
    if "supplier" in paths:
        columns += [f"supplier__{f}" for _k, f, _kind in fmt.SUPPLIER_FIELDS]
    evidenced = paths.intersection(evidenced_paths())
    for rows, related in _rows(queryset, batch_size, list(dict.fromkeys(columns))):
        proofs = batch_proofs([row["id"] for row in rows], evidenced) if evidenced else {}
        for row in rows:
            facts = _facts(row, related, paths)
            counted_facts(facts, row["id"], proofs)
            yield row, facts
