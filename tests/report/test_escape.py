"""The report's fragments escape text exactly as ``markupsafe.escape`` (and so Jinja's
autoescape) does: the same characters, the same entities, Markup left as it is."""

from __future__ import annotations

from markupsafe import Markup, escape

from claimtrack.report.fragments import e


def test_plain_text_is_escaped_as_markupsafe_escapes_it() -> None:
    hostile = [
        "<script>alert('x')</script>",
        'an "outlet" & <b>more</b>',
        "&amp; already an entity",
        "Kim's <br/> & 'quotes'",
        "",
        "plain words",
    ]
    for text in hostile:
        assert e(text) == str(escape(text))
    assert e("<a href='x'>") == "&lt;a href=&#39;x&#39;&gt;"


def test_markup_and_numbers_go_through_escape() -> None:
    assert e(Markup("<b>kept</b>")) == "<b>kept</b>"
    assert e(12000) == "12000"
    assert e(None) == "None"
