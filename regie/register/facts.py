"""The dossier's facts as the application page shows them: grouped like the form, with Dutch
labels and display values (also used on the advice page)."""

from __future__ import annotations

from django.db import models
from django.utils import formats
from django.utils.translation import gettext as _

from regie.register import dossier as fmt
from regie.register.forms import APPLICATION_FIELDSETS, LIST_FORM_FIELDS, ApplicationForm
from regie.register.models import Application


def application_facts(application: Application, *, groups_with: tuple[str, ...] = ()
                      ) -> list[tuple[str, list[dict]]]:
    """The dossier's facts in the groups of the form: label, display text, and links for the
    model(s) and supplier. With `groups_with`, only the groups holding one of those fields.
    A fact Regie evidences carries its `FactState` (`fact`): the page shows the record that
    evidences it, or that the typed value is only a declaration that does not count."""
    from regie.register.service import evidenced_dossier  # the service builds on this module

    states = evidenced_dossier(application)[1]
    evidenced = {field: states[path] for path, field, _kind in fmt.SCALAR_FIELDS
                 if path in states}
    groups = []
    for legend, names in APPLICATION_FIELDSETS:
        if groups_with and not set(groups_with) & set(names):
            continue
        rows = []
        for name in names:
            if name in LIST_FORM_FIELDS:
                field = ApplicationForm.base_fields[name]
                labels = dict(field.choices)
                value_field = {"tasks": "task", "experts": "expertise",
                               "ai_act_roles": "role"}[name]
                shown = sorted(str(labels[getattr(row, value_field)])
                               for row in getattr(application, LIST_FORM_FIELDS[name]).all())
                rows.append({"label": field.label, "text": ", ".join(shown) or "—"})
                continue
            label = Application._meta.get_field(name).verbose_name
            if name in ("model", "supplier", "other_models"):
                objects = ([m for m in application.other_models.all()
                            if m.pk != application.model_id] if name == "other_models"
                           else [getattr(application, name)] if getattr(application, name)
                           else [])
                rows.append({"label": label, "text": "" if objects else "—",
                             "links": [(str(o), o.get_absolute_url()) for o in objects]})
            else:
                rows.append({"label": label, "text": display_value(application, name),
                             "fact": evidenced.get(name)})
        groups.append((legend, rows))
    return groups


def display_value(obj: models.Model, name: str) -> str:
    field = obj._meta.get_field(name)
    value = getattr(obj, name)
    if field.choices:
        return getattr(obj, f"get_{name}_display")()
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return _("Ja") if value else _("Nee")
    return str(formats.localize(value))
