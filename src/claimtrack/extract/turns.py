"""Who speaks in a transcript: a speaker label ("MS. FENWICK:", "GEN. ARLEDGE:", "Q:")
owns the figures of the turn that follows it, up to the next label.

A hearing or press-briefing transcript names its speaker once per turn and then talks in
the first person ("our assessment", "the number I've seen"); the parse of one sentence
cannot see who that is. Labels are read once per document from its lines. An asker's
turn ("Q:", "Question:") names no source of its own: only what its sentences attribute
("Seoul says ..."). A document counts as a transcript only with two labels or more, and a
label counts only when it is an asker's, carries a title ("SEN.", "DR.") or its surname
appears elsewhere in the document, so "UPDATE:" or "NOTE:" lines are no speakers. An
answerer's label ("A:") names nobody: it answers for the speaker the question before it
addresses ("General, ..."), else for the last speaker who was named.

A newspaper interview often has no labels at all: each question is a short line of its
own and the answer is quoted in the paragraphs after it. Two such pairs make a document an
interview; the quoted answers are the person its opening introduces, the questions the
outlet's (``_unlabelled``).
"""

from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from claimtrack.extract.letters import LOWER, UPPER
from claimtrack.extract.lexicon import Lexicon

# a capitalised label of up to five words at the start of a line, then a colon; an
# asker's outlet may follow in brackets ("Q (Reuters):")
_LABEL = re.compile(
    r"^[ \t]*([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,4})"
    # the affiliation a broadcast's transcript writes after a guest's name ("DR. IMOGEN
    # SALLIS, CARROW INSTITUTE:"), or the outlet in brackets after an asker's
    r"(?:,[ \t]*[A-Z][A-Z.'’& -]{1,50}|[ \t]*\([^()\n]{1,40}\))?[ \t]*:[ \t]+(?=\S)"
)
# the record of a hearing: a title and a surname in capitals, then a full stop
# ("Senator WHITCOMB. Thank you.", "General DELACROIX. Senator, ...")
_RECORD_LABEL = re.compile(r"^[ \t]*((?:[A-Z][a-z]+\.?[ \t]+){1,2}[A-Z][A-Z'’-]{2,})\.[ \t]+(?=\S)")
#: A byline ("By Tomas Berg", "Interview by ..."): its names are the writer's.
_BYLINE = re.compile(r"^[ \t]*(?:[\w ]{0,20}\b)?[Bb]y[ \t]+[A-Z]")
#: A person's name in running text: two or three capitalised words, in the Latin letters
#: of European names too ("Dervla Ní Fhaoláin", "Zoë Brontë").
_PERSON = re.compile(
    rf"(?<![\w'’-])([{UPPER}][{LOWER}'’-]+(?:[ \t]+[{UPPER}][{LOWER}'’-]+){{1,2}})(?![\w'’-])"
)
_ADDRESS_CHARS = 40  # how far into a question its addressee is looked for ("General, ...")
#: A question standing as a paragraph of its own, at most this long, opens an answer.
QUESTION_CHARS = 200
#: What an answer's paragraph opens with: a quotation mark or a dash.
ANSWER_OPENERS = tuple('«"„“”»—–-')
#: The question marks of the scripts the languages are written in.
QUESTION_MARKS = ("?", "؟", "？")


#: A word, apostrophes kept ("i'm", "we've").
_WORDS = re.compile(r"[\w'’]+")

#: Distinct speaker labels looked up per document (each costs a pass over its text).
MAX_SPEAKERS = 64


@dataclass(frozen=True)
class Turn:
    """A transcript turn: its speaker's name, or None in an asker's turn."""

    speaker: str | None
    asker: bool
    answer: bool = False  # "A:": the speaker is the one the question addressed


def _title_key(word: str) -> str:
    return word.lower().strip(".,'’")


class TurnReader:
    """Speaker labels of a document, per line (``Sentence.paragraph``)."""

    def __init__(self, lex: Lexicon) -> None:
        self.askers = lex.phrase_set("speaker_askers")
        self.answerers = lex.phrase_set("speaker_answerers")
        self.headers = lex.phrase_set("speaker_headers")
        self.titles = {str(k).lower(): str(v) for k, v in lex.mapping("person_titles").items()}
        self.first_person = lex.phrase_set("speaker_first_person")
        # "Q: And Mr. Voss, ...": a capitalised function word is no first name
        self.stop_words = stop_words(lex.language)
        self.not_names = (
            lex.phrase_set("publisher", "organisation_words")
            | frozenset(str(w).lower() for ws in lex.mapping("source_kinds").values() for w in ws)
            | frozenset(self.titles)
            | lex.set_of["months"]
            | lex.set_of["weekdays"]
        )

    def turns(self, text: str) -> dict[int, Turn]:
        """Each line's turn, for the lines of a transcript; empty for other documents."""
        labels: dict[int, Turn] = {}
        lines = text.split("\n")
        known: dict[str, Turn | None] = {}  # each label is looked up in the text once
        for i, line in enumerate(lines):
            m = speaker_label(line)
            if m is None:
                continue
            header = self._header(line, m)
            if header is not None:  # "Briefer: Deputy Spokesperson Jeon Ha-kyu"
                labels[i] = header
                continue
            label = " ".join(m.group(1).split())
            if label not in known:
                # past MAX_SPEAKERS distinct labels this is no transcript a reader follows;
                # stop searching the text per label, so a hostile one stays linear
                known[label] = self._turn(label, text) if len(known) < MAX_SPEAKERS else None
            turn = known[label]
            if turn is not None:
                labels[i] = turn
        if len(labels) < 2:
            return self._unlabelled(lines)
        out: dict[int, Turn] = {}
        current: Turn | None = None
        # an interview's answers are its interviewee's: the person its opening introduces
        guest = self._interviewee("\n".join(lines[: min(labels)]))
        questions_only = all(t.asker for t in labels.values())  # "Q:" lines, bare answers
        named: list[tuple[str, str]] = []  # (speaker, label) named so far, the latest last
        question = ""  # the opening of the latest asker's turn
        for i, line in enumerate(lines):
            turn = labels.get(i)
            m = speaker_label(line) if turn is not None else None
            if turn is not None and turn.answer:
                turn = Turn(_addressee(question, named, self.titles) or guest, False)
            if turn is not None and m is not None:
                current = turn
                if turn.asker:
                    question = line[m.end() : m.end() + _ADDRESS_CHARS]
                elif turn.speaker:
                    named = [n for n in named if n[0] != turn.speaker]
                    named.append((turn.speaker, m.group(1)))
            elif (
                turn is None
                and questions_only
                and current is not None
                and current.asker
                and line.strip()
            ):  # "Q: ...?" then the answer on a line of its own
                current = Turn(_addressee(question, named, self.titles) or guest, False)
            if current is not None and line.strip():
                out[i] = current
        return out

    def _unlabelled(self, lines: list[str]) -> dict[int, Turn]:
        """The turns of an interview without labels: a short line ending in a question mark
        is the outlet's, the quoted lines right after it (each paragraph of a long answer
        opens with its own quotation mark) are the interviewee's. A document is one only
        with two questions answered so and a person introduced before the first; each line
        is looked at a bounded number of times, so the reading stays linear."""
        questions = [i for i, line in enumerate(lines) if _asks(line)]
        quoted = [i for i in questions if _answered(lines, i)]
        # a magazine's interview answers in plain paragraphs, in the first person ("We have
        # 1,140 pupils on the roll"), each running to the next question
        plain = [i for i in questions if i not in quoted and self._in_first_person(lines, i)]
        asked = quoted if len(quoted) >= 2 or len(plain) < 2 else sorted(quoted + plain)
        if len(asked) < 2:
            return {}
        guest = self._interviewee("\n".join(lines[: asked[0]]))
        if guest is None:
            return {}
        out: dict[int, Turn] = {}
        ends = [*asked[1:], len(lines)]
        for i, end in zip(asked, ends, strict=True):
            out[i] = Turn(None, True)
            for j in range(i + 1, end):
                text = lines[j].strip()
                if text and i in quoted and not text.startswith(ANSWER_OPENERS):
                    break
                if text and _asks(text):
                    break  # a question no answer followed: the outlet speaks again
                if text:
                    out[j] = Turn(guest, False)
        return out

    def _in_first_person(self, lines: list[str], i: int) -> bool:
        """Whether the next non-empty line after the question at ``i`` answers it unquoted,
        in the first person (``speaker_first_person``)."""
        for j in range(i + 1, len(lines)):
            if text := lines[j].strip():
                if text.startswith(ANSWER_OPENERS) or _asks(text):
                    return False
                return any(w in self.first_person for w in _WORDS.findall(text.lower()))
        return False

    def _interviewee(self, opening: str) -> str | None:
        """The person an interview's opening introduces before its first question ("Hanna
        Lindqvist is head of the Nordic Freight Observatory ... She spoke to us"): a name
        of two or three capitalised words outside the byline ("By Tomas Berg") that holds
        no word bodies are named with and does not open with a function word ("The Wessex
        Courier" is a masthead). The one named most often, the first of those named as
        often: a photo caption and the intro both name the guest."""
        counts: dict[str, int] = {}
        for line in opening.split("\n"):
            if _BYLINE.match(line):
                continue
            for m in _PERSON.finditer(line):
                words = [w.lower() for w in m.group(1).split()]
                if not set(words) & self.not_names and words[0] not in self.stop_words:
                    counts[m.group(1)] = counts.get(m.group(1), 0) + 1
        return max(counts, key=lambda name: counts[name], default=None)

    def _header(self, line: str, m: re.Match[str]) -> Turn | None:
        """A transcript's header naming who speaks ("Briefer: Deputy Spokesperson Jeon
        Ha-kyu", "Witness: Ambassador Ruth Okonjo, Special Envoy"): the person, titles
        left out; the lines after it are theirs until the next label."""
        if m.group(1).lower() not in self.headers:
            return None
        value = re.split(r"[,;(|]", line[m.end() :])[0].split()
        while value and _title_key(value[0]) in self.titles:
            value = value[1:]
        if not 2 <= len(value) <= 4 or not all(w[:1].isupper() for w in value):
            return None
        return Turn(" ".join(value), False)

    def _turn(self, label: str, text: str) -> Turn | None:
        words = label.split()
        if " ".join(words).lower().strip(".") in self.askers:
            return Turn(None, True)
        if " ".join(words).lower().strip(".") in self.answerers:
            return Turn(None, False, answer=True)
        titled = [w for w in words if _title_key(w) in self.titles]
        names = [w for w in words if _title_key(w) not in self.titles]
        if not names or len(names[-1].strip(".,")) < 2:
            return None  # "A:" answers for someone the label does not name
        if not label.isupper() and not titled and len(names) < 2:
            return None  # "Summary:", "Update:": one title-case word is no speaker
        surname = _name_case(names[-1].strip(".,"))
        full = _full_name(surname, text, self.titles, self.stop_words)
        if full is None and not titled and _named_in_capitals(label, names, text):
            full = " ".join(_name_case(w.strip(".,")) for w in names)
        if full is None and not titled:
            return None
        if full is None:
            full = " ".join(_name_case(w) for w in words)
        return Turn(full, False)


def _name_case(word: str) -> str:
    """A label's word as a name is written: "TURNER" is "Turner", "JI-HOON" "Ji-hoon" (as
    Korean given names are written); a word already in mixed case stays ("Marchadier-Roux",
    "McAllister")."""
    return word.capitalize() if word.isupper() else word


def _named_in_capitals(label: str, names: list[str], text: str) -> bool:
    """ "JAMES TURNER (Chief Executive, Harwick Hospitals Trust):", then "JAMES TURNER:": a
    first name and a surname in capitals that open two turns, or one with the speaker's
    role in brackets, are a person the running text need not name again."""
    if not label.isupper() or not 2 <= len(names) <= 3:
        return False
    opens = re.compile(rf"^[ \t]*{re.escape(label)}[ \t]*(\([^()\n]{{1,60}}\))?[ \t]*:", re.M)
    found = list(opens.finditer(text))
    return len(found) >= 2 or any(m.group(1) for m in found)


def _asks(line: str) -> bool:
    """A line that is a question of its own: short, ending in a question mark, not quoted."""
    text = line.strip()
    return (
        text.endswith(QUESTION_MARKS)
        and len(text) <= QUESTION_CHARS
        and not text.startswith(ANSWER_OPENERS)
    )


def _answered(lines: list[str], i: int) -> bool:
    """Whether the next non-empty line after line ``i`` opens with a quotation mark or a dash
    (read by index: a copy of the lines after each question would make the reading quadratic)."""
    for j in range(i + 1, len(lines)):
        if text := lines[j].strip():
            return text.startswith(ANSWER_OPENERS)
    return False


def speaker_label(line: str) -> re.Match[str] | None:
    """A speaker label opening the line ("A:", "MS. FENWICK:", "General DELACROIX."), in
    either form (``_LABEL``, ``_RECORD_LABEL``)."""
    return _LABEL.match(line) or _RECORD_LABEL.match(line)


def _addressee(question: str, named: list[tuple[str, str]], titles: dict[str, str]) -> str | None:
    """The speaker a question opens by addressing ("General, ...", "Ms. Royce, ..."): the
    latest named speaker whose surname or whose label's title the opening holds; else the
    latest named speaker (an answer follows on from the briefing's last voice)."""
    words = {w.lower().strip(".,'’?!:;") for w in question.split()}
    for name, _ in reversed(named):
        if name.split()[-1].lower() in words:
            return name
    roles = {titles[w] for w in words if titles.get(w)}
    for name, label in reversed(named):
        if roles & {titles.get(_title_key(w)) for w in label.split()}:
            return name
    return named[-1][0] if named else None


@lru_cache(maxsize=16)
def stop_words(language: str) -> frozenset[str]:
    """spaCy's stop words for ``language``, read from its ``stop_words.py`` file alone. Importing
    the language (even ``spacy.lang.fr.stop_words``: the package comes first) also imports
    its tokenizer exceptions, and French's compile regexes for about 6 s of CPU, paid again
    by every worker process that meets a French text."""
    lang = importlib.util.find_spec("spacy.lang")
    folders = lang.submodule_search_locations if lang is not None else None
    path = Path(next(iter(folders or ["."]))) / language / "stop_words.py"
    spec = importlib.util.spec_from_file_location(f"_claimtrack_stop_words_{language}", path)
    if spec is None or spec.loader is None or not path.is_file():
        return frozenset()
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # the file only defines STOP_WORDS
    return frozenset(getattr(module, "STOP_WORDS", ()))


def _full_name(
    surname: str, text: str, titles: dict[str, str], stop_words: frozenset[str] = frozenset()
) -> str | None:
    """The person's name as the document writes it in running text ("Laura Fenwick" for
    "MS. FENWICK"): the capitalised words before the surname, titles left out."""
    pattern = re.compile(
        rf"((?:[A-Z][\w.'’-]*[ \t]+){{0,5}}){re.escape(surname)}\b(?![ \t]*:)", re.MULTILINE
    )
    best: str | None = None
    for m in pattern.finditer(text):
        before = [w for w in m.group(1).split() if _title_key(w) not in titles]
        while any(_title_key(w) in stop_words for w in before):
            before = before[1:]  # only the capitalised words after the last function word
        name = " ".join([*before[-2:], surname])
        if best is None or len(name) > len(best):
            best = name
    return best
