"""The URL rules: http(s) only, one spelling per page, no private addresses by default.

Every address here is an IP literal or ``localhost``, which resolve without any network
traffic; nothing in this file connects anywhere.
"""

from __future__ import annotations

import ipaddress

import pytest

from claimtrack.errors import InputError
from claimtrack.fetch.safety import blocked_because, check_url, normalise_url


@pytest.mark.parametrize(
    ("address", "why"),
    [
        ("127.0.0.1", "loopback"),
        ("127.8.9.10", "loopback"),
        ("::1", "loopback"),
        ("10.0.0.1", "private"),
        ("172.16.5.4", "private"),
        ("172.31.255.254", "private"),
        ("192.168.1.1", "private"),
        ("169.254.169.254", "link-local"),
        ("fe80::1", "link-local"),
        ("fc00::1", "private"),
        ("fd12:3456::1", "private"),
        ("224.0.0.1", "multicast"),
        ("ff02::1", "multicast"),
        ("0.0.0.0", "unspecified"),
        ("::", "unspecified"),
        ("240.0.0.1", "reserved"),
        ("::ffff:127.0.0.1", "loopback"),  # IPv4 written as IPv6 is judged as IPv4
        ("::ffff:10.1.2.3", "private"),
        ("100.64.0.1", "not globally routable"),  # shared address space (carrier NAT)
    ],
)
def test_non_public_addresses_are_blocked_with_their_reason(address, why):
    assert blocked_because(ipaddress.ip_address(address)) == why


@pytest.mark.parametrize("address", ["93.184.215.14", "8.8.8.8", "2001:4860:4860::8888"])
def test_public_addresses_pass(address):
    assert blocked_because(ipaddress.ip_address(address)) is None


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8000/news",
        "http://10.0.0.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]:8080/",
        "http://[::ffff:192.168.0.1]/",
        "http://0.0.0.0/",
        "https://localhost/",
    ],
)
def test_private_hosts_are_refused_unless_allowed(url):
    with pytest.raises(InputError) as caught:
        check_url(url)
    assert caught.value.reason == "private"
    assert caught.value.message.startswith(normalise_url(url).url)
    assert "--allow-private" in caught.value.message
    _, addresses = check_url(url, allow_private=True)
    assert addresses


def test_a_public_address_is_returned_for_the_connection():
    target, addresses = check_url("https://93.184.215.14/story")
    assert target.host == "93.184.215.14" and addresses == [ipaddress.ip_address("93.184.215.14")]


@pytest.mark.parametrize(
    ("url", "scheme"),
    [
        ("ftp://example.com/report.txt", "ftp"),
        ("file:///etc/passwd", "file"),
        ("javascript:alert(1)", "javascript"),
        ("data:text/html,<p>12 tanks</p>", "data"),
        ("example.com/news", ""),
    ],
)
def test_only_http_and_https_are_fetched(url, scheme):
    with pytest.raises(InputError) as caught:
        normalise_url(url)
    assert caught.value.reason == "scheme"
    assert "give an http:// or https:// address" in caught.value.message
    assert "\n" not in caught.value.message


@pytest.mark.parametrize(
    ("raw", "normal"),
    [
        ("HTTP://Example.COM:80/a/b?page=2#comments", "http://example.com/a/b?page=2"),
        ("https://example.com", "https://example.com/"),
        ("https://example.com:443/x", "https://example.com/x"),
        ("http://example.com:8080/x", "http://example.com:8080/x"),
        ("  https://example.com./x  ", "https://example.com/x"),
        ("https://[2001:DB8::1]:8443/x", "https://[2001:db8::1]:8443/x"),
        ("https://bücher.example/neu", "https://xn--bcher-kva.example/neu"),
    ],
)
def test_one_spelling_per_page(raw, normal):
    assert normalise_url(raw).url == normal


@pytest.mark.parametrize(
    "url", ["http:///path-only", "https://user:secret@example.com/", "http://example.com:99999/"]
)
def test_unusable_urls_are_refused_with_the_fix(url):
    with pytest.raises(InputError) as caught:
        normalise_url(url)
    assert caught.value.reason == "url" and "give a full address" in caught.value.message
