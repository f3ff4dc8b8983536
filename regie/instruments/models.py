"""Loaded instruments (versioned), an application's runs of them, and the Algoritmekader
catalogue with the work recorded per measure."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class InstrumentKind(models.TextChoices):
    DECISION_TREE = "decision_tree", _("Beslishulp")
    QUESTIONNAIRE = "questionnaire", _("Vragenlijst")
    CATALOGUE = "catalogue", _("Algoritmekader")


class InstrumentVersion(models.Model):
    """One loaded version of an instrument file; a reload with the same hash is skipped."""

    kind = models.CharField(_("soort"), max_length=20, choices=InstrumentKind.choices)
    key = models.CharField(_("sleutel"), max_length=100, db_index=True)
    name = models.CharField(_("naam"), max_length=300)
    version = models.CharField(_("versie"), max_length=40, blank=True)
    source = models.CharField(_("bron"), max_length=500, blank=True)
    sha256 = models.CharField(max_length=64)
    content = models.JSONField(_("inhoud"), default=dict)
    builtin = models.BooleanField(_("meegeleverd"), default=False)
    loaded_at = models.DateTimeField(_("geladen"), auto_now_add=True)
    loaded_by = models.CharField(_("geladen door"), max_length=200, blank=True)

    class Meta:
        ordering = ["key", "-loaded_at", "-pk"]
        verbose_name = _("instrumentversie")
        verbose_name_plural = _("instrumentversies")
        constraints = [
            models.UniqueConstraint(fields=["key", "sha256"], name="instrument_version_unique_hash")
        ]

    def __str__(self) -> str:
        return f"{self.name} {self.version}".strip()


class RunStatus(models.TextChoices):
    IN_PROGRESS = "in_progress", _("Bezig")
    COMPLETED = "completed", _("Afgerond")


class InstrumentRun(models.Model):
    """An application's run of one instrument: decision-tree steps or questionnaire answers."""

    application = models.ForeignKey(
        "register.Application", on_delete=models.CASCADE, related_name="instrument_runs"
    )
    key = models.CharField(max_length=100)
    instrument = models.ForeignKey(InstrumentVersion, on_delete=models.PROTECT, related_name="runs")
    status = models.CharField(
        max_length=20, choices=RunStatus.choices, default=RunStatus.IN_PROGRESS
    )
    steps = models.JSONField(default=list, blank=True)
    answers = models.JSONField(default=dict, blank=True)
    completed_sections = models.JSONField(default=list, blank=True)
    result = models.JSONField(default=dict, blank=True)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("instrumentrun")
        constraints = [
            models.UniqueConstraint(fields=["application", "key"], name="instrument_run_unique")
        ]

    def __str__(self) -> str:
        return f"{self.key} · {self.application_id}"


class Requirement(models.Model):
    """A requirement (vereiste) of the Algoritmekader, identified by its URN."""

    urn = models.CharField(max_length=100, unique=True)
    name = models.CharField(_("naam"), max_length=500)
    description = models.TextField(blank=True)
    explanation = models.TextField(blank=True)
    url = models.URLField(max_length=500, blank=True)
    subject = models.JSONField(default=list)
    lifecycle = models.JSONField(default=list)
    ai_act_profile = models.JSONField(default=list)
    always_applicable = models.BooleanField(default=False)
    withdrawn = models.BooleanField(_("vervallen"), default=False)
    measures = models.ManyToManyField("Measure", blank=True, related_name="requirements")

    class Meta:
        ordering = ["urn"]
        verbose_name = _("vereiste")

    def __str__(self) -> str:
        return self.name


class Measure(models.Model):
    """A measure (maatregel) of the Algoritmekader, identified by its URN."""

    urn = models.CharField(max_length=100, unique=True)
    name = models.CharField(_("naam"), max_length=500)
    description = models.TextField(blank=True)
    explanation = models.TextField(blank=True)
    url = models.URLField(max_length=500, blank=True)
    lifecycle = models.JSONField(default=list)
    suggested_roles = models.JSONField(default=list)
    withdrawn = models.BooleanField(_("vervallen"), default=False)

    class Meta:
        ordering = ["urn"]
        verbose_name = _("maatregel")

    def __str__(self) -> str:
        return self.name


class CatalogueInstrument(models.Model):
    """An instrument listed by the Algoritmekader (IAMA, AIIA, …), for reference."""

    urn = models.CharField(max_length=100, unique=True)
    name = models.CharField(_("naam"), max_length=500)
    description = models.TextField(blank=True)
    url = models.URLField(max_length=500, blank=True)
    withdrawn = models.BooleanField(default=False)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class MeasureStatus(models.TextChoices):
    TODO = "todo", _("Te doen")
    IN_PROGRESS = "in_progress", _("Bezig")
    DONE = "done", _("Gereed")
    NOT_APPLICABLE = "not_applicable", _("Niet van toepassing")


class MeasureWork(models.Model):
    """What an application did about one measure: status, evidence and the people."""

    application = models.ForeignKey(
        "register.Application", on_delete=models.CASCADE, related_name="measure_work"
    )
    measure = models.ForeignKey(Measure, on_delete=models.PROTECT, related_name="work")
    status = models.CharField(
        _("status"), max_length=20, choices=MeasureStatus.choices, default=MeasureStatus.TODO
    )
    reason = models.TextField(_("reden"), blank=True)
    evidence_file = models.FileField(
        _("bewijsstuk"), upload_to="instruments/evidence/%Y/", blank=True
    )
    evidence_name = models.CharField(max_length=200, blank=True)
    evidence_link = models.URLField(_("link naar bewijs"), max_length=500, blank=True)
    accountable = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("eindverantwoordelijk"),
    )
    responsible = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("uitvoerend verantwoordelijk"),
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("beoordelaar"),
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["application", "measure"], name="measure_work_unique")
        ]

    def __str__(self) -> str:
        return f"{self.measure_id}: {self.status}"


class ReportKind(models.TextChoices):
    DPIA = "dpia", _("DPIA")
    IAMA = "iama", _("IAMA")
    AI_ACT = "ai_act", _("Classificatie AI-verordening")


class AssessmentReport(models.Model):
    """A report of an assessment done elsewhere (a DPIA by a bureau, an IAMA in a workshop),
    uploaded for an application. It evidences the assessment only once the FG accepted it,
    and no longer once withdrawn."""

    application = models.ForeignKey(
        "register.Application", on_delete=models.CASCADE, related_name="assessment_reports"
    )
    kind = models.CharField(_("instrument"), max_length=10, choices=ReportKind.choices)
    file = models.FileField(_("rapport"), upload_to="instruments/reports/%Y/")
    file_name = models.CharField(_("bestandsnaam"), max_length=200)
    note = models.TextField(_("toelichting"), blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    uploaded_by_name = models.CharField(_("aangeleverd door"), max_length=200)
    uploaded_at = models.DateTimeField(_("aangeleverd op"), auto_now_add=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
        related_name="+",
    )
    accepted_by_name = models.CharField(_("aanvaard door"), max_length=200, blank=True)
    accepted_at = models.DateTimeField(_("aanvaard op"), null=True, blank=True)
    withdrawn_at = models.DateTimeField(_("ingetrokken op"), null=True, blank=True)
    withdrawn_reason = models.TextField(_("reden van intrekken"), blank=True)

    class Meta:
        ordering = ["-uploaded_at", "-pk"]
        verbose_name = _("rapport van een beoordeling")
        verbose_name_plural = _("rapporten van beoordelingen")

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.file_name}"

    @property
    def counts(self) -> bool:
        return self.accepted_at is not None and self.withdrawn_at is None
