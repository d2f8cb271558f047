"""The batched write path (CaptureBatch): bulk-inserted rows are normalised and audited exactly like saved ones."""

import pytest
from django.apps import apps
from django.db import IntegrityError, connection, transaction

from claims.actions.capture import CaptureBatch
from claims.bulk.importer import import_data
from claims.models import Appearance
from factdb import guard
from factdb.actions import action
from sources.models import Outlet, Source, Speaker
from sources.normalize import content_hash, normalize_name, normalize_url

pytestmark = pytest.mark.django_db

CLAIMS = (
    "claim_text,speaker,quote,source_url,source_title,outlet\n"
    "Taxes rose.,  José   GARCÍA ,Taxes rose a lot.,HTTPS://WWW.Planet.example/a/?utm_source=x&b=2,,Planet\n"
    "Taxes fell.,jose garcia,Taxes fell.,https://planet.example/a?b=2#top,,Planet\n"
)


def test_bulk_inserted_speakers_and_sources_are_normalised_and_audited(users):
    report = import_data(CLAIMS.encode(), fmt="csv", user=users["editor"])
    assert report.ok, report.errors
    assert report.written, report.errors
    speaker = Speaker.objects.get()  # both spellings resolved to one speaker
    assert speaker.name == "José GARCÍA"
    assert speaker.normalized_name == normalize_name(speaker.name) == "jose garcia"
    source = Source.objects.get()  # both URLs normalise to one source
    assert source.url == normalize_url("https://planet.example/a?b=2") == "https://planet.example/a?b=2"
    assert source.title == source.url  # default title: the URL, as capture_source gives it
    assert source.content_hash == content_hash(source.full_text) == ""
    assert set(Appearance.objects.values_list("speaker_id", "source_id")) == {(speaker.pk, source.pk)}
    # The audit triggers stay on for bulk inserts: one insert event per row.
    for model, count in [("sources.SpeakerEvent", 1), ("sources.SourceEvent", 1), ("claims.AppearanceEvent", 2)]:
        assert apps.get_model(model).objects.filter(pgh_label="insert").count() == count


def test_normalize_fields_is_what_save_does():
    # Model.save() itself is under test (what bulk_create skips), so the rows are saved directly.
    with guard.opened("test: what Model.save() does, compared with normalize_fields()"):
        speaker = Speaker(name="Zoë  Müller")
        speaker.normalize_fields()
        saved = Speaker.objects.create(name="Zoë  Müller")
        assert speaker.normalized_name == saved.normalized_name == "zoe muller"
        source = Source(url="http://WWW.x.example:80/p/?fbclid=1", title="T", full_text="  Some\n TEXT ")
        source.normalize_fields()
        saved = Source.objects.create(url="http://WWW.x.example:80/p/?fbclid=1", title="T", full_text="  Some\n TEXT ")
        assert (
            (source.url, source.content_hash)
            == (saved.url, saved.content_hash)
            == ("http://x.example/p", content_hash("some text"))
        )
        outlet = Outlet(name="X", domain="https://www.X.example/news")
        outlet.normalize_fields()
        saved = Outlet.objects.create(name="X", domain="https://www.X.example/news")
        assert outlet.domain == saved.domain == "x.example"


def test_queued_objects_get_ids_at_flush_and_saved_inserts_at_once(users):
    @action("test.batch")
    def capture(*, actor):
        batch = CaptureBatch(actor)
        speaker, created = batch.speaker("Ada Minister", create=True)
        source, _ = batch.source("https://a.example/1")
        assert created
        assert speaker.pk is None
        assert source.pk is None
        assert batch.speaker("ADA MINISTER", create=True) == (speaker, False)
        assert batch.saved(speaker).pk is not None
        assert source.pk is not None
        claim, _ = batch.claim("A claim.")
        assert batch.appearance(claim=claim, source=source, quote="A claim.", speaker=speaker)
        assert not batch.appearance(claim=claim, source=source, quote="A claim.", speaker=speaker)
        batch.flush()

    capture(actor=users["reporter"])
    assert Appearance.objects.get().speaker == Speaker.objects.get()
    assert Appearance.objects.get().created_by == users["reporter"]


def test_same_speaker_by_wikidata_id_twice_in_one_file_gets_all_aliases(users):
    rows = "name,wikidata_id,aliases\nAda Minister,Q4242,A. Minister\nAda M.,Q4242,Ada the Minister\n"
    report = import_data(rows.encode(), fmt="csv", kind="speakers", user=users["editor"])
    assert report.ok, report.errors
    assert set(Speaker.objects.get().aliases.values_list("name", flat=True)) == {"A. Minister", "Ada the Minister"}


def test_foreign_keys_are_deferred_again_after_an_import(users):
    assert import_data(CLAIMS.encode(), fmt="csv", user=users["editor"]).ok
    # Checked per statement during the import only; afterwards the default (deferred until commit) is back.
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("INSERT INTO claims_claimtopic (claim_id, topic_id) VALUES (-1, -1)")  # no error before commit
        transaction.set_rollback(True)
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        with pytest.raises(IntegrityError), transaction.atomic():
            cursor.execute("INSERT INTO claims_claimtopic (claim_id, topic_id) VALUES (-1, -1)")
