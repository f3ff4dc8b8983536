"""The forms for a new gateway key and for a budget."""

from django import forms
from django.utils.translation import gettext_lazy as _

from regie.gateway.models import Budget, BudgetScope
from regie.register.models import Application, User

EXPIRY_CHOICES = [
    ("30", _("Over 30 dagen")),
    ("90", _("Over 90 dagen")),
    ("365", _("Over een jaar")),
    ("", _("Verloopt niet (niet aangeraden)")),
]
SELECT = {"class": "utrecht-select utrecht-select--html-select"}
NUMBER = {"class": "utrecht-textbox utrecht-textbox--html-input", "inputmode": "numeric"}


class KeyForm(forms.Form):
    expires_in_days = forms.TypedChoiceField(
        label=_("Wanneer verloopt de sleutel?"), choices=EXPIRY_CHOICES, initial="90",
        coerce=int, empty_value=None, required=False,
        widget=forms.Select(attrs=SELECT),
        help_text=_("Na deze datum weigert de gateway de sleutel. Maak dan een nieuwe."))
    user = forms.ModelChoiceField(
        label=_("Persoonlijke sleutel van"), queryset=User.objects.none(), required=False,
        empty_label=_("Niemand (sleutel van de toepassing)"), widget=forms.Select(attrs=SELECT),
        help_text=_("Elk verzoek met een persoonlijke sleutel telt voor die medewerker en "
                    "diens afdeling."))
    front_end = forms.BooleanField(
        label=_("Sleutel van een chatomgeving (zoals Open WebUI)"), required=False,
        widget=forms.CheckboxInput(
            attrs={"class": "utrecht-checkbox utrecht-checkbox--html-input"}),
        help_text=_("Alleen bij zo'n sleutel gelooft de gateway wie de chatomgeving als "
                    "gebruiker noemt (koppen X-OpenWebUI-User-* of X-Regie-User). Zet in "
                    "Open WebUI ENABLE_FORWARD_USER_INFO_HEADERS aan."))

    def __init__(self, *args, application: Application, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["user"].queryset = User.objects.filter(
            organization_id=application.organization_id, is_active=True).order_by("username")

    def clean(self):
        data = super().clean()
        if data.get("user") and data.get("front_end"):
            self.add_error("front_end", _("Een persoonlijke sleutel kan geen sleutel van een "
                                          "chatomgeving zijn; kies één van beide."))
        return data


class BudgetForm(forms.ModelForm):
    class Meta:
        model = Budget
        fields = ["scope", "application", "department", "user", "metric", "period",
                  "soft_limit", "hard_limit"]
        widgets = {"scope": forms.Select(attrs=SELECT), "application": forms.Select(attrs=SELECT),
                   "user": forms.Select(attrs=SELECT), "metric": forms.Select(attrs=SELECT),
                   "period": forms.Select(attrs=SELECT),
                   "department": forms.TextInput(attrs={
                       "class": "utrecht-textbox utrecht-textbox--html-input"}),
                   "soft_limit": forms.NumberInput(attrs=NUMBER),
                   "hard_limit": forms.NumberInput(attrs=NUMBER)}
        help_texts = {
            "application": _("Alleen bij niveau 'Per toepassing'; leeg: elke toepassing apart."),
            "department": _("Alleen bij niveau 'Per afdeling'; leeg: elke afdeling apart."),
            "user": _("Alleen bij niveau 'Per medewerker'; leeg: elke medewerker apart."),
            "soft_limit": _("Het antwoord krijgt een waarschuwing en de eigenaar één e-mail "
                            "per periode."),
            "hard_limit": _("Daarboven weigert de gateway, met de datum waarop het budget "
                            "weer opengaat."),
        }

    def __init__(self, *args, organization, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["application"].queryset = Application.objects.filter(
            organization=organization).order_by("name")
        self.fields["user"].queryset = User.objects.filter(
            organization=organization, is_active=True).order_by("username")

    def clean(self):
        data = super().clean()
        scope = data.get("scope")
        for name, allowed in (("application", BudgetScope.APPLICATION),
                              ("department", BudgetScope.DEPARTMENT),
                              ("user", BudgetScope.PERSON)):
            if data.get(name) and scope != allowed:
                self.add_error(name, _("Dit veld hoort alleen bij niveau '%(scope)s'.")
                               % {"scope": BudgetScope(allowed).label})
        soft, hard = data.get("soft_limit"), data.get("hard_limit")
        if soft is None and hard is None:
            self.add_error("hard_limit", _("Vul een waarschuwingsgrens, een harde grens of "
                                           "beide in."))
        elif soft is not None and hard is not None and soft > hard:
            self.add_error("soft_limit", _("De waarschuwingsgrens moet lager zijn dan de "
                                           "harde grens."))
        if hard == 0:
            self.add_error("hard_limit", _("Een harde grens van 0 weigert alles; vul minstens "
                                           "1 in."))
        return data
