"""The procedure's pages under /procedure/. Thin: fetch with access check, call the service,
redirect; a refused step re-renders the page with the reason (400, or 403 for rights)."""

from __future__ import annotations

import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from regie.audit.service import Actor
from regie.core.errors import InputError, for_people
from regie.register.access import (
    get_visible_or_404,
    require_perm,
    scope_to_organization,
)
from regie.register.constants import Status
from regie.register.dossier import MAX_FILE_BYTES, parse_dossier, parse_text
from regie.register.models import Application
from regie.register.panels import panels_for
from regie.register.service import (
    application_facts,
    evidence_forms,
    import_dossier,
    unique_slug,
)
from regie.workflow import hooks, service
from regie.workflow.constants import AdviceRole
from regie.workflow.forms import (
    AdviceForm,
    DecisionForm,
    DossierFileForm,
    EvidenceForm,
    ReuseForm,
    TransitionForm,
)
from regie.workflow.gate import USE_GATE_FACTS, current_advice
from regie.workflow.models import Condition, Decision, DecisionRecord, Evidence
from regie.workflow.records import verify
from regie.workflow.steps import CHECKLIST_FACTS

VIEW = "workflow.view_procedure"
ADVICE_PERMS = {
    AdviceRole.FG: "workflow.give_privacy_advice",
    AdviceRole.CISO: "workflow.give_security_advice",
}


def _actor(request) -> Actor:
    return Actor(user=request.user, via="web")


def _application(request, slug: str) -> Application:
    require_perm(request.user, VIEW)
    return get_visible_or_404(Application.objects.all(), request.user, slug=slug)


def _visible(queryset, user, field: str, **lookup):
    """Like `get_visible_or_404`, for objects that reach their organisation through `field`."""
    try:
        return scope_to_organization(queryset, user, field).get(**lookup)
    except queryset.model.DoesNotExist as exc:
        raise Http404 from exc


def _status_for(exc: Exception) -> int:
    return 403 if isinstance(exc, service.NotAllowed) else 400


def _page(request, application: Application, *, status: int = 200, **forms):
    view = service.overview(application, user=request.user)
    context = {
        "view": view,
        # each open item with the forms that evidence it, sent back here after saving
        "checklist": [
            (row, [] if row.met else evidence_forms(
                application, request.user, [f.path for f in row.facts if not f.evidenced]))
            for row in view.checklist
        ],
        # use-gate facts no checklist item rests on (the CMDB), with their forms
        "use_gate_forms": evidence_forms(application, request.user, [
            path for path in sorted(USE_GATE_FACTS - CHECKLIST_FACTS)
            if path in view.facts and not view.facts[path].evidenced
        ]) if application.status == Status.APPROVED else [],
        "back": reverse("workflow:application", args=[application.slug]),
        "application": view.application,
        "transition_form": TransitionForm(),
        "evidence_form": EvidenceForm(),
        **forms,
    }
    return render(request, "workflow/application.html", context, status=status)


def _refuse(request, application: Application, exc: Exception, **forms):
    messages.error(request, for_people(exc))
    return _page(request, application, status=_status_for(exc), **forms)


@login_required
def inbox(request):
    require_perm(request.user, VIEW)
    return render(request, "workflow/inbox.html", {"inbox": service.inbox_for(request.user)})


@login_required
def application_list(request):
    require_perm(request.user, VIEW)
    applications = scope_to_organization(Application.objects.all(), request.user).prefetch_related(
        Prefetch("decisions", queryset=Decision.objects.order_by("-decided_at", "-pk"))
    )
    status = request.GET.get("status", "")
    if status:
        applications = applications.filter(status=status)
    page = Paginator(applications.order_by("name", "pk"), 50).get_page(request.GET.get("pagina"))
    for application in page:
        decisions = list(application.decisions.all())
        application.exception = decisions[0] if decisions and decisions[0].is_exception else None
    return render(
        request, "workflow/list.html", {"page": page, "status": status, "statuses": Status.choices}
    )


@login_required
def application_page(request, slug: str):
    return _page(request, _application(request, slug))


@login_required
@require_POST
def transition(request, slug: str):
    application = _application(request, slug)
    form = TransitionForm(request.POST)
    if not form.is_valid():
        return _refuse(request, application, InputError(_("veld 'to_status': onbekende status")))
    try:
        service.transition(
            application,
            form.cleaned_data["to_status"],
            actor=_actor(request),
            reason=form.cleaned_data["reason"],
        )
    except service.ProcedureError as exc:
        return _refuse(request, application, exc)
    messages.success(request, _("De status is gewijzigd."))
    return redirect("workflow:application", slug=slug)


def _advice_context(request, application: Application, form) -> dict:
    """The form, and everything the FG and CISO judge on: the policy's findings with their
    sources, the instruments' outcomes (from `hooks.advice_context`), the data and supplier
    agreements, earlier advice."""
    return {
        "application": application,
        "form": form,
        "policy_panel": panels_for(request, application, only=("policy/_panel.html",)),
        **hooks.advice_context(application),
        "facts": application_facts(application, groups_with=(
            "data_personal", "supplier", "agreement_data_sharing", "assessment_dpia")),
        "earlier_advice": application.advices
        .prefetch_related("conditions").order_by("-given_at"),
    }


@login_required
def advice(request, slug: str):
    application = _application(request, slug)
    roles = [role for role, perm in ADVICE_PERMS.items() if request.user.has_perm(perm)]
    if not roles:
        require_perm(request.user, ADVICE_PERMS[AdviceRole.FG])
    form = AdviceForm(request.POST or None, roles=roles)
    if request.method == "POST" and form.is_valid():
        try:
            service.give_advice(
                application,
                actor=_actor(request),
                role=form.cleaned_data["role"],
                outcome=form.cleaned_data["outcome"],
                text=form.cleaned_data["text"],
                conditions=form.condition_list(),
            )
        except service.ProcedureError as exc:
            messages.error(request, for_people(exc))
            return render(
                request,
                "workflow/advice_form.html",
                _advice_context(request, application, form),
                status=_status_for(exc),
            )
        messages.success(request, _("Uw advies is vastgelegd."))
        return redirect("workflow:application", slug=slug)
    return render(
        request,
        "workflow/advice_form.html",
        _advice_context(request, application, form),
        status=400 if form.errors else 200,
    )


@login_required
def decision(request, slug: str):
    application = _application(request, slug)
    require_perm(request.user, "workflow.decide")
    form = DecisionForm(request.POST or None)
    context = {
        "application": application,
        "form": form,
        "gate": service.gate(application),
        "advice": current_advice(application),
    }
    if request.method == "POST" and form.is_valid():
        try:
            made = service.decide(application, actor=_actor(request), **form.cleaned_data)
        except service.ProcedureError as exc:
            messages.error(request, for_people(exc))
            return render(request, "workflow/decision_form.html", context, status=_status_for(exc))
        messages.success(request, _("Het besluit is vastgelegd."))
        return redirect("workflow:record", pk=made.record.pk)
    return render(
        request, "workflow/decision_form.html", context, status=400 if form.errors else 200
    )


@login_required
@require_POST
def advice_withdraw(request, slug: str):
    """The FG or CISO withdraws their current advice, with a reason."""
    application = _application(request, slug)
    role = request.POST.get("role", "")
    if role not in ADVICE_PERMS:
        return _refuse(request, application, InputError(_("veld 'role': onbekende adviseur")))
    require_perm(request.user, ADVICE_PERMS[role])
    try:
        service.withdraw_advice(application, actor=_actor(request), role=role,
                                reason=request.POST.get("reason", ""))
    except service.ProcedureError as exc:
        return _refuse(request, application, exc)
    messages.success(request, _("Het advies is ingetrokken."))
    return redirect("workflow:application", slug=slug)


def _evidence_args(form: EvidenceForm) -> dict:
    data = form.cleaned_data
    return {"kind": data["kind"], "file": data["file"], "url": data["url"], "note": data["note"]}


@login_required
@require_POST
def checklist_evidence(request, slug: str, item: str):
    application = _application(request, slug)
    require_perm(request.user, "workflow.confirm_checklist")
    form = EvidenceForm(request.POST, request.FILES)
    try:
        if not form.is_valid():
            raise InputError("; ".join(f"veld '{k}': {v[0]}" for k, v in form.errors.items()))
        service.add_evidence(application, actor=_actor(request), item=item, **_evidence_args(form))
    except InputError as exc:
        return _refuse(request, application, exc, evidence_form=form)
    messages.success(request, _("Het bewijs is vastgelegd."))
    return redirect("workflow:application", slug=slug)


@login_required
@require_POST
def condition_met(request, pk: int):
    require_perm(request.user, VIEW)
    condition = _visible(
        Condition.objects.select_related("application"),
        request.user,
        "application__organization",
        pk=pk,
    )
    form = EvidenceForm(request.POST, request.FILES)
    try:
        if not form.is_valid():
            raise InputError("; ".join(f"veld '{k}': {v[0]}" for k, v in form.errors.items()))
        service.meet_condition(condition, actor=_actor(request), **_evidence_args(form))
    except InputError as exc:
        return _refuse(request, condition.application, exc)
    messages.success(request, _("De voorwaarde is als voldaan vastgelegd."))
    return redirect("workflow:application", slug=condition.application.slug)


@login_required
def evidence_file(request, pk: int):
    require_perm(request.user, VIEW)
    evidence = _visible(Evidence.objects.all(), request.user, "application__organization", pk=pk)
    if not evidence.file:
        raise Http404
    return FileResponse(
        evidence.file.open("rb"), as_attachment=True, filename=evidence.file_name or "bewijs"
    )


@login_required
def record(request, pk: int):
    require_perm(request.user, "workflow.view_decisionrecord")
    item = _visible(
        DecisionRecord.objects.select_related("decision__application"),
        request.user,
        "organization",
        pk=pk,
    )
    return render(
        request,
        "workflow/record.html",
        {
            "record": item,
            "s": item.snapshot,
            "intact": verify(item),
            "application": item.decision.application if item.decision else None,
            "dossier_json": json.dumps(item.snapshot["dossier"], indent=2, ensure_ascii=False),
        },
    )


@login_required
def reuse(request):
    require_perm(request.user, "workflow.reuse_dossier")
    if request.user.organization is None:
        raise Http404
    form = ReuseForm(request.POST or None)
    candidates = service.published_dossiers(request.user.organization)
    if request.method == "POST" and form.is_valid():
        source = get_object_or_404(candidates, pk=request.POST.get("source"))
        created = service.reuse_dossier(
            source,
            organization=request.user.organization,
            actor=_actor(request),
            name=form.cleaned_data["name"],
        )
        messages.success(request, _("Het dossier is overgenomen als concept."))
        return redirect("workflow:application", slug=created.slug)
    page = Paginator(candidates, 50).get_page(request.GET.get("pagina"))
    return render(request, "workflow/reuse.html", {"page": page, "form": form})


@login_required
def intake(request):
    """Start a procedure from a dossier file (the register's forms edit it afterwards)."""
    require_perm(request.user, "workflow.request_advice")
    require_perm(request.user, "register.add_application")
    form = DossierFileForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            if upload.size > MAX_FILE_BYTES:
                raise InputError(_("veld 'file': bestand is groter dan 5 MB"))
            try:
                text = upload.read().decode("utf-8")
            except UnicodeDecodeError as exc:
                raise InputError(_("veld 'file': het bestand is geen UTF-8-tekst")) from exc
            data = parse_dossier(parse_text(text, source=upload.name), source=upload.name)
            if request.user.organization is None:
                raise InputError(_("u hoort bij geen organisatie"))
            # Always a new application, under a name the organisation does not use yet.
            if Application.objects.filter(organization=request.user.organization,
                                          name__iexact=data["name"]).exists():
                raise InputError(
                    _("veld 'name': uw organisatie heeft al een toepassing met de naam "
                      "'%(name)s'. Geef het dossier een andere naam, of werk de bestaande "
                      "toepassing bij.") % {"name": data["name"]})
            data |= {"slug": unique_slug(data["name"]), "status": "draft"}
            application, _created = import_dossier(
                data, actor=_actor(request), organization=request.user.organization
            )
        except InputError as exc:
            messages.error(request, for_people(exc))
            return render(request, "workflow/intake.html", {"form": form}, status=400)
        messages.success(request, _("De toepassing is aangemeld als concept."))
        return redirect("workflow:application", slug=application.slug)
    return render(
        request, "workflow/intake.html", {"form": form}, status=400 if form.errors else 200
    )
