"""What Regie published to the Algoritmeregister, per application."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from regie.register.models import Application


class PublicationState(models.TextChoices):
    SUBMITTED = "submitted", _("Aangeleverd, nog niet vrijgegeven")
    RELEASED = "released", _("Vrijgegeven voor publicatie")
    RETRACTED = "retracted", _("Teruggetrokken")


class Publication(models.Model):
    """The version of an application's record that the register holds: the payload as sent,
    its hash (to show drift against the current dossier) and when it was sent."""

    application = models.OneToOneField(
        Application,
        on_delete=models.CASCADE,
        related_name="publication",
        verbose_name=_("toepassing"),
    )
    lars = models.CharField(_("algoritme-ID in het register"), max_length=100, blank=True)
    state = models.CharField(_("stand"), max_length=20, choices=PublicationState.choices)
    payload = models.JSONField(_("aangeleverde registratie"))
    payload_hash = models.CharField(_("vingerafdruk"), max_length=64)
    published_at = models.DateTimeField(_("aangeleverd op"))
    released_at = models.DateTimeField(_("vrijgegeven op"), null=True, blank=True)
    retracted_at = models.DateTimeField(_("teruggetrokken op"), null=True, blank=True)
    preview_url = models.URLField(_("voorbeeldpagina"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("publicatie")
        verbose_name_plural = _("publicaties")
        permissions = [
            ("publish_application", _("Mag toepassingen publiceren in het Algoritmeregister")),
            ("export_register", _("Mag het register exporteren (Algoritmeregister, CMDB)")),
            ("view_dashboard", _("Mag het dashboard en het jaarverslag zien")),
        ]

    def __str__(self) -> str:
        return f"{self.application} ({self.get_state_display()})"
