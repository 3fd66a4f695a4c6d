"""An interview's answers are its guest's (issue 10, session 10): the person its opening
introduces before the first question answers every "A:" line, and every bare line after a
"Q:" where the document labels only its questions; "our count" in an answer is the guest's,
not the publisher's, and a guest's bio line does not make their body the publisher. Text
written for these tests."""

from __future__ import annotations

from claimtrack.extract import Extractor
from claimtrack.packs import load_pack
from claimtrack.records import Claim, CleanDocument, content_hash

EX = Extractor(load_pack("dprk-russia"))

INTERVIEW = """INTERVIEW | Energy

'Three tankers a month': a shipping analyst on the Vostochny run

By Pieter Aalst
Published 20 November 2026

Maren Solheim is director of the Bergen Tanker Watch, which follows oil shipments in the Sea of Japan. She spoke to us from Bergen.

Q: How many tankers are making the run?
A: By our count, about 14 tankers have loaded at Vostochny since June. Each carries 60,000 to 90,000 barrels.

Q: Moscow says the trade is legal. What do the numbers say?
A: The Japanese coast guard reported 5 ship-to-ship transfers in October alone.
"""


def claims(text: str) -> list[Claim]:
    return EX.extract(CleanDocument("t", text, content_hash(text), published="2026-11-20"))


def source_of(text: str, figure: float) -> str | None:
    (c,) = [c for c in claims(text) if c.figure == figure]
    return c.source


def test_an_answer_is_the_guest_s_and_our_count_is_theirs() -> None:
    assert source_of(INTERVIEW, 14) == "Maren Solheim"
    assert source_of(INTERVIEW, 60000) == "Maren Solheim"


def test_a_body_the_guest_names_in_an_answer_is_still_the_source() -> None:
    assert "coast guard" in (source_of(INTERVIEW, 5) or "")


def test_bare_answers_after_labelled_questions_are_the_guest_s() -> None:
    bare = INTERVIEW.replace("\nA: ", "\n")
    assert source_of(bare, 14) == "Maren Solheim"


def test_an_author_s_note_that_signs_the_text_still_names_the_publisher() -> None:
    note = (
        "Research note | Harwick Policy Centre\n\nBy Dana Keel\n\n"
        "We estimate that about 400 drones were delivered in October.\n\n"
        "Dana Keel is a senior fellow at the Harwick Policy Centre.\n"
    )
    assert source_of(note, 400) is None


#: A newspaper interview with no labels: questions on lines of their own, answers quoted
#: (session 13, english_blind11's interview). Masthead, byline and caption come first.
UNLABELLED = """The Fenland Echo
News > Farming

'We lost a third of the crop': the growers' leader on the wet autumn

Interview by Ruth Calloway, Farming Editor
Friday 13 November 2026

Tobias Renwick at his farm near Wisbech on Tuesday. Photo: Ann Kealy

Tobias Renwick has led the Fenland Growers' Cooperative since 2019. He spoke to the Echo on Tuesday.

How much of the harvest is still in the fields?
"About 4,000 hectares of potatoes are still in the ground. We have never seen that in November."

The Met Office says rainfall was 140% of the average. Is that the whole story?
"It is most of it. Our members have laid off 120 seasonal workers since October."
"And we think another 80 jobs could go by spring."
"""


def test_quoted_answers_after_question_lines_are_the_guest_s() -> None:
    assert source_of(UNLABELLED, 4000) == "Tobias Renwick"
    assert source_of(UNLABELLED, 120) == "Tobias Renwick"
    assert source_of(UNLABELLED, 80) == "Tobias Renwick"  # an answer's second quoted paragraph


def test_a_question_s_figure_keeps_its_own_cue_and_is_not_the_guest_s() -> None:
    assert "Met Office" in (source_of(UNLABELLED, 140) or "")


def test_one_question_answered_in_quotes_is_no_interview() -> None:
    one = UNLABELLED[: UNLABELLED.index("The Met Office")]
    assert source_of(one, 4000) != "Tobias Renwick"


def test_a_label_in_mixed_case_keeps_its_case() -> None:
    """ "Hélène Marchadier-Roux:" labels the guest's turns; reading its surname as
    "Marchadier-roux" found no one in the text, and the answers lost their speaker."""
    transcript = (
        "Transcript: the shipping panel\n\n"
        "Host: Our guest is Hélène Marchadier-Roux, who tracks tankers for the Bergen watch.\n\n"
        "Host: How many tankers loaded at Vostochny?\n\n"
        "Hélène Marchadier-Roux: About 14 tankers have loaded there since June.\n\n"
        "Host: And in October?\n\n"
        "Hélène Marchadier-Roux: The coast guard counted 5 transfers that month alone.\n"
    )
    assert source_of(transcript, 14) == "Hélène Marchadier-Roux"


PLAIN_ANSWERS = """COUNTY NEWS | Interviews

'The lifts break every week': a caretaker on the Ashgrove towers

Interview by Tom Ruddle

Síle Ní Bhriain, 47, has looked after the three Ashgrove towers for a decade.

How many flats do you look after?
We have 312 flats across the three blocks, and I live in one of them.

What goes wrong most?
The lifts. I logged 41 call-outs for them last winter alone.

The council says repairs are on schedule.
They told me in March that 2 new lifts would come. We are still waiting.
"""


def test_an_interviews_unquoted_first_person_answers_are_the_guests() -> None:
    """Questions on lines of their own, answered in plain first-person paragraphs; the
    guest's name written with the accents of Irish spelling."""
    assert source_of(PLAIN_ANSWERS, 312) == "Síle Ní Bhriain"
    assert source_of(PLAIN_ANSWERS, 41) == "Síle Ní Bhriain"


def test_questions_answered_in_the_third_person_make_no_interview() -> None:
    # an explainer's question headings: the writer answers, nobody is quoted
    text = (
        "Jane Holt is the county's housing officer.\n\n"
        "How many flats are empty?\nAbout 312 flats stand empty across the county.\n\n"
        "What happens next?\nSome 41 of them should be repaired by May.\n"
    )
    assert source_of(text, 312) is None
