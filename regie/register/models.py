"""The register: organisations, people, AI models, suppliers and applications (the dossier).

Every fact of the dossier format (`regie dossier schema`) is a column or a small related
table here, so that lists can be filtered and counted in SQL. `dossier.py` maps between the
two; `service.py` is the only place that writes, so every change reaches the audit trail.
"""

from __future__ import annotations

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from regie.register import constants as c


class Organization(models.Model):
    name = models.CharField(_("naam"), max_length=200, unique=True)
    slug = models.SlugField(_("korte naam"), max_length=100, unique=True)
    kind = models.CharField(
        _("soort"), max_length=40, choices=c.OrganizationKind.choices, blank=True
    )
    oin = models.CharField(_("OIN"), max_length=20, blank=True,
                           help_text=_("Organisatie-identificatienummer"))
    contact_email = models.EmailField(_("contactadres voor burgers"), blank=True)
    website = models.URLField(_("website"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisatie")
        verbose_name_plural = _("organisaties")

    def __str__(self) -> str:
        return self.name


class User(AbstractUser):
    """An employee. Roles are Django groups (see `roles.py`); the organisation scopes what
    they see. A superuser without organisation administers the whole installation."""

    organization = models.ForeignKey(
        Organization, verbose_name=_("organisatie"), on_delete=models.PROTECT,
        null=True, blank=True, related_name="users",
    )
    department = models.CharField(_("afdeling"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("gebruiker")
        verbose_name_plural = _("gebruikers")

    def __str__(self) -> str:
        return self.get_full_name() or self.username

    @property
    def role_names(self) -> set[str]:
        if not hasattr(self, "_role_names"):
            self._role_names = set(self.groups.values_list("name", flat=True))
        return self._role_names

    def has_role(self, *roles: str) -> bool:
        return bool(self.role_names.intersection(roles))


class AIModel(models.Model):
    """A generative-AI model as the organisation uses it: who made it, where it runs, under
    which terms, and the OpenAI-compatible endpoint the gateway forwards to."""

    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="ai_models",
        verbose_name=_("organisatie"),
    )
    name = models.CharField(_("naam"), max_length=200)
    provider = models.CharField(_("ontwikkelaar"), max_length=200, blank=True)
    country = models.CharField(_("land van herkomst"), max_length=100, blank=True)
    developed_in_eu = models.BooleanField(_("ontwikkeld in de EU"), null=True, blank=True)
    licence = models.CharField(_("licentie"), max_length=100, blank=True)
    open_source = models.CharField(
        _("openheid"), max_length=20, choices=c.OpenSource.choices, blank=True
    )
    hosting = models.CharField(_("hosting"), max_length=20, choices=c.Hosting.choices, blank=True)
    terms = models.CharField(_("voorwaarden"), max_length=20, choices=c.Terms.choices, blank=True)
    gpai = models.BooleanField(_("AI-model voor algemene doeleinden (GPAI)"), null=True,
                               blank=True)
    parameters_billion = models.DecimalField(
        _("omvang (miljard parameters)"), max_digits=8, decimal_places=2, null=True, blank=True
    )
    endpoint_base_url = models.URLField(_("endpoint (OpenAI-compatibel)"), max_length=500,
                                        blank=True)
    endpoint_api_key_env = models.CharField(
        _("omgevingsvariabele met de sleutel"), max_length=100, blank=True,
        help_text=_("Naam van de omgevingsvariabele waarin de gateway de sleutel vindt; "
                    "de sleutel zelf staat nooit in het register."),
    )
    endpoint_model = models.CharField(
        _("modelnaam bij het endpoint"), max_length=200, blank=True,
        help_text=_("Leeg: gelijk aan de naam."),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("AI-model")
        verbose_name_plural = _("AI-modellen")
        indexes = [models.Index(fields=["organization", "name"])]

    def __str__(self) -> str:
        return f"{self.name} ({self.provider})" if self.provider else self.name

    def get_absolute_url(self) -> str:
        return reverse("register:model_detail", args=[self.pk])


class ModelEndpoint(models.Model):
    """A further OpenAI-compatible endpoint of a model (e.g. a second local vLLM server): the
    gateway balances between the model's endpoint and these, but only over the ones the
    application's latest decision covered (issue 17)."""

    model = models.ForeignKey(AIModel, on_delete=models.CASCADE, related_name="extra_endpoints",
                              verbose_name=_("AI-model"))
    base_url = models.URLField(_("endpoint (OpenAI-compatibel)"), max_length=500)
    api_key_env = models.CharField(
        _("omgevingsvariabele met de sleutel"), max_length=100, blank=True,
        help_text=_("Leeg: dezelfde als bij het model."))
    upstream_model = models.CharField(_("modelnaam bij het endpoint"), max_length=200,
                                      blank=True, help_text=_("Leeg: als bij het model."))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("extra endpoint")
        verbose_name_plural = _("extra endpoints")
        constraints = [models.UniqueConstraint(fields=["model", "base_url", "upstream_model"],
                                               name="model_endpoint_unique")]

    def __str__(self) -> str:
        return self.base_url


class Supplier(models.Model):
    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="suppliers",
        verbose_name=_("organisatie"),
    )
    name = models.CharField(_("naam"), max_length=200)
    country = models.CharField(_("land"), max_length=100, blank=True)
    kvk_number = models.CharField(_("KvK-nummer"), max_length=8, blank=True)
    contact_email = models.EmailField(_("contactadres"), blank=True)
    website = models.URLField(_("website"), blank=True)
    notes = models.TextField(_("toelichting"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("leverancier")
        verbose_name_plural = _("leveranciers")
        constraints = [
            models.UniqueConstraint(fields=["organization", "name"], name="supplier_unique_name")
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("register:supplier_detail", args=[self.pk])


class SupplierAgreement(models.Model):
    """The signed agreement with a supplier about what happens to the input (sharing,
    retention, retraining) and the processor agreement, with its document. It evidences the
    dossier's `supplier_agreements` of every application of this supplier while it is
    current (not withdrawn, not expired)."""

    supplier = models.ForeignKey(Supplier, on_delete=models.CASCADE, related_name="agreements",
                                 verbose_name=_("leverancier"))
    data_sharing = models.CharField(_("delen van gegevens"), max_length=20,
                                    choices=c.Agreement.choices)
    data_retention = models.CharField(_("bewaren van gegevens"), max_length=20,
                                      choices=c.Agreement.choices)
    retraining_on_prompts = models.CharField(_("hertrainen op invoer"), max_length=20,
                                             choices=c.Retraining.choices)
    processor_agreement = models.CharField(_("verwerkersovereenkomst"), max_length=20,
                                           choices=c.Agreement.choices)
    document = models.FileField(_("document"), upload_to="register/agreements/%Y/")
    document_name = models.CharField(_("bestandsnaam"), max_length=200)
    valid_until = models.DateField(_("geldig tot"), null=True, blank=True)
    recorded_by = models.ForeignKey("User", on_delete=models.SET_NULL, null=True,
                                    related_name="+")
    recorded_by_name = models.CharField(_("vastgelegd door"), max_length=200)
    recorded_at = models.DateTimeField(_("vastgelegd op"), auto_now_add=True)
    withdrawn_at = models.DateTimeField(_("ingetrokken op"), null=True, blank=True)
    withdrawn_reason = models.TextField(_("reden van intrekken"), blank=True)

    class Meta:
        ordering = ["-recorded_at", "-pk"]
        verbose_name = _("overeenkomst met een leverancier")
        verbose_name_plural = _("overeenkomsten met leveranciers")

    def __str__(self) -> str:
        return f"{self.supplier}: {self.document_name}"


class Application(models.Model):
    """One generative-AI application: the dossier. Field groups follow the dossier format."""

    organization = models.ForeignKey(
        Organization, on_delete=models.PROTECT, related_name="applications",
        verbose_name=_("organisatie"),
    )
    slug = models.SlugField(_("kenmerk"), max_length=120, unique=True)
    name = models.CharField(_("naam"), max_length=200)
    purpose = models.TextField(_("doel"), blank=True)
    societal_value = models.TextField(_("maatschappelijke meerwaarde"), blank=True)
    owner_name = models.CharField(_("eigenaar"), max_length=200, blank=True)
    owner_email = models.EmailField(_("e-mailadres eigenaar"), blank=True)
    owner = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, blank=True, related_name="owned_applications",
        verbose_name=_("eigenaar (gebruiker)"),
    )
    department = models.CharField(_("afdeling"), max_length=200, blank=True)
    theme = models.CharField(_("beleidsterrein"), max_length=60, choices=c.Theme.choices,
                             blank=True)
    legal_basis = models.TextField(_("wettelijke grondslag"), blank=True)
    contact_email = models.EmailField(_("contactadres voor burgers"), blank=True)

    use = models.CharField(_("soort gebruik"), max_length=20, choices=c.Use.choices, blank=True)
    environment = models.CharField(_("omgeving"), max_length=20, choices=c.Environment.choices,
                                   blank=True)

    decisions_legal_or_financial_effects = models.BooleanField(
        _("uitkomst heeft juridische of financiële gevolgen"), null=True, blank=True)
    decisions_autonomous = models.BooleanField(
        _("AI neemt zelfstandig besluiten"), null=True, blank=True)
    decisions_directie_decision = models.TextField(
        _("besluit van de directie over inzet bij besluiten met rechtsgevolgen"), blank=True,
        help_text=_("Vastgelegd door de directie: het besluit en de onderbouwing."))
    impact_citizens = models.BooleanField(_("raakt burgers"), null=True, blank=True)
    impact_employees = models.BooleanField(_("raakt medewerkers"), null=True, blank=True)
    data_personal = models.BooleanField(_("persoonsgegevens"), null=True, blank=True)
    data_special_categories = models.BooleanField(
        _("bijzondere persoonsgegevens"), null=True, blank=True)
    data_confidential = models.BooleanField(_("vertrouwelijke gegevens"), null=True, blank=True)

    model = models.ForeignKey(
        AIModel, on_delete=models.PROTECT, null=True, blank=True, related_name="applications",
        verbose_name=_("AI-model"),
    )
    other_models = models.ManyToManyField(
        AIModel, blank=True, related_name="secondary_applications",
        verbose_name=_("overige AI-modellen"),
    )

    supplier = models.ForeignKey(
        Supplier, on_delete=models.PROTECT, null=True, blank=True, related_name="applications",
        verbose_name=_("leverancier"),
    )
    agreement_data_sharing = models.CharField(
        _("afspraken over delen van invoer"), max_length=20, choices=c.Agreement.choices,
        blank=True)
    agreement_data_retention = models.CharField(
        _("afspraken over bewaren van invoer"), max_length=20, choices=c.Agreement.choices,
        blank=True)
    agreement_retraining_on_prompts = models.CharField(
        _("hertrainen op invoer"), max_length=20, choices=c.Retraining.choices, blank=True)
    agreement_processor = models.CharField(
        _("verwerkersovereenkomst"), max_length=20, choices=c.Agreement.choices, blank=True)
    contract_end_date = models.DateField(_("einddatum contract"), null=True, blank=True)

    risk_necessity_proportionality = models.TextField(
        _("noodzaak en proportionaliteit"), blank=True)
    risk_preconditions = models.TextField(
        _("randvoorwaarden (AI-geletterdheid, governance, informatiebeheer)"), blank=True)
    risk_subsidiarity = models.TextField(_("subsidiariteit (minder ingrijpende alternatieven)"),
                                         blank=True)
    risk_care = models.TextField(_("zorgvuldigheid (grenzen van de techniek)"), blank=True)
    risk_exit_strategy = models.TextField(_("exitstrategie"), blank=True)

    assessment_dpia = models.CharField(_("DPIA"), max_length=20,
                                       choices=c.AssessmentStatus.choices, blank=True)
    assessment_iama = models.CharField(_("IAMA"), max_length=20,
                                       choices=c.AssessmentStatus.choices, blank=True)
    ai_act_risk = models.CharField(_("risicoklasse AI-verordening"), max_length=20,
                                   choices=c.AIActRisk.choices, blank=True)
    ai_act_gpai = models.BooleanField(_("GPAI volgens AI-verordening"), null=True, blank=True)

    advice_fg = models.CharField(_("advies FG"), max_length=20, choices=c.Advice.choices,
                                 blank=True)
    advice_ciso = models.CharField(_("advies CISO"), max_length=20, choices=c.Advice.choices,
                                   blank=True)

    human_oversight = models.TextField(_("menselijk toezicht"), blank=True)
    transparency_public_informed = models.BooleanField(
        _("betrokkenen geïnformeerd"), null=True, blank=True)
    transparency_output_labelled = models.BooleanField(
        _("AI-uitvoer gelabeld"), null=True, blank=True)
    register_algoritmeregister = models.BooleanField(
        _("opgenomen in het Algoritmeregister"), null=True, blank=True)
    register_cmdb = models.BooleanField(_("opgenomen in de CMDB"), null=True, blank=True)
    training_users_trained = models.BooleanField(_("gebruikers getraind"), null=True, blank=True)

    status = models.CharField(_("status"), max_length=20, choices=c.Status.choices,
                              default=c.Status.DRAFT)

    external_source = models.CharField(_("bron"), max_length=40, blank=True)
    external_id = models.CharField(_("kenmerk bij de bron"), max_length=100, blank=True)
    external_url = models.URLField(_("adres bij de bron"), max_length=500, blank=True)
    registered_on = models.DateField(_("geregistreerd op"), null=True, blank=True)

    created_at = models.DateTimeField(_("aangemaakt"), auto_now_add=True)
    updated_at = models.DateTimeField(_("gewijzigd"), auto_now=True, db_index=True)
    created_by = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("toepassing")
        verbose_name_plural = _("toepassingen")
        indexes = [
            models.Index(fields=["organization", "name"]),
            models.Index(fields=["organization", "status", "name"]),
            models.Index(fields=["organization", "ai_act_risk"]),
            models.Index(fields=["organization", "status", "ai_act_risk"]),
            models.Index(fields=["organization", "owner_email"]),
            models.Index(fields=["organization", "updated_at"]),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["external_source", "external_id"],
                condition=~models.Q(external_id=""),
                name="application_unique_external",
            )
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("register:application_detail", args=[self.slug])

    @property
    def task_values(self) -> list[str]:
        return sorted(t.task for t in self.tasks.all())

    @property
    def expert_values(self) -> list[str]:
        return sorted(e.expertise for e in self.experts.all())

    @property
    def ai_act_role_values(self) -> list[str]:
        return sorted(r.role for r in self.ai_act_roles.all())

    def approved_models(self) -> list[AIModel]:
        """The models this application may use through the gateway."""
        models_ = [self.model] if self.model_id else []
        return models_ + [m for m in self.other_models.all() if m.pk != self.model_id]


class ApplicationTask(models.Model):
    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="tasks")
    task = models.CharField(max_length=30, choices=c.Task.choices)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["application", "task"], name="application_task_unique")
        ]

    def __str__(self) -> str:
        return self.get_task_display()


class RiskAnalysisExpert(models.Model):
    """One kind of expertise that contributed to the risk analysis."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE,
                                    related_name="experts")
    expertise = models.CharField(max_length=30, choices=c.Expertise.choices)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["application", "expertise"],
                                    name="risk_expert_unique")
        ]

    def __str__(self) -> str:
        return self.get_expertise_display()


class AIActRoleAssignment(models.Model):
    """The organisation's role for this application under the AI Act."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE,
                                    related_name="ai_act_roles")
    role = models.CharField(max_length=30, choices=c.AIActRole.choices)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["application", "role"], name="ai_act_role_unique")
        ]

    def __str__(self) -> str:
        return self.get_role_display()
