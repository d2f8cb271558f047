"""One editor process of tests/factdb/test_concurrency.py: read an object's version, then save a change based on it.

Run as `python -m tests.factdb.concurrent_editor` with DATABASE_URL naming the test database. It
prints "ready" once Django is set up, then reads its plan (one JSON line) on stdin, works through
it as fast as it can, and prints its results (one JSON line): for every try, the version it read,
the value it wrote and whether the action took it ("ok") or refused it as stale ("conflict").
"""

import json
import random
import sys
import time

NOTE = "Corrected while testing concurrent editors."


def targets():
    """Kind -> (read(pk) -> (object, version read), write(object, value, version, actor), field holding the value)."""
    from claims import actions
    from claims.actions.verdicts import EvidenceChanges
    from claims.models import Appearance, Claim, Evidence, FactCheck, Rating, RatingScale, Topic
    from sources import actions as sources
    from sources.models import Outlet, Source, Speaker

    def plain(model):
        def read(pk):
            obj = model.objects.get(pk=pk)
            return obj, obj.version

        return read

    def read_evidence(pk):  # evidence changes are revisions of their verdict: the verdict's version counts
        item = Evidence.objects.select_related("fact_check").get(pk=pk)
        return item, item.fact_check.version

    def changing(do, field, **extra):
        def write(obj, value, version, actor):
            return do(obj, {field: value}, actor=actor, expected_version=version, **extra)

        return write

    return {
        "claim": (plain(Claim), changing(actions.do_change_claim, "internal_notes"), "internal_notes"),
        "fact_check": (
            plain(FactCheck),
            lambda fc, value, version, actor: actions.do_revise_fact_check(
                fc, changes={"explanation": value}, actor=actor, expected_version=version, correction_note=NOTE
            ),
            "explanation",
        ),
        "evidence": (
            read_evidence,
            lambda item, value, version, actor: actions.do_revise_fact_check(
                item.fact_check,
                evidence=EvidenceChanges(change={item: {"note": value}}),
                actor=actor,
                expected_version=version,
                correction_note=NOTE,
            ),
            "note",
        ),
        "speaker": (plain(Speaker), changing(sources.do_change_speaker, "role"), "role"),
        "source": (plain(Source), changing(sources.do_change_source, "title"), "title"),
        "outlet": (plain(Outlet), changing(sources.do_change_outlet, "description"), "description"),
        "appearance": (
            plain(Appearance),
            changing(actions.do_change_appearance, "location", correction_note=NOTE),
            "location",
        ),
        "topic": (plain(Topic), changing(actions.do_change_topic, "description"), "description"),
        "rating_scale": (plain(RatingScale), changing(actions.do_save_rating_scale, "methodology"), "methodology"),
        "rating": (plain(Rating), changing(actions.do_save_rating, "description"), "description"),
    }


def main() -> None:
    import django

    django.setup()
    from django.contrib.auth.models import User

    from factdb.policy import Conflict

    kinds = targets()
    User.objects.exists()  # connected before the start, like an editor with the form open
    print("ready", flush=True)
    plan = json.loads(sys.stdin.readline())
    actor = User.objects.get(username=plan["actor"])
    rng = random.Random(plan["worker"])
    results = []
    started = time.monotonic()
    for number, (kind, pk) in enumerate(plan["tries"]):
        read, write, _ = kinds[kind]
        obj, version = read(pk)
        time.sleep(rng.uniform(0, 0.004))  # the editor reads the form, then saves
        value = f"w{plan['worker']}-t{number}"
        try:
            write(obj, value, version, actor)
            outcome = "ok"
        except Conflict:
            outcome = "conflict"
        except Exception as error:  # anything else is a failure the test reports
            outcome = f"error: {type(error).__name__}: {error}"
        results.append([kind, pk, version, value, outcome])
    print(json.dumps({"results": results, "seconds": time.monotonic() - started}), flush=True)


if __name__ == "__main__":
    main()
