from django import forms
from django.utils.translation import gettext_lazy as _

from regie.register.models import Application
from regie.woo.models import WooRequest

GROUND_CHOICES = [
    ("5.1 lid 2 sub e",
     _("art. 5.1 lid 2 sub e Woo: eerbiediging van de persoonlijke levenssfeer")),
    ("5.1 lid 1 sub e", _("art. 5.1 lid 1 sub e Woo: identificatienummers")),
    ("5.1 lid 2 sub i", _("art. 5.1 lid 2 sub i Woo: het goed functioneren van de overheid")),
    ("5.2", _("art. 5.2 Woo: persoonlijke beleidsopvattingen in intern beraad")),
]


class WooRequestForm(forms.ModelForm):
    class Meta:
        model = WooRequest
        fields = ["subject", "received_on", "period_start", "period_end", "application",
                  "department", "words"]
        widgets = {name: forms.DateInput(attrs={"type": "date"})
                   for name in ("received_on", "period_start", "period_end")}
        help_texts = {"words": _("Alle woorden moeten in het document staan. Leeg: alles in de "
                                 "periode.")}

    def __init__(self, *args, organization, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["application"].queryset = Application.objects.filter(
            organization=organization).order_by("name")

    def clean(self):
        data = super().clean()
        start, end = data.get("period_start"), data.get("period_end")
        if start and end and start > end:
            self.add_error("period_end", _("De periode eindigt vóór ze begint."))
        return data


class PassageForm(forms.Form):
    passage = forms.CharField(label=_("Ook weglakken (tekst uit het document)"), max_length=300)


class WithholdForm(forms.Form):
    ground = forms.ChoiceField(label=_("Grond om het hele document niet openbaar te maken"),
                               choices=GROUND_CHOICES)
