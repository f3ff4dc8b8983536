"""The audit trail's tables (see `regie.audit.service`)."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class AuditEvent(models.Model):
    """One entry of the append-only, hash-chained audit trail (see `service.py`).

    References are plain values, not foreign keys, so that deleting an application never
    touches its history and the hashed content stays exactly as written.
    """

    timestamp = models.DateTimeField(_("tijdstip"), db_index=True)
    event = models.CharField(_("gebeurtenis"), max_length=80, db_index=True)
    actor_id = models.BigIntegerField(null=True, blank=True)
    actor_name = models.CharField(_("door"), max_length=200)
    via = models.CharField(_("via"), max_length=20)
    organization_id = models.BigIntegerField(null=True, blank=True, db_index=True)
    application_id = models.BigIntegerField(null=True, blank=True)
    object_type = models.CharField(max_length=60)
    object_id = models.CharField(max_length=100, blank=True)
    object_repr = models.CharField(max_length=300, blank=True)
    changes = models.JSONField(default=list, blank=True)
    data = models.JSONField(default=dict, blank=True)
    prev_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64, unique=True)

    class Meta:
        db_table = "workflow_auditevent"  # kept from when the trail lived in `workflow`
        ordering = ["id"]
        verbose_name = _("auditregel")
        verbose_name_plural = _("audittrail")
        indexes = [
            models.Index(fields=["application_id", "id"]),
            models.Index(fields=["object_type", "object_id"]),
        ]

    def __str__(self) -> str:
        return f"{self.timestamp:%Y-%m-%d %H:%M} {self.event} {self.object_repr}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValueError("Auditregels zijn onveranderlijk.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValueError("Auditregels kunnen niet worden verwijderd.")


class AuditChainHead(models.Model):
    """A single row holding the newest hash; updating it first serialises writers."""

    id = models.PositiveSmallIntegerField(primary_key=True, default=1)
    length = models.BigIntegerField(default=0)
    last_hash = models.CharField(max_length=64, default="0" * 64)

    class Meta:
        db_table = "workflow_auditchainhead"

    def __str__(self) -> str:
        return f"audit chain ({self.length} entries)"
