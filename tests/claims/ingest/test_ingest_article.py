"""The ingest_article command and the service behind it, on the seed article."""

import io
import json

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from claims.models import Appearance, Claim
from sources.models import Outlet, Source, Speaker, SpeakerAlias

ARGS = ["--published", "2025-05-06", "--title", "Russia offers to help Taliban fight ISIS"]
URL = "https://worldwire.example/2025/05/russia-taliban?utm_source=feed"


def run(*args) -> str:
    out = io.StringIO()
    call_command("ingest_article", *args, stdout=out)
    return out.getvalue()


def run_json(*args) -> dict:
    return json.loads(run(*args, "--json"))


def table_counts() -> dict[str, int]:
    """Rows in every table of the database, pghistory's event tables included."""
    with connection.cursor() as cursor:
        tables = connection.introspection.table_names(cursor)
        counts = {}
        for table in tables:
            cursor.execute(f'SELECT COUNT(*) FROM "{table}"')
            counts[table] = cursor.fetchone()[0]
    return counts


def test_seed_quotes_go_to_kabulov_with_kubalov_merged(db, seed_path):
    out = run_json(str(seed_path), *ARGS)
    direct = [q for q in out["quotes"] if q["kind"] == "direct"]
    assert len(direct) == 6
    assert {q["speaker"] for q in direct} == {"Kabulov"}
    # The two-paragraph quote at the end: both segments are his.
    assert direct[-2]["text"].startswith("However, it is too early")
    assert direct[-1]["text"].startswith("We should not forget")
    (kabulov,) = [s for s in out["speakers"] if "Kabulov" in s["mentions"]]
    assert "Kubalov" in kabulov["mentions"]
    assert kabulov["speaker_id"] is None
    top = [c["text"] for c in out["claims"][:3]]
    assert any("Crocus City Hall" in t and "145" in t for t in top)
    for claim in out["claims"]:
        assert {"text", "speaker", "score", "reasons", "matches"} <= set(claim)


def test_without_save_nothing_is_written(demo, seed_path):
    before = table_counts()
    assert any(name.endswith("event") for name in before)  # the audit tables are counted too
    run(str(seed_path), *ARGS, "--url", URL, "--outlet", "New Wire")
    run_json(str(seed_path), *ARGS)
    assert table_counts() == before


def test_save_creates_once_and_reimport_creates_nothing(db, seed_path):
    out = run_json(str(seed_path), *ARGS, "--url", URL, "--outlet", "World Wire", "--save", "--min-score", "0.2")
    saved = out["saved"]
    assert saved["source"]["created"]
    assert saved["outlet"]["created"]
    source = Source.objects.get()
    assert source.url == "https://worldwire.example/2025/05/russia-taliban"
    assert source.outlet.name == "World Wire"
    kabulov = Speaker.objects.get()
    assert kabulov.name == "Kabulov"
    assert [a.name for a in kabulov.aliases.all()] == ["Kubalov"]
    assert len(saved["claims_created"]) >= 3
    assert Appearance.objects.filter(speaker=kabulov).exists()
    crocus = Appearance.objects.get(quote__contains="Crocus City Hall in Moscow")
    assert crocus.kind == "paraphrase"
    assert crocus.speaker is None
    assert crocus.said_on.isoformat() == "2025-05-06"

    before = table_counts()
    again = run_json(str(seed_path), *ARGS, "--url", URL, "--outlet", "World Wire", "--save", "--min-score", "0.2")
    assert table_counts() == before
    assert not again["saved"]["claims_created"]
    assert not again["saved"]["appearances_created"]
    assert len(again["saved"]["appearances_reused"]) == len(saved["appearances_created"])
    # Found by content hash too, without the URL.
    run(str(seed_path), *ARGS, "--save", "--min-score", "0.2")
    assert table_counts() == before


def test_existing_speaker_and_demo_claims_are_offered(demo, seed_path):
    out = run_json(str(seed_path), *ARGS)
    kabulov = Speaker.objects.get(name="Zamir Kabulov")
    (speaker,) = out["speakers"]
    assert speaker["speaker_id"] == kabulov.pk
    assert speaker["name"] == "Zamir Kabulov"
    assert {q["speaker"] for q in out["quotes"] if q["kind"] == "direct"} == {"Zamir Kabulov"}
    by_text = {c["text"]: c for c in out["claims"]}
    crocus = next(c for t, c in by_text.items() if "Crocus City Hall in Moscow" in t)
    demo_crocus = Claim.objects.get(text__startswith="The March 2024 attack on Crocus")
    assert crocus["matches"][0]["claim_id"] == demo_crocus.pk
    cooperation = by_text["Cooperation between Moscow and Kabul continues de facto."]
    assert cooperation["attach_to"] == Claim.objects.get(text=cooperation["text"]).pk


def test_save_with_demo_attaches_and_adds_no_speaker(demo, seed_path):
    speakers, aliases = Speaker.objects.count(), SpeakerAlias.objects.count()
    out = run_json(str(seed_path), *ARGS, "--save", "--min-score", "0.15")
    assert (Speaker.objects.count(), SpeakerAlias.objects.count()) == (speakers, aliases)  # "Kubalov" is known
    reused = Claim.objects.filter(pk__in=out["saved"]["claims_reused"])
    assert reused.filter(text="Cooperation between Moscow and Kabul continues de facto.").exists()
    assert Appearance.objects.filter(claim__in=reused, speaker__name="Zamir Kabulov").exists()


def test_stdin(db, seed_text, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(seed_text.encode("utf-8"))))
    out = run_json("-", *ARGS)
    assert out["speakers"][0]["name"] == "Kabulov"


@pytest.mark.parametrize(
    ("content", "args", "message"),
    [
        (None, [], "No such file"),
        (b"Some text here.", ["--published", "06/05/2025"], "YYYY-MM-DD"),
        (b"  \n\n ", [], "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", [], "binary"),
        (b"\xff\xfe\xfa not utf-8", [], "not UTF-8"),
    ],
)
def test_bad_input_is_a_clear_error(db, tmp_path, content, args, message):
    path = tmp_path / "article.txt"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(CommandError, match=message):
        run(str(path), *args)
    with pytest.raises(CommandError, match="directory"):
        run(str(tmp_path))
    assert not Outlet.objects.exists()


def test_a_typed_unknown_organisation_is_created_as_an_organisation(db, seed_text, users):
    from claims.ingest import service
    from sources.models import SpeakerKind

    proposal = service.propose(seed_text, service.ArticleMeta(published=None), with_matches=False)
    typed = ["Halden Port Authority", "Ingrid Solheim", "Acme Corp", "UNICEF", "Ministry of Health"]
    choices = {c.key: service.ClaimChoice(speaker=f"name:{n}") for c, n in zip(proposal.claims, typed, strict=False)}
    assert len(choices) == len(typed)
    service.save(proposal, choices, actor=users["editor"], create_speakers=set())
    for name in ("Halden Port Authority", "Acme Corp", "UNICEF", "Ministry of Health"):
        assert Speaker.objects.get(name=name).kind == SpeakerKind.ORGANIZATION, name
    assert Speaker.objects.get(name="Ingrid Solheim").kind == SpeakerKind.PERSON


def test_an_article_looks_up_only_the_speakers_it_may_name(build, users):
    """Ingest compares an article's names with the few speakers sharing a name key, found by index; every
    spelling the engine calls the same (transliteration, one letter, another script, initials) is among them."""
    from claims.ingest.service import known_speakers

    kabulov = build.speaker("Zamir Kabulov", aliases=["Замир Кабулов"])
    ecb = build.speaker("European Central Bank", kind="organization")
    xi = build.speaker("Xi Jinping")
    others = [build.speaker(f"Otherperson Number{n}") for n in range(30)]
    text = (
        "MOSCOW — Kubalov said the ECB was wrong, Xi agreed. Кабулов added nothing. "
        "The minister, speaking in Kazan on Tuesday, did not name anyone else."
    )
    found = {speaker.id for speaker in known_speakers(text)}
    assert {kabulov.pk, ecb.pk, xi.pk} <= found
    assert not found & {other.pk for other in others}
    assert {speaker.id for speaker in known_speakers("")} >= {kabulov.pk, *(o.pk for o in others)}


def test_a_name_ending_many_speakers_share_does_not_load_them_all(build, users):
    """'-tion' ends 60 of the speakers' names: "Cooperation" at the start of a sentence loads none of them,
    while a whole word ("Federation") and a misspelling of a real name still find theirs."""
    from django.db import connection

    from claims.ingest.service import known_speakers
    from factdb import pgstats

    kabulov = build.speaker("Zamir Kabulov")
    federation = build.speaker("Russian Federation", kind="organization")
    endings = [build.speaker(f"Foundation Number{n} Coalition", kind="organization") for n in range(60)]
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE sources_speaker")
    pgstats._cache.clear()
    found = {speaker.id for speaker in known_speakers("Cooperation matters, Kubalov said of the Federation.")}
    assert {kabulov.pk, federation.pk} <= found
    assert not found & {speaker.pk for speaker in endings}


def test_a_speaker_renamed_to_an_organisation_is_created_as_one(db, seed_text, users):
    from claims.ingest import service
    from sources.models import SpeakerKind

    proposal = service.propose(seed_text, service.ArticleMeta(published=None), with_matches=False)
    person = next(s for s in proposal.speakers if s.kind == "person" and s.speaker is None)
    renamed = {person.key: "Ministry of Health"}
    service.save(proposal, {}, actor=users["editor"], speaker_names=renamed, create_speakers={person.key})
    assert Speaker.objects.get(name="Ministry of Health").kind == SpeakerKind.ORGANIZATION
