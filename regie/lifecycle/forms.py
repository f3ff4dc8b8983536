"""Forms of the lifecycle pages. They only shape input; the rules are in the service."""

from __future__ import annotations

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from regie.lifecycle import constants as c
from regie.lifecycle.literacy import EVIDENCE_TYPES
from regie.lifecycle.models import (
    ApplicationEvaluation,
    Incident,
    Training,
)
from regie.register.constants import Status
from regie.register.models import Application, User


class _Styled:
    """Give every widget the NL Design System class of its kind."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            widget = field.widget
            if isinstance(widget, forms.Textarea):
                css = "utrecht-textarea"
            elif isinstance(widget, forms.Select):
                css = "utrecht-select utrecht-select--html-select"
            elif isinstance(widget, forms.CheckboxInput):
                css = "utrecht-checkbox utrecht-checkbox--html-input"
            else:
                css = "utrecht-textbox utrecht-textbox--html-input"
            widget.attrs.setdefault("class", css)


class IncidentReportForm(_Styled, forms.Form):
    kind = forms.ChoiceField(label=_("Wat is er gebeurd?"), choices=c.IncidentKind.choices)
    application = forms.ModelChoiceField(
        label=_("Welke toepassing (als u dat weet)?"), queryset=Application.objects.none(),
        required=False, empty_label=_("Weet ik niet / niet geregistreerd"))
    description = forms.CharField(label=_("Omschrijving"), widget=forms.Textarea(
        attrs={"rows": 5}), max_length=5000,
        help_text=_("Wat gebeurde er, wanneer, en welke gegevens ging het om? Noem geen "
                    "persoonsgegevens die niet nodig zijn."))

    def __init__(self, *args, organization=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["application"].queryset = Application.objects.filter(
            organization=organization).exclude(status=Status.DRAFT)


class IncidentHandleForm(_Styled, forms.ModelForm):
    class Meta:
        model = Incident
        fields = ["handler", "status", "severity", "triage_notes", "measures",
                  "possible_breach", "breach_decision", "breach_decision_reason",
                  "closing_note"]
        widgets = {name: forms.Textarea(attrs={"rows": 3})
                   for name in ("triage_notes", "measures", "breach_decision_reason",
                                "closing_note")}


class EvaluationForm(_Styled, forms.ModelForm):
    performed_on = forms.DateField(label=_("Datum"), initial=timezone.localdate,
                                   widget=forms.DateInput(attrs={"type": "date"}))

    class Meta:
        model = ApplicationEvaluation
        fields = ["performed_on", "still_needed", "purpose_met", "incidents_note",
                  "changes_model", "changes_supplier", "changes_law", "changes_note",
                  "exit_needed", "outcome", "conclusion"]
        widgets = {
            "still_needed": forms.CheckboxInput(), "purpose_met": forms.CheckboxInput(),
            **{name: forms.Textarea(attrs={"rows": 3})
               for name in ("incidents_note", "changes_note", "conclusion")},
        }


class PolicyEvaluationForm(_Styled, forms.Form):
    conclusions = forms.CharField(label=_("Conclusies en aanpassingen van het beleid"),
                                  widget=forms.Textarea(attrs={"rows": 6}), max_length=20000)


class TrainingForm(_Styled, forms.ModelForm):
    class Meta:
        model = Training
        fields = ["name", "level", "validity_months", "description"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}


class TrainingRecordForm(_Styled, forms.Form):
    user = forms.ModelChoiceField(label=_("Medewerker"), queryset=User.objects.none())
    training = forms.ModelChoiceField(label=_("Training"), queryset=Training.objects.none())
    completed_on = forms.DateField(label=_("Afgerond op"), initial=timezone.localdate,
                                   widget=forms.DateInput(attrs={"type": "date"}))
    evidence = forms.FileField(
        label=_("Bewijs (bestand)"), required=False,
        help_text=_("PDF, PNG of JPEG, hoogstens 5 MB."),
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(EVIDENCE_TYPES)}))
    evidence_url = forms.URLField(label=_("Of: link naar het bewijs"), required=False,
                                  assume_scheme="https",
                                  max_length=500)

    def __init__(self, *args, user, may_record_others: bool, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["training"].queryset = Training.objects.filter(
            organization_id=user.organization_id, active=True)
        users = User.objects.filter(organization_id=user.organization_id, is_active=True)
        self.fields["user"].queryset = users if may_record_others else users.filter(
            pk=user.pk)
        self.fields["user"].initial = user.pk


class OperatorForm(_Styled, forms.Form):
    user = forms.ModelChoiceField(label=_("Medewerker"), queryset=User.objects.none())
    role = forms.ChoiceField(label=_("Rol"), choices=c.OperatorRole.choices)

    def __init__(self, *args, organization, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["user"].queryset = User.objects.filter(organization=organization,
                                                           is_active=True)
