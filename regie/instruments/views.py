"""Guided forms for the instruments: one question at a time for the decision tree, one
section at a time for questionnaires, and the requirements and measures per application.
Views are thin: access checks here, everything else in `service`."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from regie.audit.service import Actor
from regie.core.errors import InputError
from regie.core.uploads import check_upload
from regie.instruments import service
from regie.instruments.models import Measure, MeasureStatus, MeasureWork
from regie.register.access import (
    can_edit_application,
    get_visible_or_404,
    require_perm,
    scope_to_organization,
)
from regie.register.models import Application, User

EVIDENCE_TYPES = ["pdf", "png", "jpg", "jpeg", "txt", "docx", "xlsx", "odt", "csv"]


def _application(request, slug: str, *, run: bool = False) -> Application:
    """The application if the user's organisation holds it (else 404) and the user may see
    (or, with `run`, run) instruments for it (else 403)."""
    require_perm(request.user, "instruments.view_instrumentrun")
    application = get_visible_or_404(
        Application.objects.select_related("organization"), request.user, slug=slug
    )
    if run and not (
        request.user.has_perm("instruments.change_instrumentrun")
        and can_edit_application(request.user, application)
    ):
        raise PermissionDenied
    return application


def _actor(request) -> Actor:
    return Actor(user=request.user, via="web")


@login_required
def index(request):
    require_perm(request.user, "instruments.view_instrumentrun")
    applications = scope_to_organization(Application.objects.all(), request.user)
    return render(
        request,
        "instruments/index.html",
        {"instruments": service.available_keys(), "applications": applications},
    )


@login_required
def overview(request, slug):
    application = _application(request, slug)
    runs = {r["key"]: r for r in service.instrument_results(application)}
    rows = [{"version": v, "run": runs.get(v.key)} for v in service.available_keys()]
    return render(
        request,
        "instruments/overview.html",
        {
            "application": application,
            "rows": rows,
            "can_run": request.user.has_perm("instruments.change_instrumentrun")
            and can_edit_application(request.user, application),
            "profile": service.ai_act_profile_for(application),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def decision_tree(request, slug):
    application = _application(request, slug, run=request.method == "POST")
    run = service.get_run(application, service.AI_ACT)
    if request.method == "POST":
        action = request.POST.get("action", "answer")
        if run is None or action == "restart":
            run = service.start_run(
                application, service.AI_ACT, actor=_actor(request), restart=True
            )
        elif action == "back":
            service.undo_tree(run)
        else:
            try:
                index = int(request.POST.get("answer", ""))
                service.answer_tree(
                    run, request.POST.get("question", ""), index, actor=_actor(request)
                )
            except (ValueError, service.InstrumentError) as exc:
                messages.error(
                    request, _("Kies een antwoord.") if isinstance(exc, ValueError) else str(exc)
                )
                return redirect("instruments:decision_tree", slug=slug)
        return redirect("instruments:decision_tree", slug=slug)
    can_run = request.user.has_perm("instruments.change_instrumentrun") and can_edit_application(
        request.user, application
    )
    if run is None:
        return render(
            request,
            "instruments/not_started.html",
            {
                "application": application,
                "can_run": can_run,
                "version": service.current_version(service.AI_ACT),
            },
        )
    position = service.tree_position(run)
    tree = service.tree_for(run.instrument)
    question = position.question or {}
    definitions = tree.definitions_for(
        question.get("question", ""),
        question.get("explanation", ""),
        *(a["answer"] for a in question.get("answers", [])),
    )
    return render(
        request,
        "instruments/decision_tree.html",
        {
            "application": application,
            "run": run,
            "position": position,
            "tree": tree,
            "definitions": definitions,
            "category": tree.categories.get(str(question.get("questionId"))),
            "categories": tree.category_names(),
            "history": [
                (tree.categories.get(str(q.get("questionId")), {}), q, a)
                for q, a in position.history
            ],
            "step": len(run.steps) + 1,
            "can_run": can_run,
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def questionnaire(request, slug, key):
    application = _application(request, slug, run=request.method == "POST")
    version = service.current_version(key)
    if version is None or version.kind != "questionnaire":
        raise Http404
    run = service.get_run(application, key)
    can_run = request.user.has_perm("instruments.change_instrumentrun") and can_edit_application(
        request.user, application
    )
    if run is None and request.method == "POST" and can_run:
        run = service.start_run(application, key, actor=_actor(request))
        return redirect(request.path)
    if run is None:
        return render(
            request,
            "instruments/not_started.html",
            {"application": application, "can_run": can_run, "version": version},
        )
    form = service.questionnaire_for(run.instrument)
    sections = form.sections
    try:
        number = min(
            max(int(request.GET.get("sectie", request.POST.get("sectie", 1))), 1), len(sections)
        )
    except ValueError:
        number = 1
    section = sections[number - 1]
    stored = {k: v.get("value") for k, v in run.answers.items()}
    if request.method == "POST":
        submitted = {}
        for task in form.questions(section, stored):
            if not task.answerable:
                continue
            field = f"t_{task.id}"
            submitted[task.id] = (
                request.POST.getlist(field)
                if task.kind in ("checkbox_option", "multiselect_scrollable")
                else request.POST.get(field, "")
            )
        action = request.POST.get("action", "save")
        try:
            service.save_answers(
                run,
                submitted,
                actor=_actor(request),
                section=section.id if action in ("next", "complete") else None,
            )
            if action.startswith(("add:", "remove:")):
                verb, _sep, count_key = action.partition(":")
                service.resize_repeat(
                    run, count_key, 1 if verb == "add" else -1, actor=_actor(request)
                )
                return redirect(f"{request.path}?sectie={number}")
        except service.InstrumentError as exc:
            messages.error(request, str(exc))
            return redirect(f"{request.path}?sectie={number}")
        if action == "complete":
            service.complete_questionnaire(run, actor=_actor(request))
            messages.success(request, _("Vragenlijst afgerond; de uitkomst staat in het dossier."))
            return redirect(f"{request.path}?sectie={number}")
        target = number + 1 if action == "next" else number - 1 if action == "previous" else number
        messages.success(request, _("Antwoorden opgeslagen."))
        return redirect(f"{request.path}?sectie={min(max(target, 1), len(sections))}")
    done, total = form.progress(stored)
    tasks = form.questions(section, stored)[1:]
    definitions = form.definitions_for(
        section.title, *(f"{t.title} {t.data.get('description') or ''}" for t in tasks)
    )
    return render(
        request,
        "instruments/questionnaire.html",
        {
            "application": application,
            "run": run,
            "form": form,
            "section": section,
            "number": number,
            "count": len(sections),
            "stored": stored,
            "tasks": tasks,
            "definitions": definitions,
            "outcome": service.questionnaire_outcome(run),
            "done": done,
            "total": total,
            "can_run": can_run,
        },
    )


@login_required
def questionnaire_export(request, slug, key):
    """The answers in the par-dpia-form output format (assessment-output v2), as a file."""
    application = _application(request, slug)
    run = service.get_run(application, key)
    if run is None or run.instrument.kind != "questionnaire":
        raise Http404
    output = service.questionnaire_for(run.instrument).output(
        run.answers, created_by=str(request.user), completed_sections=run.completed_sections
    )
    response = JsonResponse(output, json_dumps_params={"ensure_ascii": False, "indent": 2})
    name = f"{application.slug}-{key.rsplit(':', 1)[-1]}.json"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@login_required
@require_http_methods(["GET", "POST"])
def measures(request, slug):
    application = _application(request, slug, run=request.method == "POST")
    if request.method == "POST":
        require_perm(request.user, "instruments.change_measurework")
        measure = get_object_or_404(Measure, pk=request.POST.get("measure"))
        people = scope_to_organization(User.objects.all(), request.user)
        upload = request.FILES.get("evidence_file")
        if upload is not None:
            try:
                check_upload(upload, field="evidence_file", allowed=EVIDENCE_TYPES)
            except InputError as exc:
                messages.error(request, str(exc))
                return redirect("instruments:measures", slug=slug)

        def person(field):
            value = request.POST.get(field)
            return people.filter(pk=value).first() if value and value.isdigit() else None

        link = request.POST.get("evidence_link", "").strip()
        if link and not link.startswith(("https://", "http://")):
            messages.error(request, _("Link naar bewijs: moet met https:// beginnen."))
            return redirect("instruments:measures", slug=slug)
        try:
            service.record_measure_work(
                application,
                measure,
                actor=_actor(request),
                status=request.POST.get("status", ""),
                reason=request.POST.get("reason", ""),
                evidence_link=link[:500],
                evidence_file=upload,
                accountable=person("accountable"),
                responsible=person("responsible"),
                reviewer=person("reviewer"),
            )
        except service.InstrumentError as exc:
            messages.error(request, f"{measure.name}: {exc}")
        else:
            messages.success(request, _("Maatregel bijgewerkt."))
        return redirect(f"{request.path}#m{measure.pk}")
    requirements, work = service.applicable_requirements(application)
    return render(
        request,
        "instruments/measures.html",
        {
            "application": application,
            "requirements": requirements,
            "has_profile": bool(application.ai_act_risk) and application.ai_act_risk != "unknown",
            "work": work,
            "statuses": MeasureStatus.choices,
            "people": scope_to_organization(User.objects.all(), request.user).filter(
                organization=application.organization
            ),
            "can_run": request.user.has_perm("instruments.change_measurework")
            and can_edit_application(request.user, application),
        },
    )


@login_required
def evidence(request, slug, pk):
    application = _application(request, slug)
    work = get_object_or_404(MeasureWork, pk=pk, application=application)
    if not work.evidence_file:
        raise Http404
    return FileResponse(
        work.evidence_file.open("rb"), as_attachment=True, filename=work.evidence_name or "bewijs"
    )
