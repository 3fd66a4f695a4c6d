"""Pages over the large-page threshold are read as a stream, not by trafilatura: the
article text survives, page furniture and code do not, and the document says which path
read it. Generated pages just over the threshold keep the test fast."""

from __future__ import annotations

import pytest

import claimtrack.clean.html as html_module
from claimtrack.clean import clean
from claimtrack.clean.html import LARGE_PAGE_CHARS, extract_html, stream_html
from claimtrack.records import SourceDocument

HEAD = (
    "<!DOCTYPE html><html><head><title>Harbour page | Courier</title>"
    '<meta property="og:title" content="Harbour count rises">'
    '<meta property="article:published_time" content="2025-04-04T08:00:00Z">'
    "<style>p { color: red; } .x::after { content: 'STYLETEXT'; }</style>"
    "<script>var s = '<p>SCRIPTTEXT 9,999 troops</p>';</script></head><body>"
    "<header><p>HEADERTEXT</p></header>"
    "<nav><ul><li><a href='/'>NAVTEXT Home</a></li></ul></nav>"
    "<article><h1>Harbour count rises</h1>"
    "<p>The harbour master said 312 boats were moored in Tullen on Monday.</p>"
    "<p>Fish &amp; chips stalls sold out &mdash; a first&#33;</p>"
    "<div>Inline <b>bold</b> text<br>after a break</div>"
    "<svg><text>SVGTEXT</text></svg><noscript>NOSCRIPTTEXT</noscript>"
)
FILLER = "<p>Gulls circled the quay while the tide came in slowly.</p>\n"
TAIL = (
    "</article><aside>ASIDETEXT</aside><form><p>FORMTEXT</p></form>"
    "<footer>FOOTERTEXT Copyright</footer></body></html>"
)


def big_page(min_chars: int = LARGE_PAGE_CHARS + 1) -> str:
    """A page of ``HEAD``, filler paragraphs past ``min_chars`` and ``TAIL``."""
    repeats = (min_chars - len(HEAD) - len(TAIL)) // len(FILLER) + 2
    return HEAD + FILLER * repeats + TAIL


@pytest.fixture(scope="module")
def page() -> str:
    return big_page()


def test_text_and_figures_survive_and_furniture_does_not(page: str) -> None:
    doc = clean(SourceDocument("big", page, "html"))
    lines = doc.text.split("\n")
    assert "The harbour master said 312 boats were moored in Tullen on Monday." in lines
    for gone in (
        "SCRIPTTEXT",
        "STYLETEXT",
        "NAVTEXT",
        "HEADERTEXT",
        "SVGTEXT",
        "NOSCRIPTTEXT",
        "ASIDETEXT",
        "FORMTEXT",
        "FOOTERTEXT",
        "9,999",
    ):
        assert gone not in doc.text, gone
    assert doc.title == "Harbour count rises"
    assert doc.published == "2025-04-04"


def test_entities_are_unescaped_and_blocks_are_lines(page: str) -> None:
    text = stream_html(page).text
    lines = text.split("\n")
    assert "Fish & chips stalls sold out — a first!" in lines
    assert "Inline bold text" in lines  # inline elements stay in their line
    assert "after a break" in lines  # <br> ends a line
    assert "&amp;" not in text


def test_the_streaming_path_reads_pages_over_the_threshold(
    page: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_trafilatura(*_args: object, **_kw: object) -> object:
        raise AssertionError("trafilatura must not read a page over the threshold")

    monkeypatch.setattr(html_module.trafilatura, "bare_extraction", no_trafilatura)
    assert len(page) > LARGE_PAGE_CHARS
    extract = extract_html(page)
    assert extract.large_page
    assert clean(SourceDocument("big", page, "html")).large_page


def test_pages_under_the_threshold_still_go_to_trafilatura(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[int] = []
    real = html_module.trafilatura.bare_extraction

    def counting(*args: object, **kw: object) -> object:
        calls.append(1)
        return real(*args, **kw)

    monkeypatch.setattr(html_module.trafilatura, "bare_extraction", counting)
    small = big_page(10_000)
    doc = clean(SourceDocument("small", small, "html"))
    assert calls == [1]
    assert not doc.large_page
    assert "312 boats" in doc.text


def test_a_skipped_element_hides_only_what_it_holds() -> None:
    page = "<body><p>Before 12 troops.</p><nav><p>menu</p></nav><p>After 14 troops.</p></body>"
    lines = stream_html(page).text.split("\n")
    assert lines == ["Before 12 troops.", "After 14 troops."]
    # a stray end tag of a skipped element does not hide what follows
    assert stream_html("<p>One 1,000 tanks.</p></nav><p>Two.</p>").text == (
        "One 1,000 tanks.\nTwo."
    )
