"""Text templates of the synthetic corpus; `{slot}` names are filled by `corpus.SLOTS`."""

HEADERS = {
    "letter": [
        "Gemeente Voorbeeld\n{org_address}\n\n{citizen_formal}\n{address}\n\n"
        "Datum: {date}\nOns kenmerk: 2024/004512\nBetreft: uw aanvraag bijzondere bijstand\n\n"
        "Geachte {citizen_salutation},\n\n",
        "{marking}\n\nMinisterie van Binnenlandse Zaken en Koninkrijksrelaties\n\n"
        "Aan {citizen_formal}\n{address}\n\nDatum {date}\n\nGeachte {citizen_salutation},\n\n",
        "Aan: {citizen_full}\n{address}\n\nOnderwerp: besluit op uw aanvraag\n\n"
        "Geachte {citizen_salutation},\n\n",
    ],
    "woo_request": [
        "Woo-verzoek\n\nAan het college van burgemeester en wethouders\n{org_address}\n"
        "\nVan: {citizen_full}\n{address}\nTelefoon: {phone}\n"
        "E-mail: {citizen_email}\n\n",
        "Verzoek op grond van de Wet open overheid\n\nIk, {citizen_full}, wonende aan de "
        "{address_inline}, verzoek u om openbaarmaking van documenten.\n\n",
    ],
    "objection": [
        "Bezwaarschrift\n\nAan de bezwaarschriftencommissie\n\nNaam: {citizen_full}\n"
        "Adres: {address_inline}\nBSN: {bsn}\n\n",
        "Betreft: bezwaar tegen het besluit van {date}\n\nGeachte heer, mevrouw,\n\n"
        "Hierbij maak ik, {citizen_formal}, {dob}, bezwaar tegen uw besluit.\n\n",
    ],
    "complaint": [
        "Klachtformulier\n\nNaam klager: {citizen_full}\nTelefoonnummer: {phone}\n"
        "E-mailadres: {citizen_email}\n\n",
        "Klacht over de behandeling door een medewerker\n\nIngediend door {citizen_formal} "
        "op {date}.\n\n",
    ],
    "email": [
        "Van: {official_email}\nAan: {citizen_email}\nOnderwerp: Re: uw vraag\n\n"
        "Beste {citizen_first},\n\n",
        "Van: {citizen_full} <{citizen_email}>\nAan: {colleague_email}\n"
        "Onderwerp: dossier\n\nHoi {colleague_first},\n\n",
    ],
    "meeting_notes": [
        "Verslag overleg team Sociaal Domein, {date}\n\nAanwezig: {official_full} (voorzitter), "
        "{colleague_full}, {citizen_formal}\nAfwezig: {colleague_formal}\n\n",
        "{marking}\nNotulen stuurgroep informatiebeveiliging\n\nVoorzitter: {official_formal}\n"
        "Notulist: {colleague_full}\n\n",
    ],
}

BODIES = {
    "letter": [
        "Op {date} ontvingen wij uw aanvraag. U vraagt om een vergoeding van de kosten. "
        "Wij hebben uw aanvraag beoordeeld op grond van de Participatiewet.\n\n",
        "Wij storten het bedrag op rekeningnummer {iban} ten name van {citizen_formal}. "
        "{negative}\n\n",
        "Uit de Basisregistratie Personen blijkt dat u, {dob}, sinds {date} staat ingeschreven "
        "op het adres {address_inline}.\n\n",
        "Voor vragen kunt u contact opnemen met {official_formal} via {phone} of "
        "{official_email}.\n\n",
    ],
    "woo_request": [
        "Ik verzoek om alle documenten over de herinrichting van de {city}se binnenstad, "
        "waaronder e-mails tussen {official_full} en {colleague_formal}. {negative}\n\n",
        "Ik verzoek om de verslagen waarin mijn naam of mijn BSN ({bsn}) wordt genoemd. "
        "{negative}\n\n",
        "Graag ontvang ik de stukken digitaal op {citizen_email}. Mijn telefoonnummer is "
        "{phone}.\n\n",
        "Het gaat ook om de camerabeelden van de auto met kenteken {plate} op de "
        "parkeerplaats aan de {address_inline}. {negative}\n\n",
    ],
    "objection": [
        "Ik ben het niet eens met de terugvordering. Het geld is overgemaakt naar {iban}. "
        "{negative}\n\n",
        "Mijn gemachtigde, {official_formal}, is bereikbaar via {phone}. {invalid}\n\n",
        "Als bewijs stuur ik een kopie van mijn identiteitsbewijs mee ({document}). Mijn "
        "burgerservicenummer is {bsn}.\n\n",
        "De boete betreft het voertuig met kenteken {plate}, dat op naam staat van "
        "{citizen_full}. {negative}\n\n",
    ],
    "complaint": [
        "Op {date} sprak ik met {official_formal} aan de balie. {official_surname} weigerde "
        "mij te helpen. {negative}\n\n",
        "Mijn bankpas met nummer {card} is bij de betaling ingehouden. {invalid}\n\n",
        "Ik heb meerdere keren gebeld naar {phone}, maar werd niet teruggebeld. {negative}\n\n",
        "Ik woon op {address_inline} en heb een eenmanszaak ({kvk}). {negative}\n\n",
    ],
    "email": [
        "Dank voor je bericht. Ik heb het dossier van {citizen_formal} ({dob}) doorgestuurd "
        "naar {colleague_full}. {negative}\n\n",
        "De inlogpoging kwam van IP-adres {ipv4}; de tweede van {ipv6}. {negative}\n\n",
        "Kun je {citizen_first} terugbellen op {phone}? Het gaat om zaak Z-2024-001234.\n\n",
        "Het IBAN {iban} klopt volgens {colleague_first} niet met de aanvraag. {invalid}\n\n",
    ],
    "meeting_notes": [
        "1. Opening\n{official_surname} opent de vergadering en heet {citizen_formal} welkom. "
        "{negative}\n\n",
        "2. Incidenten\nEen medewerker heeft het BSN {bsn} van een inwoner in een chatbot "
        "geplakt. {colleague_full} meldt dit bij de FG. {negative}\n\n",
        "3. Actiepunten\n- {colleague_first} belt {citizen_formal} ({phone}).\n"
        "- {official_surname} controleert de logging van {ipv4}.\n\n",
        "4. Rondvraag\n{colleague_formal} vraagt naar de stand van zaken rond de "
        "leverancier ({kvk}). {negative}\n\n",
    ],
    "shared": [
        "{negative} {negative}\n\n",
        "{invalid} {negative}\n\n",
        "Contactgegevens: {citizen_full}, {address_inline}, telefoon {phone}, e-mail "
        "{citizen_email}.\n\n",
        "Betalingen lopen via {iban}; creditcard {card} is niet meer geldig. {negative}\n\n",
        "De inwoner, {dob}, rijdt in een auto met kenteken {plate}. {negative}\n\n",
        "Het afschrift is opgevraagd met {document}. {negative}\n\n",
        "Let op: dit stuk is gemarkeerd als {marking} en mag niet in een AI-toepassing worden "
        "gebruikt.\n\n",
    ],
}

CLOSINGS = {
    "letter": [
        "Met vriendelijke groet,\n\nnamens het college van burgemeester en wethouders,\n\n"
        "{official_full}\nTeamleider Inkomen\n",
        "Hoogachtend,\n\n{official_formal}\nafdeling Publiekszaken\nTelefoon {phone}\n",
    ],
    "woo_request": [
        "Met vriendelijke groet,\n\n{citizen_full}\n",
        "Hoogachtend,\n{citizen_formal}\n",
    ],
    "objection": [
        "Ondertekening:\n{citizen_full}\n{date}\n",
        "Met vriendelijke groet,\n{citizen_formal}\nTelefoon: {phone}\n",
    ],
    "complaint": [
        "Ik hoop op een snelle reactie.\n\n{citizen_full}\n",
        "Met vriendelijke groet,\n{citizen_formal}\n{address}\n",
    ],
    "email": [
        "Groet,\n{official_first}\n\n{official_full} | Gemeente Voorbeeld | {phone}\n",
        "Met vriendelijke groet,\n{colleague_full}\n",
    ],
    "meeting_notes": [
        "Volgende vergadering: {date}. Verslag vastgesteld door {official_formal}.\n",
        "Einde vergadering.\n",
    ],
}

# Prose without personal data: organisations, places, laws, versions, times and other
# capitalised words the scanner must leave alone.
PROSE = [
    "De Autoriteit Persoonsgegevens (AP) wees op {date} op de risico's van generatieve AI. Ook "
    "de Raad van State en de Nationale ombudsman vragen aandacht voor transparantie.\n\n",
    "Gedeputeerde Staten van Noord-Brabant hebben besloten de regeling te verlengen tot 1 januari "
    "2026. Provinciale Staten worden daarover in de commissie Bestuur geïnformeerd.\n\n",
    "Tijdens de bijeenkomst in Den Haag presenteerde het Rijksinstituut voor Volksgezondheid en "
    "Milieu (RIVM) de cijfers; het Centraal Bureau voor de Statistiek telde 17,9 miljoen "
    "inwoners.\n\n",
    "Op Koningsdag en Bevrijdingsdag zijn het Stadskantoor en het Klant Contact Centrum "
    "gesloten. Via DigiD, MijnOverheid en de Berichtenbox ontvangt u ons besluit.\n\n",
    "Versie 2.1.4 van de applicatie wordt in week 12 uitgerold; de Algemene wet bestuursrecht "
    "(Awb) en de Wet open overheid (Woo) blijven van toepassing.\n\n",
    "Wij verwijzen naar de Kamerbrief van 17 januari 2025 (Kamerstukken II 2024/25, 26643, nr. "
    "1250) en de uitspraak ECLI:NL:HR:2024:123 van de Hoge Raad.\n\n",
    "De Algemene Rekenkamer onderzocht het gebruik van AI bij Rijkswaterstaat, de "
    "Belastingdienst en het UWV. Het rapport telt 1.234 pagina's en kost € 45,- per "
    "exemplaar.\n\n",
    "De balie is bereikbaar van 09:00 tot 17:00 uur, ook in Amsterdam-Zuidoost en "
    "Rotterdam-Zuid. Kijk op www.rijksoverheid.nl/onderwerpen/privacy voor meer "
    "informatie.\n\n",
    "Het Waterschap Rivierenland, de Veiligheidsregio Utrecht en de GGD Gelderland-Zuid "
    "nemen deel aan de pilot. Artikel 8 EVRM en art. 10 lid 2 sub e Woo zijn besproken.\n\n",
    "De Eerste Kamer stemt op dinsdag over het wetsvoorstel; de Tweede Kamer nam het in "
    "november aan met 102 stemmen voor.\n\n",
    "Het Ministerie van Justitie en Veiligheid en de Vereniging van Nederlandse Gemeenten "
    "(VNG) werken aan een model voor de Woo-inventarislijst.\n\n",
    "Microsoft Copilot en andere diensten onder consumentenvoorwaarden mogen niet worden "
    "gebruikt; de Chief Information Officer (CIO) houdt het register bij.\n\n",
]
