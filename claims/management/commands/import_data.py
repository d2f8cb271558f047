"""manage.py import_data PATH [--format csv|json|claimreview] [--kind ...] [--dry-run] [--as USERNAME]"""

import json
import sys
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from claims.bulk.importer import FORMATS, KINDS, guess_format, import_data
from factdb.accounts import command_actor


class Command(BaseCommand):
    help = (
        "Import claims, appearances, speakers or sources from CSV/JSON, or other fact-checkers' ClaimReview "
        "JSON-LD. All rows are validated first; a file with any error is rejected whole. Re-importing is safe. "
        "See docs/import_export.md."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="The file to import ('-' reads standard input).")
        parser.add_argument("--format", choices=FORMATS, help="Default: from the file name (.csv, .json, .jsonld).")
        parser.add_argument("--kind", choices=KINDS, default="claims", help="What each row is (not for claimreview).")
        parser.add_argument("--dry-run", action="store_true", help="Validate and count, then roll everything back.")
        parser.add_argument(
            "--as",
            "--user",
            dest="actor",
            metavar="USERNAME",
            help="The user the import acts as (recorded as creator; its role decides what it may create). "
            "Default: the system account, which captures as a reporter.",
        )
        parser.add_argument("--report-json", action="store_true", help="Print the report as JSON on stdout.")

    def handle(self, *args, path, format, kind, dry_run, actor, report_json, **options):
        fmt = format or guess_format(path)
        if fmt is None:
            raise CommandError(f"Cannot tell the format of {path!r}; pass --format ({', '.join(FORMATS)}).")
        try:
            data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
        except OSError as error:
            raise CommandError(f"Cannot read {path}: {error.strerror or error}.") from None
        account = command_actor({"actor": actor})
        started = time.monotonic()
        report = import_data(
            data, fmt=fmt, kind=kind, user=account, dry_run=dry_run, progress=self._progress, label=str(path)
        )
        elapsed = time.monotonic() - started
        if report_json:
            self.stdout.write(json.dumps(report.as_dict() | {"seconds": round(elapsed, 3)}, ensure_ascii=False))
        for warning in report.warnings[:50]:
            self.stderr.write(f"warning: {warning}")
        for error in report.errors:
            self.stderr.write(str(error))
        if not report.ok:
            raise CommandError(report.summary())
        if not report_json:
            self.stdout.write(f"{report.summary()} ({elapsed:.1f} s)")

    def _progress(self, phase: str, done: int, total: int) -> None:
        if total >= 100:
            self.stderr.write(f"{phase} {done:,}/{total:,} rows ({100 * done // total}%)")
