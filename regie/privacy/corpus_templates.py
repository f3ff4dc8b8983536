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
        "Ik heb meerdere keren gebeld naar {phone}, maar werd niet teruggebeld. "
        "{negative}\n\n",
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
