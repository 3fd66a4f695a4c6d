"""Character classes of Latin capitals and small letters, accents included, for the
patterns that read a person's name in English text: "Dr Ines Várkonyi", "Jürgen Müller",
"Łukasz Nowak" are names as "Dana Whitcombe" is. Built once from Unicode's own data
(``str.isupper``/``islower``) over the Latin blocks, so no letter is typed by hand."""

from __future__ import annotations

#: The Latin blocks: Basic Latin, Latin-1 Supplement, Latin Extended-A and -B.
_LATIN_END = 0x250


def _class(test: str) -> str:
    """The letters of the Latin blocks that pass ``str.<test>`` (letters only, so nothing
    in the class needs escaping)."""
    return "".join(
        chr(c) for c in range(0x41, _LATIN_END) if chr(c).isalpha() and getattr(chr(c), test)()
    )


#: Inside brackets: ``rf"[{UPPER}][{LOWER}]+"`` is a capitalised Latin word.
UPPER = _class("isupper")
LOWER = _class("islower")
