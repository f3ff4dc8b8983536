"""`regie audit verify`: check the hash chain of the audit trail and every anchor of it.
`regie audit anchor`: append a signed checkpoint of the chain head to the anchor file."""

from __future__ import annotations

import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import CommandError

from regie.audit.models import AuditEvent
from regie.audit.service import (
    CheckpointError,
    read_checkpoints,
    registered_anchors,
    sign_checkpoint,
    verify_chain,
)
from regie.core.commands import RegieCommand
from regie.core.errors import InputError

KEY_VARIABLE = "REGIE_AUDIT_ANCHOR_KEY"


class Command(RegieCommand):
    help = "De audittrail controleren, of een ondertekend controlepunt vastleggen."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        verify = sub.add_parser(
            "verify", help="de hashketen en haar ankers controleren; exit 1 bij een breuk")
        anchor = sub.add_parser(
            "anchor", help="een controlepunt (HMAC-SHA256) van de kop van de keten vastleggen")
        for command in (verify, anchor):
            command.add_argument(
                "--file", type=Path, default=None,
                help="bestand met controlepunten (standaard: REGIE_AUDIT_ANCHOR_FILE)")

    def handle(self, *args, action, file, **options):
        path = file or settings.AUDIT_ANCHOR_FILE
        if action == "verify" and file is not None and not file.exists():
            raise InputError(f"{file}: bestand met controlepunten niet gevonden")
        if action == "anchor":
            self.anchor(path)
        else:
            self.verify(path)

    @staticmethod
    def _key(purpose: str) -> str:
        key = settings.AUDIT_ANCHOR_KEY
        if not key:
            raise InputError(
                f"{KEY_VARIABLE} is niet gezet: zonder sleutel kan Regie geen controlepunt "
                f"{purpose} (zie docs/configuration.md)")
        return key

    def anchor(self, path: Path) -> None:
        checkpoint = sign_checkpoint(self._key("ondertekenen"))
        line = json.dumps(checkpoint, sort_keys=True)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("a", encoding="utf-8") as handle:
                handle.write(line + "\n")
        except OSError as exc:
            raise InputError(f"{path}: kan het controlepunt niet wegschrijven ({exc})") from exc
        self.stdout.write(line)
        self.stdout.write(
            f"Controlepunt vastgelegd in {path}: {checkpoint['length']} regels, "
            f"kop {checkpoint['hash'][:16]}…")

    def verify(self, path: Path) -> None:
        anchors = registered_anchors()
        checkpoints = 0
        if path.exists():
            try:
                lines = path.read_text(encoding="utf-8").splitlines()
            except (OSError, UnicodeDecodeError) as exc:
                raise InputError(f"{path}: kan de controlepunten niet lezen ({exc})") from exc
            if any(line.strip() for line in lines):
                try:
                    signed = read_checkpoints(lines, self._key("controleren"), str(path))
                except CheckpointError as exc:
                    raise CommandError(f"Controlepunt ongeldig: {exc}", returncode=1) from exc
                anchors += signed
                checkpoints = len(signed)
        breaks = list(verify_chain(anchors=anchors))
        for item in breaks:
            self.stderr.write(f"Breuk bij auditregel {item.entry_id}: {item.problem}")
        if breaks:
            raise CommandError(
                f"De audittrail is niet intact ({len(breaks)} breuk(en)).", returncode=1
            )
        self.stdout.write(
            f"De audittrail is intact ({AuditEvent.objects.count()} regels; "
            f"{len(anchors)} ankers gecontroleerd, waarvan {checkpoints} ondertekende "
            "controlepunten).")
