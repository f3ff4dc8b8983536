"""What the AI Act asks of the organisation, kept as work: the duties derived from an
application's AI-Act profile, the serious-incident clocks of art. 73, the deployer's
registration in the EU database, and the changes found in official instrument files."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ObligationStatus(models.TextChoices):
    TODO = "todo", _("Te doen")
    IN_PROGRESS = "in_progress", _("Bezig")
    DONE = "done", _("Gereed")
    NOT_APPLICABLE = "not_applicable", _("Niet van toepassing")


class Obligation(models.Model):
    """One duty of the AI Act for one application, as a task with owner, evidence and due
    date. `applies` turns False when the profile no longer calls for it; the record stays."""

    application = models.ForeignKey("register.Application", on_delete=models.CASCADE,
                                    related_name="ai_act_obligations")
    code = models.CharField(max_length=60)
    article = models.CharField(_("artikel"), max_length=120)
    title = models.CharField(_("verplichting"), max_length=300)
    status = models.CharField(_("status"), max_length=20, choices=ObligationStatus.choices,
                              default=ObligationStatus.TODO)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                              blank=True, related_name="+", verbose_name=_("eigenaar"))
    evidence = models.TextField(_("bewijs"), blank=True)
    evidence_link = models.URLField(_("link naar bewijs"), max_length=500, blank=True)
    due_date = models.DateField(_("uiterlijk gereed"), null=True, blank=True)
    reason = models.TextField(_("reden niet van toepassing"), blank=True)
    applies = models.BooleanField(_("geldt"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    done_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["application_id", "due_date", "pk"]
        verbose_name = _("verplichting AI-verordening")
        verbose_name_plural = _("verplichtingen AI-verordening")
        constraints = [models.UniqueConstraint(fields=["application", "code"],
                                               name="aiact_obligation_unique")]

    def __str__(self) -> str:
        return f"{self.article}: {self.title}"

    @property
    def open(self) -> bool:
        return self.applies and self.status in (ObligationStatus.TODO,
                                                ObligationStatus.IN_PROGRESS)

    def overdue(self, today: dt.date | None = None) -> bool:
        return (self.open and self.due_date is not None
                and self.due_date < (today or timezone.localdate()))


class SeriousIncidentCategory(models.TextChoices):
    """Art. 73: the category decides the reporting period."""

    DEATH = "death", _("Overlijden van een persoon")
    WIDESPREAD = "widespread", _("Wijdverbreide inbreuk of ernstige verstoring van kritieke "
                                 "infrastructuur")
    OTHER = "other", _("Ander ernstig incident (art. 3, punt 49)")


class SeriousIncident(models.Model):
    """An incident marked as a serious incident under art. 3(49): the art. 73 clock runs from
    the moment the organisation knew, and the provider is informed first (art. 26(5))."""

    incident = models.OneToOneField("lifecycle.Incident", on_delete=models.CASCADE,
                                    related_name="serious")
    category = models.CharField(_("soort ernstig incident"), max_length=20,
                                choices=SeriousIncidentCategory.choices)
    reasoning = models.TextField(_("waarom is dit een ernstig incident"))
    aware_at = models.DateTimeField(_("bekend sinds"))
    provider_name = models.CharField(_("aanbieder"), max_length=200, blank=True)
    provider_informed_at = models.DateTimeField(_("aanbieder geïnformeerd op"), null=True,
                                                blank=True)
    authority_reported_at = models.DateTimeField(
        _("gemeld aan de markttoezichtautoriteit op"), null=True, blank=True)
    authority_reference = models.CharField(_("kenmerk melding"), max_length=200, blank=True)
    marked_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                  null=True, blank=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("ernstig incident")
        verbose_name_plural = _("ernstige incidenten")

    def __str__(self) -> str:
        return f"{self.incident} ({self.get_category_display()})"


class DeployerRegistration(models.Model):
    """What a public-authority deployer registers in the EU database (art. 49(3), Annex VIII
    section C) beyond what Regie already holds."""

    application = models.OneToOneField("register.Application", on_delete=models.CASCADE,
                                       related_name="eu_registration")
    deployer_address = models.TextField(_("adres van de organisatie"), blank=True)
    submitter_name = models.CharField(_("naam indiener"), max_length=200, blank=True)
    submitter_email = models.EmailField(_("e-mail indiener"), blank=True)
    submitter_address = models.TextField(_("adres indiener"), blank=True)
    provider_entry_url = models.URLField(
        _("URL van de registratie door de aanbieder"), max_length=500, blank=True)
    fria_summary = models.TextField(_("samenvatting grondrechtenbeoordeling (IAMA)"), blank=True)
    dpia_summary = models.TextField(_("samenvatting DPIA"), blank=True)
    registered_on = models.DateField(_("geregistreerd op"), null=True, blank=True)
    eu_reference = models.CharField(_("kenmerk in de EU-databank"), max_length=200, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("registratie EU-databank")

    def __str__(self) -> str:
        return str(self.application)


class InstrumentChange(models.Model):
    """A loaded official file whose content differs from the version loaded before it: the
    readable difference and the applications it affected."""

    key = models.CharField(max_length=100, db_index=True)
    old_version = models.ForeignKey("instruments.InstrumentVersion", on_delete=models.PROTECT,
                                    related_name="+")
    new_version = models.ForeignKey("instruments.InstrumentVersion", on_delete=models.PROTECT,
                                    related_name="+")
    difference = models.JSONField(default=dict)
    affected = models.JSONField(default=list)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("wijziging officieel bestand")
        verbose_name_plural = _("wijzigingen officiële bestanden")

    def __str__(self) -> str:
        return f"{self.key}: {self.old_version_id} → {self.new_version_id}"
