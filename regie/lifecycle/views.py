"""Thin views: fetch with organisation scoping (404 for other organisations), check the
role (403), hand the input to the service, redirect."""

from __future__ import annotations

import datetime as dt
from pathlib import PurePath

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import FileResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from regie.audit.service import Actor
from regie.core.errors import InputError, field_of, for_people
from regie.core.links import back_to
from regie.lifecycle import forms, service
from regie.lifecycle.constants import IncidentStatus
from regie.lifecycle.evaluations import in_use
from regie.lifecycle.incidents import can_handle
from regie.lifecycle.literacy import trained_user_ids
from regie.lifecycle.models import (
    ApplicationEvaluation,
    Incident,
    PolicyEvaluation,
    Training,
    TrainingRecord,
)
from regie.register.access import (
    can_edit_application,
    get_visible_or_404,
    require_perm,
    scope_to_organization,
)
from regie.register.constants import Status
from regie.register.models import Application, User
from regie.register.roles import Role


def _actor(request) -> Actor:
    return Actor(user=request.user, via="web")


def _invalid(request, template: str, context: dict, error: InputError | None = None):
    """Re-show the form with HTTP 400, the service's message beside the field it names."""
    if error is not None:
        form = context["form"]
        field = field_of(error)
        if field in form.fields:
            form.add_error(field, for_people(error, field_shown=True))
        else:
            form.add_error(None, for_people(error))
    return render(request, template, context, status=400)


# --- Incidents -----------------------------------------------------------------------------

@login_required
@require_http_methods(["GET", "POST"])
def incident_report(request):
    require_perm(request.user, "lifecycle.add_incident")
    if request.user.organization is None:
        raise PermissionDenied
    form = forms.IncidentReportForm(request.POST or None,
                                    organization=request.user.organization)
    context = {"form": form}
    if request.method == "POST":
        if not form.is_valid():
            return _invalid(request, "lifecycle/incident_report.html", context)
        try:
            incident = service.report_incident(
                organization=request.user.organization, reporter=request.user,
                **form.cleaned_data)
        except InputError as exc:
            return _invalid(request, "lifecycle/incident_report.html", context, exc)
        messages.success(request, _("Dank u. Uw melding is doorgestuurd naar: %(h)s.")
                         % {"h": incident.get_handler_display()})
        return redirect(incident)
    return render(request, "lifecycle/incident_report.html", context)


@login_required
def incident_list(request):
    incidents = service.visible_incidents(request.user).select_related("application",
                                                                       "reporter")
    show = request.GET.get("toon", "open")
    if show == "open":
        incidents = incidents.exclude(status=IncidentStatus.CLOSED)
    return render(request, "lifecycle/incident_list.html",
                  {"incidents": incidents, "show": show, "now": timezone.now()})


@login_required
@require_http_methods(["GET", "POST"])
def incident_detail(request, pk: int):
    incident = get_visible_or_404(service.visible_incidents(request.user), request.user,
                                  pk=pk)
    may_handle = (request.user.has_perm("lifecycle.change_incident")
                  and can_handle(request.user, incident))
    form = forms.IncidentHandleForm(request.POST or None, instance=Incident.objects.get(pk=pk))
    context = {"incident": incident, "form": form if may_handle else None,
               "now": timezone.now()}
    if request.method == "POST":
        if not may_handle:
            raise PermissionDenied
        if not form.is_valid():
            return _invalid(request, "lifecycle/incident_detail.html", context)
        try:
            service.update_incident(incident, actor=_actor(request), **form.cleaned_data)
        except InputError as exc:
            return _invalid(request, "lifecycle/incident_detail.html", context, exc)
        messages.success(request, _("Incident bijgewerkt."))
        return redirect(incident)
    return render(request, "lifecycle/incident_detail.html", context)


# --- Evaluations ---------------------------------------------------------------------------

def _may_evaluate(user, application: Application) -> bool:
    return user.has_perm("lifecycle.add_applicationevaluation") and (
        can_edit_application(user, application) or user.has_role(Role.DIRECTIE))


@login_required
def evaluation_list(request):
    require_perm(request.user, "lifecycle.view_applicationevaluation")
    applications = scope_to_organization(in_use(), request.user)
    today = timezone.localdate()
    rows = [{"application": app, "due": service.next_due(app),
             "may_evaluate": _may_evaluate(request.user, app)} for app in applications]
    rows.sort(key=lambda row: row["due"])
    recent = scope_to_organization(ApplicationEvaluation.objects.select_related(
        "application"), request.user, "application__organization")[:20]
    policy = scope_to_organization(PolicyEvaluation.objects.all(), request.user)[:5]
    return render(request, "lifecycle/evaluation_list.html", {
        "rows": rows, "today": today, "recent": recent, "policy_evaluations": policy,
        "may_evaluate_policy": request.user.has_perm("lifecycle.add_policyevaluation")})


@login_required
@require_http_methods(["GET", "POST"])
def evaluation_create(request, slug: str):
    application = get_visible_or_404(Application.objects.all(), request.user, slug=slug)
    if not _may_evaluate(request.user, application):
        raise PermissionDenied
    form = forms.EvaluationForm(request.POST or None)
    incidents = application.incidents.order_by("-created_at")[:10]
    context = {"form": form, "application": application, "incidents": incidents,
               "next_due": service.next_due(application)}
    if request.method == "POST":
        if not form.is_valid():
            return _invalid(request, "lifecycle/evaluation_form.html", context)
        try:
            service.record_evaluation(application, actor=_actor(request),
                                      **form.cleaned_data)
        except InputError as exc:
            return _invalid(request, "lifecycle/evaluation_form.html", context, exc)
        messages.success(request, _("Evaluatie vastgelegd."))
        return redirect("lifecycle:evaluation_list")
    return render(request, "lifecycle/evaluation_form.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def policy_evaluation(request):
    require_perm(request.user, "lifecycle.add_policyevaluation")
    organization = request.user.organization
    if organization is None:
        raise PermissionDenied
    form = forms.PolicyEvaluationForm(request.POST or None)
    context = {"form": form, "figures": service.policy_figures(organization)}
    if request.method == "POST":
        if not form.is_valid():
            return _invalid(request, "lifecycle/policy_evaluation.html", context)
        service.record_policy_evaluation(organization, actor=_actor(request),
                                         **form.cleaned_data)
        messages.success(request, _("Evaluatie van het AI-beleid vastgelegd."))
        return redirect("lifecycle:evaluation_list")
    return render(request, "lifecycle/policy_evaluation.html", context)


# --- AI literacy ---------------------------------------------------------------------------

@login_required
def literacy_overview(request):
    user = request.user
    trainings = scope_to_organization(Training.objects.filter(active=True), user)
    context = {
        "trainings": trainings,
        "my_records": TrainingRecord.objects.filter(user=user).select_related("training"),
        "trained": service.training_valid(user),
        "today": timezone.localdate(),
    }
    if user.has_perm("lifecycle.view_trainingrecord") and user.organization_id:
        users = User.objects.filter(organization_id=user.organization_id, is_active=True)
        applications = scope_to_organization(
            Application.objects.filter(status__in=[Status.APPROVED, Status.IN_USE]), user
        ).annotate(n_operators=Count("operators"))
        context.update(
            total=service.employee_coverage(user.organization),
            departments=service.coverage_per_department(user.organization),
            applications=[{"application": app,
                           "untrained": service.untrained_operators(app)}
                          for app in applications],
            records=TrainingRecord.objects.filter(user__in=users).select_related(
                "user", "training").order_by("user__username", "-completed_on"))
    return render(request, "lifecycle/literacy.html", context)


@login_required
def training_evidence(request, pk: int):
    """The uploaded evidence, for its owner and for those who keep the records."""
    records = scope_to_organization(TrainingRecord.objects.exclude(evidence=""), request.user,
                                    "user__organization")
    record = get_object_or_404(records, pk=pk)
    if (record.user_id != request.user.pk
            and not request.user.has_perm("lifecycle.change_trainingrecord")):
        raise PermissionDenied
    return FileResponse(record.evidence.open("rb"), as_attachment=True,
                        filename=PurePath(record.evidence.name).name)


@login_required
@require_http_methods(["GET", "POST"])
def training_create(request):
    require_perm(request.user, "lifecycle.add_training")
    if request.user.organization is None:
        raise PermissionDenied
    form = forms.TrainingForm(request.POST or None)
    context = {"form": form}
    if request.method == "POST":
        if not form.is_valid():
            return _invalid(request, "lifecycle/training_form.html", context)
        try:
            service.save_training(request.user.organization, actor=_actor(request),
                                  **form.cleaned_data)
        except InputError as exc:
            return _invalid(request, "lifecycle/training_form.html", context, exc)
        messages.success(request, _("Training toegevoegd aan de catalogus."))
        return redirect("lifecycle:literacy")
    return render(request, "lifecycle/training_form.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def training_record(request):
    require_perm(request.user, "lifecycle.add_trainingrecord")
    may_others = request.user.has_perm("lifecycle.change_trainingrecord")
    form = forms.TrainingRecordForm(request.POST or None, request.FILES or None,
                                    user=request.user, may_record_others=may_others)
    context = {"form": form}
    if request.method == "POST":
        if not form.is_valid():
            return _invalid(request, "lifecycle/training_record_form.html", context)
        try:
            service.record_training(actor=_actor(request), **form.cleaned_data)
        except InputError as exc:
            return _invalid(request, "lifecycle/training_record_form.html", context, exc)
        messages.success(request, _("Training geregistreerd."))
        return redirect("lifecycle:literacy")
    return render(request, "lifecycle/training_record_form.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def application_operators(request, slug: str):
    require_perm(request.user, "lifecycle.view_applicationoperator")
    application = get_visible_or_404(Application.objects.all(), request.user, slug=slug)
    may_change = request.user.has_perm("lifecycle.change_applicationoperator") and (
        can_edit_application(request.user, application))
    form = forms.OperatorForm(request.POST or None, organization=application.organization)
    operators = application.operators.select_related("user")
    trained = trained_user_ids(User.objects.filter(operated_applications__application=
                                                   application))
    context = {"application": application, "form": form if may_change else None,
               "operators": [{"operator": op, "trained": op.user_id in trained}
                             for op in operators]}
    if request.method == "POST":
        if not may_change:
            raise PermissionDenied
        if not form.is_valid():
            return _invalid(request, "lifecycle/operators.html", context)
        try:
            service.set_operator(application, actor=_actor(request),
                                 remove="verwijderen" in request.POST, **form.cleaned_data)
        except InputError as exc:
            return _invalid(request, "lifecycle/operators.html", context, exc)
        return redirect("lifecycle:operators", slug=application.slug)
    return render(request, "lifecycle/operators.html", context)


@login_required
@require_POST
def name_self(request, slug: str):
    """From the procedure's checklist: the owner names themselves as a user of the
    application, with their training certificate when none is on file."""
    application = get_visible_or_404(Application.objects.all(), request.user, slug=slug)
    if not service.may_name_self(request.user, application):
        raise PermissionDenied
    back = back_to(request, reverse("lifecycle:operators", args=[application.slug]))
    chosen, raw_date = request.POST.get("training", ""), request.POST.get("completed_on", "")
    training = scope_to_organization(Training.objects.filter(active=True), request.user
                                     ).filter(pk=chosen).first() if chosen.isdigit() else None
    try:
        try:
            completed_on = dt.date.fromisoformat(raw_date) if raw_date else None
        except ValueError as exc:
            raise InputError(_("afgerond op: geef een datum (JJJJ-MM-DD)")) from exc
        service.name_self(application, actor=_actor(request), training=training,
                          completed_on=completed_on, evidence=request.FILES.get("evidence"))
    except InputError as exc:
        messages.error(request, for_people(exc))
        return redirect(back)
    messages.success(request, _("U bent vastgelegd als gebruiker van %(a)s.")
                     % {"a": application.name})
    return redirect(back)


# --- Employee rules ------------------------------------------------------------------------

@login_required
def rules(request):
    return render(request, "lifecycle/rules.html", {
        "rules": service.employee_rules(),
        "acknowledged": service.has_acknowledged(request.user)})


@login_required
@require_POST
def rules_acknowledge(request):
    current = service.employee_rules().version
    if request.POST.get("version") != current:
        messages.warning(request, _("De gedragsregels zijn intussen gewijzigd; lees de "
                                    "nieuwe versie."))
        return redirect("lifecycle:rules")
    service.acknowledge_rules(request.user, actor=_actor(request), version=current)
    messages.success(request, _("Dank u. U hebt de gedragsregels (versie %(v)s) bevestigd.")
                     % {"v": current})
    return redirect("lifecycle:rules")

