"""Dependencies run one way: the procedure builds on the register (and the audit trail and
the policy), and the apps above it register their facts, preconditions and schedule with it;
the procedure imports none of them."""

import ast
from pathlib import Path

import regie

ROOT = Path(regie.__file__).parent
# app → apps it must never import (anywhere, also inside functions)
FORBIDDEN = {
    "workflow": {"lifecycle", "instruments", "publication", "gateway"},
    "register": {"workflow", "lifecycle", "instruments", "publication", "policy", "gateway"},
    "audit": {"register", "workflow", "lifecycle", "instruments", "publication", "policy",
              "gateway"},
}


def imported_apps(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return {name.split(".")[1] for name in names if name.startswith("regie.")
            and name.count(".") >= 1}


def test_it_keeps_the_dependencies_one_way():
    offending = []
    for app, forbidden in FORBIDDEN.items():
        for path in sorted((ROOT / app).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            wrong = imported_apps(path) & forbidden
            if wrong:
                offending.append((str(path.relative_to(ROOT)), sorted(wrong)))
    assert offending == []
