"""Request guards shared by every page outside the partner API (which checks its own parameters)."""

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, QueryDict
from django.utils.html import escape

API_PREFIXES = ("/api/", "/v1alpha1/")
MAX_VALUE = 10_000


class RejectUnreadableInput:
    """A NUL byte (or a megabyte in one field) is never a newsroom's input: answer 400 with why, touch nothing.

    PostgreSQL refuses NUL in text, so without this a crafted `?speaker=%00` in the admin was a 500.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not request.path.startswith(API_PREFIXES):
            for where, params in (("address", request.GET), ("form", _post(request))):
                for name, values in params.lists():
                    if "\x00" in name or any("\x00" in value or len(value) > MAX_VALUE for value in values):
                        return HttpResponseBadRequest(
                            f"<h1>Bad request</h1><p>The {where} field “{escape(name[:50])}” holds a null character "
                            "or is far too long. Nothing was changed; go back and try again.</p>",
                        )
        return self.get_response(request)


def _post(request: HttpRequest) -> QueryDict:
    if request.method != "POST" or request.content_type not in ("application/x-www-form-urlencoded", ""):
        return request.GET.__class__()  # an empty QueryDict: multipart uploads are checked by their forms
    return request.POST
