"""Forms for applications, AI models and suppliers. They validate input; the views hand the
cleaned values to `service.py`, which writes and audits."""

from __future__ import annotations

from typing import Any

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _

from regie.register import constants as c
from regie.register.models import AIModel, Application, ModelEndpoint, Organization, Supplier

EMPTY_CHOICE = ("", _("— niet ingevuld —"))


def _formfield(db_field, **kwargs):
    """Web addresses typed without a scheme are taken as https (Django 6's default)."""
    if isinstance(db_field, models.URLField):
        kwargs["assume_scheme"] = "https"
    return db_field.formfield(**kwargs)

# (legend, fields) in the order of the dossier format.
APPLICATION_FIELDSETS: list[tuple[Any, list[str]]] = [
    (_("Doel en eigenaar"), ["name", "purpose", "societal_value", "owner_name", "owner_email",
                             "department", "theme", "legal_basis", "contact_email"]),
    (_("Gebruik"), ["use", "environment", "tasks", "decisions_legal_or_financial_effects",
                    "decisions_autonomous", "impact_citizens", "impact_employees"]),
    (_("Gegevens"), ["data_personal", "data_special_categories", "data_confidential"]),
    (_("AI-model en leverancier"), ["model", "other_models", "supplier"]),
    (_("Afspraken met de leverancier"), [
        "agreement_data_sharing", "agreement_data_retention", "agreement_retraining_on_prompts",
        "agreement_processor", "contract_end_date"]),
    (_("Risicoanalyse"), ["risk_necessity_proportionality", "risk_preconditions",
                          "risk_subsidiarity", "risk_care", "risk_exit_strategy", "experts"]),
    (_("Beoordelingen"), ["assessment_dpia", "assessment_iama", "ai_act_risk", "ai_act_roles",
                          "ai_act_gpai"]),
    (_("Advies"), ["advice_fg", "advice_ciso"]),
    (_("Menselijk toezicht en transparantie"), [
        "human_oversight", "transparency_public_informed", "transparency_output_labelled"]),
    (_("Registers en training"), ["register_algoritmeregister", "register_cmdb",
                                  "training_users_trained"]),
]

# form field -> related name on Application (the dossier's lists)
LIST_FORM_FIELDS = {"tasks": "tasks", "experts": "experts", "ai_act_roles": "ai_act_roles"}


class RegieFormMixin:
    """NL Design System classes on every widget and a Dutch empty choice. Required fields
    carry aria-required instead of the browser's own validation, so every message comes from
    the server, in Dutch, linked to its field."""

    use_required_attribute = False

    def style_fields(self) -> None:
        for bound in self:
            widget = bound.field.widget
            if isinstance(widget, forms.CheckboxSelectMultiple):
                widget.attrs["class"] = "utrecht-checkbox utrecht-checkbox--html-input"
            elif isinstance(widget, forms.Select):
                widget.attrs["class"] = "utrecht-select utrecht-select--html-select"
                if isinstance(widget, forms.SelectMultiple):
                    widget.attrs["class"] += " regie-select-multiple"
            elif isinstance(widget, forms.Textarea):
                widget.attrs.update({"class": "utrecht-textarea utrecht-textarea--html-textarea",
                                     "rows": 3})
            else:
                widget.attrs["class"] = "utrecht-textbox utrecht-textbox--html-input"
            if bound.field.required:
                widget.attrs["aria-required"] = "true"
            # model fields with choices; ModelChoiceFields set `empty_label` instead
            if isinstance(bound.field, forms.TypedChoiceField):
                choices = list(bound.field.choices)
                if choices and choices[0][0] == "":
                    bound.field.choices = [EMPTY_CHOICE, *choices[1:]]


class ApplicationForm(RegieFormMixin, forms.ModelForm):
    tasks = forms.MultipleChoiceField(
        label=_("Taken van de AI"), choices=c.Task.choices, required=False,
        widget=forms.CheckboxSelectMultiple)
    experts = forms.MultipleChoiceField(
        label=_("Betrokken deskundigheid bij de risicoanalyse"), choices=c.Expertise.choices,
        required=False, widget=forms.CheckboxSelectMultiple)
    ai_act_roles = forms.MultipleChoiceField(
        label=_("Rol van de organisatie onder de AI-verordening"), choices=c.AIActRole.choices,
        required=False, widget=forms.CheckboxSelectMultiple)

    class Meta:
        model = Application
        fields = [name for _legend, names in APPLICATION_FIELDSETS for name in names
                  if name not in LIST_FORM_FIELDS]
        widgets = {"contract_end_date": forms.DateInput(attrs={"type": "date"},
                                                        format="%Y-%m-%d"),
                   "other_models": forms.CheckboxSelectMultiple}
        help_texts = {
            "purpose": _("Wat moet de toepassing bereiken? Het doel moet helder zijn."),
            "owner_email": _("De eigenaar mag het dossier wijzigen."),
            "human_oversight": _("Wie controleert de uitkomsten, en hoe?"),
        }

    def __init__(self, *args, organization: Organization, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.organization = organization
        self.fields["name"].required = True
        self.fields["purpose"].required = True
        self.fields["model"].queryset = AIModel.objects.filter(organization=organization)
        self.fields["other_models"].queryset = AIModel.objects.filter(organization=organization)
        self.fields["supplier"].queryset = Supplier.objects.filter(organization=organization)
        self.fields["model"].empty_label = EMPTY_CHOICE[1]
        self.fields["supplier"].empty_label = EMPTY_CHOICE[1]
        if self.instance.pk:
            for name, related in LIST_FORM_FIELDS.items():
                self.initial[name] = getattr(self.instance, {
                    "tasks": "task_values", "experts": "expert_values",
                    "ai_act_roles": "ai_act_role_values"}[related])
        self.style_fields()

    def clean_name(self) -> str:
        """Two applications of one organisation never share a name: people would not know
        which one they are looking at."""
        name = self.cleaned_data["name"].strip()
        taken = Application.objects.filter(organization=self.organization, name__iexact=name)
        if self.instance.pk:
            taken = taken.exclude(pk=self.instance.pk)
        if taken.exists():
            raise forms.ValidationError(
                _("Uw organisatie heeft al een toepassing met de naam '%(name)s'. Kies een "
                  "andere naam, of werk de bestaande toepassing bij.") % {"name": name})
        return name

    def fieldsets(self) -> list[tuple[Any, list[forms.BoundField]]]:
        return [(legend, [self[name] for name in names])
                for legend, names in APPLICATION_FIELDSETS]

    def service_arguments(self) -> dict[str, Any]:
        """The cleaned data split the way `service.save_application` takes it."""
        data = self.cleaned_data
        return {
            "values": {name: data[name] for name in self._meta.fields if name != "other_models"},
            "other_models": list(data["other_models"]),
            "lists": {related: data[name] for name, related in LIST_FORM_FIELDS.items()},
        }


class CatalogueForm(RegieFormMixin, forms.ModelForm):
    """Base for the model and supplier forms: names are unique within the organisation."""

    def __init__(self, *args, organization: Organization, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.organization = organization
        self.fields["name"].required = True
        self.style_fields()

    def clean_name(self) -> str:
        name = self.cleaned_data["name"].strip()
        taken = type(self.instance).objects.filter(organization=self.organization,
                                                   name__iexact=name)
        if self.instance.pk:
            taken = taken.exclude(pk=self.instance.pk)
        if isinstance(self.instance, Supplier) and taken.exists():
            raise forms.ValidationError(_("Er is al een leverancier met deze naam."))
        return name

    def service_values(self) -> dict[str, Any]:
        return {name: self.cleaned_data[name] for name in self._meta.fields}


class ModelEndpointForm(RegieFormMixin, forms.ModelForm):
    """An extra endpoint of a model (issue 17), on the model's page."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.style_fields()

    class Meta:
        model = ModelEndpoint
        fields = ["base_url", "upstream_model", "api_key_env"]
        formfield_callback = _formfield


class AIModelForm(CatalogueForm):
    class Meta:
        model = AIModel
        fields = ["name", "provider", "country", "developed_in_eu", "licence", "open_source",
                  "hosting", "terms", "gpai", "parameters_billion", "endpoint_base_url",
                  "endpoint_api_key_env", "endpoint_model"]
        formfield_callback = _formfield


class SupplierForm(CatalogueForm):
    class Meta:
        model = Supplier
        fields = ["name", "country", "kvk_number", "contact_email", "website", "notes"]
        formfield_callback = _formfield
