from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import JsonResponse
from django.shortcuts import render


@login_required
def home(request):
    return render(request, "core/home.html")


def healthz(request):
    """For load balancers: 200 when the database answers."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})


def locked_out(request, credentials, *args, **kwargs):
    """What django-axes shows when sign-ins for a user name or from an address are
    throttled: a Dutch page saying for how long (HTTP 429)."""
    from django.conf import settings

    return render(request, "registration/locked_out.html", {
        "limit": settings.AXES_FAILURE_LIMIT,
        "minutes": int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)}, status=429)
