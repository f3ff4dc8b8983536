"""The `regie` console script.

Every word is a Django management command (`regie serve`, `regie dossier import …`,
`regie migrate`); Regie's own commands live in the apps' `management/commands/`.
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "regie.conf.base")
    from django.core.exceptions import ImproperlyConfigured
    from django.core.management import execute_from_command_line

    args = list(sys.argv[1:] if argv is None else argv)
    if not args:
        args = ["help"]
    try:
        execute_from_command_line(["regie", *args])
    except ImproperlyConfigured as exc:
        # A wrong environment variable: say which, without a traceback.
        sys.stderr.write(f"regie: configuratiefout: {exc}\n")
        sys.exit(2)


if __name__ == "__main__":
    main()
