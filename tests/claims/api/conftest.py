"""The partner API fixtures (tests/partner_api.py)."""

from tests.partner_api import _fresh_throttle_state, api_key, client, world  # noqa: F401  (fixtures)
