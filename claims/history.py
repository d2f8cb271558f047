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
from factdb.accounts import display_name

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
            self.names[user_id] = display_name(user, f"A former user ({user_id})")
        return self.names[user_id]


def _context_user(event):
    context = event.pgh_context if isinstance(event.pgh_context, dict) else {}
    return context.get("user")


def _events(model_label: str, **lookup):
    model = apps.get_model("claims", model_label)
    return model.objects.filter(**lookup).order_by("pgh_created_at", "pgh_id")[:LIMIT]


def story(claim: Claim) -> list[Entry]:
    """Everything that happened to `claim`, oldest first, each as a sentence naming who did it."""
    told = _Story()
    for chapter in (_claim_changes, _steps, _verdicts, _corrections, _appearances, _merges):
        chapter(claim, told)
    told.entries.sort(key=lambda entry: entry.at)
    return told.entries


class _Story:
    def __init__(self):
        self.person = _People()
        self.ratings = dict(Rating.objects.values_list("pk", "label"))
        self.entries: list[Entry] = []

    def add(self, at, user_id, sentence):
        who = self.person(user_id)
        self.entries.append(Entry(at, who, f"{who} {sentence}"))

    def rating(self, rating_id) -> str:
        return self.ratings.get(rating_id, "no rating") if rating_id else "no rating"


def _claim_changes(claim, told):
    """The claim itself: capture, wording, assignment, priority, deadline, visibility."""
    previous = None
    for event in _events("ClaimEvent", pgh_obj_id=claim.pk):
        user = _context_user(event) or (event.created_by_id if previous is None else None)
        if previous is None:
            told.add(event.pgh_created_at, user, f"captured the claim: “{event.text}”.")
        else:
            for sentence in _claim_change_sentences(previous, event, told.person):
                told.add(event.pgh_created_at, user, sentence)
        previous = event


def _claim_change_sentences(previous, event, person) -> list[str]:
    said = []
    if event.text != previous.text:
        said.append(f"reworded the claim from “{previous.text}” to “{event.text}”.")
    if event.assignee_id != previous.assignee_id:
        said.append(f"assigned it to {person(event.assignee_id) if event.assignee_id else 'nobody'}.")
    if event.priority != previous.priority:
        said.append(f"set the priority to {Priority(event.priority).label.lower()}.")
    if event.deadline != previous.deadline:
        said.append(f"set the deadline to {f'{event.deadline:%a %d %b %Y}' if event.deadline else 'none'}.")
    if event.is_public != previous.is_public:
        said.append("made it public." if event.is_public else "made it internal.")
    if event.merged_into_id != previous.merged_into_id and event.merged_into_id:
        said.append(f"merged it into claim {event.merged_into_id}.")
    return said


def _steps(claim, told):
    for step in claim.transitions.order_by("created_at", "id")[:LIMIT]:
        note = f": {step.note}" if step.note else "."
        verb = STEP_VERBS.get(step.name, f"moved it to {ClaimStatus(step.to_status).label.lower()}")
        told.add(step.created_at, step.user_id, f"{verb}{note}")


def _verdicts(claim, told):
    """Its verdicts: drafts and revisions, approvals."""
    for fact_check in claim.fact_checks.all():
        last = None
        for revision in fact_check.revisions.order_by("number"):
            told.add(revision.written_at, revision.written_by_id, _revision_sentence(revision, last, told))
            last = revision
        reviewer = None
        for event in _events("FactCheckEvent", pgh_obj_id=fact_check.pk):
            if event.reviewer_id and event.reviewer_id != reviewer:
                told.add(event.pgh_created_at, event.reviewer_id, f"approved the verdict “{event.headline}”.")
            reviewer = event.reviewer_id


def _revision_sentence(revision, last, told) -> str:
    if last is None:
        return f"drafted the verdict “{revision.headline}”, rated {told.rating(revision.rating_id)}."
    if revision.rating_id != last.rating_id:
        return (
            f"changed the rating from {told.rating(last.rating_id)} to {told.rating(revision.rating_id)} "
            f"(revision {revision.number})."
        )
    if revision.headline != last.headline:
        return f"rewrote the headline: “{revision.headline}”."
    return f"revised the verdict (revision {revision.number})."


def _corrections(claim, told):
    for correction in Correction.objects.filter(claim=claim).order_by("published_at")[:LIMIT]:
        if correction.kind == CorrectionKind.RETRACTION:
            continue  # the retraction step says it, with its reason
        if correction.previous_rating_id != correction.new_rating_id and correction.new_rating_id:
            what = (
                f"changed the rating from {told.rating(correction.previous_rating_id)} to "
                f"{told.rating(correction.new_rating_id)}"
            )
        else:
            what = f"published a correction ({correction.get_kind_display().lower()})"
        told.add(correction.published_at, correction.created_by_id, f"{what}: {correction.note}")


def _appearances(claim, told):
    """Its appearances: added and removed."""
    speakers: dict = {}
    for event in _events("AppearanceEvent", claim_id=claim.pk):
        user = _context_user(event) or event.created_by_id
        if event.speaker_id and event.speaker_id not in speakers:
            speaker = apps.get_model("sources", "Speaker").objects.filter(pk=event.speaker_id).first()
            speakers[event.speaker_id] = speaker.name if speaker else "a former speaker"
        who = speakers.get(event.speaker_id, "an unknown speaker")
        quote = event.quote if len(event.quote) <= 80 else event.quote[:77] + "…"
        if event.pgh_label == "insert":
            told.add(event.pgh_created_at, user, f"added an appearance: {who} said “{quote}”.")
        elif event.pgh_label == "delete":
            told.add(event.pgh_created_at, user, f"removed the appearance of {who} (“{quote}”).")


def _merges(claim, told):
    for merge in Merge.objects.filter(kind=MergeKind.CLAIM, into_id=claim.pk)[:LIMIT]:
        moved = ", ".join(f"{n} {what}" for what, n in merge.moved.items() if n) or "nothing"
        told.add(
            merge.created_at, merge.user_id, f"merged the duplicate “{merge.merged_name}” into it (moved {moved})."
        )
