"""A material change of a dossier (seen in the audit trail), or a withdrawn record that
evidenced one of its facts, sends it back to review."""

from __future__ import annotations

from django.db.models.signals import post_save
from django.dispatch import receiver

from regie.audit.models import AuditEvent
from regie.register.evidence import fact_withdrawn


@receiver(post_save, sender=AuditEvent, dispatch_uid="workflow_material_change")
def dossier_changed(sender, instance: AuditEvent, created: bool, **kwargs) -> None:
    if not created or instance.event != "application_updated" or not instance.changes:
        return
    from regie.workflow.procedure import on_dossier_change

    on_dossier_change(
        instance.application_id, instance.changes, changed_by=instance.actor_name, via=instance.via
    )


@receiver(fact_withdrawn, dispatch_uid="workflow_evidence_withdrawn")
def evidence_withdrawn(sender, application, fact: str, actor, reason: str = "", **kwargs) -> None:
    from regie.workflow.procedure import on_evidence_withdrawn

    on_evidence_withdrawn(application, fact=fact, actor=actor, reason=reason)
