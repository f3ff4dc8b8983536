"""What is kept goes to an e-Depot with MDTO metadata that passes the schema check."""

from __future__ import annotations

import datetime as dt
import hashlib
import xml.etree.ElementTree as ET

import pytest
import yaml

from regie.archive import mdto
from regie.archive.service import export_kept
from regie.audit.service import Actor
from regie.core.errors import InputError
from regie.register.models import Application
from tests.conftest import run_regie

NS = {"m": mdto.NS}


@pytest.mark.django_db
def test_it_exports_kept_records_with_valid_mdto(organization, tmp_path):
    organization.oin = "00000001234567890000"
    organization.save()
    Application.objects.create(organization=organization, name="Samenvatter",
                               slug="samenvatter", purpose="Woo-verzoeken samenvatten")
    count = export_kept(organization, tmp_path / "edepot", actor=Actor(via="cli", name="t"))
    folder = tmp_path / "edepot"
    assert count == 2  # the dossier and the audit trail (no decisions yet)
    for xml_file in folder.glob("*.mdto.xml"):
        assert mdto.check(xml_file.read_bytes()) == [], xml_file.name
    info = ET.parse(folder / "dossier-samenvatter.mdto.xml").getroot()
    assert info.find("m:informatieobject/m:waardering/m:begripLabel", NS).text == \
        "Blijvend te bewaren"
    assert info.find("m:informatieobject/m:archiefvormer/m:verwijzingIdentificatie/"
                     "m:identificatieKenmerk", NS).text == organization.oin
    file_meta = ET.parse(folder / "dossier-samenvatter.bestand.mdto.xml").getroot()
    content = (folder / "dossier-samenvatter.yaml").read_bytes()
    assert file_meta.find("m:bestand/m:checksum/m:checksumWaarde", NS).text == \
        hashlib.sha256(content).hexdigest()
    assert file_meta.find("m:bestand/m:omvang", NS).text == str(len(content))
    # the declarations, and which facts Regie's records evidence (none yet: all open)
    text = content.decode()
    assert yaml.safe_load(text)["name"] == "Samenvatter"
    assert "# registers.algoritmeregister: open\n" in text
    with pytest.raises(InputError, match="leeg"):
        export_kept(organization, folder, actor=Actor(via="cli", name="t"))


def test_it_finds_what_departs_from_mdto():
    record = mdto.Record("id-1", "Naam", "Omschrijving", "Categorie", "Lijst",
                         dt.datetime(2026, 1, 1, tzinfo=dt.UTC), "Gemeente", "", "Activiteit",
                         "bestand.json")
    valid = mdto.informatieobject(record)
    assert mdto.check(valid) == []
    root = ET.fromstring(valid)
    obj = root[0]
    obj.remove(obj.find("m:waardering", NS))
    assert "verplicht element 'waardering' ontbreekt" in " ".join(mdto.check(ET.tostring(root)))
    root = ET.fromstring(valid)
    obj = root[0]
    naam = obj.find("m:naam", NS)
    obj.remove(naam)
    obj.append(naam)
    assert any("volgorde" in p for p in mdto.check(ET.tostring(root)))
    assert mdto.check(b"<niet-mdto/>") and mdto.check(b"<<")


def test_it_exports_from_the_command_line(cli_env, tmp_path):
    created = run_regie("shell", "-c", "from regie.register.models import Organization as O; "
                        "O.objects.get_or_create(name='Gemeente Archief', slug='gem-archief')",
                        env=cli_env)
    assert created.returncode == 0, created.stderr
    result = run_regie("archive", "export", "--organization", "gem-archief", "--output",
                       str(tmp_path / "out"), env=cli_env)
    assert result.returncode == 0, result.stderr
    assert "stukken met MDTO-metagegevens" in result.stdout
    bad = run_regie("archive", "export", "--organization", "bestaat-niet", "--output",
                    str(tmp_path / "x"), env=cli_env)
    assert bad.returncode == 2 and "onbekende organisatie" in bad.stderr
