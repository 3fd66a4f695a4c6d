"""Search finds words in article text and quotes, and no query string can break it."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event

from claimtrack.store import Store


@pytest.fixture
def filled(store_url, make_doc):
    store = Store(store_url)
    store.add(*make_doc("port"))
    store.add(
        *make_doc("mill", text="The Arlow mill said 40% of its looms stood idle in February.")
    )
    yield store
    store.close()


def test_search_finds_text_and_quotes(filled):
    hits = filled.search("dockworkers")
    assert {(h["doc"], h["kind"]) for h in hits} == {("port", "version"), ("port", "claim")}
    assert all("[dockworkers]" in h["snippet"].lower() for h in hits)
    # a claim hit names the claim by its stable id, as exports and pages do
    (claim,) = [h for h in hits if h["kind"] == "claim"]
    ids = {c["claim_id"] for c in filled.claims(doc_id="port")}
    assert claim["claim_id"] in ids and isinstance(claim["claim_id"], str)


def test_every_term_must_match(filled):
    assert {h["doc"] for h in filled.search("looms idle")} == {"mill"}
    assert filled.search("looms dockworkers") == []


def test_only_latest_versions_are_searched(filled, make_doc):
    filled.add(*make_doc("mill", text="The Arlow mill reopened with 35 weavers."))
    assert filled.search("looms") == []
    assert {h["doc"] for h in filled.search("weavers")} == {"mill"}


MOSCOW = "В Москве заявили, что около 300 солдат прибыли в порт. Погода была ясной."
SEVILLE = "Le ministère a annoncé l'arrivée de blindés à Séville, selon la préfecture."


@pytest.fixture
def multilingual(filled, make_doc):
    filled.add(*make_doc("moskva", text=MOSCOW, title="Порт"))
    filled.add(*make_doc("sevilla", text=SEVILLE, title="Séville"))
    return filled


def test_cyrillic_words_are_found_in_text_and_quotes(multilingual):
    hits = multilingual.search("солдат")
    assert {(h["doc"], h["kind"]) for h in hits} == {("moskva", "version"), ("moskva", "claim")}
    assert all("[солдат]" in h["snippet"] for h in hits)
    # Case folds beyond ASCII on both backends.
    assert {h["doc"] for h in multilingual.search("МОСКВЕ")} == {"moskva"}
    assert multilingual.search("солдат looms") == []


def test_accented_latin_words_are_found_whole(multilingual):
    (hit,) = multilingual.search("ministère Séville")
    assert (hit["doc"], hit["kind"], hit["title"]) == ("sevilla", "version", "Séville")
    assert "[ministère]" in hit["snippet"] and "[Séville]" in hit["snippet"]
    assert {h["doc"] for h in multilingual.search("SÉVILLE blindés")} == {"sevilla"}


def test_prefix_search_on_every_backend(multilingual):
    assert {h["doc"] for h in multilingual.search("loo*")} == {"mill"}
    assert {h["doc"] for h in multilingual.search("солд*")} == {"moskva"}
    assert {h["doc"] for h in multilingual.search("Sévi* minist*")} == {"sevilla"}
    # A prefix is still ANDed with the other terms.
    assert multilingual.search("loo* солдат") == []


def test_rows_have_one_shape_on_every_backend(multilingual):
    hits = multilingual.search("300")
    assert hits and all(
        set(h) == {"kind", "doc", "version", "claim_id", "title", "snippet"} for h in hits
    )
    assert {h["doc"] for h in hits} == {"port", "moskva"}
    assert all((h["claim_id"] is None) == (h["kind"] == "version") for h in hits)
    assert all(h["version"] == 1 for h in hits)
    assert len(multilingual.search("300", limit=1)) == 1


SYNTAX = "&|!():*<>'\"\\"


@pytest.mark.parametrize(
    "query",
    [
        '"',
        "looms OR",
        "NEAR(looms",
        "body:looms",
        "looms AND NOT",
        "*",
        "(",
        "'; DROP TABLE x;--",
        "",
        SYNTAX,
        f"looms {SYNTAX} idle",
        "looms & !idle",
        "looms <-> idle | mill",
        "!!looms",
        "looms:*A",
        "'loo':* & x",
        "loo\\*",
        "looms\x00idle",
        "a" * 3000 + "*",
    ],
)
def test_query_syntax_is_treated_as_plain_words(filled, query):
    assert isinstance(filled.search(query), list)  # must not raise
    assert len(filled.claims()) == 3


@pytest.mark.parametrize("query", ["(looms)", "looms!", "'looms'", '"looms"', "looms:*", "!looms"])
def test_words_wrapped_in_query_syntax_still_match(filled, query):
    assert {h["doc"] for h in filled.search(query)} == {"mill"}


def test_fts_operators_in_user_input_are_words(filled):
    # Unquoted, FTS5 would read OR as an operator and match the mill for "looms";
    # to_tsquery would read "!" as NOT.
    assert filled.search("OR looms") == []
    assert filled.search("looms !idle") != []


_SYNTAX_QUERIES = st.lists(
    st.sampled_from([*SYNTAX, " ", "looms", "idle", "mill", "OR", "NOT", "NEAR", "<->", "\x00"]),
    max_size=12,
).map("".join)


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(query=st.one_of(st.text(max_size=40), _SYNTAX_QUERIES))
def test_any_query_is_safe(filled, query):
    hits = filled.search(query)
    assert all(h["doc"] in {"port", "mill"} and "[" in h["snippet"] for h in hits)
    if not re.search(r"\w", query):
        assert hits == []  # punctuation alone finds nothing rather than everything


def test_postgresql_search_can_use_the_gin_indexes(filled):
    """The statement ``search`` sends is one the planner can answer from migration 5's
    indexes: with sequential scans priced out, its plan names both of them."""
    if filled.dialect != "postgresql":
        pytest.skip("the GIN indexes are PostgreSQL's; SQLite searches its FTS5 table")
    sent: list[tuple[str, object]] = []

    def record(conn, cursor, statement, parameters, context, executemany):
        sent.append((statement, parameters))

    event.listen(filled.engine, "before_cursor_execute", record)
    try:
        assert filled.search("looms idle")
        assert filled.search("dock*")
    finally:
        event.remove(filled.engine, "before_cursor_execute", record)
    searches = [(s, p) for s, p in sent if "to_tsvector" in s]
    assert len(searches) == 2
    with filled.engine.connect() as conn:
        conn.exec_driver_sql("SET enable_seqscan = off")
        for statement, parameters in searches:
            plan = "\n".join(conn.exec_driver_sql("EXPLAIN " + statement, parameters).scalars())
            assert "ix_versions_text_search" in plan, plan
            assert "ix_claims_quote_search" in plan, plan
