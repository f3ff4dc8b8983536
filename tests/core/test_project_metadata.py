"""The repository carries its licence and a publiccode.yml with the standard's required keys."""

import yaml

from tests.conftest import REPO

REQUIRED = ["publiccodeYmlVersion", "name", "url", "releaseDate", "platforms", "categories",
            "developmentStatus", "softwareType", "description", "legal", "maintenance",
            "localisation"]


def test_it_carries_the_eupl():
    text = (REPO / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("EUROPEAN UNION PUBLIC LICENCE v. 1.2")
    assert "Appendix" in text


def test_it_describes_itself_in_publiccode_yml():
    meta = yaml.safe_load((REPO / "publiccode.yml").read_text(encoding="utf-8"))
    assert [key for key in REQUIRED if key not in meta] == []
    assert meta["legal"]["license"] == "EUPL-1.2"
    for lang in ("nl", "en"):
        description = meta["description"][lang]
        assert len(description["shortDescription"]) <= 150
        assert len(description["longDescription"]) >= 150
        assert description["features"]
    assert meta["localisation"]["availableLanguages"] == ["nl", "en"]
