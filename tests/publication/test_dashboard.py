"""Dashboard figures come from aggregate queries over the register and render as accessible
SVG charts with a data table beside them."""

import xml.etree.ElementTree as ET

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from regie.publication.charts import Datum, bar_chart, donut_chart
from regie.publication.dashboard import dashboard_figures


def test_it_counts_by_status_risk_origin_and_openness(
    make_application, other_organization, organization
):
    make_application()
    make_application(
        name="Verkenning",
        status="draft",
        model={"name": "Llama", "developed_in_eu": False, "open_source": "osi"},
        assessments={"ai_act": {"risk": "high"}},
        training={"users_trained": False},
    )
    make_application(name="Elders", organization=other_organization.name)
    with CaptureQueriesContext(connection) as queries:
        figures = dashboard_figures(organization)
    for index in range(5):
        make_application(name=f"Extra {index}", status="retired")
    with CaptureQueriesContext(connection) as more:
        assert dashboard_figures(organization).total == 7
    assert len(more) == len(queries)  # aggregates: the count does not grow with the register
    assert figures.total == 2
    assert figures.by_status["In gebruik"] == 1 and figures.by_status["Concept"] == 1
    # the typed "minimal" of the first has no decision tree behind it: not counted as such
    assert figures.by_risk["Hoog risico"] == 1 and figures.by_risk["Onbekend"] == 1
    assert figures.by_origin == {
        "Ontwikkeld in de EU": 1,
        "Ontwikkeld buiten de EU": 1,
        "Herkomst onbekend": 0,
    }
    assert figures.by_openness["Open gewichten"] == 1
    assert figures.by_openness["Open source (OSI-definitie)"] == 1
    # employees with a training record: none (the typed "users trained" counts for nothing)
    assert figures.training == (0, 0) and figures.incidents == 0


def test_it_draws_well_formed_accessible_svg():
    data = [Datum("In gebruik <b>&", 3), Datum("Concept", 0)]
    for svg in (bar_chart(data, title="Status & meer"), donut_chart(data, title="Herkomst")):
        root = ET.fromstring(str(svg))
        ns = "{http://www.w3.org/2000/svg}"
        assert root.get("role") == "img"
        title = root.find(f"{ns}title")
        assert title is not None and title.get("id") in root.get("aria-labelledby")
        assert "In gebruik <b>&: 3" in root.find(f"{ns}desc").text
    assert "In gebruik &lt;b&gt;&amp;" in str(bar_chart(data, title="x"))


def test_it_shows_charts_with_data_tables(client, make_user, make_application):
    make_application()
    client.force_login(make_user("dagelijks_bestuur"))
    html = client.get(reverse("publication:dashboard")).content.decode()
    assert html.count("<svg") >= 4 and html.count('class="utrecht-table regie-chart-table"') >= 4
    assert "Toepassingen per status" in html and 'data-figure="total">1<' in html
    assert 'data-figure="overdue">0<' in html  # the lifecycle counts overdue evaluations
