"""Builds the frozen held-out set `heldout.jsonl` (see README.md in this folder).

Run once, by hand: `python tests/privacy/heldout/build_heldout.py`. The output is committed
and frozen; this script is kept so anyone can see how the documents were made. It shares
nothing with the scanner or with `regie/privacy/corpus*.py`: its own templates, its own name
pools (written from general knowledge of names in the communities living in the
Netherlands, not taken from any list the scanner uses) and its own check-digit helpers.

Entities are written inline as ⟦TYPE|text⟧; `parse` strips the markup and computes every
offset from the resulting text.
"""

# ruff: noqa: E501, B905  (frozen generator: long text templates, kept as written)
from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
MARK = re.compile(r"⟦([A-Z_]+)\|(.*?)⟧", re.S)


def parse(marked: str) -> tuple[str, list[dict]]:
    text, entities, position = [], [], 0
    last = 0
    for match in MARK.finditer(marked):
        plain = marked[last : match.start()]
        text.append(plain)
        position += len(plain)
        value = match.group(2)
        entities.append(
            {"type": match.group(1), "start": position, "end": position + len(value), "text": value}
        )
        text.append(value)
        position += len(value)
        last = match.end()
    text.append(marked[last:])
    return "".join(text), entities


# --------------------------------------------------------------------------- name pools
# (first names, surnames) per community; surnames may carry a tussenvoegsel or two parts.
POOLS = {
    "frisian": (
        "Lieuwe Tjitske Sjoerd Wietske Hylke Froukje Jelmer Baukje Durk Sytske Watse Ymkje "
        "Gerbrich Auke Tsjalling Jildou Sietse Hiltsje Wopke Aukje".split(),
        "Hoekstra Bosma Wijnia Zijlstra Terpstra Fokkema Sijtsma Hiemstra Rinsma Osinga "
        "Wiersma Hettinga Feenstra Tjeerdsma Posthumus Gerbrandy Kalsbeek Dykstra".split(),
    ),
    "surinamese": (
        "Ravi Anjali Sunita Radj Shanti Kiran Devika Marvin Rachelle Ferdinand Sharmila "
        "Rishi Naomi Errol Jennifer Glenn Soenita Prakash Winston Ingrid".split(),
        "Ramdin Jagesar Mahabier Soerjopawiro Ramsaran Kartosen Sedney Pinas Oemrawsingh "
        "Bhagwandin Poeketi Karijoredjo Kromosoeto Doelwijt Amatdjais Ramlal Wongsodikromo "
        "Fränkel Bouterse Baldewsingh".split(),
    ),
    "moroccan": (
        "Mohammed Fatima Youssef Khadija Nadia Bilal Soufiane Naima Hamza Imane Zakaria "
        "Salma Mustafa Samira Redouan Latifa Abdelkader Hajar Anouar Siham".split(),
        "El Idrissi|Bouzid|Amrani|Benali|Ouali|Azzouzi|El Khattabi|Boukhari|Tahiri|Chaouch|"
        "Ait Lahcen|Bouchtaoui|El Bakkali|Achahbar|Mourabit|Zaanoun|Ben Haddou|Ouchan|"
        "Lamrini|Essafi".split("|"),
    ),
    "turkish": (
        "Gülşen Mehmet Ayşe Emre Zeynep Burak Elif Hakan Serkan Özlem Çağla Yusuf Fatma "
        "Murat Esra Oğuz Hatice Tuncay Songül İbrahim".split(),
        "Yıldız Kaya Demir Çelik Şahin Öztürk Aydın Arslan Doğan Kılıç Koç Güneş Yavuz "
        "Korkmaz Aksoy Özdemir Karataş Bulut Erdem Polat".split(),
    ),
    "polish": (
        "Agnieszka Krzysztof Małgorzata Tomasz Katarzyna Paweł Joanna Wojciech Magdalena "
        "Piotr Łukasz Aleksandra Grzegorz Dorota Bartosz Ewa Michał Beata Jakub Zofia".split(),
        "Kowalska Nowak Wiśniewski Wójcik Kamińska Lewandowski Zielińska Szymański "
        "Dąbrowska Grabowski Kozłowski Jankowska Mazur Krawczyk Pawłowska Michalski "
        "Zając Król Wieczorek Jabłońska".split(),
    ),
    "syrian": (
        "Rami Lina Omar Rasha Khaled Hala Ahmad Dima Mahmoud Rania Tarek Reem Bassel "
        "Nour Firas Ghalia Wissam Yara Majd Lama".split(),
        "Al-Hassan|Haddad|Khoury|Al Masri|Darwish|Sabbagh|Al-Khatib|Hamdan|Najjar|Kassab|"
        "Al-Ahmad|Shami|Jabbour|Al Halabi|Mardini|Tlass|Ghanem|Zaitoun|Barakat|Assaf".split("|"),
    ),
    "eritrean": (
        "Yonas Senait Tesfaye Helen Dawit Selam Merhawi Luwam Filmon Saba Mulugeta Rahel "
        "Yohannes Feven Kibrom Winta Mussie Hiwet Natnael Eden".split(),
        "Tesfamariam Ghebremedhin Habte Tekle Berhane Woldegiorgis Kidane Mehari Asmerom "
        "Gebrehiwet Haile Andemariam Tewolde Zerai Okbazghi Ghirmay Weldemichael Fesshaye "
        "Abraha Negash".split(),
    ),
    "ukrainian": (
        "Oksana Dmytro Olena Andriy Iryna Bohdan Yulia Taras Nataliya Mykola Vasyl Halyna "
        "Serhiy Tetiana Oleksandr Viktoriia Yaroslav Larysa Maksym Svitlana".split(),
        "Shevchenko Kovalenko Bondarenko Tkachenko Melnyk Kravchuk Oliynyk Lysenko Moroz "
        "Savchuk Marchenko Rudenko Petrenko Hnatyuk Boyko Kovalchuk Ponomarenko Tymoshchuk "
        "Havryliuk Yaremko".split(),
    ),
    "chinese": (
        "Wei Xiaoming Jun Hui Yan Lei Jing Hao Xiu Ying Mingyu Qiang Fang Zhiwei Ling "
        "Jiayi Bo Xin Yuting Haoran".split(),
        "Chen Wang Zhang Liu Huang Zhou Lin Yang Zhao Xu Guo Zheng Tang Feng Cheng Tjoa "
        "Kwok Hu Sun Lam".split(),
    ),
    "dutch": (
        "Brechtje Wubbo Koert Jurre Marieke Hendrikus Annemiek Gijsbert Fenna Teun Daan "
        "Sanne Willemijn Geertruida Evert Joost Mirjam Ties Lotte Reinier Hanneke Bart "
        "Carolien Maarten Femke Ruud Ilse Wouter Nienke Gerrit".split(),
        "van der Meulen|de Boer|van 't Hek|ter Horst|van den Akker|in 't Veld|Oldenkamp|"
        "Haverkamp|Groot Wassink|Bruins Slot|Visser-de Jong|van Dijk-Hoekstra|"
        "Schimmelpenninck van der Oije|Verhoeven|Kuijpers|Hakkesteegt|Boogaard|"
        "van Leeuwen|Dekkers|Brinkhuis|Zwanenburg|de Wit|Meijboom|Stoffelen|van Rossum|"
        "Timmermans|Vlaskamp|Hoogendoorn|Wagenmakers|Ouwehand".split("|"),
    ),
    "other": (
        "Kwame Abena Hodan Abdi Farid Mariam Thanh Minh Aarav Priya Nkechi Chidi Aylin "
        "Dorcas Tamara Ricardo Giulia Sven Ingeborg Aleksander".split(),
        "Mensah|Owusu|Warsame|Farah|Ahmadzai|Rahimi|Nguyen|Tran|Sharma|Patel|Okafor|"
        "Adeyemi|Pattiasina|Latumahina|Sahetapy|Martina|Isenia|Rossi|da Silva|Johansson".split("|"),
    ),
}
INITIALS = ["A.", "J.", "M.", "H.J.", "A.B.C.", "P.", "W.F.", "S.", "E.M.", "R.", "K.L.", "G."]
DUTCH_TITLES = ["de heer", "mevrouw", "dhr.", "mevr.", "mw."]
ACADEMIC = ["mr.", "drs.", "ir.", "ing.", "dr.", "prof. dr.", "mr. drs."]

# Places, institutions and companies named after people: never a PERSON.
INSTITUTIONS = [
    "het Antoni van Leeuwenhoek",
    "het Antoni van Leeuwenhoek ziekenhuis",
    "het Rembrandthuis",
    "het Abe Lenstra Stadion",
    "de Johan Cruijff ArenA",
    "het Van Gogh Museum",
    "het Anne Frank Huis",
    "het Erasmus MC",
    "de Erasmus Universiteit",
    "het Jeroen Bosch Ziekenhuis",
    "het Wilhelmina Kinderziekenhuis",
    "het Prinses Máxima Centrum",
    "het Willem de Zwijger College",
    "het Christiaan Huygens College",
    "het Prins Bernhard Cultuurfonds",
    "het Koning Willem I College",
    "de Dr. Anton Philipszaal",
    "het Philips Stadion",
    "de Albert Heijn",
    "Museum Boijmans Van Beuningen",
    "het Kröller-Müller Museum",
    "de Gerrit Rietveld Academie",
    "het Dr. Nassau College",
    "het Sint Antonius Ziekenhuis",
    "het Sint Franciscus Gasthuis",
    "het Martini Ziekenhuis",
    "de Stichting Vincent van Gogh",
    "Douwe Egberts",
    "de Dirk van den Broek",
    "Jan Linders",
    "het Rijksmuseum Boerhaave",
    "de Jan van Goyen basisschool",
    "de Anne Frankschool",
    "het Maxima Medisch Centrum",
    "de Hugo de Grootschool",
]
# Streets named after people (no number: not an address, not a person).
STREETS = [
    "Jan Pieterszoon Coenstraat",
    "Johan de Wittlaan",
    "Burgemeester de Monchyplein",
    "Jan van Galenstraat",
    "Prins Hendrikkade",
    "Koningin Julianalaan",
    "Marie Curieweg",
    "Dr. Schaepmanstraat",
    "Piet Heinkade",
    "Frederik Hendriklaan",
    "Anthony Fokkerweg",
    "Abe Lenstra Boulevard",
    "Willem Barentszstraat",
    "Cornelis Schuytstraat",
    "Karel Doormanweg",
    "Aletta Jacobslaan",
    "Wilhelminaplein",
    "Van Heutszstraat",
]
PLAIN_STREETS = ["Kerkstraat", "Dorpsweg", "Molenlaan", "Stationsplein", "Beukenhof",
                 "Oude Gracht", "Lindelaan", "Parallelweg", "Havenkade", "Brinkstraat"]
CITIES = ["Leeuwarden", "Utrecht", "Rotterdam", "Zwolle", "Almere", "Tilburg", "Nijmegen",
          "Den Haag", "Groningen", "Amersfoort", "Sneek", "Heerlen", "Lelystad", "Enschede"]
MONTHS_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
             "september", "oktober", "november", "december"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


class Values:
    """Random values for one document; `P`, `D`, … return marked-up strings."""

    def __init__(self, rng: random.Random):
        self.r = rng

    # ----- people
    def community(self) -> str:
        return self.r.choice(list(POOLS))

    def first(self, community: str | None = None) -> str:
        return self.r.choice(POOLS[community or self.community()][0])

    def last(self, community: str | None = None) -> str:
        return self.r.choice(POOLS[community or self.community()][1])

    def full(self, community: str | None = None) -> tuple[str, str]:
        c = community or self.community()
        return self.first(c), self.last(c)

    def initials(self) -> str:
        return self.r.choice(INITIALS)

    # ----- identifiers with valid check digits, computed here
    def bsn(self) -> str:
        while True:
            digits = [self.r.randint(0, 9) for _ in range(8)]
            total = sum(d * w for d, w in zip(digits, range(9, 1, -1)))
            last = total % 11
            if last < 10 and digits[0] != 0:
                return "".join(map(str, digits)) + str(last)

    def iban(self) -> str:
        bank = self.r.choice(["INGB", "RABO", "ABNA", "SNSB", "TRIO", "ASNB"])
        account = "".join(str(self.r.randint(0, 9)) for _ in range(10))
        numeric = "".join(str(int(ch, 36)) for ch in bank + account + "NL00")
        check = 98 - int(numeric) % 97
        raw = f"NL{check:02d}{bank}{account}"
        if self.r.random() < 0.5:
            return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
        return raw

    def phone(self) -> str:
        d = lambda n: "".join(str(self.r.randint(0, 9)) for _ in range(n))  # noqa: E731
        return self.r.choice([
            f"06-{d(8)}", f"06 {d(2)} {d(2)} {d(2)} {d(2)}", f"+31 6 {d(4)} {d(4)}",
            f"020-{d(3)} {d(4)}", f"058 {d(3)} {d(4)}", f"+31 (0)30 {d(3)} {d(4)}",
        ])

    def email(self, first: str, last: str) -> str:
        simple = re.sub(r"[^a-z]", "", last.lower().replace("ı", "i").replace("ş", "s")
                        .replace("ç", "c").replace("ğ", "g").replace("ö", "o").replace("ü", "u")
                        .replace("ł", "l").replace("ą", "a").replace("ę", "e").replace("ń", "n")
                        .replace("ó", "o").replace("ś", "s").replace("ź", "z").replace("ż", "z")
                        .replace("ä", "a"))
        head = re.sub(r"[^a-z]", "", first.lower()[:1] or "x")
        domain = self.r.choice(["gmail.com", "hotmail.nl", "ziggo.nl", "outlook.com", "kpnmail.nl"])
        return f"{head}.{simple or 'naam'}@{domain}"

    def passport(self) -> str:
        letters = "ABCDEFGHIJKLMNPRSTUVWXYZ"
        mix = letters + "0123456789"
        body = [self.r.choice(mix) for _ in range(6)]
        body[self.r.randint(0, 5)] = self.r.choice("123456789")
        body[self.r.randint(0, 5)] = self.r.choice(letters)
        return "".join(self.r.choice(letters) for _ in range(2)) + "".join(body) + str(
            self.r.randint(0, 9))

    def postcode(self) -> str:
        return f"{self.r.randint(1000, 9999)} {self.r.choice('ABCDEGHJKLMNPRTVWXZ')}{self.r.choice('ABCDEGHJKLMNPRTVWXZ')}"

    def street(self) -> str:
        return f"{self.r.choice(PLAIN_STREETS)} {self.r.randint(1, 240)}{self.r.choice(['', '', 'a', '-2'])}"

    def city(self) -> str:
        return self.r.choice(CITIES)

    # ----- dates
    def date_parts(self, birth: bool) -> tuple[int, int, int]:
        year = self.r.randint(1938, 2008) if birth else self.r.randint(2019, 2026)
        return self.r.randint(1, 28), self.r.randint(1, 12), year

    def date_nl(self, birth: bool = True) -> str:
        day, month, year = self.date_parts(birth)
        return self.r.choice([f"{day:02d}-{month:02d}-{year}", f"{day}-{month}-{year}",
                              f"{day} {MONTHS_NL[month - 1]} {year}", f"{day:02d}/{month:02d}/{year}"])

    def date_en(self, birth: bool = True) -> str:
        day, month, year = self.date_parts(birth)
        return self.r.choice([f"{day} {MONTHS_EN[month - 1]} {year}", f"{day:02d}/{month:02d}/{year}",
                              f"{year}-{month:02d}-{day:02d}", f"{day:02d}-{month:02d}-{year}"])

    def institution(self) -> str:
        return self.r.choice(INSTITUTIONS)

    def named_street(self) -> str:
        return self.r.choice(STREETS)


def P(text: str) -> str:  # noqa: N802 - short markup helpers keep the templates readable
    return f"⟦PERSON|{text}⟧"


def M(kind: str, text: str) -> str:  # noqa: N802
    return f"⟦{kind}|{text}⟧"


def cap(institution: str) -> str:
    return institution[0].upper() + institution[1:]


# --------------------------------------------------------------------------- templates
# Each template takes Values and returns (kind, language, marked text).


def letter_decision(v: Values):
    f, s = v.full()
    title = v.r.choice(["de heer", "mevrouw"])
    sender_f, sender_s = v.full("dutch")
    pc, city = v.postcode(), v.city()
    return "letter", "nl", (
        f"{P(f'{title} {f} {s}')}\n{M('ADDRESS', v.street())}\n{M('POSTCODE', pc)} {M('ADDRESS', city)}\n\n"
        f"Betreft: uw aanvraag bijzondere bijstand\n\nGeachte {P(title.replace('de heer', 'heer') + ' ' + s)},\n\n"
        f"Op {v.date_nl(False)} ontvingen wij uw aanvraag. U bent geboren op {M('DATE_OF_BIRTH', v.date_nl())} "
        f"en staat ingeschreven onder burgerservicenummer {M('BSN', v.bsn())}. Wij hebben besloten uw "
        f"aanvraag toe te kennen. Het bedrag maken wij over op {M('IBAN', v.iban())}.\n\n"
        f"Met vriendelijke groet,\n\n{P(f'{sender_f} {sender_s}')}\nconsulent Werk en Inkomen\n"
    )


def letter_signature_only(v: Values):
    f, s = v.full()
    return "letter", "nl", (
        f"Geachte heer, mevrouw,\n\nHierbij bevestigen wij dat uw melding over de verlichting aan de "
        f"{v.named_street()} is ontvangen. Een medewerker van de afdeling Beheer Openbare Ruimte neemt "
        f"binnen tien werkdagen contact met u op.\n\nMet vriendelijke groet,\n{P(f'{f} {s}')}\n"
        f"Team Buitenruimte\n"
    )


def letter_titles(v: Values):
    s = v.last("dutch")
    acad = v.r.choice(ACADEMIC)
    ini = v.initials()
    f2, s2 = v.full()
    return "letter", "nl", (
        f"Aan {P(f'{acad} {ini} {s}')}\nadvocaat\n\nBetreft: bezwaar van uw cliënt {P(f'{f2} {s2}')}\n\n"
        f"Geachte {P(v.r.choice(['heer', 'mevrouw']) + ' ' + s)},\n\nUw bezwaarschrift van {v.date_nl(False)} "
        f"namens {P(f'{f2} {s2}')} is op tijd ingediend. De hoorzitting is op {v.date_nl(False)} "
        f"in het stadhuis.\n\nHoogachtend,\n\n{P(f'{v.r.choice(ACADEMIC)} {v.initials()} {v.last()}')}\n"
        f"secretaris bezwaarcommissie\n"
    )


def letter_english(v: Values):
    f, s = v.full()
    hon = v.r.choice(["Ms", "Mr", "Mrs", "Dr", "Ms.", "Mr."])
    return "letter", "en", (
        f"Dear {P(f'{hon} {s}')},\n\nThank you for your application for a residence-related "
        f"registration. We have recorded your date of birth as {M('DATE_OF_BIRTH', v.date_en())} and "
        f"your passport number as {M('ID_DOCUMENT', v.passport())}. Your citizen service number is "
        f"{M('BSN', v.bsn())}. Please contact us at {M('PHONE', v.phone())} if anything is incorrect.\n\n"
        f"Kind regards,\n\n{P(' '.join(v.full('dutch')))}\nMunicipality of {v.city()}\n"
    )


def letter_hard_negative(v: Values):
    inst = v.institution()
    street = v.named_street()
    f, s = v.full()
    return "letter", "nl", (
        f"Geachte {P(f'mevrouw {s}')},\n\nU vroeg ons naar de bereikbaarheid van {inst}. Vanaf "
        f"{v.date_nl(False)} is de {street} afgesloten voor doorgaand verkeer. Bezoekers van "
        f"{v.institution()} kunnen parkeren bij {v.institution()}. Uw afspraak blijft staan.\n\n"
        f"Met vriendelijke groet,\n{P(f'{v.r.choice(DUTCH_TITLES)} {v.initials()} {v.last()}')}\n"
    )


def letter_address_named_street(v: Values):
    f, s = v.full()
    street = v.named_street()
    number = v.r.randint(1, 180)
    return "letter", "nl", (
        f"{P(f'{f} {s}')}\n{M('ADDRESS', f'{street} {number}')}\n{M('POSTCODE', v.postcode())} "
        f"{M('ADDRESS', v.city())}\n\nBeste {P(f)},\n\nDe container voor uw deur aan de {street} "
        f"wordt op {v.date_nl(False)} geleegd. Vragen? Bel {M('PHONE', v.phone())}.\n\nGroet,\n"
        f"{P(v.first('dutch'))}\n"
    )


def minutes(v: Values):
    chair = v.full()
    clerk = v.full()
    speakers = [v.full() for _ in range(2)]
    interp = v.full()
    first_chair = chair[0]
    return "minutes", "nl", (
        f"Verslag commissie Samenleving, {v.date_nl(False)}\n\n"
        f"Aanwezig: voorzitter: {P(' '.join(chair))}; griffier: {P(' '.join(clerk))}\n"
        f"Insprekers: {P(' '.join(speakers[0]))} en {P(' '.join(speakers[1]))}\n"
        f"Tolk: {P(' '.join(interp))}\n\n"
        f"1. Opening\n{P(first_chair)} opent de vergadering om 19.30 uur en heet iedereen welkom, "
        f"ook de bewoners uit de buurt van {v.institution()}.\n\n"
        f"2. Inspreken\n{P(speakers[0][0])} vraagt aandacht voor de verkeersveiligheid op de "
        f"{v.named_street()}. {P(speakers[1][0])} sluit zich daarbij aan.\n\n"
        f"3. Rondvraag\nGeen vragen. De voorzitter sluit om 21.05 uur.\n"
    )


def minutes_initials(v: Values):
    a, b, c = v.last(), v.last("dutch"), v.last()
    return "minutes", "nl", (
        f"Notulen overleg sociaal team {v.date_nl(False)}\n"
        f"Aanwezig: {P(f'{v.initials()} {a}')} (voorzitter), {P(f'{v.initials()} {b}')}, "
        f"{P(f'{v.r.choice(ACADEMIC)} {v.initials()} {c}')}\nAfwezig met bericht: "
        f"{P(f'{v.r.choice(DUTCH_TITLES)} {v.last()}')}\n\n"
        f"Actiepunten: {P(f'{v.initials()} {b}')} belt de woningcorporatie voor {v.date_nl(False)}.\n"
    )


def minutes_english(v: Values):
    chair, sec = v.full(), v.full()
    return "minutes", "en", (
        f"Minutes of the project board, {v.date_en(False)}\n\nChair: {P(' '.join(chair))}\n"
        f"Secretary: {P(' '.join(sec))}\n\n{P(chair[0])} opened the meeting. The visit to "
        f"{v.institution().replace('het ', 'the ').replace('de ', 'the ')} is moved to "
        f"{v.date_en(False)}. {P(sec[0])} will send the invitation.\n"
    )


def email_thread(v: Values):
    a, b = v.full(), v.full()
    return "email", "nl", (
        f"Van: {P(' '.join(a))} <{M('EMAIL', v.email(*a))}>\nAan: {P(' '.join(b))}\n"
        f"Onderwerp: RE: terugbelverzoek\n\nHoi {P(b[0])},\n\n{P(a[0])} hier. Ik heb de melder "
        f"gisteren gesproken, ze belt morgen terug op {M('PHONE', v.phone())}.\n\nGroet,\n{P(a[0])}\n\n"
        f"> Op {v.date_nl(False)} schreef {P(' '.join(b))}:\n> Kun jij dit oppakken?\n"
    )


def email_first_name_alone(v: Values):
    f, s = v.full()
    coll = v.first("dutch")
    return "email", "nl", (
        f"Beste collega's,\n\nVanmorgen heeft {P(f'{f} {s}')} gebeld over de afspraak van "
        f"{v.date_nl(False)}. {P(f)} belde later terug en vroeg of de afspraak kan worden verzet. "
        f"Wil iemand {P(f)} vandaag nog terugbellen?\n\nGroet,\n{P(coll)}\n"
    )


def email_contact(v: Values):
    f, s = v.full()
    return "email", "nl", (
        f"Onderwerp: aanmelding schuldhulp\n\nContactpersoon: {P(f'{f} {s}')}\n"
        f"Telefoon: {M('PHONE', v.phone())}\nE-mail: {M('EMAIL', v.email(f, s))}\n"
        f"Geb.: {M('DATE_OF_BIRTH', v.date_nl())}\nAdres: {M('ADDRESS', v.street())}, "
        f"{M('POSTCODE', v.postcode())} {M('ADDRESS', v.city())}\n\nGraag een intake plannen.\n"
    )


def email_english(v: Values):
    a, b = v.full(), v.full("dutch")
    return "email", "en", (
        f"From: {P(' '.join(b))}\nTo: {P(' '.join(a))}\nSubject: your appointment\n\n"
        f"Hi {P(a[0])},\n\nAs discussed, please bring your passport (passport number "
        f"{M('ID_DOCUMENT', v.passport())}) to the town hall. The desk near {v.named_street()} is "
        f"closed on {v.date_en(False)}.\n\nBest regards,\n{P(b[0])}\n"
    )


def chat_nl_lower(v: Values):
    f = v.first()
    g = v.first()
    low, low2 = f.lower(), g.lower()
    return "chat", "nl", (v.r.choice([
        f"kun je de mail van {P(low)} samenvatten? ze klaagt over de wachttijd",
        f"schrijf een vriendelijk antwoord aan {P(low)} over haar parkeervergunning",
        f"{P(low)} belde net, kun je een excuusbrief opstellen? zij heeft al drie keer gebeld",
        f"maak een samenvatting van het gesprek met {P(low)} en {P(low2)} over de verhuizing",
        f"herschrijf dit bericht voor collega {P(low)} in b1-taal",
    ])
    )


def chat_nl_cancel(v: Values):
    f, s = v.full()
    return "chat", "nl", (
        f"Kun je een mail schrijven aan {P(f'mevrouw {s}')} dat haar afspraak bij "
        f"{v.institution()} op {v.date_nl(False)} niet doorgaat?"
    )


def chat_en(v: Values):
    f, s = v.full()
    return "chat", "en", v.r.choice([
        f"Summarise this complaint from {P(f'{f} {s}')}, born on {M('DATE_OF_BIRTH', v.date_en())}, "
        f"about the delay in her housing benefit.",
        f"Write a reply to {P(f'Mr {s}')} explaining that his date of birth "
        f"({M('DATE_OF_BIRTH', v.date_en())}) does not match the passport number "
        f"{M('ID_DOCUMENT', v.passport())} we have on file.",
        f"Translate into Dutch: Dear {P(f'Mrs {s}')}, your citizen service number "
        f"{M('BSN', v.bsn())} has been registered.",
        f"My colleague {P(f'{f} {s}')} asked me to draft a note for the meeting on "
        f"{v.date_en(False)} at {v.institution().replace('het ', 'the ').replace('de ', 'the ')}.",
        f"Can you check this: DOB {M('DATE_OF_BIRTH', v.date_en())}, name {P(f'{f} {s}')}, "
        f"phone {M('PHONE', v.phone())}.",
    ])


def chat_mixed(v: Values):
    f, s = v.full()
    return "chat", "mixed", (
        f"Please rewrite this in Dutch B1: '{P(f'Ms {s}')} (date of birth "
        f"{M('DATE_OF_BIRTH', v.date_en())}) lives at {M('ADDRESS', v.street())} in {v.city()} "
        f"and asked for help with her aanvraag.' Gebruik 'u'."
    )


def csv_extract(v: Values):
    rows = []
    header = v.r.choice(["naam;geboortedatum;bsn;woonplaats", "Naam;Geboortedatum;BSN;Woonplaats"])
    for _ in range(v.r.randint(3, 6)):
        f, s = v.full()
        rows.append(f"{P(f'{f} {s}')};{M('DATE_OF_BIRTH', v.date_nl())};{M('BSN', v.bsn())};{v.city()}")
    return "csv", "nl", header + "\n" + "\n".join(rows) + "\n"


def csv_split_names(v: Values):
    rows = []
    for _ in range(v.r.randint(3, 6)):
        f, s = v.full()
        rows.append(f"{P(f)},{P(s)},{M('DATE_OF_BIRTH', v.date_nl())},{M('PHONE', v.phone())},"
                    f"{v.date_nl(False)}")
    return "csv", "nl", "voornaam,achternaam,geboortedatum,telefoon,datum_aanmelding\n" + "\n".join(rows) + "\n"


def csv_english(v: Values):
    rows = []
    for _ in range(v.r.randint(3, 5)):
        f, s = v.full()
        rows.append(f"{P(f'{f} {s}')}\t{M('DATE_OF_BIRTH', v.date_en())}\t{M('EMAIL', v.email(f, s))}")
    return "csv", "en", "name\tdate of birth\temail\n" + "\n".join(rows) + "\n"


def csv_no_people(v: Values):
    rows = [f"{v.institution()};{v.named_street()};{v.date_nl(False)};{v.r.randint(10, 900)}"
            for _ in range(v.r.randint(3, 6))]
    return "csv", "nl", "locatie;straat;datum_inspectie;bezoekers\n" + "\n".join(rows) + "\n"


def incident(v: Values):
    f, s = v.full()
    reporter = v.full()
    return "incident", "nl", (
        f"Incidentmelding datalek\nDatum melding: {v.date_nl(False)}\nMelder: {P(' '.join(reporter))}\n\n"
        f"Omschrijving: een brief voor {P(f'{f} {s}')} (geb. {M('DATE_OF_BIRTH', v.date_nl())}) is "
        f"verstuurd naar een verkeerd adres. {P(f)} heeft dit zelf gemeld. De brief bevatte het "
        f"burgerservicenummer {M('BSN', v.bsn())}.\nGenomen maatregelen: de ontvanger is gevraagd de "
        f"brief te vernietigen.\n"
    )


def incident_english(v: Values):
    f, s = v.full()
    return "incident", "en", (
        f"Incident report\nReported on: {v.date_en(False)}\nReporter: {P(' '.join(v.full()))}\n\n"
        f"A spreadsheet with the name {P(f'{f} {s}')}, date of birth {M('DATE_OF_BIRTH', v.date_en())} "
        f"and passport number {M('ID_DOCUMENT', v.passport())} was e-mailed to an external party. "
        f"The file was deleted on {v.date_en(False)}.\n"
    )


def incident_places(v: Values):
    return "incident", "nl", (
        f"Storingsmelding {v.date_nl(False)}\nLocatie: {cap(v.institution())}, ingang "
        f"{v.named_street()}\n\nDe toegangspoortjes bij {v.institution()} werkten niet. Ook "
        f"{v.institution()} meldde problemen. Opgelost om 14.20 uur.\n"
    )


def role_labels(v: Values):
    role = v.r.choice(["aanvrager", "betrokkene", "cliënt", "consulent", "melder",
                       "contactpersoon", "tolk"])
    f, s = v.full()
    g = v.full()
    return "letter", "nl", (
        f"Dossieroverzicht\n{role.capitalize()}: {P(f'{f} {s}')}\nGeboortedatum: "
        f"{M('DATE_OF_BIRTH', v.date_nl())}\nBehandelaar: {P(' '.join(g))}\n\nSamenvatting: "
        f"de {role} heeft op {v.date_nl(False)} een gesprek gehad. Volgende afspraak op "
        f"{v.date_nl(False)}.\n"
    )


TEMPLATES = [
    (letter_decision, 18), (letter_signature_only, 10), (letter_titles, 16), (letter_english, 14),
    (letter_hard_negative, 14), (letter_address_named_street, 12), (minutes, 14),
    (minutes_initials, 12), (minutes_english, 10), (email_thread, 14), (email_first_name_alone, 14),
    (email_contact, 12), (email_english, 12), (chat_nl_lower, 18), (chat_nl_cancel, 10),
    (chat_en, 20), (chat_mixed, 10), (csv_extract, 10), (csv_split_names, 8), (csv_english, 8),
    (csv_no_people, 6), (incident, 14), (incident_english, 10), (incident_places, 8),
    (role_labels, 16),
]


def chat_nl(v: Values):
    f, s = v.full()
    return "chat", "nl", v.r.choice([
        f"Herschrijf deze brief aan {P(f'{f} {s}')} (geboren {M('DATE_OF_BIRTH', v.date_nl())}) in "
        f"eenvoudige taal: uw aanvraag is afgewezen omdat uw inkomen te hoog is.",
        f"Vat dit samen: cliënt {P(f'{f} {s}')} woont sinds {v.date_nl(False)} op "
        f"{M('ADDRESS', v.street())} en heeft schulden bij drie schuldeisers.",
        f"Maak een agenda voor het gesprek met betrokkene {P(f'{f} {s}')} en de tolk "
        f"{P(' '.join(v.full()))} op {v.date_nl(False)}.",
        f"Aanvrager {P(f'{f} {s}')} vraagt waarom de uitkering later is. BSN {M('BSN', v.bsn())}. "
        f"Schrijf een kort antwoord.",
    ])


TEMPLATES.append((chat_nl, 16))


def build(seed: int = 13) -> list[dict]:
    rng = random.Random(seed)
    documents = []
    for template, count in TEMPLATES:
        for _ in range(count):
            kind, language, marked = template(Values(rng))
            text, entities = parse(marked)
            assert "⟦" not in text and "⟧" not in text, template.__name__
            for entity in entities:
                assert text[entity["start"] : entity["end"]] == entity["text"]
            documents.append({"id": f"h{len(documents) + 1:04d}", "kind": kind,
                              "language": language, "template": template.__name__,
                              "text": text, "entities": entities})
    return documents


if __name__ == "__main__":
    docs = build()
    with (HERE / "heldout.jsonl").open("w", encoding="utf-8") as out:
        for doc in docs:
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    print(len(docs), "documents,", sum(len(d["entities"]) for d in docs), "entities")
