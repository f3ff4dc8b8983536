"""The employee rules (Regie's guide after seed 004 Bijlage 1): every employee acknowledges
the current version once, and again when a new version replaces it."""

from __future__ import annotations

from django.db import IntegrityError, transaction

from regie.audit.service import Actor, record_event
from regie.lifecycle.data import employee_rules
from regie.lifecycle.models import RulesAcknowledgement


def has_acknowledged(user, version: str | None = None) -> bool:
    version = version or employee_rules().version
    return RulesAcknowledgement.objects.filter(user=user, version=version).exists()


def acknowledge_rules(user, *, actor: Actor, version: str | None = None) -> bool:
    """Record the acknowledgement; False when this version was already acknowledged."""
    version = version or employee_rules().version
    try:
        with transaction.atomic():
            ack = RulesAcknowledgement.objects.create(user=user, version=version)
            record_event("employee_rules_acknowledged", actor=actor, obj=ack,
                         organization_id=user.organization_id, data={"version": version})
    except IntegrityError:
        return False
    return True
