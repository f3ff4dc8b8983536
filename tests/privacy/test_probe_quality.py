"""Floors on the hand-written probes (tests/privacy/probe/, see its README): the errors of C, D, E,
G (birth dates), H (names in running text), J (names in everyday work text), L (a week's broad mix),
N (things named after people), P (pasted material), S (council work), U (the service desk), W (the
public counter), Z and ZC (newcomers), UB (an ordinary week), AA and AB (things named after people),
AD (the social domain), AF (enforcement), AI (English prompts), AK (money and contracts), AM and AP
(names the lists do not hold), AR (transcripts and dictation), AT (pasted system output), AV (text
copied from PDFs and scans), AY (citizens writing in), AZ (recruitment and personnel files), BD (Woo
documents), BF (the civil registry), BH (Fryslân and the Caribbean Netherlands), BJ (safety), BN
(elections and the council), BP (public health, youth and education), BR (taxes, parking and fines),
BT (archives, burials and history), BV (housing), BX (subsidies, sport, culture and events), BZ (the
civil registry), CB (the living environment), CD (public safety), CF (justice and debt), CH (work
and income), CJ (mobility and public space), CL (information security), CN (crisis and emergency),
CP (press and webcare), CR (care for older residents), CT (integrity), CV (animals), CX
(procurement), CZ (funerals), DB (recruitment and sick leave), DD (complaints), DF (land and
property), DH (childcare), DJ (markets), DL (building security), DN (citizen participation), DP
(water boards), DR (nature and the countryside), DT (the energy transition), DV (tourism and
nightlife), DX (research and surveys), DZ (public transport and taxis), EB (ports and houseboats),
ED (municipal finance), EF (mental health crises), EH (higher and vocational education), EJ
(notaries, inheritance and guardianship), EL (food safety), EN (elections), EP (sports clubs and
pools), ER (newcomers), ET (schools), EV (medical letters), EX (police and mediation), EZ
(international residents), FB (volunteers and the food bank), FD (construction), FF (faith
communities), FH (youth and family), FJ (care homes), FL (libraries and culture), FN (agriculture),
FP (public health), FR (the contact centre), FT (the council and Woo requests), FV (debt relief), FX
(waste), FZ (legal affairs), GB (the fire brigade), GD (transport for people with a disability), GF
(naturalisation and names), GH (room rental), GJ (homelessness), GL (domestic violence), GN (the
SVB), GP (drugs and public order), GR (weddings), GT (remembrance and the war), GV (international
delegations), GX (lost property), GZ (royal honours), HB (the archive and family history), HD
(neighbour disputes), HF (hospitality licences), HH (the IT service desk), HJ (municipal taxes), HL
(birth declarations), HN (the benefits recovery), HP (interpreters), HR (liability claims), HT
(payroll), HV (identity documents), HX (Ukrainian reception), HZ (allotment gardens), IB (interns
and trainees), ID (the children's council), IF (houseboats), IH (demonstrations), IJ (monuments),
IL (changes of name), IN (address investigations), IP (taxis), IR (the ombudsman), IT (artists),
IV (wildlife damage and hunting), IX (protective administration), IZ (the mayor's anniversary
visits), JB (the business desk), JD (foster care and guardianship), JF (the Caribbean
Netherlands), JH (veterans and defence personnel), JJ (reporting deaths), JL (personnel news and
farewells), JN (Dutch citizens abroad), JP (parking and traffic), JR (swimming pools and sports
halls), JT (calendars and attendee lists), JV (community centres and residents' associations), JX
(reports about public space), JZ (privacy requests and data breaches), KB (meeting transcripts), KD
(developers' data), KF (scanned documents read by OCR), KH (informal care), KJ (official travel),
KL (Fryslân and Limburg), KN (residents' own writing), KP (family history), KR (youth camps and
scouting), KT (long e-mail threads), KV (cross-border matters) and KX (names from Suriname, the
Caribbean, the Moluccas and Indonesia) were read while improving the scanner, so their floors guard
against losing what was gained; F, I, K, M, O, Q, R, T, V, X, Y, ZA, ZB, ZD, UA, UC,
AC, AE, AG, AH, AJ, AL, AN, AO, AQ, AS, AU, AW, AX, BA, BB, BC, BE, BG, BI, BK, BL, BM, BO, BQ, BS,
BU, BW, BY, CA, CC, CE, CG, CI, CK, CM, CO, CQ, CS, CU, CW, CY, DA, DC, DE, DG, DI, DK, DM, DO, DQ,
DS, DU, DW, DY, EA, EC, EE, EG, EI, EK, EM, EO, EQ, ES, EU, EW, EY, FA, FC, FE, FG, FI, FK, FM, FO,
FQ, FS, FU, FW, FY, GA, GC, GE, GG, GI, GK, GM, GO, GQ, GS, GU, GW, GY, HA, HC, HE, HG, HI, HK, HM,
HO, HQ, HS, HU, HW, HY, IA, IC, IE, IG, II, IK, IM, IO, IQ, IS, IU, IW, IY, JA, JC, JE, JG, JI,
JK, JM, JO, JQ, JS, JU, JW, JY, KA, KC, KG, KI, KK, KM, KO, KQ, KS, KU, KW and KY were only
scored (their floors are a measure of unseen text, like held-out set B in
test_heldout_quality.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from regie.privacy.entities import EntityType
from regie.privacy.evaluation import load_heldout, score
from regie.privacy.service import scan

PROBES = Path(__file__).parent / "probe"
# probe: (documents, {type: (minimum precision, minimum recall)}), exact spans; a little under
# what was measured
FLOORS = {
    "probe_c.jsonl": (
        150,
        {
            EntityType.PERSON: (0.97, 0.94),
            EntityType.DATE_OF_BIRTH: (0.99, 0.90),
            EntityType.PHONE: (0.99, 0.95),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_d.jsonl": (
        160,
        {
            EntityType.PERSON: (0.95, 0.91),
            EntityType.DATE_OF_BIRTH: (0.99, 0.86),
            EntityType.PHONE: (0.99, 0.95),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_e.jsonl": (
        120,
        {
            EntityType.PERSON: (0.90, 0.86),
            EntityType.DATE_OF_BIRTH: (0.99, 0.83),
            EntityType.PHONE: (0.99, 0.95),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # birth dates: half its dates are births, half hard negatives beside them
    "probe_g.jsonl": (
        80,
        {
            EntityType.PERSON: (0.94, 0.90),
            EntityType.DATE_OF_BIRTH: (0.99, 0.81),
            EntityType.PHONE: (0.99, 0.95),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # names in running text, without titles or labels
    "probe_h.jsonl": (
        80,
        {
            EntityType.PERSON: (0.95, 0.90),
            EntityType.DATE_OF_BIRTH: (0.99, 0.90),
            EntityType.PHONE: (0.99, 0.90),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # names in everyday work text: headers, chat lines, action lists, brackets, appositions
    "probe_j.jsonl": (
        80,
        {
            EntityType.PERSON: (0.95, 0.91),
            EntityType.DATE_OF_BIRTH: (0.99, 0.95),
            EntityType.PHONE: (0.99, 0.90),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # a week's broad mix, with tables
    "probe_l.jsonl": (
        80,
        {
            EntityType.PERSON: (0.94, 0.93),
            EntityType.DATE_OF_BIRTH: (0.99, 0.95),
            EntityType.PHONE: (0.99, 0.95),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # kept unread (see the README): a floor under what it measured, never tuned on
    "probe_m.jsonl": (
        80,
        {
            EntityType.PERSON: (0.90, 0.88),
            EntityType.DATE_OF_BIRTH: (0.99, 0.90),
            EntityType.PHONE: (0.95, 0.90),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # people and the things named after them: half the documents hold no person or one
    "probe_n.jsonl": (
        80,
        {
            EntityType.PERSON: (0.85, 0.92),
            EntityType.DATE_OF_BIRTH: (0.99, 0.95),
            EntityType.PHONE: (0.99, 0.90),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # kept unread (see the README)
    "probe_o.jsonl": (
        80,
        {
            EntityType.PERSON: (0.68, 0.92),
            EntityType.DATE_OF_BIRTH: (0.99, 0.95),
            EntityType.PHONE: (0.99, 0.90),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_k.jsonl": (
        80,
        {
            EntityType.PERSON: (0.94, 0.85),
            EntityType.DATE_OF_BIRTH: (0.99, 0.95),
            EntityType.PHONE: (0.99, 0.90),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_i.jsonl": (
        80,
        {
            EntityType.PERSON: (0.93, 0.80),
            EntityType.DATE_OF_BIRTH: (0.99, 0.86),
            # (the municipal-number rule found one more labelled number and one unlabelled)
            EntityType.PHONE: (0.93, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_f.jsonl": (
        100,
        {
            EntityType.PERSON: (0.92, 0.85),
            EntityType.DATE_OF_BIRTH: (0.99, 0.83),
            EntityType.PHONE: (0.99, 0.92),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # ninth round (see the README): what people paste into the assistant, read
    "probe_p.jsonl": (
        80,
        {
            EntityType.PERSON: (0.97, 0.96),
            EntityType.DATE_OF_BIRTH: (0.99, 0.93),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # the same brief, kept unread (its writer draws birth-date spans differently)
    "probe_q.jsonl": (
        80,
        {
            EntityType.PERSON: (0.93, 0.92),
            EntityType.DATE_OF_BIRTH: (0.50, 0.50),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # the same brief, kept unread
    "probe_r.jsonl": (
        80,
        {
            EntityType.PERSON: (0.92, 0.92),
            EntityType.DATE_OF_BIRTH: (0.99, 0.94),
            EntityType.PHONE: (0.99, 0.95),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # council, board and Woo work, read
    "probe_s.jsonl": (
        80,
        {
            EntityType.PERSON: (0.93, 0.95),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.90),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # the same brief, kept unread
    "probe_t.jsonl": (
        80,
        {
            EntityType.PERSON: (0.93, 0.92),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # HR, facilities, IT and the service desk, read
    "probe_u.jsonl": (
        80,
        {
            EntityType.PERSON: (0.96, 0.93),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.90),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # the same brief, kept unread
    "probe_v.jsonl": (
        80,
        {
            EntityType.PERSON: (0.93, 0.91),
            EntityType.DATE_OF_BIRTH: (0.92, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # civil affairs and the public counter, read
    "probe_w.jsonl": (
        80,
        {
            EntityType.PERSON: (0.97, 0.95),
            EntityType.DATE_OF_BIRTH: (0.99, 0.93),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # the same brief, kept unread
    "probe_x.jsonl": (
        80,
        {
            EntityType.PERSON: (0.94, 0.92),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.93),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # the same brief, kept unread
    "probe_y.jsonl": (
        80,
        {
            EntityType.PERSON: (0.92, 0.95),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.93, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # newcomers, status holders, expats and labour migrants, read
    "probe_z.jsonl": (
        80,
        {
            EntityType.PERSON: (0.95, 0.91),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # the same brief, kept unread
    "probe_za.jsonl": (
        80,
        {
            EntityType.PERSON: (0.93, 0.86),
            EntityType.DATE_OF_BIRTH: (0.99, 0.93),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # the same brief, kept unread
    "probe_zb.jsonl": (
        80,
        {
            EntityType.PERSON: (0.94, 0.92),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # newcomers again, read
    "probe_zc.jsonl": (
        80,
        {
            EntityType.PERSON: (0.96, 0.91),
            EntityType.DATE_OF_BIRTH: (0.99, 0.94),
            EntityType.PHONE: (0.99, 0.92),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # the same brief, kept unread
    "probe_zd.jsonl": (
        80,
        {
            EntityType.PERSON: (0.94, 0.89),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # one ordinary week, every department, kept unread
    "probe_ua.jsonl": (
        80,
        {
            EntityType.PERSON: (0.87, 0.90),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.93),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # the same brief, read
    "probe_ub.jsonl": (
        80,
        {
            EntityType.PERSON: (0.96, 0.95),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.94),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # the same brief, kept unread
    "probe_uc.jsonl": (
        80,
        {
            EntityType.PERSON: (0.92, 0.93),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.91),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # tenth round: things named after people (AA, AB read; AC only scored)
    "probe_aa.jsonl": (
        80,
        {
            EntityType.PERSON: (0.93, 0.94),
            EntityType.DATE_OF_BIRTH: (0.99, 0.94),
            EntityType.PHONE: (0.99, 0.9),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # the same brief, read
    "probe_ab.jsonl": (
        80,
        {
            EntityType.PERSON: (0.91, 0.93),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.95),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # the same brief, only scored
    "probe_ac.jsonl": (
        80,
        {
            EntityType.PERSON: (0.82, 0.92),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # the social domain, read
    "probe_ad.jsonl": (
        80,
        {
            EntityType.PERSON: (0.96, 0.95),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.95),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # the same brief, only scored
    "probe_ae.jsonl": (
        80,
        {
            EntityType.PERSON: (0.96, 0.93),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # enforcement and incidents, read
    "probe_af.jsonl": (
        80,
        {
            EntityType.PERSON: (0.96, 0.95),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.95),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # the same brief, only scored
    "probe_ag.jsonl": (
        80,
        {
            EntityType.PERSON: (0.9, 0.89),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # things named after people, written after AA–AC, only scored
    "probe_ah.jsonl": (
        80,
        {
            EntityType.PERSON: (0.89, 0.94),
            EntityType.DATE_OF_BIRTH: (0.99, 0.9),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # English and mixed prompts, read
    "probe_ai.jsonl": (
        80,
        {
            EntityType.PERSON: (0.96, 0.93),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.94),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # the same brief, only scored
    "probe_aj.jsonl": (
        80,
        {
            EntityType.PERSON: (0.93, 0.94),
            EntityType.DATE_OF_BIRTH: (0.95, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # money and contracts, read
    "probe_ak.jsonl": (
        80,
        {
            EntityType.PERSON: (0.93, 0.93),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.94),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # the same brief, only scored
    "probe_al.jsonl": (
        80,
        {
            EntityType.PERSON: (0.86, 0.86),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # names the lists do not hold, from more than forty communities, read
    "probe_am.jsonl": (
        80,
        {
            EntityType.PERSON: (0.96, 0.89),
            EntityType.DATE_OF_BIRTH: (0.99, 0.92),
            EntityType.PHONE: (0.99, 0.96),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # the same brief, only scored
    "probe_an.jsonl": (
        80,
        {
            EntityType.PERSON: (0.89, 0.81),
            # (its writer labels no year alone after "born"; the scanner reports one since the
            # twenty-eighth round, as the dev probes AM, BT and CR label it)
            EntityType.DATE_OF_BIRTH: (0.98, 0.96),
            EntityType.PHONE: (0.99, 0.93),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_ao.jsonl": (
        80,
        {
            EntityType.PERSON: (0.91, 0.86),
            EntityType.DATE_OF_BIRTH: (0.99, 0.96),
            EntityType.PHONE: (0.99, 0.94),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # the same brief once more, read
    "probe_ap.jsonl": (
        80,
        {
            EntityType.PERSON: (0.95, 0.87),
            EntityType.DATE_OF_BIRTH: (0.99, 0.95),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # written after the round's first rules were in, only scored
    "probe_aq.jsonl": (
        80,
        {
            EntityType.PERSON: (0.94, 0.85),
            EntityType.DATE_OF_BIRTH: (0.99, 0.95),
            EntityType.PHONE: (0.99, 0.95),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # twelfth round: transcripts and dictation, only scored so far (AR is meant to be read
    # in the next round, AS to stay unread)
    "probe_ar.jsonl": (
        70,
        {
            EntityType.PERSON: (0.96, 0.90),
            EntityType.DATE_OF_BIRTH: (0.99, 0.95),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_as.jsonl": (
        70,
        {
            EntityType.PERSON: (0.94, 0.85),
            EntityType.DATE_OF_BIRTH: (0.99, 0.80),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # twelfth round: pasted system output (JSON, XML, SQL, logs, exports), only scored
    "probe_au.jsonl": (
        70,
        {
            EntityType.PERSON: (0.93, 0.88),
            EntityType.DATE_OF_BIRTH: (0.99, 0.90),
            EntityType.PHONE: (0.99, 0.89),
            EntityType.BSN: (0.99, 0.83),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # thirteenth round: pasted system output, the development probe of that brief
    "probe_at.jsonl": (
        70,
        {
            EntityType.PERSON: (0.96, 0.95),
            EntityType.DATE_OF_BIRTH: (0.99, 0.97),
            EntityType.PHONE: (0.99, 0.90),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.98, 0.99),
        },
    ),
    # fourteenth round: text copied from PDFs and scans, the development probe of that brief
    "probe_av.jsonl": (
        70,
        {
            EntityType.PERSON: (0.90, 0.91),
            EntityType.DATE_OF_BIRTH: (0.97, 0.97),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # fourteenth round: text copied from PDFs and scans, by a second writer, only scored
    "probe_ax.jsonl": (
        70,
        {
            EntityType.PERSON: (0.91, 0.89),
            EntityType.DATE_OF_BIRTH: (0.95, 0.91),
            EntityType.PHONE: (0.99, 0.90),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # fourteenth round: citizens writing to the municipality, only scored
    "probe_aw.jsonl": (
        70,
        {
            EntityType.PERSON: (0.95, 0.88),
            EntityType.DATE_OF_BIRTH: (0.99, 0.83),
            EntityType.PHONE: (0.99, 0.94),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # fifteenth round: citizens writing in, by a second writer, the development probe of the
    # brief (AW stays unread)
    "probe_ay.jsonl": (
        70,
        {
            EntityType.PERSON: (0.94, 0.92),
            EntityType.DATE_OF_BIRTH: (0.99, 0.90),
            EntityType.PHONE: (0.99, 0.97),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # fifteenth round: recruitment and personnel files, the development probe of the brief
    "probe_az.jsonl": (
        70,
        {
            EntityType.PERSON: (0.94, 0.97),
            EntityType.DATE_OF_BIRTH: (0.99, 0.96),
            EntityType.PHONE: (0.99, 0.95),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # fifteenth round: recruitment and personnel files, by a second writer, only scored
    "probe_ba.jsonl": (
        70,
        {
            EntityType.PERSON: (0.92, 0.91),
            EntityType.DATE_OF_BIRTH: (0.91, 0.94),
            EntityType.PHONE: (0.99, 0.96),
            EntityType.BSN: (0.99, 0.55),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # fifteenth round: written after the round's first rules, only scored: citizens writing
    # in and recruitment files by third writers, Woo documents by a second writer
    "probe_bb.jsonl": (
        70,
        {
            EntityType.PERSON: (0.91, 0.89),
            EntityType.DATE_OF_BIRTH: (0.99, 0.86),
            EntityType.PHONE: (0.99, 0.93),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_bc.jsonl": (
        70,
        {
            EntityType.PERSON: (0.92, 0.93),
            EntityType.DATE_OF_BIRTH: (0.96, 0.99),
            EntityType.PHONE: (0.99, 0.96),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_be.jsonl": (
        70,
        {
            EntityType.PERSON: (0.89, 0.88),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # fifteenth round: documents prepared for a Woo decision, the development probe of the
    # brief (BE stays unread)
    "probe_bd.jsonl": (
        70,
        {
            EntityType.PERSON: (0.97, 0.96),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # sixteenth round: civil registry, burials and naturalisation, the development probe of the
    # brief
    "probe_bf.jsonl": (
        60,
        {
            EntityType.PERSON: (0.94, 0.96),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # sixteenth round: the same brief by a second writer, kept unread
    "probe_bg.jsonl": (
        60,
        {
            EntityType.PERSON: (0.93, 0.93),
            EntityType.DATE_OF_BIRTH: (0.96, 0.96),
            EntityType.PHONE: (0.99, 0.96),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # sixteenth round: Fryslân and the Caribbean Netherlands (Frisian, Papiamentu), the
    # development probe of the brief
    "probe_bh.jsonl": (
        60,
        {
            EntityType.PERSON: (0.90, 0.95),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.94),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # sixteenth round: the same brief by a second writer, kept unread
    "probe_bi.jsonl": (
        60,
        {
            EntityType.PERSON: (0.87, 0.94),
            EntityType.DATE_OF_BIRTH: (0.99, 0.92),
            EntityType.PHONE: (0.99, 0.92),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # sixteenth round: safety, nuisance and case meetings, the development probe of the brief
    "probe_bj.jsonl": (
        60,
        {
            EntityType.PERSON: (0.97, 0.96),
            EntityType.DATE_OF_BIRTH: (0.99, 0.97),
            EntityType.PHONE: (0.99, 0.95),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # sixteenth round: the same brief by a second writer, kept unread
    "probe_bk.jsonl": (
        60,
        {
            EntityType.PERSON: (0.96, 0.91),
            EntityType.DATE_OF_BIRTH: (0.99, 0.97),
            EntityType.PHONE: (0.99, 0.95),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # twenty-fifth round: permits, objections and spatial planning, kept unread
    "probe_bl.jsonl": (
        60,
        {
            EntityType.PERSON: (0.93, 0.93),
            EntityType.DATE_OF_BIRTH: (0.99, 0.95),
            EntityType.PHONE: (0.99, 0.95),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # twenty-fifth round: the same brief by a second writer, kept unread
    "probe_bm.jsonl": (
        60,
        {
            EntityType.PERSON: (0.92, 0.90),
            EntityType.DATE_OF_BIRTH: (0.99, 0.95),
            EntityType.PHONE: (0.99, 0.95),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # twenty-sixth round: elections and the council, the development probe of the brief
    "probe_bn.jsonl": (
        60,
        {
            EntityType.PERSON: (0.92, 0.86),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.95),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # twenty-sixth round: the same brief by a second writer, kept unread
    "probe_bo.jsonl": (
        60,
        {
            EntityType.PERSON: (0.96, 0.94),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.95),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # twenty-sixth round: public health, youth and education, the development probe
    "probe_bp.jsonl": (
        60,
        {
            EntityType.PERSON: (0.94, 0.95),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.96),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # twenty-sixth round: the same brief by a second writer, kept unread
    "probe_bq.jsonl": (
        60,
        {
            EntityType.PERSON: (0.96, 0.94),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # twenty-sixth round: taxes, parking and fines, the development probe of the brief
    "probe_br.jsonl": (
        60,
        {
            EntityType.PERSON: (0.95, 0.96),
            EntityType.DATE_OF_BIRTH: (0.91, 0.99),
            EntityType.PHONE: (0.99, 0.91),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # twenty-sixth round: the same brief by a second writer, kept unread
    "probe_bs.jsonl": (
        60,
        {
            EntityType.PERSON: (0.92, 0.92),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # twenty-sixth round: archives, burials and history, the development probe
    "probe_bt.jsonl": (
        60,
        {
            EntityType.PERSON: (0.92, 0.91),
            EntityType.DATE_OF_BIRTH: (0.99, 0.85),
            EntityType.PHONE: (0.99, 0.95),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # twenty-sixth round: the same brief by a second writer, kept unread
    "probe_bu.jsonl": (
        60,
        {
            EntityType.PERSON: (0.91, 0.95),
            EntityType.DATE_OF_BIRTH: (0.99, 0.91),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # twenty-sixth round: housing, the development probe of the brief
    "probe_bv.jsonl": (
        60,
        {
            EntityType.PERSON: (0.95, 0.95),
            EntityType.DATE_OF_BIRTH: (0.90, 0.99),
            EntityType.PHONE: (0.99, 0.94),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # twenty-sixth round: the same brief by a second writer, kept unread
    "probe_bw.jsonl": (
        60,
        {
            EntityType.PERSON: (0.94, 0.94),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # twenty-sixth round: subsidies, sport, culture and events, the development probe
    "probe_bx.jsonl": (
        60,
        {
            EntityType.PERSON: (0.95, 0.95),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # twenty-sixth round: the same brief by a second writer, kept unread
    "probe_by.jsonl": (
        60,
        {
            EntityType.PERSON: (0.90, 0.91),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # twenty-seventh round: the civil registry (births, marriages, deaths, names, BRP), the
    # development probe of the brief
    "probe_bz.jsonl": (
        60,
        {
            EntityType.PERSON: (0.95, 0.95),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # twenty-seventh round: the same brief by a second writer, kept unread
    "probe_ca.jsonl": (
        60,
        {
            EntityType.PERSON: (0.97, 0.96),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.96),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # twenty-seventh round: the living environment (permits, enforcement, water board, nature),
    # the development probe of the brief
    "probe_cb.jsonl": (
        60,
        {
            EntityType.PERSON: (0.94, 0.93),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.95),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # twenty-seventh round: the same brief by a second writer, kept unread
    "probe_cc.jsonl": (
        60,
        {
            EntityType.PERSON: (0.92, 0.94),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.93),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # twenty-seventh round: public safety and enforcement, the development probe of the brief
    "probe_cd.jsonl": (
        60,
        {
            EntityType.PERSON: (0.95, 0.97),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # twenty-seventh round: the same brief by a second writer, kept unread
    "probe_ce.jsonl": (
        60,
        {
            EntityType.PERSON: (0.95, 0.95),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # twenty-seventh round: justice, youth protection and debt collection, the development
    # probe of the brief
    "probe_cf.jsonl": (
        60,
        {
            EntityType.PERSON: (0.95, 0.95),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # twenty-seventh round: the same brief by a second writer, kept unread
    "probe_cg.jsonl": (
        60,
        {
            EntityType.PERSON: (0.92, 0.94),
            # (a year alone after "geboren" is unlabelled here; see probe_an.jsonl)
            EntityType.DATE_OF_BIRTH: (0.96, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # twenty-seventh round: work and income, the development probe of the brief
    "probe_ch.jsonl": (
        60,
        {
            EntityType.PERSON: (0.96, 0.97),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # twenty-seventh round: the same brief by a second writer, kept unread
    "probe_ci.jsonl": (
        60,
        {
            EntityType.PERSON: (0.97, 0.98),
            EntityType.DATE_OF_BIRTH: (0.95, 0.95),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # twenty-eighth round: mobility and public space, the development probe of the brief
    "probe_cj.jsonl": (
        60,
        {
            EntityType.PERSON: (0.95, 0.97),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # twenty-eighth round: the same brief by a second writer, kept unread
    "probe_ck.jsonl": (
        60,
        {
            EntityType.PERSON: (0.95, 0.96),
            EntityType.DATE_OF_BIRTH: (0.82, 0.99),
            EntityType.PHONE: (0.99, 0.97),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # twenty-eighth round: information security, the development probe of the brief
    "probe_cl.jsonl": (
        60,
        {
            EntityType.PERSON: (0.97, 0.97),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # twenty-eighth round: the same brief by a second writer, kept unread
    "probe_cm.jsonl": (
        60,
        {
            EntityType.PERSON: (0.9, 0.9),
            EntityType.DATE_OF_BIRTH: (0.99, 0.83),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # twenty-eighth round: crisis and emergency, the development probe of the brief
    "probe_cn.jsonl": (
        60,
        {
            EntityType.PERSON: (0.97, 0.97),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # twenty-eighth round: the same brief by a second writer, kept unread
    "probe_co.jsonl": (
        60,
        {
            EntityType.PERSON: (0.93, 0.92),
            EntityType.DATE_OF_BIRTH: (0.99, 0.95),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # twenty-eighth round: press, webcare and social media, the development probe of the brief
    "probe_cp.jsonl": (
        60,
        {
            EntityType.PERSON: (0.95, 0.96),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # twenty-eighth round: the same brief by a second writer, kept unread
    "probe_cq.jsonl": (
        60,
        {
            EntityType.PERSON: (0.95, 0.97),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # twenty-eighth round: care for older residents at home, the development probe of the brief
    "probe_cr.jsonl": (
        60,
        {
            EntityType.PERSON: (0.97, 0.97),
            EntityType.DATE_OF_BIRTH: (0.99, 0.92),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # twenty-eighth round: the same brief by a second writer, kept unread
    "probe_cs.jsonl": (
        60,
        {
            EntityType.PERSON: (0.93, 0.94),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.96, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # twenty-eighth round: integrity and internal investigations, the development probe of the brief
    "probe_ct.jsonl": (
        60,
        {
            EntityType.PERSON: (0.96, 0.96),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # twenty-eighth round: the same brief by a second writer, kept unread
    "probe_cu.jsonl": (
        60,
        {
            EntityType.PERSON: (0.94, 0.94),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # twenty-eighth round: animals and the municipality, the development probe of the brief
    "probe_cv.jsonl": (
        60,
        {
            EntityType.PERSON: (0.96, 0.96),
            EntityType.DATE_OF_BIRTH: (0.92, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # twenty-eighth round: the same brief by a second writer, kept unread
    "probe_cw.jsonl": (
        60,
        {
            EntityType.PERSON: (0.95, 0.97),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # twenty-ninth round: procurement and contract management, the development probe of the brief
    "probe_cx.jsonl": (
        60,
        {
            EntityType.PERSON: (0.95, 0.97),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # twenty-ninth round: the same brief by a second writer, kept unread
    "probe_cy.jsonl": (
        60,
        {
            EntityType.PERSON: (0.95, 0.98),
            EntityType.DATE_OF_BIRTH: (0.90, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # twenty-ninth round: cemeteries and funerals, the development probe of the brief
    "probe_cz.jsonl": (
        60,
        {
            EntityType.PERSON: (0.96, 0.96),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # twenty-ninth round: the same brief by a second writer, kept unread
    "probe_da.jsonl": (
        60,
        {
            EntityType.PERSON: (0.94, 0.97),
            EntityType.DATE_OF_BIRTH: (0.90, 0.93),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # twenty-ninth round: recruitment, onboarding and sick leave, the development probe of the brief
    "probe_db.jsonl": (
        60,
        {
            EntityType.PERSON: (0.97, 0.95),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # twenty-ninth round: the same brief by a second writer, kept unread
    "probe_dc.jsonl": (
        60,
        {
            EntityType.PERSON: (0.97, 0.97),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # twenty-ninth round: complaints and the ombudsman, the development probe of the brief
    "probe_dd.jsonl": (
        60,
        {
            EntityType.PERSON: (0.98, 0.98),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # twenty-ninth round: the same brief by a second writer, kept unread
    "probe_de.jsonl": (
        60,
        {
            EntityType.PERSON: (0.96, 0.95),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # twenty-ninth round: land and property, the development probe of the brief
    "probe_df.jsonl": (
        60,
        {
            EntityType.PERSON: (0.94, 0.94),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # twenty-ninth round: the same brief by a second writer, kept unread
    "probe_dg.jsonl": (
        60,
        {
            EntityType.PERSON: (0.96, 0.95),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.96, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # twenty-ninth round: childcare supervision, the development probe of the brief
    "probe_dh.jsonl": (
        60,
        {
            EntityType.PERSON: (0.97, 0.98),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # twenty-ninth round: the same brief by a second writer, kept unread
    "probe_di.jsonl": (
        60,
        {
            EntityType.PERSON: (0.97, 0.96),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # twenty-ninth round: markets and street trading, the development probe of the brief
    "probe_dj.jsonl": (
        60,
        {
            EntityType.PERSON: (0.96, 0.93),
            EntityType.DATE_OF_BIRTH: (0.95, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # twenty-ninth round: the same brief by a second writer, kept unread
    "probe_dk.jsonl": (
        60,
        {
            EntityType.PERSON: (0.96, 0.96),
            EntityType.DATE_OF_BIRTH: (0.89, 0.99),
            EntityType.PHONE: (0.99, 0.96),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.82, 0.99),
        },
    ),
    # twenty-ninth round: building security and visitors, the development probe of the brief
    "probe_dl.jsonl": (
        60,
        {
            EntityType.PERSON: (0.96, 0.97),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # twenty-ninth round: the same brief by a second writer, kept unread
    "probe_dm.jsonl": (
        60,
        {
            EntityType.PERSON: (0.97, 0.97),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # twenty-ninth round: citizen participation, the development probe of the brief
    "probe_dn.jsonl": (
        60,
        {
            EntityType.PERSON: (0.97, 0.96),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.97),
            EntityType.BSN: (0.99, 0.91),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # twenty-ninth round: the same brief by a second writer, kept unread
    "probe_do.jsonl": (
        60,
        {
            EntityType.PERSON: (0.94, 0.93),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.97),
            EntityType.BSN: (0.99, 0.90),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # thirtieth round: water boards, the development probe of the brief
    "probe_dp.jsonl": (
        60,
        {
            EntityType.PERSON: (0.94, 0.95),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # thirtieth round: the same brief by a second writer, kept unread
    "probe_dq.jsonl": (
        60,
        {
            EntityType.PERSON: (0.95, 0.96),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # thirtieth round: provincial nature and the countryside, the development probe of the brief
    "probe_dr.jsonl": (
        60,
        {
            EntityType.PERSON: (0.97, 0.97),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # thirtieth round: the same brief by a second writer, kept unread
    "probe_ds.jsonl": (
        60,
        {
            EntityType.PERSON: (0.94, 0.96),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # thirtieth round: the energy transition, the development probe of the brief
    "probe_dt.jsonl": (
        60,
        {
            EntityType.PERSON: (0.98, 0.98),
            EntityType.DATE_OF_BIRTH: (0.99, 0.95),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # thirtieth round: the same brief by a second writer, kept unread
    "probe_du.jsonl": (
        60,
        {
            EntityType.PERSON: (0.95, 0.94),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # thirtieth round: tourism and nightlife, the development probe of the brief
    "probe_dv.jsonl": (
        60,
        {
            EntityType.PERSON: (0.97, 0.96),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # thirtieth round: the same brief by a second writer, kept unread
    "probe_dw.jsonl": (
        60,
        {
            EntityType.PERSON: (0.93, 0.97),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.96),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # thirtieth round: research and surveys, the development probe of the brief
    "probe_dx.jsonl": (
        60,
        {
            EntityType.PERSON: (0.96, 0.94),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # thirtieth round: the same brief by a second writer, kept unread
    "probe_dy.jsonl": (
        60,
        {
            EntityType.PERSON: (0.95, 0.94),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # thirtieth round: public transport and taxis, the development probe of the brief
    "probe_dz.jsonl": (
        60,
        {
            EntityType.PERSON: (0.96, 0.96),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # thirtieth round: the same brief by a second writer, kept unread
    "probe_ea.jsonl": (
        60,
        {
            EntityType.PERSON: (0.94, 0.97),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # thirtieth round: ports and houseboats, the development probe of the brief
    "probe_eb.jsonl": (
        60,
        {
            EntityType.PERSON: (0.93, 0.97),
            EntityType.DATE_OF_BIRTH: (0.89, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # thirtieth round: the same brief by a second writer, kept unread
    "probe_ec.jsonl": (
        60,
        {
            EntityType.PERSON: (0.94, 0.96),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.80, 0.99),
        },
    ),
    # thirtieth round: municipal finance, the development probe of the brief
    "probe_ed.jsonl": (
        60,
        {
            EntityType.PERSON: (0.94, 0.96),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # thirtieth round: the same brief by a second writer, kept unread
    "probe_ee.jsonl": (
        60,
        {
            EntityType.PERSON: (0.97, 0.97),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # thirtieth round: mental health crises, the development probe of the brief
    "probe_ef.jsonl": (
        60,
        {
            EntityType.PERSON: (0.96, 0.96),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # thirtieth round: the same brief by a second writer, kept unread
    "probe_eg.jsonl": (
        60,
        {
            EntityType.PERSON: (0.93, 0.94),
            EntityType.DATE_OF_BIRTH: (0.99, 0.96),
            EntityType.PHONE: (0.99, 0.96),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # thirtieth round: higher and vocational education, the development probe of the brief
    "probe_eh.jsonl": (
        60,
        {
            EntityType.PERSON: (0.96, 0.96),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # thirtieth round: the same brief by a second writer, kept unread
    "probe_ei.jsonl": (
        60,
        {
            EntityType.PERSON: (0.96, 0.96),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # thirtieth round: notaries, inheritance and guardianship, the development probe of the brief
    "probe_ej.jsonl": (
        60,
        {
            EntityType.PERSON: (0.96, 0.96),
            EntityType.DATE_OF_BIRTH: (0.90, 0.97),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # thirtieth round: the same brief by a second writer, kept unread
    "probe_ek.jsonl": (
        60,
        {
            EntityType.PERSON: (0.97, 0.95),
            EntityType.DATE_OF_BIRTH: (0.86, 0.86),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # thirtieth round: food safety inspections, the development probe of the brief
    "probe_el.jsonl": (
        60,
        {
            EntityType.PERSON: (0.96, 0.95),
            EntityType.DATE_OF_BIRTH: (0.99, 0.96),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # thirtieth round: the same brief by a second writer, kept unread
    "probe_em.jsonl": (
        60,
        {
            EntityType.PERSON: (0.94, 0.96),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),  # thirty-first round: elections and polling stations, read
    "probe_en.jsonl": (
        60,
        {
            EntityType.PERSON: (0.95, 0.94),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # thirty-first round: the same brief by a second writer, kept unread
    "probe_eo.jsonl": (
        60,
        {
            EntityType.PERSON: (0.94, 0.94),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.96),
        },
    ),
    # thirty-first round: sports clubs and swimming pools, read
    "probe_ep.jsonl": (
        60,
        {
            EntityType.PERSON: (0.97, 0.96),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # thirty-first round: the same brief by a second writer, kept unread
    "probe_eq.jsonl": (
        60,
        {
            EntityType.PERSON: (0.95, 0.96),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # thirty-first round: integration and newcomers, read
    "probe_er.jsonl": (
        60,
        {
            EntityType.PERSON: (0.97, 0.93),
            EntityType.DATE_OF_BIRTH: (0.99, 0.96),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # thirty-first round: the same brief by a second writer, kept unread
    "probe_es.jsonl": (
        60,
        {
            EntityType.PERSON: (0.96, 0.92),
            EntityType.DATE_OF_BIRTH: (0.86, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # thirty-first round: schools and compulsory education, read
    "probe_et.jsonl": (
        60,
        {
            EntityType.PERSON: (0.96, 0.97),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # thirty-first round: the same brief by a second writer, kept unread
    "probe_eu.jsonl": (
        60,
        {
            EntityType.PERSON: (0.98, 0.96),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # thirty-first round: medical referrals and letters, read
    "probe_ev.jsonl": (
        60,
        {
            EntityType.PERSON: (0.97, 0.96),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # thirty-first round: the same brief by a second writer, kept unread
    "probe_ew.jsonl": (
        60,
        {
            EntityType.PERSON: (0.96, 0.97),
            EntityType.DATE_OF_BIRTH: (0.83, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # thirty-first round: police, prosecution and mediation, read
    "probe_ex.jsonl": (
        60,
        {
            EntityType.PERSON: (0.96, 0.91),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # thirty-first round: the same brief by a second writer, kept unread
    "probe_ey.jsonl": (
        60,
        {
            EntityType.PERSON: (0.97, 0.94),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.96),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # thirty-first round: international residents, read
    "probe_ez.jsonl": (
        60,
        {
            EntityType.PERSON: (0.98, 0.97),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # thirty-first round: the same brief by a second writer, kept unread
    "probe_fa.jsonl": (
        60,
        {
            EntityType.PERSON: (0.95, 0.95),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # thirty-first round: volunteers, informal carers and the food bank, read
    "probe_fb.jsonl": (
        60,
        {
            EntityType.PERSON: (0.97, 0.96),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # thirty-first round: the same brief by a second writer, kept unread
    "probe_fc.jsonl": (
        60,
        {
            EntityType.PERSON: (0.96, 0.96),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # thirty-first round: construction projects and nuisance, read
    "probe_fd.jsonl": (
        60,
        {
            EntityType.PERSON: (0.96, 0.97),
            EntityType.DATE_OF_BIRTH: (0.99, 0.88),
            EntityType.PHONE: (0.99, 0.95),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # thirty-first round: the same brief by a second writer, kept unread
    "probe_fe.jsonl": (
        60,
        {
            EntityType.PERSON: (0.94, 0.94),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # thirty-first round: faith communities and community centres, read
    "probe_ff.jsonl": (
        60,
        {
            EntityType.PERSON: (0.94, 0.92),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # thirty-first round: the same brief by a second writer, kept unread
    "probe_fg.jsonl": (
        60,
        {
            EntityType.PERSON: (0.93, 0.92),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # thirty-first round: youth and family, read
    "probe_fh.jsonl": (
        60,
        {
            EntityType.PERSON: (0.97, 0.96),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # thirty-first round: the same brief by a second writer, kept unread
    "probe_fi.jsonl": (
        60,
        {
            EntityType.PERSON: (0.96, 0.95),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # thirty-first round: care homes, read
    "probe_fj.jsonl": (
        60,
        {
            EntityType.PERSON: (0.98, 0.98),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    # thirty-first round: the same brief by a second writer, kept unread
    "probe_fk.jsonl": (
        60,
        {
            EntityType.PERSON: (0.94, 0.96),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_fl.jsonl": (
        60,
        {
            EntityType.PERSON: (0.94, 0.95),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_fm.jsonl": (
        60,
        {
            EntityType.PERSON: (0.94, 0.95),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_fn.jsonl": (
        60,
        {
            EntityType.PERSON: (0.97, 0.97),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_fo.jsonl": (
        60,
        {
            EntityType.PERSON: (0.96, 0.95),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_fp.jsonl": (
        60,
        {
            EntityType.PERSON: (0.96, 0.94),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_fq.jsonl": (
        60,
        {
            EntityType.PERSON: (0.98, 0.98),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_fr.jsonl": (
        60,
        {
            EntityType.PERSON: (0.99, 0.98),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_fs.jsonl": (
        60,
        {
            EntityType.PERSON: (0.97, 0.97),
            EntityType.DATE_OF_BIRTH: (0.99, 0.95),
            EntityType.PHONE: (0.99, 0.96),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_ft.jsonl": (
        60,
        {
            EntityType.PERSON: (0.96, 0.93),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_fu.jsonl": (
        60,
        {
            EntityType.PERSON: (0.96, 0.96),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.93),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_fv.jsonl": (
        60,
        {
            EntityType.PERSON: (0.97, 0.96),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_fw.jsonl": (
        60,
        {
            EntityType.PERSON: (0.93, 0.95),
            EntityType.DATE_OF_BIRTH: (0.95, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_fx.jsonl": (
        60,
        {
            EntityType.PERSON: (0.98, 0.98),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_fy.jsonl": (
        60,
        {
            EntityType.PERSON: (0.96, 0.96),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_fz.jsonl": (
        60,
        {
            EntityType.PERSON: (0.98, 0.98),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_ga.jsonl": (
        60,
        {
            EntityType.PERSON: (0.95, 0.95),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_gb.jsonl": (
        60,
        {
            EntityType.PERSON: (0.96, 0.95),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_gc.jsonl": (
        60,
        {
            EntityType.PERSON: (0.96, 0.95),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_gd.jsonl": (
        60,
        {
            EntityType.PERSON: (0.98, 0.97),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_ge.jsonl": (
        60,
        {
            EntityType.PERSON: (0.97, 0.98),
            EntityType.DATE_OF_BIRTH: (0.99, 0.95),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_gf.jsonl": (
        60,
        {
            EntityType.PERSON: (0.96, 0.91),
            EntityType.DATE_OF_BIRTH: (0.96, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_gg.jsonl": (
        60,
        {
            EntityType.PERSON: (0.92, 0.91),
            EntityType.DATE_OF_BIRTH: (0.96, 0.91),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_gh.jsonl": (
        60,
        {
            EntityType.PERSON: (0.98, 0.94),
            EntityType.DATE_OF_BIRTH: (0.99, 0.96),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_gi.jsonl": (
        60,
        {
            EntityType.PERSON: (0.97, 0.93),
            EntityType.DATE_OF_BIRTH: (0.96, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_gj.jsonl": (
        60,
        {
            EntityType.PERSON: (0.97, 0.95),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_gk.jsonl": (
        60,
        {
            EntityType.PERSON: (0.97, 0.96),
            EntityType.DATE_OF_BIRTH: (0.99, 0.95),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_gl.jsonl": (
        60,
        {
            EntityType.PERSON: (0.97, 0.92),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_gm.jsonl": (
        60,
        {
            EntityType.PERSON: (0.97, 0.94),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_gn.jsonl": (
        60,
        {
            EntityType.PERSON: (0.97, 0.94),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_go.jsonl": (
        60,
        {
            EntityType.PERSON: (0.98, 0.97),
            EntityType.DATE_OF_BIRTH: (0.90, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_gp.jsonl": (
        60,
        {
            EntityType.PERSON: (0.97, 0.95),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.97),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_gq.jsonl": (
        60,
        {
            EntityType.PERSON: (0.94, 0.92),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_gr.jsonl": (
        60,
        {
            EntityType.PERSON: (0.98, 0.93),
            EntityType.DATE_OF_BIRTH: (0.99, 0.96),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_gs.jsonl": (
        60,
        {
            EntityType.PERSON: (0.97, 0.95),
            EntityType.DATE_OF_BIRTH: (0.99, 0.79),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_gt.jsonl": (
        60,
        {
            EntityType.PERSON: (0.96, 0.92),
            EntityType.DATE_OF_BIRTH: (0.94, 0.96),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_gu.jsonl": (
        60,
        {
            EntityType.PERSON: (0.93, 0.93),
            EntityType.DATE_OF_BIRTH: (0.95, 0.89),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_gv.jsonl": (
        60,
        {
            EntityType.PERSON: (0.94, 0.94),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_gw.jsonl": (
        60,
        {
            EntityType.PERSON: (0.94, 0.94),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_gx.jsonl": (
        60,
        {
            EntityType.PERSON: (0.97, 0.94),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_gy.jsonl": (
        60,
        {
            EntityType.PERSON: (0.96, 0.92),
            EntityType.DATE_OF_BIRTH: (0.99, 0.96),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_gz.jsonl": (
        60,
        {
            EntityType.PERSON: (0.95, 0.95),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_ha.jsonl": (
        60,
        {
            EntityType.PERSON: (0.96, 0.93),
            EntityType.DATE_OF_BIRTH: (0.85, 0.96),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_hb.jsonl": (
        60,
        {
            EntityType.PERSON: (0.94, 0.96),
            EntityType.DATE_OF_BIRTH: (0.99, 0.96),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_hc.jsonl": (
        60,
        {
            EntityType.PERSON: (0.94, 0.94),
            EntityType.DATE_OF_BIRTH: (0.91, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_hd.jsonl": (
        60,
        {
            EntityType.PERSON: (0.96, 0.92),
            EntityType.DATE_OF_BIRTH: (0.99, 0.95),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_he.jsonl": (
        60,
        {
            EntityType.PERSON: (0.95, 0.95),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_hf.jsonl": (
        60,
        {
            EntityType.PERSON: (0.96, 0.93),
            EntityType.DATE_OF_BIRTH: (0.96, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_hg.jsonl": (
        60,
        {
            EntityType.PERSON: (0.98, 0.95),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_hh.jsonl": (
        60,
        {
            EntityType.PERSON: (0.98, 0.92),
            EntityType.DATE_OF_BIRTH: (0.96, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_hi.jsonl": (
        60,
        {
            EntityType.PERSON: (0.96, 0.93),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_hj.jsonl": (
        60,
        {
            EntityType.PERSON: (0.97, 0.96),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_hk.jsonl": (
        60,
        {
            EntityType.PERSON: (0.98, 0.96),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_hl.jsonl": (
        60,
        {
            EntityType.PERSON: (0.97, 0.94),
            EntityType.DATE_OF_BIRTH: (0.99, 0.86),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_hm.jsonl": (
        60,
        {
            EntityType.PERSON: (0.96, 0.91),
            EntityType.DATE_OF_BIRTH: (0.99, 0.67),
            EntityType.PHONE: (0.99, 0.97),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_hn.jsonl": (
        60,
        {
            EntityType.PERSON: (0.98, 0.95),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_ho.jsonl": (
        60,
        {
            EntityType.PERSON: (0.98, 0.95),
            EntityType.DATE_OF_BIRTH: (0.77, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_hp.jsonl": (
        60,
        {
            EntityType.PERSON: (0.98, 0.93),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_hq.jsonl": (
        60,
        {
            EntityType.PERSON: (0.98, 0.97),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_hr.jsonl": (
        60,
        {
            EntityType.PERSON: (0.97, 0.96),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_hs.jsonl": (
        60,
        {
            EntityType.PERSON: (0.96, 0.94),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_ht.jsonl": (
        60,
        {
            EntityType.PERSON: (0.97, 0.95),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_hu.jsonl": (
        60,
        {
            EntityType.PERSON: (0.97, 0.94),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_hv.jsonl": (
        60,
        {
            EntityType.PERSON: (0.97, 0.95),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_hw.jsonl": (
        60,
        {
            EntityType.PERSON: (0.97, 0.96),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_hx.jsonl": (
        60,
        {
            EntityType.PERSON: (0.98, 0.96),
            EntityType.DATE_OF_BIRTH: (0.96, 0.96),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_hy.jsonl": (
        60,
        {
            EntityType.PERSON: (0.97, 0.92),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_hz.jsonl": (
        60,
        {
            EntityType.PERSON: (0.96, 0.96),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_ia.jsonl": (
        60,
        {
            EntityType.PERSON: (0.95, 0.93),
            # (0.96 until the fortieth round: a name then found in a CSV row has one more
            # date after it inferred as a birth date, of 30 one of no birth)
            EntityType.DATE_OF_BIRTH: (0.93, 0.96),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_ib.jsonl": (
        60,
        {
            EntityType.PERSON: (0.98, 0.96),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_ic.jsonl": (
        60,
        {
            EntityType.PERSON: (0.98, 0.97),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_id.jsonl": (
        60,
        {
            EntityType.PERSON: (0.96, 0.95),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_ie.jsonl": (
        60,
        {
            EntityType.PERSON: (0.97, 0.94),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_if.jsonl": (
        60,
        {
            EntityType.PERSON: (0.97, 0.96),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_ig.jsonl": (
        60,
        {
            EntityType.PERSON: (0.96, 0.96),
            EntityType.DATE_OF_BIRTH: (0.96, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_ih.jsonl": (
        60,
        {
            EntityType.PERSON: (0.97, 0.95),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_ii.jsonl": (
        60,
        {
            EntityType.PERSON: (0.96, 0.95),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_ij.jsonl": (
        60,
        {
            EntityType.PERSON: (0.95, 0.94),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_ik.jsonl": (
        60,
        {
            EntityType.PERSON: (0.94, 0.94),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_il.jsonl": (
        60,
        {
            EntityType.PERSON: (0.98, 0.94),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_im.jsonl": (
        60,
        {
            EntityType.PERSON: (0.97, 0.95),
            EntityType.DATE_OF_BIRTH: (0.99, 0.89),
            EntityType.PHONE: (0.99, 0.96),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_in.jsonl": (
        60,
        {
            EntityType.PERSON: (0.99, 0.97),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_io.jsonl": (
        60,
        {
            EntityType.PERSON: (0.96, 0.95),
            EntityType.DATE_OF_BIRTH: (0.99, 0.94),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_ip.jsonl": (
        60,
        {
            EntityType.PERSON: (0.98, 0.96),
            EntityType.DATE_OF_BIRTH: (0.99, 0.96),
            EntityType.PHONE: (0.99, 0.97),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_iq.jsonl": (
        60,
        {
            EntityType.PERSON: (0.96, 0.93),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_ir.jsonl": (
        60,
        {
            EntityType.PERSON: (0.98, 0.95),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_is.jsonl": (
        60,
        {
            EntityType.PERSON: (0.98, 0.95),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_it.jsonl": (
        60,
        {
            EntityType.PERSON: (0.98, 0.95),
            EntityType.DATE_OF_BIRTH: (0.96, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_iu.jsonl": (
        60,
        {
            EntityType.PERSON: (0.96, 0.96),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_iv.jsonl": (
        60,
        {
            EntityType.PERSON: (0.96, 0.95),
            EntityType.DATE_OF_BIRTH: (0.99, 0.95),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_iw.jsonl": (
        60,
        {
            EntityType.PERSON: (0.98, 0.95),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_ix.jsonl": (
        60,
        {
            EntityType.PERSON: (0.97, 0.95),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_iy.jsonl": (
        60,
        {
            EntityType.PERSON: (0.97, 0.97),
            EntityType.DATE_OF_BIRTH: (0.90, 0.99),
            EntityType.PHONE: (0.99, 0.97),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_iz.jsonl": (
        60,
        {
            EntityType.PERSON: (0.95, 0.95),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_ja.jsonl": (
        60,
        {
            EntityType.PERSON: (0.96, 0.90),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_jb.jsonl": (
        60,
        {
            EntityType.PERSON: (0.98, 0.96),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_jc.jsonl": (
        60,
        {
            EntityType.PERSON: (0.95, 0.95),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_jd.jsonl": (
        60,
        {
            EntityType.PERSON: (0.97, 0.93),
            EntityType.DATE_OF_BIRTH: (0.99, 0.96),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_je.jsonl": (
        60,
        {
            EntityType.PERSON: (0.97, 0.92),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_jf.jsonl": (
        60,
        {
            EntityType.PERSON: (0.95, 0.91),
            EntityType.DATE_OF_BIRTH: (0.99, 0.93),
            EntityType.PHONE: (0.97, 0.94),
            EntityType.BSN: (0.93, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_jg.jsonl": (
        60,
        {
            EntityType.PERSON: (0.94, 0.90),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.97),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_jh.jsonl": (
        60,
        {
            EntityType.PERSON: (0.87, 0.85),
            EntityType.DATE_OF_BIRTH: (0.99, 0.96),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_ji.jsonl": (
        60,
        {
            EntityType.PERSON: (0.96, 0.96),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_jj.jsonl": (
        60,
        {
            EntityType.PERSON: (0.95, 0.93),
            EntityType.DATE_OF_BIRTH: (0.99, 0.96),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_jk.jsonl": (
        60,
        {
            EntityType.PERSON: (0.95, 0.96),
            EntityType.DATE_OF_BIRTH: (0.90, 0.99),
            EntityType.PHONE: (0.99, 0.97),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_jl.jsonl": (
        60,
        {
            EntityType.PERSON: (0.98, 0.94),
            EntityType.DATE_OF_BIRTH: (0.99, 0.95),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_jm.jsonl": (
        60,
        {
            EntityType.PERSON: (0.97, 0.96),
            EntityType.DATE_OF_BIRTH: (0.99, 0.73),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_jn.jsonl": (
        60,
        {
            EntityType.PERSON: (0.91, 0.93),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.97),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_jo.jsonl": (
        60,
        {
            EntityType.PERSON: (0.96, 0.95),
            EntityType.DATE_OF_BIRTH: (0.90, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_jp.jsonl": (
        60,
        {
            EntityType.PERSON: (0.98, 0.96),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_jq.jsonl": (
        60,
        {
            EntityType.PERSON: (0.98, 0.96),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_jr.jsonl": (
        60,
        {
            EntityType.PERSON: (0.98, 0.95),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_js.jsonl": (
        60,
        {
            EntityType.PERSON: (0.97, 0.97),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_jt.jsonl": (
        60,
        {
            EntityType.PERSON: (0.95, 0.94),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_ju.jsonl": (
        60,
        {
            EntityType.PERSON: (0.97, 0.95),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.89, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_jv.jsonl": (
        60,
        {
            EntityType.PERSON: (0.96, 0.95),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_jw.jsonl": (
        60,
        {
            EntityType.PERSON: (0.95, 0.95),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_jx.jsonl": (
        60,
        {
            EntityType.PERSON: (0.94, 0.93),
            EntityType.DATE_OF_BIRTH: (0.99, 0.95),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_jy.jsonl": (
        60,
        {
            EntityType.PERSON: (0.95, 0.94),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_jz.jsonl": (
        60,
        {
            EntityType.PERSON: (0.96, 0.95),
            EntityType.DATE_OF_BIRTH: (0.94, 0.94),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_ka.jsonl": (
        60,
        {
            EntityType.PERSON: (0.98, 0.97),
            EntityType.DATE_OF_BIRTH: (0.99, 0.97),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.96, 0.99),
        },
    ),
    "probe_kb.jsonl": (
        60,
        {
            EntityType.PERSON: (0.94, 0.89),
            EntityType.DATE_OF_BIRTH: (0.99, 0.95),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_kc.jsonl": (
        60,
        {
            EntityType.PERSON: (0.96, 0.90),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.96),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_kd.jsonl": (
        60,
        {
            EntityType.PERSON: (0.95, 0.94),
            EntityType.DATE_OF_BIRTH: (0.99, 0.95),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.97, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_kf.jsonl": (
        60,
        {
            EntityType.PERSON: (0.96, 0.94),
            EntityType.DATE_OF_BIRTH: (0.93, 0.86),
            EntityType.PHONE: (0.99, 0.96),
            EntityType.BSN: (0.99, 0.94),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_kg.jsonl": (
        60,
        {
            EntityType.PERSON: (0.93, 0.89),
            EntityType.DATE_OF_BIRTH: (0.97, 0.89),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_kh.jsonl": (
        60,
        {
            EntityType.PERSON: (0.95, 0.93),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_ki.jsonl": (
        60,
        {
            EntityType.PERSON: (0.95, 0.94),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_kj.jsonl": (
        60,
        {
            EntityType.PERSON: (0.91, 0.97),
            EntityType.DATE_OF_BIRTH: (0.99, 0.96),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_kk.jsonl": (
        60,
        {
            EntityType.PERSON: (0.90, 0.92),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_kl.jsonl": (
        60,
        {
            EntityType.PERSON: (0.95, 0.96),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_km.jsonl": (
        60,
        {
            EntityType.PERSON: (0.94, 0.96),
            EntityType.DATE_OF_BIRTH: (0.99, 0.93),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_kn.jsonl": (
        60,
        {
            EntityType.PERSON: (0.98, 0.93),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.97),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_ko.jsonl": (
        60,
        {
            EntityType.PERSON: (0.97, 0.91),
            EntityType.DATE_OF_BIRTH: (0.99, 0.88),
            EntityType.PHONE: (0.99, 0.97),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_kp.jsonl": (
        60,
        {
            EntityType.PERSON: (0.95, 0.95),
            EntityType.DATE_OF_BIRTH: (0.99, 0.96),
            EntityType.PHONE: (0.97, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_kq.jsonl": (
        60,
        {
            EntityType.PERSON: (0.93, 0.92),
            EntityType.DATE_OF_BIRTH: (0.95, 0.93),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_kr.jsonl": (
        60,
        {
            EntityType.PERSON: (0.95, 0.95),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_ks.jsonl": (
        60,
        {
            EntityType.PERSON: (0.92, 0.92),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.96),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_kt.jsonl": (
        60,
        {
            EntityType.PERSON: (0.97, 0.94),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.97),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.97),
        },
    ),
    "probe_ku.jsonl": (
        60,
        {
            EntityType.PERSON: (0.96, 0.93),
            EntityType.DATE_OF_BIRTH: (0.99, 0.95),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.90, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_kv.jsonl": (
        60,
        {
            EntityType.PERSON: (0.91, 0.97),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.99),
            EntityType.BSN: (0.84, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_kw.jsonl": (
        60,
        {
            EntityType.PERSON: (0.92, 0.94),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.96),
            EntityType.BSN: (0.93, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_kx.jsonl": (
        60,
        {
            EntityType.PERSON: (0.93, 0.92),
            EntityType.DATE_OF_BIRTH: (0.99, 0.96),
            EntityType.PHONE: (0.99, 0.97),
            EntityType.BSN: (0.99, 0.89),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
    "probe_ky.jsonl": (
        60,
        {
            EntityType.PERSON: (0.94, 0.93),
            EntityType.DATE_OF_BIRTH: (0.99, 0.99),
            EntityType.PHONE: (0.99, 0.97),
            EntityType.BSN: (0.99, 0.99),
            EntityType.EMAIL: (0.99, 0.99),
        },
    ),
}


@pytest.fixture(scope="module", params=list(FLOORS))
def probe(request):
    size, floors = FLOORS[request.param]
    documents = load_heldout(PROBES / request.param)
    assert len(documents) == size
    return score((d.labels, scan(d.text)) for d in documents), floors


@pytest.mark.parametrize("entity_type", list(FLOORS["probe_c.jsonl"][1]))
def test_it_keeps_its_quality_on_the_development_probes(probe, entity_type):
    counts, floors = probe
    precision, recall = floors[entity_type]
    assert counts[entity_type].precision >= precision, counts[entity_type]
    assert counts[entity_type].recall >= recall, counts[entity_type]
