"""A letter printed in full speaks for whoever signed it.

An open letter, a petition or a statement printed whole opens with a salutation
("Уважаемый Виктор Андреевич!", "Dear Minister,", "Sehr geehrte Damen und Herren,") and
closes with a sign-off and its signers ("С уважением, сотрудники подстанции", "Yours
sincerely, / the residents of Hill Street"). Its figures carry no cue of their own, so the
readers gave them the last person the page named before the letter, often its addressee,
or nobody. Between a salutation line and the sign-off after it, a figure whose sentence
does not name its source is the signers'.

A letter the page prints inside quotation marks (a right of reply, a reader's letter)
may sign off with the signer's line alone, no words of farewell: "« Madame la Directrice,
… / Corinne Lestrade, directrice générale de Vère Habitat »". There the letter ends at
the first line after the salutation that closes the quotation, and that line signs it
where it is a short line that opens with a capitalised name and holds no sentence's end;
the signer is the name before its comma (the role after it is the page's aside).

A letters page prints each reader's letter under a title of its own and signs it below
with a line of its own: the writer's name, then a comma or a full stop and their role or
town ("Dawn Hepple, Hepple's Bakery, Bridge Street, Hexford", "Remedios Gallardo Pino.
Sotoalbar."), no salutation or sign-off needed (``_signed_blocks``). A title line (a short
line with no closing mark), body paragraphs, then such a signer line make one letter; a
page holds two or more, or none is read, so a caption's credit under one paragraph signs
nothing. Scripts without capitals have no such names to read.

The words come from the language folder (``letter_salutations``, ``letter_signoffs``). A
salutation counts only as a short line of its own ending as a salutation does, and a
sign-off only opening its line and followed by a comma or the line's end, so prose that
uses the same words ("Dear as it was, …") opens no letter. One pass over the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimtrack.extract.lexicon import Lexicon
from claimtrack.records import Claim

#: Quotation marks and dashes a letter's first or last line may open or close with.
_QUOTES = "«»„“”\"'‹›「」『』"
#: The longest salutation line ("Уважаемый Виктор Андреевич! Уважаемая Ольга Борисовна!").
MAX_SALUTATION = 120
#: The most words a signer's line holds ("the staff of the Hill Street surgery").
MAX_SIGNER_WORDS = 14
#: How far back from its sign-off a letter's salutation may stand.
MAX_LETTER = 20_000
#: A line that closes a quotation: the line's text, then a closing quotation mark.
_CLOSING_LINE = re.compile(r"^[ \t]*(?P<line>[^\n]*?)[ \t]*[»“”\"][ \t]*$", re.MULTILINE)
#: A quoted letter's signer line: a capitalised name of two words or more, then a comma
#: and a role or the line's end ("Corinne Lestrade, directrice générale de …").
_SIGNER_LINE = re.compile(r"(?P<name>\w[\w'’.-]*(?:[ \t]+\w[\w'’.-]*){1,3})[ \t]*(?:,|$)")
_OPENING_QUOTES = '«„“"‹'
#: A letters page's signer line: a capitalised name of two to four words, then a comma or
#: a full stop and more ("Tomás Argüeso Villar. Ingeniero de caminos jubilado.").
_PAGE_SIGNER = re.compile(
    r"(?P<name>[^\W\d_](?:\.|[\w'’-]*)(?:[ \t]+[^\W\d_](?:\.|[\w'’-]*)){1,3})[ \t]*[,.][ \t]*\S"
)
#: How far into a letter its writer says whom they speak for.
_BEHALF_CHARS = 400
#: The most words of the body a writer speaks for ("la Asociación de Hostelería de X").
MAX_BEHALF_WORDS = 10
#: The most words a letter's title line holds.
MAX_TITLE_WORDS = 12
#: The most words a part of a signer line holds between its commas or full stops.
MAX_SIGNER_PART = 10
#: Letters a page must hold for its signer lines to be read as such.
MIN_PAGE_LETTERS = 2


@dataclass(frozen=True)
class Letter:
    """The text between a salutation (``start``) and its sign-off (``end``), signed by
    ``signer`` as the page writes it."""

    start: int
    end: int
    signer: str
    #: a letters page's letter: its writer's sentences may cite others by name, and a
    #: figure the reading gave a source the letter names keeps it
    page: bool = False


def _line_opening(words: list[str], rest: str) -> re.Pattern[str] | None:
    """A line opening (past quotation marks) with one of ``words``, then ``rest``; None
    where the folder gives no words."""
    if not words:
        return None
    quotes = re.escape(_QUOTES)
    return re.compile(rf"^[ \t{quotes}]*(?:{_phrases(words)}){rest}", re.IGNORECASE | re.MULTILINE)


def _phrases(words: list[str]) -> str:
    return "|".join(
        r"\s+".join(map(re.escape, w.split())) for w in sorted(set(words), key=len, reverse=True)
    )


class SignedLetters:
    """One language's salutations and sign-offs, compiled once."""

    def __init__(self, lex: Lexicon) -> None:
        # a salutation: a short line of its own ending as one does
        self.salutation = _line_opening(
            lex.words("letter_salutations"), rf"(?![\w-])[^\n]{{0,{MAX_SALUTATION}}}[,!:]?[ \t]*$"
        )
        # a sign-off: a comma or the line's end after it, then the signers
        self.signoff = _line_opening(
            lex.words("letter_signoffs"), r"[ \t]*(?:[,.:!—–-][ \t]*|$)(?P<signer>[^\n]*)"
        )
        # "En nombre de Aguas de Sotoalbar, quisiera aclarar": the body the writer speaks for
        behalf = lex.words("letter_behalf_cues")
        self.behalf = (
            re.compile(
                rf"(?<!\w)(?:{_phrases(behalf)})\s+(?P<body>[^\W\d_][^,.;:!?\n]{{1,80}})",
                re.IGNORECASE,
            )
            if behalf
            else None
        )

    def letters(self, text: str) -> list[Letter]:
        """The signed letters of ``text``, in order: each sign-off with the last salutation
        standing before it and after the letter before."""
        if self.salutation is None or self.signoff is None:
            return []
        openings = [m.start() for m in self.salutation.finditer(text) if _short(m.group())]
        found: list[Letter] = []
        after = 0
        k = 0
        for m in self.signoff.finditer(text):
            while k < len(openings) and openings[k] < m.start():
                k += 1
            earlier = [o for o in openings[:k] if o >= after and m.start() - o <= MAX_LETTER]
            signer = _signer(m.group("signer"))
            if not m.group("signer").strip():
                below = _next_line(text, m.end())  # "Yours sincerely," / "Jane Doe"
                signer = None if any(ch.isdigit() for ch in below) else _signer(below)
            if earlier and signer:
                found.append(Letter(earlier[-1], m.start(), signer))
                after = m.end()
        found = self._quoted(text, openings, found)
        page = [
            self._spoken_for(text, lt)
            for lt in _signed_blocks(text)
            if not any(f.start < lt.end and lt.start < f.end for f in found)
        ]
        return sorted([*found, *page], key=lambda lt: lt.start)

    def _spoken_for(self, text: str, letter: Letter) -> Letter:
        """A letters page's letter whose opening says whom its writer speaks for ("En
        nombre de Aguas de Sotoalbar, quisiera aclarar", "I write on behalf of the Quay
        Traders' Association"): signed by that body, the writer only its voice."""
        if self.behalf is None:
            return letter
        m = self.behalf.search(text, letter.start, min(letter.end, letter.start + _BEHALF_CHARS))
        if m is None or len(m.group("body").split()) > MAX_BEHALF_WORDS:
            return letter
        return Letter(letter.start, letter.end, m.group("body").strip(), page=True)

    def _quoted(self, text: str, openings: list[int], found: list[Letter]) -> list[Letter]:
        """``found`` with each quoted letter that no sign-off closed: a salutation opening
        with a quotation mark, up to the first line after it that closes the quotation,
        signed by that line's name. The closing lines are found in one pass."""
        quoted = [o for o in openings if text[o:].lstrip(" \t")[:1] in _OPENING_QUOTES]
        if not quoted:
            return found
        closings = [m for m in _CLOSING_LINE.finditer(text) if m.start() > quoted[0]]
        letters = list(found)
        k = 0
        for start in quoted:
            while k < len(closings) and closings[k].start() <= start:
                k += 1
            if k == len(closings) or closings[k].start() - start > MAX_LETTER:
                continue
            close = closings[k]
            signer = _quoted_signer(close.group("line"))
            if signer and not any(lt.start <= start < lt.end for lt in letters):
                letters.append(Letter(start, close.start(), signer))
        return sorted(letters, key=lambda lt: lt.start)

    def sign(self, claims: list[Claim], text: str) -> None:
        """Give each claim inside a letter of ``text`` whose sentence names no source of
        its own the letter's signers; in a letters page's letter, also each claim whose
        source the letter does not name (one carried in from outside it)."""
        for letter in self.letters(text):
            said_in = text[letter.start : letter.end].lower() if letter.page else ""
            for c in claims:
                starts = [c.start, *(m.sentence_start for m in c.mentions)]
                if not any(letter.start <= at < letter.end for at in starts):
                    continue  # a headline repeating the letter's figure still counts it
                said = [text[m.sentence_start : m.sentence_end] for m in c.mentions]
                if c.source and any(c.source.lower() in s.lower() for s in [c.quote, *said]):
                    continue  # "по данным Росстата" inside the letter: its own source
                if c.source and letter.page and c.source.lower() in said_in:
                    continue  # "Segundo o NIS, … O mesmo relatório conta": carried on
                c.source, c.via = letter.signer, []


def _signed_blocks(text: str) -> list[Letter]:
    """The letters of a letters page: from a title line through the body paragraphs below
    it to the signer line closing them; none unless the page holds ``MIN_PAGE_LETTERS``.
    One pass over the lines."""
    letters: list[Letter] = []
    title: int | None = None  # where the latest title line stands, no letter signed since
    body = False  # a paragraph of prose stood since that title
    signed = False  # the last line read signed a letter
    headed: list[bool] = []  # per letter: prose right below its signer line
    at = 0
    for line in text.split("\n"):
        start, at = at, at + len(line) + 1
        stripped = line.strip()
        if not stripped:
            continue
        if signed:
            headed.append(not _title_line(stripped) and _prose(stripped))
            signed = False
        if title is not None and body and (signer := _page_signer(stripped)):
            letters.append(Letter(title, start, signer, page=True))
            title, body, signed = None, False, True
        elif _title_line(stripped):  # of two title lines, the later one: "Coordina: X"
            title, body = start, False
        elif title is not None:
            body = body or _prose(stripped)
    # "Ирина Ковальчук, военный аналитик …" over the answer below it: names heading what
    # follows sign nothing above them (the last letter may stand over the page's footer)
    if any(headed[: len(letters) - 1]) or len(letters) < MIN_PAGE_LETTERS:
        return []
    return letters


def _prose(line: str) -> bool:
    """A line closing as a sentence does."""
    return line.endswith((".", "!", "?", "…", "»", "”", '"'))


def _title_line(line: str) -> bool:
    """A letter's title: a short line opening with a capital and closing on no mark of a
    sentence's or a label's end ("We were not asked, and we are paying")."""
    return (
        line[:1].isupper()
        and len(line.split()) <= MAX_TITLE_WORDS
        and not line.endswith((".", "!", "…", ":", ";", ","))
    )


def _page_signer(line: str) -> str | None:
    """The writer a letters page's signer line names: a name of capitalised words opening
    a short line, then its role and town in short parts between commas and full stops,
    no question or exclamation ("Gerald Ashworth CEng (retd), Carrick Moor")."""
    line = re.sub(r"\s*\([^)]*\)", "", line).strip()
    if len(line.split()) > MAX_SIGNER_WORDS or any(ch in line for ch in '?!:;«»“”"'):
        return None
    m = _PAGE_SIGNER.match(line)
    if m is None:
        return None
    name = m.group("name")
    words = name.split()
    if not all(w[:1].isupper() for w in words):
        return None
    if any(w.isupper() and len(w) > 2 for w in words):
        return None  # "Олена ТКАЧУК, …": a byline's capitals, no reader's name
    parts = re.split(r"[,.]\s+|[,.]$", line)
    if any(len(part.split()) > MAX_SIGNER_PART for part in parts):
        return None
    return name.rstrip(".")


def _quoted_signer(line: str) -> str | None:
    """The name a quoted letter's last line signs with: a short line opening with two to
    four capitalised words, holding no sentence's end ("Merci. »" signs nothing)."""
    line = line.strip()
    if not line or len(line.split()) > MAX_SIGNER_WORDS or re.search(r"[.!?…]\s", line + " "):
        return None
    m = _SIGNER_LINE.match(line)
    if m is None:
        return None
    name = m.group("name")
    if not all(w[:1].isupper() for w in name.split()):
        return None
    return name


def _short(line: str) -> bool:
    """A salutation is a line of its own, of a few words."""
    return len(line.split()) <= 12


def _next_line(text: str, at: int) -> str:
    """The first line with words after ``at``: "Yours sincerely," / "Jane Doe"."""
    rest = text[at : at + 400].lstrip("\n \t")
    return rest.split("\n", 1)[0]


def _signer(raw: str) -> str | None:
    """The signers as the line writes them, past a bracketed aside ("(подписи
    прилагаются)") and the closing punctuation and quotation marks."""
    name = re.sub(r"\s*\([^)]*\)", "", raw).strip().strip(_QUOTES).strip()
    name = name.rstrip(".,;:!").strip()
    if not name or not any(ch.isalpha() for ch in name):
        return None
    if len(name.split()) > MAX_SIGNER_WORDS:
        return None
    return name
