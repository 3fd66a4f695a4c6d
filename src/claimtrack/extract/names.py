"""Source names put back in the nominative, where a cue inflects them.

"По данным южнокорейского Минобъединения", "за даними розвідки": an "according to" cue of
Russian or Ukrainian governs the genitive, so the words after it name the source in a case
no other mention of it uses ("Минобъединение", "розвідка"). A language folder names the
library that inflects its words (``name_reader``) and the cues whose name is inflected
(``inflected_cues``); the head of the name (adjectives, then its first noun, or a run of
personal names) goes back to the nominative and the rest of it, its own genitive
modifiers ("Министерство обороны"), stays as written. Names stay in the language: the
library only changes a word's ending. German needs no dictionary: its "according to" cues
put the name in the genitive ("nach Angaben des südkoreanischen Militärs"), whose endings
the folder lists (``name_endings``: "südkoreanische Militär").
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from claimtrack.extract.lexicon import Lexicon

#: A name in the cue's case, and the cue -> the same name in the nominative.
NameReader = Callable[[str, str], str]

_PERSONAL = frozenset({"Name", "Surn", "Patr"})


#: The cases a preposition governs, as pymorphy3 tags them (every case but the nominative
#: and the vocative).
OBLIQUE_CASES = ("gent", "datv", "accs", "ablt", "loct")


@lru_cache(maxsize=4)
def _analyzer(language: str) -> Any:
    import pymorphy3  # imported on first use: loading its dictionaries takes a moment

    return pymorphy3.MorphAnalyzer(lang=language)


def _pymorphy3(lex: Lexicon) -> NameReader:
    language = lex.language

    # citing cues govern the accusative ("со ссылкой на источники", "на Національну службу"),
    # save those ending on what is cited, whose owner is in the genitive ("привёл данные
    # мэрии", "навів дані департаменту")
    citing = frozenset(c.lower() for c in lex.words("citing"))
    documents = frozenset(w.lower() for w in lex.words("attribution_nouns"))

    def nominative(name: str, cue: str) -> str:
        owned = cue.lower().split()[-1:] and cue.lower().split()[-1] in documents
        case = "accs" if cue.lower() in citing and not owned else "gent"
        return _to_nominative(_analyzer(language), name, case)

    return nominative


def _endings(lex: Lexicon) -> NameReader:
    """The folder's endings taken off the name's head: its leading adjectives (lower-case
    words before another word: "adjective"; capitalised ones, part of a proper name:
    "capitalised", so "Deutschen Wetterdienstes" changes and "Kieler Institut" does not)
    and the noun after them, which changes only after a genitive article ("des
    Generalstabs"; "der Regierung" keeps its form). Acronyms and quoted parts stay."""
    table = lex.data.get("name_endings") or {}

    def longest_first(kind: str) -> list[tuple[str, str]]:
        return sorted(dict(table.get(kind, {})).items(), key=lambda kv: -len(kv[0]))

    adjective, capitalised, noun = map(longest_first, ("adjective", "capitalised", "noun"))
    genitive = frozenset(w.lower() for w in lex.words("genitive_articles"))

    def ending(word: str, endings: list[tuple[str, str]]) -> str | None:
        for old, new in endings:
            if word.endswith(old) and len(word) - len(old) >= 3:
                return word[: len(word) - len(old)] + new
        return None

    def nominative(name: str, cue: str) -> str:
        words = name.split()
        out = list(words)
        i = 0
        while i < len(words) - 1 and words[i].isalpha() and words[i + 1][:1].isalpha():
            upper = words[i][:1].isupper()
            if upper and not words[i + 1][:1].isupper():
                break  # "Experten aus Kiew": a noun, not a name's adjective
            changed = ending(words[i], capitalised if upper else adjective)
            if changed is None:
                break
            out[i] = changed
            i += 1
        head = words[i] if i < len(words) else ""
        cue_words = cue.lower().split()
        if head.isalpha() and not head.isupper() and cue_words and cue_words[-1] in genitive:
            out[i] = ending(head, noun) or head
        return " ".join(out)

    return nominative


def closes_with_person(language: str, words: list[str]) -> bool:
    """Whether ``words`` close with a first name and a surname, two capitalised words of
    letters, the first read as a first name by pymorphy3 ("… Олег Мирошниченко"; not
    "… Північної Кореї", a place)."""
    if len(words) < 2:
        return False
    first, last = words[-2:]
    if not all(w[:1].isupper() and w.isalpha() and not w.isupper() for w in (first, last)):
        return False
    return any("Name" in p.tag for p in _analyzer(language).parse(first))


def person_nominative(language: str, name: str) -> str:
    """A person's first name and surname back in the nominative ("Василю Гончаренку":
    "Василь Гончаренко"), in the case the first name's reading as a first name gives; the
    name as written where it is nominative already or no first name is read."""
    words = name.split()
    if len(words) < 2 or not words[0].isalpha():
        return name
    morph = _analyzer(language)
    first = [p for p in morph.parse(words[0]) if "Name" in p.tag]
    if not first or any("nomn" in p.tag for p in first):
        return name
    case = next((c for c in OBLIQUE_CASES if c in first[0].tag), None)
    return _to_nominative(morph, name, case) if case else name


def _to_nominative(morph: Any, name: str, case: str = "gent") -> str:
    """The name's head in the nominative: leading adjectives agreeing with the first noun,
    and that noun (with the personal names after a first name); the rest as written."""
    words = name.split()
    parses = []
    for w in words:
        if not w.isalpha() or w.isupper():
            break  # a number, a quoted or bracketed part, an acronym ("МВД"): as written
        gent = [p for p in morph.parse(w) if case in p.tag]
        if not gent:
            break
        parses.append(gent)
    noun_at = next((i for i in range(len(parses)) if _is_noun(parses, i)), None)
    if noun_at is None:
        return name
    noun = next(p for p in parses[noun_at] if p.tag.POS == "NOUN")
    end = noun_at + 1
    if _PERSONAL & set(noun.tag.grammemes):  # "Владимира Зеленского"
        while end < len(parses) and any(
            _PERSONAL & set(p.tag.grammemes) or p.tag.POS == "ADJF" for p in parses[end]
        ):
            end += 1
    # "представителя разведки Андрея Юсова": personal names closing the name are in apposition
    # to its head, so they take its case too
    tail = len(parses)
    while (
        tail > end
        and words[tail - 1][:1].isupper()
        and any(_PERSONAL & set(p.tag.grammemes) for p in parses[tail - 1])
    ):
        tail -= 1
    out = list(words)
    if _PERSONAL & set(noun.tag.grammemes) and end == len(parses) < len(words):
        # "Андрея Юсова": a surname the dictionary does not know, after a first name
        out[end] = _surname_nominative(words[end], noun.tag.gender)
    for i in range(tail, len(parses)):
        person = next(p for p in parses[i] if _PERSONAL & set(p.tag.grammemes))
        if (form := person.inflect({"nomn"})) is not None:
            out[i] = form.word[:1].upper() + form.word[1:]
    for i in range(end):
        if i == noun_at:
            chosen = noun
        else:  # an adjective agrees with the noun: its gender and number
            agree = [p for p in parses[i] if noun.tag.gender is None or noun.tag.gender in p.tag]
            chosen = (agree or parses[i])[0]
        form = chosen.inflect({"nomn"})
        if form is None:
            return name
        word = form.word
        if word.replace("ё", "е") == words[i].lower().replace("ё", "е"):
            continue  # already nominative: kept as written (the dictionary spells "ё")
        out[i] = word[:1].upper() + word[1:] if words[i][:1].isupper() else word
    return " ".join(out)


#: The genitive endings of East Slavic surnames the dictionary does not know, by the
#: first name's gender, and their nominative: "Юсова" -> "Юсов", "Ивановой" -> "Иванова".
_SURNAME_ENDINGS = {
    "masc": (
        ("ского", "ский"),
        ("цкого", "цкий"),
        ("ова", "ов"),
        ("ева", "ев"),
        ("ёва", "ёв"),
        ("ина", "ин"),
        ("ына", "ын"),
    ),
    "femn": (
        ("ской", "ская"),
        ("цкой", "цкая"),
        ("овой", "ова"),
        ("евой", "ева"),
        ("иной", "ина"),
        ("ыной", "ына"),
    ),
}


def _surname_nominative(word: str, gender: str | None) -> str:
    """A surname after a first name in the genitive, put back in the nominative by its
    ending (``_SURNAME_ENDINGS``); as written where no ending fits or it is no word."""
    if not (word.isalpha() and word[:1].isupper()):
        return word
    for old, new in _SURNAME_ENDINGS.get(gender or "", ()):
        if word.endswith(old) and len(word) > len(old) + 1:
            return word[: -len(old)] + new
    return word


def _is_noun(parses: list[list[Any]], i: int) -> bool:
    """Whether word ``i`` is the name's noun: it may be one, and it is not an adjective
    of a noun that follows, right after it or past more adjectives ("Главного
    управления": "Главного" may be either; "Приозёрской газовой компании": "Приозёрской"
    may be a surname too)."""
    tags = {p.tag.POS for p in parses[i]}
    if "NOUN" not in tags:
        return False
    if not tags & {"ADJF", "PRTF"}:
        return True
    for later in parses[i + 1 :]:
        later_tags = {p.tag.POS for p in later}
        if "NOUN" in later_tags:
            return False  # the noun the adjectives agree with
        if not later_tags & {"ADJF", "PRTF"}:
            break
    return True


#: Libraries that put a name back in the nominative, by the name a folder gives.
NAME_READERS: dict[str, Callable[[Lexicon], NameReader]] = {
    "pymorphy3": _pymorphy3,
    "endings": _endings,
}


#: Readers that know every word's cases from a dictionary, not only the endings a genitive
#: article calls for: a noun of data heading a name can be read past ("оценке разведки").
DICTIONARY_READERS = frozenset({"pymorphy3"})


def reads_every_case(lex: Lexicon) -> bool:
    """Whether the folder's reader of names knows every word's cases (a dictionary)."""
    return str(lex.data.get("name_reader", "none")) in DICTIONARY_READERS


def name_reader(lex: Lexicon) -> NameReader | None:
    """The folder's reader of inflected names, or None where names are not inflected."""
    library = str(lex.data.get("name_reader", "none"))
    if library == "none":
        return None
    return NAME_READERS[library](lex)
