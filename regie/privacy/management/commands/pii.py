"""`regie pii scan [FILE] [--format text|json]`: scan a file (or stdin) for personal and
confidential data."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from regie.core.commands import RegieCommand
from regie.core.errors import InputError
from regie.privacy.service import scan


class Command(RegieCommand):
    help = "Zoek persoonsgegevens en gerubriceerde informatie in een tekst (of stdin)."

    def add_arguments(self, parser):
        commands = parser.add_subparsers(dest="action", required=True)
        scan_parser = commands.add_parser("scan", help="Scan een tekstbestand of stdin.")
        scan_parser.add_argument("file", nargs="?", help="tekstbestand (UTF-8); leeg of - = stdin")
        scan_parser.add_argument("--format", choices=["text", "json"], default="text")

    def handle(self, *args, **options):
        text = self._read(options.get("file"))
        entities = scan(text)
        if options["format"] == "json":
            payload = {"entities": [entity.as_dict() for entity in entities]}
            self.stdout.write(json.dumps(payload, ensure_ascii=False))
            return
        if not entities:
            self.stdout.write("Geen persoonsgegevens of rubriceringen gevonden.")
            return
        for entity in entities:
            self.stdout.write(f"{entity.type}\t{entity.start}-{entity.end}\t{entity.text}")

    @staticmethod
    def _read(name: str | None) -> str:
        if not name or name == "-":
            data = sys.stdin.buffer.read()
            try:
                return data.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise InputError(f"stdin: geen UTF-8-tekst (byte {exc.start}).") from exc
        path = Path(name)
        try:
            return path.read_text(encoding="utf-8")
        except FileNotFoundError as exc:
            raise InputError(f"{name}: bestand bestaat niet.") from exc
        except IsADirectoryError as exc:
            raise InputError(f"{name}: dit is een map, geen tekstbestand.") from exc
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: geen UTF-8-tekst (byte {exc.start}).") from exc
        except OSError as exc:
            raise InputError(f"{name}: bestand is niet leesbaar ({exc.strerror}).") from exc
