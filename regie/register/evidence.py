"""Declared and evidenced facts of a dossier.

The dossier's typed values are *declarations*. Where Regie holds the record that shows a
fact (a completed instrument run, advice, a publication, training records, an agreement
record), the app that owns the record registers a provider for the fact's dossier path in
its `AppConfig.ready()`:

    from regie.register.evidence import Proof, register_fact
    register_fact("advice.fg", lambda application: Proof("given", "Advies FG", url) or None,
                  claims={"given"}, unmet="requested")

`evidenced_dossier(application)` merges both: an evidenced fact takes the value its record
shows; a declaration that claims what only evidence can show (`claims`) is replaced by
`unmet` — shown, never counted; any other declaration (for instance "not applicable") stays.
The policy evaluator, the steps and checklist, the Algoritmeregister export and the reports
read this merged dossier; the dossier file (`dossier_for`) keeps the declarations. The
register itself knows nothing about the other apps.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Any

from django.dispatch import Signal

from regie.register.dossier import get_path

__all__ = [
    "Proof", "FactState", "register_fact", "register_declaration_origin", "evidenced_paths",
    "facts_for", "counted_value", "prefetch_evidence", "merge_evidence", "fact_withdrawn",
    "evidence_withdrawn", "EvidenceForm", "FormField", "register_evidence_form", "evidence_forms",
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


@dataclass(frozen=True)
class _Provider:
    path: str
    evidence: Callable[[Any], Proof | None]
    claims: Collection[Any]
    unmet: Any
    batch: Callable[[list[int]], dict[int, Proof]] | None = None


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


def register_fact(path: str, evidence: Callable[[Any], Proof | None], *,
                  claims: Collection[Any], unmet: Any,
                  batch: Callable[[list[int]], dict[int, Proof]] | None = None) -> None:
    """Evidence the dossier fact `path` from a record; registering a path again replaces it.
    `claims`: declared values that only evidence may make true; `unmet`: the value such a
    declaration counts as while no record shows it; `batch` (optional): the proofs of many
    applications (by id) in one query, for exports (`prefetch_evidence`)."""
    _PROVIDERS[path] = _Provider(path, evidence, claims, unmet, batch)


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


def _origin(application: Any) -> str:
    return next((text for text in (o(application) for o in _ORIGINS) if text), "")


_NOT_FETCHED = object()


def prefetch_evidence(applications: list[Any], paths: Collection[str]) -> None:
    """Look up the records of many applications at once, for the facts whose providers have a
    batch form; `counted_value` then uses them instead of one query per application."""
    ids = [a.pk for a in applications]
    for path in paths:
        provider = _PROVIDERS.get(path)
        if provider is None or provider.batch is None:
            continue
        proofs = provider.batch(ids)
        for application in applications:
            application.__dict__.setdefault("_prefetched_evidence", {})[path] = proofs.get(
                application.pk)


def _fact(provider: _Provider, application: Any, declared: Any, origin: str) -> FactState:
    proof = application.__dict__.get("_prefetched_evidence", {}).get(provider.path, _NOT_FETCHED)
    if proof is _NOT_FETCHED:
        proof = provider.evidence(application)
    if proof is not None:
        value = proof.value
    elif declared in provider.claims:
        value = provider.unmet
    else:
        value = declared
    return FactState(provider.path, declared, value, proof,
                     origin if proof is None and declared is not None else "")


def facts_for(application: Any, dossier: dict[str, Any]) -> dict[str, FactState]:
    """Per evidenced path: the declaration in `dossier` (normalised), the evidence, the value
    that counts."""
    origin = _origin(application)
    return {path: _fact(provider, application, get_path(dossier, path), origin)
            for path, provider in _PROVIDERS.items()}


def counted_value(application: Any, path: str, declared: Any) -> Any:
    """The value of one fact that counts, for code that reads single fields of many
    applications (exports): a declaration that claims the fact needs its record; one that
    claims nothing is taken as it is, without looking for records."""
    provider = _PROVIDERS.get(path)
    if provider is None or declared not in provider.claims:
        return declared
    return _fact(provider, application, declared, "").value


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


def evidence_withdrawn(application: Any, *, fact: str, actor: Any, reason: str = "") -> None:
    """Tell who listens that the record evidencing `fact` of `application` was withdrawn."""
    fact_withdrawn.send(sender=None, application=application, fact=fact, actor=actor,
                        reason=reason)
