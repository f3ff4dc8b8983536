from django import forms
from django.utils.translation import gettext_lazy as _

from regie.shadow.logs import FORMATS

FORMAT_LABELS = {
    "squid": _("Squid access.log (standaardformaat)"),
    "csv": _("CSV-export van een webproxy of secure web gateway"),
    "jsonl": _("JSON-regels (één object per regel) van een webproxy of secure web gateway"),
    "bind": _("DNS-querylog van BIND"),
    "unbound": _("DNS-log van Unbound"),
}


class LogImportForm(forms.Form):
    file = forms.FileField(label=_("Logbestand"),
                           help_text=_("Tekstbestand (.log, .txt, .csv, .json of .jsonl). "
                                       "Grote logs leest u in met 'regie shadow import'."))
    log_format = forms.ChoiceField(label=_("Formaat"),
                                   choices=[(f, FORMAT_LABELS[f]) for f in FORMATS])
    mapping = forms.CharField(
        label=_("Kolommen (alleen voor CSV en JSON)"), required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("YAML, bijvoorbeeld: columns: {timestamp: tijd, host: domein, "
                    "user: gebruiker, department: afdeling}. Leeg: de standaardnamen."))
