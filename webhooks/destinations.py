"""Where webhooks may go: public hosts only, unless allowed (a subscription must not reach the server's own
network: the database, Redis, a cloud metadata address).

A name is looked up once per delivery and the connection goes to the address that was checked, so a name
that answers a public address to the check and an inside one to the connection (DNS rebinding) gets nothing.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as LookupTimeout
from dataclasses import dataclass
from urllib.parse import SplitResult, urlsplit

from django.conf import settings

# Inside addresses written as IPv6: NAT64 (RFC 6052) and the deprecated IPv4-compatible form carry an IPv4
# address in their last 32 bits.
_IPV4_IN_LAST_32_BITS = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("::/96"))


class NotAllowed(Exception):
    """Never send there: not an http(s) URL of a host, or not a public address."""


class Unreachable(Exception):
    """The name did not resolve now; a later attempt may succeed."""


@dataclass(frozen=True)
class Destination:
    scheme: str
    host: str
    port: int
    target: str  # path and query, as sent in the request line
    address: str  # the checked address the connection goes to


def _is_inside(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(address, ipaddress.IPv6Address):
        embedded = address.ipv4_mapped or address.sixtofour
        if embedded is None and any(address in network for network in _IPV4_IN_LAST_32_BITS):
            embedded = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
        if embedded is not None and _is_inside(embedded):
            return True
    return not address.is_global or address.is_multicast


def _parsed(url: str) -> tuple[SplitResult, int]:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise NotAllowed("A webhook URL starts with https:// (or http:// for a test receiver) and names a host.")
    if parts.username is not None or "%" in parts.netloc:
        # Credentials or escapes in the host part are read one way here and another by an HTTP library.
        raise NotAllowed("A webhook URL carries no user name, password or %-escape before its path.")
    try:
        return parts, parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as failure:
        raise NotAllowed(f"A webhook URL's port is 1–65535 ({failure}).") from failure


# getaddrinfo has no timeout of its own: a lookup runs here, and whoever asked waits at most the webhook timeout
# (a stuck lookup then holds a pool thread until the resolver gives up, never a request or the worker).
_LOOKUPS = ThreadPoolExecutor(max_workers=4, thread_name_prefix="webhook-dns")


def _lookup(host: str, port: int) -> list:
    timeout = settings.FACTDB_WEBHOOK_TIMEOUT
    try:
        return _LOOKUPS.submit(socket.getaddrinfo, host, port, type=socket.SOCK_STREAM).result(timeout=timeout)
    except LookupTimeout as failure:
        raise Unreachable(f"{host} did not resolve within {timeout:g} s.") from failure
    except (OSError, UnicodeError) as failure:
        raise Unreachable(f"{host} did not resolve: {failure}.") from failure


def destination(url: str) -> Destination:
    """Where a delivery to `url` connects: its host looked up once, every address checked.

    Raises NotAllowed (never send there) or Unreachable (the name did not resolve; try again later).
    """
    parts, port = _parsed(url)
    host = parts.hostname or ""  # never empty: _parsed refuses a URL without a host
    found = _lookup(host, port)
    addresses = [ipaddress.ip_address(str(sockaddr[0]).split("%")[0]) for *_, sockaddr in found]
    if not settings.FACTDB_WEBHOOK_PRIVATE_DESTINATIONS and any(_is_inside(a) for a in addresses):
        raise NotAllowed(
            f"{host} is not a public address: webhooks go to public hosts "
            "(FACTDB_WEBHOOK_PRIVATE_DESTINATIONS allows others, for a receiver on your own network)."
        )
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return Destination(parts.scheme, host, port, target, str(addresses[0]))


def refusal(url: str) -> str | None:
    """Why a subscription may not send to `url`, or None. Where inside addresses are allowed (development), a
    name is not looked up: a receiver not yet running is no reason to refuse it."""
    try:
        if settings.FACTDB_WEBHOOK_PRIVATE_DESTINATIONS:
            _parsed(url)
        else:
            destination(url)
    except (NotAllowed, Unreachable) as reason:
        return str(reason)
    return None


def post(to: Destination, body: bytes, headers: dict[str, str], timeout: float) -> int:
    """POST `body` to the checked address (TLS verified against the host's name); the answer's status.

    No proxy and no redirect: the request goes where it was checked, or nowhere.
    """
    sock = socket.create_connection((to.address, to.port), timeout=timeout)
    connection: http.client.HTTPConnection
    if to.scheme == "https":
        sock = ssl.create_default_context().wrap_socket(sock, server_hostname=to.host)
        connection = http.client.HTTPSConnection(to.host, to.port, timeout=timeout)
    else:
        connection = http.client.HTTPConnection(to.host, to.port, timeout=timeout)
    connection.sock = sock
    try:
        connection.request("POST", to.target, body=body, headers=headers)
        return connection.getresponse().status
    finally:
        connection.close()
