"""Gateway keys in Regie's own pages: the keys of one application (create, list, revoke)
and, for beheerders, every key of the organisation. A new key is shown once, in the
response to the form, and never stored."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from regie.audit.service import Actor
from regie.gateway.access import KEY_STATUSES, may_manage_keys, may_view_keys
from regie.gateway.forms import KeyForm
from regie.gateway.models import ApiKey
from regie.gateway.service import create_key, revoke_key, usage_summary
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
    keys = list(application.gateway_keys.select_related("created_by"))
    for key in keys:
        key.active = key.revoked_at is None and (key.expires_at is None or key.expires_at > now)
    response = render(request, "gateway/keys.html", {
        "application": application, "keys": keys, "form": form, "token": token,
        "may_manage": may_manage_keys(request.user, application),
        "may_create": application.status in KEY_STATUSES,
        "usage": usage_summary(application=application), "show_application": False,
        "gateway_url": request.build_absolute_uri("/v1/"),
    }, status=status)
    return response


@never_cache
@login_required
def application_keys(request, slug: str):
    """GET: the keys; POST: a new key, shown once on the page this answers with."""
    application = _application(request, slug)
    if request.method != "POST":
        return _render_keys(request, application, form=KeyForm())
    if not may_manage_keys(request.user, application):
        raise PermissionDenied
    form = KeyForm(request.POST)
    if application.status not in KEY_STATUSES:
        form.add_error(None, _("Een sleutel kan pas worden gemaakt als de directie de "
                               "toepassing heeft goedgekeurd."))
    if not form.is_valid():
        return _render_keys(request, application, form=form, status=400)
    _key, token = create_key(application=application, actor=Actor(user=request.user, via="web"),
                             expires_in_days=form.cleaned_data["expires_in_days"])
    return _render_keys(request, application, form=KeyForm(), token=token)


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
