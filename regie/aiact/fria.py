"""The fundamental-rights impact assessment of art. 27 mapped onto the IAMA (v2): per element
of art. 27 the IAMA tasks that cover it, how far, and what the IAMA does not ask (the gaps
the deployer fills in beside it)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["ELEMENTS", "Element", "fria_mapping"]


@dataclass(frozen=True)
class Element:
    article: str
    requirement: str
    iama_tasks: tuple[str, ...]
    coverage: str  # full | partial | none
    gap: str = ""


ELEMENTS: tuple[Element, ...] = (
    Element("art. 27 lid 1 sub a",
            "Beschrijving van de processen waarin het systeem wordt gebruikt, volgens het "
            "beoogde doel", ("2.3", "3.1"), "full"),
    Element("art. 27 lid 1 sub b",
            "De periode waarin en de frequentie waarmee het systeem wordt gebruikt",
            ("3.1",), "partial",
            "Het IAMA vraagt naar de gebruikscontext, niet uitdrukkelijk naar periode en "
            "frequentie van gebruik: leg die apart vast."),
    Element("art. 27 lid 1 sub c",
            "De categorieën natuurlijke personen en groepen die naar verwachting worden "
            "geraakt", ("3.5",), "full"),
    Element("art. 27 lid 1 sub d",
            "De specifieke risico's op schade voor die categorieën, rekening houdend met de "
            "informatie van de aanbieder (art. 13)", ("4.1.1", "4.1.3", "4.3"), "partial",
            "Het IAMA weegt de inbreuk op grondrechten, maar vraagt niet naar de informatie "
            "die de aanbieder volgens art. 13 levert: betrek de gebruiksaanwijzing."),
    Element("art. 27 lid 1 sub e",
            "De uitvoering van de maatregelen voor menselijk toezicht volgens de "
            "gebruiksaanwijzing", ("3.2",), "partial",
            "Het IAMA beschrijft de rol van de medewerker; verwijs naar de maatregelen voor "
            "menselijk toezicht uit de gebruiksaanwijzing van de aanbieder (art. 26 lid 2)."),
    Element("art. 27 lid 1 sub f",
            "De maatregelen als de risico's zich voordoen, met interne governance en "
            "klachtenregelingen", ("3.4", "5.C"), "partial",
            "Het IAMA vraagt naar monitoring en restrisico's, niet naar een "
            "klachtenregeling: beschrijf hoe betrokkenen kunnen klagen."),
    Element("art. 27 lid 2",
            "Eerste gebruik; bijwerken als een van de elementen verandert", (), "none",
            "Niet in het IAMA: Regie plant de herbeoordeling met de periodieke evaluatie."),
    Element("art. 27 lid 3",
            "De uitkomst melden aan de markttoezichtautoriteit met het ingevulde sjabloon",
            (), "none",
            "Niet in het IAMA: meld de uitkomst en leg de melding vast als bewijs bij de "
            "verplichting."),
    Element("art. 27 lid 4",
            "Aanvulling op de DPIA als die al is uitgevoerd", (), "none",
            "Niet in het IAMA: verwijs naar de DPIA (art. 26 lid 9)."),
)


def fria_mapping(iama_answers: dict[str, Any] | None) -> list[dict[str, Any]]:
    """Per element: the IAMA tasks, which of them are answered in the application's IAMA
    run (`iama_answers`: task id → stored answer; None when there is no run), and the gap."""
    rows = []
    for element in ELEMENTS:
        answered = [t for t in element.iama_tasks
                    if iama_answers and _answered(iama_answers, t)]
        rows.append({
            "article": element.article, "requirement": element.requirement,
            "iama_tasks": list(element.iama_tasks), "answered": answered,
            "coverage": element.coverage, "gap": element.gap,
            "complete": bool(element.iama_tasks) and len(answered) == len(element.iama_tasks),
        })
    return rows


def _answered(answers: dict[str, Any], task_id: str) -> bool:
    """A task counts as answered when it or one of its sub-tasks holds a value."""
    for key, stored in answers.items():
        if key == task_id or key.startswith(f"{task_id}."):
            value = stored.get("value") if isinstance(stored, dict) else stored
            if value not in (None, "", [], False):
                return True
    return False
