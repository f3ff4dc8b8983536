"""Plain Dutch rendering of an evaluation, for `regie evaluate --format text`."""

from __future__ import annotations

from regie.policy.engine import Evaluation

DECISIONS = {
    "allowed": "Toegestaan",
    "conditional": "Toegestaan onder voorwaarden - nog niet aan alle voorwaarden voldaan",
    "not_allowed": "Niet toegestaan",
}
LEVELS = {"blocking": "Blokkerend", "required": "Vereist", "advice": "Advies"}
INSTRUMENTS = {
    "RISK_ANALYSIS": "risicoanalyse volgens het standpunt",
    "AI_ACT": "classificatie onder de AI-verordening",
    "DPIA": "DPIA (gegevensbeschermingseffectbeoordeling)",
    "IAMA": "IAMA (impact assessment mensenrechten en algoritmes)",
}
RISKS = {"prohibited": "verboden praktijk", "high": "hoog risico",
         "transparency": "transparantieverplichting", "minimal": "minimaal risico",
         "unknown": "nog niet bepaald"}
ROLES = {"provider": "aanbieder", "deployer": "gebruiksverantwoordelijke"}


def render(result: Evaluation, *, name: str = "") -> str:
    lines = []
    if name:
        lines.append(f"Toepassing: {name}")
    lines.append(f"Uitkomst: {DECISIONS[result.decision]}")
    lines.append(f"Beleidsversie: {result.policy_version}")
    instruments = ", ".join(INSTRUMENTS.get(c, c) for c in result.required_instruments)
    lines.append(f"Vereiste instrumenten: {instruments or 'geen'}")
    ai_act = result.ai_act
    roles = ", ".join(ROLES.get(r, r) for r in ai_act["roles"]) or "nog niet bepaald"
    gpai = {True: "ja", False: "nee", None: "onbekend"}[ai_act["gpai"]]
    lines.append(f"AI-verordening: {RISKS.get(ai_act['risk'], ai_act['risk'])}; rol: {roles}; "
                 f"GPAI: {gpai}")
    for level in ("blocking", "required", "advice"):
        findings = result.by_level(level)
        if not findings:
            continue
        lines.append("")
        lines.append(f"{LEVELS[level]} ({len(findings)}):")
        for finding in findings:
            lines.append(f"- {finding.message}")
            lines.append(f"  bron: {'; '.join(finding.sources)} · veld: {finding.field} "
                         f"· regel: {finding.rule}")
    return "\n".join(lines) + "\n"
