"""What the register allows a key to do, read from the database and kept per worker for a
few seconds (keyed by the key's hash), and the checks that turn it into a refusal with a
Dutch message naming what is missing in the register."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Hashable
from dataclasses import dataclass, replace
from typing import Any

from django.utils.translation import gettext as _

from regie.gateway.errors import Refusal
from regie.gateway.models import ApiKey, GatewaySettings, InjectionMode, PrivacyAction
from regie.register import constants as c
from regie.register.service import model_endpoints
from regie.workflow.service import decided_endpoint_sets


@dataclass(frozen=True)
class Endpoint:
    """One OpenAI-compatible server of a model (issue 17: a model may have several)."""

    name: str  # the model's name in the register
    base_url: str
    upstream_model: str
    api_key_env: str


@dataclass(frozen=True)
class Route:
    """One approved model and where the gateway forwards it: `base_url`, `upstream_model`
    and `api_key_env` are the model's own endpoint; `endpoints` every endpoint of the model
    (its own first) and, once `check_model` passed, only the ones a decision covered."""

    name: str
    upstream_model: str
    base_url: str
    api_key_env: str
    terms: str
    endpoints: tuple[Endpoint, ...] = ()


@dataclass(frozen=True)
class Policy:
    entity_actions: dict[str, str]
    default_action: str
    response_action: str
    log_content: bool
    retention_days: int
    disclosure_text: str
    rate_limit_per_minute: int | None
    monthly_token_budget: int | None
    block_incident_threshold: int
    require_trained_users: bool
    injection_mode: str = InjectionMode.LOG  # issue 17: prompt-injection signals


@dataclass(frozen=True)
class Grant:
    key_id: int
    key_prefix: str
    expires_at: dt.datetime | None
    revoked: bool
    application_id: int
    organization_id: int
    application_slug: str
    application_name: str
    status: str
    environment: str
    routes: dict[str, Route]
    policy: Policy
    # What the latest decision covered: model name → its (base URL, model at the endpoint)
    # pairs; None when no approval in Regie covers anything.
    decided: dict[str, frozenset[tuple[str, str]]] | None = None
    key_user_id: int | None = None  # a personal key's employee (issue 17)
    front_end: bool = False  # a chat front-end's key: its user headers are believed
    tasks: frozenset[str] = frozenset()  # the dossier's tasks: image and audio output (issue 17)

    @property
    def exploration(self) -> bool:
        return self.environment == c.Environment.EXPLORATION

    def action_for(self, entity_type: str) -> str:
        if self.exploration:
            return PrivacyAction.BLOCK
        return self.policy.entity_actions.get(entity_type, self.policy.default_action)


_DEFAULTS = GatewaySettings()


def load_grant(key_hash: str) -> Grant | None:
    """The register's facts for a key, or None for an unknown key. Database errors propagate
    (the caller refuses: fail closed)."""
    key = (ApiKey.objects.select_related("application", "application__model",
                                         "application__gateway_settings")
           .prefetch_related("application__model__extra_endpoints",
                             "application__other_models__extra_endpoints")
           .filter(key_hash=key_hash).first())
    if key is None:
        return None
    app = key.application
    routes = {}
    for model in app.approved_models():
        route = Route(name=model.name, upstream_model=model.endpoint_model or model.name,
                      base_url=model.endpoint_base_url.rstrip("/"),
                      api_key_env=model.endpoint_api_key_env, terms=model.terms,
                      endpoints=tuple(Endpoint(model.name, *e) for e in model_endpoints(model)))
        routes.setdefault(model.name, route)
    try:
        settings = app.gateway_settings
    except GatewaySettings.DoesNotExist:
        settings = _DEFAULTS
    policy = Policy(
        entity_actions={str(k).upper(): str(v) for k, v in (settings.entity_actions or {}).items()},
        default_action=settings.default_action, response_action=settings.response_action,
        log_content=settings.log_content, retention_days=settings.content_retention_days,
        disclosure_text=settings.disclosure_text,
        rate_limit_per_minute=settings.rate_limit_per_minute,
        monthly_token_budget=settings.monthly_token_budget,
        block_incident_threshold=settings.block_incident_threshold,
        require_trained_users=settings.require_trained_users,
        injection_mode=settings.injection_mode,
    )
    return Grant(
        key_id=key.pk, key_prefix=key.prefix, expires_at=key.expires_at,
        revoked=key.revoked_at is not None, application_id=app.pk,
        organization_id=app.organization_id, application_slug=app.slug,
        application_name=app.name, status=app.status, environment=app.environment,
        routes=routes, policy=policy, decided=decided_endpoint_sets(app.pk),
        key_user_id=key.user_id, front_end=key.front_end, tasks=frozenset(app.task_values),
    )


class TtlCache:
    """Register facts per key (a key hash, or an application and user) for `ttl` seconds;
    with ttl 0 every request reads the register."""

    def __init__(self, ttl: float, size: int = 10_000):
        self.ttl = ttl
        self.size = size
        self._entries: dict[Hashable, tuple[float, Any]] = {}

    def get(self, key: Hashable) -> tuple[bool, Any]:
        entry = self._entries.get(key)
        if entry is None or entry[0] < time.monotonic():
            return False, None
        return True, entry[1]

    def put(self, key: Hashable, value: Any) -> None:
        if self.ttl > 0:
            if len(self._entries) > self.size:
                self._entries.clear()
            self._entries[key] = (time.monotonic() + self.ttl, value)


def check_key(grant: Grant | None, now: dt.datetime) -> Grant:
    if grant is None:
        raise Refusal(401, "invalid_api_key", _("Deze gatewaysleutel is onbekend in het "
                                                 "register."), kind="authentication_error")
    if grant.revoked:
        raise Refusal(401, "api_key_revoked", _("Deze gatewaysleutel is ingetrokken."),
                      kind="authentication_error")
    if grant.expires_at is not None and grant.expires_at <= now:
        raise Refusal(401, "api_key_expired",
                      _("Deze gatewaysleutel is verlopen op %(date)s; maak een nieuwe sleutel "
                        "met regie apikey create.") % {"date": grant.expires_at.date()},
                      kind="authentication_error")
    allowed = grant.status == c.Status.IN_USE or (
        grant.status == c.Status.APPROVED and grant.exploration)
    if not allowed:
        raise Refusal(403, "application_not_in_use", _(
            "Toepassing '%(app)s' heeft in het register de status '%(status)s'; de gateway "
            "bedient alleen toepassingen met status 'In gebruik', of 'Goedgekeurd' met "
            "omgeving 'Verkenning'.") % {"app": grant.application_slug,
                                          "status": c.Status(grant.status).label})
    return grant


def check_model(grant: Grant, model: str) -> Route:
    route = grant.routes.get(model)
    if route is None:
        approved = ", ".join(sorted(grant.routes)) or _("geen")
        raise Refusal(403, "model_not_approved", _(
            "Model '%(model)s' staat in het register niet als goedgekeurd model bij toepassing "
            "'%(app)s' (goedgekeurd: %(approved)s).") % {
                "model": model, "app": grant.application_slug, "approved": approved})
    if route.terms == c.Terms.CONSUMER:
        raise Refusal(403, "model_consumer_terms", _(
            "Model '%(model)s' valt in het register onder consumentenvoorwaarden; zulke modellen "
            "bedient de gateway nooit. Leg eerst een contract met de organisatie vast.")
            % {"model": model})
    if route.terms != c.Terms.CONTRACT:
        raise Refusal(403, "model_terms_unknown", _(
            "Bij model '%(model)s' staat in het register niet dat het onder een contract met de "
            "organisatie valt; vul de voorwaarden in.") % {"model": model})
    if not route.base_url:
        raise Refusal(403, "model_without_endpoint", _(
            "Bij model '%(model)s' staat in het register geen endpoint (OpenAI-compatibel).")
            % {"model": model})
    return check_decided(grant, route)


def check_decided(grant: Grant, route: Route) -> Route:
    """Forward only to endpoints the application's latest approval covered: the route with
    just those. An endpoint added or changed since then waits for a new decision; a model
    none of whose endpoints was decided is refused (fail closed)."""
    covered = (grant.decided or {}).get(route.name) or frozenset()
    usable = tuple(e for e in route.endpoints if (e.base_url, e.upstream_model) in covered)
    if usable == route.endpoints and usable:
        return route
    if usable:
        return replace(route, endpoints=usable)
    if not covered:
        problem = _("geen besluit in Regie dekt model '%(model)s' bij deze toepassing") % {
            "model": route.name}
    else:
        problem = _(
            "het endpoint van model '%(model)s' is gewijzigd sinds het besluit (besloten: "
            "%(old)s, nu: %(new)s)") % {
                "model": route.name,
                "old": ", ".join(" / ".join(pair) for pair in sorted(covered)),
                "new": ", ".join(f"{e.base_url} / {e.upstream_model}" for e in route.endpoints)}
    raise Refusal(403, "endpoint_not_decided", _(
        "Toepassing '%(app)s': %(problem)s. De gateway stuurt niets naar een endpoint dat de "
        "directie niet heeft goedgekeurd; laat de toepassing opnieuw beoordelen en besluiten.")
        % {"app": grant.application_slug, "problem": problem})
