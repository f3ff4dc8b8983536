"""Legal holds and destruction lists (the archive's approval before anything is destroyed)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from regie.register.models import Application, Organization


class LegalHold(models.Model):
    """Nothing in scope is destroyed while the hold is active: one application's records, or
    the whole organisation's when no application is named."""

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="+")
    application = models.ForeignKey(Application, verbose_name=_("toepassing"),
                                    on_delete=models.CASCADE, null=True, blank=True,
                                    related_name="+",
                                    help_text=_("Leeg: alles van de organisatie."))
    reason = models.CharField(_("reden"), max_length=300)
    set_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                               related_name="+")
    set_at = models.DateTimeField(auto_now_add=True)
    released_at = models.DateTimeField(_("opgeheven op"), null=True, blank=True)

    class Meta:
        ordering = ["-set_at"]
        verbose_name = _("bewaarplicht (legal hold)")
        verbose_name_plural = _("bewaarplichten (legal holds)")

    def __str__(self) -> str:
        return f"{self.application or self.organization}: {self.reason}"


class ListStatus(models.TextChoices):
    PROPOSED = "proposed", _("Ter goedkeuring")
    APPROVED = "approved", _("Goedgekeurd en uitgevoerd")
    REJECTED = "rejected", _("Afgewezen")


class DestructionList(models.Model):
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    status = models.CharField(_("status"), max_length=10, choices=ListStatus.choices,
                              default=ListStatus.PROPOSED)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                   null=True, blank=True, related_name="+")
    decided_at = models.DateTimeField(null=True, blank=True)
    selection_list_version = models.CharField(max_length=40)
    destroyed = models.PositiveIntegerField(_("vernietigd"), default=0)
    skipped_for_hold = models.PositiveIntegerField(_("overgeslagen (bewaarplicht)"), default=0)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("vernietigingslijst")
        verbose_name_plural = _("vernietigingslijsten")
        permissions = [("approve_destruction", _("Vernietigingslijsten goedkeuren"))]

    def __str__(self) -> str:
        return f"Vernietigingslijst {self.pk} ({self.created_at:%Y-%m-%d})"


class DestructionItem(models.Model):
    """One record on a list, described so that the list still says what was destroyed."""

    destruction_list = models.ForeignKey(DestructionList, on_delete=models.CASCADE,
                                         related_name="items")
    category = models.CharField(_("categorie"), max_length=30)
    object_id = models.CharField(max_length=40)
    application_id = models.BigIntegerField(null=True, blank=True)
    title = models.CharField(_("omschrijving"), max_length=300)
    record_date = models.DateField(_("datum"))
    due_on = models.DateField(_("te vernietigen vanaf"))

    class Meta:
        ordering = ["category", "record_date", "pk"]
        constraints = [models.UniqueConstraint(
            fields=["destruction_list", "category", "object_id"], name="archive_item_once")]

    def __str__(self) -> str:
        return f"{self.category} {self.object_id}"
