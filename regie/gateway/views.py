"""The gateway in Regie's own pages: the keys of one application (create, list, revoke)
and, for beheerders, every key of the organisation (a new key is shown once, in the
response to the form, and never stored); budgets (beheerders), "Mijn gebruik" for every
employee, and use per department."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from regie.audit.service import Actor, record_event
from regie.gateway.access import KEY_STATUSES, may_manage_keys, may_view_keys
from regie.gateway.forms import BudgetForm, KeyForm
from regie.gateway.models import ApiKey, Budget
from regie.gateway.service import (
    create_key,
    department_budgets,
    department_rows,
    injection_summary,
    person_budgets,
    revoke_key,
    usage_summary,
)
from regie.register.access import get_visible_or_404, require_perm, scope_to_organization
from regie.register.models import Application


def _application(request, slug: str) -> Application:
    application = get_visible_or_404(Application.objects.all(), request.user, slug=slug)
    if not may_view_keys(request.user, application):
        raise PermissionDenied
    return application


def _render_keys(request, application: Application, *, form: KeyForm, token: str = "",
                 status: int = 200):
    now = timezone.now()
    keys = list(application.gateway_keys.select_related("created_by", "user"))
    for key in keys:
        key.active = key.revoked_at is None and (key.expires_at is None or key.expires_at > now)
    response = render(request, "gateway/keys.html", {
        "application": application, "keys": keys, "form": form, "token": token,
        "may_manage": may_manage_keys(request.user, application),
        "may_create": application.status in KEY_STATUSES,
        "usage": usage_summary(application=application), "show_application": False,
        "injection": injection_summary(application=application),
        "gateway_url": request.build_absolute_uri("/v1/"),
    }, status=status)
    return response


@never_cache
@login_required
def application_keys(request, slug: str):
    """GET: the keys; POST: a new key, shown once on the page this answers with."""
    application = _application(request, slug)
    if request.method != "POST":
        return _render_keys(request, application, form=KeyForm(application=application))
    if not may_manage_keys(request.user, application):
        raise PermissionDenied
    form = KeyForm(request.POST, application=application)
    if application.status not in KEY_STATUSES:
        form.add_error(None, _("Een sleutel kan pas worden gemaakt als de directie de "
                               "toepassing heeft goedgekeurd."))
    if not form.is_valid():
        return _render_keys(request, application, form=form, status=400)
    _key, token = create_key(application=application, actor=Actor(user=request.user, via="web"),
                             expires_in_days=form.cleaned_data["expires_in_days"],
                             user=form.cleaned_data["user"],
                             front_end=form.cleaned_data["front_end"])
    return _render_keys(request, application, form=KeyForm(application=application),
                        token=token)


@login_required
@require_POST
def revoke(request, pk: int):
    key = get_object_or_404(ApiKey.objects.select_related("application"), pk=pk)
    application = get_visible_or_404(Application.objects.all(), request.user,
                                      pk=key.application_id)
    if not may_manage_keys(request.user, application):
        raise PermissionDenied
    revoke_key(key=key, actor=Actor(user=request.user, via="web"))
    messages.success(request, _("De sleutel %(prefix)s… is ingetrokken. De gateway weigert "
                                "hem vanaf nu.") % {"prefix": key.prefix})
    return redirect("gateway:application_keys", slug=application.slug)


@login_required
def key_list(request):
    """Every key of the organisation, for beheerders."""
    require_perm(request.user, "gateway.add_apikey")
    now = timezone.now()
    keys = (scope_to_organization(ApiKey.objects.all(), request.user,
                                  field="application__organization")
            .select_related("application", "created_by"))
    active = Q(revoked_at=None) & (Q(expires_at=None) | Q(expires_at__gt=now))
    applications = (scope_to_organization(Application.objects.all(), request.user)
                    .filter(status__in=KEY_STATUSES).order_by("name"))
    return render(request, "gateway/key_list.html", {
        "active_keys": keys.filter(active).order_by("application__name", "-created_at"),
        "inactive_count": keys.exclude(active).count(), "applications": applications})


def _organization(request):
    organization = request.user.organization
    if organization is None:
        raise PermissionDenied  # an installation admin picks an organisation's beheerder
    return organization


@never_cache
@login_required
def budgets(request):
    """Budgets of the organisation; beheerders add them here (POST)."""
    require_perm(request.user, "gateway.view_budget")
    organization = _organization(request)
    may_change = request.user.has_perm("gateway.add_budget")
    form = BudgetForm(organization=organization)
    status = 200
    if request.method == "POST":
        require_perm(request.user, "gateway.add_budget")
        form = BudgetForm(request.POST, organization=organization)
        if form.is_valid():
            form.instance.organization = organization
            with transaction.atomic():
                budget = form.save()
                record_event("gateway_budget_created", actor=Actor(user=request.user, via="web"),
                             organization_id=organization.pk, data=_budget_data(budget))
            messages.success(request, _("Het budget is opgeslagen. De gateway houdt het aan "
                                        "binnen enkele seconden."))
            return redirect("gateway:budgets")
        status = 400
    return render(request, "gateway/budgets.html", {
        "budgets": Budget.objects.filter(organization=organization)
        .select_related("application", "user"),
        "form": form, "may_change": may_change}, status=status)


def _budget_data(budget: Budget) -> dict:
    return {"budget": budget.pk, "scope": budget.scope, "metric": budget.metric,
            "period": budget.period, "application": budget.application_id,
            "department": budget.department, "user": budget.user_id,
            "soft_limit": budget.soft_limit, "hard_limit": budget.hard_limit}


@login_required
@require_POST
def delete_budget(request, pk: int):
    require_perm(request.user, "gateway.delete_budget")
    budget = get_object_or_404(Budget, pk=pk, organization=_organization(request))
    with transaction.atomic():
        record_event("gateway_budget_deleted", actor=Actor(user=request.user, via="web"),
                     organization_id=budget.organization_id, data=_budget_data(budget))
        budget.delete()
    messages.success(request, _("Het budget is verwijderd."))
    return redirect("gateway:budgets")


@never_cache
@login_required
def my_usage(request):
    """"Mijn gebruik": what the signed-in employee used through the gateway this month,
    and their budgets."""
    return render(request, "gateway/my_usage.html", {
        "budget_lines": person_budgets(request.user) if request.user.organization_id else [],
        "usage": usage_summary(user=request.user), "show_application": True})


@never_cache
@login_required
def department_usage(request):
    """Use per department this month (people, requests, tokens) and department budgets."""
    require_perm(request.user, "gateway.view_gatewayrequest")
    organization = _organization(request)
    rows = department_rows(organization)
    return render(request, "gateway/department_usage.html", {
        "rows": rows,
        "budget_lines": department_budgets(
            organization, [row.department for row in rows if row.department])})
