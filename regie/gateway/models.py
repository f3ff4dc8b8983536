"""The gateway's state: application keys, per-application settings, one record per request,
opt-in content logs and the shared counters that enforce limits across workers."""

from __future__ import annotations

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from regie.register.models import Application, User


class PrivacyAction(models.TextChoices):
    BLOCK = "block", _("Blokkeren")
    REDACT = "redact", _("Vervangen door een label")
    PSEUDONYMISE = "pseudonymise", _("Pseudonimiseren (terugzetten in het antwoord)")


class ResponseAction(models.TextChoices):
    LOG = "log", _("Alleen vastleggen")
    REDACT = "redact", _("Vervangen door een label")


class InjectionMode(models.TextChoices):
    """What the gateway does with prompt-injection signals (issue 17, `injection.py`)."""

    OFF = "off", _("Uit (niet controleren)")
    LOG = "log", _("Alleen vastleggen")
    BLOCK = "block", _("Weigeren")


class Decision(models.TextChoices):
    FORWARDED = "forwarded", _("Doorgestuurd")
    REFUSED = "refused", _("Geweigerd")
    BLOCKED = "blocked", _("Geblokkeerd (gevoelige gegevens)")
    UPSTREAM_ERROR = "upstream_error", _("Fout bij het model")


class CounterKind(models.TextChoices):
    RATE = "rate", _("Verzoeken per minuut")
    TOKENS = "tokens", _("Tokens per maand")


class ApiKey(models.Model):
    """A gateway key for one application. Only the sha256 of the token is stored."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE,
                                    related_name="gateway_keys", verbose_name=_("toepassing"))
    prefix = models.CharField(_("begin van de sleutel"), max_length=16)
    key_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(_("aangemaakt"), default=timezone.now)
    expires_at = models.DateTimeField(_("verloopt"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("ingetrokken"), null=True, blank=True)
    created_by = models.ForeignKey(User, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+")
    user = models.ForeignKey(
        User, on_delete=models.CASCADE, null=True, blank=True, related_name="gateway_keys",
        verbose_name=_("persoonlijke sleutel van"),
        help_text=_("Elk verzoek met deze sleutel telt voor deze medewerker."))
    front_end = models.BooleanField(
        _("sleutel van een chatomgeving"), default=False,
        help_text=_("Alleen bij deze sleutels gelooft de gateway de gebruikerskoppen die een "
                    "chatomgeving zoals Open WebUI meestuurt (X-OpenWebUI-User-*, "
                    "X-Regie-User)."))

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("gatewaysleutel")
        verbose_name_plural = _("gatewaysleutels")

    def __str__(self) -> str:
        return f"{self.prefix}… ({self.application.slug})"


class GatewaySettings(models.Model):
    """How the gateway treats one application's traffic. Without a row, the defaults hold."""

    application = models.OneToOneField(Application, on_delete=models.CASCADE,
                                       related_name="gateway_settings")
    entity_actions = models.JSONField(
        _("actie per gegevenssoort"), default=dict, blank=True,
        help_text=_('Bijvoorbeeld {"EMAIL": "redact", "PERSON": "pseudonymise"}; '
                    "soorten die ontbreken krijgen de standaardactie."))
    default_action = models.CharField(_("standaardactie"), max_length=20,
                                      choices=PrivacyAction.choices, default=PrivacyAction.BLOCK)
    response_action = models.CharField(_("antwoorden"), max_length=20,
                                       choices=ResponseAction.choices, default=ResponseAction.LOG)
    log_content = models.BooleanField(_("inhoud vastleggen"), default=False)
    content_retention_days = models.PositiveIntegerField(_("bewaartermijn inhoud (dagen)"),
                                                         default=30)
    disclosure_text = models.CharField(
        _("vermelding onder elk antwoord"), max_length=300, blank=True,
        help_text=_("Bijvoorbeeld: Dit antwoord is gemaakt met generatieve AI."))
    rate_limit_per_minute = models.PositiveIntegerField(_("verzoeken per minuut"), null=True,
                                                        blank=True)
    monthly_token_budget = models.PositiveBigIntegerField(_("tokens per maand"), null=True,
                                                          blank=True)
    block_incident_threshold = models.PositiveIntegerField(
        _("blokkades per uur voor een incident"), default=5)
    last_block_incident_at = models.DateTimeField(null=True, blank=True, editable=False)
    require_trained_users = models.BooleanField(
        _("alleen getrainde gebruikers"), default=False,
        help_text=_("Elk verzoek noemt de gebruiker (kop X-Regie-User of het e-mailadres uit "
                    "Open WebUI); de gateway weigert onbekende gebruikers en gebruikers zonder "
                    "geldige AI-geletterdheidstraining (AI-verordening art. 4)."))
    injection_mode = models.CharField(
        _("signalen van promptinjectie"), max_length=10, choices=InjectionMode.choices,
        default=InjectionMode.LOG,
        help_text=_("De gateway zoekt in wat gebruikers en hulpmiddelen sturen naar pogingen "
                    "het model zijn instructies te laten negeren (zoals 'negeer alle vorige "
                    "instructies'). Vastleggen: het verzoek gaat door en de soort signaal "
                    "staat bij het verzoek. Weigeren: het verzoek gaat niet naar het model."))

    class Meta:
        verbose_name = _("gatewayinstellingen")
        verbose_name_plural = _("gatewayinstellingen")

    def __str__(self) -> str:
        return str(self.application)


class GatewayRequest(models.Model):
    """One request through the gateway: who, which model, what was decided. No content."""

    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    application = models.ForeignKey(Application, on_delete=models.SET_NULL, null=True,
                                    blank=True, related_name="gateway_requests")
    api_key = models.ForeignKey(ApiKey, on_delete=models.SET_NULL, null=True, blank=True,
                                related_name="requests")
    user_label = models.CharField(_("gebruiker"), max_length=200, blank=True)
    user = models.ForeignKey(User, on_delete=models.SET_NULL, null=True, blank=True,
                             related_name="gateway_requests", verbose_name=_("medewerker"))
    department = models.CharField(_("afdeling"), max_length=200, blank=True)
    endpoint = models.CharField(max_length=40)
    model = models.CharField(_("model"), max_length=200, blank=True)
    decision = models.CharField(_("besluit"), max_length=20, choices=Decision.choices)
    reason = models.CharField(_("reden"), max_length=60, blank=True)
    status_code = models.PositiveSmallIntegerField(default=200)
    entity_types = models.JSONField(_("gevonden gegevenssoorten"), default=list, blank=True)
    response_entity_types = models.JSONField(default=list, blank=True)
    injection_signals = models.JSONField(
        _("signalen van promptinjectie"), default=dict, blank=True,
        help_text=_("Per soort signaal in hoeveel berichten van het verzoek het voorkwam."))
    prompt_tokens = models.PositiveIntegerField(default=0)
    completion_tokens = models.PositiveIntegerField(default=0)
    latency_ms = models.FloatField(_("duur (ms)"), default=0)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("gatewayverzoek")
        verbose_name_plural = _("gatewayverzoeken")
        indexes = [models.Index(fields=["application", "created_at"]),
                   models.Index(fields=["application", "decision", "created_at"])]

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M:%S} {self.endpoint} {self.decision}"

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens


class GatewayContent(models.Model):
    """Prompt and response text of one request, only for applications that opted in, kept
    until `expires_at`, then destroyed by `regie archive` (unless a legal hold keeps it).
    Holds what went upstream: placeholders, never the values the scanner replaced."""

    request = models.OneToOneField(GatewayRequest, on_delete=models.CASCADE,
                                   related_name="content")
    prompt = models.TextField(blank=True)
    response = models.TextField(blank=True)
    expires_at = models.DateTimeField(db_index=True)

    def __str__(self) -> str:
        return f"inhoud van verzoek {self.request_id}"


class UsageCounter(models.Model):
    """A counter per application, kind and window, shared by every gateway worker through
    conditional UPDATEs (see `limits.py`)."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE,
                                    related_name="gateway_counters")
    kind = models.CharField(max_length=10, choices=CounterKind.choices)
    window_start = models.DateTimeField()
    value = models.BigIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["application", "kind", "window_start"],
                                               name="gateway_counter_unique_window")]

    def __str__(self) -> str:
        return f"{self.kind} {self.window_start:%Y-%m-%d %H:%M}: {self.value}"


class BudgetScope(models.TextChoices):
    PERSON = "person", _("Per medewerker")
    DEPARTMENT = "department", _("Per afdeling")
    APPLICATION = "application", _("Per toepassing")
    ORGANIZATION = "organization", _("Hele organisatie")


class BudgetMetric(models.TextChoices):
    TOKENS = "tokens", _("Tokens")
    REQUESTS = "requests", _("Verzoeken")


class BudgetPeriod(models.TextChoices):
    DAY = "day", _("Per dag")
    MONTH = "month", _("Per maand")


class Budget(models.Model):
    """A quota set by a beheerder. A person or department budget without a named person or
    department holds for each one separately (each employee 50,000 tokens a day); with one,
    only for that one. `soft_limit` warns (answer header, one e-mail per period),
    `hard_limit` refuses."""

    organization = models.ForeignKey("register.Organization", on_delete=models.CASCADE,
                                     related_name="gateway_budgets")
    scope = models.CharField(_("niveau"), max_length=20, choices=BudgetScope.choices)
    application = models.ForeignKey(Application, on_delete=models.CASCADE, null=True,
                                    blank=True, related_name="gateway_budgets",
                                    verbose_name=_("toepassing"))
    department = models.CharField(_("afdeling"), max_length=200, blank=True)
    user = models.ForeignKey(User, on_delete=models.CASCADE, null=True, blank=True,
                             related_name="gateway_budgets", verbose_name=_("medewerker"))
    metric = models.CharField(_("wat"), max_length=10, choices=BudgetMetric.choices)
    period = models.CharField(_("periode"), max_length=10, choices=BudgetPeriod.choices)
    soft_limit = models.PositiveBigIntegerField(_("waarschuwen vanaf"), null=True, blank=True)
    hard_limit = models.PositiveBigIntegerField(_("weigeren boven"), null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["scope", "metric", "period", "pk"]
        verbose_name = _("budget")
        verbose_name_plural = _("budgetten")

    def __str__(self) -> str:
        return f"{self.get_scope_display()} {self.get_metric_display()} {self.get_period_display()}"


class BudgetCounter(models.Model):
    """Use of one budget by one subject (a person, department, application or the
    organisation) in one period; shared by every gateway worker through conditional
    upserts (see `budgets.py`). `warned` claims the period's single warning e-mail."""

    budget = models.ForeignKey(Budget, on_delete=models.CASCADE, related_name="counters")
    subject = models.CharField(max_length=200)
    window_start = models.DateTimeField()
    value = models.BigIntegerField(default=0)
    warned = models.BooleanField(default=False)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["budget", "subject", "window_start"],
                                               name="gateway_budget_counter_unique")]

    def __str__(self) -> str:
        return f"{self.budget_id} {self.subject} {self.window_start:%Y-%m-%d}: {self.value}"


class UpstreamHealth(models.Model):
    """The last health a gateway worker saw of an upstream endpoint (issue 17): written when
    it is taken out or put back, shown on the model's page. Workers each keep their own
    state; this row is the latest change any of them saw."""

    base_url = models.CharField(max_length=500, unique=True)
    healthy = models.BooleanField(default=True)
    last_error = models.CharField(max_length=200, blank=True)
    changed_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"{self.base_url}: {'healthy' if self.healthy else 'unhealthy'}"
