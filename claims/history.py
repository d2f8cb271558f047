"""A claim's history in sentences: what happened to it, its verdicts and its appearances, and who did it.

Read from the logs the actions keep (workflow steps, revisions, corrections, merges) and from the
audit trail (pghistory events) for what has no log of its own (capture, wording, assignment,
visibility, appearances, approvals). Internal fields (version, updated_at, search vectors) never
appear; people are named, not numbered.
"""

from dataclasses import dataclass
from datetime import datetime

from django.apps import apps
from django.contrib.auth.models import User

from claims.models import Claim, ClaimStatus, Correction, CorrectionKind, Merge, MergeKind, Priority, Rating

STEP_VERBS = {
    "select": "selected it for checking",
    "start_research": "started research",
    "submit_for_review": "submitted it for review",
    "send_back": "sent it back to research",
    "publish": "published the verdict",
    "mark_not_checkable": "marked it not checkable",
    "reopen": "reopened it",
    "retract": "retracted the verdict",
    "recheck": "reopened it for a re-check",
    "merge": "merged it into another claim",
}
LIMIT = 500  # events per kind: a claim's page, not an export


@dataclass
class Entry:
    at: datetime
    who: str
    sentence: str


class _People:
    """User names for ids, fetched once for the whole history."""

    def __init__(self):
        self.names: dict[int, str] = {}

    def __call__(self, user_id) -> str:
        if user_id is None:
            return "Someone"
        if user_id not in self.names:
            user = User.objects.filter(pk=user_id).only("username", "first_name", "last_name").first()
            self.names[user_id] = (
                (user.get_full_name() or user.get_username()) if user else f"A former user ({user_id})"
            )
        return self.names[user_id]


def _context_user(event):
    context = event.pgh_context if isinstance(event.pgh_context, dict) else {}
    return context.get("user")


def _events(model_label: str, **lookup):
    model = apps.get_model("claims", model_label)
    return model.objects.filter(**lookup).order_by("pgh_created_at", "pgh_id")[:LIMIT]


def _rating(rating_id, ratings) -> str:
    return ratings.get(rating_id, "no rating") if rating_id else "no rating"


def story(claim: Claim) -> list[Entry]:
    """Everything that happened to `claim`, oldest first, each as a sentence naming who did it."""
    person = _People()
    ratings = dict(Rating.objects.values_list("pk", "label"))
    entries: list[Entry] = []

    def add(at, user_id, sentence):
        who = person(user_id)
        entries.append(Entry(at, who, f"{who} {sentence}"))

    # The claim itself: capture, wording, assignment, priority, deadline, visibility.
    previous = None
    for event in _events("ClaimEvent", pgh_obj_id=claim.pk):
        user = _context_user(event) or (event.created_by_id if previous is None else None)
        if previous is None:
            add(event.pgh_created_at, user, f"captured the claim: “{event.text}”.")
        else:
            if event.text != previous.text:
                add(event.pgh_created_at, user, f"reworded the claim from “{previous.text}” to “{event.text}”.")
            if event.assignee_id != previous.assignee_id:
                whom = person(event.assignee_id) if event.assignee_id else "nobody"
                add(event.pgh_created_at, user, f"assigned it to {whom}.")
            if event.priority != previous.priority:
                add(event.pgh_created_at, user, f"set the priority to {Priority(event.priority).label.lower()}.")
            if event.deadline != previous.deadline:
                due = f"{event.deadline:%a %d %b %Y}" if event.deadline else "none"
                add(event.pgh_created_at, user, f"set the deadline to {due}.")
            if event.is_public != previous.is_public:
                add(event.pgh_created_at, user, "made it public." if event.is_public else "made it internal.")
            if event.merged_into_id != previous.merged_into_id and event.merged_into_id:
                add(event.pgh_created_at, user, f"merged it into claim {event.merged_into_id}.")
        previous = event

    for step in claim.transitions.order_by("created_at", "id")[:LIMIT]:
        note = f": {step.note}" if step.note else "."
        verb = STEP_VERBS.get(step.name, f"moved it to {ClaimStatus(step.to_status).label.lower()}")
        add(step.created_at, step.user_id, f"{verb}{note}")

    # Its verdicts: drafts and revisions, approvals, corrections.
    for fact_check in claim.fact_checks.all():
        last_rating, last_headline = None, None
        for revision in fact_check.revisions.order_by("number"):
            if revision.number == 1:
                rated = f", rated {_rating(revision.rating_id, ratings)}"
                add(revision.written_at, revision.written_by_id, f"drafted the verdict “{revision.headline}”{rated}.")
            elif revision.rating_id != last_rating:
                add(
                    revision.written_at,
                    revision.written_by_id,
                    f"changed the rating from {_rating(last_rating, ratings)} to "
                    f"{_rating(revision.rating_id, ratings)} (revision {revision.number}).",
                )
            elif revision.headline != last_headline:
                add(revision.written_at, revision.written_by_id, f"rewrote the headline: “{revision.headline}”.")
            else:
                add(revision.written_at, revision.written_by_id, f"revised the verdict (revision {revision.number}).")
            last_rating, last_headline = revision.rating_id, revision.headline
        reviewer = None
        for event in _events("FactCheckEvent", pgh_obj_id=fact_check.pk):
            if event.reviewer_id and event.reviewer_id != reviewer:
                add(event.pgh_created_at, event.reviewer_id, f"approved the verdict “{event.headline}”.")
            reviewer = event.reviewer_id

    for correction in Correction.objects.filter(claim=claim).order_by("published_at")[:LIMIT]:
        if correction.kind == CorrectionKind.RETRACTION:
            continue  # the retraction step says it, with its reason
        if correction.previous_rating_id != correction.new_rating_id and correction.new_rating_id:
            what = (
                f"changed the rating from {_rating(correction.previous_rating_id, ratings)} to "
                f"{_rating(correction.new_rating_id, ratings)}"
            )
        else:
            what = f"published a correction ({correction.get_kind_display().lower()})"
        add(correction.published_at, correction.created_by_id, f"{what}: {correction.note}")

    # Its appearances: added, changed, removed.
    speakers = {}
    for event in _events("AppearanceEvent", claim_id=claim.pk):
        user = _context_user(event) or event.created_by_id
        if event.speaker_id and event.speaker_id not in speakers:
            speaker = apps.get_model("sources", "Speaker").objects.filter(pk=event.speaker_id).first()
            speakers[event.speaker_id] = speaker.name if speaker else "a former speaker"
        who = speakers.get(event.speaker_id, "an unknown speaker")
        quote = event.quote if len(event.quote) <= 80 else event.quote[:77] + "…"
        if event.pgh_label == "insert":
            add(event.pgh_created_at, user, f"added an appearance: {who} said “{quote}”.")
        elif event.pgh_label == "delete":
            add(event.pgh_created_at, user, f"removed the appearance of {who} (“{quote}”).")

    for merge in Merge.objects.filter(kind=MergeKind.CLAIM, into_id=claim.pk)[:LIMIT]:
        moved = ", ".join(f"{n} {what}" for what, n in merge.moved.items() if n) or "nothing"
        add(merge.created_at, merge.user_id, f"merged the duplicate “{merge.merged_name}” into it (moved {moved}).")

    entries.sort(key=lambda entry: entry.at)
    return entries
