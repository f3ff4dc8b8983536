"""Life after approval: incidents, evaluations, AI-literacy records, acknowledgements of the
employee rules, and the log that keeps reminders to one per day. Writes go through
`service.py`, so every change reaches the audit trail."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from regie.lifecycle import constants as c

BREACH_WINDOW = dt.timedelta(hours=72)  # AVG art. 33 lid 1


class Incident(models.Model):
    organization = models.ForeignKey("register.Organization", on_delete=models.PROTECT,
                                     related_name="incidents", verbose_name=_("organisatie"))
    application = models.ForeignKey(
        "register.Application", on_delete=models.SET_NULL, null=True, blank=True,
        related_name="incidents", verbose_name=_("toepassing"))
    kind = models.CharField(_("soort"), max_length=30, choices=c.IncidentKind.choices)
    description = models.TextField(_("omschrijving"))
    reporter = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                 blank=True, related_name="reported_incidents",
                                 verbose_name=_("melder"))
    source = models.CharField(_("bron"), max_length=20, choices=c.IncidentSource.choices,
                              default=c.IncidentSource.WEB)
    handler = models.CharField(_("behandelaar"), max_length=10, choices=c.Handler.choices)
    status = models.CharField(_("status"), max_length=20, choices=c.IncidentStatus.choices,
                              default=c.IncidentStatus.REPORTED)
    severity = models.CharField(_("ernst"), max_length=10, choices=c.Severity.choices,
                                blank=True)
    triage_notes = models.TextField(_("beoordeling"), blank=True)
    measures = models.TextField(_("maatregelen"), blank=True)
    possible_breach = models.BooleanField(_("mogelijk datalek"), default=False)
    breach_clock_started_at = models.DateTimeField(_("72-uurstermijn gestart"), null=True,
                                                   blank=True)
    breach_decision = models.CharField(_("besluit over melding AP"), max_length=20,
                                       choices=c.BreachDecision.choices, blank=True)
    breach_decision_reason = models.TextField(_("onderbouwing besluit"), blank=True)
    breach_decided_at = models.DateTimeField(_("besloten op"), null=True, blank=True)
    closing_note = models.TextField(_("afsluiting"), blank=True)
    closed_at = models.DateTimeField(_("afgesloten op"), null=True, blank=True)
    created_at = models.DateTimeField(_("gemeld op"), auto_now_add=True)
    updated_at = models.DateTimeField(_("gewijzigd"), auto_now=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("incident")
        verbose_name_plural = _("incidenten")
        indexes = [models.Index(fields=["organization", "handler", "status"])]

    def __str__(self) -> str:
        return f"#{self.pk} {self.get_kind_display()}"

    def get_absolute_url(self) -> str:
        return reverse("lifecycle:incident_detail", args=[self.pk])

    @property
    def breach_deadline(self) -> dt.datetime | None:
        if not self.possible_breach or self.breach_clock_started_at is None:
            return None
        return self.breach_clock_started_at + BREACH_WINDOW

    @property
    def breach_decision_open(self) -> bool:
        return self.possible_breach and not self.breach_decision

    def hours_left(self, now: dt.datetime | None = None) -> float | None:
        """Hours until the AP decision is due (negative: overdue); None when no clock runs."""
        deadline = self.breach_deadline
        if deadline is None or not self.breach_decision_open:
            return None
        return (deadline - (now or timezone.now())).total_seconds() / 3600


class ApplicationEvaluation(models.Model):
    """The periodic check of one application in use (seed 004 §8)."""

    application = models.ForeignKey("register.Application", on_delete=models.CASCADE,
                                    related_name="evaluations", verbose_name=_("toepassing"))
    performed_on = models.DateField(_("uitgevoerd op"))
    performed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                     null=True, blank=True, related_name="+")
    still_needed = models.BooleanField(_("is de toepassing nog nodig?"))
    purpose_met = models.BooleanField(_("wordt het doel bereikt?"))
    incidents_note = models.TextField(_("incidenten sinds de vorige evaluatie"), blank=True)
    incident_count = models.PositiveIntegerField(_("aantal incidenten"), default=0)
    changes_model = models.BooleanField(_("is het model veranderd?"), default=False)
    changes_supplier = models.BooleanField(_("is de leverancier of het contract veranderd?"),
                                           default=False)
    changes_law = models.BooleanField(_("is de wet- of regelgeving veranderd?"), default=False)
    changes_note = models.TextField(_("toelichting op veranderingen"), blank=True)
    exit_needed = models.BooleanField(_("is de exitstrategie nodig?"), default=False)
    outcome = models.CharField(_("uitkomst"), max_length=20,
                               choices=c.EvaluationOutcome.choices)
    conclusion = models.TextField(_("conclusie"), blank=True)
    next_due = models.DateField(_("volgende evaluatie"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-performed_on", "-pk"]
        verbose_name = _("evaluatie van een toepassing")
        verbose_name_plural = _("evaluaties van toepassingen")

    def __str__(self) -> str:
        return f"{self.application} {self.performed_on:%Y-%m-%d}"


class PolicyEvaluation(models.Model):
    """The yearly evaluation of the AI policy itself, with the figures of that moment."""

    organization = models.ForeignKey("register.Organization", on_delete=models.CASCADE,
                                     related_name="policy_evaluations")
    performed_on = models.DateField(_("uitgevoerd op"))
    performed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                     null=True, blank=True, related_name="+")
    figures = models.JSONField(_("cijfers"), default=dict)
    conclusions = models.TextField(_("conclusies en aanpassingen"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-performed_on", "-pk"]
        verbose_name = _("evaluatie van het AI-beleid")
        verbose_name_plural = _("evaluaties van het AI-beleid")

    def __str__(self) -> str:
        return f"{self.organization} {self.performed_on:%Y}"


class Training(models.Model):
    organization = models.ForeignKey("register.Organization", on_delete=models.CASCADE,
                                     related_name="trainings")
    name = models.CharField(_("naam"), max_length=200)
    level = models.CharField(_("niveau"), max_length=20, choices=c.TrainingLevel.choices)
    validity_months = models.PositiveSmallIntegerField(
        _("geldigheid (maanden)"), null=True, blank=True, help_text=_("Leeg: blijft geldig."))
    description = models.TextField(_("omschrijving"), blank=True)
    active = models.BooleanField(_("actief"), default=True)

    class Meta:
        ordering = ["level", "name"]
        verbose_name = _("training")
        verbose_name_plural = _("trainingen")
        constraints = [models.UniqueConstraint(fields=["organization", "name"],
                                               name="training_unique_name")]

    def __str__(self) -> str:
        return self.name


class TrainingRecord(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="training_records", verbose_name=_("medewerker"))
    training = models.ForeignKey(Training, on_delete=models.PROTECT, related_name="records",
                                 verbose_name=_("training"))
    completed_on = models.DateField(_("afgerond op"))
    expires_on = models.DateField(_("geldig tot"), null=True, blank=True)
    evidence = models.FileField(_("bewijs (bestand)"), upload_to="lifecycle/training/%Y/",
                                blank=True)
    evidence_url = models.URLField(_("bewijs (link)"), max_length=500, blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                    null=True, blank=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(_("ingetrokken op"), null=True, blank=True)
    revoked_reason = models.TextField(_("reden van intrekken"), blank=True)

    class Meta:
        ordering = ["-completed_on"]
        verbose_name = _("trainingsregistratie")
        verbose_name_plural = _("trainingsregistraties")
        indexes = [models.Index(fields=["user", "expires_on"])]

    def __str__(self) -> str:
        return f"{self.user} · {self.training}"

    def valid_on(self, day: dt.date) -> bool:
        return (self.revoked_at is None and self.completed_on <= day
                and (self.expires_on is None or self.expires_on >= day))


class ApplicationOperator(models.Model):
    """Someone who uses or operates an application; AI-verordening art. 4 asks that they
    are AI-literate."""

    application = models.ForeignKey("register.Application", on_delete=models.CASCADE,
                                    related_name="operators")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="operated_applications", verbose_name=_("medewerker"))
    role = models.CharField(_("rol"), max_length=20, choices=c.OperatorRole.choices,
                            default=c.OperatorRole.USER)

    class Meta:
        ordering = ["user__username"]
        verbose_name = _("gebruiker van een toepassing")
        verbose_name_plural = _("gebruikers van toepassingen")
        constraints = [models.UniqueConstraint(fields=["application", "user"],
                                               name="application_operator_unique")]

    def __str__(self) -> str:
        return f"{self.user} · {self.application}"


class RulesAcknowledgement(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="rules_acknowledgements")
    version = models.CharField(_("versie"), max_length=40)
    acknowledged_at = models.DateTimeField(_("bevestigd op"), auto_now_add=True)

    class Meta:
        verbose_name = _("bevestiging gedragsregels")
        verbose_name_plural = _("bevestigingen gedragsregels")
        constraints = [models.UniqueConstraint(fields=["user", "version"],
                                               name="rules_ack_unique")]

    def __str__(self) -> str:
        return f"{self.user} · {self.version}"


class ReminderLog(models.Model):
    """One reminder sent. The unique constraint is the claim: a run inserts the row before it
    sends, so a second (or concurrent) run on the same day finds it taken and skips."""

    kind = models.CharField(max_length=30, choices=c.ReminderKind.choices)
    object_type = models.CharField(max_length=60)
    object_id = models.CharField(max_length=64)
    recipient = models.EmailField()
    date = models.DateField()
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("verstuurde herinnering")
        verbose_name_plural = _("verstuurde herinneringen")
        constraints = [models.UniqueConstraint(
            fields=["kind", "object_type", "object_id", "recipient", "date"],
            name="reminder_once_per_day")]

    def __str__(self) -> str:
        return f"{self.date} {self.kind} {self.object_type}:{self.object_id} → {self.recipient}"
