"""robots.txt, honoured as RFC 9309 says, read once per site and round.

A site's robots.txt is fetched with the limits of every other fetch. Its answer decides:
a readable file is obeyed (rules for the ``claimtrack`` user agent, else for ``*``);
a missing one (any 4xx) allows everything; an unreachable one (5xx, a timeout, a
network error) forbids the whole site for this round, since its rules cannot be known.
A ``Crawl-delay`` it sets lengthens the pause between requests to the site, up to
``MAX_CRAWL_DELAY_S``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

from claimtrack.errors import InputError, robots_forbid, robots_unreachable
from claimtrack.fetch.client import Page, PageKind, StatusError

#: The product token matched against ``User-agent`` lines (RFC 9309 §2.2.1).
AGENT = "claimtrack"
#: Bytes of robots.txt read; RFC 9309 asks parsers to read at least 500 KiB.
MAX_ROBOTS_BYTES = 512 * 1024
#: The longest Crawl-delay honoured, in seconds; past it a round would stall on one site.
MAX_CRAWL_DELAY_S = 60.0

#: Fetches a robots.txt URL within the usual limits (and the politeness delay).
RobotsFetch = Callable[[str], Page]


class AnyText(Mapping[str, PageKind]):
    """Every media type, read as text: robots.txt is often served as something else."""

    def __getitem__(self, media: str) -> PageKind:
        return "text"

    def __iter__(self) -> Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0


@dataclass
class _SiteRules:
    robots_url: str
    parser: RobotFileParser | None  # None: allow everything
    unreachable: str | None = None  # why robots.txt could not be read


def site_of(url: str) -> str:
    """The robots.txt URL for ``url``'s scheme, host and port."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/robots.txt", "", ""))


class Robots:
    """The robots.txt rules of each site met in one round, fetched on first need."""

    def __init__(self, fetch: RobotsFetch) -> None:
        self._fetch = fetch
        self._sites: dict[str, _SiteRules] = {}

    def _rules(self, url: str) -> _SiteRules:
        robots_url = site_of(url)
        rules = self._sites.get(robots_url)
        if rules is None:
            rules = self._read(robots_url)
            self._sites[robots_url] = rules
        return rules

    def _read(self, robots_url: str) -> _SiteRules:
        try:
            page = self._fetch(robots_url)
        except StatusError as err:
            if 400 <= err.status < 500:
                return _SiteRules(robots_url, None)  # "unavailable": no rules
            return _SiteRules(robots_url, None, f"the server answered {err.status}")
        except InputError as err:
            if err.reason == "too_large":
                return _SiteRules(robots_url, None)  # past the part a parser must read
            detail = err.message.removeprefix(f"{robots_url}: ")
            return _SiteRules(robots_url, None, detail)
        parser = RobotFileParser(robots_url)
        parser.parse(page.body.decode("utf-8", errors="replace").splitlines())
        return _SiteRules(robots_url, parser)

    def check(self, url: str) -> None:
        """Raise an ``InputError`` ("robots") unless ``url`` may be fetched."""
        rules = self._rules(url)
        if rules.unreachable is not None:
            raise robots_unreachable(url, rules.robots_url, rules.unreachable)
        if rules.parser is not None and not rules.parser.can_fetch(AGENT, url):
            raise robots_forbid(url, rules.robots_url)

    def crawl_delay(self, url: str) -> float:
        """The site's Crawl-delay for claimtrack in seconds (capped), 0 when it sets none."""
        parser = self._rules(url).parser
        delay = parser.crawl_delay(AGENT) if parser is not None else None
        return min(float(delay), MAX_CRAWL_DELAY_S) if delay else 0.0
