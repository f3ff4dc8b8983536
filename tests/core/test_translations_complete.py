"""English is complete: every interface string marked for translation in the templates and
the code has an English translation in the catalogues (not missing, not fuzzy).

The strings are extracted the way `makemessages` does it, in a copy of the package so the
repository's catalogues stay untouched; gettext's `msgattrib` then lists what is untranslated.
"""

import re
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHOWN = 40


def _msgids(po_text: str) -> list[str]:
    """The msgids of a PO text (continuation lines joined), header left out."""
    found = []
    for block in re.findall(r'^msgid ((?:".*"\n)+)', po_text + "\n", re.M):
        text = "".join(re.findall(r'"(.*)"', block))
        if text:
            found.append(text)
    return found


def _untranslated(catalogue: Path) -> list[str]:
    missing = []
    for option in ("--untranslated", "--only-fuzzy"):
        result = subprocess.run(["msgattrib", option, "--no-obsolete", str(catalogue)],
                                capture_output=True, text=True, check=True)
        missing += _msgids(result.stdout)
    return missing


def test_it_has_an_english_translation_for_every_interface_string(tmp_path):
    assert shutil.which("msgattrib"), "gettext is not installed (apt-get install gettext)"
    copy = tmp_path / "regie"
    shutil.copytree(REPO / "regie", copy,
                    ignore=shutil.ignore_patterns("static", "__pycache__", "*.mo"))
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)}  # no settings: no LOCALE_PATHS
    subprocess.run([sys.executable, "-m", "django", "makemessages", "-l", "en",
                    "--no-obsolete", "--no-location"], cwd=copy, env=env, check=True,
                   capture_output=True)
    missing = {}
    for catalogue in sorted(copy.rglob("locale/en/LC_MESSAGES/django.po")):
        for msgid in _untranslated(catalogue):
            missing.setdefault(msgid, str(catalogue.relative_to(tmp_path)))
    listed = "\n".join(f"  {where}: {msgid[:100]}" for msgid, where in
                       list(missing.items())[:SHOWN])
    assert not missing, (f"{len(missing)} strings without an English translation "
                         f"(run `make messages` after adding them):\n{listed}")
