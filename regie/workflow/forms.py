"""The procedure's forms: input shapes only; the rules are in `procedure.py`."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from regie.register.constants import Status
from regie.workflow.constants import AdviceOutcome, AdviceRole, DecisionOutcome, EvidenceKind

_TEXT = {"class": "utrecht-textarea", "rows": 4}
_INPUT = {"class": "utrecht-textbox"}


class TransitionForm(forms.Form):
    to_status = forms.ChoiceField(label=_("Naar"), choices=Status.choices, widget=forms.HiddenInput)
    reason = forms.CharField(
        label=_("Toelichting"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={**_TEXT, "rows": 2}),
    )


class AdviceForm(forms.Form):
    role = forms.ChoiceField(
        label=_("Advies als"),
        choices=AdviceRole.choices,
        widget=forms.Select(attrs={"class": "utrecht-select"}),
    )
    outcome = forms.ChoiceField(
        label=_("Advies"), choices=AdviceOutcome.choices, widget=forms.RadioSelect
    )
    text = forms.CharField(
        label=_("Onderbouwing"), max_length=10000, widget=forms.Textarea(attrs=_TEXT)
    )
    conditions = forms.CharField(
        label=_("Voorwaarden (één per regel)"),
        required=False,
        max_length=10000,
        help_text=_("Alleen bij een positief advies onder voorwaarden."),
        widget=forms.Textarea(attrs={**_TEXT, "rows": 3}),
    )

    def __init__(self, *args, roles: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["role"].choices = [c for c in AdviceRole.choices if c[0] in roles]

    def condition_list(self) -> list[str]:
        return [
            line.strip() for line in self.cleaned_data["conditions"].splitlines() if line.strip()
        ]


class DecisionForm(forms.Form):
    outcome = forms.ChoiceField(
        label=_("Besluit"), choices=DecisionOutcome.choices, widget=forms.RadioSelect
    )
    rationale = forms.CharField(
        label=_("Motivering"), max_length=10000, widget=forms.Textarea(attrs=_TEXT)
    )
    exception_reason = forms.CharField(
        label=_("Motivering van de uitzondering"),
        required=False,
        max_length=10000,
        help_text=_(
            "Alleen nodig om goed te keuren terwijl er nog bevindingen open staan, een "
            "advies ontbreekt of negatief is. De uitzondering wordt overal zichtbaar."
        ),
        widget=forms.Textarea(attrs={**_TEXT, "rows": 3}),
    )


class EvidenceForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Soort bewijs"),
        choices=EvidenceKind.choices,
        widget=forms.Select(attrs={"class": "utrecht-select"}),
    )
    file = forms.FileField(
        label=_("Bestand"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"class": "utrecht-textbox"}),
    )
    url = forms.CharField(
        label=_("Link"), required=False, max_length=500, widget=forms.TextInput(attrs=_INPUT)
    )
    note = forms.CharField(
        label=_("Toelichting"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={**_TEXT, "rows": 2}),
    )


class DossierFileForm(forms.Form):
    file = forms.FileField(
        label=_("Dossierbestand (YAML of JSON)"),
        widget=forms.ClearableFileInput(attrs={"class": "utrecht-textbox"}),
    )


class ReuseForm(forms.Form):
    name = forms.CharField(
        label=_("Naam van uw toepassing"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs=_INPUT),
    )
