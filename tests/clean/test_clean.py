"""The clean() entry: dispatch on kind, layout, metadata and errors, end to end."""

from __future__ import annotations

import pytest

from claimtrack.clean import clean
from claimtrack.errors import InputError
from claimtrack.records import SourceDocument, content_hash

ARTICLE = """Skip to main content
Home > Regions > North

Reservoir levels fall to a ten-year low

By Marta Lindqvist | Valley Herald
Published: 11 August 2024
Photo: Valley Herald archive

The northern reservoir is holding 38 percent of its capacity, the water board said on Sunday.\x20\x20\u00a0
Farmers have been told to cut irrigation by a quarter until the end of September.



Key figures
Capacity: 240 million cubic metres
Current level: 38 percent
Share this article
Advertisement
Engineers said a pipeline from the southern lake, costing 95 million euros, would be ready in 2026.
Read more: Drought hits barley harvest
Sign up for our newsletter
2 Comments
Leave a Reply
"""


def text_doc(content: str, **kw: object) -> SourceDocument:
    return SourceDocument(doc_id="doc-7", content=content, kind="text", **kw)  # type: ignore[arg-type]


def test_text_article_end_to_end() -> None:
    source = text_doc(ARTICLE, location="inbox/reservoir.txt", url="https://valley.example/r")
    cleaned = clean(source)
    assert cleaned.text == (
        "Reservoir levels fall to a ten-year low\n"
        "\n"
        "The northern reservoir is holding 38 percent of its capacity, the water board said on Sunday.\n"
        "Farmers have been told to cut irrigation by a quarter until the end of September.\n"
        "\n"
        "Key figures\n"
        "Capacity: 240 million cubic metres\n"
        "Current level: 38 percent\n"
        "Engineers said a pipeline from the southern lake, costing 95 million euros, would be ready in 2026."
    )
    assert [(r.reason, r.text) for r in cleaned.removed] == [
        ("navigation", "Skip to main content"),
        ("navigation", "Home > Regions > North"),
        ("byline", "By Marta Lindqvist | Valley Herald"),
        ("byline", "Published: 11 August 2024"),
        ("photo_credit", "Photo: Valley Herald archive"),
        ("share", "Share this article"),
        ("ads", "Advertisement"),
        ("related", "Read more: Drought hits barley harvest"),
        ("subscribe", "Sign up for our newsletter"),
        ("comments", "2 Comments"),
        ("comments", "Leave a Reply"),
    ]
    for r in cleaned.removed:
        assert ARTICLE[r.start : r.end] == r.text
    assert cleaned.title == "Reservoir levels fall to a ten-year low"
    assert cleaned.published == "2024-08-11"
    assert cleaned.language == "en"
    assert cleaned.truncated is False
    assert cleaned.doc_id == "doc-7"
    assert cleaned.location == "inbox/reservoir.txt"
    assert cleaned.url == "https://valley.example/r"
    assert cleaned.outlet is None
    assert cleaned.content_hash == content_hash(ARTICLE)


def test_caller_metadata_is_kept_and_normalised() -> None:
    cleaned = clean(
        text_doc(
            ARTICLE,
            title="Reservoir at ten-year low",
            published="August 12, 2024",
            outlet="Valley Herald",
        )
    )
    assert cleaned.title == "Reservoir at ten-year low"
    assert cleaned.published == "2024-08-12"
    assert cleaned.outlet == "Valley Herald"


def test_paywalled_text_is_marked_truncated() -> None:
    content = (
        "Steelworks to cut 900 jobs\n"
        "The company said on Thursday that output had fallen 22% since January.\n"
        "Subscribe to continue reading\n"
        "Get unlimited access from £1 for 6 months\n"
        "then £15 a month. Cancel anytime.\n"
    )
    cleaned = clean(text_doc(content))
    assert cleaned.truncated is True
    assert cleaned.text == (
        "Steelworks to cut 900 jobs\n"
        "The company said on Thursday that output had fallen 22% since January."
    )
    assert [r.reason for r in cleaned.removed] == ["paywall", "paywall", "paywall"]


def test_lines_are_never_merged_or_reflowed() -> None:
    content = "Line one without a stop\nline two continues it\n\n\n\nLine three.  \t\n"
    assert (
        clean(text_doc(content)).text
        == "Line one without a stop\nline two continues it\n\nLine three."
    )


def test_markdown_markup_is_dropped_and_lines_kept() -> None:
    content = """# Tram line **doubles** its capacity

*Published 2 October 2024*

The city's [transport office](https://city.example/transport) said the new trams carry
__420 passengers__ each, up from 210.

## Fact box
- Route length: 14 km
* Stops: 23
1. First phase finished in 2023

> "It is the biggest upgrade in 30 years," the mayor said.

![A tram at the depot](https://city.example/tram.jpg)
---
Share this article
"""
    cleaned = clean(SourceDocument(doc_id="md-1", content=content, kind="markdown"))
    assert cleaned.text == (
        "Tram line doubles its capacity\n"
        "\n"
        "The city's transport office said the new trams carry\n"
        "420 passengers each, up from 210.\n"
        "\n"
        "Fact box\n"
        "Route length: 14 km\n"
        "Stops: 23\n"
        "1. First phase finished in 2023\n"
        "\n"
        '"It is the biggest upgrade in 30 years," the mayor said.'
    )
    assert cleaned.title == "Tram line doubles its capacity"
    assert cleaned.published == "2024-10-02"
    assert [(r.reason, r.text) for r in cleaned.removed] == [
        ("byline", "*Published 2 October 2024*"),
        ("share", "Share this article"),
    ]
    for r in cleaned.removed:
        assert content[r.start : r.end] == r.text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Le tramway transporte désormais 420 passagers par rame, soit deux fois plus "
            "qu'avant, selon la mairie.",
            "fr",
        ),
        (
            "Die neue Straßenbahn befördert jetzt 420 Fahrgäste pro Zug, doppelt so viele wie "
            "zuvor, teilte die Stadt mit.",
            "de",
        ),
    ],
)
def test_language_of_non_english_text(text: str, language: str) -> None:
    cleaned = clean(text_doc(text))
    assert cleaned.language == language
    assert cleaned.text == text


@pytest.mark.parametrize(
    ("content", "published"),
    [
        # the page's language writes the day first: 4 November
        (
            "Grève des contrôleurs\n04/11/2026 07h15 · Lecture 2 min\n\nLa grève a supprimé "
            "un train sur trois ce matin dans la région, selon la direction.",
            "2026-11-04",
        ),
        # English may mean either: no date is guessed
        (
            "Controllers strike\n04/11/2026 07:15 · 2 min read\n\nThe strike cancelled one "
            "train in three across the region this morning, the operator said.",
            None,
        ),
    ],
)
def test_a_slashed_dateline_is_read_in_the_pages_language(
    content: str, published: str | None
) -> None:
    assert clean(text_doc(content)).published == published


@pytest.mark.parametrize(
    "content", ["", "   \n\n\t", "Share this article\nAdvertisement\n", "---\n***"]
)
def test_nothing_readable_raises_empty(content: str) -> None:
    with pytest.raises(InputError) as info:
        clean(text_doc(content, location="inbox/blank.txt"))
    assert info.value.reason == "empty"
    assert "inbox/blank.txt" in info.value.message


def test_empty_markdown_raises_empty() -> None:
    with pytest.raises(InputError) as info:
        clean(SourceDocument(doc_id="md-2", content="---\n![x](y.png)\n", kind="markdown"))
    assert info.value.reason == "empty"
