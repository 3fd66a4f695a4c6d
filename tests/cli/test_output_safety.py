"""Nothing from an article is read as Rich markup or reaches the terminal raw.

A real SQLite store is built by ``ingest`` from an article full of bracketed text that
Rich would read as markup (``[/]``, ``[/bold]``, ``[link=...]``), an editor's ``[sic]``
and terminal control bytes; every command that prints article text must show it as it is.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app
from claimtrack.cli.render import HIT_STYLE, printable, snippet_text

ESC = "\x1b"
ARTICLE = (
    "Depot fire [/] in Quellin\n\n"
    f"Officials [sic] said {ESC}[31mmore than 4,500 [/bold] soldiers were sent [link=http://x].\n\n"
    "The brigade said about 13,000 litres of [bold]fuel[/] burned before dawn.\n"
)
WIDE = {"COLUMNS": "250"}


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, runner: CliRunner) -> str:
    folder = tmp_path_factory.mktemp("markup")
    (folder / "markup.txt").write_text(ARTICLE)
    path = str(folder / "claims.db")
    result = runner.invoke(app, ["ingest", str(folder / "markup.txt"), "--db", path, "--no-pack"])
    assert result.exit_code == 0, result.output
    return path


def assert_safe(text: str) -> None:
    """No raw control byte, no traceback."""
    assert ESC not in text and "\x07" not in text
    assert "Traceback" not in text


def test_claims_table_shows_brackets_as_written(runner, db):
    result = runner.invoke(app, ["claims", "--db", db], env=WIDE)
    assert result.exit_code == 0, result.output
    out = result.stdout
    for literal in ("[sic]", "[/bold]", "[link=http://x]", "[bold]fuel[/]"):
        assert literal in out
    # the colour code was never text: cleaning removed it before extraction
    assert "said more than 4,500" in out and "\\x1b" not in out
    assert_safe(result.output)


def test_machine_formats_keep_the_quote_untouched(runner, db):
    rows = json.loads(runner.invoke(app, ["claims", "--db", db, "--format", "json"]).stdout)
    quotes = {r["quote"] for r in rows}
    assert any("said more than 4,500 [/bold] soldiers" in q for q in quotes)
    assert not any(ESC in q for q in quotes)  # a terminal control sequence is not text


def test_docs_table_shows_a_bracketed_title(runner, db):
    result = runner.invoke(app, ["docs", "--db", db], env=WIDE)
    assert result.exit_code == 0 and "Depot fire [/] in Quellin" in result.stdout
    assert_safe(result.output)


def test_search_marks_hits_when_piped(runner, db):
    result = runner.invoke(app, ["search", "fuel", "--db", db], env=WIDE)
    assert result.exit_code == 0, result.output
    assert "[bold]«fuel»[/]" in result.stdout
    assert_safe(result.output)


def test_search_tells_an_article_bracket_from_a_hit(runner, db):
    sic = runner.invoke(app, ["search", "sic", "--db", db], env=WIDE).stdout
    assert "[«sic»]" in sic  # the article's brackets stay, the hit inside is marked
    soldiers = runner.invoke(app, ["search", "soldiers", "--db", db], env=WIDE).stdout
    assert "«soldiers»" in soldiers and "[sic]" in soldiers and "[/bold]" in soldiers
    assert_safe(sic + soldiers)


def test_search_in_a_terminal_styles_hits_instead(runner, db):
    result = runner.invoke(app, ["search", "fuel", "--db", db], env={**WIDE, "FORCE_COLOR": "1"})
    assert result.exit_code == 0
    out = result.stdout
    assert "«" not in out and "fuel" in out
    assert "\x1b[1;7mfuel" in out  # bold reverse, drawn by Rich itself
    assert "[bold]" in out


def test_snippet_hits_are_styled_spans():
    text = snippet_text("…sent 11,000 [troops] to [sic] Kursk [region]…", "troops region", False)
    assert text.plain == "…sent 11,000 troops to [sic] Kursk region…"
    hits = [text.plain[s.start : s.end] for s in text.spans if s.style == HIT_STYLE]
    assert hits == ["troops", "region"]
    marked = snippet_text("11,000 [troops] to", "troop*", True)
    assert marked.plain == "11,000 «troops» to"
    accented = snippet_text("in [Kyïv] today", "kyiv", False)
    assert accented.plain == "in Kyïv today"


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("plain [bold] text", "plain [bold] text"),
        (f"{ESC}[2J{ESC}]0;title\x07", "\\x1b[2J\\x1b]0;title\\x07"),
        ("a\rb\x00c", "a\\x0db\\x00c"),
        ("abc\u202edef", "abc\\u202edef"),
        ("line\nnext\ttab", "line\nnext\ttab"),
        ("Kyïv 11 000 млн", "Kyïv 11 000 млн"),
    ],
)
def test_printable(raw, shown):
    assert printable(raw) == shown


def test_crosscheck_tables_show_brackets_as_written(runner, db):
    doc = json.loads(
        runner.invoke(app, ["measures", "--db", db, "--no-pack", "--format", "json"]).stdout
    )
    assert doc["measures"]
    for m in doc["measures"]:
        result = runner.invoke(app, ["measure", m["key"], "--db", db, "--no-pack"], env=WIDE)
        assert result.exit_code == 0, result.output
        assert_safe(result.output)
    keys = [m["key"] for m in doc["measures"]]
    shown = "".join(
        runner.invoke(app, ["measure", k, "--db", db, "--no-pack"], env=WIDE).stdout for k in keys
    )
    assert "[/bold]" in shown and "[sic]" in shown
    for command in ("measures", "conflicts", "sources"):
        result = runner.invoke(app, [command, "--db", db, "--no-pack"], env=WIDE)
        assert result.exit_code == 0, result.output
        assert_safe(result.output)


def test_failures_with_odd_file_names(runner, db, tmp_path):
    odd = tmp_path / f"[bold]{ESC}[31mred[dim].txt"  # a file name cannot hold "/"
    odd.write_text("")
    failed = runner.invoke(app, ["ingest", str(odd), "--db", db, "--no-pack"])
    assert failed.exit_code == 1
    assert "[bold]\\x1b[31mred[dim].txt" in failed.stderr
    assert_safe(failed.output)
    listed = runner.invoke(app, ["errors", "--db", db], env=WIDE)
    assert listed.exit_code == 0 and "[bold]\\x1b[31mred[dim]" in listed.stdout
    assert_safe(listed.output)


def test_a_markup_looking_store_path_in_an_error(runner, tmp_path):
    missing = tmp_path / "[/bold]" / "x.db"
    result = runner.invoke(app, ["claims", "--db", str(missing)])
    assert result.exit_code == 2 and str(missing) in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.output


def test_store_is_left_readable(db):
    assert Path(db).stat().st_size > 0


def test_emoji_codes_are_printed_as_written(runner, tmp_path):
    article = tmp_path / "smile.txt"
    article.write_text("Officials :x: said 300 soldiers left :thumbs_up: Ostra.\n")
    db = str(tmp_path / "e.db")
    missing = str(tmp_path / "gone:x:.txt")
    result = runner.invoke(app, ["ingest", str(article), missing, "--db", db, "--no-pack"])
    assert result.exit_code == 1
    assert "gone:x:.txt" in result.stderr and "❌" not in result.stderr
    table = runner.invoke(app, ["claims", "--db", db], env=WIDE).stdout
    assert ":x:" in table and ":thumbs_up:" in table and "❌" not in table
