"""Search finds words in article text and quotes, and no query string can break it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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
    ],
)
def test_query_syntax_is_treated_as_plain_words(filled, query):
    filled.search(query)  # must not raise
    assert len(filled.claims()) == 3


def test_fts_operators_in_user_input_are_words(tmp_path, make_doc):
    with Store(str(tmp_path / "s.db")) as store:
        store.add(*make_doc("mill", text="The Arlow mill said 40% of its looms stood idle."))
        # Unquoted, FTS5 would read OR as an operator and match the mill for "looms".
        assert store.search("OR looms") == []
        assert {h["doc"] for h in store.search("loo*")} == {"mill"}


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=40))
def test_any_query_is_safe_on_sqlite(tmp_path_factory, query):
    path = tmp_path_factory.getbasetemp() / "fuzz.db"
    with Store(str(path)) as store:
        assert isinstance(store.search(query), list)
