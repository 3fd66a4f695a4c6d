"""Every error claimtrack raises, in one place, each with a message that says what to do."""

from __future__ import annotations


class ClaimtrackError(Exception):
    """Base class: catch this to handle any claimtrack failure."""


class InputError(ClaimtrackError):
    """A document could not be read. ``reason`` is a short code stored with the failure."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str]]:
        # Rebuilt from both fields when it crosses processes (ingest --jobs workers).
        return (type(self), (self.reason, self.message))


class PackError(ClaimtrackError):
    """A story pack is missing or invalid."""


class StoreError(ClaimtrackError):
    """The store could not be opened or written."""


class UsageError(ClaimtrackError):
    """The command was called wrongly (bad option, path or format)."""


def binary_input(location: str) -> InputError:
    return InputError(
        "binary",
        f"{location}: looks like a binary file, not text or HTML; convert it to text first",
    )


def empty_input(location: str) -> InputError:
    return InputError("empty", f"{location}: is empty (no readable text); nothing to extract")


def too_large(location: str, size: int, limit: int) -> InputError:
    return InputError(
        "too_large",
        f"{location}: is {size:,} bytes, over the {limit:,}-byte limit; split it or raise CLAIMTRACK_MAX_BYTES (e.g. 50M)",
    )


def bad_encoding(location: str, detail: str, encoding: str = "UTF-8") -> InputError:
    return InputError(
        "encoding",
        f"{location}: is not valid {encoding} ({detail}); re-save it as UTF-8"
        " or give its encoding with --encoding",
    )


def broken_html(location: str) -> InputError:
    return InputError(
        "html", f"{location}: HTML holds no readable article text; check the file is a full page"
    )


def unreadable(location: str, detail: str) -> InputError:
    return InputError("unreadable", f"{location}: cannot be read ({detail}); check the path")


def unknown_pack(name: str, known: list[str]) -> PackError:
    return PackError(
        f"no story pack named {name!r}; use one of {', '.join(known) or '(none)'} or a path to a YAML file"
    )


def missing_driver(scheme: str, extra: str, package: str) -> StoreError:
    return StoreError(
        f"the {scheme} database driver is not installed; run "
        f"`pip install 'claimtrack[{extra}]'` (or `pip install {package}`)"
    )


def unsupported_database(scheme: str) -> StoreError:
    return StoreError(
        f"unsupported database URL scheme {scheme!r}; use a SQLite file path "
        "(e.g. claimtrack.db) or postgresql+psycopg://USER@HOST/DB"
    )


def pack_mismatch(store: str, recorded: str, given: str) -> UsageError:
    return UsageError(
        f"store {store} was built with story pack {recorded or '(none)'!r}, not {given or '(none)'!r}; "
        f"ingest with --pack {recorded} (or --no-pack for a pack-less store), or use a new --db"
        if recorded
        else f"store {store} was built without a story pack, not with {given!r}; "
        "ingest with --no-pack, or use a new --db"
    )


class OutputError(ClaimtrackError):
    """A result could not be written (disk full, no permission, special file system)."""


def out_folder_missing(target: object) -> UsageError:
    folder = getattr(target, "parent", None) or "."
    return UsageError(
        f"--out {target}: {folder} is not an existing folder; create it (mkdir -p {folder}) "
        "or choose another path"
    )


def out_is_folder(target: object, example: str) -> UsageError:
    return UsageError(
        f"--out {target} is a folder; give a file name, e.g. --out {target}/{example}"
    )


def cannot_write(target: object, detail: str) -> OutputError:
    return OutputError(
        f"cannot write {target} ({detail}); choose a writable folder with --out, "
        "or free space and retry"
    )


def undetected_encoding(location: str) -> InputError:
    return InputError(
        "encoding",
        f"{location}: is not UTF-8 and its encoding cannot be told with confidence;"
        " give it with --encoding (e.g. --encoding cp1252) or re-save the file as UTF-8",
    )


def unknown_encoding(name: str) -> UsageError:
    return UsageError(
        f"unknown encoding {name!r} for --encoding; use a name such as utf-8, cp1252,"
        " latin-1, cp1251, koi8-r, shift_jis or euc-kr"
    )


# Fetching web pages (claimtrack.fetch): each names the URL and the way out.


def unsupported_scheme(url: str, scheme: str) -> InputError:
    what = f"{scheme}: addresses" if scheme else "addresses without http:// or https://"
    return InputError("scheme", f"{url}: cannot fetch {what}; give an http:// or https:// address")


def bad_url(url: str, detail: str) -> InputError:
    return InputError(
        "url",
        f"{url}: is not a usable web address ({detail}); give a full address such as "
        "https://example.com/news/story",
    )


def unresolvable_host(url: str, host: str, detail: str) -> InputError:
    return InputError(
        "fetch", f"{url}: cannot find host {host} ({detail}); check the address and your network"
    )


def private_address(url: str, host: str, address: str, why: str) -> InputError:
    where = f"{address} is" if host == address else f"{host} is at {address},"
    return InputError(
        "private",
        f"{url}: {where} a {why} address; claimtrack fetches public pages only, "
        "pass --allow-private to fetch from your own network",
    )


def fetch_timeout(url: str, seconds: float) -> InputError:
    return InputError(
        "timeout", f"{url}: no answer within {seconds:g} s; try again later or raise --timeout"
    )


def fetch_too_slow(url: str, seconds: float) -> InputError:
    return InputError(
        "timeout",
        f"{url}: the whole answer took over {seconds:g} s (it kept arriving too slowly);"
        " try again later or raise --timeout",
    )


def page_too_large(url: str, limit: int) -> InputError:
    return InputError(
        "too_large",
        f"{url}: is over the {limit:,}-byte limit; raise --max-bytes (e.g. --max-bytes 50M)",
    )


def wrong_content_type(url: str, media_type: str) -> InputError:
    what = media_type or "of no stated type"
    return InputError(
        "content_type",
        f"{url}: is {what}, not a web page (text/html, application/xhtml+xml or text/plain); "
        "download it and convert it to text, then use `claimtrack ingest`",
    )


def http_status(url: str, status: int, phrase: str) -> InputError:
    fix = "try again later" if status >= 500 else "check the address"
    return InputError(
        "http_status", f"{url}: the server answered {status} {phrase}".rstrip() + f"; {fix}"
    )


def too_many_redirects(url: str, limit: int, last: str) -> InputError:
    return InputError(
        "redirects",
        f"{url}: redirects more than {limit} times (last to {last}); "
        "open it in a browser and fetch the address it ends at",
    )


def fetch_failed(url: str, detail: str) -> InputError:
    return InputError(
        "fetch", f"{url}: could not be fetched ({detail}); check the address and your network"
    )


def page_encoding(url: str, detail: str) -> InputError:
    return InputError(
        "encoding",
        f"{url}: {detail}; save the page and read it with `claimtrack ingest FILE --encoding NAME`",
    )


class NotFoundError(UsageError):
    """What a command or request names does not exist (a claim, a review)."""


def unknown_claim(claim_id: str) -> NotFoundError:
    return NotFoundError(
        f"no claim {claim_id!r}; `claimtrack claims` (or /api/v1/claims) lists claim ids"
    )


def unknown_review(review_id: int, what: str = "claim") -> NotFoundError:
    where = "`claimtrack review list`" if what == "claim" else "`claimtrack review origins`"
    return NotFoundError(f"no {what} review {review_id}; {where} lists them")


def already_undone(review_id: int, when: str) -> UsageError:
    return UsageError(f"review {review_id} was already undone at {when}; nothing to do")


# Parallel and distributed ingest (claimtrack.ingest.parallel, claimtrack.ingest.distributed).


def worker_crashed(location: str, detail: str) -> InputError:
    return InputError(
        "worker_crashed",
        f"{location}: the worker process extracting it died ({detail}), again when it was "
        "retried alone; ingest it with --jobs 1 to see why, and report it",
    )


def task_failed(label: str, detail: str) -> InputError:
    return InputError(
        "task_failed",
        f"{label}: the Dask task for it failed ({detail}); run the same command again "
        "to finish (documents already stored are skipped)",
    )


def scheduler_needs_postgres(db: str) -> UsageError:
    return UsageError(
        f"--scheduler needs a PostgreSQL store that every Dask worker can reach, not {db}; "
        "give --db postgresql+psycopg://USER@HOST/DB, or use --jobs N on one machine"
    )


def scheduler_unreachable(address: str, detail: str) -> UsageError:
    return UsageError(
        f"cannot reach the Dask scheduler at {address} ({detail}); start one with "
        "`dask scheduler` and workers with `dask worker ADDRESS`, or fix --scheduler"
    )


class LanguageError(ClaimtrackError):
    """A language folder (``languages/<xx>/``) is missing or invalid."""


def unknown_language(code: str, known: list[str]) -> LanguageError:
    return LanguageError(
        f"no language folder {code!r}; use one of {', '.join(known) or '(none)'}"
        " or add languages/<code>/extract.yaml"
    )


def invalid_language_file(path: str, problem: str) -> LanguageError:
    return LanguageError(f"language file {path} is invalid: {problem}; fix that key and retry")


# Watching feeds and pages (claimtrack.watch).


def malformed_feed(url: str, detail: str) -> InputError:
    return InputError(
        "feed",
        f"{url}: is not a readable RSS or Atom feed ({detail}); check the address, or watch "
        "it as a page with `claimtrack watch add URL --kind page`",
    )


def robots_forbid(url: str, robots_url: str) -> InputError:
    return InputError(
        "robots",
        f"{url}: {robots_url} does not allow claimtrack to fetch it; remove it from the "
        "watch list (`claimtrack watch remove URL`) or ask the site",
    )


def robots_unreachable(url: str, robots_url: str, detail: str) -> InputError:
    return InputError(
        "robots",
        f"{url}: {robots_url} could not be read ({detail}), so the site's rules are "
        "unknown and nothing is fetched from it this round; the next round tries again",
    )
