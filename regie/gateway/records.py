"""Traceability: one `GatewayRequest` per request (no content unless the application opted
in), every refusal in the audit trail, and an incident when one application keeps sending
data the gateway has to block."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field

from django.db import IntegrityError, connections, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from regie.audit.service import Actor, record_event
from regie.gateway.grants import Grant
from regie.gateway.models import Decision, GatewayContent, GatewayRequest, GatewaySettings

logger = logging.getLogger(__name__)


@dataclass
class Outcome:
    """Everything known about a request once it is done; filled in as it goes."""

    endpoint: str
    started: float
    created_at: dt.datetime = field(default_factory=timezone.now)
    grant: Grant | None = None
    user_label: str = ""
    user_id: int | None = None  # the person (issue 17, `people.py`)
    department: str = ""
    headers: list[tuple[bytes, bytes]] = field(default_factory=list)  # extra answer headers
    model: str = ""
    decision: str = Decision.FORWARDED
    reason: str = ""
    message: str = ""
    status_code: int = 200
    entity_types: list[str] = field(default_factory=list)
    response_entity_types: list[str] = field(default_factory=list)
    injection_signals: dict[str, int] = field(default_factory=dict)  # issue 17, injection.py
    prompt_tokens: int = 0
    completion_tokens: int = 0
    latency_ms: float = 0.0
    prompt_text: str | None = None
    response_text: str | None = None


def _row(outcome: Outcome) -> GatewayRequest:
    grant = outcome.grant
    return GatewayRequest(
        created_at=outcome.created_at, application_id=grant.application_id if grant else None,
        api_key_id=grant.key_id if grant else None,
        user_label=outcome.user_label[:200], user_id=outcome.user_id,
        department=outcome.department[:200], endpoint=outcome.endpoint,
        model=outcome.model[:200], decision=outcome.decision, reason=outcome.reason,
        status_code=outcome.status_code, entity_types=sorted(outcome.entity_types),
        response_entity_types=sorted(outcome.response_entity_types),
        injection_signals=outcome.injection_signals,
        prompt_tokens=outcome.prompt_tokens, completion_tokens=outcome.completion_tokens,
        latency_ms=round(outcome.latency_ms, 3),
    )


_BATCH_FIELDS = [f for f in GatewayRequest._meta.concrete_fields if not f.primary_key]


def save_many(outcomes: list[Outcome]) -> None:
    """Forwarded requests without content, written in one go (the gateway batches them)
    with one `executemany`: building model instances and compiling SQL per row cost more
    CPU than the rest of a request. If the batch fails (an application deleted meanwhile),
    each row is tried on its own."""
    rows = [_row(outcome) for outcome in outcomes]
    if not rows:
        return
    connection = connections[GatewayRequest.objects.db]
    quote = connection.ops.quote_name
    sql = (f"INSERT INTO {quote(GatewayRequest._meta.db_table)} "
           f"({', '.join(quote(f.column) for f in _BATCH_FIELDS)}) "
           f"VALUES ({', '.join(['%s'] * len(_BATCH_FIELDS))})")
    params = [[f.get_db_prep_save(getattr(row, f.attname), connection) for f in _BATCH_FIELDS]
              for row in rows]
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.executemany(sql, params)
    except IntegrityError:
        for row in rows:
            try:
                with transaction.atomic():
                    row.save()
            except IntegrityError:
                logger.warning("gateway request of application %s not recorded",
                               row.application_id)


def needs_immediate_save(outcome: Outcome) -> bool:
    """Refusals (audit trail) and content logs are written at once; plain forwarded
    requests may be batched."""
    return outcome.decision != Decision.FORWARDED or outcome.prompt_text is not None


def save(outcome: Outcome) -> GatewayRequest:
    grant = outcome.grant
    with transaction.atomic():
        entry = _row(outcome)
        entry.save()
        if grant and grant.policy.log_content and outcome.prompt_text is not None:
            GatewayContent.objects.create(
                request=entry, prompt=outcome.prompt_text, response=outcome.response_text or "",
                expires_at=entry.created_at + dt.timedelta(days=grant.policy.retention_days))
        if outcome.decision in (Decision.REFUSED, Decision.BLOCKED):
            record_event(
                "gateway_request_refused",
                actor=Actor(via="gateway", name=outcome.user_label or "onbekend"),
                organization_id=grant.organization_id if grant else None,
                application_id=grant.application_id if grant else None,
                data={"code": outcome.reason, "endpoint": outcome.endpoint,
                      "model": outcome.model, "entity_types": sorted(outcome.entity_types),
                      "request": entry.pk,
                      **({"injection_signals": outcome.injection_signals}
                         if outcome.injection_signals else {})},
            )
    if outcome.decision == Decision.BLOCKED and grant is not None:
        report_repeated_blocks(grant)
    return entry


def report_repeated_blocks(grant: Grant) -> bool:
    """An incident when the application reached its threshold of blocks in the past hour;
    at most one per hour, claimed with a conditional UPDATE so only one worker reports."""
    now = timezone.now()
    hour_ago = now - dt.timedelta(hours=1)
    blocks = GatewayRequest.objects.filter(application_id=grant.application_id,
                                           decision=Decision.BLOCKED,
                                           created_at__gte=hour_ago).count()
    if blocks < grant.policy.block_incident_threshold:
        return False
    GatewaySettings.objects.get_or_create(application_id=grant.application_id)
    claimed = GatewaySettings.objects.filter(
        Q(last_block_incident_at__isnull=True) | Q(last_block_incident_at__lt=hour_ago),
        application_id=grant.application_id,
    ).update(last_block_incident_at=now)
    if not claimed:
        return False
    from regie.register.models import Application

    application = Application.objects.select_related("organization").get(
        pk=grant.application_id)
    description = _(
        "De gateway blokkeerde in het afgelopen uur %(count)s verzoeken van toepassing "
        "'%(app)s' omdat ze persoonsgegevens of vertrouwelijke gegevens bevatten.") % {
            "count": blocks, "app": application.slug}
    record_event("gateway_repeated_blocks", actor=Actor(via="gateway", name="gateway"),
                 obj=application, data={"blocks_last_hour": blocks})
    from regie.lifecycle.service import report_incident

    report_incident(organization=application.organization, kind="personal_data",
                    description=description, application=application, source="gateway")
    return True
