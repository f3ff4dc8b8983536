"""The register's public face: every write to applications, models and suppliers goes
through these functions, so that each change is validated once and lands in the audit trail.

Other apps import from here (and from `dossier`, `access`, `roles`), not from the views.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, models, transaction
from django.db.models import Prefetch, ProtectedError, Q
from django.utils.text import slugify
from django.utils.translation import gettext as _

from regie.audit.service import Actor, diff, record_event, record_events
from regie.core import safeload
from regie.register import dossier as fmt
from regie.register.access import can_edit_application
from regie.register.constants import Status
from regie.register.evidence import FactState, evidence_forms, merge_evidence
from regie.register.facts import application_facts
from regie.register.models import (
    AIModel,
    Application,
    ModelEndpoint,
    Organization,
    Supplier,
    User,
)
from regie.register.rights import (
    RightsChangeRefused,
    check_rights_change,
    save_user_rights,
    user_rights,
)

__all__ = [
    "application_facts", "evidence_forms", "dossier_for", "evidenced_dossier", "import_dossier",
    "save_application", "delete_application", "status_migration",
    "save_catalogue_item", "delete_catalogue_item", "get_or_create_organization",
    "unique_slug", "with_dossier_relations", "relying_applications", "CatalogueChangeRefused",
    "model_endpoints", "endpoint_rows", "decision_endpoints", "add_model_endpoint",
    "remove_model_endpoint",
    "save_organization", "delete_organization",
    "RightsChangeRefused", "user_rights", "check_rights_change", "save_user_rights",
]

# A catalogue change that alters the dossier of an application in one of these statuses is a
# material change of that application: it needs edit rights on each of them.
DECIDED_STATUSES = (Status.APPROVED, Status.IN_USE)


class CatalogueChangeRefused(PermissionDenied):
    """A model or supplier change the actor may not make: applications that were decided on
    with it rely on it, and the actor may not edit all of them (HTTP 403)."""


def with_dossier_relations(queryset: models.QuerySet) -> models.QuerySet:
    """Everything `dossier_for` reads, fetched in a fixed number of queries."""
    return queryset.select_related("organization", "model", "supplier").prefetch_related(
        "tasks", "experts", "ai_act_roles",
        Prefetch("other_models", queryset=AIModel.objects.order_by("pk")),
    )


def _export_value(value: Any, kind: str) -> Any:
    if kind in ("text", "choice"):
        return value or None
    if kind == "date":
        return value.isoformat() if value else None
    if kind == "number":
        if value is None:
            return None
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def _set(result: dict[str, Any], path: str, value: Any) -> None:
    node = result
    *parents, leaf = path.split(".")
    for part in parents:
        node = node.setdefault(part, {})
    node[leaf] = value


def model_as_dossier(model: AIModel | None) -> dict[str, Any] | None:
    if model is None:
        return None
    result: dict[str, Any] = {}
    for key, field, kind in fmt.MODEL_FIELDS:
        _set(result, key, _export_value(getattr(model, field), kind))
    return result


def dossier_for(application: Application) -> dict[str, Any]:
    """The application as a normalised dossier (the export format)."""
    result: dict[str, Any] = {
        "slug": application.slug,
        "organization": application.organization.name,
    }
    for path, field, kind in fmt.SCALAR_FIELDS:
        _set(result, path, _export_value(getattr(application, field), kind))
    for path, related, value_field, _vocabulary in fmt.LIST_FIELDS:
        values = sorted(getattr(row, value_field) for row in getattr(application, related).all())
        _set(result, path, values)
    result["model"] = model_as_dossier(application.model)
    result["other_models"] = [
        model_as_dossier(m) for m in application.other_models.all() if m.pk != application.model_id
    ]
    supplier = application.supplier
    result["supplier"] = (
        {key: getattr(supplier, field) or None for key, field, _kind in fmt.SUPPLIER_FIELDS}
        if supplier else None
    )
    return fmt.normalize(result) | {"slug": application.slug}


def evidenced_dossier(application: Application) -> tuple[dict[str, Any], dict[str, FactState]]:
    """The dossier as it counts — every fact Regie evidences taken from its record, typed
    claims without a record not counted (`regie.register.evidence`) — and those facts."""
    return merge_evidence(application, dossier_for(application))


def _db_value(value: Any, kind: str) -> Any:
    if kind in ("text", "choice"):
        return value or ""
    if kind == "date":
        return dt.date.fromisoformat(value) if value else None
    if kind == "number":
        return Decimal(str(value)) if value is not None else None
    return value


def get_or_create_organization(name: str) -> Organization:
    organization = Organization.objects.filter(name=name).first()
    if organization is None:
        base = slugify(name)[:90] or "organisatie"
        slug, n = base, 1
        while Organization.objects.filter(slug=slug).exists():
            n += 1
            slug = f"{base}-{n}"
        organization = Organization.objects.create(name=name, slug=slug)
    return organization


def unique_slug(name: str, *, exclude_pk: int | None = None) -> str:
    base = slugify(name)[:100].strip("-") or "toepassing"
    slug, n = base, 1
    taken = Application.objects.exclude(pk=exclude_pk)
    while taken.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


def _model_from_dossier(organization: Organization, data: dict[str, Any],
                        actor: Actor) -> AIModel:
    """The organisation's model with exactly these facts; a new one when none matches, so that
    importing one dossier never changes the model another dossier points at."""
    values = {field: _db_value(fmt.get_path(data, key), kind)
              for key, field, kind in fmt.MODEL_FIELDS}
    model = AIModel.objects.filter(organization=organization, **values).order_by("pk").first()
    return model or save_catalogue_item(AIModel(organization=organization), values, actor=actor)


def _supplier_from_dossier(organization: Organization, data: dict[str, Any],
                           actor: Actor) -> Supplier:
    supplier = Supplier.objects.filter(organization=organization, name=data["name"]).first()
    values = {field: _db_value(data.get(key), kind) for key, field, kind in fmt.SUPPLIER_FIELDS}
    if supplier is None:
        supplier = Supplier(organization=organization)
    return save_catalogue_item(supplier, values, actor=actor)


def import_dossier(data: dict[str, Any], *, actor: Actor, status: str | None = None,
                   organization: Organization | None = None) -> tuple[Application, bool]:
    """Create or update the application a normalised dossier describes, in one transaction.

    Identity: the dossier's `slug` when given, otherwise its name within the organisation.
    `organization` (when given) must match the dossier's; the API passes the caller's own.

    A status here (`status`, or the dossier's own) is an *administrative migration* of an
    existing register (`regie dossier import --status`, the demonstration data): it bypasses
    the procedure and is audited as such (`application_status_migrated`). The API and web
    pages never pass one; there the procedure is the only door.
    """
    with transaction.atomic():
        if organization is None:
            organization = get_or_create_organization(data["organization"])
        elif data["organization"] != organization.name:
            raise fmt.DossierError(
                f"hoort bij {data['organization']!r}, niet bij uw organisatie "
                f"{organization.name!r}", field="organization")
        application = None
        if data.get("slug"):
            application = Application.objects.filter(slug=data["slug"]).first()
            if application is not None and application.organization_id != organization.pk:
                raise fmt.DossierError("dit kenmerk is al in gebruik bij een andere organisatie",
                                       field="slug")
        if application is None and not data.get("slug"):
            application = (Application.objects.filter(organization=organization,
                                                      name=data["name"]).order_by("pk").first())
        created = application is None
        if created:
            application = Application(organization=organization,
                                      slug=data.get("slug") or unique_slug(data["name"]))
        if status:
            data = {**data, "status": status}
        before = application.status if not created else None
        _apply_dossier(application, data, organization, actor)
        migration = status_migration(application, before)
        if migration:
            record_events([migration], actor=actor)
        return application, created


MIGRATION_REASON = "administratieve overname van een bestaand register"


def status_migration(application: Application, before: str | None, *,
                     source: str = "") -> dict[str, Any] | None:
    """The audit event of an *administrative migration* — a status taken over from an
    existing register (`regie dossier import --status`, `regie register import`) instead of
    reached through the procedure — for `record_events`; None when the status is unchanged
    (`before` None: a new application, which would start as a draft)."""
    if application.status == (before or Status.DRAFT):
        return None
    data = {"from": before, "to": application.status, "administrative": True,
            "reason": MIGRATION_REASON}
    if source:
        data["source"] = source
    return {"event": "application_status_migrated", "obj": application, "data": data}


def _apply_dossier(application: Application, data: dict[str, Any],
                   organization: Organization, actor: Actor) -> None:
    values: dict[str, Any] = {}
    for path, field, kind in fmt.SCALAR_FIELDS:
        value = fmt.get_path(data, path)
        if field == "status" and value is None:
            value = application.status or "draft"
        values[field] = _db_value(value, kind)
    model = _model_from_dossier(organization, data["model"], actor) if data.get("model") else None
    other = [_model_from_dossier(organization, m, actor) for m in data.get("other_models") or []]
    supplier = (_supplier_from_dossier(organization, data["supplier"], actor)
                if data.get("supplier") else None)
    lists = {related: fmt.get_path(data, path) or []
             for path, related, _v, _voc in fmt.LIST_FIELDS}
    try:
        save_application(application, values | {"model": model, "supplier": supplier},
                         actor=actor, other_models=other, lists=lists)
    except ValidationError as exc:
        field, messages = next(iter(exc.message_dict.items()))
        path = next((p for p, f, _k in fmt.SCALAR_FIELDS if f == field), field)
        raise fmt.DossierError("; ".join(messages), field=path) from exc


def _owner_user(application: Application) -> User | None:
    if not application.owner_email:
        return None
    return User.objects.filter(organization_id=application.organization_id,
                               email__iexact=application.owner_email).first()


def save_application(application: Application, values: dict[str, Any], *, actor: Actor,
                     other_models: list[AIModel] | None = None,
                     lists: dict[str, list[str]] | None = None) -> Application:
    """Set `values` (model field → value) and the related lists, save, and audit the change
    as field-level differences of the dossier."""
    with transaction.atomic():
        created = application.pk is None
        before = {} if created else dossier_for(
            with_dossier_relations(Application.objects.all()).get(pk=application.pk))
        for field, value in values.items():
            setattr(application, field, value)
        if not application.slug:
            application.slug = unique_slug(application.name)
        application.owner = _owner_user(application)
        if created and actor.user is not None:
            application.created_by = actor.user
        application.full_clean(exclude=["organization", "slug", "model", "supplier", "owner",
                                        "created_by"])
        # A savepoint: when nothing changed it is rolled back, so a repeated import leaves
        # the row (and its `updated_at`) exactly as it was.
        with transaction.atomic():
            application.save()
            if other_models is not None:
                application.other_models.set(other_models)
            _replace_lists(application, lists or {})
            after = dossier_for(with_dossier_relations(Application.objects.all()).get(
                pk=application.pk))
            changes = diff(before, after)
            if not created and not changes:
                transaction.set_rollback(True)
        if created or changes:
            record_event("application_created" if created else "application_updated",
                         actor=actor, obj=application, changes=changes)
    return application


def _replace_lists(application: Application, lists: dict[str, list[str]]) -> None:
    """Make the related value lists (tasks, experts, AI-Act roles) exactly those given."""
    for _path, related, value_field, _vocabulary in fmt.LIST_FIELDS:
        if related not in lists:
            continue
        manager = getattr(application, related)
        wanted = set(lists[related])
        manager.exclude(**{f"{value_field}__in": wanted}).delete()
        have = set(manager.values_list(value_field, flat=True))
        manager.model.objects.bulk_create(
            [manager.model(application=application, **{value_field: v})
             for v in sorted(wanted - have)])


def delete_application(application: Application, *, actor: Actor) -> None:
    with transaction.atomic():
        snapshot = dossier_for(application)
        record_event("application_deleted", actor=actor, obj=application,
                     data={"dossier": snapshot})
        application.delete()


def _snapshot(obj: models.Model) -> dict[str, Any]:
    return {
        f.name: getattr(obj, f.attname)
        for f in obj._meta.concrete_fields
        if f.name not in ("id", "created_at", "updated_at")
    }


def relying_applications(obj: AIModel | Supplier) -> models.QuerySet:
    """The applications whose dossier includes this model (main or other) or supplier."""
    if isinstance(obj, AIModel):
        match = Q(model=obj) | Q(pk__in=obj.secondary_applications.values("pk"))
    else:
        match = Q(supplier=obj)
    return Application.objects.filter(match)


def model_endpoints(model: AIModel) -> list[tuple[str, str, str]]:
    """Every endpoint of a model as (base URL, model name at the endpoint, name of the key's
    environment variable): the model's own first, then its extra endpoints (issue 17)."""
    return [endpoint for endpoint, _extra in endpoint_rows(model)]


def endpoint_rows(model: AIModel) -> list[tuple[tuple[str, str, str], ModelEndpoint | None]]:
    """`model_endpoints` with the extra endpoint's row beside each (None: the model's own);
    an extra endpoint equal to one before it is left out."""
    own = model.endpoint_base_url.rstrip("/")
    rows = [((own, model.endpoint_model or model.name, model.endpoint_api_key_env), None)
            ] if own else []
    for extra in model.extra_endpoints.all():
        endpoint = (extra.base_url.rstrip("/"), extra.upstream_model or model.endpoint_model
                    or model.name, extra.api_key_env or model.endpoint_api_key_env)
        if endpoint[:2] not in [e[:2] for e, _row in rows]:
            rows.append((endpoint, extra))
    return rows


def decision_endpoints(application: Application) -> dict[str, list[list[str]]]:
    """What a decision on the application covers at the gateway: per model name its
    endpoints as [base URL, model name at the endpoint]."""
    return {m.name: [[base_url, name] for base_url, name, _env in model_endpoints(m)]
            for m in application.approved_models()}


def _dossiers(applications: models.QuerySet) -> dict[int, dict[str, Any]]:
    """The dossiers of `applications` with their models' extra endpoints, which are not
    part of the dossier format but change what an approval covers (a material change)."""
    dossiers = {}
    for application in with_dossier_relations(applications).prefetch_related(
            "model__extra_endpoints", "other_models__extra_endpoints").order_by("pk"):
        dossier = dossier_for(application)
        for entry, model in zip([dossier.get("model"), *(dossier.get("other_models") or [])],
                                application.approved_models(), strict=False):
            extra = [endpoint for endpoint, row in endpoint_rows(model) if row is not None]
            if entry is not None and extra:
                entry["extra_endpoints"] = [f"{base_url} / {name}" for base_url, name, _e in extra]
        dossiers[application.pk] = dossier
    return dossiers


def _check_decided_applications(obj: AIModel | Supplier, changed: list[Application],
                                actor: Actor) -> None:
    """Refuse unless the actor may edit every decided application the change touches (Regie
    itself, on the command line, may: that door is for administrators)."""
    user = actor.user
    if user is None:
        return
    blocked = [a.name for a in changed
               if a.status in DECIDED_STATUSES and not can_edit_application(user, a)]
    if blocked:
        raise CatalogueChangeRefused(
            _("U mag %(item)s niet wijzigen: de goedgekeurde of in gebruik genomen "
              "toepassing(en) %(apps)s steunen erop, en een wijziging is voor elk daarvan een "
              "wezenlijke wijziging. Alleen wie al deze toepassingen mag bewerken, mag dit.")
            % {"item": f"'{obj}'", "apps": ", ".join(f"'{n}'" for n in sorted(blocked))})


def save_catalogue_item(obj: AIModel | Supplier, values: dict[str, Any], *,
                        actor: Actor) -> AIModel | Supplier:
    """Create or update a model or supplier and audit the field changes.

    Refuses (`ValidationError`, naming the field) what the model or its constraints do not
    allow, such as a second supplier with the same name in one organisation. A change that
    alters the dossier of applications relying on it (endpoint, hosting, terms, licence,
    supplier details) is recorded as a change of each of those dossiers, so the procedure
    treats it like any other dossier change: a material change sends an approved or used
    application back to review. Only an actor who may edit every approved or used
    application concerned may make it (`CatalogueChangeRefused`).
    """
    label = obj._meta.model_name
    duplicate = ValidationError(
        {"name": _("Er is in deze organisatie al een %(kind)s met deze naam.")
                 % {"kind": obj._meta.verbose_name}}, code="unique")
    try:
        with transaction.atomic():
            created = obj.pk is None
            before = {} if created else _snapshot(type(obj).objects.get(pk=obj.pk))
            relying = Application.objects.none() if created else relying_applications(obj)
            dossiers_before = _dossiers(relying)
            for field, value in values.items():
                setattr(obj, field, value)
            for field in ("name", "provider"):
                _check_name(obj, field)
            obj.full_clean(exclude=["organization"])
            try:
                obj.validate_constraints()
            except ValidationError as exc:
                raise duplicate from exc
            obj.save()
            changes = diff(before, _snapshot(obj))
            if not (created or changes):
                return obj
            _record_catalogue_change(obj, f"{label}_{'created' if created else 'updated'}",
                                     changes, relying, dossiers_before, actor)
    except IntegrityError as exc:  # the same name saved at the same moment elsewhere
        raise duplicate from exc
    return obj


def _record_catalogue_change(obj: AIModel | Supplier, event: str, changes: list[dict],
                             relying: models.QuerySet, dossiers_before: dict[int, dict],
                             actor: Actor) -> None:
    """Audit a catalogue change and, for each application whose dossier it changed, an
    `application_updated` (a material change sends it back to review); refused unless the
    actor may edit every decided application among them."""
    label = obj._meta.model_name
    dossier_changes = {pk: rows for pk, after in _dossiers(relying).items()
                       if (rows := diff(dossiers_before[pk], after))}
    changed = list(Application.objects.filter(pk__in=dossier_changes).order_by("pk"))
    _check_decided_applications(obj, changed, actor)
    record_event(event, actor=actor, obj=obj, changes=changes,
                 data={"applications": [a.slug for a in changed]} if changed else None)
    for application in changed:
        record_event("application_updated", actor=actor, obj=application,
                     changes=dossier_changes[application.pk],
                     data={"cause": f"{label}_updated", label: obj.pk})


def add_model_endpoint(model: AIModel, values: dict[str, Any], *, actor: Actor) -> ModelEndpoint:
    """Add an extra endpoint to a model: a material change of every application relying on
    it (see `save_catalogue_item`); the gateway uses it only once a decision covers it.
    Refuses (`ValidationError`, naming the field) an invalid or duplicate endpoint."""
    endpoint = ModelEndpoint(model=model, **values)
    endpoint.base_url = endpoint.base_url.strip().rstrip("/")
    with transaction.atomic():
        relying = relying_applications(model)
        dossiers_before = _dossiers(relying)
        endpoint.full_clean(exclude=["model"])
        if (endpoint.base_url, endpoint.upstream_model or model.endpoint_model or model.name) in [
                e[:2] for e in model_endpoints(model)]:
            raise ValidationError({"base_url": _("Dit model heeft dit endpoint al.")},
                                  code="unique")
        endpoint.save()
        _record_catalogue_change(model, "aimodel_updated", [
            {"field": "extra_endpoints", "old": None, "new": str(endpoint)}],
            relying, dossiers_before, actor)
    return endpoint


def remove_model_endpoint(endpoint: ModelEndpoint, *, actor: Actor) -> None:
    """Remove an extra endpoint of a model (audited like adding one)."""
    model = endpoint.model
    with transaction.atomic():
        relying = relying_applications(model)
        dossiers_before = _dossiers(relying)
        removed = str(endpoint)
        endpoint.delete()
        _record_catalogue_change(model, "aimodel_updated", [
            {"field": "extra_endpoints", "old": removed, "new": None}],
            relying, dossiers_before, actor)


def _check_name(obj: AIModel | Supplier, field: str) -> None:
    value = getattr(obj, field, None)
    try:
        safeload.check_name(value, field=field)
    except safeload.LoadError as exc:
        raise ValidationError({field: exc.problem}) from exc


def delete_catalogue_item(obj: AIModel | Supplier, *, actor: Actor) -> None:
    """Delete a model or supplier; refused (ProtectedError) while an application uses it,
    also as one of its other models (that would change its dossier unseen)."""
    users = list(relying_applications(obj))
    if users:
        raise ProtectedError(_("Nog in gebruik bij %(apps)s; eerst daar loskoppelen.")
                             % {"apps": ", ".join(sorted(a.name for a in users))}, set(users))
    with transaction.atomic():
        record_event(f"{obj._meta.model_name}_deleted", actor=actor, obj=obj,
                     data={"snapshot": _snapshot(obj)})
        obj.delete()


def save_organization(organization: Organization, values: dict[str, Any], *,
                      actor: Actor) -> Organization:
    """Create or update an organisation and audit the field changes."""
    with transaction.atomic():
        created = organization.pk is None
        before = {} if created else _snapshot(Organization.objects.get(pk=organization.pk))
        for field, value in values.items():
            setattr(organization, field, value)
        organization.full_clean()
        organization.save()
        changes = diff(before, _snapshot(organization))
        if created or changes:
            record_event(f"organization_{'created' if created else 'updated'}", actor=actor,
                         obj=organization, organization_id=organization.pk, changes=changes)
    return organization


def delete_organization(organization: Organization, *, actor: Actor) -> None:
    """Delete an organisation; refused (ProtectedError) while it has users or applications."""
    with transaction.atomic():
        record_event("organization_deleted", actor=actor, obj=organization,
                     organization_id=organization.pk, data={"snapshot": _snapshot(organization)})
        organization.delete()
