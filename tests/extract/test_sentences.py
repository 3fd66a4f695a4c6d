"""The sentence splitter (extract/sentences.py): where a line's first sentence starts."""

from __future__ import annotations

import pytest

from claimtrack.extract.sentences import dateline_end, split_sentences


@pytest.mark.parametrize(
    ("line", "opening"),
    [
        ("SEOUL, Jan 13 (Reuters) - The agency said", "The agency"),
        ("17:40 — La diputada Kwon Hyo-jin sale de la sesión.", "La diputada"),
        ("09.15 - Die Polizei meldet 300 Festnahmen.", "Die Polizei"),
        ("14h05 | Le ministère annonce 12 blessés.", "Le ministère"),
    ],
)
def test_a_dateline_or_a_live_blog_entry_time_is_no_part_of_the_sentence(
    line: str, opening: str
) -> None:
    (first,) = split_sentences(line)
    assert first.text.startswith(opening)
    assert line[first.start : first.end] == first.text


@pytest.mark.parametrize(
    "line",
    [
        "17:40 Uhr meldete die Polizei 300 Festnahmen.",
        "12 - 15 soldiers were hurt.",
        "1:2 - a draw.",
    ],
)
def test_a_time_not_set_off_by_a_dash_stays_in_the_sentence(line: str) -> None:
    assert dateline_end(line) == 0


@pytest.mark.parametrize(
    "text",
    [
        "„Das ist nur, was Satelliten erfassen.“ Für das kommende Jahr sind 40 Züge geplant.",
        "‚Das reicht nicht.‘ Für das kommende Jahr sind 40 Züge geplant.",
    ],
)
def test_a_german_closing_quotation_mark_ends_the_sentence_before_it(text: str) -> None:
    """German closes a quotation with “ or ‘ (which open one in English)."""
    assert [s.text for s in split_sentences(text)][-1] == (
        "Für das kommende Jahr sind 40 Züge geplant."
    )


@pytest.mark.parametrize(
    "line",
    [
        "국정원은 2026. 11. 12. 북한군 병력이 늘었다고 밝혔다.",
        "국정원은 2026.11.12. 북한군 병력이 늘었다고 밝혔다.",
        "Das Amt meldete am 3. 12. 2026 einen Anstieg der Fälle.",
    ],
)
def test_a_date_in_figures_and_stops_ends_no_sentence(line: str) -> None:
    (only,) = split_sentences(line)
    assert only.text == line
