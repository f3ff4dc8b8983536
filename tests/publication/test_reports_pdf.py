"""The dossier report and the yearly policy evaluation report are real PDFs with the facts."""

import io
import re

from django.urls import reverse

from pypdf import PdfReader

from regie.audit.service import SYSTEM
from regie.publication.report import application_report_pdf, yearly_report_pdf
from regie.register.dossier import parse_dossier
from regie.register.service import import_dossier

from .conftest import complete_dossier


def _text(pdf: bytes) -> str:
    assert pdf.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(pdf))
    text = " ".join(page.extract_text() for page in reader.pages)
    return re.sub(r"\s+", " ", re.sub(r"-\s*\n\s*", "-", text))


def test_it_writes_the_dossier_report_with_history(make_application):
    application = make_application()
    import_dossier(
        parse_dossier(complete_dossier(slug=application.slug, human_oversight="Vier ogen.")),
        actor=SYSTEM,
    )
    text = _text(application_report_pdf(application))
    for expected in (
        "Dossierrapport: Samenvatten van Woo-verzoeken",
        "Gemeente Voorbeeld",
        "1. Dossier",
        "Risicoanalyse",
        "Een medewerker controleert elke samenvatting",
        "Mistral Small",
        "Leverancier BV",
        "2. Beoordeling volgens het beleid",
        "3. Instrumenten",
        "4. Adviezen",
        "5. Besluit",
        "7. Geschiedenis",
        "toepassing geregistreerd",
        "dossier gewijzigd",
        "human_oversight",
        "Pagina 1",
    ):
        assert expected in text, expected
    assert "GEHEIME_SLEUTEL_VAR" not in text  # where the key lives is nobody's business here


def test_it_writes_the_yearly_report_with_the_figures(make_application, organization):
    make_application()
    make_application(
        name="Verkenning", status="draft", model={"name": "Llama", "developed_in_eu": False}
    )
    text = _text(yearly_report_pdf(organization, year=2026))
    for expected in (
        "Evaluatie AI-beleid 2026",
        "Gemeente Voorbeeld",
        "Stand op",
        "Toepassingen in het register 2",
        "Toepassingen per status",
        "Herkomst van het AI-model",
        "Ontwikkeld in de EU 1",
        "Ontwikkeld buiten de EU 1",
        "Samenvatten van Woo-verzoeken",
        "Toepassingen geregistreerd 2",
    ):
        assert expected in text, expected


def test_it_counts_what_happened_in_the_year_of_the_report(make_application, organization):
    make_application()
    text = _text(yearly_report_pdf(organization, year=2025))
    assert "periode van 1 januari 2025 tot en met 31 december 2025" in text
    assert "Wat er gebeurde in 2025" in text
    assert "Toepassingen geregistreerd 0" in text


def test_it_serves_the_reports_to_those_who_may_see_them(client, make_user, make_application):
    application = make_application()
    client.force_login(make_user("medewerker"))
    response = client.get(
        reverse("publication:application_report", kwargs={"slug": application.slug})
    )
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert "Samenvatten van Woo-verzoeken" in _text(response.content)
    assert client.get(reverse("publication:yearly_report")).status_code == 403
    client.force_login(make_user("directie"))
    response = client.get(reverse("publication:yearly_report") + "?jaar=2026")
    assert "Evaluatie AI-beleid 2026" in _text(response.content)
    bad = client.get(reverse("publication:yearly_report") + "?jaar=twintig")
    assert bad.status_code == 400 and "jaar" in bad.content.decode()
