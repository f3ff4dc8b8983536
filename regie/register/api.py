"""REST API for the register under /api/v1/: applications in the dossier format, models and
suppliers. Authentication by session or token; permissions follow the roles, and every
query is scoped to the caller's organisation."""

from __future__ import annotations

import copy
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db.models import ProtectedError, Q
from django.shortcuts import get_object_or_404
from drf_spectacular.extensions import OpenApiSerializerExtension
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import permissions, serializers, status, viewsets
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from regie.audit.service import Actor
from regie.register import access
from regie.register import dossier as fmt
from regie.register.constants import Status
from regie.register.models import AIModel, Application, Supplier
from regie.register.service import (
    delete_application,
    delete_catalogue_item,
    dossier_for,
    import_dossier,
    save_catalogue_item,
    with_dossier_relations,
)

_DOSSIER_SCHEMA = {k: v for k, v in fmt.dossier_schema().items() if k not in ("$schema", "$id")}


class RolePermissions(permissions.DjangoModelPermissions):
    """Django model permissions, reading included (view_*)."""

    perms_map = {
        **permissions.DjangoModelPermissions.perms_map,
        "GET": ["%(app_label)s.view_%(model_name)s"],
        "HEAD": ["%(app_label)s.view_%(model_name)s"],
    }


def _actor(request) -> Actor:
    return Actor(user=request.user, via="api")


def _dossier_error(exc: fmt.DossierError) -> ValidationError:
    return ValidationError({"field": exc.field, "detail": exc.problem})


def _refuse_status(data: Any, slug: str | None) -> None:
    """One door for status: the procedure. A `status` in a create/update body is refused."""
    if isinstance(data, dict) and "status" in data:
        where = f"/api/v1/applications/{slug or '{slug}'}/transitions/"
        raise ValidationError({
            "field": "status",
            "detail": "de status verandert alleen via de procedure: gebruik POST "
                      f"{where} met {{\"to\", \"reason\"}} (en laat 'status' weg)",
        })


class DossierSerializer(serializers.Serializer):
    """Stands for the dossier format in the OpenAPI document (see `DossierSchema`); requests
    are validated by `dossier.parse_dossier` against the same JSON Schema."""


class DossierSchema(OpenApiSerializerExtension):
    target_class = "regie.register.api.DossierSerializer"

    def get_name(self, auto_schema, direction):
        return "Dossier"

    def map_serializer(self, auto_schema, direction):
        return copy.deepcopy(_DOSSIER_SCHEMA)  # drf-spectacular rewrites what it is given


class ProblemSerializer(serializers.Serializer):
    field = serializers.CharField(required=False, help_text="het veld met het probleem")
    detail = serializers.CharField(help_text="wat er mis is, in het Nederlands")


@extend_schema_view(
    list=extend_schema(
        summary="Toepassingen van de eigen organisatie",
        parameters=[
            OpenApiParameter("status", str, enum=Status.values),
            OpenApiParameter("search", str, description="zoekt in naam en doel"),
        ],
    ),
    retrieve=extend_schema(summary="Dossier van één toepassing"),
    create=extend_schema(summary="Toepassing registreren (dossierformaat)",
                         responses={201: DossierSerializer, 400: ProblemSerializer}),
    update=extend_schema(summary="Dossier vervangen",
                         responses={200: DossierSerializer, 400: ProblemSerializer}),
    partial_update=extend_schema(summary="Delen van het dossier wijzigen",
                                 responses={200: DossierSerializer, 400: ProblemSerializer}),
    destroy=extend_schema(summary="Toepassing verwijderen"),
)
class ApplicationViewSet(viewsets.GenericViewSet):
    """Applications, read and written in the dossier format (`regie dossier schema`)."""

    permission_classes = [permissions.IsAuthenticated, RolePermissions]
    serializer_class = DossierSerializer
    queryset = Application.objects.none()  # the model RolePermissions checks
    lookup_field = "slug"
    lookup_value_regex = "[a-z0-9-]+"

    def _queryset(self):
        return access.scope_to_organization(
            with_dossier_relations(Application.objects.all()), self.request.user)

    def _get(self, slug: str) -> Application:
        return get_object_or_404(self._queryset(), slug=slug)

    def _check_edit(self, application: Application) -> None:
        if not access.can_edit_application(self.request.user, application):
            raise PermissionDenied("U mag deze toepassing niet wijzigen.")

    def list(self, request):
        queryset = self._queryset().order_by("name", "pk")
        wanted = request.query_params.get("status")
        if wanted:
            if wanted not in Status.values:
                raise ValidationError({"field": "status",
                                       "detail": f"onbekende status {wanted!r}"})
            queryset = queryset.filter(status=wanted)
        search = request.query_params.get("search")
        if search:
            queryset = queryset.filter(Q(name__icontains=search) | Q(purpose__icontains=search))
        page = self.paginate_queryset(queryset)
        return self.get_paginated_response([dossier_for(a) for a in page])

    def retrieve(self, request, slug=None):
        return Response(dossier_for(self._get(slug)))

    def _write(self, data: Any, *, existing: Application | None) -> Application:
        try:
            dossier = fmt.parse_dossier(data)
        except fmt.DossierError as exc:
            raise _dossier_error(exc) from exc
        if existing is not None:
            if dossier.get("slug") not in (None, existing.slug):
                raise ValidationError({"field": "slug",
                                       "detail": "het kenmerk van een toepassing kan niet "
                                                 "worden gewijzigd"})
            dossier["slug"] = existing.slug
        elif dossier.get("slug") and Application.objects.filter(slug=dossier["slug"]).exists():
            raise ValidationError({"field": "slug", "detail": "dit kenmerk is al in gebruik"})
        user = self.request.user
        organization = None if access.is_installation_admin(user) else user.organization
        if organization is None and not access.is_installation_admin(user):
            raise PermissionDenied("Uw account hoort niet bij een organisatie.")
        try:
            application, _created = import_dossier(dossier, actor=_actor(self.request),
                                                   organization=organization)
        except fmt.DossierError as exc:
            raise _dossier_error(exc) from exc
        return with_dossier_relations(Application.objects.all()).get(pk=application.pk)

    def create(self, request):
        _refuse_status(request.data, None)
        application = self._write(request.data, existing=None)
        return Response(dossier_for(application), status=status.HTTP_201_CREATED)

    def update(self, request, slug=None):
        application = self._get(slug)
        self._check_edit(application)
        _refuse_status(request.data, slug)
        return Response(dossier_for(self._write(request.data, existing=application)))

    def partial_update(self, request, slug=None):
        application = self._get(slug)
        self._check_edit(application)
        if not isinstance(request.data, dict):
            raise ValidationError({"detail": "verwacht een object met velden"})
        _refuse_status(request.data, slug)
        merged = _merge(dossier_for(application), request.data)
        return Response(dossier_for(self._write(merged, existing=application)))

    def destroy(self, request, slug=None):
        application = self._get(slug)
        if not request.user.has_perm("register.delete_application"):
            raise PermissionDenied("Alleen een beheerder mag toepassingen verwijderen.")
        delete_application(application, actor=_actor(request))
        return Response(status=status.HTTP_204_NO_CONTENT)


def _merge(base: dict[str, Any], patch: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in patch.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict) and key not in (
                "model", "supplier"):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


class _CatalogueSerializer(serializers.ModelSerializer):
    organization = serializers.SlugRelatedField(slug_field="slug", read_only=True)


class AIModelSerializer(_CatalogueSerializer):
    class Meta:
        model = AIModel
        exclude = ["created_at", "updated_at"]


class SupplierSerializer(_CatalogueSerializer):
    class Meta:
        model = Supplier
        exclude = ["created_at", "updated_at"]


class _CatalogueViewSet(viewsets.ModelViewSet):
    """Models and suppliers of the caller's organisation; writes are audited."""

    permission_classes = [permissions.IsAuthenticated, RolePermissions]

    def get_queryset(self):
        return access.scope_to_organization(self.queryset, self.request.user).order_by("name")

    def perform_create(self, serializer):
        user = self.request.user
        if user.organization_id is None:
            raise PermissionDenied("Uw account hoort niet bij een organisatie.")
        obj = serializer.Meta.model(organization=user.organization)
        serializer.instance = self._save(obj, serializer.validated_data)

    def perform_update(self, serializer):
        serializer.instance = self._save(serializer.instance, serializer.validated_data)

    def _save(self, obj, values):
        from django.core.exceptions import ValidationError as DjangoValidationError

        try:
            return save_catalogue_item(obj, values, actor=_actor(self.request))
        except DjangoValidationError as exc:
            field, messages = next(iter(exc.message_dict.items()))
            raise ValidationError({"field": field, "detail": "; ".join(messages)}) from exc

    def perform_destroy(self, instance):
        try:
            delete_catalogue_item(instance, actor=_actor(self.request))
        except ProtectedError as exc:
            raise ValidationError({"detail": "Nog in gebruik bij een of meer toepassingen; "
                                             "eerst daar loskoppelen."}) from exc


class AIModelViewSet(_CatalogueViewSet):
    queryset = AIModel.objects.all()
    serializer_class = AIModelSerializer


class SupplierViewSet(_CatalogueViewSet):
    queryset = Supplier.objects.all()
    serializer_class = SupplierSerializer
