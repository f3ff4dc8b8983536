"""The procedure's tables: transitions, advice with conditions, decisions with their frozen
record, checklist evidence, tasks and the origin of a reused dossier.

People are referenced by foreign key *and* by name, so that the history still reads right
after an account is removed.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from regie.register.constants import Status
from regie.register.models import Application, Organization
from regie.workflow import constants as c

_USER = settings.AUTH_USER_MODEL


class Transition(models.Model):
    """One change of an application's status: who, when, why."""

    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="transitions"
    )
    from_status = models.CharField(_("van"), max_length=20, choices=Status.choices)
    to_status = models.CharField(_("naar"), max_length=20, choices=Status.choices)
    trigger = models.CharField(
        _("aanleiding"), max_length=20, choices=c.Trigger.choices, default=c.Trigger.MANUAL
    )
    actor = models.ForeignKey(
        _USER, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    actor_name = models.CharField(_("door"), max_length=200)
    reason = models.TextField(_("toelichting"), blank=True)
    created_at = models.DateTimeField(_("tijdstip"), default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("statusovergang")
        verbose_name_plural = _("statusovergangen")
        permissions = [
            ("view_procedure", "Procedure bekijken"),
            ("request_advice", "Advies aanvragen en indienen"),
            ("give_privacy_advice", "Advies geven als FG"),
            ("give_security_advice", "Advies geven als CISO"),
            ("decide", "Besluiten over een toepassing"),
            ("confirm_checklist", "Checklistpunten bevestigen"),
            ("reuse_dossier", "Dossier van een andere organisatie hergebruiken"),
            ("manage_procedure", "Procedure beheren"),
        ]

    def __str__(self) -> str:
        return f"{self.application}: {self.from_status} → {self.to_status}"


class Advice(models.Model):
    """Written advice of the FG or the CISO. A material change of the dossier supersedes it."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="advices")
    role = models.CharField(_("adviseur"), max_length=10, choices=c.AdviceRole.choices)
    outcome = models.CharField(_("advies"), max_length=20, choices=c.AdviceOutcome.choices)
    text = models.TextField(_("onderbouwing"))
    adviser = models.ForeignKey(_USER, on_delete=models.SET_NULL, null=True, related_name="+")
    adviser_name = models.CharField(_("gegeven door"), max_length=200)
    given_at = models.DateTimeField(_("gegeven op"), default=timezone.now)
    superseded_at = models.DateTimeField(_("vervallen op"), null=True, blank=True)

    class Meta:
        ordering = ["given_at", "pk"]
        verbose_name = _("advies")
        verbose_name_plural = _("adviezen")
        indexes = [models.Index(fields=["application", "role", "superseded_at"])]

    def __str__(self) -> str:
        return f"{self.get_role_display()}: {self.get_outcome_display()}"


class Condition(models.Model):
    """A condition attached to positive-with-conditions advice; met with evidence."""

    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="conditions"
    )
    advice = models.ForeignKey(Advice, on_delete=models.CASCADE, related_name="conditions")
    text = models.TextField(_("voorwaarde"))
    status = models.CharField(
        _("stand"), max_length=10, choices=c.ConditionStatus.choices, default=c.ConditionStatus.OPEN
    )
    met_by = models.ForeignKey(
        _USER, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    met_at = models.DateTimeField(_("voldaan op"), null=True, blank=True)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("voorwaarde")
        verbose_name_plural = _("voorwaarden")

    def __str__(self) -> str:
        return self.text[:80]


class Evidence(models.Model):
    """Proof for a checklist item or a condition: an uploaded file, a link or a note."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="evidence")
    item = models.CharField(_("checklistpunt"), max_length=40, blank=True)
    condition = models.ForeignKey(
        Condition, on_delete=models.CASCADE, null=True, blank=True, related_name="evidence"
    )
    kind = models.CharField(_("soort"), max_length=10, choices=c.EvidenceKind.choices)
    file = models.FileField(_("bestand"), upload_to="workflow/evidence/%Y/%m/", blank=True)
    file_name = models.CharField(_("bestandsnaam"), max_length=200, blank=True)
    url = models.URLField(_("link"), max_length=500, blank=True)
    note = models.TextField(_("toelichting"), blank=True)
    confirmed_by = models.ForeignKey(_USER, on_delete=models.SET_NULL, null=True, related_name="+")
    confirmed_by_name = models.CharField(_("bevestigd door"), max_length=200)
    confirmed_at = models.DateTimeField(_("bevestigd op"), default=timezone.now)

    class Meta:
        ordering = ["confirmed_at", "pk"]
        verbose_name = _("bewijsstuk")
        verbose_name_plural = _("bewijsstukken")
        indexes = [models.Index(fields=["application", "item"])]

    def __str__(self) -> str:
        return self.file_name or self.url or self.note[:60]


class Decision(models.Model):
    """The directie's decision. `exception_reason` set = approved despite the gate."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="decisions")
    outcome = models.CharField(_("besluit"), max_length=10, choices=c.DecisionOutcome.choices)
    rationale = models.TextField(_("motivering"))
    exception_reason = models.TextField(_("motivering van de uitzondering"), blank=True)
    decided_by = models.ForeignKey(_USER, on_delete=models.SET_NULL, null=True, related_name="+")
    decided_by_name = models.CharField(_("besloten door"), max_length=200)
    decided_at = models.DateTimeField(_("besloten op"), default=timezone.now)
    valid_until = models.DateField(_("evaluatie uiterlijk"), null=True, blank=True)

    class Meta:
        ordering = ["decided_at", "pk"]
        verbose_name = _("besluit")
        verbose_name_plural = _("besluiten")

    def __str__(self) -> str:
        return f"{self.application}: {self.get_outcome_display()} ({self.decided_at:%Y-%m-%d})"

    @property
    def is_exception(self) -> bool:
        return bool(self.exception_reason)


class DecisionRecord(models.Model):
    """The frozen facts of one decision (dossier, evaluation, advice, rationale), written once
    and never changed, so it answers a Woo request or an auditor years later — also after the
    application itself has been deleted (the snapshot is self-contained)."""

    organization = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="+")
    decision = models.OneToOneField(
        Decision, on_delete=models.SET_NULL, null=True, related_name="record"
    )
    snapshot = models.JSONField()
    digest = models.CharField(_("SHA-256"), max_length=64)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("besluitvastlegging")
        verbose_name_plural = _("besluitvastleggingen")

    def __str__(self) -> str:
        return f"{self.decision} [{self.digest[:12]}]"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValueError("Een besluitvastlegging is onveranderlijk.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValueError("Een besluitvastlegging kan niet worden verwijderd.")


class Task(models.Model):
    """Work waiting for a role (advice, decision) or a person (conditions, re-submission)."""

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="+")
    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="procedure_tasks"
    )
    kind = models.CharField(_("taak"), max_length=20, choices=c.TaskKind.choices)
    role = models.CharField(_("rol"), max_length=30, blank=True)
    assignee = models.ForeignKey(
        _USER, on_delete=models.CASCADE, null=True, blank=True, related_name="procedure_tasks"
    )
    condition = models.ForeignKey(
        Condition, on_delete=models.CASCADE, null=True, blank=True, related_name="tasks"
    )
    created_at = models.DateTimeField(default=timezone.now)
    closed_at = models.DateTimeField(null=True, blank=True)
    notified = models.PositiveSmallIntegerField(_("aantal e-mails"), default=0)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("taak")
        verbose_name_plural = _("taken")
        indexes = [
            models.Index(fields=["organization", "closed_at", "role"]),
            models.Index(fields=["assignee", "closed_at"]),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.application}"


class Origin(models.Model):
    """Where a reused dossier came from, with the source's advice as it was at import."""

    application = models.OneToOneField(Application, on_delete=models.CASCADE, related_name="origin")
    source = models.ForeignKey(
        Application, on_delete=models.SET_NULL, null=True, blank=True, related_name="reused_by"
    )
    source_organization = models.CharField(_("bronorganisatie"), max_length=200)
    source_slug = models.CharField(_("kenmerk bij de bron"), max_length=120)
    snapshot = models.JSONField(_("dossier en adviezen van de bron"))
    imported_by = models.ForeignKey(_USER, on_delete=models.SET_NULL, null=True, related_name="+")
    imported_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("herkomst")
        verbose_name_plural = _("herkomst")

    def __str__(self) -> str:
        return f"{self.source_organization}/{self.source_slug}"
