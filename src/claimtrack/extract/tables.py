"""Tables in plain text: a row's source cell is the source of its figures, and a dated
column header ("Dec 2024 | Oct 2025") the time each figure holds.

A row such as "Troops in Russia | 11,000 | 15,000 | NIS" is a headline-like line with no
verb: sentence parsing finds no attribution in it, and its times are in the header. Rows
are lines of three or more cells split by "|" or tabs, in runs of two lines or more; the
first line is the header. The source column is the one whose header is a source word
("Source", "According to", "Quelle", "출처": the folder's ``table_source_headers``), else the
last column when every row ends in a short non-numeric cell; a column headed by a time word
("As of", "Stand", "Fecha": ``table_time_headers``) dates its row's figures. Work is one pass
over the document's lines.

Footnotes work the same way: a sentence ending in a marker ("... since March.[1]", "...
in 2024.²") whose note the document lists ("[1] Open Source Centre, tanker update, 20
February 2025.") takes the note's first part as the source of its figures, as a table row
takes its source cell.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from claimtrack.extract.lexicon import Lexicon

#: Cell separators: the bar, its full-width form (Chinese and Japanese pages) and the box
#: drawing bar, and tabs.
_BARS = "|｜│"
_SPLIT = re.compile(rf"[ \t]*(?:[{_BARS}]|\t)[ \t]*")
_DIGIT = re.compile(r"\d")


def _split_line(line: str) -> bool:
    """Whether ``line`` holds a cell separator."""
    return "\t" in line or any(b in line for b in _BARS)


#: A header that can say what a column counts: words, and no digit (a dated header's
#: figures count what the row's label says). The first column labels rows.
_UNIT_HEAD = re.compile(r"^(?=.*[^\W\d_])[^\d]+$")
_DEBRIS = re.compile(r"^[\W_]*$")
_SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
_DIGITS = str.maketrans(_SUPERSCRIPTS, "1234567890")
#: A note line: "[3] Ministry of Agriculture, bulletin, 2 March 2025." or "³ Ministry ...".
_NOTE = re.compile(rf"^[ \t]*(?:\[(\d{{1,3}})\]|([{_SUPERSCRIPTS}]{{1,3}}))[ \t]*(\S.*)$", re.M)
#: A marker in running text, right after a word or a sentence's closing mark.
_MARKER = re.compile(rf"(?<=[\w.,;:!?)\"”’%])(?:\[(\d{{1,3}})\]|([{_SUPERSCRIPTS}]{{1,3}}))")
#: Where the sentence a marker closes begins: after the previous sentence's end or a line break.
_SENTENCE_END = re.compile(r"(?:[.!?][\"”’)\]]*[ \t]+|\n)")
_NOTE_REACH = 600  # characters a marker's sentence is looked for before it
_NOTE_SOURCE = re.compile(r"^(.+?)(?:,|;|:\s|\.\s|\.$|$)")
_NOTE_WORDS = 12  # a note's first part longer than this is prose, not a source


@dataclass(frozen=True)
class Cell:
    """What a table says about the figures of one cell: the row's source and the
    column's time, each None when the table does not say."""

    source: str | None
    as_of: str | None
    note: bool = False  # a footnote's source: the sentence's own speaker comes first
    #: the column's header, what its figures count ("Votos", "Homes flooded"): a row's
    #: bare number has no word of its own beside it
    unit: str | None = None
    #: the row's label, its first cell of words ("Troops in Russia", "Containers
    #: shipped"): what a row's figures count where the column's header does not say
    label: str | None = None


@dataclass
class _Row:
    line: int
    start: int  # offset of the line in the document
    cells: list[tuple[int, int, str]]  # (start, end, text) in document offsets


def _cells(line: str, base: int) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    pos = 0
    for m in [*_SPLIT.finditer(line), None]:
        end = m.start() if m is not None else len(line)
        raw = line[pos:end]
        lead = len(raw) - len(raw.lstrip())
        text = raw.strip()
        out.append((base + pos + lead, base + pos + lead + len(text), text))
        if m is not None:
            pos = m.end()
    # a Markdown row's outer pipes leave empty cells at the ends
    while out and not out[0][2]:
        out.pop(0)
    while out and not out[-1][2]:
        out.pop()
    return out


class TableReader:
    def __init__(self, lex: Lexicon) -> None:
        self.source_headers = lex.phrase_set("table_source_headers")
        self.time_headers = lex.phrase_set("table_time_headers")
        self.document_words = lex.set_of["attribution_nouns"]

    def cells(
        self, text: str, time_of: Callable[[str], str | None], removed: Sequence[str] = ()
    ) -> dict[tuple[int, int], Cell]:
        """Every data cell of the document's tables that the table attributes or dates,
        keyed by its (start, end) offsets; ``time_of`` reads a header cell's time.
        ``removed`` are lines the cleaner took out as furniture: a note list ("[1] Open
        Source Centre, ...") is one, and its notes still name the sources."""
        out: dict[tuple[int, int], Cell] = {}
        block: list[_Row] = []
        offset = 0
        for i, line in enumerate([*text.split("\n"), ""]):
            cells = _cells(line, offset) if _split_line(line) else []
            if len(cells) >= 3:
                block.append(_Row(i, offset, cells))
            else:
                if len(block) >= 2:
                    out.update(self._table(block, time_of))
                block = []
            offset += len(line) + 1
        out.update(self._footnoted(text, removed))
        return out

    def _footnoted(self, text: str, removed: Sequence[str] = ()) -> dict[tuple[int, int], Cell]:
        """The sentences a footnote marker closes, each with its note's source."""
        notes: dict[str, str] = {}
        lines: set[int] = set()
        for m in _NOTE.finditer(text):
            self._note(m, notes)
            lines.add(m.start())
        for line in removed:
            for m in _NOTE.finditer(line):
                self._note(m, notes)
        out: dict[tuple[int, int], Cell] = {}
        if not notes:
            return out
        last_end = 0
        for m in _MARKER.finditer(text):
            key = (m.group(1) or m.group(2) or "").translate(_DIGITS)
            line_start = text.rfind("\n", 0, m.start()) + 1
            line = text[line_start : m.start()]
            if key not in notes or line_start in lines or _split_line(line):
                continue  # a marker with no note, the note line itself, or a table row
            reach = max(last_end, line_start, m.start() - _NOTE_REACH)
            ends = list(_SENTENCE_END.finditer(text, reach, max(reach, m.start() - 1)))
            start = ends[-1].end() if ends else reach
            if start < m.start():
                out[(start, m.start())] = Cell(notes[key], None, note=True)
                last_end = m.end()
        return out

    def _note(self, m: re.Match[str], notes: dict[str, str]) -> None:
        """A note's source: its first part, when that is a short name, up to the word
        for what the body issued ("HUR statement, 2 October": HUR)."""
        key = (m.group(1) or m.group(2) or "").translate(_DIGITS)
        first = _NOTE_SOURCE.match(m.group(3).strip())
        name = first.group(1).strip() if first else ""
        if not name[:1].isupper() or len(name.split()) > _NOTE_WORDS:
            return
        words: list[str] = []
        for word in name.split():
            if words and word[:1].islower() and word.strip(".,") in self.document_words:
                break  # "HUR statement", "JCS briefing to the Assembly": who issued it
            words.append(word)
        if words[0].lower() in self.document_words or words[0].endswith(("'", "’")):
            return  # "Document dated ...", "Authors' calculation": no one named
        if words:
            notes.setdefault(key, " ".join(words))

    def _table(
        self, rows: list[_Row], time_of: Callable[[str], str | None]
    ) -> dict[tuple[int, int], Cell]:
        header, data = rows[0], rows[1:]
        heads = [c[2] for c in header.cells]
        source_col = next((k for k, h in enumerate(heads) if _headed(h, self.source_headers)), None)
        time_col = next(
            (
                k
                for k, h in enumerate(heads)
                if k != source_col and not _DIGIT.search(h) and _headed(h, self.time_headers)
            ),
            None,
        )
        if (
            source_col is None
            and time_col is None
            and all(
                row.cells
                and not _DIGIT.search(row.cells[-1][2])
                and not _DEBRIS.match(row.cells[-1][2])
                and len(row.cells[-1][2].split()) <= 6
                for row in data
            )
        ):
            source_col = len(heads) - 1 if len(data) >= 1 else None
        times = [time_of(h) if _DIGIT.search(h) else None for h in heads]
        units = [h if k > 0 and _UNIT_HEAD.search(h) else None for k, h in enumerate(heads)]
        out: dict[tuple[int, int], Cell] = {}
        for row in data:
            source = None
            if source_col is not None and source_col < len(row.cells):
                cell = row.cells[source_col][2]
                source = None if _DEBRIS.match(cell) else cell
            row_time = None
            if time_col is not None and time_col < len(row.cells):
                row_time = time_of(row.cells[time_col][2])  # "Stand | 12.11.2026"
            first = row.cells[0][2] if row.cells else ""
            label = first if source_col != 0 and _UNIT_HEAD.search(first) else None
            for k, (start, end, text) in enumerate(row.cells):
                if k in (source_col, time_col) or not _DIGIT.search(text):
                    continue
                as_of = (times[k] if k < len(times) else None) or row_time
                unit = units[k] if k < len(units) else None
                if source or as_of or unit or label:
                    out[(start, end)] = Cell(source, as_of, unit=unit, label=label)
        return out


def _headed(head: str, words: frozenset[str]) -> bool:
    """Whether a header cell is one of ``words``, whole or by its first word ("Source",
    "Quelle (Stand)", "Fuente oficial")."""
    h = head.lower().strip().rstrip(":")
    if h in words:
        return True
    first = h.split(maxsplit=1)[0].rstrip(":") if h else ""
    # a short first word ("by", "au") heads many columns that name no source
    return (len(first) >= 4 or first[:1] >= "\u2e80") and first in words


@dataclass
class TableCells:
    """A document's attributed table cells, found by offset in logarithmic time (a long
    table must not make each of its figures scan all of it)."""

    cells: dict[tuple[int, int], Cell]

    def __post_init__(self) -> None:
        self._spans = sorted(self.cells)
        self._starts = [s for s, _ in self._spans]

    def at(self, offset: int) -> Cell | None:
        """The cell holding the document offset ``offset``, if any."""
        k = bisect.bisect_right(self._starts, offset) - 1
        if k < 0:
            return None
        start, end = self._spans[k]
        return self.cells[(start, end)] if offset < end else None
