"""Analyse a news article and, with --save, record its source, speakers, claims and appearances."""

import datetime as dt
import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from claims.ingest import service
from factdb.accounts import add_actor_argument, command_actor
from factdb.policy import ActionError, message


class Command(BaseCommand):
    help = (
        "Propose the speakers, quotes and check-worthy claims of an article (and matching existing claims). "
        "Writes nothing unless --save is given."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="UTF-8 text file with the article, or - to read standard input")
        parser.add_argument("--title", default="", help="article headline (default: its first line)")
        parser.add_argument("--url", default="", help="article URL")
        parser.add_argument("--outlet", default="", help="publisher name (found by name or by the URL's domain)")
        parser.add_argument("--published", default="", help="publication date, YYYY-MM-DD")
        parser.add_argument("--language", default="en", help="language code (default: en)")
        parser.add_argument("--json", action="store_true", help="print the proposal (and what was saved) as JSON")
        parser.add_argument("--save", action="store_true", help="write the source, speakers, claims and appearances")
        add_actor_argument(parser)
        parser.add_argument(
            "--min-score",
            type=float,
            default=service.DEFAULT_ACCEPT_SCORE,
            help=f"with --save: save candidates scoring at least this (default {service.DEFAULT_ACCEPT_SCORE})",
        )

    def handle(self, *args, **options):
        text = self._read(options["path"])
        meta = service.ArticleMeta(
            title=options["title"].strip(),
            url=options["url"].strip(),
            outlet=options["outlet"].strip(),
            published=self._date(options["published"]),
            language=options["language"].strip() or "en",
        )
        try:
            proposal = service.propose(text, meta)
        except service.IngestError as exc:
            raise CommandError(str(exc)) from exc
        saved = None
        if options["save"]:
            try:
                saved = service.save(
                    proposal, service.default_choices(proposal, options["min_score"]), actor=command_actor(options)
                )
            except ActionError as error:
                raise CommandError(f"Nothing was saved: {message(error)}") from None
        if options["json"]:
            out = proposal.to_dict()
            if saved is not None:
                out["saved"] = saved.to_dict()
            self.stdout.write(json.dumps(out, ensure_ascii=False, indent=2))
            return
        self._print(proposal)
        if saved is not None:
            self._print_saved(saved)
        else:
            self.stdout.write("\nNothing was written (use --save to record the accepted claims).")

    def _read(self, path: str) -> str:
        try:
            raw = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
        except FileNotFoundError as exc:
            raise CommandError(f"No such file: {path}") from exc
        except IsADirectoryError as exc:
            raise CommandError(f"{path} is a directory, not a text file.") from exc
        except OSError as exc:
            raise CommandError(f"Cannot read {path}: {exc.strerror or exc}") from exc
        if b"\x00" in raw:
            raise CommandError(f"{path} looks like a binary file, not article text.")
        try:
            return raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise CommandError(f"{path} is not UTF-8 text.") from exc

    def _date(self, value: str):
        if not value.strip():
            return None
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError as exc:
            raise CommandError(f"--published must be a date as YYYY-MM-DD, not {value!r}.") from exc

    def _print(self, proposal: service.Proposal) -> None:
        w = self.stdout.write
        src = proposal.to_dict()["source"]
        w(f"Source: {src['title']}" + (f" (already in the database: #{src['id']})" if src["id"] else " (new)"))
        w("\nSpeakers")
        for s in proposal.speakers:
            status = f"existing #{s.speaker_id}" if s.speaker else "new"
            extra = f"; new aliases: {', '.join(s.new_aliases)}" if s.new_aliases else ""
            w(f"  {s.name:30} {status:14} mentions: {', '.join(s.mentions)}{extra}")
        w("\nQuotes")
        for q in proposal.quotes:
            w(f"  [{q['kind'][:4]}] {(q['speaker'] or '(unknown)'):20} {_short(q['text'], 90)}")
        w("\nClaims (most check-worthy first; * = accepted by default)")
        for c in proposal.claims:
            mark = "*" if c.accept else " "
            w(f" {mark}{c.score:5.2f}  {(c.speaker_name or '-'):16} {_short(c.text, 90)}")
            w(f"         reasons: {', '.join(c.reasons) or '-'}")
            if c.already_imported:
                w(f"         already imported as claim #{c.already_imported.pk}")
            for m in c.matches:
                w(f"         {m.level:9} {m.score:.2f}  #{m.claim.pk} {_short(m.claim.text, 70)}")

    def _print_saved(self, saved: service.SaveResult) -> None:
        w = self.stdout.write
        w("\nSaved" if saved.created_anything else "\nSaved: nothing new (everything was already recorded)")
        w(f"  source #{saved.source.pk} ({'created' if saved.source_created else 'existing'})")
        if saved.outlet:
            w(f"  outlet #{saved.outlet.pk} {saved.outlet.name} ({'created' if saved.outlet_created else 'existing'})")
        w(f"  speakers created: {', '.join(s.name for s in saved.speakers_created) or 'none'}")
        w(f"  aliases created: {', '.join(saved.aliases_created) or 'none'}")
        w(f"  claims created: {len(saved.claims_created)}, reused: {len(saved.claims_reused)}")
        w(f"  appearances created: {len(saved.appearances_created)}, reused: {len(saved.appearances_reused)}")


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
