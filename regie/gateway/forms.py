"""The form for a new gateway key."""

from django import forms
from django.utils.translation import gettext_lazy as _

EXPIRY_CHOICES = [
    ("30", _("Over 30 dagen")),
    ("90", _("Over 90 dagen")),
    ("365", _("Over een jaar")),
    ("", _("Verloopt niet (niet aangeraden)")),
]


class KeyForm(forms.Form):
    expires_in_days = forms.TypedChoiceField(
        label=_("Wanneer verloopt de sleutel?"), choices=EXPIRY_CHOICES, initial="90",
        coerce=int, empty_value=None, required=False,
        widget=forms.Select(attrs={"class": "utrecht-select utrecht-select--html-select"}),
        help_text=_("Na deze datum weigert de gateway de sleutel. Maak dan een nieuwe."))
