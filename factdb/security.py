"""Admin login throttling (django-axes), configured in settings (FACTDB_LOGIN_*)."""

from axes.backends import AxesStandaloneBackend
from rest_framework.throttling import BaseThrottle


class LoginThrottleBackend(AxesStandaloneBackend):  # type: ignore[misc]  # the library is untyped
    """django-axes' lockout check, for logins that come with a request.

    authenticate() without a request (the test client's login(), a shell) has no client address to lock out;
    axes would raise instead of letting the next backend decide.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username, password, **kwargs)


def client_ip(request) -> str:
    """The client's address as the API throttle sees it (X-Forwarded-For past FACTDB_API_NUM_PROXIES proxies)."""
    return BaseThrottle().get_ident(request)
