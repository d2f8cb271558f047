"""import_data: every kind and format, all-or-nothing, idempotence, permissions, bad input."""

import datetime
import json

import pytest

from claims import actions
from claims.bulk.importer import import_data
from claims.models import Appearance, Claim, ClaimTopic, Topic
from sources.models import Outlet, Source, Speaker
from tests.claims.bulk.conftest import FIXTURES, run_command, table_counts

pytestmark = pytest.mark.django_db


# Files with topics are imported by an editor: the default actor (the system account) captures like a
# reporter, and reporters may not invent topics (test_user_is_recorded_and_permissions_checked).
AS_EDITOR = ("--as", "editor")


def imported(name, *args):
    result = run_command("import_data", FIXTURES / name, *args)
    assert result.code == 0, result.err
    return result


def test_speakers_csv():
    imported("speakers.csv", "--kind", "speakers")
    ada = Speaker.objects.get(name="Ada Minister")
    assert (ada.role, ada.country, ada.wikidata_id) == ("Minister of Finance", "GB", "Q4242")
    assert ada.same_as == ["https://en.wikipedia.org/wiki/Ada_Minister"]
    assert set(ada.aliases.values_list("name", flat=True)) == {"A. Minister", "Ада Министр"}
    assert Speaker.objects.get(name="Acme Lobby").kind == "organization"  # "organisation" accepted
    garcia = Speaker.objects.get(wikidata_id="Q777")  # a Wikidata URL is reduced to the id
    assert garcia.kind == "person"
    assert Speaker.objects.matching("jose garcia").get() == garcia


def test_sources_csv():
    imported("sources.csv", "--kind", "sources")
    budget = Source.objects.get(url="https://dailyplanet.example/news/budget")
    assert budget.outlet.domain == "dailyplanet.example"
    assert budget.published_on == datetime.date(2024, 3, 1)
    assert budget.archive_url.startswith("https://web.archive.org/")
    assert Source.objects.get(url="https://gov.example/press/2024-17").kind == "press_release"
    assert Source.objects.get(url="https://gov.example/press/2024-17").language == "en-GB"
    assert Outlet.objects.count() == 2


def test_claims_csv_resolves_speakers_sources_and_topics(users):
    result = imported("claims.csv", *AS_EDITOR)
    assert "created" in result.out
    assert Claim.objects.count() == 3
    claim = Claim.objects.get(text="Unemployment fell by 42 percent last year.")
    assert claim.appearances.count() == 2
    # "ADA MINISTER" is the same speaker as "Ada Minister".
    assert Speaker.objects.filter(normalized_name="ada minister").count() == 1
    assert set(claim.appearances.values_list("speaker__name", flat=True)) == {"Ada Minister"}
    # Tracking parameters and www. are dropped from source URLs.
    assert Source.objects.filter(url="https://dailyplanet.example/news/budget").exists()
    assert claim.first_seen_on == datetime.date(2024, 2, 28)
    assert set(claim.topics.values_list("name", flat=True)) == {"Economy", "Jobs"}
    assert not claim.is_public
    assert claim.status == "new"
    spanish = Claim.objects.get(language="es")
    appearance = spanish.appearances.get()
    assert (appearance.kind, appearance.quote) == ("direct", "El plan fue aprobado por García.")
    assert Speaker.objects.get(name="Acme Lobby").kind == "organization"


def test_claims_json(users):
    imported("claims.json", "--format", "json", *AS_EDITOR)
    assert Claim.objects.count() == 3
    assert Claim.objects.get(text="A claim recorded without any appearance yet.").appearances.count() == 0
    assert Topic.objects.filter(name="Trade").exists()


def test_claims_json_matches_csv_rows(users):
    imported("claims.csv", *AS_EDITOR)
    before = table_counts()
    imported("claims.json", "--format", "json", *AS_EDITOR)
    after = table_counts()
    assert after["claims.Claim"] == before["claims.Claim"] + 1  # only the appearance-less claim is new
    assert after["claims.Appearance"] == before["claims.Appearance"]


def test_appearances_csv_needs_existing_claims(users):
    result = run_command("import_data", FIXTURES / "appearances.csv", "--kind", "appearances")
    assert result.code == 1
    assert "row 2, claim_text: No claim has this text" in result.err
    imported("claims.csv", *AS_EDITOR)
    imported("appearances.csv", "--kind", "appearances")
    claim = Claim.objects.get(text="Unemployment fell by 42 percent last year.")
    assert claim.appearances.count() == 3
    assert claim.appearances.filter(source__url="https://tv.example/debate-3", kind="paraphrase").exists()


@pytest.mark.parametrize(
    ("name", "args"),
    [
        ("speakers.csv", ["--kind", "speakers"]),
        ("sources.csv", ["--kind", "sources"]),
        ("claims.csv", []),
        ("claims.json", ["--format", "json"]),
        ("claimreview_graph.jsonld", []),
        ("claimreview_list.json", ["--format", "claimreview"]),
        ("google_factcheck_search.json", ["--format", "claimreview"]),
    ],
)
def test_reimport_creates_nothing(users, name, args):
    imported(name, *args, *AS_EDITOR)
    before = table_counts()
    result = imported(name, *args, *AS_EDITOR)
    assert table_counts() == before
    assert "created nothing" in result.out


def test_one_bad_row_rejects_the_whole_file(write, users):
    good = (FIXTURES / "claims.csv").read_text()
    bad = good + "Another claim.,en,Someone,person,Quote,https://ok.example/a,A,Outlet,2024-13-45,,,,\n"
    before = table_counts()
    result = run_command("import_data", write("claims.csv", bad), *AS_EDITOR)
    assert result.code == 1
    assert table_counts() == before  # the four good rows were not written either
    assert "row 6, published_on: Enter a real date as YYYY-MM-DD. (value: '2024-13-45')" in result.err
    assert "Rejected: 1 error(s); nothing was written." in result.err
    assert "Traceback" not in result.err


def test_every_error_is_reported_with_row_and_field(users):
    data = (
        b"claim_text,speaker_kind,source_url,said_on,kind,topics\n"
        b"Fine claim,person,https://ok.example/1,2024-01-01,direct,Economy\n"
        b",robot,not a url,yesterday,shouted,\n"
        b"Second claim,person,ftp://files.example/x,2999-01-01,paraphrase,\n"
    )
    report = import_data(data, fmt="csv", kind="claims", user=users["editor"])
    found = {(e.row, e.field) for e in report.errors}
    assert found == {
        (3, "claim_text"),
        (3, "speaker_kind"),
        (3, "source_url"),
        (3, "said_on"),
        (3, "kind"),
        (4, "source_url"),
        (4, "said_on"),
    }
    by_key = {(e.row, e.field): e for e in report.errors}
    assert by_key[(3, "speaker_kind")].value == "robot"
    assert "person, organization" in by_key[(3, "speaker_kind")].message
    assert by_key[(4, "said_on")].message == "This date is in the future."
    assert not report.written
    assert Claim.objects.count() == 0


def test_dry_run_counts_but_writes_nothing(users):
    before = table_counts()
    result = imported("claims.csv", "--dry-run", *AS_EDITOR)
    assert table_counts() == before
    assert (
        "Dry run, nothing written: would create 4 appearances, 3 claims, 3 outlets, 4 sources, 3 speakers, 3 topics"
        in result.out
    )


def test_user_is_recorded_and_permissions_checked(users):
    result = run_command("import_data", FIXTURES / "claims.csv", "--user", "reporter")
    # Reporters capture claims but may not invent topics.
    assert result.code == 1
    assert "Unknown topic; your role may not add topics." in result.err
    assert not Claim.objects.exists()
    for name in ("Economy", "Jobs", "Trade"):
        actions.do_create_topic(name, actor=users["factchecker"])
    imported("claims.csv", "--user", "reporter")
    assert set(Claim.objects.values_list("created_by__username", flat=True)) == {"reporter"}
    assert set(Appearance.objects.values_list("created_by__username", flat=True)) == {"reporter"}
    assert ClaimTopic.objects.count() == 3


def test_user_without_permission_is_refused(users):
    from django.contrib.auth.models import User

    User.objects.create_user("visitor", password="pw", is_staff=True)
    result = run_command("import_data", FIXTURES / "speakers.csv", "--kind", "speakers", "--user", "visitor")
    assert result.code == 1
    assert "may not import speakers" in result.err
    assert run_command("import_data", FIXTURES / "speakers.csv", "--user", "nobody").code == 1


def test_progress_is_reported_on_stderr(write):
    rows = "".join(f"Claim number {n},https://ok.example/{n % 7}\n" for n in range(250))
    result = run_command("import_data", write("many.csv", "claim_text,source_url\n" + rows))
    assert result.code == 0, result.err
    assert "written 250/250 rows (100%)" in result.err
    assert "validated 250/250 rows (100%)" in result.err
    assert len(result.err.splitlines()) >= 20  # a line every 5% of each phase
    assert Claim.objects.count() == 250
    assert Source.objects.count() == 7


# --- Bad input: a clear message, exit code 1, no traceback, nothing written.

HEADER = b"claim_text,source_url\n"
BAD_INPUTS = {
    "latin-1 encoding": (
        "claims.csv",
        HEADER + "Caf\xe9 prices doubled,https://ok.example/a\n".encode("latin-1"),
        "not UTF-8 text: byte 0xe9 on line 2",
    ),
    "missing column": (
        "claims.csv",
        b"source_url,quote\nhttps://ok.example/a,x\n",
        "Missing required column(s): claim_text",
    ),
    "unknown column": (
        "claims.csv",
        b"claim_text,sauce_url\nA claim,https://ok.example\n",
        "Unknown column(s): sauce_url",
    ),
    "bad date": (
        "claims.csv",
        b"claim_text,source_url,published_on\nA claim,https://ok.example/a,31/12/2024\n",
        "row 2, published_on: Enter a real date as YYYY-MM-DD.",
    ),
    "bad url": ("claims.csv", HEADER + b"A claim,http://exa mple.com/x\n", "row 2, source_url: Enter a valid"),
    "javascript url": ("claims.csv", HEADER + b"A claim,javascript:alert(1)\n", "row 2, source_url: Enter a valid"),
    "empty file": ("claims.csv", b"", "The file is empty."),
    "blank file": ("claims.csv", b"  \n\n", "The file is empty."),
    "header only": ("claims.csv", HEADER, "header but no data rows"),
    "NUL bytes": ("claims.csv", HEADER + b"A cl\x00aim,https://ok.example/a\n", "NUL byte on line 2"),
    "huge field": ("claims.csv", HEADER + b"A" * 200_000 + b",https://ok.example/a\n", "field larger than field limit"),
    "long field": (
        "claims.csv",
        HEADER + b"A" * 25_000 + b",https://ok.example/a\n",
        "row 2, claim_text: Ensure this value has at most 20000 characters",
    ),
    "too many values": ("claims.csv", HEADER + b"A claim,https://ok.example/a,extra\n", "row 2, (row): has 3 values"),
    "malformed json": (
        "claims.json",
        b'[{"claim_text": "A claim",}]',
        "Malformed JSON: Expecting property name enclosed in double quotes at line 1",
    ),
    "json scalar": ("claims.json", b'"just a string"', "Expected a list of claims"),
    "json rows not objects": ("claims.json", b'[["A claim"]]', "row 1, (row): must be a JSON object"),
    "json unknown field": (
        "claims.json",
        b'[{"claim_text": "A claim", "verdict": "false"}]',
        "Unknown field(s): verdict",
    ),
    "json nested value": ("claims.json", b'[{"claim_text": {"en": "A claim"}}]', "row 1, claim_text: must be text"),
    "json empty list": ("claims.json", b"[]", "The file contains no claims."),
    "claimreview without reviews": (
        "reviews.jsonld",
        b'{"@type": "WebPage"}',
        "No ClaimReview objects found (found: WebPage)",
    ),
    "claimreview missing fields": (
        "reviews.jsonld",
        b'{"@type": "ClaimReview", "claimReviewed": "X"}',
        "row 1, url: This field is required.",
    ),
    "binary file": ("claims.csv", bytes(range(256)) * 4, "not UTF-8"),
}


@pytest.mark.parametrize("case", BAD_INPUTS, ids=list(BAD_INPUTS))
def test_bad_input(case, write):
    name, content, message = BAD_INPUTS[case]
    before = table_counts()
    result = run_command("import_data", write(name, content))
    assert result.code == 1
    assert message in result.err
    assert "Traceback" not in result.err
    assert table_counts() == before


def test_missing_file_and_unknown_extension(write):
    assert "Cannot read" in run_command("import_data", "/nonexistent/file.csv").err
    assert "Cannot tell the format" in run_command("import_data", write("data.txt", "x")).err


def test_semicolon_csv_bom_and_formula_escape(write, users):
    data = (
        "\ufeffclaim_text;source_url;topics\n'-5 percent growth is the worst ever;https://ok.example/a;Economy|Jobs\n"
    )
    result = run_command("import_data", write("claims.csv", data), *AS_EDITOR)
    assert result.code == 0, result.err
    assert Claim.objects.get().text == "-5 percent growth is the worst ever"


def test_utf16_with_bom(write):
    data = "claim_text,source_url\nZoë said prices doubled,https://ok.example/a\n".encode("utf-16")
    assert run_command("import_data", write("claims.csv", data)).code == 0
    assert Claim.objects.get().text == "Zoë said prices doubled"


def test_report_json(write, users):
    result = run_command("import_data", FIXTURES / "claims.csv", "--dry-run", "--report-json", *AS_EDITOR)
    report = json.loads(result.out)
    assert report["ok"]
    assert report["dry_run"]
    assert report["created"]["claims"] == 3


# The 10,000-row versions (tests/claims/bulk/test_atomic_import.py) are slow proofs; these are the same rules on a
# small file, for the fast set.
SMALL = (
    "claim_text,language,speaker,speaker_kind,quote,source_url,source_title,outlet,published_on\n"
    "Wheat exports doubled.,en,Ana Ruiz,person,Wheat exports doubled.,https://ok.example/1,One,Outlet,2024-01-01\n"
    "Rice prices fell.,en,Refused Speaker,person,Rice prices fell.,https://ok.example/2,Two,Outlet,2024-01-02\n"
    "Maize stocks rose.,en,Ben Ode,person,Maize stocks rose.,https://ok.example/3,Three,Outlet,2024-01-03\n"
)


def test_a_row_the_database_refuses_while_writing_undoes_the_whole_file(users):
    from django.db import connection

    with connection.cursor() as cursor:  # dropped with the test's transaction
        cursor.execute(
            "CREATE FUNCTION pg_temp.refuse_speaker() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "IF NEW.name = 'Refused Speaker' THEN RAISE EXCEPTION 'speaker refused by the database'; END IF; "
            "RETURN NEW; END $$"
        )
        cursor.execute(
            "CREATE TRIGGER refuse_speaker BEFORE INSERT ON sources_speaker "
            "FOR EACH ROW EXECUTE FUNCTION pg_temp.refuse_speaker()"
        )
    before = table_counts()
    report = import_data(SMALL.encode(), fmt="csv", kind="claims", user=users["editor"])
    assert not report.ok
    assert not report.written
    # the row that queued the speaker, though the database refused it only when the batch was written
    assert [(e.row, e.field, e.message) for e in report.errors] == [
        (3, "(database)", "speaker refused by the database")
    ]
    assert table_counts() == before


def test_a_name_too_long_once_spelt_in_latin_letters_is_a_reported_error(users):
    before = table_counts()
    report = import_data(
        SMALL.replace("Refused Speaker", "北" * 150).encode(), fmt="csv", kind="claims", user=users["editor"]
    )
    assert not report.written
    assert [(e.row, e.field) for e in report.errors] == [(3, "speaker")], report.errors
    assert "Too long once spelt in Latin letters" in report.errors[0].message
    assert table_counts() == before
