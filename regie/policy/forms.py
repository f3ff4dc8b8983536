from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from regie.policy.rules import MAX_POLICY_BYTES


class PolicyUploadForm(forms.Form):
    file = forms.FileField(label=_("Beleidsbestand (YAML)"),
                           help_text=_("Een .yaml-bestand van hoogstens 512 kB."))
    national = forms.BooleanField(
        label=_("Landelijk beleid vervangen (in plaats van extra regels van de organisatie)"),
        required=False)

    def __init__(self, *args, allow_national: bool = False, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if not allow_national:
            del self.fields["national"]

    def clean_file(self) -> str:
        upload = self.cleaned_data["file"]
        if not upload.name.lower().endswith((".yaml", ".yml")):
            raise forms.ValidationError(_("Alleen .yaml- of .yml-bestanden."))
        if upload.size > MAX_POLICY_BYTES:
            raise forms.ValidationError(_("Het bestand is groter dan 512 kB."))
        if upload.content_type not in ("application/x-yaml", "application/yaml", "text/yaml",
                                       "text/x-yaml", "text/plain", "application/octet-stream"):
            raise forms.ValidationError(_("Geen YAML-bestand."))
        try:
            return upload.read().decode("utf-8")
        except UnicodeDecodeError as exc:
            raise forms.ValidationError(_("Het bestand is geen UTF-8-tekst.")) from exc
