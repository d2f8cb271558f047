"""The admin's "Import data" page: upload, dry-run preview with the per-row report, then import.

The uploaded file is kept in a private temporary directory between the preview and the import
(only its token is in the session), so the import runs on exactly the file that was previewed.
"""

import secrets
import tempfile
from pathlib import Path

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse

from claims.bulk.importer import FORMATS, KINDS, guess_format, import_data, may_import
from claims.bulk.readers import MAX_FILE_BYTES
from factdb import policy

PENDING_DIR = Path(tempfile.gettempdir()) / "factdb-imports"
SESSION_KEY = "factdb_pending_import"


class UploadForm(forms.Form):
    file = forms.FileField(help_text="CSV (UTF-8, header row), JSON, or ClaimReview JSON-LD.")
    format = forms.ChoiceField(choices=[("", "From the file name")] + [(f, f) for f in FORMATS], required=False)
    kind = forms.ChoiceField(choices=[(k, k) for k in KINDS], initial="claims", help_text="Ignored for ClaimReview.")

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_FILE_BYTES:
            raise forms.ValidationError(f"The file is larger than {MAX_FILE_BYTES // 2**20} MB; split it.")
        return upload

    def clean(self):
        cleaned = super().clean()
        if "file" in cleaned and not cleaned.get("format"):
            cleaned["format"] = guess_format(cleaned["file"].name)
            if cleaned["format"] is None:
                self.add_error("format", "Choose the format: the file name does not tell it.")
        return cleaned


def _pending_path(token: str) -> Path:
    return PENDING_DIR / f"{token}.upload"


def _check(request, kind: str) -> None:
    if not may_import(request.user, kind):
        raise PermissionDenied("Your role may not import this kind of data.")


def import_data_view(request):
    """GET: the upload form. POST: a dry run of the upload (preview), or the import of the previewed file."""
    if not policy.allows(request.user, "claim.capture"):
        raise PermissionDenied("Your role may not import data.")
    context = {**admin.site.each_context(request), "title": "Import data", "form": UploadForm(), "formats": FORMATS}
    if request.method == "POST" and "_import" in request.POST:
        return _import_pending(request)
    if request.method == "POST":
        form = UploadForm(request.POST, request.FILES)
        context["form"] = form
        if form.is_valid():
            fmt, kind = form.cleaned_data["format"], form.cleaned_data["kind"]
            _check(request, "claimreview" if fmt == "claimreview" else kind)
            data = form.cleaned_data["file"].read()
            report = import_data(
                data, fmt=fmt, kind=kind, user=request.user, dry_run=True, label=form.cleaned_data["file"].name
            )
            context.update(report=report, filename=form.cleaned_data["file"].name)
            if report.ok:
                token = secrets.token_urlsafe(16)
                PENDING_DIR.mkdir(mode=0o700, parents=True, exist_ok=True)
                _pending_path(token).write_bytes(data)
                request.session[SESSION_KEY] = {
                    "token": token,
                    "format": fmt,
                    "kind": kind,
                    "name": form.cleaned_data["file"].name,
                }
                context["token"] = token
    return TemplateResponse(request, "admin/claims/import_data.html", context)


def _import_pending(request):
    pending = request.session.get(SESSION_KEY)
    if not pending or pending["token"] != request.POST.get("token", ""):
        messages.error(request, "That preview has expired; upload the file again.")
        return redirect("claims-import-data")
    _check(request, "claimreview" if pending["format"] == "claimreview" else pending["kind"])
    path = _pending_path(pending["token"])
    try:
        data = path.read_bytes()
    except OSError:
        messages.error(request, "The previewed file is no longer available; upload it again.")
        return redirect("claims-import-data")
    report = import_data(data, fmt=pending["format"], kind=pending["kind"], user=request.user, label=pending["name"])
    if report.ok:
        path.unlink(missing_ok=True)
        del request.session[SESSION_KEY]
        messages.success(request, f"{pending['name']}: {report.summary()}")
        return redirect("claims-import-data")
    # The database changed since the preview (e.g. a claim was deleted): show why, nothing was written.
    context = {**admin.site.each_context(request), "title": "Import data", "form": UploadForm(), "report": report}
    context["filename"] = pending["name"]
    return TemplateResponse(request, "admin/claims/import_data.html", context)
