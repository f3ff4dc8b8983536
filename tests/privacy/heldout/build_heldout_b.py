"""Builds the second frozen held-out set `heldout_b.jsonl` (see README.md in this folder).

Written after the scanner work on set A had started, but before any look at how the scanner
does on it, with new templates, new name pools and new hard negatives that appear neither
in set A nor in the scanner's gazetteer. Only its aggregate scores are ever looked at.
Run once, by hand: `python tests/privacy/heldout/build_heldout_b.py`.
"""

# ruff: noqa: E501, B905  (frozen generator: long text templates, kept as written)
from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_heldout import Values, parse  # noqa: E402  (markup parser and check digits)

POOLS_B = {
    "somali": ("Hodan Ayaan Abdirahman Fadumo Mohamud Sahra Ilhan Abdullahi Hawa Liban".split(),
               "Warsame Jama Omar Hersi Egal Abdi Samatar Dahir Guled Yusuf".split()),
    "ghanaian": ("Kofi Ama Yaw Efua Kwabena Akosua Kojo Adwoa Kwesi Afua".split(),
                 "Boateng Asante Agyeman Amponsah Osei Darko Appiah Badu Ofori Frimpong".split()),
    "capeverdean": ("Djamila Nelson Edmilson Ivanilda Arlindo Zenaida Adilson Elisangela".split(),
                    "Tavares|Semedo|Fortes|Lopes Gomes|dos Santos|Monteiro|Brito|Varela".split("|")),
    "antillean": ("Jurgen Shurandy Giselle Ruthmilda Quincy Yurendell Naomy Kenrick".split(),
                  "Martis Winklaar Isenia Rosaria Statia Cijntje Janga Wawoe".split()),
    "indonesian": ("Sri Bambang Dewi Agus Wulan Hendra Retno Joko Indah Budi".split(),
                   "Soetomo Wirjosoemarto Pattipeilohy Tuhumury Leimena Saimima Kartodikromo "
                   "Ririmasse Manuhutu Noya".split()),
    "kurdish": ("Rojda Dilan Azad Berivan Serhat Zilan Baran Nazdar Rezan Hevi".split(),
                "Zebari Barzani Kurdo Amedi Botan Hawrami Sindi Doski Goran Mirani".split()),
    "afghan": ("Zarmina Wahid Freshta Jawad Mursal Nasir Shabnam Ajmal Parwana Hamid".split(),
               "Popal Noorzai Sultani Karimi Hakimi Wardak Safi Nazari Hashimi Amiri".split()),
    "romanian_bulgarian_hungarian": (
        "Ionuț Andreea Mihai Bianca Georgi Desislava Zsófia Bence Cristina Dimitar".split(),
        "Popescu Ionescu Dumitrescu Georgiev Petrova Dimitrova Nagy Horváth Szabó Constantin".split()),
    "vietnamese_filipino": ("Thi Hoa Quang Lan Duc Maricel Jocelyn Rodel Anh Tuan".split(),
                            "Pham Le Vu Dang Bui Reyes Santos Villanueva Dela Cruz Bautista".split()),
    "regional_dutch": (
        "Harm Geesje Roelof Jantina Egbert Hennie Sjra Truus Driek Mieke Thijs Ankie Jelle Aaltje".split(),
        "Lubbers|Nijenhuis|Brouwers|Scholten|ten Brinke|Wolters|Kloosterman|Jongbloed|"
        "Hendriks-van Gils|Raaijmakers|Smeets|Vroemen|Pijnenburg|van der Heijden|Bisschops|"
        "Mulder-Kuiper|Oosterhof|Hulshof|van Beek|de Groot".split("|")),
    "hindostani_creole": ("Rakesh Kavita Soenil Nisha Dinesh Premwatie Gerold Romano Denise Clyde".split(),
                          "Ramcharan Jhinkoe Sewnath Chotkan Lachmon Biharie Emanuels Vreden "
                          "Tjin-A-Tsoi Graanoogst".split()),
}
INSTITUTIONS_B = [
    "het Reinier de Graaf Gasthuis", "het Frans Hals Museum", "het Mauritshuis",
    "het Teylers Museum", "het Van Abbemuseum", "het Koning Willem II Stadion",
    "het Jan Louwers Stadion", "het Montessori Lyceum", "het Comenius College",
    "het Titus Brandsma Lyceum", "het Hendrik Pierson College", "de Johan Cruyff Foundation",
    "het Prinses Beatrix Spierfonds", "het Fonds Sluyterman van Loo", "Vroom & Dreesmann",
    "Peek & Cloppenburg", "de Van Nelle Fabriek", "Dura Vermeer", "het Catharina Ziekenhuis",
    "het Elisabeth-TweeSteden Ziekenhuis", "het Radboudumc", "het Mondriaanhuis",
    "de Theo Thijssenschool", "de Pieter Bothschool", "het Erasmiaans Gymnasium",
]
STREETS_B = [
    "Pieter Calandlaan", "Joan Muyskenweg", "Cornelis Lelylaan", "Hugo de Grootplein",
    "Henri Dunantstraat", "Mgr. Nolensplein", "Generaal Foulkesweg", "Graaf Florislaan",
    "Admiraal de Ruijterweg", "Sophialaan", "Willem Dreesweg", "Dr. Ariënslaan",
]
DUTCH_TITLES_B = ["de heer", "mevrouw", "dhr.", "mw.", "mevr."]


class ValuesB(Values):
    def community(self) -> str:
        return self.r.choice(list(POOLS_B))

    def first(self, community: str | None = None) -> str:
        return self.r.choice(POOLS_B[community or self.community()][0])

    def last(self, community: str | None = None) -> str:
        return self.r.choice(POOLS_B[community or self.community()][1])

    def institution(self) -> str:
        return self.r.choice(INSTITUTIONS_B)

    def named_street(self) -> str:
        return self.r.choice(STREETS_B)


def P(text: str) -> str:  # noqa: N802
    return f"⟦PERSON|{text}⟧"


def M(kind: str, text: str) -> str:  # noqa: N802
    return f"⟦{kind}|{text}⟧"


def woo_decision(v: ValuesB):
    f, s = v.full()
    t = v.r.choice(["de heer", "mevrouw"])
    return "letter", "nl", (
        f"Besluit op uw Woo-verzoek\n\nVerzoeker: {P(f'{f} {s}')}\nDatum besluit: {v.date_nl(False)}\n\n"
        f"Geachte {P(t.replace('de heer', 'heer') + ' ' + s)},\n\nU vroeg om documenten over de "
        f"renovatie van {v.institution()}. Wij maken de stukken gedeeltelijk openbaar. Namen van "
        f"medewerkers zijn weggelakt.\n\nHoogachtend,\nnamens het college,\n\n"
        f"{P(v.first('regional_dutch') + ' ' + v.last('regional_dutch'))}\njurist Informatiebeheer\n"
    )


def case_note(v: ValuesB):
    f, s = v.full()
    mw = v.r.choice(DUTCH_TITLES_B)
    return "note", "nl", (
        f"Rapportage {v.date_nl(False)}\nGesproken met {P(f'{mw} {s}')} (cliënt), geboren "
        f"{M('DATE_OF_BIRTH', v.date_nl())}. Aanwezig was ook haar zoon {P(v.first() + ' ' + s)}. "
        f"{P(f)} geeft aan dat de huur al twee maanden niet betaald is. Afspraak: budgetcoach "
        f"{P(v.first('regional_dutch'))} belt op {v.date_nl(False)}.\n"
    )


def teams_log(v: ValuesB):
    a, b = v.full(), v.full()
    return "chat", "nl", (
        f"[09:14] {P(' '.join(a))}: is de beschikking voor {P(f'{v.r.choice(DUTCH_TITLES_B)} {v.last()}')} al verstuurd?\n"
        f"[09:16] {P(' '.join(b))}: nee, wacht nog op akkoord van {P(a[0])}\n"
        f"[09:17] {P(' '.join(a))}: ok, ik zet het in het overleg van {v.date_nl(False)}\n"
    )


def whatsapp_prompt(v: ValuesB):
    f = v.first()
    return "chat", "nl", v.r.choice([
        f"hoi kun je een brief maken voor mijn klant {P(f.lower())} over haar huurtoeslag",
        f"maak een korte samenvatting van het gesprek met {P(f.lower())}, ze is erg boos",
        f"schrijf een reactie op de klacht van {P(f.lower())} over de afvalinzameling",
        f"help me een mail te sturen naar {P(f.lower())} dat de afspraak verzet is",
    ])


def english_hr(v: ValuesB):
    f, s = v.full()
    return "email", "en", (
        f"Hi team,\n\nPlease welcome {P(f'{f} {s}')}, who joins the Permits team on "
        f"{v.date_en(False)}. For the access badge, security needs the date of birth "
        f"({M('DATE_OF_BIRTH', v.date_en())}) and a copy of the passport (number "
        f"{M('ID_DOCUMENT', v.passport())}).\n\nThanks,\n{P(v.first('regional_dutch'))}\n"
    )


def markdown_table(v: ValuesB):
    rows = []
    for _ in range(v.r.randint(3, 5)):
        f, s = v.full()
        rows.append(f"| {P(f'{f} {s}')} | {M('DATE_OF_BIRTH', v.date_nl())} | {v.city()} |")
    return "table", "nl", (
        "Overzicht deelnemers inburgering\n\n| Naam | Geboortedatum | Woonplaats |\n|---|---|---|\n"
        + "\n".join(rows) + "\n"
    )


def council_minutes(v: ValuesB):
    a, b = v.last(), v.last()
    chair = v.full("regional_dutch")
    return "minutes", "nl", (
        f"Besluitenlijst raadsvergadering {v.date_nl(False)}\nVoorzitter: {P(' '.join(chair))}\n\n"
        f"{P(f'De heer {a}')} (fractie Lokaal Belang) vraagt naar de verbouwing van "
        f"{v.institution()}. {P(f'Mevrouw {b}')} (fractie Samen) dient een motie in over de "
        f"{v.named_street()}. De motie wordt aangenomen.\n"
    )


def policy_text(v: ValuesB):
    return "policy", "nl", (
        f"Beleidsnotitie bereikbaarheid\n\nVanaf {v.date_nl(False)} rijdt buslijn 4 via de "
        f"{v.named_street()} naar {v.institution()}. Bezoekers van {v.institution()} en "
        f"{v.institution()} kunnen gebruikmaken van de pendelbus. De werkzaamheden aan de "
        f"{v.named_street()} duren tot {v.date_nl(False)}.\n"
    )


def english_letter(v: ValuesB):
    f, s = v.full()
    hon = v.r.choice(["Mr", "Ms", "Mrs", "Dr"])
    return "letter", "en", (
        f"Dear {P(f'{hon} {s}')},\n\nWe received your request for a certificate of good conduct. "
        f"Your citizen service number ({M('BSN', v.bsn())}) and date of birth, "
        f"{M('DATE_OF_BIRTH', v.date_en())}, match our records. You were born on "
        f"{M('DATE_OF_BIRTH', v.date_en())} according to the passport; please confirm which is right.\n\n"
        f"Yours sincerely,\n\n{P(' '.join(v.full('regional_dutch')))}\nCivil Affairs\n"
    )


def incident_b(v: ValuesB):
    f, s = v.full()
    return "incident", "nl", (
        f"Melding agressie aan de balie\nDatum: {v.date_nl(False)}\nMelder: "
        f"{P(f'{v.first()} {v.last()}')}\nBetrokkene: {P(f'{f} {s}')}, geb. "
        f"{M('DATE_OF_BIRTH', v.date_nl())}, tel. {M('PHONE', v.phone())}\n\n"
        f"{P(f)} werd boos toen de uitkering niet was uitbetaald. Beveiliging is gebeld.\n"
    )


def phone_note(v: ValuesB):
    f, s = v.full()
    return "note", "nl", (
        f"Telefoonnotitie {v.date_nl(False)}: teruggebeld door {P(f'{f} {s}')} "
        f"({M('PHONE', v.phone())}). {P(f)} vraagt of de parkeervergunning voor de "
        f"{v.named_street()} al is verlengd. Graag terugbellen.\n"
    )


def mixed_prompt(v: ValuesB):
    f, s = v.full()
    return "chat", "mixed", (
        f"Vertaal naar het Nederlands: \"{P(f'Mr {s}')} was born on "
        f"{M('DATE_OF_BIRTH', v.date_en())}\" en maak er een nette zin van."
    )


def csv_semicolon(v: ValuesB):
    rows = []
    for _ in range(v.r.randint(3, 6)):
        f, s = v.full()
        rows.append(f"{M('BSN', v.bsn())};{P(s)};{P(f)};{M('DATE_OF_BIRTH', v.date_nl())};"
                    f"{v.date_nl(False)}")
    return "csv", "nl", "bsn;achternaam;voornamen;geboortedatum;ingangsdatum\n" + "\n".join(rows) + "\n"


def signature_english(v: ValuesB):
    f, s = v.full()
    return "email", "en", (
        f"Hello,\n\nThe meeting at {v.institution().replace('het ', 'the ').replace('de ', 'the ')} "
        f"on {v.date_en(False)} is cancelled.\n\nBest regards,\n{P(f'{f} {s}')}\n"
    )


def address_letter(v: ValuesB):
    f, s = v.full()
    street = v.named_street()
    return "letter", "nl", (
        f"{P(f'{v.r.choice(DUTCH_TITLES_B)} {v.initials()} {s}')}\n{M('ADDRESS', f'{street} {v.r.randint(2, 90)}')}\n"
        f"{M('POSTCODE', v.postcode())} {M('ADDRESS', v.city())}\n\nBeste {P(f)},\n\nUw melding over "
        f"de lantaarnpaal is opgelost.\n\nGroeten,\n{P(v.first('regional_dutch') + ' ' + v.last('regional_dutch'))}\n"
    )


TEMPLATES_B = [
    (woo_decision, 22), (case_note, 22), (teams_log, 20), (whatsapp_prompt, 30),
    (english_hr, 20), (markdown_table, 18), (council_minutes, 20), (policy_text, 20),
    (english_letter, 20), (incident_b, 20), (phone_note, 20), (mixed_prompt, 16),
    (csv_semicolon, 14), (signature_english, 18), (address_letter, 20),
]


def build(seed: int = 1313) -> list[dict]:
    rng = random.Random(seed)
    documents = []
    for template, count in TEMPLATES_B:
        for _ in range(count):
            kind, language, marked = template(ValuesB(rng))
            text, entities = parse(marked)
            assert "⟦" not in text and "⟧" not in text, template.__name__
            documents.append({"id": f"b{len(documents) + 1:04d}", "kind": kind,
                              "language": language, "template": template.__name__,
                              "text": text, "entities": entities})
    return documents


if __name__ == "__main__":
    docs = build()
    with (HERE / "heldout_b.jsonl").open("w", encoding="utf-8") as out:
        for doc in docs:
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    print(len(docs), "documents,", sum(len(d["entities"]) for d in docs), "entities")
