"""The audit trail: structured events with stable snake_case names, chained by hashes.

Each entry's hash covers its content and the previous entry's hash, so changing or
removing any entry breaks the chain from there on; `regie audit verify` finds the break.
Writers first bump the single `AuditChainHead` row inside the transaction: on PostgreSQL
that row lock, on SQLite the immediate write lock, makes concurrent writers queue, so the
chain never forks.

Removing the newest entries together with the head row leaves a shorter chain that is
consistent in itself; anchors kept outside the table make that visible (see docs/audit.md):
the head frozen in every decision record, the head on the public transparency page, and
HMAC-signed checkpoints written by `regie audit anchor`. `verify_chain` checks every anchor
it is given: the entry at that position must still carry that hash.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from django.db import models, transaction
from django.db.models import F
from django.utils import timezone

from regie.audit.models import AuditChainHead, AuditEvent

GENESIS = "0" * 64

__all__ = [
    "Actor", "Anchor", "ChainBreak", "CheckpointError", "chain_head", "diff", "record_event",
    "record_events", "register_anchor_source", "registered_anchors", "sign_checkpoint",
    "read_checkpoints", "verify_chain", "SYSTEM",
]


@dataclass(frozen=True)
class Actor:
    """Who did something, and through which door (web, api, cli, gateway, system)."""

    user: Any = None
    via: str = "system"
    name: str = ""

    @property
    def label(self) -> str:
        if self.user is not None:
            return str(self.user.get_username())
        return self.name or self.via


SYSTEM = Actor(via="system", name="regie")


def _json_default(value: Any) -> str:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return str(value)


def _canonical(payload: dict[str, Any]) -> str:
    return json.dumps(
        payload, sort_keys=True, ensure_ascii=False, default=_json_default, separators=(",", ":")
    )


def _payload(entry: AuditEvent) -> dict[str, Any]:
    timestamp = entry.timestamp.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return {
        "timestamp": timestamp,
        "event": entry.event,
        "actor_id": entry.actor_id,
        "actor_name": entry.actor_name,
        "via": entry.via,
        "organization_id": entry.organization_id,
        "application_id": entry.application_id,
        "object_type": entry.object_type,
        "object_id": entry.object_id,
        "object_repr": entry.object_repr,
        "changes": entry.changes,
        "data": entry.data,
    }


def compute_hash(entry: AuditEvent, prev_hash: str) -> str:
    return hashlib.sha256((prev_hash + _canonical(_payload(entry))).encode()).hexdigest()


def _jsonable(value: Any) -> Any:
    return json.loads(_canonical({"v": value}))["v"]


def _claim_head(count: int) -> None:
    """Lock the chain head for this transaction by counting `count` new entries on it.

    The row normally exists (a migration creates it); when it has been removed, concurrent
    writers each try to insert it, all but one do nothing, and all then queue on the update.
    """
    if AuditChainHead.objects.filter(pk=1).update(length=F("length") + count):
        return
    AuditChainHead.objects.bulk_create([AuditChainHead(pk=1)], ignore_conflicts=True)
    AuditChainHead.objects.filter(pk=1).update(length=F("length") + count)


def record_event(
    event: str,
    *,
    actor: Actor,
    obj: models.Model | None = None,
    organization_id: int | None = None,
    application_id: int | None = None,
    changes: Iterable[dict[str, Any]] = (),
    data: dict[str, Any] | None = None,
) -> AuditEvent:
    """Append one event. `event` is a stable snake_case name such as `application_updated`."""
    if obj is not None:
        organization_id = organization_id or getattr(obj, "organization_id", None)
        if application_id is None:
            if obj._meta.label == "register.Application":
                application_id = obj.pk
            else:
                application_id = getattr(obj, "application_id", None)
    with transaction.atomic():
        _claim_head(1)
        head = AuditChainHead.objects.get(pk=1)
        entry = AuditEvent(
            timestamp=timezone.now(),
            event=event,
            actor_id=getattr(actor.user, "pk", None),
            actor_name=actor.label[:200],
            via=actor.via,
            organization_id=organization_id,
            application_id=application_id,
            object_type=obj._meta.label if obj is not None else "",
            object_id=str(obj.pk) if obj is not None and obj.pk is not None else "",
            object_repr=str(obj)[:300] if obj is not None else "",
            changes=_jsonable(list(changes)),
            data=_jsonable(data or {}),
            prev_hash=head.last_hash,
        )
        entry.hash = compute_hash(entry, head.last_hash)
        # The head moves before the save: receivers of the save's signal may record events
        # of their own, and those must chain onto this entry, not onto the one before it.
        AuditChainHead.objects.filter(pk=1).update(last_hash=entry.hash)
        entry.save()
    return entry


@dataclass(frozen=True)
class ChainBreak:
    entry_id: int
    problem: str


@dataclass(frozen=True)
class Anchor:
    """The chain head at one moment: `length` entries, the last with hash `hash`; `source`
    says where it was kept (a decision record, a signed checkpoint)."""

    length: int
    hash: str
    source: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {"length": self.length, "hash": self.hash}


def chain_head() -> Anchor:
    """The current head of the chain (as this transaction sees it)."""
    head = AuditChainHead.objects.filter(pk=1).first()
    if head is None:
        return Anchor(0, GENESIS)
    return Anchor(head.length, head.last_hash)


_ANCHOR_SOURCES: list[Callable[[], Iterable[Anchor]]] = []


def register_anchor_source(source: Callable[[], Iterable[Anchor]]) -> None:
    """Apps that keep chain heads of their own (the decision records) register a function
    returning them; `regie audit verify` checks them all (call from `AppConfig.ready`)."""
    if source not in _ANCHOR_SOURCES:
        _ANCHOR_SOURCES.append(source)


def registered_anchors() -> list[Anchor]:
    return [anchor for source in _ANCHOR_SOURCES for anchor in source()]


def verify_chain(batch_size: int = 2000, anchors: Iterable[Anchor] = ()) -> Iterator[ChainBreak]:
    """Yield every place where the chain does not hold, or does not reach an anchor;
    nothing when it is intact."""
    expected: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        if anchor.length > 0:
            expected.setdefault(anchor.length, []).append(anchor)
    prev = GENESIS
    last_id = 0
    count = 0
    queryset = AuditEvent.objects.order_by("id")
    while True:
        batch = list(queryset.filter(id__gt=last_id)[:batch_size])
        if not batch:
            break
        for entry in batch:
            count += 1
            if entry.prev_hash != prev:
                yield ChainBreak(
                    entry.id, "verwijst niet naar de vorige regel (regel weggehaald of ingevoegd)"
                )
            if compute_hash(entry, entry.prev_hash) != entry.hash:
                yield ChainBreak(entry.id, "inhoud komt niet overeen met de hash (gewijzigd)")
            for anchor in expected.pop(count, ()):
                if anchor.hash != entry.hash:
                    yield ChainBreak(entry.id, (
                        f"regel {count} wijkt af van het anker in {anchor.source} "
                        "(regels weggehaald, ingevoegd of herschreven)"))
            prev = entry.hash
            last_id = entry.id
    for length, missing in sorted(expected.items()):
        for anchor in missing:
            yield ChainBreak(last_id, (
                f"de keten telt {count} regels, maar {anchor.source} legde er {length} vast: "
                "regels zijn weggehaald"))
    head = AuditChainHead.objects.filter(pk=1).first()
    if head is None:
        if count:
            yield ChainBreak(last_id, "de kop van de keten ontbreekt (rij weggehaald)")
    elif head.last_hash != prev or head.length != count:
        yield ChainBreak(last_id, "laatste regel(s) ontbreken: de keten is korter dan vastgelegd")


# --- signed checkpoints (`regie audit anchor`) ---------------------------------------------

CHECKPOINT_FIELDS = ("length", "hash", "created_at")


class CheckpointError(ValueError):
    """A checkpoint line that cannot be read or whose signature does not match."""


def _signature(key: str, fields: dict[str, Any]) -> str:
    message = _canonical({k: fields[k] for k in CHECKPOINT_FIELDS})
    return hmac.new(key.encode(), message.encode(), hashlib.sha256).hexdigest()


def sign_checkpoint(key: str) -> dict[str, Any]:
    """The current chain head as a checkpoint signed with HMAC-SHA256 under `key`."""
    head = chain_head()
    fields = {**head.as_dict(), "created_at": timezone.now().astimezone(dt.UTC).isoformat()}
    return {**fields, "signature": _signature(key, fields)}


def read_checkpoints(lines: Iterable[str], key: str, source: str) -> list[Anchor]:
    """The anchors in checkpoint lines (one JSON object a line); a line that is not a
    checkpoint or whose signature does not match raises `CheckpointError`."""
    anchors = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{source}, regel {number}"
        try:
            fields = json.loads(line)
            length, hash_ = int(fields["length"]), str(fields["hash"])
            signature = str(fields["signature"])
            expected = _signature(key, fields)
        except (ValueError, KeyError, TypeError) as exc:
            raise CheckpointError(f"{where}: geen leesbaar controlepunt") from exc
        if not hmac.compare_digest(signature, expected):
            raise CheckpointError(
                f"{where}: de handtekening klopt niet (gewijzigd, of een andere sleutel)")
        anchors.append(Anchor(length, hash_, f"controlepunt {where} ({fields['created_at']})"))
    return anchors


def diff(before: dict[str, Any], after: dict[str, Any]) -> list[dict[str, Any]]:
    """Field-level changes between two flat or nested dicts, as `{field, old, new}` rows."""
    flat_before, flat_after = _flatten(before), _flatten(after)
    rows = []
    for key in sorted(set(flat_before) | set(flat_after)):
        old, new = flat_before.get(key), flat_after.get(key)
        if old != new:
            rows.append({"field": key, "old": old, "new": new})
    return rows


def _flatten(value: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, item in value.items():
        name = f"{prefix}{key}"
        if isinstance(item, dict):
            flat.update(_flatten(item, f"{name}."))
        else:
            flat[name] = _jsonable(item)
    return flat


def record_events(specs: list[dict[str, Any]], *, actor: Actor) -> int:
    """Append many events in one go (bulk imports); each spec holds `record_event`'s keyword
    arguments plus `event` and `obj`. Chained exactly as if recorded one by one."""
    if not specs:
        return 0
    with transaction.atomic():
        _claim_head(len(specs))
        prev = AuditChainHead.objects.get(pk=1).last_hash
        now = timezone.now()
        entries = []
        for spec in specs:
            obj = spec["obj"]
            entry = AuditEvent(
                timestamp=now,
                event=spec["event"],
                actor_id=getattr(actor.user, "pk", None),
                actor_name=actor.label[:200],
                via=actor.via,
                organization_id=getattr(obj, "organization_id", None),
                application_id=spec.get("application_id", obj.pk),
                object_type=obj._meta.label,
                object_id=str(obj.pk),
                object_repr=str(obj)[:300],
                changes=_jsonable(list(spec.get("changes", ()))),
                data=_jsonable(spec.get("data") or {}),
                prev_hash=prev,
            )
            entry.hash = prev = compute_hash(entry, prev)
            entries.append(entry)
        AuditEvent.objects.bulk_create(entries, batch_size=500)
        AuditChainHead.objects.filter(pk=1).update(last_hash=prev)
    return len(entries)
