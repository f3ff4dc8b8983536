"""Guided forms for the instruments: one question at a time for the decision tree, one
section at a time for questionnaires, and the requirements and measures per application.
Views are thin: access checks here, everything else in `service`."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from regie.audit.service import Actor
from regie.core.errors import InputError, for_people
from regie.core.uploads import check_upload
from regie.instruments import service
from regie.instruments.models import (
    AssessmentReport,
    InstrumentVersion,
    Measure,
    MeasureStatus,
    MeasureWork,
    ReportKind,
)
from regie.register.access import (
    can_edit_application,
    get_visible_or_404,
    require_perm,
    scope_to_organization,
)
from regie.register.models import Application, User
from regie.register.roles import Role

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
    return render(request, "instruments/overview.html", _overview_context(request, application))


def _overview_context(request, application: Application) -> dict:
    runs = {r["key"]: r for r in service.instrument_results(application)}
    rows = [{"version": v, "run": runs.get(v.key)} for v in service.available_keys()]
    return {
        "application": application,
        "rows": rows,
        "can_run": request.user.has_perm("instruments.change_instrumentrun")
        and can_edit_application(request.user, application),
        "is_fg": request.user.has_role(Role.FG)
        and request.user.organization_id == application.organization_id,
        "profile": service.ai_act_profile_for(application),
        "reports": application.assessment_reports.all(),
        "report_kinds": ReportKind.choices,
    }


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
            service.undo_tree(run, actor=_actor(request))
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
            return _complete(request, run, form, number)
        stored = {k: v.get("value") for k, v in run.answers.items()}
        follow_ups = [t for t in form.unanswered(stored, section) if t.id not in submitted]
        if action == "next" and follow_ups:
            messages.info(
                request, _("Uw antwoord roept vervolgvragen op. Beantwoord die hieronder.")
            )
            return redirect(f"{request.path}?sectie={number}#t_{follow_ups[0].id}")
        messages.success(request, _("Antwoorden opgeslagen."))
        return redirect(f"{request.path}?sectie={_neighbour(form, stored, number, action)}")
    shown = form.shown_sections(stored)
    done, total = form.progress(stored)
    entries = form.questions(section, stored)
    # the section's heading is shown above; a section that is itself a question (the DPIA's
    # introduction and summary) is asked like any other
    tasks = entries if entries and entries[0].answerable else entries[1:]
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
            "sections": [
                (n, sections[n - 1]) for n in shown
            ],
            "previous": max((n for n in shown if n < number), default=None),
            "next": min((n for n in shown if n > number), default=None),
        },
    )


def _neighbour(form, answers, number: int, action: str) -> int:
    """The section to show after saving: the next or previous one that has questions to
    show (sections hidden by earlier answers are skipped), else the same one."""
    shown = form.shown_sections(answers)
    if action == "next":
        return min((n for n in shown if n > number), default=number)
    if action == "previous":
        return max((n for n in shown if n < number), default=number)
    return number


def _complete(request, run, form, number: int):
    try:
        service.complete_questionnaire(run, actor=_actor(request))
    except service.InstrumentError as exc:
        messages.error(request, _("Afronden kan nog niet: %(reason)s.") % {"reason": exc.problem})
        missing = service.unanswered_questions(run)
        target = form.section_number(missing[0]) if missing else number
        anchor = f"#t_{missing[0].id}" if missing else ""
        return redirect(f"{request.path}?sectie={target}{anchor}")
    messages.success(request, _("Vragenlijst afgerond; de uitkomst staat in het dossier."))
    return redirect(f"{request.path}?sectie={number}")


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
                messages.error(request, for_people(exc))
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


@login_required
@require_http_methods(["GET", "POST"])
def versions(request):
    """The beheerder's page: every loaded version, and fetching the official files."""
    require_perm(request.user, "instruments.view_instrumentversion")
    if request.method == "POST":
        require_perm(request.user, "instruments.add_instrumentversion")
        try:
            loaded = service.fetch_official(actor=_actor(request))
        except service.InstrumentError as exc:
            messages.error(request, _("Ophalen mislukt, er is niets gewijzigd: %(e)s") % {"e": exc})
        else:
            new = [str(v) for v, created in loaded if created]
            messages.success(
                request,
                _("Officiële bestanden geladen: %(names)s.") % {"names": ", ".join(new)}
                if new
                else _("De officiële bestanden waren al geladen; er is niets gewijzigd."),
            )
        return redirect("instruments:versions")
    return render(
        request,
        "instruments/versions.html",
        {
            "versions": InstrumentVersion.objects.order_by("key", "-loaded_at", "-pk"),
            "current": {v.pk for v in service.available_keys()},
            "source": settings.INSTRUMENT_URL,
            "can_load": request.user.has_perm("instruments.add_instrumentversion"),
        },
    )


# --- Reports of assessments done elsewhere --------------------------------------------------


@login_required
@require_http_methods(["POST"])
def report_upload(request, slug):
    application = _application(request, slug, run=True)
    try:
        service.upload_report(
            application,
            actor=_actor(request),
            kind=request.POST.get("kind", ""),
            file=request.FILES.get("file"),
            note=request.POST.get("note", ""),
        )
    except PermissionError as exc:
        raise PermissionDenied(str(exc)) from exc
    except InputError as exc:
        messages.error(request, str(exc))
        return render(request, "instruments/overview.html",
                      _overview_context(request, application), status=400)
    messages.success(request, _("Rapport aangeleverd; de FG beoordeelt of het telt."))
    return redirect("instruments:overview", slug=slug)


@login_required
@require_http_methods(["POST"])
def report_action(request, slug, pk, action):
    application = _application(request, slug)
    report = get_object_or_404(AssessmentReport, pk=pk, application=application)
    try:
        if action == "aanvaarden":
            service.accept_report(report, actor=_actor(request))
            messages.success(request, _("Rapport aanvaard."))
        elif action == "intrekken":
            service.withdraw_report(report, actor=_actor(request),
                                    reason=request.POST.get("reason", ""))
            messages.success(request, _("Rapport ingetrokken."))
        else:
            raise Http404
    except PermissionError as exc:
        raise PermissionDenied(str(exc)) from exc
    except InputError as exc:
        messages.error(request, str(exc))
        return render(request, "instruments/overview.html",
                      _overview_context(request, application), status=400)
    return redirect("instruments:overview", slug=slug)


@login_required
def report(request, slug, pk):
    application = _application(request, slug)
    item = get_object_or_404(AssessmentReport, pk=pk, application=application)
    return FileResponse(item.file.open("rb"), as_attachment=True, filename=item.file_name)
