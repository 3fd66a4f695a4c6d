"""A body named in full once, then by its head noun after an article (extract/body_heads.py)."""

from __future__ import annotations

from claimtrack.extract.body_heads import heads_in_full

TEXT = (
    "O Conselho Regional de Saúde (CRS, na sigla usada no estado) publicou ontem o balanço. "
    "Segundo o Conselho, 1.200 leitos estão ocupados."
)


def test_the_head_noun_after_an_article_is_the_body_named_in_full() -> None:
    renamed = heads_in_full(["o Conselho", "O Conselho"], TEXT, ["de", "do", "da"])
    assert renamed == {
        "o Conselho": "Conselho Regional de Saúde (CRS)",
        "O Conselho": "Conselho Regional de Saúde (CRS)",
    }


def test_a_surname_alone_and_a_full_name_are_left_as_they_are() -> None:
    text = TEXT + " Kang Min-seok confirmou. O Conselho Regional de Saúde (CRS) também."
    assert heads_in_full(["Kang", "Conselho Regional de Saúde"], text, ["de"]) == {}


def test_two_bodies_with_the_head_noun_leave_it_alone() -> None:
    text = TEXT + " O Conselho Nacional de Educação discordou."
    assert heads_in_full(["o Conselho"], text, ["de"]) == {}


def test_a_place_is_no_head_noun() -> None:
    text = "A Guiana Francesa e la Guiana. La Guiana decide."
    assert heads_in_full(["la Guiana"], text, ["de"], places={"guiana"}) == {}
