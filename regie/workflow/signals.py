"""A material change of a dossier (seen in the audit trail) sends it back to review."""

from __future__ import annotations

from django.db.models.signals import post_save
from django.dispatch import receiver

from regie.audit.models import AuditEvent


@receiver(post_save, sender=AuditEvent, dispatch_uid="workflow_material_change")
def dossier_changed(sender, instance: AuditEvent, created: bool, **kwargs) -> None:
    if not created or instance.event != "application_updated" or not instance.changes:
        return
    from regie.workflow.procedure import on_dossier_change

    on_dossier_change(
        instance.application_id, instance.changes, changed_by=instance.actor_name, via=instance.via
    )
