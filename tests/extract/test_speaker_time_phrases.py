"""A relative time beside a speaker is no part of the speaker's name (extract/plain.py): the
folder's relative times ("الشهر الماضي", "в прошлом месяце", "el año pasado") end a name read
after a verb of saying and are read past before one; sentences written for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from languages.conftest import extract_in  # noqa: E402


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "ar",
            "قالت وزارة الزراعة الشهر الماضي إن أكثر من ٤٠٠ مزرعة تضررت من الجفاف.",
            "وزارة الزراعة",
        ),
        (
            "ar",
            "سامي: وزارة الزراعة قالت الأسبوع الماضي إن أكثر من ٤٠٠ مزرعة تضررت من الجفاف.",
            "وزارة الزراعة",
        ),
        (
            "ru",
            "Министерство сельского хозяйства в прошлом месяце заявило, что засуха "
            "повредила более 400 ферм.",
            "Министерство сельского хозяйства",
        ),
        (
            "es",
            "Informó el consejero de Agricultura la semana pasada que la sequía dañó más de "
            "400 granjas.",
            "el consejero de Agricultura",
        ),
    ],
)
def test_a_relative_time_ends_the_speakers_name(language: str, text: str, source: str) -> None:
    (claim,) = extract_in(language, text, "2026-12-03")
    assert claim.source == source
