"""The verification snippet partners copy from the README accepts what the worker signs, and nothing else."""

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from webhooks.models import new_secret
from webhooks.sending import headers

README = Path(__file__).resolve().parents[2] / "README.md"


def readme_verify():
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(), flags=re.S)
    (snippet,) = [block for block in blocks if "def verify(secret" in block]
    namespace: dict = {}
    exec(snippet, namespace)  # noqa: S102  (our own README)
    return namespace["verify"]


def test_the_readme_snippet_verifies_signed_deliveries_and_refuses_tampering():
    verify = readme_verify()
    secret, body = new_secret(), '{"type": "fact_check.published", "data": {"id": 1}}'
    signed = headers(secret, "msg_1", datetime.now(UTC), body)
    assert verify(secret, signed, body.encode()) == {"type": "fact_check.published", "data": {"id": 1}}
    with pytest.raises(ValueError, match="signature"):
        verify(secret, signed, body.replace("1", "2").encode())
    with pytest.raises(ValueError, match="signature"):
        verify(new_secret(), signed, body.encode())
    with pytest.raises(ValueError, match="stale"):
        verify(secret, headers(secret, "msg_1", datetime(2020, 1, 1, tzinfo=UTC), body), body.encode())
