"""Hand-built clean documents and claims, so store tests do not depend on extraction."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from claimtrack.records import Claim, CleanDocument, Mention, RemovedLine, content_hash

DocFactory = Callable[..., tuple[CleanDocument, list[Claim]]]

ARTICLE = (
    "Harbour officials in Vostrel said more than 4,500 crates were unloaded on Monday. "
    "The port authority expects up to 12,000 crates by the end of March. "
    "Roughly 300 dockworkers joined the night shift, a union spokesperson said."
)


def claim_for(doc_id: str, text: str, figure: str, **fields: object) -> Claim:
    """A claim on the sentence holding ``figure``, with one mention of it."""
    at = text.index(figure)
    start = text.rfind(". ", 0, at)
    start = 0 if start < 0 else start + 2
    end = text.find(".", at + len(figure))
    end = len(text) if end < 0 else end + 1
    mention = Mention(at, at + len(figure), figure, start, end)
    return Claim(
        doc_id=doc_id,
        quote=text[start:end],
        start=start,
        end=end,
        mentions=[mention],
        **fields,  # type: ignore[arg-type]
    )


@pytest.fixture
def make_doc() -> DocFactory:
    def build(
        doc_id: str = "vostrel-port", text: str = ARTICLE, **meta: object
    ) -> tuple[CleanDocument, list[Claim]]:
        doc = CleanDocument(
            doc_id=doc_id,
            text=text,
            content_hash=content_hash(text),
            title=str(meta.get("title", "Crates pile up in Vostrel")),
            published=str(meta.get("published", "2031-03-03")),
            url=str(meta.get("url", f"https://news.example/{doc_id}")),
            outlet="Example Tidings",
            language="en",
            truncated=bool(meta.get("truncated", False)),
            removed=[RemovedLine(0, 14, "Advertisement", "boilerplate")],
            location=f"{doc_id}.txt",
        )
        found = []
        if "4,500" in text:
            found.append(
                claim_for(
                    doc_id,
                    text,
                    "4,500",
                    value=None,
                    low=4500.0,
                    unit="crates",
                    measure="crates-unloaded",
                    source="harbour officials",
                    via=["Vostrel Herald"],
                    as_of="2031-03-03",
                )
            )
        if "12,000" in text:
            found.append(
                claim_for(
                    doc_id,
                    text,
                    "12,000",
                    value=None,
                    high=12000.0,
                    unit="crates",
                    measure="crates-unloaded",
                    source="port authority",
                    status="planned",
                    certainty="hedged",
                )
            )
        if "300" in text:
            found.append(
                claim_for(
                    doc_id,
                    text,
                    "300",
                    value=300.0,
                    approx=True,
                    unit="people",
                    measure="dockworkers",
                    source="union spokesperson",
                )
            )
        return doc, found

    return build
