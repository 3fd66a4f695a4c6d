"""Line-level removal of page furniture: navigation, share and comment widgets, paywalls, ...

Works on whole lines only and never edits inside a line. A line is furniture when its
normalised form is a cue phrase from the lexicon, starts with or contains one while being
short, or has an exact furniture shape (breadcrumb, "12 Comments", "5 min read", a byline,
a bare dateline, a subscription price). Ordinary sentences stay: cue rules only fire on
short lines, and shapes are anchored at both ends.

A paywall notice marks the text as truncated; the subscription offer that follows it
(offer vocabulary, or fragments continuing a line that did not end a sentence) goes too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from claimtrack.clean.dates import (
    CLOCK_TIME,
    FULL_DATE,
    find_full_date,
    month_words,
    parse_full_date,
)
from claimtrack.clean.lexicon import REASONS, UNSPACED_LETTER, load_lexicon, normalise
from claimtrack.records import RemovedLine

MAX_WORDS = 20  # cue phrases found by prefix/contains only count on lines this short
_MAX_WORDS_BY_REASON = {"cookies": 45, "paywall": 30, "comments": 25, "photo_credit": 16}
_OFFER_MAX_WORDS = 40  # a line after a paywall notice longer than this is prose, not an offer

_LEX = load_lexicon()


def _alt(key: str, *, bounded: bool = False, extra: tuple[str, ...] = ()) -> str:
    """The words of the language folders' ``key`` (see ``clean/lexicon.py``) as one regex
    group. ``extra`` are regex alternatives of our own ("\\d+"); a word ending in ``*`` is a
    stem taking any ending; ``bounded`` ends each word at a word boundary."""
    words = [_word(w, bounded=bounded) for w in _LEX.shape_words.get(key, ())]
    return "(?:" + "|".join([*extra, *words] or ["(?!)"]) + ")"


def _word(word: str, *, bounded: bool) -> str:
    if word.endswith("*"):
        return re.escape(word[:-1]) + r"\w*"
    body = r"\s+".join(re.escape(part) for part in word.split())
    # Japanese, Chinese and Korean glue what follows ("330円で", "9,900원에"): no bound there
    glued = UNSPACED_LETTER.match(word[-1:]) or _HANGUL.match(word[-1:])
    return body + r"\b" if bounded and word[-1:].isalnum() and not glued else body


#: Hangul: spaced between words, but a particle glues to the word before it.
_HANGUL = re.compile(r"[\uac00-\ud7af]")


def _ago(
    before: tuple[str, ...], counts: tuple[str, ...], units: tuple[str, ...], after: tuple[str, ...]
) -> str:
    """One language's "3 hours ago" / "il y a 3 heures" shape."""

    def group(words: tuple[str, ...], extra: tuple[str, ...] = ()) -> str:
        return "(?:" + "|".join([*extra, *(_word(w, bounded=False) for w in words)]) + ")"

    head = group(before) + r"\s+" if before else ""
    tail = r"\s+" + group(after) if after else ""
    return head + group(counts, _DIGITS) + r"\s+" + group(units) + tail


_DIGITS = (r"\d+",)  # a count in digits, beside a language's count words
_CURRENCY = r"[$€£¥₽₩₹₴₺₪₦₱฿₫₸]"  # the currency signs; words ("zł", "руб.") are each folder's
#: An amount, its thousands grouped or not: "7,99", "1 200", "1,980", "19.900".
_AMOUNT = r"(?:\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)"
_PRICE_WORDS = _alt("offers.price_words", bounded=True)
_PRICE_PREFIXES = _alt("offers.price_prefixes")
PRICE = re.compile(
    rf"(?:{_CURRENCY}\s?{_AMOUNT}|{_AMOUNT}\s?(?:{_CURRENCY}|{_PRICE_WORDS}|{_PRICE_PREFIXES}))",
    re.IGNORECASE,
)
_PERIOD_WORD = _alt("offers.periods")
_COUNT_WORD = _alt("offers.counts", extra=_DIGITS)
# "from €1,99 per month", "$1 for 3 months", "Only £5 a month", "1 € pour 3 mois"
_OFFER_SHAPES = re.compile(
    rf"""^(?:
        {_alt("offers.starts")}\s+{PRICE.pattern}
            (?=\s*(?:$|{_alt("offers.followers", bounded=True)}|[.,;]))
      | {PRICE.pattern}\s*{_alt("offers.durations")}\s+(?:the\ )?{_COUNT_WORD}\s+(?:\w+\s+)?{_PERIOD_WORD}\b
      | {PRICE.pattern}\s*{_alt("offers.per")}\s?{_alt("offers.per_periods")}\b.*
    )""",
    re.IGNORECASE | re.VERBOSE,
)
#: A price by the period anywhere in a line: "£49 a year", "7,99 € par mois", "14,99 zł
#: miesięcznie" (a period adverb needs no "per").
_PRICE_PER_PERIOD = re.compile(
    rf"{PRICE.pattern}\.?\s*(?:{_alt('offers.per')}\s?)?{_alt('offers.per_periods')}\b",
    re.IGNORECASE,
)
#: How often an offer bills, standing anywhere in its line: "річна", "月額", "سنوي".
_BILLING_PERIOD = re.compile(_alt("offers.billing_periods"), re.IGNORECASE)
#: "5 questions about the treaty", "en 5 points", "i 5 punti chiave": a link to a list piece.
#: One word may stand between the count and the noun: "7 key questions", "7 главных статей".
_LISTICLE = re.compile(
    rf"(?<!\S){_alt('listicle_counts', bounded=True, extra=_DIGITS)}\s+(?:[^\W\d_]+\s+)?"
    rf"{_alt('listicle_nouns', bounded=True)}",
    re.IGNORECASE,
)
#: A line naming a list piece is a link, a headline or a teaser at most this long.
_LISTICLE_WORDS = 14
_PAYWALL_SHAPE = re.compile(r"\d+\s?%\s+" + _alt("paywall_shares"))
_COMMENT_COUNT = re.compile(
    rf"^(?:{_alt('comment_counts.counts', extra=_DIGITS)}\s+{_alt('comment_counts.nouns')}"
    rf"|{_alt('comment_counts.headers')}\s*\(?\d+\)?)$"
)
_READ_TIME = re.compile(
    rf"^(?:{_alt('read_time.counts', extra=_DIGITS)}\s*-?\s*{_alt('read_time.minutes')}\.?\s*"
    rf"{_alt('read_time.after')}"
    rf"|{_alt('read_time.labels')}\W*\d+\s*{_alt('read_time.label_minutes')})$"
)
_AGO = re.compile(
    rf"^(?:{_alt('updated')}\s+)?"
    r"(?:" + "|".join(_ago(*shape) for shape in _LEX.agos) + ")$"
)
_TOKENS = re.compile(r"[^\W\d_]+(?:\.[^\W\d_]+)*\.?|\d+")
_META_SEP = re.compile(r"\s+[|·•]\s+")
_CITY_DATELINE = re.compile(r"^[A-ZÀ-ÖØ-ÞА-ЯЁ][A-ZÀ-ÖØ-ÞА-ЯЁ .'/-]{1,40},\s+")
_BREADCRUMB_SEP = re.compile(r"\s+[>›»/]\s+")
_TERMINAL = re.compile(r"[.!?…][\"'”’»)\]]*$")
_NAME_SPLIT = re.compile(
    r"\s*(?:[|,;·•–—/]|\s-\s|"
    + "|".join(rf"\b{re.escape(w)}\b" for w in _LEX.shape_words.get("name_joiners", ()))
    + r")\s*"
)
#: Lower-case words a byline's name may hold ("de", "von", "bin"): the folders' name_particles.
_NAME_PARTICLES = frozenset(_LEX.shape_words.get("name_particles", ()))


@dataclass(frozen=True)
class Line:
    """One line of a document: its span in the text before cleaning and its current text."""

    start: int
    end: int  # excludes the line break
    text: str


@dataclass
class FurnitureResult:
    kept: list[Line] = field(default_factory=list)
    removed: list[RemovedLine] = field(default_factory=list)
    truncated: bool = False


def split_lines(text: str) -> list[Line]:
    """Lines of ``text`` with their offsets; "\\r\\n" and "\\r" breaks are understood."""
    lines: list[Line] = []
    pos = 0
    for raw in re.split(r"\r\n|\r|\n", text):
        lines.append(Line(pos, pos + len(raw), raw))
        pos += len(raw)
        # step over the break that followed this line (1 or 2 characters)
        if text.startswith("\r\n", pos):
            pos += 2
        elif pos < len(text):
            pos += 1
    return lines


def _word_count(text: str) -> int:
    return len(text.split())


def _prose_words(text: str) -> int:
    """Words of a line as prose; a run of Chinese characters or kana, written without
    spaces, counts one word per two characters, so a line of Japanese or Chinese prose is
    as long as its translation ("会員企業の約6割が…" is no offer's short tail)."""
    glued = sum(len(run) for run in _GLUED_RUN.findall(text))
    return _word_count(text) + glued // 2


#: A run of Chinese characters or kana (Hangul is written with spaces between words).
_GLUED_RUN = re.compile(rf"{UNSPACED_LETTER.pattern}{{2,}}")


def _is_breadcrumb(stripped: str) -> bool:
    parts = _BREADCRUMB_SEP.split(stripped)
    if len(parts) < 2 or _word_count(stripped) > 14:
        return False
    if any(not p or not re.search(r"[^\W\d_]", p) or _TERMINAL.search(p) for p in parts):
        return False
    if any(_word_count(p) > 4 for p in parts):
        return False
    return len(parts) >= 3 or normalise(parts[0]) in _LEX.reasons["navigation"].exact


def _is_byline(stripped: str) -> bool:
    m = _LEX.byline_start.match(stripped)
    if not m or _word_count(stripped) > 14:
        return False
    rest = m.group("rest").strip()
    if _TERMINAL.search(rest) and not re.search(r"\b[A-Z]\.$", rest):
        return False  # a sentence ("By Friday the ministry had ...") not a byline
    name = _NAME_SPLIT.split(rest, maxsplit=1)[0]
    tokens = name.split()
    if not tokens or len(tokens) > 5:
        return False
    first = tokens[0].lower().strip(".,")
    if tokens[0][0].isdigit() or first in _LEX.dateline_words or first in month_words():
        return False
    for token in tokens:
        head = token.lstrip("\"'“‘(")[:1]
        if head.isalpha() and head.islower() and token.lower() not in _NAME_PARTICLES:
            return False
        if head.isdigit():
            return False
    return True


def _is_dateline(stripped: str) -> bool:
    """A line holding only a date (plus words like "Published", a weekday, a time), maybe
    after a city in capitals: "Published: 3 March 2025", "OSLO, May 14, 2024 —"."""
    city = _CITY_DATELINE.match(stripped)
    norm = normalise(stripped[city.end() :] if city else stripped)
    if _word_count(norm) > 14:
        return False
    found = False
    rest = norm
    for m in FULL_DATE.finditer(norm):
        if parse_full_date(m.group(0)):
            found = True
            rest = rest.replace(m.group(0), " ")
    if not found:
        return False
    rest = CLOCK_TIME.sub(" ", rest)
    return all(t.rstrip(".") in _LEX.dateline_words for t in _TOKENS.findall(rest))


def dateline_date(line: str) -> str | None:
    """The ISO date of a line that holds only a date ("Monday 30 November 2026", "Published
    3 March 2025, 10:15"), else None: a live blog's day heading dates the entries under it."""
    stripped = line.strip()
    if not stripped or not any(c.isdigit() for c in stripped) or not _is_dateline(stripped):
        return None
    found = find_full_date(normalise(stripped))
    return found[0] if found else None


#: A story paragraph is a sentence (it ends as one) of at least this many words, not a
#: headline or a byline: a date line of another day below one heads a part of the story
#: (a live blog's day).
STORY_LINE_WORDS = 8


def _is_meta_segment(segment: str) -> str | None:
    """What one " | "-separated part of a byline/meta line is: "meta", "label" or None."""
    norm = normalise(segment)
    if not norm:
        return "label"
    if _READ_TIME.match(norm) or _AGO.match(norm) or _is_dateline(segment):
        return "meta"
    byline_prefix = _LEX.reasons["byline"].prefix
    if _is_byline(segment) or (byline_prefix is not None and byline_prefix.match(norm)):
        return "meta"
    tokens = segment.split()
    if (
        len(tokens) <= 3
        and not _TERMINAL.search(segment)
        and all(not t[:1].isalpha() or t[:1].isupper() for t in tokens)
    ):
        return "label"  # a desk or outlet name: "Defence Desk", "Reuters"
    rest, prices = PRICE.subn(" ", norm)
    if prices == 1 and _COVER_PRICE.match(rest.strip(" :")):
        return "label"  # the cover price: "Cena 3,50 zł", "Ціна в роздріб 15 грн"
    return None


_COVER_PRICE = re.compile(rf"^{_alt('offers.cover_price_labels')}$", re.IGNORECASE)


def _is_meta_line(stripped: str) -> bool:
    """ "Published 3 March 2025 | Business Desk | 6 min read": every part is byline meta."""
    segments = _META_SEP.split(stripped)
    if len(segments) < 2 or _word_count(stripped) > 24:
        return False
    kinds = [_is_meta_segment(seg) for seg in segments]
    return None not in kinds and "meta" in kinds


def _classify(text: str) -> tuple[str, bool] | None:
    """(reason, is_paywall_notice) for a furniture line, else None."""
    stripped = text.strip()
    norm = normalise(stripped)
    if not norm:
        return None
    words = _word_count(norm)
    for reason in REASONS:
        cues = _LEX.reasons[reason]
        if norm in cues.exact:
            return reason, reason == "paywall"
        if words <= _MAX_WORDS_BY_REASON.get(reason, MAX_WORDS) and (
            (cues.prefix is not None and cues.prefix.search(norm))
            or (cues.contains is not None and cues.contains.search(norm))
        ):
            return reason, reason == "paywall"
    if words <= 30 and _PAYWALL_SHAPE.search(norm):
        return "paywall", True
    if words <= 20 and (_OFFER_SHAPES.match(norm) or _is_offer_line(norm)):
        return "paywall", False
    if _COMMENT_COUNT.match(norm):
        return "comments", False
    if _is_breadcrumb(stripped):
        return "navigation", False
    if _READ_TIME.match(norm) or _AGO.match(norm):
        return "byline", False
    if _is_byline(stripped) or _is_dateline(stripped) or _is_meta_line(stripped):
        return "byline", False
    if _REFERENCE.search(stripped) or _is_listicle_link(stripped, words):
        return "related", False
    if _MORE_COMMENTS.match(norm) or _is_social_meta(stripped):
        return "comments", False
    if _is_ticker(stripped):
        return "navigation", False
    return None


#: One quote of a market ticker: a currency's code (or a pair) or sign and its rate, and
#: maybe its change ("USD 512,40", "EUR/USD 1.0842 ▲0.2%", "€ 44,10").
_TICKER_QUOTE = re.compile(
    rf"^(?:[A-Z]{{3}}(?:/[A-Z]{{3}})?|{_CURRENCY})\s*[:=]?\s*\d[\d.,\u00a0\u202f]*"
    r"(?:\s*[▲▼↑↓+−-]\s*\d[\d.,]*\s*%?)?$"
)


def _is_ticker(stripped: str) -> bool:
    """ "USD 512,40 · EUR 548,15 · RUB 6,38": a site's strip of exchange rates, every part
    a currency and its rate; two at least, as no sentence is cut so."""
    parts = [p for p in _SOCIAL_SEP.split(stripped) if p.strip()]
    return len(parts) >= 2 and all(_TICKER_QUOTE.match(p.strip()) for p in parts)


# A reference-list entry: "3. ^ \"Title\". Agency. 13 November 2024. Retrieved ..."
_REFERENCE = re.compile(
    r"^(?:\d+\.\s*)?(?:\^|\[\d+\])\s|\bRetrieved\s+\d|\bArchived from the original\b"
)
_MORE_COMMENTS = re.compile(
    r"^(?:load|show|view|see|read)\s+(?:all\s+)?\d[\d,]*\s+(?:more\s+)?(?:comments|replies|responses)$"
)
#: A counter's figure: "312", "1.4k", "8 412" (grouped by spaces), "12.6万", "(37)", "58件".
_COUNT = (
    r"\(?\d(?:[\d.,]|\s(?=\d{3}\b))*\s*(?:[km]\b|[万萬千亿億])?"
    + _alt("social.count_suffixes")
    + r"?\)?"
)
_SOCIAL_COUNTERS = _alt("social.counters", bounded=True)
#: A counter, its count before or after its noun: "312 comments", "Views: 1,204", "阅读 12.6万".
_SOCIAL_COUNTER = re.compile(
    rf"^(?:{_COUNT}\s*{_SOCIAL_COUNTERS}|{_SOCIAL_COUNTERS}\s*[:：]?\s*{_COUNT})$", re.IGNORECASE
)
#: The rest of a post's widgets: a button, a rank badge, a time-ago, a handle.
_SOCIAL_WIDGET = re.compile(
    rf"^(?:{_alt('social.buttons', bounded=True)}|top\s+\d+%\s+\w+"
    r"|\d+\s*(?:s|sec|secs|m|min|mins|h|hr|hrs|hours?|d|days?|w|weeks?|mo|months?|y|years?)\.?\s+ago"
    r"|u/[\w-]+|@[\w.]+)$",
    re.IGNORECASE,
)
#: What a line of widgets is split on: " | ", " · ", " • ", the full-width bar, and the
#: full-width space a Chinese or Japanese page sets between widgets ("阅读 2.6万\u3000评论 318").
_SOCIAL_SEP = re.compile(r"\s*[|｜]\s*|\s+[·•]\s+|\s*\u3000\s*")
#: Symbols an icon puts before a widget ("💬 19 comments", "⏱ 4 min read").
_ICONS = re.compile(r"^[^\w\s]+\s*")
#: A digit-free part this short beside counters is a label or a button ("Print", "A A A").
_PLAIN_PART_WORDS = 4


def _social_kind(part: str) -> str | None:
    """What one part of a line of widgets is: "counter", "widget", "meta", "plain" or None
    (text that is none of them, such as a sentence or a figure that is not a counter)."""
    part = _ICONS.sub("", part)
    if _SOCIAL_COUNTER.match(part):
        return "counter"
    if _SOCIAL_WIDGET.match(part):
        return "widget"
    if any(c.isdigit() for c in part):
        return "meta" if _is_meta_segment(part) == "meta" else None
    return "plain" if _word_count(part) <= _PLAIN_PART_WORDS else None


def _is_social_meta(text: str) -> bool:
    """ "1.2k upvotes · 247 comments · Share", "Comments 418 | Share", "Published 1 May 2026
    · 4 min read · 87 shares", "u/someone · 13 hr. ago": social furniture, every part of
    which is a counter, a widget (a button, a handle, a time-ago), the byline's meta (a date,
    a read time) or a short label without a figure, with at least one counter or widget;
    or a line that is one counter alone ("Views: 1,204", "1.204 compartilhamentos").

    A row with a counter in it is a page's strip of widgets even where some part is of a
    kind no word list knows ("PDF, 14 p.", "Print edition no. 2.218", "Citations 16"), as
    long as each such part is short: the counter says what the row is, and prose is not
    cut into short parts by bars and dots."""
    parts = [p for p in _SOCIAL_SEP.split(text.strip()) if p.strip()]
    if len(parts) == 1:
        return bool(_SOCIAL_COUNTER.match(_ICONS.sub("", parts[0])))
    kinds = [_social_kind(p) for p in parts]
    if "counter" not in kinds and "widget" not in kinds:
        return False
    unknown = [p for p, kind in zip(parts, kinds, strict=True) if kind is None]
    if not unknown:
        return True
    return "counter" in kinds and all(_word_count(p) <= _STRIP_PART_WORDS for p in unknown)


#: A part of unknown kind in a strip of widgets has at most this many words.
_STRIP_PART_WORDS = 5


#: A bullet opening a link under a "see also" heading: "› …", "» …", "• …", "– …", or a
#: most-read list's rank ("1 수능 성적표 오늘 배부", "2. …").
_LINK_BULLET = re.compile(r"^(?:[›»•▸►▪·‣–—-]|\d{1,2}[.)]?\s)\s*\S")
#: A link under such a heading is a headline: this many words at most, no full stop.
_LINK_WORDS = 25


def _is_link_bullet(stripped: str) -> bool:
    """ "› Cortolima suspende 3 licencias de extracción", "» 5 questions about the treaty":
    a headline linked under a "see also" heading, whose figures are another story's."""
    return (
        bool(_LINK_BULLET.match(stripped))
        and _word_count(stripped) <= _LINK_WORDS
        and not _TERMINAL.search(stripped)
    )


def _is_listicle_link(stripped: str, words: int) -> bool:
    """ "• 5 questions about the Moscow-Pyongyang treaty", "Le conflit en 5 points": a short
    line that does not end as a sentence and counts the items of a list piece; the count
    numbers a piece of the site, not anything in the story."""
    return (
        words <= _LISTICLE_WORDS
        and not _TERMINAL.search(stripped)
        and bool(_LISTICLE.search(stripped))
    )


def _is_offer_line(norm: str) -> bool:
    """ "Subscribe: 3 months for £1, then £7.99 a month", "Get the Post delivered for £2.40 a
    week": a short line pricing something by the period that also offers it, in a word of
    the offer outside the price ("subscribe", "delivered", "first month"). A line of news
    with prices by the period ("Rents rose from £800 a month to £900 a month") has none.
    The period may also stand apart from the price, before it ("річна підписка — 1 200
    грн", "月額330円", "اشتراك سنوي بـ60 دينارا"); then the offer must be a subscription,
    since "a grant of 500 euros a year" stands in news too."""
    rest, priced = _PRICE_PER_PERIOD.subn(" ", norm)
    if priced:
        return bool(_LEX.offer_words.search(rest))
    rest, prices = PRICE.subn(" ", norm)
    rest, periods = _BILLING_PERIOD.subn(" ", rest)
    return bool(prices and periods and _LEX.subscription_words.search(rest))


def classify_line(text: str) -> str | None:
    """The furniture reason for one line ("navigation", "paywall", ...), or None for text."""
    found = _classify(text)
    return found[0] if found else None


#: A line naming an offer's words without a price, this long and ending a sentence, is prose.
_OFFER_SENTENCE_WORDS = 15
_SENTENCE_END = re.compile(r"[.!?。！？][\"'”’»」)\]]*\s*$")


def _continues_offer(text: str, previous: str | None) -> bool:
    """After a paywall notice: is this line still part of the subscription offer?"""
    norm = normalise(text)
    words = _prose_words(norm)
    if words > _OFFER_MAX_WORDS:
        return False
    if PRICE.search(norm):
        return True
    if _LEX.offer_words.search(norm):
        # a full sentence of news may name members or subscribers ("付费会员数量则持平。")
        return words < _OFFER_SENTENCE_WORDS or not _SENTENCE_END.search(text)
    first = next((c for c in text if c.isalpha()), "")
    if first.islower():
        return True
    # a fragment continuing an offer line that did not end its sentence
    return previous is not None and not _TERMINAL.search(previous.rstrip())


def remove_furniture(lines: Sequence[Line], original: str) -> FurnitureResult:
    """Split ``lines`` into kept text and removed furniture (offsets index ``original``)."""
    result = FurnitureResult()
    in_paywall = False
    previous_offer: str | None = None  # the last offer line removed after a paywall notice

    def drop(line: Line, reason: str) -> None:
        result.removed.append(
            RemovedLine(line.start, line.end, original[line.start : line.end], reason)
        )

    story = False  # a story paragraph was kept
    days: set[str] = set()  # the days the date lines dropped so far name
    related = False  # a "see also" heading was dropped, its links may follow
    for line in lines:
        stripped = line.text.strip()
        if related and stripped:
            if _is_link_bullet(stripped):
                drop(line, "related")
                continue
            related = False
        if in_paywall:
            if not stripped:
                result.kept.append(line)
                continue
            if _continues_offer(stripped, previous_offer):
                drop(line, "paywall")
                previous_offer = stripped
                continue
            in_paywall = False
        found = _classify(stripped) if stripped else None
        day = dateline_date(stripped) if found is not None else None
        if found is None or (day is not None and story and days and day not in days):
            # "Monday 30 November 2026" below the story's first paragraph, another day than
            # the report's dateline: a live blog's heading over that day's entries, which
            # extract dates by it; it stays
            result.kept.append(line)
            story = story or (
                _word_count(stripped) >= STORY_LINE_WORDS and bool(_TERMINAL.search(stripped))
            )
            continue
        if day is not None:
            days.add(day)
        reason, notice = found
        drop(line, reason)
        related = reason == "related"
        if notice:
            result.truncated = True
            in_paywall = True
            previous_offer = None
    return result
