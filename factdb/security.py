"""Admin login throttling (django-axes), configured in settings (FACTDB_LOGIN_*)."""

from typing import Any

from axes.backends import AxesStandaloneBackend
from django.contrib.auth.base_user import AbstractBaseUser
from django.http import HttpRequest
from rest_framework.request import Request
from rest_framework.throttling import BaseThrottle


class LoginThrottleBackend(AxesStandaloneBackend):  # type: ignore[misc]  # the library is untyped
    """django-axes' lockout check, for logins that come with a request.

    authenticate() without a request (the test client's login(), a shell) has no client address to lock out;
    axes would raise instead of letting the next backend decide.
    """

    def authenticate(
        self, request: HttpRequest | None, username: str | None = None, password: str | None = None, **kwargs: Any
    ) -> AbstractBaseUser | None:
        if request is None:
            return None
        user: AbstractBaseUser | None = super().authenticate(request, username, password, **kwargs)
        return user


def client_ip(request: Request) -> str:
    """The client's address as the API throttle sees it (X-Forwarded-For past FACTDB_API_NUM_PROXIES proxies)."""
    return BaseThrottle().get_ident(request)
