"""The admin, page by page, for every newsroom role, on the demo newsroom.

Expected outcomes are derived from the permission table (factdb.policy) and the
database, never from hand-written per-role lists.
"""

import re

import pytest
from django.contrib import admin
from django.contrib.auth.models import User
from django.test import RequestFactory
from django.urls import reverse
from django.utils.html import escape

from claims import actions
from claims.actions import merges
from claims.actions.tips import do_receive_tip
from claims.models import (
    Appearance,
    Claim,
    ClaimStatus,
    ClaimTransition,
    Correction,
    Evidence,
    ExternalReview,
    FactCheck,
    FactCheckStatus,
    Rating,
)
from factdb import accounts, policy
from factdb.accounts import system_actor
from factdb.guard import opened
from factdb.models import Notification, PartnerKey
from sources import actions as sources
from sources.models import Outlet, Source, Speaker, SpeakerAlias
from tests.claims.admin.conftest import ROLES, change_form_data, client_for, messages_of, registered_admins
from webhooks.actions import do_create_subscription
from webhooks.models import Subscription

STEP_BUTTON = re.compile(r'formaction="/admin/claims/claim/(\d+)/step/(\w+)/"')


def perm(model, action):
    return f"{model._meta.app_label}.{action}_{model._meta.model_name}"


def url(model, view, *args):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


def refused_to_everyone(model_admin, action):
    """Records nobody adds or edits by hand (audit trail, corrections, imports): refused even to a superuser."""
    request = RequestFactory().get("/admin/")
    request.user = User(is_superuser=True, is_active=True, is_staff=True)
    return not getattr(model_admin, f"has_{action}_permission")(request)


def can_view(user, model):
    return user.has_perm(perm(model, "view")) or user.has_perm(perm(model, "change"))


# What the newsroom does on each admin page, in the permission table's words: (create, [change actions]).
# Pages not listed are read-only logs and lists (corrections, steps, evidence, aliases, events).
PAGE_ACTIONS = {
    Claim: ("claim.capture", ["claim.change_wording", "claim.change_notes", "claim.change_topics", "appearance.add"]),
    FactCheck: ("fact_check.draft", ["fact_check.change", "fact_check.change_notes"]),
    Appearance: ("claim.capture", ["appearance.change"]),
    Speaker: ("speaker.create", ["speaker.change"]),
    Source: ("source.create", ["source.change"]),
    Outlet: ("outlet.create", ["outlet.change"]),
    Rating: (None, ["rating_scale.change"]),
    User: ("user.create", ["user.change"]),
    PartnerKey: ("api_key.create", ["api_key.change"]),
    Subscription: ("webhook.create", ["webhook.change"]),
}


def _page_actions(model):
    from claims.models import RatingScale, Topic

    extra = {Topic: ("topic.create", ["topic.change"]), RatingScale: ("rating_scale.change", ["rating_scale.change"])}
    return {**PAGE_ACTIONS, **extra}.get(model, (None, []))


def can_edit(user, model, model_admin, obj=None):
    return any(policy.allows(user, action, obj) for action in _page_actions(model)[1])


def can_add(user, model, model_admin):
    create = _page_actions(model)[0]
    if create is None:
        return False
    # Drafting a verdict depends on the claim's state: the add page is for those who research.
    return bool(policy.roles_for(create) & policy.roles_of(user))


def claim_in(status):
    return Claim.objects.filter(status=status).order_by("pk").first()


# --- Every page, every role -------------------------------------------------------------------


@pytest.mark.parametrize("role", ROLES)
def test_every_admin_page_answers_per_role(demo, role):
    user = demo[role]
    # Records the demo newsroom has none of; their change pages need one.
    accounts.do_create_api_key("Partner newsroom", actor=demo["Admin"])
    with opened("test: an imported review, as the ClaimReview import would store it"):
        ExternalReview.objects.create(
            claim=Claim.objects.first(),
            url="https://factcheck.example/taliban-list",
            publisher_name="Another fact-checker",
            textual_rating="Correct",
            raw={"@type": "ClaimReview"},
        )
    # A webhook delivered (the demo's verdict in review, published), a queued tip and a repeat alert.
    do_create_subscription("Partner CMS", "http://127.0.0.1:9/hooks", actor=demo["Admin"])
    published = actions.do_step(claim_in("in_review"), "publish", actor=demo["Editor"])
    do_receive_tip("Is the moon made of cheese?", channel="form", actor=system_actor())
    do_receive_tip(published.text, link="https://social.example/p/1", channel="form", actor=system_actor())
    merges.do_merge_speakers(
        sources.do_create_speaker("Marit Voss", actor=demo["Editor"]),
        sources.do_create_speaker("Marit Vos", actor=demo["Editor"]),
        actor=demo["Editor"],
    )
    client = client_for(user)
    failures = []

    def check(page, expected, response):
        if response.status_code != expected:
            failures.append(f"{page}: {response.status_code}, expected {expected}")

    for model, model_admin in registered_admins():
        label = model._meta.label
        check(f"{label} changelist", 200 if can_view(user, model) else 403, client.get(url(model, "changelist")))
        check(f"{label} add", 200 if can_add(user, model, model_admin) else 403, client.get(url(model, "add")))
        if model._meta.label_lower == "pghistory.events":
            continue  # an aggregate view over every event table: it has a list, no per-object page
        objects = model._default_manager.order_by("pk")
        if model is Notification:  # an inbox is its owner's: open one's own
            objects = objects.filter(recipient=user)
            if not objects.exists():
                continue
        obj = objects.first()
        assert obj is not None, f"the demo has no {label} to open"
        response = client.get(url(model, "change", obj.pk))
        check(f"{label} change", 200 if can_view(user, model) else 403, response)
        may_edit = can_edit(user, model, model_admin, obj)
        if response.status_code == 200 and ('name="_save"' in response.text) != may_edit:
            failures.append(f"{label} change: Save button shown={not may_edit}, role may edit={may_edit}")
    assert not failures, "\n".join(failures)


def test_corrections_and_workflow_history_are_append_only():
    for model in (Correction, ClaimTransition, Evidence, SpeakerAlias):
        model_admin = admin.site._registry[model]
        assert all(refused_to_everyone(model_admin, action) for action in ("add", "change", "delete"))


def test_claim_list_shows_demo_claims_with_badges(demo):
    response = client_for(demo["Editor"]).get(url(Claim, "changelist"))
    assert response.status_code == 200
    for claim in Claim.objects.all():
        assert escape(str(claim)) in response.text
    # Status badge for every status in use, rating badge (label) for every current verdict.
    for status in Claim.objects.values_list("status", flat=True).distinct():
        assert f">{ClaimStatus(status).label}</span>" in response.text
    for rating in Rating.objects.filter(pk__in=Claim.objects.values("current_fact_check__rating")):
        assert f"background:{rating.colour};" in response.text
        assert f">{rating.label}</span>" in response.text
    assert 'class="factdb-badge"' in response.text


# --- Filters and search ------------------------------------------------------------------------


def _range_params(spec, low, high):
    """Query parameters of a django-admin-rangefilter filter (date, or date + time split)."""
    params = {}
    for name in spec.expected_parameters():
        value = low if "__gte" in name else high
        params[name] = value if not name.endswith("_1") else "00:00:00"
    return params


def test_every_filter_choice_and_search_answers(demo):
    client = client_for(demo["superuser"])
    failures = []
    for model, model_admin in registered_admins():
        changelist = url(model, "changelist")
        response = client.get(changelist)
        changelist_obj = response.context["cl"]
        for spec in changelist_obj.filter_specs:
            choices = [choice for choice in spec.choices(changelist_obj) if "query_string" in choice]
            queries = [choice["query_string"] for choice in choices][:4]
            if not choices:  # date ranges: no links, a small form instead
                queries = [_range_params(spec, "2000-01-01", "2100-12-31")]
            for query in queries:
                answer = client.get(changelist + query) if isinstance(query, str) else client.get(changelist, query)
                if answer.status_code != 200:  # an invalid filter redirects to ?e=1
                    failures.append(f"{model._meta.label} filter {query}: {answer.status_code}")
        if model_admin.search_fields:
            answer = client.get(changelist, {"q": "Kabulov"})
            if answer.status_code != 200:
                failures.append(f"{model._meta.label} search: {answer.status_code}")
    assert not failures, "\n".join(failures)


def _listed(client, model, **params):
    response = client.get(url(model, "changelist"), params)
    assert response.status_code == 200, params
    return {obj.pk for obj in response.context["cl"].result_list}


def test_claim_filters_select_the_right_claims(demo):
    client = client_for(demo["Editor"])
    for status in ClaimStatus.values:
        expected = set(Claim.objects.filter(status=status).values_list("pk", flat=True))
        assert _listed(client, Claim, status__exact=status) == expected
    for category in Rating.objects.values_list("category", flat=True).distinct():
        expected = set(Claim.objects.filter(current_fact_check__rating__category=category).values_list("pk", flat=True))
        assert _listed(client, Claim, current_fact_check__rating__category__exact=category) == expected
    # Speaker and outlet filters are typed into (name, alias or id), so big tables are never enumerated.
    for speaker in Speaker.objects.all():
        expected = set(Claim.objects.filter(appearances__speaker=speaker).values_list("pk", flat=True))
        assert expected
        assert _listed(client, Claim, speaker=str(speaker.pk)) == expected
        assert _listed(client, Claim, speaker=speaker.name.upper()) == expected
    kabulov = Speaker.objects.get(name="Zamir Kabulov")
    by_alias = set(Claim.objects.filter(appearances__speaker=kabulov).values_list("pk", flat=True))
    assert _listed(client, Claim, speaker="kubalov", status__exact="published") == by_alias & set(
        Claim.objects.filter(status="published").values_list("pk", flat=True)
    )
    source = Source.objects.get(language="en")  # the seed article (the demo also has a Spanish and a Russian one)
    expected = set(Claim.objects.filter(appearances__source__outlet=source.outlet).values_list("pk", flat=True))
    assert _listed(client, Claim, outlet=str(source.outlet_id)) == expected
    assert _listed(client, Claim, outlet=source.outlet.domain) == expected
    assert _listed(client, Claim, outlet="no-such-outlet") == set()
    topic = Claim.topics.through.objects.first().topic
    assert _listed(client, Claim, topics__id__exact=topic.pk) == set(topic.claims.values_list("pk", flat=True))
    day = source.published_on.isoformat()
    on_day = set(Claim.objects.filter(first_seen_on=source.published_on).values_list("pk", flat=True))
    assert on_day
    assert _listed(client, Claim, first_seen_on__range__gte=day, first_seen_on__range__lte=day) == on_day
    assert (
        _listed(client, Claim, first_seen_on__range__gte="1990-01-01", first_seen_on__range__lte="1990-12-31") == set()
    )


def test_claim_search_finds_text_words_and_speakers(demo):
    client = client_for(demo["Reporter"])
    for claim in Claim.objects.all():
        words = " ".join(claim.text.split()[:4])
        assert claim.pk in _listed(client, Claim, q=words), words
        assert _listed(client, Claim, q=str(claim.pk)) >= {claim.pk}
    kabulov = Speaker.objects.get(name="Zamir Kabulov")
    said_by_him = set(Claim.objects.filter(appearances__speaker=kabulov).values_list("pk", flat=True))
    for term in ("Kubalov", "kabulov", "Замир Кабулов"):
        assert _listed(client, Claim, q=term) == said_by_him, term
    assert _listed(client, Claim, q="xylophone") == set()


@pytest.mark.parametrize("term", ["Kubalov", "kubalov", "KABULOV", "Kabulóv", "Кабулов"])
def test_speaker_search_matches_aliases_ignoring_case_and_accents(demo, term):
    listed = _listed(client_for(demo["Reporter"]), Speaker, q=term)
    assert listed == {Speaker.objects.get(name="Zamir Kabulov").pk}


@pytest.mark.parametrize(
    ("model_name", "field_name", "term", "expected"),
    [
        ("appearance", "speaker", "kubalov", lambda: Speaker.objects.filter(name="Zamir Kabulov")),
        ("appearance", "speaker", "KREMLIN", lambda: Speaker.objects.filter(name="The Kremlin")),
        ("appearance", "source", "Taliban", lambda: Source.objects.filter(title__icontains="taliban")),
        ("factcheck", "claim", "Taliban", lambda: Claim.objects.filter(text__icontains="taliban")),
        ("appearance", "claim", "lithium", lambda: Claim.objects.filter(text__icontains="lithium")),
    ],
)
def test_autocomplete(demo, model_name, field_name, term, expected):
    response = client_for(demo["Fact-checker"]).get(
        "/admin/autocomplete/",
        {"app_label": "claims", "model_name": model_name, "field_name": field_name, "term": term},
    )
    assert response.status_code == 200
    found = {int(result["id"]) for result in response.json()["results"]}
    wanted = set(expected().values_list("pk", flat=True))
    assert wanted
    assert found == wanted


# --- The claim page ----------------------------------------------------------------------------


def test_claim_page_reaches_appearances_fact_checks_history_and_events(demo):
    claim = Claim.objects.filter(status=ClaimStatus.PUBLISHED, fact_checks__corrections__isnull=False).first()
    response = client_for(demo["Reporter"]).get(url(Claim, "change", claim.pk))
    assert response.status_code == 200
    for appearance in claim.appearances.all():
        assert escape(appearance.quote) in response.text
    for fact_check in claim.fact_checks.all():
        assert url(FactCheck, "change", fact_check.pk) in response.text
    history = next(i for i in response.context["inline_admin_formsets"] if i.opts.model is ClaimTransition)
    assert len(history.formset.forms) == claim.transitions.count() > 0
    events_link = re.search(rf'href="([^"]*\?method=tracks&amp;obj=claims.Claim:{claim.pk}&amp;[^"]*)"', response.text)
    assert events_link, "no Events button"
    events = client_for(demo["Reporter"]).get(events_link.group(1).replace("&amp;", "&"))
    assert events.status_code == 200
    tracked = {(event.pgh_obj_model, str(event.pgh_obj_id)) for event in events.context["cl"].result_list}
    assert tracked == {("claims.Claim", str(claim.pk))}


def one_claim_per_situation(user):
    """(claim, its verdict in review or None): the first claim of each situation the buttons depend on (status,
    visibility, whether `user` wrote the verdict in review); every claim's page costs a tenth of a second."""
    seen = {}
    for claim in Claim.objects.order_by("pk"):
        in_review = claim.fact_checks.filter(status="in_review").first()
        wrote_it = in_review is not None and user.pk in (in_review.author_id, in_review.revised_by_id)
        seen.setdefault((claim.status, claim.is_public, in_review is not None, wrote_it), (claim, in_review))
    return list(seen.values())


@pytest.mark.parametrize("role", ROLES)
def test_step_buttons_match_the_role(demo, role):
    user = demo[role]
    client = client_for(user)
    situations = one_claim_per_situation(user)
    assert len({claim.status for claim, _ in situations}) == len(set(Claim.objects.values_list("status", flat=True)))
    for claim, in_review in situations:
        response = client.get(url(Claim, "change", claim.pk))
        shown = {step for pk, step in STEP_BUTTON.findall(response.text) if int(pk) == claim.pk} - {"plan", "approve"}
        expected = {step.name for step in actions.STEPS if policy.allows(user, f"claim.{step.name}", claim)}
        if in_review is not None and user.pk in (in_review.author_id, in_review.revised_by_id):
            expected.discard("publish")  # four eyes: not offered to the verdict's writer
        visibility = "make_internal" if claim.is_public else "make_public"
        if policy.allows(user, f"claim.{visibility}", claim):
            expected.add(visibility)
        assert shown == expected, (role, claim.status)


def _take_step(client, claim, step):
    return client.post(reverse("admin:claims_claim_step", args=[claim.pk, step]), {"workflow_note": "t"}, follow=True)


@pytest.mark.parametrize("role", ROLES)
def test_step_refused_without_permission_changes_nothing(demo, role):
    user = demo[role]
    client = client_for(user)
    for step in actions.STEPS:
        # a claim where only the role stands in the way
        claim = next(
            (
                c
                for c in Claim.objects.order_by("pk")
                if policy.cell(f"claim.{step.name}", c)[1] is not None
                and not policy.allows(user, f"claim.{step.name}", c)
            ),
            None,
        )
        if claim is None:
            continue
        before = (claim.status, claim.transitions.count())
        response = _take_step(client, claim, step.name)
        claim.refresh_from_db()
        assert (claim.status, claim.transitions.count()) == before, step.name
        assert any("may not" in message for message in messages_of(response)), step.name


def test_step_get_is_not_allowed(demo):
    claim = claim_in(ClaimStatus.IN_REVIEW)
    response = client_for(demo["Editor"]).get(reverse("admin:claims_claim_step", args=[claim.pk, "publish"]))
    assert response.status_code == 405
    assert Claim.objects.get(pk=claim.pk).status == ClaimStatus.IN_REVIEW


def test_publish_from_the_claim_page(demo):
    claim = claim_in(ClaimStatus.IN_REVIEW)
    response = _take_step(client_for(demo["Editor"]), claim, "publish")
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.PUBLISHED
    assert claim.is_public
    assert claim.current_fact_check.status == FactCheckStatus.PUBLISHED
    assert "Claim is now published." in messages_of(response)
    assert claim.transitions.first().user == demo["Editor"]


def test_four_eyes_refuses_publishing_your_own_fact_check(demo):
    claim = claim_in(ClaimStatus.IN_REVIEW)
    actions.do_revise_fact_check(claim.fact_checks.get(), actor=demo["Editor"], changes={"headline": "Editor's words"})
    response = _take_step(client_for(demo["Editor"]), claim, "publish")
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.IN_REVIEW
    assert not claim.is_public
    assert any("Four eyes" in message for message in messages_of(response))


# --- Bulk actions ------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ROLES)
def test_bulk_step_actions_match_the_role(demo, role):
    user = demo[role]
    response = client_for(user).get(url(Claim, "changelist"))
    action_form = response.context["action_form"]  # None when the role has no action at all
    offered = {name for name, _label in action_form.fields["action"].choices} if action_form else set()
    for step in actions.STEPS:
        may = bool(policy.roles_for(f"claim.{step.name}") & policy.roles_of(user)) and not step.needs_note
        assert (f"step_{step.name}" in offered) == may, step.name


def test_reporter_cannot_bulk_publish(demo):
    claim = claim_in(ClaimStatus.IN_REVIEW)
    client = client_for(demo["Reporter"])
    response = client.get(url(Claim, "changelist"))
    assert "Publish verdict" not in response.text
    client.post(url(Claim, "changelist"), {"action": "step_publish", "_selected_action": [claim.pk]}, follow=True)
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.IN_REVIEW
    assert not claim.is_public
    assert not claim.transitions.filter(name="publish").exists()


def test_editor_bulk_selects_new_claims(demo):
    new = list(Claim.objects.filter(status=ClaimStatus.NEW).values_list("pk", flat=True))
    others = set(Claim.objects.exclude(pk__in=new).values_list("pk", "status"))
    assert len(new) >= 2
    response = client_for(demo["Editor"]).post(
        url(Claim, "changelist"), {"action": "step_select", "_selected_action": new}, follow=True
    )
    assert set(Claim.objects.filter(pk__in=new).values_list("status", flat=True)) == {ClaimStatus.SELECTED}
    assert set(Claim.objects.exclude(pk__in=new).values_list("pk", "status")) == others
    assert f"Select for checking: {len(new)} claim(s) done." in messages_of(response)


# --- Fact-checks: corrections ------------------------------------------------------------------


def _published_fact_check():
    return FactCheck.objects.filter(status=FactCheckStatus.PUBLISHED, corrections__isnull=True).first()


def test_changing_a_published_verdict_needs_a_correction_note(demo):
    fact_check = _published_fact_check()
    other = Rating.objects.filter(scale=fact_check.rating.scale).exclude(pk=fact_check.rating_id).first()
    client = client_for(demo["Editor"])
    page = client.get(url(FactCheck, "change", fact_check.pk))
    data = change_form_data(page) | {"rating": str(other.pk), "correction_note": ""}

    refused = client.post(url(FactCheck, "change", fact_check.pk), data)
    assert refused.status_code == 200
    assert "needs a public correction note" in " ".join(refused.context["adminform"].form.errors["correction_note"])
    fact_check.refresh_from_db()
    assert fact_check.rating_id != other.pk
    assert not fact_check.corrections.exists()

    note = "We had the wrong rating; the new evidence shows otherwise."
    saved = client.post(url(FactCheck, "change", fact_check.pk), data | {"correction_note": note})
    assert saved.status_code == 302
    fact_check.refresh_from_db()
    correction = fact_check.corrections.get()
    assert fact_check.rating_id == other.pk
    assert (correction.note, correction.new_rating_id, correction.created_by) == (note, other.pk, demo["Editor"])
    assert correction.previous_rating_id != other.pk
    log = client.get(url(FactCheck, "change", fact_check.pk))
    assert escape(note) in log.text
    assert "corrections log (public)" in log.text.lower()


def test_editing_internal_notes_of_a_published_verdict_needs_no_note(demo):
    fact_check = _published_fact_check()
    client = client_for(demo["Editor"])
    data = change_form_data(client.get(url(FactCheck, "change", fact_check.pk)))
    response = client.post(url(FactCheck, "change", fact_check.pk), data | {"internal_notes": "Checked again."})
    assert response.status_code == 302
    assert FactCheck.objects.get(pk=fact_check.pk).internal_notes == "Checked again."
    assert not Correction.objects.filter(fact_check=fact_check).exists()


@pytest.mark.parametrize("role", ROLES)
def test_published_verdict_is_editable_only_by_roles_that_may_correct(demo, role):
    user = demo[role]
    response = client_for(user).get(url(FactCheck, "change", _published_fact_check().pk))
    editable = set(response.context["adminform"].form.fields) if response.status_code == 200 else set()
    may_correct = policy.allows(user, "fact_check.change", _published_fact_check())
    assert ({"rating", "headline", "explanation"} <= editable) == may_correct


# --- No lost updates ---------------------------------------------------------------------------


def _second_editor():
    user = User.objects.create_user("editor2", password="pw", is_staff=True)
    user.groups.add(*User.objects.get(username="editor").groups.all())
    return user


@pytest.mark.parametrize(
    ("model", "field", "pick"),
    [
        (Claim, "text", lambda: claim_in(ClaimStatus.NEW)),
        (FactCheck, "headline", lambda: FactCheck.objects.filter(status=FactCheckStatus.IN_REVIEW).first()),
    ],
)
def test_second_concurrent_save_is_refused(demo, model, field, pick):
    obj = pick()
    first, second = client_for(demo["Editor"]), client_for(_second_editor())
    change = url(model, "change", obj.pk)
    first_data, second_data = change_form_data(first.get(change)), change_form_data(second.get(change))

    assert first.post(change, first_data | {field: "First editor's words"}).status_code == 302
    refused = second.post(change, second_data | {field: "Second editor's words"})

    assert refused.status_code == 200
    conflict = " ".join(refused.context["adminform"].form.non_field_errors())
    assert "Someone else saved this" in conflict
    assert "Nothing was overwritten" in conflict
    assert escape("Nothing was overwritten") in refused.text
    assert getattr(model.objects.get(pk=obj.pk), field) == "First editor's words"


# Form fields an editor plainly types into, in the order a stale-save test prefers them.
TYPED_FIELDS = [
    "internal_notes", "description", "explanation", "location", "role", "methodology", "title", "label", "first_name",
    "organization", "name",
]  # fmt: skip


def test_every_editable_admin_page_refuses_a_stale_save(demo):
    """Two editors open the same page; the first saves; the second's save is refused and changes nothing.

    Every admin page that edits anything is tried: the record's rows (their version column), people and
    partner keys (a digest of what their page shows).
    """
    first_user = demo["superuser"]
    second_user = User.objects.create_superuser("root2", password="pw")
    accounts.do_create_api_key("Stale-save partner", actor=first_user)
    do_create_subscription("Stale-save partner", "https://partner.example/hooks", actor=first_user)
    request = RequestFactory().get("/admin/")
    request.user = first_user
    editable, tested = set(), set()
    for model, model_admin in registered_admins():
        if not model_admin.has_change_permission(request):
            continue  # logs and lists nobody edits by hand (evidence is edited on its verdict's page)
        editable.add(model._meta.label)
        first, second = client_for(first_user), client_for(second_user)
        for obj in model.objects.order_by("pk"):
            if not model_admin.has_change_permission(request, obj):
                continue
            change = url(model, "change", obj.pk)
            page = first.get(change)
            form = page.context["adminform"].form
            field = next((name for name in TYPED_FIELDS if name in form.fields), None)
            if field is not None:
                break
        else:
            pytest.fail(f"{model._meta.label}: no object with a typed field to change in the admin")
        assert "expected_version" in form.fields, f"{model._meta.label}: its page does not carry what it showed"
        first_data, second_data = change_form_data(page), change_form_data(second.get(change))
        note = {"correction_note": "Stale-save test."} if "correction_note" in first_data else {}

        saved = first.post(change, first_data | note | {field: "First editor's words"})
        assert saved.status_code == 302, model
        assert saved.url != change, model
        refused = second.post(change, second_data | note | {field: "Second editor's words"}, follow=True)

        text = refused.content.decode()
        assert "Someone else saved this" in text, model
        assert "Nothing was overwritten" in text, model
        assert getattr(model.objects.get(pk=obj.pk), field) == "First editor's words", model
        tested.add(model._meta.label)
    assert tested == editable
    assert {"claims.Claim", "claims.FactCheck", "claims.Appearance", "sources.Speaker", "sources.Source"} <= tested
    assert {"sources.Outlet", "claims.Topic", "claims.RatingScale", "claims.Rating", "auth.User"} <= tested
    assert "factdb.PartnerKey" in tested
    assert "webhooks.Subscription" in tested


def test_a_stale_inline_save_is_refused_too(demo):
    """Rows edited on their parent's page (a scale's ratings) carry their own version: the parent's does not move."""
    from claims.models import RatingScale

    scale = RatingScale.objects.get(is_default=True)
    first, second = client_for(demo["superuser"]), client_for(User.objects.create_superuser("root2", password="pw"))
    change = url(RatingScale, "change", scale.pk)
    first_data, second_data = change_form_data(first.get(change)), change_form_data(second.get(change))
    prefix = next(key for key in first_data if key.endswith("-0-description")).removesuffix("description")

    assert first.post(change, first_data | {f"{prefix}description": "First editor's words"}).status_code == 302
    refused = second.post(change, second_data | {f"{prefix}description": "Second editor's words"})

    assert refused.status_code == 200
    assert "Nothing was overwritten" in " ".join(refused.context["adminform"].form.non_field_errors())
    rating = Rating.objects.get(pk=first_data[f"{prefix}id"])
    assert rating.description == "First editor's words"
