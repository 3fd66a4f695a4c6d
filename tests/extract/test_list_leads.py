"""A statement introducing a list speaks its bulleted lines (extract/list_leads.py)."""

from __future__ import annotations

from claimtrack.extract.lexicon import load_lexicon
from claimtrack.extract.list_leads import bulleted, lead_cue
from claimtrack.extract.sentences import split_sentences

from ..languages.conftest import extract_in


def test_a_lead_phrase_is_read_as_whole_words_and_as_written_in_unspaced_scripts() -> None:
    de = lead_cue(load_lexicon("de"))
    assert de is not None and de.search("Das Amt teilte dazu Folgendes mit.")
    assert not de.search("Die folgendeste Frage")  # no phrase inside a longer word
    ru = lead_cue(load_lexicon("ru"))  # a spaced script beyond ASCII keeps its word edges
    assert ru is not None and ru.search("Ведомство сообщило следующее:")
    assert not ru.search("последующее решение")
    ko = lead_cue(load_lexicon("ko"))
    assert ko is not None and ko.search("질병관리청은 다음과 같이 설명했다.")


def test_a_line_is_bulleted_by_its_mark_whichever_sentence_of_it_is_read() -> None:
    text = "Der Bericht nennt:\n• Es fehlen 310 Pflegekräfte. Das sind 20 mehr.\nEnde 2026."
    sentences = split_sentences(text)
    marked = [bulleted(s, text) for s in sentences]
    assert marked == [False, True, True, False]


def test_bulleted_lines_under_a_lead_are_its_speakers_until_prose_ends_the_list() -> None:
    text = (
        "Das Gesundheitsministerium teilte auf Anfrage Folgendes mit:\n"
        "• Belegt sind derzeit rund 2.400 Betten\n"
        "• Es fehlen 310 Pflegekräfte\n"
        "Nach Angaben der Gewerkschaft Verdi fehlen sogar 500 Pflegekräfte.\n"
        "• Im Landkreis gibt es 14 Kliniken\n"
    )
    found = {c.value: c.source for c in extract_in("de", text, "2026-12-02")}
    assert found[2400] == found[310] == "Das Gesundheitsministerium"
    assert found[500] == "Gewerkschaft Verdi"
    assert found[14] is None  # after prose, a bullet is no longer the ministry's


def test_a_list_lines_own_source_holds_its_section_and_a_heading_gives_back_the_lead() -> None:
    text = (
        "보건복지부는 관련 보도에 대해 다음과 같이 설명했다.\n\n"
        "[보도 내용]\n"
        "□ 한빛일보는 병동의 30%가 인력 부족이라고 보도\n"
        " ○ 응급실 대기 환자가 1,500명에 이른다고 전함\n\n"
        "[보건복지부 설명]\n"
        "□ 전국 병동의 인력 충원율은 92%임\n"
        " ○ 올해 간호사 1,200명을 추가 채용했음\n"
    )
    found = {c.value: c.source for c in extract_in("ko", text, "2026-12-02")}
    assert found[30] == found[1500] == "한빛일보"
    assert found[92] == found[1200] == "보건복지부"
