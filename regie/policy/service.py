"""The policy app's public face: evaluate dossiers and applications against the active
policy, load new policy versions, re-evaluate the register.

Other apps (workflow's approval gate, publication's dashboards) import only from here.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from django.db import DatabaseError, transaction
from django.utils import timezone

from regie.audit.service import SYSTEM, Actor, record_event
from regie.policy.bulk import iter_facts
from regie.policy.engine import Evaluation, Finding, evaluate, evaluate_facts, needed_paths
from regie.policy.models import EvaluationRecord, PolicyVersion
from regie.policy.rules import (
    NATIONAL_FILE,
    Policy,
    PolicyError,
    national_policy,
    parse_policy_text,
    read_policy_file,
)
from regie.register.models import Application, Organization
from regie.register.service import evidenced_dossier, with_dossier_relations

__all__ = [
    "Evaluation", "Finding", "PolicyError", "RuleDiff", "evaluate_dossier",
    "evaluate_application", "latest_evaluation", "record_findings", "reevaluate_all",
    "load_policy", "load_policy_file", "activate_version", "active_policy", "active_versions",
    "diff_policies", "policy_of", "cli_policy",
]

_PARSED: dict[str, Policy] = {}


def policy_of(version: PolicyVersion) -> Policy:
    """The compiled policy of a stored version (cached by content hash; content never changes)."""
    policy = _PARSED.get(version.content_hash)
    if policy is None:
        policy = parse_policy_text(version.content, source=f"beleidsversie {version.version}")
        _PARSED[version.content_hash] = policy
    return policy


def evaluate_dossier(dossier: dict[str, Any], *, policy: Policy | None = None) -> Evaluation:
    """Evaluate a normalised dossier; pure. Without `policy`: the national policy in the package."""
    return evaluate(dossier, policy or national_policy())


# --- policy versions -----------------------------------------------------------------------

def _national_version() -> PolicyVersion:
    """The active national version; the packaged policy is stored the first time it is needed."""
    version = PolicyVersion.objects.filter(organization__isnull=True, active=True).first()
    if version is not None:
        return version
    text = NATIONAL_FILE.read_text(encoding="utf-8")
    return load_policy(content=text, source=NATIONAL_FILE.name,
                       actor=Actor(via="system", name="regie (meegeleverd beleid)"))


def active_versions(organization: Organization | int | None
                    ) -> tuple[PolicyVersion, PolicyVersion | None]:
    """(national version, the organisation's extra rules or None)."""
    national = _national_version()
    extra = None
    if organization is not None:
        extra = PolicyVersion.objects.filter(organization=organization, active=True).first()
    return national, extra


def _combine(national: PolicyVersion, extra: PolicyVersion | None) -> Policy:
    policy = policy_of(national)
    if extra is None:
        return policy
    try:
        return policy.extended_by(policy_of(extra))
    except PolicyError:
        # A new national version took an id the organisation also uses: the national rule
        # wins until the organisation reloads its rules.
        own = policy_of(extra)
        taken = {r.id for r in policy.rules}
        return policy.extended_by(Policy(version=own.version, title=own.title, rules=tuple(
            r for r in own.rules if r.id not in taken)))


def active_policy(organization: Organization | int | None = None) -> Policy:
    return _combine(*active_versions(organization))


def cli_policy(organization_name: str | None) -> Policy:
    """The active policy for the command line; the packaged one when there is no usable
    database (`regie evaluate` must work without migrations)."""
    try:
        organization = (Organization.objects.filter(name=organization_name).first()
                        if organization_name else None)
        national = PolicyVersion.objects.filter(organization__isnull=True, active=True).first()
        extra = (PolicyVersion.objects.filter(organization=organization, active=True).first()
                 if organization else None)
    except DatabaseError:
        return national_policy()
    if national is None:
        return national_policy() if extra is None else national_policy().extended_by(
            policy_of(extra))
    return _combine(national, extra)


@dataclass
class RuleDiff:
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[tuple[str, list[str]]] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed)


def diff_policies(old: Policy | None, new: Policy) -> RuleDiff:
    """Which rules a new version adds, removes or changes (and which parts of them)."""
    before = {r.id: r for r in old.rules} if old else {}
    after = {r.id: r for r in new.rules}
    result = RuleDiff(added=[i for i in after if i not in before],
                      removed=[i for i in before if i not in after])
    for rule_id, rule in after.items():
        if rule_id in before:
            parts = [name for name in ("level", "message", "sources", "field", "when")
                     if getattr(before[rule_id], name) != getattr(rule, name)]
            if parts:
                result.changed.append((rule_id, parts))
    return result


def load_policy(*, content: str, source: str, actor: Actor,
                organization: Organization | None = None, activate: bool = True
                ) -> PolicyVersion:
    """Validate and store a policy version (national, or an organisation's extra rules) and
    make it active. The same content twice is stored once."""
    policy = parse_policy_text(content, source=source)
    if organization is not None:
        national = policy_of(_national_version())
        try:
            national.extended_by(policy)
        except PolicyError as exc:
            raise PolicyError(str(exc), source=source) from exc
    with transaction.atomic():
        version = PolicyVersion.objects.filter(organization=organization,
                                               content_hash=policy.content_hash).first()
        if version is None:
            version = PolicyVersion.objects.create(
                organization=organization, version=policy.version, title=policy.title,
                content=content, content_hash=policy.content_hash,
                loaded_by=actor.user, loaded_via=actor.via)
            record_event("policy_version_loaded", actor=actor, obj=version,
                         organization_id=getattr(organization, "pk", None),
                         data={"version": policy.version, "hash": policy.content_hash,
                               "source": source, "rules": len(policy.rules)})
        _PARSED[policy.content_hash] = policy
        if activate and not version.active:
            activate_version(version, actor=actor)
    return version


def load_policy_file(path: str, *, actor: Actor, organization: Organization | None = None
                     ) -> PolicyVersion:
    return load_policy(content=read_policy_file(path), source=str(path), actor=actor,
                       organization=organization)


def activate_version(version: PolicyVersion, *, actor: Actor) -> None:
    with transaction.atomic():
        previous = PolicyVersion.objects.filter(
            organization_id=version.organization_id, active=True).exclude(pk=version.pk)
        before = [v.version for v in previous]
        previous.update(active=False)
        version.active = True
        version.save(update_fields=["active"])
        record_event("policy_version_activated", actor=actor, obj=version,
                     organization_id=version.organization_id,
                     data={"version": version.version, "previous": before})


# --- evaluating applications ---------------------------------------------------------------

def _record(application_id: int, result: Evaluation, national: PolicyVersion,
            extra: PolicyVersion | None, now) -> EvaluationRecord:
    return EvaluationRecord(
        application_id=application_id, policy_version=national,
        organization_policy_version=extra, decision=result.decision,
        findings=[f.rule for f in result.findings],
        required_instruments=list(result.required_instruments), ai_act=result.ai_act,
        created_at=now)


def evaluate_application(application: Application, *, actor: Actor | None = None) -> Evaluation:
    """Evaluate the application's current dossier against its organisation's active policy
    and store the outcome with the policy version(s) used."""
    national, extra = active_versions(application.organization_id)
    fresh = with_dossier_relations(Application.objects.filter(pk=application.pk)).get()
    result = evaluate(evidenced_dossier(fresh)[0], _combine(national, extra))
    record = _record(application.pk, result, national, extra, timezone.now())
    with transaction.atomic():
        record.save()
        if actor is not None:
            record_event("policy_evaluated", actor=actor, obj=application,
                         data={"decision": result.decision, "policy": result.policy_version,
                               "findings": record.findings})
    return result


def latest_evaluation(application: Application) -> EvaluationRecord | None:
    return (EvaluationRecord.objects.filter(application=application)
            .select_related("policy_version", "organization_policy_version").first())


def record_findings(record: EvaluationRecord) -> list[Finding]:
    """The stored findings in full, resolved from the (immutable) policy versions used."""
    policy = policy_of(record.policy_version)
    rules = {r.id: r for r in policy.rules}
    if record.organization_policy_version_id:
        rules.update({r.id: r for r in policy_of(record.organization_policy_version).rules})
    return [Finding(r.id, r.level, r.message, r.sources, r.field, r.gate)
            for r in (rules.get(rule_id) for rule_id in record.findings) if r is not None]


@contextmanager
def _collector_paused():
    """The cyclic garbage collector off during a bulk run: it allocates many short-lived,
    acyclic objects, which reference counting frees anyway (a third faster)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def reevaluate_all(*, actor: Actor = SYSTEM, organization: Organization | None = None,
                   batch_size: int = 2000,
                   progress: Callable[[int], None] | None = None) -> dict[str, Any]:
    """Evaluate every application (of one organisation, or all) against the active policy
    and store a record for each; returns counts per decision and the time taken."""
    started = time.perf_counter()
    queryset = Application.objects.all()
    if organization is not None:
        queryset = queryset.filter(organization=organization)
    national = _national_version()
    extras = {v.organization_id: v for v in
              PolicyVersion.objects.filter(organization__isnull=False, active=True)}
    policies: dict[int | None, Policy] = {}
    counts = {"allowed": 0, "conditional": 0, "not_allowed": 0}
    now = timezone.now()
    pending: list[EvaluationRecord] = []
    paths = needed_paths(_combine(national, None)) | frozenset().union(
        *(policy_of(v).facts for v in extras.values()))
    with _collector_paused():
        for row, facts in iter_facts(queryset, paths, batch_size=batch_size):
            org_id = row["organization_id"]
            extra = extras.get(org_id)
            policy = policies.get(org_id)
            if policy is None:
                policy = policies[org_id] = _combine(national, extra)
            result = evaluate_facts(facts, policy)
            counts[result.decision] += 1
            pending.append(_record(row["id"], result, national, extra, now))
            if len(pending) >= batch_size:
                EvaluationRecord.objects.bulk_create(pending, batch_size=batch_size)
                if progress:
                    progress(len(pending))
                pending = []
        if pending:
            EvaluationRecord.objects.bulk_create(pending, batch_size=batch_size)
            if progress:
                progress(len(pending))
    total = sum(counts.values())
    summary = {"total": total, **counts, "policy": national.version,
               "seconds": round(time.perf_counter() - started, 2)}
    record_event("policy_reevaluated", actor=actor,
                 organization_id=getattr(organization, "pk", None), data=summary)
    return summary
