"""The admin's "Import article" page: paste or upload, review the proposals, save.

Three steps, stateless between them (the article text travels in a hidden field and
is analysed again on save): 1. the article and its metadata; 2. the proposals, which
editors accept, edit or reject; 3. what was created or reused. Saving goes through
claims.ingest.service.save, the same write path as the ingest_article command.
Mounted in factdb/urls.py under /admin/claims/import-article/ (admin_view: staff only).
"""

from django import forms
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.urls import reverse

from claims.ingest import service
from claims.models import Claim
from factdb import policy
from factdb.parsing import parse_id
from sources.models import Speaker

TEMPLATE = "admin/claims/import_article.html"


class ArticleForm(forms.Form):
    """Step 1 (and, hidden, steps 2-3): the article and what is known about it."""

    text = forms.CharField(label="Article text", widget=forms.Textarea(attrs={"rows": 16, "cols": 100}), required=False)
    file = forms.FileField(label="…or upload a text file", required=False, help_text="UTF-8 plain text.")
    title = forms.CharField(max_length=500, required=False, help_text="Default: the article's first line.")
    url = forms.URLField(label="URL", max_length=2000, required=False, assume_scheme="https")
    outlet = forms.CharField(max_length=200, required=False, help_text="Found by name or by the URL's domain.")
    published = forms.DateField(
        label="Published on",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="Pick the date; relative dates in the text count from it.",
    )

    def clean(self):
        cleaned = super().clean()
        upload = cleaned.get("file")
        text = cleaned.get("text") or ""
        if upload is not None:
            if text.strip():
                raise forms.ValidationError("Paste the text or upload a file, not both.")
            raw = upload.read(service.MAX_TEXT_CHARS * 4 + 1)
            if b"\x00" in raw:
                raise forms.ValidationError("The file looks binary; upload plain text.")
            try:
                text = raw.decode("utf-8-sig")
            except UnicodeDecodeError as exc:
                raise forms.ValidationError("The file is not UTF-8 text.") from exc
        try:
            cleaned["text"] = service.clean_text(text)
        except service.IngestError as exc:
            raise forms.ValidationError(str(exc)) from exc
        return cleaned

    def meta(self) -> service.ArticleMeta:
        d = self.cleaned_data
        return service.ArticleMeta(title=d["title"], url=d["url"], outlet=d["outlet"], published=d["published"])


class HiddenArticleForm(ArticleForm):
    """The same fields, carried through step 2 as hidden inputs."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        del self.fields["file"]
        for f in self.fields.values():
            f.widget = forms.HiddenInput()


def _choices_from_post(post, proposal: service.Proposal):
    """Editors' decisions from the step-2 form; returns (choices, speaker names, speakers to create, errors)."""
    errors: dict[str, str] = {}
    choices: dict[str, service.ClaimChoice] = {}
    for c in proposal.claims:
        accept = post.get(f"accept-{c.key}") == "on"
        text = " ".join(post.get(f"text-{c.key}", c.text).split())
        speaker = post.get(f"speaker-{c.key}", c.speaker_key or "")
        other = " ".join(post.get(f"speaker-other-{c.key}", "").split())
        if other:
            speaker = f"name:{other}"
        elif speaker and not (speaker.startswith("id:") or proposal.speaker(speaker)):
            errors[c.key] = "Choose a speaker from the list."
        if speaker.startswith("id:") and not Speaker.objects.filter(pk=parse_id(speaker[3:])).exists():
            errors[c.key] = "That speaker no longer exists."
        attach = post.get(f"attach-{c.key}", "")
        attach_to = None
        if attach:
            attach_to = parse_id(attach)
            if attach_to is None or not Claim.objects.filter(pk=attach_to).exists():
                errors[c.key] = "The claim to attach to no longer exists."
                attach_to = None
        if accept and not text and attach_to is None:
            errors[c.key] = "An accepted claim needs its text."
        choices[c.key] = service.ClaimChoice(accept=accept, text=text, speaker=speaker, attach_to=attach_to)
    names = {s.key: " ".join(post.get(f"speaker-name-{s.key}", s.name).split()) or s.name for s in proposal.speakers}
    create = {s.key for s in proposal.speakers if post.get(f"create-speaker-{s.key}") == "on"}
    return choices, names, create, errors


def _context(request, **extra):
    return {
        **admin.site.each_context(request),
        "title": "Import article",
        "opts": Claim._meta,
        "app_label": "claims",
        "changelist_url": reverse("admin:claims_claim_changelist"),
        "suggest_threshold": service.matching.SUGGEST_THRESHOLD,
        "duplicate_threshold": service.matching.DUPLICATE_THRESHOLD,
        "accept_score": service.DEFAULT_ACCEPT_SCORE,
        **extra,
    }


def _rows(proposal: service.Proposal, post=None, errors=None):
    """What step 2 shows for each candidate: the proposal, or what the editor posted."""
    errors = errors or {}
    rows = []
    for c in proposal.claims:
        attach_options = [(m.claim, m.score, m.level) for m in c.matches]
        if c.already_imported and c.already_imported.pk not in {m.claim.pk for m in c.matches}:
            attach_options.insert(0, (c.already_imported, None, "already imported"))
        if post is None:
            accept, text, speaker, other = c.accept, c.text, c.speaker_key or "", ""
            attach = str(c.attach_to.pk) if c.attach_to else ""
        else:
            accept = post.get(f"accept-{c.key}") == "on"
            text = post.get(f"text-{c.key}", c.text)
            speaker = post.get(f"speaker-{c.key}", "")
            other = post.get(f"speaker-other-{c.key}", "")
            attach = post.get(f"attach-{c.key}", "")
        rows.append(
            {
                "claim": c,
                "accept": accept,
                "text": text,
                "speaker": speaker,
                "speaker_other": other,
                "attach": attach,
                "attach_options": [(str(claim.pk), claim, score, level) for claim, score, level in attach_options],
                "error": errors.get(c.key),
            }
        )
    return rows


def _review(request, article: ArticleForm, proposal, errors=None, status=200):
    hidden = HiddenArticleForm(initial={**article.cleaned_data, "text": proposal.text})
    post = request.POST if errors else None
    speakers = [
        {
            "proposal": s,
            "name": post.get(f"speaker-name-{s.key}", s.name) if post else s.name,
            "create": (post.get(f"create-speaker-{s.key}") == "on") if post else True,
        }
        for s in proposal.speakers
    ]
    context = _context(
        request,
        step=2,
        proposal=proposal,
        hidden=hidden,
        rows=_rows(proposal, post, errors),
        speakers=speakers,
        errors=errors,
        general_error=(errors or {}).get("__all__"),
    )
    return render(request, TEMPLATE, context, status=status)


def import_article(request):
    """Step 1: the form; step 2 (POST action=analyse): the proposals; step 3 (action=save): the result."""
    if not all(policy.allows(request.user, name) for name in service.SAVE_ACTIONS):
        raise PermissionDenied("Your role may not import articles (it needs to capture claims, sources and speakers).")
    action = request.POST.get("action") if request.method == "POST" else None
    if action == "save":
        article = HiddenArticleForm(request.POST)
        if not article.is_valid():
            return render(request, TEMPLATE, _context(request, step=1, form=article), status=400)
        proposal = service.propose(article.cleaned_data["text"], article.meta())
        choices, names, create, errors = _choices_from_post(request.POST, proposal)
        if errors:
            return _review(request, article, proposal, errors, status=400)
        try:
            result = service.save(proposal, choices, speaker_names=names, create_speakers=create, actor=request.user)
        except policy.ActionError as error:  # a rule refused part of it: nothing was written
            return _review(request, article, proposal, {"__all__": policy.message(error)}, status=400)
        return render(request, TEMPLATE, _context(request, step=3, result=result))
    if action == "analyse":
        article = ArticleForm(request.POST, request.FILES)
        if article.is_valid():
            return _review(request, article, service.propose(article.cleaned_data["text"], article.meta()))
        return render(request, TEMPLATE, _context(request, step=1, form=article), status=400)
    return render(request, TEMPLATE, _context(request, step=1, form=ArticleForm()))
