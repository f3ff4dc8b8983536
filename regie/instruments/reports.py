"""Reports of assessments done outside Regie (DPIA, IAMA, AI-Act classification), and the
facts the instruments evidence.

A projectleider or beheerder uploads the report; the FG of the organisation — not its owner
or author (four eyes) — accepts it, or later withdraws it with a reason. A completed IAMA or
AI-Act run in Regie, or an accepted report, evidences `assessments.iama` /
`assessments.ai_act.risk`; only an accepted report evidences `assessments.dpia` (Regie has
no DPIA form of its own).
"""

from __future__ import annotations

from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from regie.audit.service import Actor, record_event
from regie.core.errors import InputError
from regie.core.uploads import check_upload
from regie.instruments.models import AssessmentReport, InstrumentRun, ReportKind, RunStatus
from regie.register.access import can_edit_application
from regie.register.evidence import Proof, evidence_withdrawn, register_fact
from regie.register.models import Application
from regie.register.roles import Role

AI_ACT_RUN, IAMA_RUN = "ai_act", "urn:nl:iama"
FACT_OF = {
    ReportKind.DPIA: "assessments.dpia",
    ReportKind.IAMA: "assessments.iama",
    ReportKind.AI_ACT: "assessments.ai_act.risk",
}
REPORT_TYPES = ["pdf", "docx", "odt"]


def upload_report(application: Application, *, actor: Actor, kind: str, file,
                  note: str = "") -> AssessmentReport:
    user = actor.user
    if user is None or not can_edit_application(user, application):
        raise PermissionError(_("alleen wie het dossier mag wijzigen levert een rapport aan"))
    if kind not in ReportKind.values:
        raise InputError(_("veld 'kind': kies DPIA, IAMA of classificatie AI-verordening"))
    if file is None:
        raise InputError(_("veld 'file': kies het rapport (pdf, docx of odt)"))
    name = check_upload(file, field="file", allowed=REPORT_TYPES)
    with transaction.atomic():
        report = AssessmentReport.objects.create(
            application=application, kind=kind, file=file, file_name=name, note=note.strip(),
            uploaded_by=user, uploaded_by_name=str(user))
        record_event("assessment_report_uploaded", actor=actor, obj=application,
                     data={"report": report.pk, "kind": kind, "file": name})
    return report


def _check_fg(report: AssessmentReport, actor: Actor) -> None:
    user = actor.user
    application = report.application
    if (user is None or user.organization_id != application.organization_id
            or not user.has_role(Role.FG)):
        raise PermissionError(_("alleen de FG van de organisatie aanvaardt of trekt in"))
    owner = application.owner_id == user.pk or application.created_by_id == user.pk
    if owner or report.uploaded_by_id == user.pk:
        raise PermissionError(_("vier ogen: u leverde dit rapport aan of bent eigenaar van "
                                "de toepassing"))


def accept_report(report: AssessmentReport, *, actor: Actor) -> AssessmentReport:
    _check_fg(report, actor)
    if report.withdrawn_at is not None or report.accepted_at is not None:
        raise InputError(_("dit rapport is al aanvaard of ingetrokken"))
    with transaction.atomic():
        report.accepted_by, report.accepted_by_name = actor.user, str(actor.user)
        report.accepted_at = timezone.now()
        report.save(update_fields=["accepted_by", "accepted_by_name", "accepted_at"])
        record_event("assessment_report_accepted", actor=actor, obj=report.application,
                     data={"report": report.pk, "kind": report.kind, "file": report.file_name})
    return report


def withdraw_report(report: AssessmentReport, *, actor: Actor, reason: str) -> AssessmentReport:
    _check_fg(report, actor)
    if not (reason or "").strip():
        raise InputError(_("veld 'reason': geef aan waarom het rapport niet meer telt"))
    if report.withdrawn_at is not None:
        raise InputError(_("dit rapport is al ingetrokken"))
    with transaction.atomic():
        report.withdrawn_at, report.withdrawn_reason = timezone.now(), reason.strip()
        report.save(update_fields=["withdrawn_at", "withdrawn_reason"])
        record_event("assessment_report_withdrawn", actor=actor, obj=report.application,
                     data={"report": report.pk, "kind": report.kind, "reason": reason.strip()})
    evidence_withdrawn(report.application, fact=FACT_OF[report.kind], actor=actor, reason=reason)
    return report


def run_reopened(run: InstrumentRun, *, actor: Actor) -> None:
    """A completed run was reopened (changed answers, a step back): it no longer evidences."""
    fact = {IAMA_RUN: "assessments.iama", AI_ACT_RUN: "assessments.ai_act.risk"}.get(run.key)
    if fact:
        evidence_withdrawn(run.application, fact=fact, actor=actor,
                           reason=_("het instrument is heropend"))


def _date(moment) -> str:
    return formats.date_format(timezone.localtime(moment), "j F Y")


def _report_proofs(ids: list[int], kind: str) -> dict[int, tuple[AssessmentReport, Proof]]:
    """The latest accepted, not withdrawn report of `kind` per application."""
    result = {}
    for report in (AssessmentReport.objects.filter(kind=kind, application_id__in=ids,
                                                   accepted_at__isnull=False,
                                                   withdrawn_at__isnull=True)
                   .select_related("application").order_by("accepted_at", "pk")):
        label = _("Rapport %(file)s, aanvaard door %(fg)s (FG) op %(on)s") % {
            "file": report.file_name, "fg": report.accepted_by_name,
            "on": _date(report.accepted_at)}
        result[report.application_id] = (report, Proof(
            "done", label, reverse("instruments:report",
                                   args=[report.application.slug, report.pk])))
    return result


def _completed_runs(ids: list[int], key: str) -> list[InstrumentRun]:
    return list(InstrumentRun.objects.filter(application_id__in=ids, key=key,
                                             status=RunStatus.COMPLETED)
                .select_related("instrument", "application"))


def _run_proof(run: InstrumentRun, value) -> Proof:
    label = _("%(name)s afgerond in Regie op %(on)s") % {
        "name": run.instrument.name, "on": _date(run.completed_at or run.updated_at)}
    return Proof(value, label, reverse("instruments:overview", args=[run.application.slug]))


def dpia_proofs(ids: list[int]) -> dict[int, Proof]:
    return {pk: proof for pk, (_report, proof) in _report_proofs(ids, ReportKind.DPIA).items()}


def iama_proofs(ids: list[int]) -> dict[int, Proof]:
    """A completed IAMA run in Regie, else an accepted IAMA report."""
    result = {pk: proof for pk, (_report, proof) in _report_proofs(ids, ReportKind.IAMA).items()}
    return result | {run.application_id: _run_proof(run, "done")
                     for run in _completed_runs(ids, IAMA_RUN)}


def ai_act_proofs(ids: list[int]) -> dict[int, Proof]:
    """The class the completed decision tree gave, else the class in the dossier when an
    accepted classification report backs it."""
    result = {
        pk: Proof(report.application.ai_act_risk, proof.label, proof.url)
        for pk, (report, proof) in _report_proofs(ids, ReportKind.AI_ACT).items()
        if report.application.ai_act_risk not in ("", "unknown")
    }
    return result | {run.application_id: _run_proof(run, run.result["risk"])
                     for run in _completed_runs(ids, AI_ACT_RUN) if run.result.get("risk")}


def _classified():
    """Applications whose AI-Act class a completed decision tree or an accepted classification
    report shows."""
    runs = InstrumentRun.objects.filter(key=AI_ACT_RUN, status=RunStatus.COMPLETED)
    reports = AssessmentReport.objects.filter(kind=ReportKind.AI_ACT, accepted_at__isnull=False,
                                              withdrawn_at__isnull=True)
    return Application.objects.filter(
        Q(pk__in=runs.values("application_id")) | Q(pk__in=reports.values("application_id"))
    ).values("pk")


def register() -> None:
    register_fact("assessments.dpia", proofs=dpia_proofs, claims={"done"}, unmet="in_progress")
    register_fact("assessments.iama", proofs=iama_proofs, claims={"done"}, unmet="in_progress")
    # A declared "prohibited" or "high" only adds duties, so it counts as declared; a
    # lighter class needs the decision tree or an accepted classification report.
    register_fact("assessments.ai_act.risk", proofs=ai_act_proofs,
                  claims={"minimal", "transparency"}, unmet="unknown", holders=_classified)
