"""The beheerder's pages for the people and roles of their own organisation."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from regie.core.errors import InputError
from regie.register import people
from regie.register.access import require_perm, scope_to_organization
from regie.register.models import User
from regie.register.roles import Role


def _people(request):
    return scope_to_organization(User.objects.filter(is_superuser=False), request.user)


def _role_choices(request, person=None):
    grantable = set(people.grantable_roles(request.user))
    held = person.role_names if person is not None else set()
    return [{"value": r.value, "label": r.label, "checked": r.value in held,
             "grantable": r.value in grantable} for r in Role]


@login_required
@require_http_methods(["GET", "POST"])
def person_list(request):
    require_perm(request.user, "register.view_user")
    if request.user.organization_id is None:
        raise Http404
    form = request.POST if request.method == "POST" else {}
    if request.method == "POST":
        require_perm(request.user, "register.add_user")
        try:
            person = people.create_person(
                request.user, username=form.get("username", ""),
                first_name=form.get("first_name", ""), last_name=form.get("last_name", ""),
                email=form.get("email", ""), department=form.get("department", ""),
                password=form.get("password", ""), roles=set(request.POST.getlist("roles")))
        except InputError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, _("Gebruiker %(name)s aangemaakt.") % {"name": person})
            return redirect("register:person_list")
    return render(request, "register/people.html", {
        "people": _people(request).prefetch_related("groups").order_by("last_name", "username"),
        "roles": _role_choices(request),
        "form": form,
        "can_add": request.user.has_perm("register.add_user"),
    }, status=400 if request.method == "POST" else 200)


@login_required
@require_http_methods(["GET", "POST"])
def person_detail(request, pk):
    require_perm(request.user, "register.view_user")
    person = get_object_or_404(_people(request), pk=pk)
    if request.method == "POST":
        require_perm(request.user, "register.change_user")
        try:
            people.update_person(request.user, person, roles=set(request.POST.getlist("roles")),
                                 active=request.POST.get("active") == "on")
        except InputError as exc:
            messages.error(request, str(exc))
            return redirect("register:person_detail", pk=pk)
        messages.success(request, _("Wijzigingen opgeslagen."))
        return redirect("register:person_detail", pk=pk)
    return render(request, "register/person_detail.html", {
        "person": person,
        "roles": _role_choices(request, person),
        "can_change": request.user.has_perm("register.change_user"),
    })
