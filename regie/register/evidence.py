"""Declared and evidenced facts of a dossier.

The dossier's typed values are *declarations*. Where Regie holds the record that shows a
fact (a completed instrument run, advice, a publication, training records, an agreement
record), the app that owns the record registers a provider for the fact's dossier path in
its `AppConfig.ready()`. A provider answers for many applications at once — a query or two
for a whole batch, never one per application — and one application is a batch of one:

    from regie.register.evidence import Proof, register_fact
    register_fact("advice.fg", proofs=lambda ids: {pk: Proof("given", "Advies FG", url) …},
                  claims={"given"}, unmet="requested")

`evidenced_dossier(application)` merges both: an evidenced fact takes the value its record
shows; a declaration that claims what only evidence can show (`claims`) is replaced by
`unmet` — shown, never counted; any other declaration (for instance "not applicable") stays.
`merge_many` does the same for a batch of plain dossiers (re-evaluation, the allowed-tools
page), `prefetch_evidence` for a batch of model instances (exports). The policy evaluator,
the steps and checklist, the Algoritmeregister export and the reports read this merged
dossier; the dossier file (`dossier_for`) keeps the declarations. The register itself knows
nothing about the other apps.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Any

from django.db.models import Case, F, Q, QuerySet, Value, When
from django.dispatch import Signal

from regie.register.dossier import get_path

__all__ = [
    "Proof", "FactState", "register_fact", "register_declaration_origin", "evidenced_paths",
    "evidenced_filter", "counted_expression", "facts_for", "counted_value", "batch_proofs",
    "prefetch_evidence", "merge_evidence", "merge_many", "fact_lines", "counted_facts",
    "fact_withdrawn", "evidence_withdrawn", "EvidenceForm", "FormField", "register_evidence_form",
    "evidence_forms",
]

# Sent when a record that evidenced a fact is withdrawn: the procedure listens (an approved
# or used application whose fact no longer holds goes back to review).
fact_withdrawn = Signal()


@dataclass(frozen=True)
class Proof:
    """What a record shows: the fact's value, a Dutch description and a link to the record."""

    value: Any
    label: str
    url: str = ""


Proofs = Callable[[list[int]], dict[int, Proof]]


@dataclass(frozen=True)
class _Provider:
    path: str
    proofs: Proofs
    claims: Collection[Any]
    unmet: Any
    holders: Callable[[], QuerySet] | None = None

    def counted(self, declared: Any, proof: Proof | None) -> Any:
        """The value that counts: the record's, else the declaration unless it claims what
        only a record can show."""
        if proof is not None:
            return proof.value
        return self.unmet if declared in self.claims else declared


@dataclass(frozen=True)
class FactState:
    """One evidenced fact of one application: what was declared and what counts."""

    path: str
    declared: Any
    value: Any
    proof: Proof | None
    origin: str = ""

    @property
    def evidenced(self) -> bool:
        return self.proof is not None

    @property
    def state(self) -> str:
        """`evidenced`, `declared` (claimed without evidence: does not count) or `open`."""
        if self.proof is not None:
            return "evidenced"
        return "declared" if self.declared != self.value else "open"

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "state": self.state,
            "value": self.value,
            "declared": self.declared,
            "declared_by": self.origin or None,
            "evidence": (
                {"label": self.proof.label, "url": self.proof.url or None}
                if self.proof is not None else None
            ),
        }


@dataclass(frozen=True)
class FormField:
    """One field of an evidence form shown in the checklist: `kind` is `file`, `text` or
    `hidden`."""

    name: str
    kind: str
    label: str = ""
    value: str = ""
    help: str = ""


@dataclass(frozen=True)
class EvidenceForm:
    """Where a person records the evidence of a fact: a link (`method` get, no fields) or a
    small form sent to the app that keeps the record, shown in place on the checklist. The
    app's view returns to the `next` address it is given (the procedure page)."""

    label: str
    url: str
    method: str = "get"
    fields: tuple[FormField, ...] = ()
    intro: str = ""

    @property
    def has_file(self) -> bool:
        return any(f.kind == "file" for f in self.fields)


_PROVIDERS: dict[str, _Provider] = {}
_FORMS: dict[str, Callable[[Any, Any], EvidenceForm | None]] = {}
_ORIGINS: list[Callable[[Any], str]] = []


def register_fact(path: str, *, proofs: Proofs, claims: Collection[Any], unmet: Any,
                  holders: Callable[[], QuerySet] | None = None) -> None:
    """Evidence the dossier fact `path` from a record; registering a path again replaces it.
    `proofs`: application ids → the proof of each that has one, in a fixed number of queries
    whatever the number of ids; `claims`: declared values that only evidence may make true;
    `unmet`: the value such a declaration counts as while no record shows it; `holders`
    (optional): the ids of all applications with such a record, as a query (`values` of one
    column), for lists that filter on the fact (`evidenced_filter`)."""
    _PROVIDERS[path] = _Provider(path, proofs, claims, unmet, holders)


def register_evidence_form(path: str,
                           provide: Callable[[Any, Any], EvidenceForm | None]) -> None:
    """Say how a person records the evidence of `path`: `provide(application, user)` returns
    the form, or None when this user may not record it (no link to a door that is shut)."""
    _FORMS[path] = provide


def evidence_forms(application: Any, user: Any, paths: Collection[str]) -> list[EvidenceForm]:
    """The forms `user` may use to evidence the given facts, each form once."""
    forms: list[EvidenceForm] = []
    for path in paths:
        provide = _FORMS.get(path)
        form = provide(application, user) if provide is not None else None
        if form is not None and form not in forms:
            forms.append(form)
    return forms


def register_declaration_origin(origin: Callable[[Any], str]) -> None:
    """Say where an application's declarations come from (e.g. another organisation's
    dossier it was reused from); an empty string when they are its own."""
    if origin not in _ORIGINS:
        _ORIGINS.append(origin)


def evidenced_paths() -> list[str]:
    return list(_PROVIDERS)


def evidenced_filter(path: str) -> Q:
    """A filter for the applications whose record evidences `path` (as a subquery, whatever
    the register's size); none match a fact without a registered query."""
    provider = _PROVIDERS.get(path)
    if provider is None or provider.holders is None:
        return Q(pk__in=[])
    return Q(pk__in=provider.holders())


def counted_expression(path: str, field: str) -> Case | F:
    """The fact `path` as it counts, as a database expression over its column `field`, for
    GROUP BY counts (dashboards): a declaration that claims what only a record shows counts
    as `unmet` for applications without such a record (`evidenced_filter`); any other value
    as declared. (The records of these facts write the value they show into the dossier —
    the AI-Act decision tree its class — so the column holds what the record shows.)"""
    provider = _PROVIDERS.get(path)
    if provider is None:
        return F(field)
    return Case(When(Q(**{f"{field}__in": list(provider.claims)}) & ~evidenced_filter(path),
                     then=Value(provider.unmet)), default=F(field))


def _origin(application: Any) -> str:
    return next((text for text in (o(application) for o in _ORIGINS) if text), "")


_NOT_FETCHED = object()


def batch_proofs(ids: list[int], paths: Collection[str] | None = None
                 ) -> dict[str, dict[int, Proof]]:
    """Per evidenced fact (all, or those among `paths`): the proofs of the applications
    `ids` that have one — one provider call per fact for the whole batch."""
    return {path: provider.proofs(ids) for path, provider in _PROVIDERS.items()
            if paths is None or path in paths}


def prefetch_evidence(applications: list[Any], paths: Collection[str] | None = None) -> None:
    """Look up the records of many applications at once; `counted_value`, `facts_for` and
    `merge_evidence` then use them instead of querying per application."""
    for path, proofs in batch_proofs([a.pk for a in applications], paths).items():
        for application in applications:
            application.__dict__.setdefault("_prefetched_evidence", {})[path] = proofs.get(
                application.pk)


def _proof(provider: _Provider, application: Any) -> Proof | None:
    proof = application.__dict__.get("_prefetched_evidence", {}).get(provider.path, _NOT_FETCHED)
    if proof is _NOT_FETCHED:
        proof = provider.proofs([application.pk]).get(application.pk)
    return proof


def _fact(provider: _Provider, application: Any, declared: Any, origin: str) -> FactState:
    proof = _proof(provider, application)
    return FactState(provider.path, declared, provider.counted(declared, proof), proof,
                     origin if proof is None and declared is not None else "")


def facts_for(application: Any, dossier: dict[str, Any]) -> dict[str, FactState]:
    """Per evidenced path: the declaration in `dossier` (normalised), the evidence, the value
    that counts."""
    origin = _origin(application)
    return {path: _fact(provider, application, get_path(dossier, path), origin)
            for path, provider in _PROVIDERS.items()}


def counted_value(application: Any, path: str, declared: Any) -> Any:
    """The value of one fact that counts, for code that reads single fields of many
    applications (exports, after `prefetch_evidence`)."""
    provider = _PROVIDERS.get(path)
    if provider is None:
        return declared
    return provider.counted(declared, _proof(provider, application))


def fact_lines(facts: dict[str, FactState]) -> list[str]:
    """Per evidenced fact, one Dutch line: evidenced (with its record), only declared (does
    not count), or open — beside a dossier file, which holds the declarations only."""
    lines = ["Bewezen en alleen verklaarde feiten (alleen bewezen feiten tellen in Regie):"]
    for path, fact in facts.items():
        if fact.proof is not None:
            where = f" ({fact.proof.url})" if fact.proof.url else ""
            text = f"bewezen: {fact.proof.label}{where}"
        elif fact.state == "declared":
            by = f", {fact.origin}" if fact.origin else ""
            text = f"alleen verklaard ({json.dumps(fact.declared)}{by}): telt niet"
        else:
            text = "open"
        lines.append(f"{path}: {' '.join(text.split())}")
    return lines


def _set(data: dict[str, Any], path: str, value: Any) -> None:
    node = data
    *parents, leaf = path.split(".")
    for part in parents:
        if not isinstance(node.get(part), dict):
            node[part] = {}
        node = node[part]
    node[leaf] = value


def merge_evidence(application: Any, dossier: dict[str, Any]
                   ) -> tuple[dict[str, Any], dict[str, FactState]]:
    """A copy of `dossier` with the value that counts for every evidenced fact, and the facts."""
    facts = facts_for(application, dossier)
    merged = copy.deepcopy(dossier)
    for path, fact in facts.items():
        _set(merged, path, fact.value)
    return merged, facts


def merge_many(dossiers: dict[int, dict[str, Any]]) -> None:
    """Make each plain dossier (by application id) the dossier as it counts, in place, as
    `merge_evidence` does for one: the records of the whole batch are looked up once per fact
    (`batch_proofs`)."""
    for path, by_id in batch_proofs(list(dossiers)).items():
        provider = _PROVIDERS[path]
        for pk, dossier in dossiers.items():
            _set(dossier, path, provider.counted(get_path(dossier, path), by_id.get(pk)))


def counted_facts(facts: dict[str, Any], pk: int, proofs: dict[str, dict[int, Proof]]) -> None:
    """The same for facts read by path (`{"advice.fg": …}`) instead of whole dossiers."""
    for path, by_id in proofs.items():
        if path in facts:
            facts[path] = _PROVIDERS[path].counted(facts[path], by_id.get(pk))


def evidence_withdrawn(application: Any, *, fact: str, actor: Any, reason: str = "") -> None:
    """Tell who listens that the record evidencing `fact` of `application` was withdrawn."""
    fact_withdrawn.send(sender=None, application=application, fact=fact, actor=actor,
                        reason=reason)
