"""Clean: from a document as read to the article text, with what was removed and why.

``clean`` dispatches on ``SourceDocument.kind``:

- "html": trafilatura extracts the article text and metadata (``clean.html``); a page too
  large for it is read as a stream instead, and the document says so (``large_page``);
- "markdown": markup characters are dropped line by line (``clean.markdown``);
- "text": used as is.

Then page furniture is removed line by line (``clean.furniture``), the layout is tidied
(``clean.layout``: one paragraph, heading or list item a line) and the metadata is filled
in (``clean.metadata``). ``RemovedLine`` offsets index the text before furniture removal:
the content for "text" and "markdown", the extracted page text for "html".
"""

from __future__ import annotations

from claimtrack.clean.dates import day_first_in, yearless_dateline
from claimtrack.clean.furniture import Line, classify_line, remove_furniture, split_lines
from claimtrack.clean.html import extract_html, extracted_lines
from claimtrack.clean.layout import has_readable_text, join_lines
from claimtrack.clean.markdown import markdown_lines
from claimtrack.clean.metadata import detect_language, find_dateline, guess_title, normalise_date
from claimtrack.errors import broken_html, empty_input
from claimtrack.records import CleanDocument, SourceDocument

__all__ = ["classify_line", "clean"]


def clean(source: SourceDocument) -> CleanDocument:
    """The readable article text of ``source`` with its metadata and removed furniture.

    Raises ``InputError`` ("html") when a page holds no readable text and ("empty") when
    nothing readable is left after cleaning.
    """
    location = source.location or source.url or source.doc_id
    page_title = sitename = page_date = md_title = None
    large_page = False

    if source.kind == "html":
        page = extract_html(source.content, source.url)
        if not has_readable_text(page.text):
            raise broken_html(location)
        original = page.text
        lines: list[Line] = extracted_lines(original)
        page_title, sitename, page_date = page.title, page.sitename, page.published
        large_page = page.large_page
    elif source.kind == "markdown":
        original = source.content
        lines, md_title = markdown_lines(original)
    else:
        original = source.content
        lines = split_lines(original)

    result = remove_furniture(lines, original)
    text = join_lines(line.text for line in result.kept)
    if not has_readable_text(text):
        raise empty_input(location)

    text_lines = text.split("\n")
    title = _first(source.title, page_title, md_title) or guess_title(text_lines)
    language = detect_language(text)
    published = (
        normalise_date(source.published)
        or normalise_date(page_date)
        or find_dateline([line.text for line in lines], day_first_in(language, text))
        or yearless_dateline([line.text for line in lines])  # "SEOUL, Dec. 1 (X) --"
    )
    return CleanDocument(
        doc_id=source.doc_id,
        text=text,
        content_hash=source.content_hash,
        title=title,
        published=published,
        url=source.url,
        outlet=_first(source.outlet, sitename),
        language=language,
        truncated=result.truncated,
        removed=result.removed,
        location=source.location,
        large_page=large_page,
    )


def _first(*values: str | None) -> str | None:
    for value in values:
        if value and value.strip():
            return " ".join(value.split())
    return None
