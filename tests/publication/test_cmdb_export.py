"""The CMDB export: every process that uses AI, with the columns a CMDB import expects."""

import csv
import io

from django.urls import reverse

from openpyxl import load_workbook

from regie.publication.export import CMDB_COLUMNS, cmdb_csv, cmdb_rows, cmdb_xlsx
from regie.register.models import Application


def test_it_lists_processes_with_ai_in_csv_and_excel(make_application):
    make_application()
    make_application(
        name='=HYPERLINK("http://evil")',
        model=None,
        status="draft",
        data={"personal_data": False, "special_categories": False, "confidential": False},
    )
    make_application(
        name="Zonder model in gebruik",
        model=None,
        status="in_use",
        data={"special_categories": True},
    )
    rows = list(cmdb_rows(Application.objects.all()))
    assert [r["name"] for r in rows] == ["Samenvatten van Woo-verzoeken", "Zonder model in gebruik"]
    first = rows[0]
    assert first["owner"] == "Petra Projectleider" and first["supplier"] == "Leverancier BV"
    assert first["model"] == "Mistral Small" and first["hosting"].startswith("Eigen systemen")
    assert first["data_classification"] == "Persoonsgegevens"
    assert first["status"] == "In gebruik" and first["review_date"]
    assert rows[1]["data_classification"] == "Bijzondere persoonsgegevens"

    parsed = list(csv.DictReader(io.StringIO(cmdb_csv(rows))))
    assert list(parsed[0]) == CMDB_COLUMNS and parsed[0]["name"] == first["name"]
    sheet = load_workbook(io.BytesIO(cmdb_xlsx(rows))).active
    values = list(sheet.values)
    assert list(values[0]) == CMDB_COLUMNS
    assert values[1][CMDB_COLUMNS.index("model")] == "Mistral Small"
    assert len(values) == 3


def test_it_defuses_spreadsheet_formulas(make_application):
    make_application(name="=1+1 rekenen")
    rows = list(cmdb_rows(Application.objects.all()))
    assert "'=1+1 rekenen" in cmdb_csv(rows)
    sheet = load_workbook(io.BytesIO(cmdb_xlsx(rows))).active
    assert sheet.cell(row=2, column=2).value == "'=1+1 rekenen"


def test_it_downloads_from_the_export_page(client, make_user, make_application):
    make_application()
    client.force_login(make_user("ciso"))
    response = client.get(reverse("publication:export_cmdb", kwargs={"fmt": "xlsx"}))
    assert response["Content-Disposition"].endswith('.xlsx"')
    assert load_workbook(io.BytesIO(response.content)).active.max_row == 2
    assert client.get(reverse("publication:export_cmdb", kwargs={"fmt": "pdf"})).status_code == 404
