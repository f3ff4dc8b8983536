"""A Woo request, the documents selected for it, and each proposed redaction with its review."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from regie.register.models import Application, Organization


class WooRequest(models.Model):
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="+")
    reference = models.CharField(_("kenmerk"), max_length=40)
    subject = models.CharField(_("onderwerp van het verzoek"), max_length=300)
    received_on = models.DateField(_("ontvangen op"))
    period_start = models.DateField(_("periode vanaf"), null=True, blank=True)
    period_end = models.DateField(_("periode tot en met"), null=True, blank=True)
    application = models.ForeignKey(Application, verbose_name=_("toepassing"),
                                    on_delete=models.SET_NULL, null=True, blank=True,
                                    related_name="+")
    department = models.CharField(_("organisatieonderdeel"), max_length=200, blank=True)
    words = models.CharField(_("zoekwoorden"), max_length=200, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                   null=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    exported_at = models.DateTimeField(_("geëxporteerd op"), null=True, blank=True)

    class Meta:
        ordering = ["-received_on", "-pk"]
        verbose_name = _("Woo-verzoek")
        verbose_name_plural = _("Woo-verzoeken")
        constraints = [models.UniqueConstraint(fields=["organization", "reference"],
                                               name="woo_reference_once")]
        permissions = [("handle_woo", _("Woo-verzoeken behandelen"))]

    def __str__(self) -> str:
        return f"{self.reference}: {self.subject}"

    def get_absolute_url(self) -> str:
        return reverse("woo:request", args=[self.pk])


class DocumentKind(models.TextChoices):
    DECISION_RECORD = "decision_record", _("Besluitvastlegging")
    ADVICE = "advice", _("Advies")
    DOSSIER = "dossier", _("Dossier van een toepassing")
    INCIDENT = "incident", _("Incident")
    GATEWAY_CONTENT = "gateway_content", _("Vraag en antwoord via de gateway")


class Disclosure(models.TextChoices):
    PUBLIC = "public", _("Openbaar")
    PARTLY = "partly", _("Deels openbaar")
    WITHHELD = "withheld", _("Niet openbaar")


class WooDocument(models.Model):
    """One document as it stood when selected: its text is frozen here for the package."""

    request = models.ForeignKey(WooRequest, on_delete=models.CASCADE, related_name="documents")
    number = models.PositiveIntegerField(_("nummer"))
    kind = models.CharField(_("soort"), max_length=20, choices=DocumentKind.choices)
    source_id = models.CharField(max_length=40)
    title = models.CharField(_("titel"), max_length=300)
    date = models.DateField(_("datum"))
    text = models.TextField()
    withheld = models.BooleanField(_("geheel niet openbaar"), default=False)
    withheld_ground = models.CharField(_("grond voor niet openbaar"), max_length=100, blank=True)

    class Meta:
        ordering = ["number"]
        verbose_name = _("document")
        verbose_name_plural = _("documenten")
        constraints = [models.UniqueConstraint(fields=["request", "number"],
                                               name="woo_document_number_once")]

    def __str__(self) -> str:
        return f"{self.number}. {self.title}"


class ReviewStatus(models.TextChoices):
    PROPOSED = "proposed", _("Voorgesteld")
    ACCEPTED = "accepted", _("Weglakken")
    REJECTED = "rejected", _("Niet weglakken")


class Redaction(models.Model):
    """A passage Regie's scanner (or the coordinator) proposes to black out, with its ground."""

    document = models.ForeignKey(WooDocument, on_delete=models.CASCADE,
                                 related_name="redactions")
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    entity_type = models.CharField(_("soort gegeven"), max_length=30)
    ground = models.CharField(_("Woo-grond"), max_length=40)
    status = models.CharField(_("beoordeling"), max_length=10, choices=ReviewStatus.choices,
                              default=ReviewStatus.PROPOSED)
    reviewed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                    null=True, blank=True, related_name="+")
    reviewed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["document", "start"]
        verbose_name = _("weglakking")
        verbose_name_plural = _("weglakkingen")

    def __str__(self) -> str:
        return f"{self.document.number}: {self.entity_type} [{self.start}:{self.end}]"

    @property
    def text(self) -> str:
        return self.document.text[self.start:self.end]
