"""The newsroom desk: assignment, priority and deadlines, the front page's queues, notifications, history."""

from datetime import timedelta

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from claims import actions, history
from claims.actions import desk
from claims.models import Claim, ClaimStatus, Priority
from factdb import notifications
from factdb.models import Notification
from factdb.policy import Forbidden, Refused
from tests.claims.admin.conftest import client_for, messages_of


@pytest.fixture
def people(users):
    for user in users.values():
        user.email = f"{user.username}@newsroom.example"
        user.first_name = user.username.capitalize()
        user.save()
    return users


def test_an_editor_assigns_with_a_deadline_and_the_fact_checker_is_told(
    people, build, django_capture_on_commit_callbacks
):
    claim = build.claim()
    due = timezone.localdate() + timedelta(days=3)
    with django_capture_on_commit_callbacks(execute=True):
        desk.do_plan_claim(
            claim, actor=people["editor"], assignee=people["factchecker"], priority=Priority.URGENT, deadline=due
        )
    claim.refresh_from_db()
    assert (claim.assignee, claim.priority, claim.deadline) == (people["factchecker"], Priority.URGENT, due)
    note = Notification.objects.get(recipient=people["factchecker"])
    assert note.kind == "assigned"
    assert "Editor assigned you" in note.text
    assert note.url.endswith(f"/{claim.pk}/change/")
    assert [m.to for m in mail.outbox] == [["factchecker@newsroom.example"]]
    assert "assigned you" in mail.outbox[0].subject


def test_only_editors_assign_and_only_to_people_who_research(people, build):
    claim = build.claim()
    with pytest.raises(Forbidden):
        desk.do_plan_claim(claim, actor=people["factchecker"], assignee=people["factchecker"])
    with pytest.raises(Refused, match="cannot be assigned"):
        desk.do_plan_claim(claim, actor=people["editor"], assignee=people["reporter"])
    assert Claim.objects.get(pk=claim.pk).assignee is None
    assert not Notification.objects.exists()


def test_steps_notify_reviewers_and_the_people_on_the_claim(people, build, django_capture_on_commit_callbacks):
    claim = build.researching_claim()
    build.fact_check(claim, author=people["factchecker"])
    desk.do_plan_claim(claim, actor=people["editor"], assignee=people["factchecker"])
    with django_capture_on_commit_callbacks(execute=True):
        actions.do_step(claim, "submit_for_review", actor=people["factchecker"])
    editors = set(Notification.objects.filter(kind="submitted").values_list("recipient__username", flat=True))
    assert editors == {"editor", "editor2"}  # the Editor group; not the fact-checker who submitted
    actions.do_step(claim, "send_back", actor=people["editor"], note="Needs the 2023 figure")
    sent_back = Notification.objects.get(kind="sent_back", recipient=people["factchecker"])
    assert "Needs the 2023 figure" in sent_back.text
    actions.do_step(claim, "submit_for_review", actor=people["factchecker"])
    actions.do_step(claim, "publish", actor=people["editor2"])
    assert Notification.objects.filter(kind="published", recipient=people["factchecker"]).exists()
    assert not Notification.objects.filter(recipient=people["editor2"], kind="published").exists()  # not the actor


def test_a_refused_step_tells_nobody(people, build):
    claim = build.researching_claim()  # no draft: submitting is refused
    with pytest.raises(Refused):
        actions.do_step(claim, "submit_for_review", actor=people["factchecker"])
    assert not Notification.objects.exists()


def test_marking_read_is_ones_own(people, build):
    claim = build.claim()
    desk.do_plan_claim(claim, actor=people["editor"], assignee=people["factchecker"])
    mine = Notification.objects.get()
    with pytest.raises(Refused):
        notifications.do_mark_read([mine], actor=people["editor"])
    assert notifications.do_mark_read([mine], actor=people["factchecker"]) == 1
    assert notifications.unread_count(people["factchecker"]) == 0


def test_the_desk_is_the_front_page_with_queues_counts_and_charts(people, build):
    overdue = build.researching_claim("Overdue claim about harbour fees")
    desk.do_plan_claim(
        overdue,
        actor=people["editor"],
        assignee=people["factchecker"],
        deadline=timezone.localdate() - timedelta(days=1),
    )
    later = build.researching_claim("Later claim about bridge tolls")
    desk.do_plan_claim(
        later, actor=people["editor"], assignee=people["factchecker"], deadline=timezone.localdate() + timedelta(days=9)
    )
    build.published_claim("A published claim about rail fares")
    response = client_for(people["factchecker"]).get("/admin/")
    assert response.status_code == 200
    page = response.content.decode()
    mine = page.split('id="desk-mine"')[1].split('id="desk-review"')[0]
    assert mine.index("Overdue claim") < mine.index("Later claim")
    assert "(overdue)" in mine
    assert 'data-testid="overdue-count"><strong>1</strong>' in page
    assert "<svg" in page
    assert "verdicts published" in page
    assert "1 published" in page
    assert 'id="desk-newsroom"' in page
    assert "Claims" in page


def test_the_review_queue_leaves_out_ones_own_verdicts(people, build):
    claim = build.in_review_claim("A claim in review about ferry times")  # written by the factchecker
    desk_page = client_for(people["editor"]).get("/admin/").content.decode()
    assert "ferry times" in desk_page.split('id="desk-review"')[1].split('id="desk-counts"')[0]
    own = build.researching_claim("An editor's own verdict on tram lines")
    build.fact_check(own, author=people["editor"])
    actions.do_step(own, "submit_for_review", actor=people["editor"])
    review = client_for(people["editor"]).get("/admin/").content.decode().split('id="desk-review"')[1]
    assert "tram lines" not in review.split('id="desk-counts"')[0]
    assert claim.pk


def test_the_desk_runs_a_bounded_number_of_queries(people, build):
    for n in range(30):
        claim = build.claim(f"Claim number {n} about the desk's query count")
        desk.do_plan_claim(claim, actor=people["editor"], assignee=people["factchecker"], priority=n % 4)
    client = client_for(people["factchecker"])
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/admin/").status_code == 200
    assert len(queries) <= 20, [q["sql"][:80] for q in queries]


def test_plan_from_the_changelist_action_bar_and_filters(people, build):
    a, b = build.claim("First claim to plan"), build.claim("Second claim to plan")
    client = client_for(people["editor"])
    url = reverse("admin:claims_claim_changelist")
    response = client.post(
        url,
        {
            "action": "plan_claims",
            "_selected_action": [a.pk, b.pk],
            "assignee": str(people["factchecker"].pk),
            "priority": "2",
            "deadline": "2030-01-31",
        },
        follow=True,
    )
    assert "2 claim(s) planned." in messages_of(response)
    assert set(Claim.objects.filter(assignee=people["factchecker"]).values_list("priority", flat=True)) == {2}
    bad = client.post(url, {"action": "plan_claims", "_selected_action": [a.pk], "deadline": "31/01/2030"}, follow=True)
    assert bad.status_code == 200
    assert any("YYYY-MM-DD" in m for m in messages_of(bad))
    listed = client_for(people["factchecker"]).get(url + "?assignee=me&o=-7").content.decode()
    assert "First claim to plan" in listed
    assert "Second claim to plan" in listed
    reporter = client_for(people["reporter"]).get(url).content.decode()
    assert "plan_claims" not in reporter  # the bulk action is not offered to roles that may not assign


def test_the_claim_page_plans_with_a_step_and_shows_only_allowed_buttons(people, build):
    claim = build.claim("A claim planned with its selection")
    client = client_for(people["editor"])
    step = reverse("admin:claims_claim_step", args=[claim.pk, "select"])
    response = client.post(
        step,
        {"desk_assignee": str(people["factchecker"].pk), "desk_priority": "3", "desk_deadline": "2030-02-01"},
        follow=True,
    )
    claim.refresh_from_db()
    assert (claim.status, claim.assignee, claim.priority) == (ClaimStatus.SELECTED, people["factchecker"], 3)
    assert "Claim is now selected." in messages_of(response)
    bad = client.post(step.replace("select", "plan"), {"desk_assignee": "x", "desk_deadline": "soon"}, follow=True)
    assert bad.status_code == 200
    assert any("Assign to" in m for m in messages_of(bad))
    reporter_page = client_for(people["reporter"]).get(reverse("admin:claims_claim_change", args=[claim.pk]))
    html = reporter_page.content.decode()
    assert "Save assignment" not in html
    assert "Add fact-check" not in html
    assert "Start research" not in html


def test_publish_is_not_offered_to_the_verdicts_writer(people, build):
    claim = build.researching_claim()
    fact_check = build.fact_check(claim, author=people["editor"])
    actions.do_step(claim, "submit_for_review", actor=people["editor"])
    verdict_page = reverse("admin:claims_factcheck_change", args=[fact_check.pk])
    assert "Publish verdict" not in client_for(people["editor"]).get(verdict_page).content.decode()
    on_verdict = client_for(people["editor2"]).get(verdict_page).content.decode()
    assert "Publish verdict" in on_verdict
    assert "Approve verdict" in on_verdict
    own = client_for(people["editor"]).get(reverse("admin:claims_claim_change", args=[claim.pk])).content.decode()
    other = client_for(people["editor2"]).get(reverse("admin:claims_claim_change", args=[claim.pk])).content.decode()
    assert "Publish verdict" not in own
    assert "Approve verdict" not in own
    assert "Publish verdict" in other
    assert "Approve verdict" in other
    assert 'id="verdict-panel"' in other


def test_history_reads_as_sentences_with_names(people, build):
    claim = build.researching_claim("A claim whose story is told")
    desk.do_plan_claim(claim, actor=people["editor"], assignee=people["factchecker"])
    fact_check = build.fact_check(claim, author=people["factchecker"], category="mostly_false")
    actions.do_step(claim, "submit_for_review", actor=people["factchecker"])
    actions.do_step(claim, "publish", actor=people["editor"])
    false = build.rating("false")
    actions.do_revise_fact_check(
        fact_check, changes={"rating": false}, actor=people["editor"], correction_note="The 2024 data is final."
    )
    corrected = Notification.objects.get(kind="corrected", recipient=people["factchecker"])
    assert "The 2024 data is final." in corrected.text
    sentences = [entry.sentence for entry in history.story(claim)]
    text = "\n".join(sentences)
    assert "Editor assigned it to Factchecker." in text
    assert "Factchecker submitted it for review." in text
    assert "Editor changed the rating from Mostly false to False: The 2024 data is final." in text
    assert "version" not in text
    assert "updated_at" not in text
    assert "search_vector" not in text
    page = client_for(people["reporter"]).get(reverse("admin:claims_claim_story", args=[claim.pk]))
    assert page.status_code == 200
    assert "Editor published the verdict." in page.content.decode()


def test_notifications_page_badge_and_open(people, build):
    claim = build.claim()
    desk.do_plan_claim(claim, actor=people["editor"], assignee=people["factchecker"])
    client = client_for(people["factchecker"])
    page = client.get("/admin/").content.decode()
    assert 'data-testid="unread-badge"' in page
    listing = client.get(reverse("admin:factdb_notification_changelist")).content.decode()
    assert "assigned you" in listing
    note = Notification.objects.get()
    opened = client.get(reverse("admin:factdb_notification_open", args=[note.pk]))
    assert opened.status_code == 302
    assert opened["Location"].endswith(f"/{claim.pk}/change/")
    assert 'data-testid="unread-badge"' not in client.get("/admin/").content.decode()
    other = client_for(people["editor"]).get(reverse("admin:factdb_notification_open", args=[note.pk]))
    assert other.status_code == 404


# --- The dead ends of issue #10 ------------------------------------------------------------------


def test_dead_ends_are_gone(people, build):
    claim = build.published_claim("A published claim about grain exports")
    build.claim("An internal claim about grain imports")
    fact_check = claim.fact_checks.get()
    editor = client_for(people["editor"])
    page = editor.get(reverse("admin:claims_factcheck_change", args=[fact_check.pk])).content.decode()
    assert "View site" not in page  # it looped back to the admin
    assert "/admin/auth/user/" not in page
    assert "Factchecker" in page
    assert f'href="/fact-checks/{fact_check.pk}/"' in page  # the public page, from wherever this is served
    assert "What each rating means" in page
    assert "Mostly false" in page
    listing = editor.get(reverse("admin:claims_claim_changelist")).content.decode()
    assert "icon-no.svg" not in listing
    assert ">Internal<" in listing
    reporter = client_for(people["reporter"])
    assert reporter.get(reverse("admin:claims_factcheck_add")).status_code == 403
    assert "Add fact-check" not in reporter.get(reverse("admin:claims_factcheck_changelist")).content.decode()
    article = reporter.get(reverse("claims-import-article")).content.decode()
    assert 'type="date"' in article
    assert "YYYY-MM-DD" not in article
