"""Duplicates stopped at entry ("Did you mean…?"), and merged when they slipped in anyway."""

import pytest
from django.urls import reverse

from claims import history
from claims.actions import merges
from claims.models import Appearance, Claim, ClaimStatus, Merge
from factdb.policy import Forbidden, Refused
from sources import actions as sources
from sources.models import Speaker, SpeakerAlias
from tests.claims.admin.conftest import change_form_data, client_for, messages_of


def speaker_form(name, **extra):
    return {"name": name, "kind": "person", "aliases-TOTAL_FORMS": "0", "aliases-INITIAL_FORMS": "0", **extra}


@pytest.mark.parametrize("typed", ["Zamir Kabulow", "Kabuloff", "Кабулов", "zamir  KABULOV"])
def test_a_new_speaker_that_may_be_a_known_one_is_asked_about(users, typed):
    sources.do_create_speaker("Zamir Kabulov", actor=users["reporter"], aliases=["Kubalov"])
    client = client_for(users["reporter"])
    response = client.post(reverse("admin:sources_speaker_add"), speaker_form(typed))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Did you mean" in page
    assert "Zamir Kabulov" in page
    assert "Create anyway" in page
    assert f'value="{typed}"' in page  # nothing typed is lost
    assert Speaker.objects.count() == 1


def test_a_different_person_is_not_stopped_and_create_anyway_creates(users):
    sources.do_create_speaker("Zamir Kabulov", actor=users["reporter"])
    client = client_for(users["reporter"])
    response = client.post(reverse("admin:sources_speaker_add"), speaker_form("Sergei Lavrov"))
    assert response.status_code == 302
    response = client.post(reverse("admin:sources_speaker_add"), speaker_form("Kabulov", create_anyway="on"))
    assert response.status_code == 302
    assert set(Speaker.objects.values_list("name", flat=True)) == {"Zamir Kabulov", "Sergei Lavrov", "Kabulov"}


def claim_form(client, text, **extra):
    """The add page's form as a browser posts it (every inline's management form), with one appearance."""
    data = change_form_data(client.get(reverse("admin:claims_claim_add")))
    return {**data, "text": text, "language": "en", "appearances-TOTAL_FORMS": "1", **extra}


def test_a_reworded_claim_is_offered_as_an_appearance_before_it_is_saved(users, build):
    existing = build.claim("Russia removed the Taliban from its list of terrorist organisations in April")
    source, speaker = build.source(), build.speaker()
    text = "Russia has removed the Taliban from its list of terrorist organisations"
    appearance = {
        "appearances-0-speaker": str(speaker.pk),
        "appearances-0-source": str(source.pk),
        "appearances-0-quote": "Russia has removed the Taliban from its terrorist list",
        "appearances-0-kind": "direct",
    }
    client = client_for(users["reporter"])
    response = client.post(reverse("admin:claims_claim_add"), claim_form(client, text, **appearance))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Similar claims exist" in page
    assert "Add as appearance of this claim" in page
    assert Claim.objects.count() == 1
    response = client.post(
        reverse("admin:claims_claim_add"),
        claim_form(client, text, _attach_to=str(existing.pk), **appearance),
        follow=True,
    )
    assert f"Added as an appearance of claim {existing.pk}." in messages_of(response)
    assert Claim.objects.count() == 1
    assert existing.appearances.filter(quote__startswith="Russia has removed").exists()
    again = claim_form(client, text + " at last", save_anyway="on", **appearance)
    response = client.post(reverse("admin:claims_claim_add"), again)
    assert response.status_code == 302
    assert Claim.objects.count() == 2


def test_merging_speakers_moves_every_appearance_and_keeps_the_name(users, build):
    keep = sources.do_create_speaker("Zamir Kabulov", actor=users["reporter"])
    duplicate = sources.do_create_speaker("Zamir Kabulow", actor=users["reporter"], aliases=["Z. Kabulow"])
    a, b = build.claim(speaker=duplicate), build.claim(speaker=keep)
    with pytest.raises(Forbidden):
        merges.do_merge_speakers(duplicate, keep, actor=users["reporter"])
    merge = merges.do_merge_speakers(duplicate, keep, actor=users["editor"])
    assert not Speaker.objects.filter(pk=duplicate.pk).exists()
    assert set(Appearance.objects.filter(claim__in=[a, b]).values_list("speaker_id", flat=True)) == {keep.pk}
    assert set(SpeakerAlias.objects.filter(speaker=keep).values_list("name", flat=True)) == {
        "Zamir Kabulow",
        "Z. Kabulow",
    }
    assert merge.moved == {"appearances": 1, "aliases": 2}
    assert merge.user == users["editor"]


def test_merging_a_public_speaker_needs_a_correction_note(users, build):
    keep, duplicate = build.speaker("Marit Vos"), build.speaker("Marit Voss")
    claim = build.claim(speaker=duplicate, is_public=True)
    with pytest.raises(Refused, match="correction note"):
        merges.do_merge_speakers(duplicate, keep, actor=users["editor"])
    merges.do_merge_speakers(duplicate, keep, actor=users["editor"], note="Two spellings of one port chief.")
    assert claim.corrections.get().note == "Two spellings of one port chief."


def test_merging_claims_moves_appearances_and_verdicts_and_keeps_history(users, build):
    keep = build.claim("The harbour handled 15 million containers")
    duplicate = build.researching_claim("The harbour handled fifteen million containers")
    build.fact_check(duplicate)
    merge = merges.do_merge_claims(duplicate, keep, actor=users["editor"])
    duplicate.refresh_from_db()
    assert duplicate.merged_into == keep
    assert not duplicate.is_public
    assert duplicate.status == ClaimStatus.RESEARCHING
    assert keep.appearances.count() == 2
    assert keep.fact_checks.count() == 1
    assert merge.moved["appearances"] == 1
    assert merge.moved["verdicts"] == 1
    assert any("merged the duplicate" in e.sentence for e in history.story(keep))
    assert any("merged it into another claim" in e.sentence for e in history.story(duplicate))
    with pytest.raises(Refused):
        merges.do_merge_claims(duplicate, keep, actor=users["editor"])


def test_a_claim_with_a_public_verdict_is_never_merged_away(users, build):
    published = build.published_claim("A published claim")
    other = build.claim("Another claim")
    with pytest.raises(Refused, match="merge the other claim into this one"):
        merges.do_merge_claims(published, other, actor=users["editor"])
    merges.do_merge_claims(other, published, actor=users["editor"])
    assert Merge.objects.count() == 1


def test_merge_from_the_speaker_list(users, build):
    keep, duplicate = build.speaker("Zamir Kabulov"), build.speaker("Zamir Kabuloff")
    client = client_for(users["editor"])
    response = client.post(
        reverse("admin:sources_speaker_changelist"),
        {"action": "merge_speakers", "_selected_action": [duplicate.pk], "merge_into": str(keep.pk)},
        follow=True,
    )
    assert "Merged “Zamir Kabuloff” into “Zamir Kabulov”." in messages_of(response)
    bad = client.post(
        reverse("admin:sources_speaker_changelist"),
        {"action": "merge_speakers", "_selected_action": [keep.pk], "merge_into": "not an id"},
        follow=True,
    )
    assert bad.status_code == 200
    assert any("type the id" in m for m in messages_of(bad))
    reporter = client_for(users["reporter"]).get(reverse("admin:sources_speaker_changelist")).content.decode()
    assert "merge_speakers" not in reporter


def test_similar_claims_while_typing_answer_json_and_refuse_huge_text(users, build):
    existing = build.claim("Russia removed the Taliban from its list of terrorist organisations in April")
    client = client_for(users["reporter"])
    url = reverse("admin:claims_claim_similar")
    found = client.get(url, {"text": "Russia has removed the Taliban from its terrorist list"}).json()
    assert [m["id"] for m in found["matches"]] == [existing.pk]
    assert client.get(url, {"text": "short"}).json() == {"matches": []}
    assert client.get(url, {"text": "x" * 6000}).status_code == 400
