from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import JsonResponse
from django.shortcuts import render

from regie.core.context_processors import waiting_work


@login_required
def home(request):
    """What waits for this user, per kind of work, then where each group of pages leads."""
    return render(request, "core/home.html", {"work": waiting_work(request)})


def healthz(request):
    """For load balancers: 200 when the database answers."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})
