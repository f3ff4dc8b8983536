"""Shadow AI: what the logs showed, per service, day, department and (pseudonymised) person,
and the findings that follow from it."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from regie.register.models import Application, Organization


class LogImport(models.Model):
    """One log file read; its SHA-256 makes a second import of the same file a no-op."""

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="+")
    sha256 = models.CharField(max_length=64)
    file_name = models.CharField(_("bestand"), max_length=200)
    log_format = models.CharField(_("formaat"), max_length=20)
    catalogue_version = models.CharField(_("versie catalogus"), max_length=40)
    lines = models.PositiveBigIntegerField(_("regels"), default=0)
    matched = models.PositiveBigIntegerField(_("regels naar AI-diensten"), default=0)
    skipped = models.PositiveBigIntegerField(_("onleesbare regels"), default=0)
    period_start = models.DateTimeField(null=True, blank=True)
    period_end = models.DateTimeField(null=True, blank=True)
    imported_at = models.DateTimeField(auto_now_add=True)
    imported_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                    null=True, blank=True, related_name="+")

    class Meta:
        ordering = ["-imported_at"]
        verbose_name = _("ingelezen log")
        verbose_name_plural = _("ingelezen logs")
        constraints = [models.UniqueConstraint(fields=["organization", "sha256"],
                                               name="shadow_import_once")]
        permissions = [("reveal_person", _("Gepseudonimiseerde gebruikers onthullen"))]

    def __str__(self) -> str:
        return self.file_name


class Person(models.Model):
    """Someone as the log names them (account or client address), shown by pseudonym."""

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="+")
    pseudonym = models.CharField(_("pseudoniem"), max_length=20)
    identity = models.CharField(_("zoals in het log"), max_length=300)

    class Meta:
        verbose_name = _("persoon in log")
        verbose_name_plural = _("personen in logs")
        constraints = [models.UniqueConstraint(fields=["organization", "pseudonym"],
                                               name="shadow_person_pseudonym")]

    def __str__(self) -> str:
        return self.pseudonym


class Usage(models.Model):
    """Requests to one service on one day by one person from one department."""

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="+")
    service_key = models.CharField(_("dienst"), max_length=60)
    api = models.BooleanField(_("via de API"), default=False)
    day = models.DateField(_("dag"))
    department = models.CharField(_("afdeling"), max_length=200, blank=True)
    person = models.ForeignKey(Person, on_delete=models.CASCADE, null=True, blank=True,
                               related_name="usage")
    requests = models.PositiveBigIntegerField(_("verzoeken"), default=0)
    uploads = models.PositiveBigIntegerField(_("uploads"), default=0)

    class Meta:
        verbose_name = _("gebruik")
        verbose_name_plural = _("gebruik")
        constraints = [models.UniqueConstraint(
            fields=["organization", "service_key", "api", "day", "department", "person"],
            name="shadow_usage_once", nulls_distinct=False)]
        indexes = [models.Index(fields=["organization", "day"])]

    def __str__(self) -> str:
        return f"{self.service_key} {self.day} {self.department or '-'}: {self.requests}"


class FindingKind(models.TextChoices):
    UNREGISTERED = "unregistered", _("Niet-geregistreerde dienst in gebruik")
    CONSUMER_TERMS = "consumer_terms", _("Dienst met consumentenvoorwaarden in gebruik")
    OUTSIDE_SCOPE = "outside_scope", _("Geregistreerde dienst buiten de goedkeuring gebruikt")


class Finding(models.Model):
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(_("soort"), max_length=20, choices=FindingKind.choices)
    service_key = models.CharField(_("dienst"), max_length=60)
    department = models.CharField(_("afdeling"), max_length=200, blank=True)
    first_seen = models.DateField(_("eerst gezien"))
    last_seen = models.DateField(_("laatst gezien"))
    requests = models.PositiveBigIntegerField(_("verzoeken"), default=0)
    uploads = models.PositiveBigIntegerField(_("uploads"), default=0)
    people = models.PositiveIntegerField(_("personen"), default=0)
    application = models.ForeignKey(Application, on_delete=models.SET_NULL, null=True,
                                    blank=True, related_name="+")
    incident = models.ForeignKey("lifecycle.Incident", on_delete=models.SET_NULL, null=True,
                                 blank=True, related_name="+")

    class Meta:
        ordering = ["kind", "service_key", "department"]
        verbose_name = _("bevinding schaduw-AI")
        verbose_name_plural = _("bevindingen schaduw-AI")
        constraints = [models.UniqueConstraint(
            fields=["organization", "kind", "service_key", "department"],
            name="shadow_finding_once")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.service_key} ({self.department or '-'})"
