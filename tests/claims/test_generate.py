"""manage.py generate_data: a realistic newsroom, the same for a seed, loaded through one action."""

import hashlib

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.db.models import Count, F, Min, Q

from claims import actions
from claims.actions.bulk_load import do_load_generated
from claims.generate import Dataset, Newsroom
from claims.models import (
    Appearance,
    Claim,
    ClaimEvent,
    ClaimStatus,
    Correction,
    FactCheck,
    FactCheckRevision,
    FactCheckStatus,
)
from factdb.accounts import system_actor
from factdb.policy import Forbidden, Refused
from sources.models import Source, Speaker, SpeakerAlias
from sources.normalize import normalize_name

N = 200
NEWSROOM = Newsroom(
    reporters=(1, 2), fact_checkers=(3, 4, 5), editors=(6, 7, 8), ratings={"false": 1, "true": 2, "mixed": 3}
)


def checksum(claims: int, seed: int) -> tuple[dict[str, int], str]:
    """Rows per table and one digest of every line, without a database."""
    digest, counts = hashlib.sha256(), {}
    for table in Dataset(claims, seed).tables(NEWSROOM):
        lines = list(table.rows)
        assert len(lines) == table.count
        counts[table.model.__name__] = len(lines)
        digest.update("".join(lines).encode())
    return counts, digest.hexdigest()


def test_the_same_seed_gives_the_same_rows_and_another_seed_other_rows():
    counts, digest = checksum(N, seed=7)
    assert checksum(N, seed=7) == (counts, digest)
    assert checksum(N, seed=8)[1] != digest
    assert counts["Claim"] == N
    assert 1.5 * N < counts["Appearance"] < 2.5 * N


@pytest.fixture
def loaded(db):
    counts = do_load_generated(Dataset(N, seed=3), actor=system_actor())
    return counts


def test_loads_a_realistic_newsroom(loaded):
    assert loaded["claims"] == Claim.objects.count() == N
    assert loaded["appearances"] == Appearance.objects.count()
    statuses = dict(Claim.objects.values_list("status").annotate(n=Count("pk")))
    assert len(statuses) >= 5, statuses
    assert 0.12 * N <= statuses[ClaimStatus.PUBLISHED] <= 0.30 * N  # about a fifth
    assert Claim.objects.filter(is_public=False).count() > 0.3 * N  # internal claims partners never see
    assert Claim.objects.filter(is_public=True).count() > 0.25 * N
    # 1-3 appearances each, first seen on the earliest, public (mostly) only on public claims, some pending.
    per_claim = Claim.objects.annotate(n=Count("appearances"), first=Min("appearances__said_on"))
    assert not per_claim.exclude(n__range=(1, 3)).exists()
    assert not per_claim.exclude(first_seen_on=F("first")).exists()
    public = Appearance.objects.filter(is_public=True)
    assert public.filter(claim__is_public=False).count() <= 0.05 * public.count()
    assert Appearance.objects.filter(is_public=False, claim__is_public=True).exists()
    # Speakers with other spellings, stored normalised like the models do.
    assert SpeakerAlias.objects.count() > 0.5 * Speaker.objects.count()
    for row in [*Speaker.objects.all()[:50], *SpeakerAlias.objects.all()[:50]]:
        assert row.normalized_name == normalize_name(row.name)
    assert Source.objects.exclude(url="").count() == Source.objects.count()
    assert set(Source.objects.values_list("language", flat=True)) >= {"en", "es"}


def test_verdicts_keep_the_rules_of_the_record(loaded):
    published = FactCheck.objects.filter(status=FactCheckStatus.PUBLISHED)
    assert published.count() == Claim.objects.filter(status=ClaimStatus.PUBLISHED).count()
    assert not published.filter(Q(reviewer=None) | Q(rating=None) | Q(published_at=None)).exists()
    assert not published.filter(reviewer=F("author")).exists()  # four eyes
    assert not published.annotate(n=Count("evidence")).filter(n=0).exists()
    assert not Claim.objects.filter(status=ClaimStatus.PUBLISHED).exclude(current_fact_check__claim=F("pk")).exists()
    for fact_check in FactCheck.objects.all():
        numbers = list(fact_check.revisions.order_by("number").values_list("number", flat=True))
        assert numbers == list(range(1, fact_check.revision + 1))
        # The author wrote the first revision; a second one is an editor's correction.
        assert (fact_check.revised_by_id == fact_check.author_id) == (fact_check.revision == 1)
    assert FactCheckRevision.objects.count() >= FactCheck.objects.count()
    kinds = set(Correction.objects.values_list("kind", flat=True))
    assert kinds & {"verdict", "retraction"}
    assert (
        not Correction.objects.filter(kind="verdict")
        .filter(Q(previous_rating=None) | Q(new_rating=None) | Q(fact_check=None))
        .exists()
    )


def test_the_audit_trail_names_the_action_and_the_layer_is_whole_again(loaded, build):
    events = ClaimEvent.objects.filter(pgh_label="insert")
    assert events.count() == N
    context = {"user": system_actor().pk, "actor": "factdb-system", "action": "generate_data"}
    assert events.first().pgh_context == context
    # Triggers, indexes and sequences are back: the next capture is audited and takes the next id.
    claim, _ = actions.do_capture_claim("A claim captured after the load.", actor=build.reporter)
    assert claim.pk > N
    assert ClaimEvent.objects.filter(pgh_obj_id=claim.pk).exists()
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM pg_indexes WHERE indexname IN ('claim_text_trgm', 'claim_search_vector')")
        assert cursor.fetchone()[0] == 2
        cursor.execute("SELECT count(*) FROM pg_constraint WHERE conname LIKE 'claims_appearance_%%_fk_%%'")
        assert cursor.fetchone()[0] == 4


def test_the_database_holds_the_rows_the_seed_describes(loaded):
    rows = {table.model: list(table.rows) for table in Dataset(N, seed=3).tables(NEWSROOM)}  # (in order)
    texts = [line.split("\t")[3] for line in rows[Claim]]
    assert list(Claim.objects.order_by("pk").values_list("text", flat=True)) == texts


def test_refuses_a_newsroom_that_is_not_empty(loaded):
    with pytest.raises(Refused, match="empty newsroom"):
        do_load_generated(Dataset(10), actor=system_actor())
    with pytest.raises(CommandError, match="empty newsroom"):
        call_command("generate_data", "--claims", "10")
    assert Claim.objects.count() == N


def test_the_command_loads_as_the_named_user_and_says_what_it_wrote(db, users, capsys):
    call_command("generate_data", "--claims", "30", "--seed", "1", "--as", "editor")
    out, err = capsys.readouterr()
    assert "30 claims" in out
    assert "claims" in err
    assert ClaimEvent.objects.first().pgh_context["actor"] == "editor"


def test_only_people_who_capture_claims_may_load_them(db, users):
    users["reporter"].groups.clear()
    with pytest.raises(Forbidden):
        do_load_generated(Dataset(10), actor=users["reporter"])
    with pytest.raises(CommandError, match="No active user"):
        call_command("generate_data", "--claims", "10", "--as", "nobody")
