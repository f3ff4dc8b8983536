"""MDTO metadata (Metagegevens voor Duurzaam Toegankelijke Overheidsinformatie, Nationaal
Archief, version 1.0) for the records Regie keeps, and a structural check of it.

No copy of the MDTO XML schema installs from the package registries this project may use, so
`check` implements the schema's rules for the elements Regie writes, from the published
standard: the root element and namespace, for an *informatieobject* the required
`identificatie`, `naam`, `waardering`, `archiefvormer` and `beperkingGebruik`, for a *bestand*
`identificatie`, `naam`, `omvang`, `bestandsformaat`, `checksum` and `isRepresentatieVan`,
the order of the elements as the schema's sequences give it, and the shape of the
`begrip`, `verwijzing`, `checksum` and `bewaartermijn` groups and their value types.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

NS = "https://www.nationaalarchief.nl/mdto"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = f"{NS} https://www.nationaalarchief.nl/mdto/MDTO-XML1.0.1.xsd"
ET.register_namespace("", NS)
ET.register_namespace("xsi", XSI)

# The sequences of the schema (element name → (min, max)), in order.
INFORMATIEOBJECT = [
    ("identificatie", 1, None), ("naam", 1, 1), ("aggregatieniveau", 0, 1),
    ("classificatie", 0, None), ("trefwoord", 0, None), ("omschrijving", 0, None),
    ("raadpleeglocatie", 0, None), ("dekkingInTijd", 0, None), ("dekkingInRuimte", 0, None),
    ("taal", 0, None), ("event", 0, None), ("waardering", 1, 1), ("bewaartermijn", 0, 1),
    ("informatiecategorie", 0, 1), ("isOnderdeelVan", 0, None), ("bevatOnderdeel", 0, None),
    ("heeftRepresentatie", 0, None), ("aanvullendeMetagegevens", 0, None),
    ("gerelateerdInformatieobject", 0, None), ("archiefvormer", 1, None),
    ("activiteit", 0, None), ("beperkingGebruik", 1, None),
]
BESTAND = [
    ("identificatie", 1, None), ("naam", 1, 1), ("omvang", 1, 1), ("bestandsformaat", 1, 1),
    ("checksum", 1, 1), ("URLBestand", 0, 1), ("isRepresentatieVan", 1, 1),
]
BEGRIP = {"aggregatieniveau", "classificatie", "waardering", "informatiecategorie",
          "bestandsformaat", "eventType", "beperkingGebruikType", "checksumAlgoritme"}
VERWIJZING = {"archiefvormer", "heeftRepresentatie", "isRepresentatieVan", "activiteit",
              "isOnderdeelVan", "bevatOnderdeel", "begripBegrippenlijst"}
DURATION = re.compile(r"^P(?!$)(\d+Y)?(\d+M)?(\d+D)?$")


def _q(name: str) -> str:
    return f"{{{NS}}}{name}"


def _add(parent: ET.Element, name: str, text: str | None = None) -> ET.Element:
    element = ET.SubElement(parent, _q(name))
    if text is not None:
        element.text = text
    return element


def _begrip(parent, name: str, label: str, code: str | None, lijst: str) -> None:
    element = _add(parent, name)
    _add(element, "begripLabel", label)
    if code:
        _add(element, "begripCode", code)
    _add(_add(element, "begripBegrippenlijst"), "verwijzingNaam", lijst)


def _verwijzing(parent, name: str, label: str, kenmerk: str | None = None,
                bron: str | None = None) -> None:
    element = _add(parent, name)
    _add(element, "verwijzingNaam", label)
    if kenmerk:
        ident = _add(element, "verwijzingIdentificatie")
        _add(ident, "identificatieKenmerk", kenmerk)
        _add(ident, "identificatieBron", bron or "Regie")


def _identificatie(parent, kenmerk: str, bron: str) -> None:
    ident = _add(parent, "identificatie")
    _add(ident, "identificatieKenmerk", kenmerk)
    _add(ident, "identificatieBron", bron)


def _root() -> ET.Element:
    root = ET.Element(_q("MDTO"))
    root.set(f"{{{XSI}}}schemaLocation", SCHEMA_LOCATION)
    return root


@dataclass(frozen=True)
class Record:
    """One record Regie keeps, with what MDTO asks of it."""

    identifier: str
    name: str
    description: str
    category_label: str
    selection_list: str
    created: dt.datetime
    archive_creator: str
    archive_creator_oin: str
    activity: str
    file_name: str


def informatieobject(record: Record) -> bytes:
    root = _root()
    io_ = _add(root, "informatieobject")
    _identificatie(io_, record.identifier, "Regie")
    _add(io_, "naam", record.name[:500])
    _begrip(io_, "aggregatieniveau", "Archiefstuk", None, "Begrippenlijst Aggregatieniveaus MDTO")
    _add(io_, "omschrijving", record.description)
    _add(io_, "taal", "nl")
    event = _add(io_, "event")
    _begrip(event, "eventType", "Vastgesteld", None, "Begrippenlijst Events MDTO")
    _add(event, "eventTijd", record.created.astimezone(dt.UTC).isoformat(timespec="seconds"))
    _begrip(io_, "waardering", "Blijvend te bewaren", "B", "Begrippenlijst Waarderingen MDTO")
    _begrip(io_, "informatiecategorie", record.category_label, None, record.selection_list)
    _verwijzing(io_, "heeftRepresentatie", record.file_name, f"{record.identifier}-bestand")
    _verwijzing(io_, "archiefvormer", record.archive_creator, record.archive_creator_oin or None,
                "OIN")
    _verwijzing(io_, "activiteit", record.activity)
    restriction = _add(io_, "beperkingGebruik")
    _begrip(restriction, "beperkingGebruikType", "Openbaarheid: nog te bepalen bij overbrenging",
            None, "Begrippenlijst BeperkingGebruik MDTO")
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def bestand(record: Record, *, size: int, sha256: str, mime: str, created: dt.datetime) -> bytes:
    root = _root()
    file_ = _add(root, "bestand")
    _identificatie(file_, f"{record.identifier}-bestand", "Regie")
    _add(file_, "naam", record.file_name)
    _add(file_, "omvang", str(size))
    _begrip(file_, "bestandsformaat", mime, None, "MIME-types (IANA)")
    checksum = _add(file_, "checksum")
    _begrip(checksum, "checksumAlgoritme", "SHA-256", None, "Begrippenlijst Checksum MDTO")
    _add(checksum, "checksumWaarde", sha256)
    _add(checksum, "checksumDatum", created.astimezone(dt.UTC).isoformat(timespec="seconds"))
    _verwijzing(file_, "isRepresentatieVan", record.name[:500], record.identifier, "Regie")
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def _local(element: ET.Element) -> str:
    return element.tag.split("}", 1)[1] if element.tag.startswith(f"{{{NS}}}") else element.tag


def _check_sequence(element: ET.Element, sequence, where: str) -> list[str]:
    problems, position = [], 0
    names = [name for name, _min, _max in sequence]
    children = [_local(child) for child in element]
    for child in children:
        if child not in names:
            problems.append(f"{where}: onbekend element '{child}'")
            continue
        index = names.index(child)
        if index < position:
            problems.append(f"{where}: '{child}' staat niet op zijn plaats in de volgorde")
        position = max(position, index)
    for name, low, high in sequence:
        count = children.count(name)
        if count < low:
            problems.append(f"{where}: verplicht element '{name}' ontbreekt")
        if high is not None and count > high:
            problems.append(f"{where}: '{name}' mag hoogstens {high} keer voorkomen")
    return problems


def _check_groups(element: ET.Element, where: str) -> list[str]:
    problems = []
    for child in element.iter():
        name = _local(child)
        if name in BEGRIP:
            parts = [_local(c) for c in child]
            if parts.count("begripLabel") != 1 or parts.count("begripBegrippenlijst") != 1:
                problems.append(f"{where}/{name}: een begrip heeft één begripLabel en één "
                                "begripBegrippenlijst")
        if name in VERWIJZING and [_local(c) for c in child].count("verwijzingNaam") != 1:
            problems.append(f"{where}/{name}: een verwijzing heeft één verwijzingNaam")
        if name == "identificatie":
            parts = [_local(c) for c in child]
            if parts != ["identificatieKenmerk", "identificatieBron"]:
                problems.append(f"{where}/identificatie: identificatieKenmerk en "
                                "identificatieBron, in die volgorde")
        if name in ("identificatieKenmerk", "identificatieBron", "naam", "verwijzingNaam",
                    "begripLabel") and not (child.text or "").strip():
            problems.append(f"{where}/{name}: mag niet leeg zijn")
        if name == "omvang" and not (child.text or "").isdigit():
            problems.append(f"{where}/omvang: een geheel aantal bytes")
        if name in ("eventTijd", "checksumDatum"):
            try:
                dt.datetime.fromisoformat(child.text or "")
            except ValueError:
                problems.append(f"{where}/{name}: geen xs:dateTime")
        if name == "termijnLooptijd" and not DURATION.match(child.text or ""):
            problems.append(f"{where}/termijnLooptijd: geen xs:duration")
    return problems


def check(xml: bytes) -> list[str]:
    """Every way `xml` departs from MDTO 1.0 as far as Regie writes it; empty when valid."""
    try:
        root = ET.fromstring(xml)
    except ET.ParseError as exc:
        return [f"geen XML: {exc}"]
    if root.tag != _q("MDTO"):
        return [f"hoofdelement moet {{{NS}}}MDTO zijn, niet {root.tag}"]
    objects = list(root)
    if len(objects) != 1 or _local(objects[0]) not in ("informatieobject", "bestand"):
        return ["MDTO bevat precies één informatieobject of bestand"]
    obj = objects[0]
    kind = _local(obj)
    sequence = INFORMATIEOBJECT if kind == "informatieobject" else BESTAND
    return _check_sequence(obj, sequence, kind) + _check_groups(obj, kind)
