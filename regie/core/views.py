from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from regie.core.context_processors import waiting_work


@login_required
def home(request):
    """What waits for this user, per kind of work, then where each group of pages leads."""
    return render(request, "core/home.html", {"work": waiting_work(request, checklists=True)})


def healthz(request):
    """For load balancers: 200 when the database answers."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})


# Error pages in Regie's style and the user's language, each saying what to do instead
# (wired as handler403/404/500 in regie/urls.py; 405 by `ErrorPageMiddleware`).


def _error(request, status: int, heading: str, explanation: str, what_to_do: list[str]):
    context = {"status": status, "heading": heading, "explanation": explanation,
               "what_to_do": what_to_do}
    return render(request, "errors/page.html", context, status=status)


def forbidden(request, exception=None):
    return _error(request, 403, _("U heeft geen toegang tot deze pagina"),
                  _("Uw rol in Regie geeft geen toegang tot deze pagina of deze handeling."),
                  [_("Ga terug naar de vorige pagina en kies een andere handeling."),
                   _("Heeft u deze pagina nodig voor uw werk? Vraag de beheerder van Regie in "
                     "uw organisatie om de juiste rol.")])


def not_found(request, exception=None):
    if request.path.startswith("/api/"):  # the API's own shape, as its OpenAPI document says
        return JsonResponse({"detail": "Niet gevonden."}, status=404)
    return _error(request, 404, _("Pagina niet gevonden"),
                  _("Deze pagina bestaat niet (meer), of hoort bij een andere organisatie."),
                  [_("Controleer het adres op typefouten."),
                   _("Zoek de toepassing op via Toepassingen in het menu.")])


def method_not_allowed(request):
    return _error(request, 405, _("Dit kan op deze manier niet"),
                  _("Deze pagina werkt alleen via de knoppen en formulieren in Regie."),
                  [_("Ga terug naar de vorige pagina en gebruik de knop daar.")])


def csrf_failure(request, reason=""):
    return _error(request, 403, _("Uw formulier is verlopen"),
                  _("Regie kon niet nagaan dat dit formulier van u komt, bijvoorbeeld omdat de "
                    "pagina lang open stond of u intussen opnieuw bent ingelogd."),
                  [_("Ga terug, laad de pagina opnieuw en verstuur het formulier nog eens.")])


def server_error(request):
    return render(request, "500.html", status=500)


def locked_out(request, credentials, *args, **kwargs):
    """What django-axes shows when sign-ins for a user name or from an address are
    throttled: a Dutch page saying for how long (HTTP 429)."""
    from django.conf import settings

    return render(request, "registration/locked_out.html", {
        "limit": settings.AXES_FAILURE_LIMIT,
        "minutes": int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)}, status=429)
