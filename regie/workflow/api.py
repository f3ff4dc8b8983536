"""The procedure over the REST API (/api/v1/applications/{slug}/procedure/ and
/transitions/): the same service, roles and preconditions as the web pages. A status changes
only here (or on the web pages), never through the applications' create/update bodies."""

from __future__ import annotations

from typing import Any

from django.shortcuts import get_object_or_404
from drf_spectacular.utils import OpenApiResponse, extend_schema, inline_serializer
from rest_framework import permissions, serializers
from rest_framework.exceptions import PermissionDenied, ValidationError
from rest_framework.response import Response
from rest_framework.views import APIView

from regie.audit.service import Actor
from regie.register.access import scope_to_organization
from regie.register.constants import Status
from regie.register.models import Application
from regie.workflow import service
from regie.workflow import transitions as t

VIEW = "workflow.view_procedure"
DECIDE = "workflow.decide"


def _actor(request) -> Actor:
    return Actor(user=request.user, via="api")


def _application(request, slug: str) -> Application:
    if not request.user.has_perm(VIEW):
        raise PermissionDenied("U mag de procedure niet inzien.")
    return get_object_or_404(scope_to_organization(Application.objects.all(), request.user),
                             slug=slug)


def _transitions(application: Application, request) -> list[dict[str, Any]]:
    actor = _actor(request)
    rows = []
    for rule in service.allowed_transitions(application, actor):
        if rule.to_status in t.DECISION_STATUSES and not request.user.has_perm(DECIDE):
            continue
        missing = service.unmet_preconditions(rule, application, reason="-")
        rows.append({
            "to": rule.to_status,
            "label": str(rule.label),
            "decision": rule.to_status in t.DECISION_STATUSES,
            "reason_required": t.REASON_GIVEN in rule.preconditions
            or rule.to_status in t.DECISION_STATUSES,
            "unmet_preconditions": missing,
        })
    return rows


def procedure_data(application: Application, request) -> dict[str, Any]:
    view = service.overview(application, user=request.user)
    return {
        "slug": view.application.slug,
        "status": view.application.status,
        "steps": [{**s.as_dict(), "done": s.done} for s in view.steps],
        "checklist": [row.as_dict() for row in view.checklist],
        "facts": [fact.as_dict() for fact in view.facts.values()],
        "findings": {
            "approval": view.gate.findings,
            "use": service.open_findings(view.application, stage="use"),
        },
        "gates": {
            "approval": {"passed": view.gate.passed, "reasons": view.gate.reasons},
            "use": {"passed": view.use_gate.passed, "reasons": view.use_gate.reasons},
        },
        "exception": (
            {"decided_by": view.exception.decided_by_name,
             "exception_reason": view.exception.exception_reason}
            if view.exception else None
        ),
        "transitions": _transitions(view.application, request),
    }


_PROCEDURE = inline_serializer("Procedure", {
    "slug": serializers.CharField(),
    "status": serializers.ChoiceField(choices=Status.choices),
    "steps": serializers.ListField(child=serializers.DictField()),
    "checklist": serializers.ListField(
        child=serializers.DictField(),
        help_text="per punt: key, label, met, declared (alleen verklaard, telt niet), "
                  "evidence (registraties en bewijs)"),
    "facts": serializers.ListField(
        child=serializers.DictField(),
        help_text="per bewezen feit: path, state (evidenced|declared|open), value, declared, "
                  "evidence"),
    "findings": serializers.DictField(help_text="open bevindingen per poort: approval, use"),
    "gates": serializers.DictField(),
    "exception": serializers.DictField(allow_null=True),
    "transitions": serializers.ListField(
        child=serializers.DictField(),
        help_text="de overgangen die de aanroeper mag doen, met niet-vervulde voorwaarden"),
})
_PROBLEM = inline_serializer("ProcedureProblem", {
    "field": serializers.CharField(required=False),
    "detail": serializers.CharField(),
})


class TransitionSerializer(serializers.Serializer):
    to = serializers.ChoiceField(choices=Status.choices)
    reason = serializers.CharField(required=False, allow_blank=True, default="",
                                   max_length=5000)
    exception_reason = serializers.CharField(required=False, allow_blank=True, default="",
                                             max_length=5000)


class ProcedureView(APIView):
    permission_classes = [permissions.IsAuthenticated]

    @extend_schema(summary="De procedure van een toepassing", responses={200: _PROCEDURE},
                   tags=["procedure"])
    def get(self, request, slug: str):
        return Response(procedure_data(_application(request, slug), request))


class TransitionView(APIView):
    permission_classes = [permissions.IsAuthenticated]
    serializer_class = TransitionSerializer

    @extend_schema(
        summary="Een stap in de procedure zetten (ook goedkeuren of afwijzen)",
        request=TransitionSerializer,
        responses={200: _PROCEDURE, 400: _PROBLEM, 403: OpenApiResponse(_PROBLEM)},
        tags=["procedure"],
    )
    def post(self, request, slug: str):
        application = _application(request, slug)
        serializer = TransitionSerializer(data=request.data)
        if not serializer.is_valid():
            field, problems = next(iter(serializer.errors.items()))
            raise ValidationError({"field": field, "detail": str(problems[0])})
        data = serializer.validated_data
        try:
            if data["to"] in t.DECISION_STATUSES:
                if not request.user.has_perm(DECIDE):
                    raise service.NotAllowed("Alleen de directie besluit over toepassingen.")
                service.decide(application, actor=_actor(request), outcome=data["to"],
                               rationale=data["reason"],
                               exception_reason=data["exception_reason"])
            else:
                service.transition(application, data["to"], actor=_actor(request),
                                   reason=data["reason"])
        except service.NotAllowed as exc:
            raise PermissionDenied({"detail": str(exc)}) from exc
        except service.ProcedureError as exc:
            raise ValidationError(_problem(str(exc))) from exc
        application.refresh_from_db()
        return Response(procedure_data(application, request))


def _problem(message: str) -> dict[str, str]:
    """{"field", "detail"} from a Dutch message that starts with "veld 'x': …"."""
    if message.startswith("veld '") and "':" in message:
        field, detail = message[6:].split("':", 1)
        return {"field": field, "detail": detail.strip()}
    return {"detail": message}
