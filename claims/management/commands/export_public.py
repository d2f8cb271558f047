"""manage.py export_public [--format json|jsonl|csv|claimreview] [--output PATH]"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from claims.bulk.exporter import EXPORT_FORMATS, WRITERS, write_csv


class Command(BaseCommand):
    help = (
        "Export what partners may see (public claims, published fact-checks, corrections, speakers, sources, "
        "outlets, topics, rating scales), rendered like the partner API. CSV writes one file per section into "
        "the --output directory."
    )

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=EXPORT_FORMATS, default="json")
        parser.add_argument("--output", help="File (directory for csv); default: standard output.")

    def handle(self, *args, format, output, **options):
        try:
            if format == "csv":
                if not output:
                    raise CommandError("--format csv writes several files: pass --output DIRECTORY.")
                counts = write_csv(Path(output))
            elif output:
                with Path(output).open("w", encoding="utf-8") as handle:
                    counts = WRITERS[format](handle)
            else:
                self.stdout.ending = ""  # the writers place their own newlines
                counts = WRITERS[format](self.stdout)
        except OSError as error:
            raise CommandError(f"Cannot write {output or 'standard output'}: {error.strerror or error}.") from None
        summary = ", ".join(f"{n} {name}" for name, n in counts.items())
        # The summary goes to stderr so that stdout stays a clean export.
        self.stderr.write(f"Exported {summary}" + (f" to {output}" if output else "") + ".")
