"""The register's pages. Each view checks the role, scopes to the user's organisation and
hands writes to `service.py`; query building lives in `listing.py`, panels in `panels.py`."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from regie.audit.models import AuditEvent
from regie.audit.service import Actor
from regie.register import agreements
from regie.register import dossier as fmt
from regie.register.access import (
    can_edit_application,
    get_visible_or_404,
    require_perm,
    scope_to_organization,
)
from regie.register.constants import AIActRisk, Status
from regie.register.facts import application_facts, display_value
from regie.register.forms import (
    AIModelForm,
    ApplicationForm,
    CatalogueForm,
    ModelEndpointForm,
    SupplierForm,
)
from regie.register.listing import PAGE_SIZE, ApplicationQuery, list_columns_queryset
from regie.register.models import AIModel, Application, ModelEndpoint, Supplier, User
from regie.register.panels import panels_for
from regie.register.service import (
    CatalogueChangeRefused,
    add_model_endpoint,
    endpoint_rows,
    remove_model_endpoint,
    save_application,
    save_catalogue_item,
    with_dossier_relations,
)

HISTORY_LIMIT = 200
OWNER_SUGGESTIONS = 500


def _actor(request) -> Actor:
    return Actor(user=request.user, via="web")


def _field_vocabularies(model: type[models.Model]) -> dict[str, tuple[str, dict]]:
    """Changed field -> (Dutch label, value -> Dutch word) for the history table. Application
    changes name dossier paths; model and supplier changes name their fields."""
    if model is not Application:
        result = {f.name: (f.verbose_name, dict(f.choices or ()))
                  for f in model._meta.concrete_fields}
        if model is AIModel:
            result["extra_endpoints"] = (ModelEndpoint._meta.verbose_name_plural, {})
        return result
    result = {}
    for path, field_name, _kind in fmt.SCALAR_FIELDS:
        field = Application._meta.get_field(field_name)
        result[path] = (field.verbose_name, dict(field.choices or ()))
    for path, related, _value, vocabulary in fmt.LIST_FIELDS:
        result[path] = (ApplicationForm.base_fields[related].label, dict(vocabulary.choices))
    result["other_models"] = (Application._meta.get_field("other_models").verbose_name, {})
    return result


def _shown(value, words: dict) -> str | None:
    if value is None or value == "" or value == []:
        return None
    if isinstance(value, bool):
        return _("Ja") if value else _("Nee")
    if isinstance(value, list):
        return ", ".join(str(_shown(v, words)) for v in value)
    if isinstance(value, dict):
        return value.get("name") or str(value)
    return str(words.get(value, value))


def _history(model: type[models.Model], **lookup) -> list[dict]:
    """Audit events, newest first, with Dutch field names and values."""
    vocabularies = _field_vocabularies(model)
    events = AuditEvent.objects.filter(**lookup).order_by("-id")[:HISTORY_LIMIT]
    result = []
    for event in events:
        changes = []
        for change in event.changes:
            label, words = vocabularies.get(change["field"], (change["field"], {}))
            changes.append({"label": label, "old": _shown(change["old"], words),
                            "new": _shown(change["new"], words)})
        result.append({"event": event, "changes": changes,
                       "created": event.event.endswith("_created")})
    return result


def _own_organization(request):
    if request.user.organization is None:
        raise PermissionDenied
    return request.user.organization


# --- Applications --------------------------------------------------------------------------

@login_required
def application_list(request):
    require_perm(request.user, "register.view_application")
    query = ApplicationQuery.from_params(request.GET)
    visible = scope_to_organization(Application.objects.all(), request.user)
    paginator = Paginator(list_columns_queryset(query.apply(visible)), PAGE_SIZE)
    page = paginator.get_page(request.GET.get("page"))
    # Suggestions for the owner filter come from the (small) user table, not from a
    # DISTINCT over every application, so the page stays fast at 100,000 applications.
    owners = (scope_to_organization(User.objects.exclude(email=""), request.user)
              .order_by("last_name", "first_name").only("email", "first_name", "last_name")
              [:OWNER_SUGGESTIONS])
    context = {
        "query": query, "page": page, "columns": query.columns(),
        "previous_url": "?" + urlencode(query.params(page=page.previous_page_number()))
        if page.has_previous() else "",
        "next_url": "?" + urlencode(query.params(page=page.next_page_number()))
        if page.has_next() else "",
        "statuses": Status.choices, "risks": AIActRisk.choices, "owners": owners,
        "models": scope_to_organization(AIModel.objects.all(), request.user).only("name",
                                                                                   "provider"),
        "suppliers": scope_to_organization(Supplier.objects.all(), request.user).only("name"),
        "can_create": request.user.has_perm("register.add_application")
        and request.user.organization_id is not None,
    }
    template = ("register/_application_results.html" if request.headers.get("HX-Request")
                else "register/application_list.html")
    return render(request, template, context)


@login_required
def application_detail(request, slug):
    require_perm(request.user, "register.view_application")
    application = get_visible_or_404(with_dossier_relations(Application.objects.all()),
                                     request.user, slug=slug)
    return render(request, "register/application_detail.html", {
        "application": application,
        "facts": application_facts(application),
        "can_edit": can_edit_application(request.user, application),
        "history": _history(Application, application_id=application.pk),
        "panels": panels_for(request, application),
    })


def _save_application_form(request, form, application, *, created: bool):
    if request.method == "POST" and form.is_valid():
        try:
            save_application(application, actor=_actor(request), **form.service_arguments())
        except ValidationError as exc:
            for field, errors in exc.message_dict.items():
                form.add_error(field if field in form.fields else None, errors)
        else:
            messages.success(request, _("De toepassing is aangemaakt.") if created
                             else _("De wijzigingen zijn opgeslagen."))
            return redirect(application)
    # the stored name for title and breadcrumb, not the form's rejected input
    shown = None if created else Application.objects.only("slug", "name").get(pk=application.pk)
    return render(request, "register/application_form.html",
                  {"form": form, "application": shown},
                  status=400 if request.method == "POST" else 200)


@login_required
def application_create(request):
    require_perm(request.user, "register.add_application")
    organization = _own_organization(request)
    application = Application(organization=organization)
    initial = {"owner_name": request.user.get_full_name() or request.user.username,
               "owner_email": request.user.email}
    form = ApplicationForm(request.POST or None, instance=application, initial=initial,
                           organization=organization)
    return _save_application_form(request, form, application, created=True)


@login_required
def application_edit(request, slug):
    require_perm(request.user, "register.view_application")
    application = get_visible_or_404(Application.objects.all(), request.user, slug=slug)
    if not can_edit_application(request.user, application):
        raise PermissionDenied
    form = ApplicationForm(request.POST or None, instance=application,
                           organization=application.organization)
    return _save_application_form(request, form, application, created=False)


# --- AI models and suppliers (one set of views, two catalogues) ----------------------------

@dataclass(frozen=True)
class Catalogue:
    model: type[models.Model]
    form: type[CatalogueForm]
    url_prefix: str
    columns: tuple[str, ...]
    title: str
    create_label: str


CATALOGUES = {
    "model": Catalogue(AIModel, AIModelForm, "register:model", ("name", "provider", "hosting",
                                                                "open_source", "terms"),
                       gettext_lazy("AI-modellen"), gettext_lazy("AI-model toevoegen")),
    "supplier": Catalogue(Supplier, SupplierForm, "register:supplier",
                          ("name", "country", "kvk_number", "contact_email"),
                          gettext_lazy("Leveranciers"), gettext_lazy("Leverancier toevoegen")),
}


def _perm(catalogue: Catalogue, action: str) -> str:
    return f"register.{action}_{catalogue.model._meta.model_name}"


@login_required
def catalogue_list(request, kind):
    catalogue = CATALOGUES[kind]
    require_perm(request.user, _perm(catalogue, "view"))
    objects = scope_to_organization(catalogue.model.objects.all(), request.user)
    page = Paginator(objects.order_by("name", "pk"), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "register/catalogue_list.html", {
        "catalogue": catalogue, "page": page,
        "headers": [catalogue.model._meta.get_field(n).verbose_name for n in catalogue.columns],
        "rows": [(obj, [display_value(obj, n) for n in catalogue.columns]) for obj in page],
        "can_create": request.user.has_perm(_perm(catalogue, "add"))
        and request.user.organization_id is not None,
    })


@login_required
def catalogue_detail(request, kind, pk):
    catalogue = CATALOGUES[kind]
    require_perm(request.user, _perm(catalogue, "view"))
    obj = get_visible_or_404(catalogue.model.objects.all(), request.user, pk=pk)
    return _render_detail(request, kind, obj)


def _render_detail(request, kind: str, obj, *, status: int = 200, **extra):
    catalogue = CATALOGUES[kind]
    uses = Application.objects.filter(
        Q(supplier=obj) if kind == "supplier" else Q(model=obj) | Q(other_models=obj)
    ).distinct().order_by("name").only("slug", "name", "status")[:100]
    return render(request, "register/catalogue_detail.html", {
        "catalogue": catalogue, "object": obj,
        "facts": [(obj._meta.get_field(n).verbose_name, display_value(obj, n))
                  for n in catalogue.form._meta.fields],
        "applications": uses,
        "can_edit": request.user.has_perm(_perm(catalogue, "change")),
        "history": _history(catalogue.model, object_type=obj._meta.label, object_id=str(obj.pk)),
        **_agreement_context(request, kind, obj),
        **_endpoint_context(kind, obj),
        **extra,
    }, status=status)


def _endpoint_context(kind: str, obj) -> dict:
    """A model's endpoints: its own and the extra ones (issue 17)."""
    if kind != "model":
        return {}
    return {"endpoints": [
        {"base_url": base_url, "model": name, "api_key_env": env, "extra": extra}
        for (base_url, name, env), extra in endpoint_rows(obj)],
        "endpoint_form": ModelEndpointForm()}


@login_required
@require_POST
def model_endpoint_add(request, pk):
    """Add an extra endpoint to a model (a material change of the applications using it)."""
    require_perm(request.user, "register.view_aimodel")
    model = get_visible_or_404(AIModel.objects.all(), request.user, pk=pk)
    require_perm(request.user, "register.change_aimodel")
    form = ModelEndpointForm(request.POST)
    if form.is_valid():
        try:
            add_model_endpoint(model, form.cleaned_data, actor=_actor(request))
        except ValidationError as exc:  # e.g. an endpoint the model already has
            form.add_error(None, exc)
        else:
            messages.success(request, _("Endpoint toegevoegd. Toepassingen die dit model "
                                        "gebruiken, gebruiken het pas na een nieuw besluit."))
            return redirect(model)
    return _render_detail(request, "model", model, status=400, endpoint_form=form)


@login_required
@require_POST
def model_endpoint_remove(request, pk, endpoint_pk):
    require_perm(request.user, "register.view_aimodel")
    model = get_visible_or_404(AIModel.objects.all(), request.user, pk=pk)
    require_perm(request.user, "register.change_aimodel")
    endpoint = get_object_or_404(model.extra_endpoints, pk=endpoint_pk)
    remove_model_endpoint(endpoint, actor=_actor(request))
    messages.success(request, _("Endpoint verwijderd."))
    return redirect(model)


def _agreement_context(request, kind: str, obj) -> dict:
    """A supplier's agreements (the evidence of its applications' supplier agreements)."""
    if kind != "supplier":
        return {}
    return {"agreements": list(obj.agreements.all()),
            "current_agreement": agreements.current_agreement(obj),
            "agreement_terms": [(key, obj.agreements.model._meta.get_field(key).verbose_name,
                                 vocabulary.choices)
                                for key, vocabulary in agreements.TERMS.items()]}


def _catalogue_form(request, catalogue: Catalogue, obj, organization, *, created: bool):
    form = catalogue.form(request.POST or None, instance=obj, organization=organization)
    status = 400 if request.method == "POST" else 200
    if request.method == "POST" and form.is_valid():
        try:
            save_catalogue_item(obj, form.service_values(), actor=_actor(request))
        except CatalogueChangeRefused as exc:
            form.add_error(None, str(exc))
            status = 403
        except ValidationError as exc:  # e.g. invisible characters in the name
            form.add_error(None, exc)
        else:
            messages.success(request, _("Opgeslagen."))
            return redirect(obj)
    return render(request, "register/catalogue_form.html",
                  {"catalogue": catalogue, "form": form, "object": None if created else obj},
                  status=status)


@login_required
def catalogue_create(request, kind):
    catalogue = CATALOGUES[kind]
    require_perm(request.user, _perm(catalogue, "add"))
    organization = _own_organization(request)
    return _catalogue_form(request, catalogue, catalogue.model(organization=organization),
                           organization, created=True)


@login_required
def catalogue_edit(request, kind, pk):
    catalogue = CATALOGUES[kind]
    require_perm(request.user, _perm(catalogue, "view"))
    obj = get_visible_or_404(catalogue.model.objects.all(), request.user, pk=pk)
    require_perm(request.user, _perm(catalogue, "change"))
    return _catalogue_form(request, catalogue, obj, obj.organization, created=False)
