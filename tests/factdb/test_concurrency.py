"""No lost updates: editors in separate processes save the same objects at once, through the actions.

Each editor process (tests/factdb/concurrent_editor.py, its own Django and database connection)
reads an object's version, waits a moment as a person would, then saves a change with that
version as `expected_version`. Whatever the interleaving, the record must show that exactly the
saves based on the current version went through and every one of them is in the history:
per object, the successful saves read the versions initial, initial + 1, ... with no gap and no
repeat (so none was based on a version someone else had already moved past), the audit trail
holds their values in that order and nothing from a refused save, the stored value is the last
one, and every refused save had really been overtaken.
"""

import json
import random
import subprocess
import time
from collections import defaultdict

import pytest
from django.apps import apps
from django.db.models import Max

from claims import actions
from claims.models import Correction, Evidence, RatingScale
from tests.factdb.concurrent_editor import targets
from tests.processes import BASE_DIR, environment, python

WORKERS = 4
TRIES = 1000  # in all, across the workers and every editable model


def objects(build, users) -> dict[str, list[int]]:
    """Two objects of every editable kind: one partners see (changes are corrections), one internal."""
    editor = users["editor"]
    public, internal = build.published_claim(), build.researching_claim()
    public_cited, internal_cited = build.published_claim(), build.researching_claim()
    for claim in (internal, internal_cited):
        build.fact_check(claim)
    public_topic = actions.do_create_topic("Harbours", actor=editor)
    internal_topic = actions.do_create_topic("Tunnels", actor=editor)
    actions.do_set_topics(public, [public_topic], actor=editor)
    actions.do_set_topics(internal, [internal_topic], actor=editor)
    other_scale = actions.do_save_rating_scale(
        None, {"name": "Pinocchios", "slug": "pinocchios", "methodology": "Noses."}, actor=users["admin"]
    )
    actions.do_save_rating(
        None, {"label": "One", "slug": "one", "value": 1, "category": "false"}, scale=other_scale, actor=users["admin"]
    )
    pair = (public, internal)
    appearances = [claim.appearances.get() for claim in pair]
    return {
        "claim": [claim.pk for claim in pair],
        "fact_check": [claim.fact_checks.get().pk for claim in pair],
        "evidence": [Evidence.objects.filter(fact_check__claim=c).first().pk for c in (public_cited, internal_cited)],
        "speaker": [a.speaker_id for a in appearances],
        "source": [a.source_id for a in appearances],
        "outlet": [a.source.outlet_id for a in appearances],
        "appearance": [a.pk for a in appearances],
        "topic": [public_topic.pk, internal_topic.pk],
        "rating_scale": [RatingScale.objects.get(is_default=True).pk, other_scale.pk],
        "rating": [public.fact_checks.get().rating_id, other_scale.ratings.get().pk],
    }


MODELS = {
    "claim": "claims.Claim",
    "fact_check": "claims.FactCheck",
    "evidence": "claims.Evidence",
    "speaker": "sources.Speaker",
    "source": "sources.Source",
    "outlet": "sources.Outlet",
    "appearance": "claims.Appearance",
    "topic": "claims.Topic",
    "rating_scale": "claims.RatingScale",
    "rating": "claims.Rating",
}


def model_of(kind: str):
    return apps.get_model(MODELS[kind])


def version_of(kind: str, pk: int) -> int:
    if kind == "evidence":  # guarded by its verdict's version
        return Evidence.objects.select_related("fact_check").get(pk=pk).fact_check.version
    return model_of(kind).objects.get(pk=pk).version


def history(kind: str, pk: int, since: int, values: set[str]) -> list[str]:
    """The values of `kind` #pk that the audit trail recorded after event `since`, in order (repeats collapsed)."""
    model = model_of(kind)
    field = targets()[kind][2]
    events = apps.get_model(model._meta.app_label, f"{model.__name__}Event").objects
    written = events.filter(pgh_obj_id=pk, pgh_id__gt=since).order_by("pgh_id").values_list(field, flat=True)
    sequence = []
    for value in written:
        if value in values and (not sequence or sequence[-1] != value):
            sequence.append(value)
    return sequence


def last_event_ids() -> dict[str, int]:
    ids = {}
    for kind in targets():
        model = model_of(kind)
        events = apps.get_model(model._meta.app_label, f"{model.__name__}Event").objects
        ids[kind] = events.aggregate(last=Max("pgh_id"))["last"] or 0
    return ids


def plans(chosen: dict[str, list[int]]) -> list[list[tuple[str, int]]]:
    """Every editor takes the kinds in the same turn (so they meet on the same objects), objects at random."""
    kinds = [list(chosen)[n % len(chosen)] for n in range(TRIES // WORKERS)]
    return [[(kind, random.Random(worker).choice(chosen[kind])) for kind in kinds] for worker in range(WORKERS)]


def run_editors(plans_for, actor: str) -> tuple[list, float]:
    env = environment()
    workers = [
        subprocess.Popen(
            python("-m", "tests.factdb.concurrent_editor"),
            cwd=BASE_DIR,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in plans_for
    ]
    try:
        for worker in workers:  # every editor ready before any starts
            assert worker.stdout.readline().strip() == "ready"
        started = time.monotonic()
        for number, (worker, plan) in enumerate(zip(workers, plans_for, strict=True)):
            worker.stdin.write(json.dumps({"worker": number, "actor": actor, "tries": plan}) + "\n")
            worker.stdin.flush()
        results = []
        for worker in workers:
            out, _ = worker.communicate(timeout=240)
            assert worker.returncode == 0, out
            results += json.loads(out.strip().splitlines()[-1])["results"]
        return results, time.monotonic() - started
    finally:
        for worker in workers:
            if worker.poll() is None:
                worker.kill()


@pytest.mark.django_db(transaction=True)
def test_concurrent_editors_lose_no_update(build, users, capsys):
    chosen = objects(build, users)
    initial = {(kind, pk): version_of(kind, pk) for kind, pks in chosen.items() for pk in pks}
    events_before = last_event_ids()
    corrections_before = Correction.objects.count()

    results, seconds = run_editors(plans(chosen), actor=users["superuser"].username)

    errors = [r for r in results if r[4] not in ("ok", "conflict")]
    assert not errors, "\n".join(map(str, errors))
    assert len(results) == TRIES // WORKERS * WORKERS
    by_object = defaultdict(list)
    for kind, pk, read, value, outcome in results:
        by_object[(kind, pk)].append((read, value, outcome))
    for (kind, pk), tries in by_object.items():
        start = initial[(kind, pk)]
        saved = sorted((read, value) for read, value, outcome in tries if outcome == "ok")
        # Each success was based on the version the one before it wrote: a chain without gaps or forks.
        assert [read for read, _ in saved] == list(range(start, start + len(saved))), (kind, pk, saved[:10])
        assert version_of(kind, pk) == start + len(saved), (kind, pk)
        # All of them are in the audit trail, in that order; nothing of a refused save is.
        attempted = {value for _, value, _ in tries}
        assert history(kind, pk, events_before[kind], attempted) == [value for _, value in saved], (kind, pk)
        if saved:
            stored = model_of(kind).objects.filter(pk=pk).values_list(targets()[kind][2], flat=True)
            assert stored.get() == saved[-1][1], (kind, pk)
        # A refused save had really been overtaken: someone saved on top of the version it read.
        for read, _, outcome in tries:
            if outcome == "conflict":
                assert any(other >= read for other, _ in saved), (kind, pk, read)
    ok = sum(1 for r in results if r[4] == "ok")
    conflicts = len(results) - ok
    assert len(by_object) == sum(len(pks) for pks in chosen.values())
    assert all(any(t[2] == "ok" for t in tries) for tries in by_object.values()), "an object was never saved"
    assert conflicts > 0, "the editors never met: nothing was tested"
    # Every saved change of published content left its public correction.
    published = {("fact_check", chosen["fact_check"][0]), ("evidence", chosen["evidence"][0])}
    published.add(("appearance", chosen["appearance"][0]))
    expected = sum(1 for r in results if r[4] == "ok" and (r[0], r[1]) in published)
    assert Correction.objects.count() - corrections_before == expected

    with capsys.disabled():
        print(
            f"\nconcurrent editors: {len(results)} tries by {WORKERS} processes on {len(by_object)} objects of "
            f"{len(chosen)} kinds in {seconds:.1f} s: {ok} saved, {conflicts} refused as stale, 0 lost writes"
        )
