"""HTML pages: article text from trafilatura, page furniture gone, broken pages still read."""

from __future__ import annotations

import pytest

from claimtrack.clean import clean
from claimtrack.clean.html import extract_html, extracted_lines
from claimtrack.errors import InputError
from claimtrack.records import SourceDocument

PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<title>Ferry operator orders six electric vessels | Tidewater Courier</title>
<meta property="og:title" content="Ferry operator orders six electric vessels">
<meta property="og:site_name" content="Tidewater Courier">
<meta property="article:published_time" content="2024-09-17T07:30:00+00:00">
<meta property="article:modified_time" content="2024-10-02T12:00:00+00:00">
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/business">Business</a></li>
<li><a href="/climate">Climate</a></li></ul><a href="#main">Skip to main content</a></nav></header>
<main id="main"><article>
<h1>Ferry operator orders six electric vessels</h1>
<p>By Ines Halvorsen</p>
<p>The island ferry company has signed a contract worth 310 million euros for six battery-powered
vessels, its chief executive told reporters in the harbour office on Tuesday.</p>
<p>Share this article</p>
<h2>What the order includes</h2>
<ul><li>Six vessels carrying 400 passengers each</li><li>Charging stations in three ports</li></ul>
<p>The first ship is due in 2027, and the company expects fuel costs on the busiest route to fall
by roughly 40 percent once the whole fleet has been replaced.</p>
<p>Advertisement</p>
<p>Environmental groups welcomed the order but said older diesel ferries should be retired
faster than the current timetable allows.</p>
</article></main>
<section id="comments" class="comments"><h3>2 Comments</h3>
<div class="comment"><p>About time! The old boats are so loud and smell of diesel all summer long.</p></div>
<form><textarea name="comment"></textarea><button>Post Comment</button></form></section>
<footer><p>Copyright 2024 Tidewater Courier. All rights reserved.</p>
<a href="/privacy">Privacy policy</a> <a href="/cookies">Cookie settings</a></footer>
</body></html>
"""


def doc(content: str, **kw: object) -> SourceDocument:
    return SourceDocument(doc_id="page-1", content=content, kind="html", **kw)  # type: ignore[arg-type]


def test_page_text_keeps_article_and_drops_page_furniture() -> None:
    cleaned = clean(doc(PAGE, url="https://tidewater.example/business/ferries"))
    lines = cleaned.text.split("\n")
    assert lines[0] == "Ferry operator orders six electric vessels"
    assert "What the order includes" in lines
    assert "Six vessels carrying 400 passengers each" in lines  # list item, bullet dropped
    assert "Charging stations in three ports" in lines
    assert any(line.startswith("The island ferry company has signed") for line in lines)
    assert any(line.startswith("Environmental groups welcomed the order") for line in lines)
    for gone in ("Skip to main content", "Copyright", "About time", "Privacy policy", "Home"):
        assert gone not in cleaned.text
    reasons = {r.text: r.reason for r in cleaned.removed}
    assert reasons.get("Share this article") == "share"
    assert reasons.get("Advertisement") == "ads"
    assert reasons.get("By Ines Halvorsen") == "byline"


def test_page_metadata() -> None:
    cleaned = clean(doc(PAGE))
    assert cleaned.title == "Ferry operator orders six electric vessels"
    assert cleaned.outlet == "Tidewater Courier"
    assert cleaned.published == "2024-09-17"  # original date, not the later update
    assert cleaned.language == "en"
    assert cleaned.truncated is False


def test_outlet_from_title_suffix_when_page_has_no_site_name() -> None:
    page = (
        "<html><head><title>Dockers strike for a third day | Harbour Ledger</title></head>"
        "<body><article><h1>Dockers strike for a third day</h1>"
        "<p>About 1,500 dock workers stayed away from the container terminal on Wednesday, "
        "leaving 23 ships waiting at anchor outside the breakwater, the port said.</p>"
        "</article></body></html>"
    )
    cleaned = clean(doc(page))
    assert cleaned.title == "Dockers strike for a third day"
    assert cleaned.outlet == "Harbour Ledger"


def test_caller_metadata_wins_over_page_metadata() -> None:
    cleaned = clean(doc(PAGE, outlet="Courier Wire", published="2024-09-18T09:00:00Z"))
    assert cleaned.outlet == "Courier Wire"
    assert cleaned.published == "2024-09-18"


def test_removed_offsets_index_the_extracted_page_text() -> None:
    page = extract_html(PAGE)
    cleaned = clean(doc(PAGE))
    assert cleaned.removed
    for r in cleaned.removed:
        assert page.text[r.start : r.end] == r.text


def test_extracted_lines_drop_list_bullets_but_keep_offsets() -> None:
    text = "Heading\n- first item\n- second item"
    lines = extracted_lines(text)
    assert [line.text for line in lines] == ["Heading", "first item", "second item"]
    assert text[lines[1].start : lines[1].end] == "- first item"


def test_broken_html_with_unclosed_tags_still_gives_text() -> None:
    broken = (
        "<html><head><title>Grain silo fire</title><body><div class='story'>"
        "<p>A fire at the river port destroyed 2,300 tonnes of stored wheat, the operator said"
        "<p>Firefighters needed nine hours to bring the blaze under control, and two workers "
        "were treated for smoke inhalation<div><p>Damage is estimated at 1.8 million dollars"
    )
    cleaned = clean(doc(broken))
    assert "destroyed 2,300 tonnes of stored wheat" in cleaned.text
    assert "Damage is estimated at 1.8 million dollars" in cleaned.text
    # paragraphs stay on their own lines
    assert len([line for line in cleaned.text.split("\n") if line]) >= 3


def test_tiny_page_falls_back_to_body_text() -> None:
    tiny = (
        "<html><body><div>Bridge closed for 3 days</div><div>Detour adds 12 km</div></body></html>"
    )
    page = extract_html(tiny)
    assert "Bridge closed for 3 days" in page.text
    assert "Detour adds 12 km" in page.text


@pytest.mark.parametrize(
    "content",
    [
        "<html><head><script>var tracker = 1;</script></head><body></body></html>",
        "<html><body><style>p { color: red }</style><div>   </div></body></html>",
        "<html><body><!-- nothing here --></body></html>",
        "",
    ],
)
def test_html_without_readable_text_raises_input_error(content: str) -> None:
    with pytest.raises(InputError) as info:
        clean(doc(content, location="pages/empty.html"))
    assert info.value.reason == "html"
    assert "pages/empty.html" in info.value.message


def test_html_with_only_furniture_raises_empty() -> None:
    content = "<html><body><p>Share this article</p><p>Advertisement</p></body></html>"
    with pytest.raises(InputError) as info:
        clean(doc(content))
    assert info.value.reason == "empty"
