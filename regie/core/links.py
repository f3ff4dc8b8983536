"""Absolute links for e-mails: they follow how Regie is served.

REGIE_BASE_URL wins when it is set (behind a proxy the request's host may be an internal
name). Otherwise a link made while handling a request (a task e-mail sent when a dossier is
submitted) uses that request's scheme and host, so the port is the one the user reached Regie
on; outside a request (the daily reminders) the first of REGIE_ALLOWED_HOSTS is used.
"""

from __future__ import annotations

from contextvars import ContextVar

from django.conf import settings
from django.utils.http import url_has_allowed_host_and_scheme

_ORIGIN: ContextVar[str] = ContextVar("regie_request_origin", default="")


def absolute_url(path: str) -> str:
    base = settings.BASE_URL or _ORIGIN.get()
    if not base:
        host = next((h for h in settings.ALLOWED_HOSTS if h not in ("*", "")), "localhost")
        base = f"http://{host.lstrip('.')}"
    return base.rstrip("/") + path


class RequestOriginMiddleware:
    """Remember the request's origin (scheme and host) while it is handled."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _ORIGIN.set(f"{request.scheme}://{request.get_host()}")
        try:
            return self.get_response(request)
        finally:
            _ORIGIN.reset(token)


def back_to(request, fallback: str) -> str:
    """The page a form was sent from (its `next` field, e.g. the procedure page), when it is
    a path on this site; otherwise `fallback`."""
    wanted = request.POST.get("next") or request.GET.get("next") or ""
    if wanted.startswith("/") and url_has_allowed_host_and_scheme(
            wanted, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return wanted
    return fallback
