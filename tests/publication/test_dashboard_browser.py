"""A visual check of the dashboard in a real browser; the screenshot is kept as an artefact."""

import pytest
from PIL import Image

from ..conftest import ARTIFACTS, login


@pytest.mark.e2e
@pytest.mark.django_db(transaction=True)
def test_it_renders_the_dashboard_visibly(page, make_user, make_application):
    make_application()
    make_application(
        name="Verkenning",
        status="draft",
        model={"name": "Llama", "developed_in_eu": False, "open_source": "osi"},
    )
    login(page, make_user("directie"))
    page.goto("/publicatie/dashboard/")
    page.set_viewport_size({"width": 1280, "height": 1000})
    charts = page.locator("svg.regie-chart")
    assert charts.count() >= 4
    box = charts.first.bounding_box()
    assert box["width"] > 200 and box["height"] > 40
    assert page.get_by_role("img", name="Toepassingen per status").count() == 1
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / "dashboard.png"
    page.screenshot(path=str(path), full_page=True)
    image = Image.open(path).convert("RGB")
    assert image.width >= 1280 and image.height >= 600
    colours = image.resize((320, 240)).getcolors(maxcolors=100000)
    assert len(colours) > 50  # charts, text and tables, not a blank page
    # The chart palette's blue and green bars are really painted.
    painted = {rgb for _n, rgb in colours}
    assert (1, 104, 155) in painted or any(
        abs(r - 1) + abs(g - 104) + abs(b - 155) < 30 for r, g, b in painted
    )


FITS = """() => {
  const spills = [];
  for (const card of document.querySelectorAll('.regie-card')) {
    const box = card.getBoundingClientRect();
    for (const child of card.querySelectorAll('*')) {
      const inner = child.getBoundingClientRect();
      if (inner.width && inner.right > box.right + 1) spills.push(child.tagName + ' in ' + card.id);
    }
  }
  const smallest = Math.min(...[...document.querySelectorAll('svg.regie-chart')].map(svg => {
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    const sizes = [...svg.querySelectorAll('text')].map(t => t.getAttribute('font-size'));
    return Math.min(...sizes.map(size => scale * parseFloat(size)));
  }));
  return {spills, smallest, wide: document.documentElement.scrollWidth > window.innerWidth};
}"""


@pytest.mark.e2e
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("width", [1280, 375])
def test_it_fits_the_cards_and_keeps_chart_labels_readable(page, make_user, make_application,
                                                          width):
    make_application()
    make_application(name="Een toepassing met een bijzonder lange naam voor de tabel",
                     status="draft", model={"name": "Llama", "developed_in_eu": False})
    page.set_viewport_size({"width": width, "height": 900})
    login(page, make_user("directie"))
    page.goto("/publicatie/dashboard/")
    result = page.evaluate(FITS)
    assert result["spills"] == []
    assert not result["wide"], "the page scrolls sideways"
    assert result["smallest"] >= 12, f"chart labels of {result['smallest']:.1f} px"
