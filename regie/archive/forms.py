from django import forms
from django.utils.translation import gettext_lazy as _

from regie.register.models import Application


class LegalHoldForm(forms.Form):
    application = forms.ModelChoiceField(
        label=_("Toepassing"), queryset=Application.objects.none(), required=False,
        empty_label=_("Alles van de organisatie"))
    reason = forms.CharField(label=_("Reden"), max_length=300,
                             help_text=_("Bijvoorbeeld: Woo-verzoek, rechtszaak, onderzoek AP."))

    def __init__(self, *args, organization, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["application"].queryset = Application.objects.filter(
            organization=organization).order_by("name")


class RejectForm(forms.Form):
    reason = forms.CharField(label=_("Reden van afwijzing"), max_length=500)
