"""Where webhooks may go: public hosts only, unless allowed (a subscription must not reach the server's own
network: the database, Redis, a cloud metadata address)."""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

from django.conf import settings


def refusal(url: str) -> str | None:
    """Why `url` may not receive webhooks, or None when it may.

    Checked when a subscription is saved and again before each delivery, since a name can be pointed elsewhere
    after it was checked.
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "A webhook URL starts with https:// (or http:// for a test receiver) and names a host."
    if settings.FACTDB_WEBHOOK_PRIVATE_DESTINATIONS:
        return None
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
        found = socket.getaddrinfo(parts.hostname, port, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError, ValueError) as failure:
        return f"{parts.hostname} cannot be reached: {failure}."
    for *_, sockaddr in found:
        address = ipaddress.ip_address(str(sockaddr[0]).split("%")[0])
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
            address = address.ipv4_mapped
        if not address.is_global or address.is_multicast:
            return (
                f"{parts.hostname} is {address}, a private or reserved address: webhooks go to public hosts "
                "(FACTDB_WEBHOOK_PRIVATE_DESTINATIONS allows others, for a receiver on your own network)."
            )
    return None
