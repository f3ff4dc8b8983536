"""The register's public face: every write to applications, models and suppliers goes
through these functions, so that each change is validated once and lands in the audit trail.

Other apps import from here (and from `dossier`, `access`, `roles`), not from the views.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Prefetch
from django.utils.text import slugify

from regie.audit.service import Actor, diff, record_event
from regie.register import dossier as fmt
from regie.register.facts import application_facts
from regie.register.models import (
    AIModel,
    Application,
    Organization,
    Supplier,
    User,
)

__all__ = [
    "application_facts", "dossier_for", "import_dossier", "save_application", "delete_application",
    "save_catalogue_item", "delete_catalogue_item", "get_or_create_organization",
    "unique_slug", "with_dossier_relations",
]


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
        _apply_dossier(application, data, organization, actor)
        return application, created


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


def save_catalogue_item(obj: AIModel | Supplier, values: dict[str, Any], *,
                        actor: Actor) -> AIModel | Supplier:
    """Create or update a model or supplier and audit the field changes."""
    label = obj._meta.model_name
    with transaction.atomic():
        created = obj.pk is None
        before = {} if created else _snapshot(type(obj).objects.get(pk=obj.pk))
        for field, value in values.items():
            setattr(obj, field, value)
        obj.full_clean(exclude=["organization"])
        obj.save()
        changes = diff(before, _snapshot(obj))
        if created or changes:
            record_event(f"{label}_{'created' if created else 'updated'}", actor=actor, obj=obj,
                         changes=changes)
    return obj


def delete_catalogue_item(obj: AIModel | Supplier, *, actor: Actor) -> None:
    """Delete a model or supplier; refused (ProtectedError) while an application uses it."""
    with transaction.atomic():
        record_event(f"{obj._meta.model_name}_deleted", actor=actor, obj=obj,
                     data={"snapshot": _snapshot(obj)})
        obj.delete()
