"""Which URLs claimtrack may fetch: http(s) only, and never a private address by default.

A URL typed by a user, found in a feed or pasted into the web app can point anywhere:
``file:///etc/passwd``, the cloud metadata service at 169.254.169.254, an admin page on
the local network. Fetching it on the user's behalf would turn claimtrack into a probe
of the network it runs in (server-side request forgery). So a URL must be http or https,
and every address its host resolves to must be public: loopback, private, link-local,
unique-local, multicast, unspecified, reserved and other non-global ranges are refused
unless the caller allows private addresses (tests on 127.0.0.1, an intranet install).

This module only decides; it never connects. ``client.py`` connects to an address this
module returned, so a name cannot resolve to a public address here and to a private one
a moment later (DNS rebinding).
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import SplitResult, urlsplit, urlunsplit

from claimtrack.errors import (
    bad_url,
    private_address,
    unresolvable_host,
    unsupported_scheme,
)

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

SCHEMES = ("http", "https")
DEFAULT_PORTS = {"http": 80, "https": 443}


@dataclass(frozen=True)
class Target:
    """A checked URL: its normalised text, and the host and port to connect to."""

    url: str
    scheme: str
    host: str  # lower case, ASCII (IDNA), IPv6 without brackets
    port: int
    netloc: str  # the Host header: host, bracketed if IPv6, and the port unless the default


def normalise_url(raw: str) -> Target:
    """``raw`` as an http(s) URL in one canonical spelling, or an ``InputError``.

    The spelling is the document's id, so the same page typed two ways is one document:
    scheme and host in lower case, no default port, no fragment (it never reaches the
    server), ``/`` for an empty path. A user name or password in the URL is refused
    rather than stored in the id.
    """
    text = raw.strip()
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise bad_url(text, str(exc)) from None
    scheme = parts.scheme.lower()
    if scheme not in SCHEMES:
        raise unsupported_scheme(text, scheme)
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise bad_url(text, "it names no host")
    try:
        host = host.encode("idna").decode("ascii")
    except UnicodeError:
        raise bad_url(text, f"{host!r} is not a valid host name") from None
    if parts.username is not None or parts.password is not None:
        raise bad_url(text, "it holds a user name or password")
    port = port or DEFAULT_PORTS[scheme]
    shown = f"[{host}]" if ":" in host else host
    netloc = shown if port == DEFAULT_PORTS[scheme] else f"{shown}:{port}"
    url = urlunsplit(SplitResult(scheme, netloc, parts.path or "/", parts.query, ""))
    return Target(url, scheme, host, port, netloc)


def blocked_because(address: IPAddress) -> str | None:
    """Why ``address`` is off limits (e.g. "loopback"), or None for a public address.

    An IPv4 address written as IPv6 (``::ffff:127.0.0.1``) is judged as the IPv4 address
    it is. The named properties come first so the message says which rule applies;
    ``is_global`` then catches what they miss (shared 100.64/10, documentation ranges).
    """
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    checks = (
        ("loopback", address.is_loopback),
        ("unspecified", address.is_unspecified),
        ("link-local", address.is_link_local),
        ("multicast", address.is_multicast),
        ("reserved", address.is_reserved),
        ("private", address.is_private),
        ("not globally routable", not address.is_global),
    )
    return next((why for why, hit in checks if hit), None)


def resolve(target: Target) -> list[IPAddress]:
    """Every address ``target``'s host resolves to, in the resolver's order of preference.

    An IP literal resolves to itself without any network traffic.
    """
    try:
        infos = socket.getaddrinfo(target.host, target.port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as exc:
        raise unresolvable_host(target.url, target.host, str(exc)) from None
    found: list[IPAddress] = []
    for *_, sockaddr in infos:
        # IPv6 socket addresses may carry a zone ("fe80::1%eth0"); the address is before it.
        address = ipaddress.ip_address(str(sockaddr[0]).split("%", 1)[0])
        if address not in found:
            found.append(address)
    if not found:
        raise unresolvable_host(target.url, target.host, "no addresses")
    return found


def checked_addresses(target: Target, allow_private: bool = False) -> list[IPAddress]:
    """The addresses ``target`` may be fetched from, or an ``InputError`` ("private").

    Every address the host resolves to is checked, not just the first: a name with one
    public and one private address is refused, since which one a connection would use
    is not ours to predict.
    """
    addresses = resolve(target)
    if not allow_private:
        for address in addresses:
            why = blocked_because(address)
            if why is not None:
                raise private_address(target.url, target.host, str(address), why)
    return addresses


def check_url(raw: str, allow_private: bool = False) -> tuple[Target, list[IPAddress]]:
    """``raw`` normalised, with the addresses it may be fetched from; see the module doc."""
    target = normalise_url(raw)
    return target, checked_addresses(target, allow_private)


__all__ = [
    "DEFAULT_PORTS",
    "SCHEMES",
    "IPAddress",
    "Target",
    "blocked_because",
    "check_url",
    "checked_addresses",
    "normalise_url",
    "resolve",
]
