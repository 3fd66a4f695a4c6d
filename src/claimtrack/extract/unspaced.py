"""Reading the scripts written without spaces (Japanese, Chinese) without a parser.

The parser-free reading (``plain.py``) finds sources, status and measures by words; a run of
Japanese or Chinese is one "word" to it. Here the same readings work on the characters, with
the language folder's cues found inside runs:

- sources: "据X称", "X援引Y", "Xによると", "Xは…と述べた", "X表示" (a speaker at the start of a
  clause), a back-reference ("这名官员", "同省") taking the previous source;
- status: a cue word before the figure, or after it in its own clause (Japanese puts
  "計画" after the number: "数千人を送る計画だ");
- time: "2024年11月", "11月13日", "以来" and the folder's relative times ("上个月", "先月")
  resolved against the published date;
- measure: what the figure's clause names: an event word of a measure ("阵亡", "捕虜") first,
  then the pack noun nearest after the figure ("1万名士兵"), then before it ("コンテナ約2万個"),
  then any in the sentence.

Every step reads the figure's sentence only, so a document costs its length.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from claimtrack.extract.attribution import Attribution
from claimtrack.extract.figures import Figure
from claimtrack.extract.lexicon import Lexicon, territory_names
from claimtrack.extract.tokens import UNSPACED_LETTER, Tok
from claimtrack.languages.loader import load_outlets
from claimtrack.packs import Measure, StoryPack
from claimtrack.records import Certainty, Status, published_date

#: What ends a clause: full-width and ASCII punctuation, quotation brackets.
_CLAUSE_MARKS = "，、。；：！？,;:!?（）()—\n"
_QUOTE_MARKS = '「」『』“”"'
_CLAUSE_END = re.compile(f"[{re.escape(_CLAUSE_MARKS + _QUOTE_MARKS)}]")
#: The same without quotation marks: a figure quoted alone is counted by the clause around.
_UNQUOTED_CLAUSE_END = re.compile(f"[{re.escape(_CLAUSE_MARKS)}]")
#: Brackets a name is quoted in, closing to opening ("「環太平洋安全保障研究所」").
_NAME_CLOSE = {"」": "「", "』": "『", "”": "“"}
_NAME_OPEN = {o: c for c, o in _NAME_CLOSE.items()}
#: What ends a cue's phrase: punctuation, not brackets ("国家情報院（国情院）によると").
_PHRASE_END = re.compile(r"[，、。；：！？,;:!?「」『』“”\"—\n]")
#: A name written in Latin letters or katakana only ("CNN", "ロイター通信" is not).
_FOREIGN_NAME = re.compile(r"[A-Za-z0-9&.\- \u30a0-\u30ff]+")
#: A wire dateline opening the text before a name: "【ワシントン共同】米政府当局者は",
#: "（首尔综合电）韩国国家情报院": a bracket with nothing before it is no name's short form;
#: "本报北京11月30日电（记者 X）", "新华社郑州7月21日电": a place and day closed by 电
#: (wired), the reporter's bracket after it. The author's line, never a speaker's name;
#: nor is an interview's turn label, a name and an ideographic space ("桐島　国情院は…":
#: the one answering, plain.py ``Interview``).
_DATELINE = re.compile(
    r"^\s*(?:[^\s\d，。、：；:（）()【】「」“”―—-]{1,6}\u3000(?=\S))?"
    r"(?:[^\s，。、：；（）()【】「」“”]{0,24}?[0-9０-９]{1,2}日电\s*)?"
    r"(?:[【（(][^【】（）()]{0,30}[】）)])?"
)
#: What a sentence quotes: a speaker's words, not the writer's.
_QUOTE_RUN = re.compile(r"「[^「」]*」|『[^『』]*』|“[^“”]*”|\"[^\"]*\"")
_BRACKETED = re.compile(r"[（(][^（）()]{1,30}[）)]")
#: A bracket holding a digit: an age ("GDL主席（65）"), cut off a name; a short form
#: ("戦略国際問題研究所（CSIS）") stays, as the gold and the reader know it by either.
_AGE_BRACKET = re.compile(r"[（(][^（）()]{0,29}\d[^（）()]{0,29}[）)]")
#: A bracket after a name that describes it, holding a list or a number: its seat and
#: listing ("（澄川市、東証スタンダード・7461）"), an age ("（63）").
_DESCRIBING_BRACKET = re.compile(
    r"(?<=[^\s（）()])[（(][^（）()\n]{0,40}[、，,・\d][^（）()\n]{0,40}[）)]"
)
_COMMAS = re.compile(r"[、，,]")
#: A name quoted in corner brackets closing a speaker's phrase: "關注團體「公共交通關注組」".
_CORNERED = re.compile(r"[「『]([^「」『』]{2,30})[」』]")
#: A title in title brackets closing a phrase: a paper's ("韩国《中央日报》") or a report's.
_TITLED = re.compile(r"[《〈]([^《》〈〉]{2,30})[》〉]")
#: A short place word before a name in Latin letters: "米CNN", "英BBC" (the outlet is CNN).
_PLACED_LATIN = re.compile(r"[\u3400-\u9fff]{1,2}([A-Za-z][A-Za-z0-9&.\- ]+)")
#: A name ends in no hiragana: "伝えたところ" is a verb's phrase, not who passed it on.
_HIRAGANA = re.compile(r"[\u3041-\u309f]")
#: A given name written in hiragana after a kanji surname ("桐原ゆかり"): a name, not a clause.
#: Its last kana is no particle's nor a verb's ending ("兵器について" is no name).
_KANA_GIVEN_NAME = re.compile(
    r"[\u4e00-\u9fff]{1,3}[\u3041-\u3096]{2,4}(?<![てでにをはがのともへやばしたるう])"
)
#: A bracket closing a sentence, before its full stop: "（クラブ広報）。", "（县公安局通报）".
_CLOSING_TAG = re.compile(r"[（(]([^（）()、，,。\d]{2,12})[）)]\s*[。.]?\s*$")


def _personal_name(text: str) -> bool:
    """Whether ``text`` may be a person's name: no hiragana (a verb's or a particle's), save
    a given name in hiragana after a kanji surname."""
    return not _HIRAGANA.search(text) or _KANA_GIVEN_NAME.fullmatch(text) is not None


#: A run of kanji opening a Japanese name, and its lengths: a full name is mostly four
#: characters (two and two), at least two; six or more before a unit's title hold the unit.
_KANJI_NAME = re.compile(r"[\u4e00-\u9fff々]+")
#: A Chinese personal name: a surname and a given name, two or three ideographs ("龚秀兰").
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,3}")
#: The kanji of a given name after a surname: one or two.
_GIVEN_NAME = re.compile(r"[\u4e00-\u9fff々]{1,2}")


def _surname_ending(rest: str, end: int) -> bool:
    """Whether the one-character body noun ending at ``end`` is the second kanji of a
    two-kanji surname with a given name of one or two kanji after it ("中村健一", "阿部誠"):
    a run of kanji opens with it, so no body's name stands before it."""
    if end < 2 or not _GIVEN_NAME.fullmatch(rest[end:]):
        return False
    run = _KANJI_NAME.match(rest, end - 2)
    opens = end == 2 or not _KANJI_NAME.match(rest[end - 3])
    return run is not None and run.end() == len(rest) and opens


_SHORT_NAME, _FULL_NAME, _NAME_AND_UNIT = 2, 4, 6
_HIRAGANA_RUN = re.compile(r"[\u3041-\u309f]+")
_DIGITS = re.compile(r"\d[\d,.]*")
_LATIN = re.compile(r"[A-Za-z]")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_EAST_ASIAN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]")
#: What ends a word where words are spaced (Korean): a space or punctuation.
_WORD_END = re.compile(r"[\s，、。；：！？,.;:!?「」『』“”\"'‘’（）()\[\]]")
_STATUSES: tuple[Status, ...] = ("rumoured", "pledged", "planned")


def _any(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first ("(?!)" for none: never matches)."""
    alts = sorted({w for w in words if w}, key=len, reverse=True)
    return "(?:" + "|".join(map(re.escape, alts)) + ")" if alts else "(?!)"


def date_patterns(lex: Lexicon, spaced: bool = False) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Dates as the folder's ``date_markers`` write them: "2024年11月13日", "2024年11月",
    and in figures alone ("2026/11/12"),
    "11月13日", "2024年" (not "1990年代"), "11月" (full-width digits are read as ASCII
    first), longest first. ``spaced``: a space may stand before and after each mark, as
    Korean writes them ("2026년 11월 24일"); read by ``timex.TimeReader`` (``date_iso``)."""
    marks = lex.data.get("date_markers") or {}
    gap = r"\s?" if spaced else ""
    y, m, d = (gap + _any(marks.get(k, [])) for k in ("year", "month", "day"))
    decade = _any(marks.get("decade", []))
    after_year = "".join(f"(?<!{re.escape(w)})" for w in marks.get("year", []))  # "年11月"
    return (
        # "2026/11/12", "2026-11-12", "2026.11.12": a day in figures, the year first
        ("ymd", re.compile(r"(?<![\d.])((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])")),
        (
            "ymd",
            re.compile(rf"(?<![\d.,])((?:19|20)\d\d){y}{gap}(\d{{1,2}}){m}{gap}(\d{{1,2}}){d}"),
        ),
        ("ym", re.compile(rf"(?<![\d.,])((?:19|20)\d\d){y}{gap}(\d{{1,2}}){m}")),
        ("md", re.compile(rf"(?<!\d){after_year}(\d{{1,2}}){m}{gap}(\d{{1,2}}){d}")),
        ("y", re.compile(rf"(?<!\d)((?:19|20)\d\d){y}(?!{decade})")),
        ("m", re.compile(rf"(?<!\d){after_year}(\d{{1,2}}){m}(?!\d)")),
    )


_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
#: What closes a quotation: the clause before it is what was said, not who said it.
_QUOTE_CLOSE = "」』”"
_QUOTE_OPEN = "「『“"
#: Characters of a noun qualifying a frame's noun after the clause that qualifies both
#: ("…行った住民アンケートでは": 住民).
_MAX_FRAME_QUALIFIER = 4
#: A sentence that only names who said the one before ("韓国の国家情報院が明らかにした。")
#: is short.
_MAX_RETRO = 40
#: An adverbial phrase between a counted topic and its figure is short ("累計で").
_MAX_ADVERBIAL = 4
#: A speaker's name longer than this is a clause, not a name.
_MAX_NAME = 30
#: Commas a clause qualifying a noun of data may hold before its subject.
_MAX_COMMAS = 2
#: A given name after a turn label's family name ("桐島" of 桐島遼), at most.
_MAX_GIVEN = 3
#: A family name as a source: one to three ideographs ("真柴", "王"), no kana.
#: The ideographs of Chinese and Japanese names, with the iteration mark 々 and the small ヶ.
_IDEOGRAPHS = "\u3400-\u9fff\u3005\u30f6"
#: The fewest characters a shorter form of a name may have (``shortest_forms``).
_SHORT_FORM = 3
#: Distinct sources of one document given a shorter form, at most.
_MAX_SHORTENED = 32
_ALIAS = re.compile(r"(.+?)[（(]([^（）()]{2,30})[）)]$")
#: A character a name may hold: an ideograph, kana, a Latin letter or a digit.
_NAME_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3A-Za-z0-9]")
#: Characters that end the word before a name: Chinese prepositions and conjunctions,
#: Japanese particles.
_BEFORE_NAME = frozenset("据據与與和及向对對由被从從让讓但而并並且はがもをにでとへや")
#: What a shorter form opens with: an ideograph or katakana, not a particle ("の").
_FORM_START = re.compile(r"[\u3400-\u9fff\u30a0-\u30ff]")


def _split_alias(name: str) -> tuple[str, str | None]:
    """ "农林水产省（农水省）": the name and the short form written after it, if any."""
    m = _ALIAS.fullmatch(name)
    return (m.group(1), m.group(2)) if m else (name, None)


def _standalone_suffix(name: str, text: str) -> str | None:
    """The shortest ending of ``name`` (``_SHORT_FORM`` characters or more) that ``text``
    writes as a word of its own: after a mark, a space or the start of a line, or after one
    of the few characters that close a word before a name (``_BEFORE_NAME``: "据", "は").
    Any ideograph before it would not do: "国国防部" stands in "美国国防部"."""
    for size in range(_SHORT_FORM, len(name)):
        form, lead = name[-size:], len(name) - size
        if not _FORM_START.match(form) or _HIRAGANA.search(form):
            continue  # "詳しい関係者": a description's words, no name
        at = text.find(form)
        while at >= 0:
            inside = at >= lead and text.startswith(name, at - lead)  # the full name itself
            if not inside and (
                at == 0 or not _NAME_CHAR.match(text[at - 1]) or text[at - 1] in _BEFORE_NAME
            ):
                return form
            at = text.find(form, at + 1)
    return None


_SURNAME = re.compile(rf"[{_IDEOGRAPHS}]{{1,3}}")
#: A person's full name in ideographs or katakana, next to a title.
_NAME_RUN_SHORT = rf"[{_IDEOGRAPHS}\u30a0-\u30ff]{{2,6}}"
#: A run of ideographs or katakana after a name's start: the name and its title.
_NAME_RUN = r"[\u3400-\u9fff\u30a0-\u30ff]{1,12}"
#: A personal name after its title: two to seven ideographs, a middle dot between a
#: foreign name's parts ("伊格纳季耶夫", "让·卢克").
_PERSONAL_NAME = re.compile(rf"[{_IDEOGRAPHS}]{{2,7}}(?:[·・][{_IDEOGRAPHS}]{{1,7}})?")


def _productive(cues: Sequence[str], of_words: Iterable[str], nouns: Sequence[str]) -> list[str]:
    """``cues`` and, for each frame around a noun of data ("の" + noun + "として") that
    ``cues`` give with two nouns or more, that frame around every noun of ``nouns``: a
    folder lists a few ("の話として", "の情報として"), the frame is the cue."""
    longest = sorted(nouns, key=len, reverse=True)
    frames: dict[tuple[str, str], set[str]] = {}
    for cue in cues:
        for of in of_words:
            noun = next((n for n in longest if n and cue.startswith(of + n)), "")
            if of and noun and len(cue) > len(of + noun):
                frames.setdefault((of, cue[len(of + noun) :]), set()).add(noun)
    more = [f"{of}{n}{tail}" for (of, tail), seen in frames.items() if len(seen) > 1 for n in nouns]
    return [*cues, *more]


def _with_adverbs(cues: Sequence[str], nouns: Sequence[str], adverbs: Sequence[str]) -> list[str]:
    """``cues`` and, for each that is a noun of data and its verb ("统计显示"), the same with
    one of ``adverbs`` between them ("乌克兰空军的统计则显示", "数据也显示"): an adverb
    stands between a subject and its verb, so between the cue's noun and its verb too."""
    longest = sorted((n for n in nouns if n), key=len, reverse=True)
    more: list[str] = []
    for cue in cues:
        head = next((n for n in longest if _splits(cue, n)), "")
        if head:
            at = cue.index(head) + len(head)
            more += [cue[:at] + a + cue[at:] for a in adverbs]
    return [*cues, *more]


def _splits(cue: str, noun: str) -> bool:
    """Whether ``noun`` stands in ``cue`` with a verb of at least two characters after it."""
    at = cue.find(noun)
    return at >= 0 and len(cue) - (at + len(noun)) >= 2


def _alternation(words: Iterable[str]) -> re.Pattern[str] | None:
    """Any of ``words``, longest first, wherever it stands (no word boundaries here)."""
    alts = sorted({w for w in words if w}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, alts))) if alts else None


def clause_span(sentence: str, start: int, end: int, quotes: bool = True) -> tuple[int, int]:
    """The clause holding ``sentence[start:end]``: from the punctuation before it to the
    punctuation after it; without ``quotes``, quotation marks inside it do not end it."""
    ends = _CLAUSE_END if quotes else _UNQUOTED_CLAUSE_END
    left = max((m.end() for m in ends.finditer(sentence, 0, start)), default=0)
    m = ends.search(sentence, end)
    return left, m.start() if m else len(sentence)


@dataclass(frozen=True)
class _Agent:
    """A name the sentence gives as passing on a figure: ``role`` "cited" (someone else
    cites it: the source), "source", or "via" (passes on what another says)."""

    name: str
    at: int
    role: str
    #: Where what the agent says begins: a speaker named after a clause of its own
    #: ("出没は4千件余りあり、県の担当者は「…」と話している") did not say that clause.
    scope: int = 0
    #: No name: a verb of saying without its subject ("…との分析を示した"), or one whose
    #: speaker passes on another's words ("议员李成权会后向记者转述说"): the latest source.
    latest: bool = False


class UnspacedReader:
    """Sources, status, certainty, time, units and measures for a script written without
    spaces, from the language folder's cue words (found inside runs, without boundaries)."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self._stems_memo: dict[tuple[tuple[str, ...], str], tuple[tuple[str, str], ...]] = {}
        self.openers = _alternation(lex.words("according_to"))
        self.origins = _alternation(lex.words("figure_origins"))
        self.closers = sorted(lex.words("according_to_close"), key=len, reverse=True)
        nouns = lex.words("attribution_nouns")
        after = _productive(lex.words("according_to_after"), lex.of_words, nouns)
        after = _with_adverbs(after, nouns, lex.words("cue_adverbs"))
        self.after = _alternation(after)
        # "XがY人に実施したアンケートでは": the noun of data after a clause qualifying it
        # (its verb's kana right before), the frame without its "の"
        framed = [c[len(o) :] for c in after for o in lex.of_words if o and c.startswith(o)]
        self.after_clause = (
            # "県が今秋行った住民アンケートでは": a noun or two may qualify the frame's noun
            re.compile(
                f"(?<=[\u3041-\u309f])[\u3400-\u9fff]{{0,{_MAX_FRAME_QUALIFIER}}}{_any(framed)}"
            )
            if framed and any(_HIRAGANA.search(c) for c in framed)
            else None
        )
        self.citing = _alternation(lex.words("citing"))
        # "Yの話として", "Yの情報として": a frame the folder gives with two nouns of data or
        # more holds for all of them ("国家情報院の分析として")
        self.cited_by = _alternation(
            _productive(lex.words("citing_after"), lex.of_words, lex.words("attribution_nouns"))
        )
        self.speech = _alternation(lex.words("speech_verbs"))
        # "国铁集团预计，…": said only closing a clause ("流动量预计将达到" is the figure's verb)
        self.closing_speech = _alternation(lex.words("clause_speech_verbs"))
        # "关注组本月访问了1,024名市民": who surveyed or counted, a count right after the verb
        self.counting = _alternation(lex.words("counting_verbs"))
        # "…を受け取っているという。": hearsay closing a sentence (plain.py reads it for a
        # sentence right after another's source, in the paragraph before)
        self.hearsay_cues = tuple(lex.words("anaphoric_cues"))
        # "议员李成权会后向记者转述说": who relays speaks for the latest source (via)
        self.relays = _alternation(lex.words("intermediary_cues"))
        # "…との分析を示した": a verb of saying without its subject, the latest source speaks
        self.pro_drop = bool(lex.data.get("pro_drop"))
        self.titled_speakers = bool(lex.data.get("titled_speakers"))
        self.subjects = tuple(lex.words("subject_particles"))
        # "佐賀県の幹部", "事情に詳しい関係者": a bare noun of a person keeps what qualifies it
        self.person_nouns = frozenset(lex.words("person_nouns"))
        # "防卫省一名高级官员", "米政府当局者": an unnamed official of a body is the body;
        # "GDL主席魏泽尔克", "ブダノフ局長", "花村氏": a person named with a title is the name
        self.bodies = tuple(sorted(lex.words("body_nouns"), key=len, reverse=True))
        self.titles = frozenset(str(t) for t in lex.mapping("person_titles"))
        self.title_ends = tuple(self.titles)  # for str.endswith, built once
        # "さん", "氏": a courtesy title follows a person's own name, never a body's
        self.courtesy = frozenset(
            str(t) for t, gloss in lex.mapping("person_titles").items() if gloss == "mr"
        )
        self.heads = tuple(sorted(self.person_nouns | self.titles, key=len, reverse=True))
        # "（県警調べ）", "（クラブ広報）": a closing bracket's data words and offices
        self.tag_data = tuple(lex.words("closing_tag_data"))
        self.tag_ends = (*self.bodies, *self.heads, *lex.words("closing_tag_offices"))
        # "当機構の推計では", "本网记者获悉": the publisher speaking of itself, the writer's own
        # voice (languages/schema.py publisher first_person), no source
        self.writer = tuple(sorted(lex.phrase_set("publisher", "first_person"), key=len))
        self.speaker_first_person = tuple(lex.phrase_set("speaker_first_person")) or ("\0",)
        # a head-final (verb-final) language puts a title after the name ("ブダノフ局長");
        # Chinese puts it before ("局长布达诺夫"), and "乌克兰总统" names no person
        self.titles_after = bool(lex.data.get("verb_final"))
        self.framed = {
            str(k): sorted(map(str, v), key=len, reverse=True)
            for k, v in lex.mapping("framed_sources").items()
        }
        self.framed_cue = _alternation(self.framed)
        self.topics = tuple(lex.words("topic_particles"))
        self.quote_endings = tuple(lex.words("quote_endings"))
        self.stops = _alternation(lex.words("source_stops"))
        self.anaphors = frozenset(lex.words("anaphoric_subjects"))
        self.modifiers = tuple(sorted(lex.words("speaker_modifiers"), key=len, reverse=True))
        self.document_determiners = tuple(
            sorted(lex.words("document_determiners"), key=len, reverse=True)
        )
        self.modifier_cue = _alternation(self.modifiers)
        self.cue_conjunctions = tuple(sorted(lex.words("cue_conjunctions"), key=len, reverse=True))
        # "こう述べ", "そう語った": a verb of saying after a retro word points back
        retro, speech = lex.words("retro_cues"), lex.words("speech_verbs")
        self.retro_speech = re.compile(f"{_any(retro)}{_any(speech)}") if retro and speech else None
        self.adverbial_ends = tuple(lex.words("adverbial_particles"))
        # "…とみられる", "俄方被认为": believed or said, no one saying it
        self.unsaid = _alternation(lex.words("nameless_cues"))
        self.speech_nouns = _alternation(lex.words("speech_nouns"))
        self.generic = frozenset(lex.words("source_cue_words"))
        # "据估计", "据统计": "according to" before only a closing word names nobody (it is
        # estimated: impersonal); "通报称" has a subject, the report of the latest source
        self.nameless = self.generic | frozenset(self.closers)
        self.media = tuple(lex.words("media_cues"))
        self.outlets = load_outlets()
        self.particles = tuple(lex.words("particles"))
        self.particle_run = re.compile(_any(self.particles) + "+")
        # words standing before a figure ("約", "少なくとも"): a topic they follow is counted
        self.left_words = sorted(
            {*lex.words("approx"), *lex.words("bounds", "low"), *lex.words("bounds", "high")},
            key=len,
            reverse=True,
        )
        self.short_form_notes = tuple(sorted(lex.words("short_form_notes"), key=len, reverse=True))
        # "同省の分析", "共同通信の集計", "专家分析": the data a source gave, named after it
        self.data_nouns = tuple(
            sorted(
                {
                    *(f"{o}{n}" for o in lex.of_words for n in nouns if n),
                    *(n for n in nouns if len(n) > 1),
                },
                key=len,
                reverse=True,
            )
        )
        self.determiners = tuple(lex.words("anaphoric_determiners"))
        # "同国国防省", "同町消防本部": a place pointing back, then a body (``places_in_full``)
        self.country_places = frozenset(lex.words("anaphoric_countries"))
        places = [*lex.words("anaphoric_places"), *self.country_places]
        self.places_back = tuple(sorted(places, key=len, reverse=True))
        countries = sorted(territory_names(lex.language), key=len, reverse=True)
        self.countries = (
            re.compile("|".join(map(re.escape, countries)))
            if self.country_places and countries
            else None
        )
        self.time_units = tuple(sorted(lex.words("time_units"), key=len, reverse=True))
        self.counters = frozenset(lex.words("counters"))
        self.of_words = tuple(lex.of_words)
        self.numerals = frozenset(lex.number_words) | frozenset(lex.scales)
        # the characters an amount is written in, vague ones too ("数百門", "十数人")
        self.amount_chars = frozenset("".join(self.numerals)) | frozenset(
            "".join(lex.data.get("vague_prefixes") or {})
        )
        self.status_cues = {s: _alternation(lex.words("status", s)) for s in _STATUSES}
        self.hedges = _alternation(lex.words("certainty", "hedged"))
        self.confirmations = _alternation(lex.words("certainty", "confirmed"))
        self.relative = {k: str(v) for k, v in lex.mapping("relative_times").items()}
        self.relative_cue = _alternation(self.relative)
        self.periods = frozenset(lex.words("fiscal_periods"))
        self.dates = date_patterns(lex)
        marks = lex.data.get("date_markers") or {}
        # "明年3月": a month right after a relative year, its day too ("去年10月5日")
        self.month_after = re.compile(
            rf"(\d{{1,2}}){_any(marks.get('month', []))}(?:(\d{{1,2}}){_any(marks.get('day', []))})?"
        )
        # "11月份以来", "先月から": a date the figure holds since
        self.since = re.compile(
            f"{_any(marks.get('month_suffix', []))}?{_any(marks.get('since', []))}"
        )

    # -- sources -------------------------------------------------------------------------
    def attribution(
        self,
        sentence: str,
        at: int,
        history: list[str],
        known_via: dict[str, list[str]] | None = None,
    ) -> Attribution | None:
        """Source and via of a figure at offset ``at``: the names the sentence's cues give,
        nearest before the figure first, then after it; a cited source before those who
        cite it, outlets after the first other name. ``history``: earlier sources, most
        recent last, for back-references; ``known_via``: who passed each of them on."""
        agents = [a for a in self.agents(sentence) if a.scope <= at]
        if any(not a.latest and a.role != "via" for a in agents):
            # "Xが実施したアンケートでは、…と答えた": a verb without its subject speaks for a
            # source the sentence names, not for the one before it
            agents = [a for a in agents if not a.latest]
        named = [a for a in agents if not a.latest and a.role == "source"]
        if self.titled_speakers and any(self._speaks(a.name, sentence) for a in named):
            # "市によると、税収は年間約4億5000万円を見込む": the revenue a verb's topic names
            # is what is expected, no one expecting it, beside a body that speaks
            agents = [a for a in agents if a not in named or self._speaks(a.name, sentence)]
        if not agents:
            return None
        before = sorted((a for a in agents if a.at < at), key=lambda a: -a.at)
        ranked = before + sorted((a for a in agents if a.at >= at), key=lambda a: a.at)
        chain = [a for role in ("cited", "source", "via") for a in ranked if a.role == role]
        inner = before[0] if before else None
        if (
            inner is not None
            and inner.role == "source"
            and not inner.latest
            and any(a.role == "cited" for a in before[1:])
        ):
            # "韩联社引述议员朴智勋报道，国情院估计…": who speaks last before the figure is its
            # source; those who reported them pass it on
            chain = [inner, *sorted((a for a in chain if a is not inner), key=lambda a: a.at)]
        names: list[str] = []
        for agent in chain:
            if agent.latest:
                name = history[-1] if history else None
            else:
                name = self._resolve(agent.name, history, known_via or {})
            if name and name not in names:
                names.append(name)
        if not names:
            return None
        others = [n for n in names if not self.is_media(n)]
        if others and others[0] != names[0]:
            names = [others[0], *(n for n in names if n != others[0])]
        # "国情院" after "国家情报院（国情院）": one name per body, once its role is read (a
        # body's full name may hold a media cue: "情报院"); who passed it on is kept under
        # the name the document gave it
        source = defined_name(names[0], history)
        via = names[1:]
        for key in dict.fromkeys((names[0].lower(), source.lower())):
            via += [v for v in (known_via or {}).get(key, []) if v not in via and v not in names]
        defined = [defined_name(v, history) for v in via]
        return Attribution(
            source, [v for i, v in enumerate(defined) if v not in (source, *defined[:i])]
        )

    def _speaks(self, name: str, sentence: str) -> bool:
        """Whether a name is one who may speak: a body ("市", "防衛省"), a person or a
        person's title ("関係者", "浅倉俊彦市長"; the title the sentence writes after the
        name read without it: "河承旻（ハ・スンミン）議員"), an outlet, a name in Latin
        letters or one the sentence's reading points back with."""
        at = sentence.find(name)
        if at >= 0 and sentence.startswith(self.heads, at + len(name)):
            return True
        name = _BRACKET_END.sub("", name)  # "国家情報院（国情院）"
        return (
            name.endswith(self.bodies)
            or name.endswith(self.heads)
            or self.is_media(name)
            or bool(_LATIN.search(name))
            or name in self.anaphors
        )

    def agents(self, sentence: str) -> list[_Agent]:
        """Every name the sentence gives with an attribution cue. A bracket describing the
        name before it ("楓舎ホールディングス（澄川市、東証スタンダード・7461）は": where it is
        based, its listing) has its commas read as middle dots, so they end no clause and
        the name reaches its particle (``_name`` takes the bracket off)."""
        sentence = _DESCRIBING_BRACKET.sub(lambda m: _COMMAS.sub("・", m.group()), sentence)
        found: list[_Agent] = []
        # "一位不愿透露姓名的美国官员说": a verb inside a speaker's modifier says nothing;
        # nor does one inside a dateline ("【环球时报综合报道】"), which ends like a clause
        dateline = _dateline_end(sentence)
        covered = [(0, dateline)] + (
            [(m.start(), m.end()) for m in self.modifier_cue.finditer(sentence)]
            if self.modifier_cue
            else []
        )
        # "俄方被认为", "据信": a verb of saying or a cue inside one of no one's names nobody
        unsaid = [m.span() for m in self.unsaid.finditer(sentence)] if self.unsaid else []
        covered += unsaid
        # "这一说法": a verb of saying inside a noun says nothing, nor names a speaker
        covered += (
            [m.span() for m in self.speech_nouns.finditer(sentence)] if self.speech_nouns else []
        )
        for m in self.openers.finditer(sentence) if self.openers else ():
            if m.start() > dateline and not self._opens_clause(sentence, m.start()):
                continue  # "据" opens a clause: "根据" inside a word is no cue
            if any(a <= m.start() < b for a, b in unsaid):
                continue
            stop = _past_quoted_names(sentence, m.end())
            phrase = sentence[m.end() : stop]
            closes = self._closes(phrase)
            phrase = phrase[: min(closes)] if closes else phrase
            covered.append((m.start(), stop))
            if phrase.strip() not in self.nameless:
                found += self._phrase_agents(phrase, m.start(), "source")
        for m in self.origins.finditer(sentence) if self.origins else ():
            # "…超过2.8万个，这一数字出自X上月发布的报告": the figure's origin, named after it,
            # is its source before whoever tells it (ranked as a cited one)
            end = _PHRASE_END.search(sentence, m.end())
            stop = end.start() if end else len(sentence)
            covered.append((m.start(), stop))
            found += self._named(sentence[m.end() : stop], m.start(), "cited")
        for m in self.framed_cue.finditer(sentence) if self.framed_cue else ():
            end = _PHRASE_END.search(sentence, m.end())
            stop = end.start() if end else len(sentence)
            phrase = sentence[m.end() : stop]
            # the closing word that ends last, the longest there ("经国家统计局初步测算": not
            # the "统计" inside the name, nor "测算" without its "初步")
            ends = [(k + len(c), -k) for c in self.framed[m.group()] if (k := phrase.rfind(c)) > 0]
            if ends:  # "记者从X获悉": X up to the closing word, which must be there
                covered.append((m.start(), stop))
                found += self._named(phrase[: -max(ends)[1]], m.start(), "source")
        for m in self.after.finditer(sentence) if self.after else ():
            start = _phrase_opening(sentence, m.start())
            covered.append((start, m.end()))
            found += self._phrase_agents(sentence[start : m.start()], start, "source", topic=True)
        for m in self.after_clause.finditer(sentence) if self.after_clause else ():
            if any(a <= m.start() < b for a, b in covered):
                continue
            # who ran it: the subject of the clause qualifying the noun, a comma or two
            # back at most ("Xが先月、全国の2000人に行った調査では"); none without one
            start, head = m.start(), None
            for _ in range(_MAX_COMMAS + 1):
                if start == 0 or head is not None:
                    break
                start = _cornered_opening(sentence, max(0, start - 1))
                head = self._topic_split(sentence[start : m.start()])
            covered.append((start, m.end()))
            if head is not None:
                found += self._named(head[0], start, "source")
        for m in self.cited_by.finditer(sentence) if self.cited_by else ():
            if any(a <= m.start() < b for a, b in covered):
                continue  # "Xは Yの話として…と報じた": Y, cited by X, is the source
            start = self._phrase_start(sentence, m.start())
            covered.append((start, m.end()))
            found += self._named(sentence[start : m.start()], start, "cited")
        for m in self.relays.finditer(sentence) if self.relays else ():
            if any(a <= m.start() < b for a, b in covered):
                continue
            covered.append((m.start(), m.end()))
            relaying = self._speaker(sentence, m.start(), latest=False)
            found += [_Agent(a.name, a.at, "via", a.scope) for a in relaying]
            found.append(_Agent("", m.start(), "source", latest=True))
        for m in self.speech.finditer(sentence) if self.speech else ():
            if any(a <= m.start() < b for a, b in covered):
                continue
            found += self._speaker(sentence, m.start())
        for m in self.counting.finditer(sentence) if self.counting else ():
            if _DIGITS.match(sentence.translate(_FULL_WIDTH_DIGITS), m.end()) and not any(
                a <= m.start() < b for a, b in covered
            ):  # "访问了1,024名市民", not "访问了俄罗斯": a count of those surveyed follows
                found += self._speaker(sentence, m.start())
        for m in self.closing_speech.finditer(sentence) if self.closing_speech else ():
            if any(a <= m.start() < b for a, b in covered):
                continue
            # "国铁集团预计，…" closes its clause; "国情院估计朝鲜…" has a body before it
            if _PHRASE_END.match(sentence, m.end()) or self._body_speaks(sentence, m.start()):
                found += self._speaker(sentence, m.start())
        if not found and (tag := self._closing_tag(sentence)) is not None:
            found.append(tag)
        return [a for a in found if not self._own_words(a.name)]

    def _closing_tag(self, sentence: str) -> _Agent | None:
        """A bracket closing the sentence that names who gave its figures ("…だという（クラブ
        広報）。", "（県警調べ）", "（市発表）"): a body or a person's noun ends it, or a
        word of data after one ("調べ", "発表", "まとめ")."""
        m = _CLOSING_TAG.search(sentence)
        if m is None:
            return None
        name = m.group(1)
        for word in self.tag_data:
            if name.endswith(word) and len(name) > len(word):
                name = name[: -len(word)]
                break
        if not name.endswith(self.tag_ends):
            return None
        return _Agent(name, m.start(), "source")

    def _own_words(self, name: str) -> bool:
        """The writer's ("本报") or the speaker's own ("按我的估算": by my estimate, the one
        quoted speaks): no one the cue names."""
        return bool(name) and (
            name.startswith(self.writer)
            or name.endswith(self.speaker_first_person)
            # "若按国情院更正后的阵亡数…计算": a reckoning framed as "if by", the writer's
            or (self.unsaid is not None and self.unsaid.match(name) is not None)
            # "而非此前通报的": a word opening no name ("rather than")
            or (
                self.stops is not None
                and self.stops.fullmatch(name) is not None
                and name not in self.data_nouns  # "声明はさらに": the statement's giver
            )
        )

    def _opens_clause(self, sentence: str, at: int) -> bool:
        """Whether a cue at ``at`` opens its clause: punctuation right before it, or one of
        the folder's ``cue_conjunctions`` after that punctuation (or the sentence's start):
        "但据市疾控中心介绍" names 市疾控中心, not "但据市疾控中心"."""
        if _PHRASE_END.match(sentence, at - 1):
            return True
        return any(
            (start := at - len(word)) >= 0
            and sentence.startswith(word, start)
            and (start == 0 or _PHRASE_END.match(sentence, start - 1) is not None)
            for word in self.cue_conjunctions
        )

    def full_name(self, label: str, text: str) -> str:
        """The name a turn label shortens, as ``text`` (the document's opening) writes it
        before a title ("桐島　" after "桐島遼准教授に聞いた", "桐島遼氏": 桐島遼); the label
        itself where the opening writes no longer name."""
        counts: dict[str, int] = {}
        for m in re.finditer(re.escape(label) + _NAME_RUN, text):
            # a title in kana closes the run it follows ("野々村梓さん")
            run = text[m.start() : m.end() + 2]
            ends = [
                k
                for t in self.titles
                if len(label) < (k := run.find(t, len(label))) <= len(label) + _MAX_GIVEN
            ]
            if ends:
                counts[run[: min(ends)]] = counts.get(run[: min(ends)], 0) + 1
        return max(counts, key=lambda n: counts[n]) if counts else label

    def surnames_in_full(self, sources: Iterable[str | None], text: str) -> dict[str, str]:
        """Each source that is a family name written with a title elsewhere in ``text``
        ("真柴" of "真柴氏は…"), with the full name the text gives before a title
        ("真柴里香氏"): "真柴里香（真柴）". News names a person in full once, then by family
        name and title; a reader (or a gold) may know the person by either, and a run of
        ideographs is one word to the scorer, so both are written, as one_name_per_body
        writes a body's full and short names."""
        out: dict[str, str] = {}
        for name in {s for s in sources if s and _SURNAME.fullmatch(s)}:
            if not any(f"{name}{t}" in text for t in self.titles):
                continue  # not written as a family name with its title: a place, a body
            full = self.full_name(name, text)
            given = full[len(name) :]
            if given and not any(t.startswith(given) for t in self.titles):
                out[name] = f"{full}（{name}）"  # "桐島遼" of "桐島遼准教授" stays
        return out

    def names_after_titles(self, sources: Iterable[str | None]) -> dict[str, str]:
        """Each source that is a person named after a title ("俄罗斯副常驻代表伊格纳季耶夫",
        where titles come before names), with the name alone after it:
        "…伊格纳季耶夫（伊格纳季耶夫）". A run of ideographs is one word to a reader's search
        and to the scorer, and the person is known by the name, the title being what they
        were that day."""
        if self.titles_after:
            return {}
        out: dict[str, str] = {}
        for source in {s for s in sources if s and not _BRACKET_END.search(s)}:
            ends = [k + len(h) for h in self.heads if (k := source.rfind(h)) > 0]
            if not ends:
                continue
            name = source[max(ends) :]
            if _PERSONAL_NAME.fullmatch(name) and not name.endswith((*self.bodies, *self.heads)):
                out[source] = f"{source}（{name}）"
        return out

    def titles_in_full(self, sources: Iterable[str | None], text: str) -> dict[str, str]:
        """Each source that is a person's title alone ("市長は語気を強め", a turn labelled
        "管理者"), with the one source the text names with that title: before it, where
        titles follow names ("戸祭雅彦市長"), or after it past "の" with a courtesy title
        ("病院事業管理者の篠塚恵理子氏"). A report names a person in full once, then by the
        title alone; two people named with it leave the title as it is."""
        if not self.titles_after or not self.courtesy:
            return {}
        known = {s for s in sources if s}
        courtesy = _any(sorted(self.courtesy, key=len, reverse=True))
        of = _any(self.of_words)  # "の"
        out: dict[str, str] = {}
        for title in known & self.titles:
            longer = tuple(t for t in self.titles if t.endswith(title) and t != title)
            runs = [
                m.group(1)
                for m in re.finditer(rf"({_NAME_RUN_SHORT}){re.escape(title)}", text)
                if not (m.group(1) + title).endswith(longer)
            ] + re.findall(rf"{re.escape(title)}{of}({_NAME_RUN_SHORT}){courtesy}", text)
            named = {r for r in runs if r in known}
            if len(named) == 1:
                out[title] = named.pop()
        return out

    def shortest_forms(self, sources: Iterable[str | None], text: str) -> dict[str, str]:
        """Each source whose name ends in a shorter form the text also writes on its own
        ("乌克兰国防部情报总局" … "情报总局称", "消费者代表聂秋芳" … "聂秋芳说"), with that
        form after it: "乌克兰国防部情报总局（情报总局）". Where the source gives a short form
        already ("韩国国家情报院（韩国国情院）"), that one is shortened. A run of ideographs
        is one word to a reader's search and to the scorer, so the form a later paragraph
        uses must be written out. The shortest form of three characters or more, standing
        where the character before it in the name does not: two characters ("政府") are
        too often a part of other names."""
        out: dict[str, str] = {}
        names = sorted({src for src in sources if src})[:_MAX_SHORTENED]
        for name in names:
            main, alias = _split_alias(name)
            target = alias or main
            if len(target) > _MAX_NAME or len(target) < _SHORT_FORM + 1:
                continue
            short = _standalone_suffix(target, text)
            if short is not None:
                out[name] = f"{main}（{short}）"
        return out

    def bodies_in_full(self, sources: Iterable[str | None], text: str) -> dict[str, str]:
        """Each source that is a body's one-character kind alone ("市によると": 市), with the
        name of that kind the text writes most often, as a word of its own ("白根川市で"):
        "白根川市（市）". A local report names its city once in full, then as "市"."""
        out: dict[str, str] = {}
        for kind in {s for s in sources if s and len(s) == 1 and s in self.bodies}:
            found = re.findall(
                rf"([{_IDEOGRAPHS}]{{1,8}}){re.escape(kind)}(?![{_IDEOGRAPHS}])", text
            )
            names = [f + kind for f in found if not f.endswith(kind)]
            if names:
                full = max(names, key=names.count)
                out[kind] = f"{full}（{kind}）"
        return out

    def _place_back(self, name: str) -> str:
        """The determined place a name opens with before a body ("同国" in "同国国防省"),
        or "" (the place alone, "同市は", is a back-reference like any other)."""
        place = next((p for p in self.places_back if name.startswith(p)), "")
        return place if len(name) - len(place) >= 2 else ""

    def places_in_full(self, sources: Iterable[str | None], text: str) -> dict[str, str]:
        """Each source opening with a determined place ("同国国防省情報総局"), with the
        place the text named last before it: a country by its CLDR name ("ウクライナ側の
        数字は…。同国国防省情報総局" is ウクライナ国防省情報総局), a town or a region by
        the latest name ending in its kind ("白根川市…同市消防局": 白根川市消防局); the
        body alone when the text names none before it."""
        out: dict[str, str] = {}
        for source in {s for s in sources if s and self._place_back(s)}:
            place = self._place_back(source)
            rest = source[len(place) :]
            rest = next((rest[len(o) :] for o in self.of_words if rest.startswith(o)), rest)
            at = text.find(source)
            before = text[: at if at >= 0 else len(text)]
            if place in self.country_places:
                found = self.countries.finditer(before) if self.countries is not None else ()
                named = [m.group() for m in found]
            else:
                # a town or region: the latest name ending in the place's own kind ("市")
                kind = re.escape(place[-1])
                named = [
                    m.group()
                    for m in re.finditer(rf"[{_IDEOGRAPHS}]{{1,6}}{kind}", before)
                    if not m.group().startswith((*self.places_back, *self.determiners))
                ]
            out[source] = (named[-1] if named else "") + rest
        return out

    def opening_body(self, sentence: str) -> str | None:
        """The body a sentence opens with as its subject ("市消费者协会同期共受理投诉…"):
        its first clause up to the first body noun of two characters or more ("协会",
        "总局"; one character, "市", "部", also ends place names), when that is a name
        and no figure stands before it; a later "该协会" may mean it (plain.py
        ``_history``). None else."""
        end = _CLAUSE_END.search(sentence)
        clause = sentence[: end.start() if end else len(sentence)]
        ends = [k + len(b) for b in self.bodies if len(b) > 1 and (k := clause.find(b)) > 0]
        if not ends:
            return None
        head = clause[: min(ends)]
        if any(ch.isdigit() for ch in head) or head.startswith(self.determiners):
            return None
        name = self._name(head)
        return name if name == head else None

    def opening_person(self, sentence: str) -> str | None:
        """The person a sentence opens with after their title, where titles come before
        names ("美国副常驻代表埃利森把矛头指向…"): the first clause's opening up to the first
        person's noun or title, then a personal name the clause's next stop word ends;
        a later "她说" may mean them (plain.py ``_history``). None else."""
        if self.titles_after:
            return None
        end = _CLAUSE_END.search(sentence)
        clause = sentence[: end.start() if end else len(sentence)]
        ends = [k + len(h) for h in self.heads if (k := clause.find(h)) > 0]
        if not ends:
            return None
        title = clause[: min(ends)]
        name = self._name(clause[min(ends) :])
        if any(ch.isdigit() for ch in title) or title.startswith(self.determiners):
            return None
        if not name or not _PERSONAL_NAME.fullmatch(name):
            return None
        whole = self._name(title + name)  # as a cue's phrase names them
        return whole if whole and whole.endswith(name) else None

    def promiser(self, sentence: str, promises: Collection[str]) -> str | None:
        """The body a sentence opens with that promises or plans what it holds
        ("省交通运输厅也承诺，明年将拨付…", "县政府计划明年…开通", "県は…拠出すると約束した"):
        who promises a sum tells it. Where verbs come last, the topic before its particle,
        the promise anywhere after it; else the words right before the promise, past a
        particle ("也"). Only a name ending in a body noun: "朝鲜计划再派" is someone's
        report of a country's plan."""
        bare = _QUOTE_RUN.sub("", sentence)
        end = _CLAUSE_END.search(bare)
        first = bare[: end.start() if end else len(bare)]
        if self.topics:
            at = min((k for p in self.topics if (k := first.find(p)) > 0), default=-1)
            if at < 0 or not any(w in bare[at:] for w in promises):
                return None
            head = first[:at]
        else:
            at = min((k for w in promises if w and (k := first.find(w)) > 0), default=-1)
            head = first[:at] if at > 0 else ""
            while head and head[-1] in self.particles:
                head = head[:-1]
        if not head or not head.endswith(self.bodies) or head.startswith(self.determiners):
            return None
        return head if self._name(head) == head else None

    def unsaid_by_anyone(self, sentence: str) -> bool:
        """Whether the sentence tells what is believed or said with no one saying it, its
        folder's ``nameless_cues`` outside quotes ("…との見方もあります", "俄方被认为"): a
        figure there no source names is nobody's, not the latest source's."""
        return (
            self.unsaid is not None and self.unsaid.search(_QUOTE_RUN.sub("", sentence)) is not None
        )

    def own_voice(self, sentence: str) -> bool:
        """Whether the publisher speaks of itself outside quotes ("当機構の把握で",
        "据本网统计"): the figure is the document's own."""
        bare = _QUOTE_RUN.sub("", sentence)
        return bool(self.writer) and any(w in bare for w in self.writer)

    def labelled_own(self, sentence: str) -> bool:
        """Whether the sentence opens with the publisher's label, a colon after it ("编者按：
        综合韩、乌、美三方此前公布的数字…"): the editors' own sum of what others published."""
        head = sentence.lstrip()
        return any(
            head.startswith(w) and head[len(w) : len(w) + 1] in ("：", ":") for w in self.writer
        )

    def hearsay(self, sentence: str) -> bool:
        """Whether the sentence closes on hearsay, its folder's ``anaphoric_cues`` before
        its full stop ("…受け取っているという。", "…とのことです。"): what it tells was
        heard from the source before, not said by the topic it opens with."""
        # an empty tuple of cues ends nothing: a folder without them reads no hearsay
        return sentence.rstrip().rstrip("。." + _QUOTE_CLOSE).endswith(self.hearsay_cues)

    def names_speakers(self, sentence: str, fig: Figure) -> bool:
        """Whether a figure in words opens the name of who speaks ("援引两名知情人士的话",
        "据两位美国官员透露", "两名官员表示，"): the speakers, not a claim. A cue ends right
        before it, or it opens its clause and a noun of a person and a verb of saying
        follow within the clause."""
        if not fig.words_only or fig.value is None or fig.value >= 100:
            return False
        before = sentence[: fig.start].rstrip()
        for cues in (self.openers, self.citing):
            if cues is not None and any(m.end() == len(before) for m in cues.finditer(before)):
                return True
        start, end = clause_span(sentence, fig.start, fig.end)
        if sentence[start : fig.start].strip() or self.speech is None:
            return False
        verb = self.speech.search(sentence, fig.end, end)
        return verb is not None and any(
            n in sentence[fig.end : verb.start()] for n in self.person_nouns
        )

    def _body_speaks(self, sentence: str, verb: int) -> bool:
        """Whether an estimating verb inside its clause has a body for its subject, the
        whole of the clause before it ("国情院估计朝鲜军队的伤亡人数已逾6000人"): that body
        estimates; "流动量预计将达到" is a figure's verb, what it counts no body."""
        start = _phrase_opening(sentence, verb)
        phrase = sentence[start:verb].strip()
        return 1 < len(phrase) <= _MAX_NAME and self._ends_in_body(phrase)

    def _closes(self, phrase: str) -> list[int]:
        """Where a closing word ("称", "消息") ends a cue's name, not where one opens a noun
        of a person ("消息人士": "据韩联社援引韩国军方消息人士的话") or stands before a
        body's last word ("统计局": "据国家统计局初步统计" is 国家统计局)."""
        return [
            k
            for c in self.closers
            if (k := phrase.find(c)) > 0
            and not any(phrase.startswith(n, k) for n in self.person_nouns if len(n) > len(c))
            and not phrase.startswith(self.bodies, k + len(c))
        ]

    def _speaker(self, sentence: str, verb: int, latest: bool = True) -> list[_Agent]:
        """The speaker of a verb of saying: the topic opening the sentence where verbs come
        last ("Xは…と述べた"), else the clause's start before the verb ("X表示"). Where the
        folder says subjects are dropped (``pro_drop``), a verb with no speaker before it
        speaks for the latest source (``latest``: "…との分析を示した")."""
        if self.topics:  # the first clause holding a topic: "一方、X局長は、…と述べた"
            # scope: where the speaker's words begin; a dateline opening the sentence
            # ("【キーウ２７日東亜通信】") is the author's line: its day counts nothing
            start = scope = _dateline_end(sentence)
            names = self._cornered_names(sentence, verb)
            ends = [m.start() for m in _PHRASE_END.finditer(sentence, 0, verb)]
            ends = [e for e in ends if not any(a <= e < b for a, b in names)]
            for end in [*ends, verb]:
                clause = sentence[start:end]
                if (
                    (
                        end < verb
                        and self.quote_endings
                        and (
                            clause.endswith(self.quote_endings)
                            # "…北朝鮮製だ、と同局はみている": the quotative after the comma
                            or sentence.startswith(self.quote_endings, end + 1)
                        )
                    )
                    or sentence[end : end + 1] in _QUOTE_CLOSE
                ):
                    start = end + 1  # "…死亡したと、韓国軍が明らかにした": what was said
                    continue
                if start > 0 and (
                    sentence[start - 1] in _QUOTE_CLOSE
                    or (sentence[start - 1] in "、，," and clause.startswith(self.quote_endings))
                ):
                    clause = _strip_start(clause, self.quote_endings)  # "「…」と X は語った"
                    start = end - len(clause)
                elif end == verb and (tail := self._after_quote(clause)) is not None:
                    clause, start = tail, end - len(tail)  # "…されたと韓国軍が明らかにした"
                k, topic = self._topic_at(clause)
                if k > 0 and not self._counts(clause[:k], clause[k + len(topic) :]):
                    found = self._phrase_agents(clause[:k], start, "source")
                    if found:  # "ロシアの見返りについては、…国家情報院が": no name, read on
                        return [_Agent(a.name, a.at, a.role, scope) for a in found]
                start = end + 1
                if not (self.quote_endings and clause.endswith(self.quote_endings)):
                    scope = start
            if not (self.pro_drop and latest) or _opened_before(sentence, verb):
                return []  # a quotation opened in a sentence before: its speaker is there
            return [_Agent("", verb, "source", latest=True)]
        start = _cornered_opening(sentence, verb)
        return self._phrase_agents(sentence[start:verb], start, "source")

    def _cornered_names(self, sentence: str, end: int) -> list[tuple[int, int]]:
        """Spans of the names quoted in corner brackets before ``end`` that a topic or
        subject particle follows, past a bracketed aside ("バス会社「はやせ交通」（本社・…）は"):
        a name, not a quotation, so its brackets end no clause."""
        spans = []
        for m in _CORNERED.finditer(sentence, 0, end):
            rest = sentence[m.end() : end]
            if aside := _BRACKETED.match(rest):
                rest = rest[aside.end() :]
            if rest.startswith(self.topics):
                spans.append(m.span())
        return spans

    def _topic_at(self, clause: str) -> tuple[int, str]:
        """``(offset, particle)`` of the first topic or subject particle in ``clause`` that
        marks who speaks; a subject of a clause qualifying the noun after it ("北朝鮮が提供
        した砲弾については") is passed over; ``(-1, "")`` for none."""
        quoted = _spans(_CORNERED, clause)  # "「はやせ交通」は": no particle inside a name
        marks = sorted(
            (i, t)
            for t in self.topics
            for i in _finds(clause, t)
            if i > 0 and not any(a < i < b for a, b in quoted)
        )
        for k, topic in marks:
            if not (topic in self.subjects and self._qualifies(clause[k + len(topic) :])):
                return k, topic
        return -1, ""

    def _qualifies(self, rest: str) -> bool:
        """Whether the words after a subject end in a verb standing before a noun ("提供した
        砲弾", "前線で使う砲弾"): a relative clause. Its first run of hiragana that is more
        than particles says so; a topic or quotative particle before one ends the subject's
        clause ("国情院が、北朝鮮が…と") and the subject is the sentence's."""
        for m in _HIRAGANA_RUN.finditer(rest):
            run = m.group()
            if self.particle_run.fullmatch(run):
                if run.endswith(self.topics) or run.endswith(self.quote_endings):
                    return False
                continue
            after = rest[m.end() : m.end() + 1]
            return bool(after) and not _PHRASE_END.match(after) and after not in _QUOTE_CLOSE
        return False

    def _counts(self, topic: str, rest: str) -> bool:
        """Whether a topic is what a figure counts, not who speaks: a figure follows it
        ("死傷者数は4700人前後に上る", "出没は約4千件"; a date does not: "環境省は20日"), or
        it holds one ("これまでに約2000人が"); a bracketed aside's digits count nothing
        ("「はやせ交通」（本社・湊川市中央3丁目5の12）は")."""
        if any(ch.isdigit() for ch in _BRACKETED.sub("", topic)):
            return True
        if self._ends_in_body(topic):
            return False  # "組合は5%の賃上げを求めている": a body speaks, it is not counted
        rest = rest.lstrip(" 、，,").translate(_FULL_WIDTH_DIGITS)
        if (head := self._adverbial(rest)) is not None:
            rest = rest[len(head) :]  # "死傷者は累計で6千人を超えた": "in all", then the figure
        for word in self.left_words:
            if rest.startswith(word):
                rest = rest[len(word) :]
                break
        m = _DIGITS.match(rest)
        return m is not None and not rest[m.end() :].startswith(self.time_units)

    def _adverbial(self, rest: str) -> str | None:
        """A short adverbial phrase opening ``rest`` right before a figure ("累計で", "全体で"):
        a word without kana and one particle that marks no topic or subject; None else."""
        m = _DIGITS.search(rest, 0, _MAX_ADVERBIAL + 1)
        head = rest[: m.start()] if m else ""
        for particle in self.particles:
            word = head[: -len(particle)] if head.endswith(particle) else ""
            if (
                word
                and particle not in self.topics
                and not _HIRAGANA.search(word)
                and not _CLAUSE_END.search(word)
            ):
                return head
        return None

    def _after_quote(self, clause: str) -> str | None:
        """The speaker's part of a clause closing on its verb of saying after what was said
        ("北朝鮮兵1万人が派遣されたと韓国軍が"): after the last quotative ending with a
        topic after it and no figure; None when there is none ("国情院は…と")."""
        for ending in self.quote_endings:
            k = clause.rfind(ending)
            tail = clause[k + len(ending) :] if k > 0 else ""
            if (
                tail
                and not any(ch.isdigit() for ch in tail)
                and any(tail.find(t) > 0 for t in self.topics)
            ):
                return tail
        return None

    def points_back(self, sentence: str) -> bool:
        """Whether a sentence only names who said the one before: short, no figure, its
        verb of saying closing it right after its speaker's particle ("韓国の国家情報院が
        明らかにした。"); "…と明らかにした" says something of its own."""
        text = sentence.strip().rstrip("。.")
        bare = _AGE_BRACKET.sub("", text)  # "早瀬隆一社長（63）はこう述べ": an age is no figure
        if not self.topics or len(text) > _MAX_RETRO or any(ch.isdigit() for ch in bare):
            return False
        if self._cue_closes(text):
            return True
        if self.retro_speech is not None and self.retro_speech.search(bare):
            return True  # "…社長はこう述べ、頭を下げた": said the quotation before
        verb = self.speech.search(text) if self.speech else None
        if verb is None or verb.end() != len(text) or verb.start() < 2:
            return False
        before = text[: verb.start()]
        return before.endswith(self.topics) and not any(c in before for c in _QUOTE_CLOSE)

    def _cue_closes(self, text: str) -> bool:
        """Whether a short sentence is a source's cue and a verb of its finding closing it
        ("複数の政府関係者への取材で分かった", "同省の調べで判明した" after the cue): no clause of
        its own follows the name (no topic, no quotation, no punctuation)."""
        cue = self.after.search(text) if self.after else None
        if cue is None or cue.start() == 0:
            return False
        rest = text[cue.end() :]
        return (
            0 < len(rest) <= _MAX_ADVERBIAL + 2
            and _PHRASE_END.search(rest) is None
            and not any(t in rest for t in self.topics)
            and bool(self._phrase_agents(text[: cue.start()], 0, "source", topic=True))
        )

    def _phrase_start(self, sentence: str, at: int) -> int:
        """Where the name before ``at`` starts: after punctuation or a topic particle."""
        start = _phrase_opening(sentence, at)
        for marker in self.topics:
            k = sentence.rfind(marker, start, at)
            if k >= 0:
                start = max(start, k + len(marker))
        return start

    def _phrase_agents(self, phrase: str, at: int, role: str, topic: bool = False) -> list[_Agent]:
        """The names in one cue's phrase: "路透社援引美国国务院" gives the cited source and the
        outlet citing it; "Yの話として" and "Yの報告を受けたX" the source Y and X who passes
        it on; ``topic``: a phrase that may hold its own clause ("XがY日発表した推計"),
        whose name is the part before the topic marker."""
        if self.citing is not None and (m := self.citing.search(phrase)):
            cited = phrase[m.end() :]  # "援引知情人士的话": the name ends where a closer starts
            # "该书援引的美国国防部数据": the work's citing qualifies the body after "的"
            of = next((o for o in self.of_words if o and cited.startswith(o)), "")
            cited = cited[len(of) :]
            closes = self._closes(cited)
            cited_at = at + m.end() + len(of)
            return [
                *self._named(cited[: min(closes)] if closes else cited, cited_at, "cited"),
                *self._named(phrase[: m.start()], at, "via"),
            ]
        if self.cited_by is not None and (m := self.cited_by.search(phrase)):
            source, rest = phrase[: m.start()], phrase[m.end() :]
            head = self._topic_split(source)
            out = self._named(source[head[1] :] if head else source, at + m.start() - 1, "cited")
            if head:
                out += self._named(head[0], at, "via")
            return out + self._named(rest, at + m.end(), "via")
        if topic and (head := self._topic_split(phrase)):
            return self._named(head[0], at, role)
        return self._named(phrase, at, role)

    def _topic_split(self, phrase: str) -> tuple[str, int] | None:
        """``(name, end)``: the name before a topic marker in ``phrase``, ``end`` past the
        marker; None without one."""
        for marker in self.topics:
            k = phrase.find(marker)
            if k > 0:
                return phrase[:k], k + len(marker)
        return None

    def _named(self, phrase: str, at: int, role: str) -> list[_Agent]:
        name = self._name(phrase)
        return [_Agent(name, at, role)] if name else []

    def _name(self, phrase: str) -> str | None:
        """A cue's phrase as a name: cut at a time word, a digit or a place phrase ("在",
        "先月"); a bracketed short form, a leading "一名" (an article) and the folder's
        ``speaker_modifiers`` ("別の", "不愿具名的") off."""
        name = _AGE_BRACKET.sub("", _DATELINE.sub("", phrase, count=1)).strip()
        for note in self.short_form_notes:  # "（以下简称市发改委）": the short form alone
            name = name.replace(f"（{note}", "（").replace(f"({note}", "(")
        name = _BRACKETED.sub(lambda m: "" if self._titled(name[: m.start()]) else m.group(), name)
        # "記者会見で早瀬隆一社長", "同じ報告で国情院": past the adverbial first (its words may
        # be stops); what is cut later only shortens the name, so none appears again
        name = self._past_adverbial(name)
        # "それでも市長は", "しかし防衛省は": a conjunction opening the sentence, not the name's;
        # one character ("可") may open a name ("可口可乐公司")
        name = next(
            (
                name[len(w) :]
                for w in self.cue_conjunctions
                if len(w) > 1 and name.startswith(w) and len(name) > len(w) + 1
            ),
            name,
        )
        stop = self.stops.search(name, 1) if self.stops is not None else None
        if stop is not None and stop.start() <= self._given_at(name):
            name = name[: stop.start()]  # not inside a name after a title
        if self.relative_cue is not None and (m := self.relative_cue.search(name, 1)):
            name = name[: m.start()]  # "港鐵公司昨日（23日）宣布": a time ends the name
        if (quoted := _CORNERED.search(name)) and quoted.end() == len(name):
            name = quoted.group(1)  # "關注團體「公共交通關注組」": the name, not its kind
        titled = _TITLED.search(name)
        if titled and titled.end() == len(name) and self.is_media(titled.group(1)):
            name = titled.group(1)  # "韩国《中央日报》": the paper, not a report's title
        if placed := _PLACED_LATIN.fullmatch(name):
            name = placed.group(1)  # "米CNN": CNN
        while cut := next(
            (n for n in self.data_nouns if name.endswith(n) and len(name) > len(n) + 1), ""
        ):
            name = name[: -len(cut)]  # "共同通信の集計によると": 共同通信
            if det := next((d for d in self.document_determiners if name.endswith(d)), ""):
                name = name[: -len(det)]  # "情报总局同一声明称": 情报总局
        name = self._unqualified(name)
        digit = next((k for k, ch in enumerate(name) if ch.isdigit()), None)
        if digit is not None:
            name = name[:digit]
        if self.speech_nouns is not None and self.speech_nouns.search(name):
            return None  # "但这一说法尚未得到证实": what was said, not who said it
        while True:
            if len(name) > 2 and name[0] in self.numerals and name[1] in self.counters:
                name = name[2:]  # "一名美国国防部官员": "a US defence official"
            elif head := next((m for m in self.modifiers if name.startswith(m)), ""):
                name = name[len(head) :]  # "別の韓国政府関係者", "不愿具名的院线负责人"
            else:
                break
        name = name.strip(" 、，,")
        while name.endswith(self.of_words):  # "援引俄罗斯官员的说法称": no name ends in "的"
            name = name[: -len(next(o for o in self.of_words if name.endswith(o)))]
        while cut := next(
            (n for n in self.data_nouns if name.endswith(n) and len(name) > len(n) + 1), ""
        ):
            name = name[: -len(cut)]  # "共同通信の集計によると": 共同通信
        if len(name) < 2 and name not in self.anaphors and name not in self.bodies:
            return None  # "他", "県" name someone; another single character does not
        if self._amount(name):
            return None  # "合わせて数百門が…送られたとしています": what was counted
        if name in self.relative or name in self.periods:
            return None  # "今期（27年10月期）は…を見込む": a time, not who expects it
        name = self._shortest(name)  # "林官房長官": 林, one character, is a name too
        if not name or len(name) > _MAX_NAME:
            return None
        if _HIRAGANA.match(name[-1]) and _KANA_GIVEN_NAME.fullmatch(name) is None:
            return None  # a verb's or a particle's kana; "松下あやめ" is a given name's
        return name

    def _amount(self, name: str) -> bool:
        """Whether ``name`` is an amount and its counter ("数百門", "二人"), no one."""
        counter = next((c for c in self.counters if name.endswith(c) and len(name) > len(c)), "")
        body = name[: len(name) - len(counter)] if counter else name
        return bool(counter) and all(ch in self.amount_chars for ch in body)

    def _past_adverbial(self, name: str) -> str:
        """A name without the adverbial phrase before it ("同じ報告で国情院": 国情院): past
        the last of the folder's ``adverbial_particles`` standing between two words that
        are not kana (a particle, not a name's own character)."""
        for particle in self.adverbial_ends:
            k = name.rfind(particle)
            end = k + len(particle)
            if (
                k > 0
                and end < len(name)
                and not _HIRAGANA.match(name[k - 1])
                and not _HIRAGANA.match(name[end])
            ):
                return name[end:]
        return name

    def _shortest(self, name: str) -> str:
        """The shortest name that identifies the speaker, as the gold conventions write it:
        an unnamed official or spokesperson of a body is the body ("日本防卫省一名高级官员"
        is 日本防卫省, "観光庁の幹部" 観光庁); where the noun of the person is glued to the
        body ("美国国防部官员", "韓国政府関係者") the person as written comes first, the body
        in brackets ("美国国防部官员（美国国防部）"): readers cite either; a person named beside a title or a noun of a person is the name, before it
        ("GDL主席魏泽尔克", "韩国国防部发言人全夏圭") or after it ("ブダノフ局長", "花村氏");
        a person noun with no body before it stays whole ("知情人士", "事情に詳しい関係者",
        "美国官员": no body is named)."""
        if self.titles_after and (
            courtesy := next((c for c in self.courtesy if name.endswith(c)), "")
        ):
            # "同院研究員の李賢珠氏": the person the courtesy title follows, not the body
            # "同院" refers back to; one named by their affiliation alone stays as it is
            person = min((name[: -len(courtesy)].rsplit(o, 1)[-1] for o in self.of_words), key=len)
            if person != name[: -len(courtesy)] and len(person) >= 2 and _personal_name(person):
                return person
        if name in self.anaphors or self._points_back(name):
            return name  # "同氏", "该官员": resolved to the latest source later
        for head in self.heads:
            k = name.rfind(head)
            if k < 0:
                continue
            after = name[k + len(head) :]
            if after:
                if (
                    not self.titles_after
                    and (head in self.titles or _HAN_NAME.fullmatch(after) is not None)
                    and 1 < len(after) <= 12
                    and not self._bare(after)
                    and not self._ends_in_body(after)
                    and not _HIRAGANA.search(after)
                    and not any(h in after for h in self.heads)
                ):
                    # "局长布达诺夫": the name after its title; "白沙镇村民龚秀兰": after a
                    # noun of a person, a name of two or three ideographs
                    return after
                continue
            rest = name[:k].rstrip(" 、，,")
            while rest.endswith(self.of_words):
                rest = rest[: -len(next(o for o in self.of_words if rest.endswith(o)))]
            if self.titles_after and head in self.courtesy:
                # "会社員の村井達也さん": the name before the courtesy title, though it opens
                # with a body's noun (村)
                person = min((rest.rsplit(o, 1)[-1] for o in self.of_words), key=len, default=rest)
                if len(person) >= 2 and _personal_name(person):
                    return person
            body = self._body_of(rest)
            if body:
                # "国防部官员": the body, itself without the place qualifying it ("日本の
                # 防衛省関係者" is 防衛省, as "日本の防衛省" is), after the official as
                # written ("韩国政府消息人士（韩国政府）"): a reader may name either
                short = self._unqualified(body)
                whole = short + head
                if (
                    head in self.titles
                    or whole == short
                    or not name[:k].endswith(body)  # "县的负责人", "车站一名负责人": the body
                    or _BRACKETED.search(whole)  # "情報総局（HUR）の高官": its short form named
                ):
                    return short
                return f"{whole}（{short}）"
            person = min((rest.rsplit(o, 1)[-1] for o in self.of_words), key=len, default=rest)
            if self.titles_after and head in self.titles and person and _personal_name(person):
                # "ブダノフ局長", "情報総局のブダノフ局長": the name before its title
                return self._without_unit(person, head)
        return name

    def _without_unit(self, person: str, title: str) -> str:
        """The name without the unit a unit's title heads ("防衛政策" of "片桐誠一防衛政策局長",
        "アジア大洋州" of "南雲亮介アジア大洋州局長": 局長 is the head of a 局, a body noun).
        The unit opens where katakana follows a kanji name, else after the four characters
        most Japanese full names have, once six or more stand before the title; a name of
        five or fewer is left whole."""
        if not (title.endswith("長") and title[:-1] in self.bodies):
            return person
        kanji = _KANJI_NAME.match(person)
        if kanji is None:
            return person
        if kanji.end() < len(person) and kanji.end() >= _SHORT_NAME:
            # "南雲亮介" before "アジア大洋州"; a given name in hiragana stays ("桐原ゆかり")
            unit_opens = "\u30a0" <= person[kanji.end()] <= "\u30ff"
            return person[: kanji.end()] if unit_opens else person
        if kanji.end() == len(person) and len(person) >= _NAME_AND_UNIT:
            return person[:_FULL_NAME]
        return person

    def _given_at(self, name: str) -> int:
        """Where the person's name after a closing title starts ("秘书长岑向东": at 岑), so a
        stop word inside it ("向") does not cut it, while one opening it does ("部长在会上");
        the name's length when there is none. A personal name is two or three characters; a
        head-final language puts titles after."""
        if not self.titles_after:
            for size in (2, 3):
                if len(name) > size and self._titled(name[:-size]):
                    return len(name) - size
        return len(name)

    def _titled(self, text: str) -> bool:
        """Whether ``text`` ends in a person's title: a bracket after it notes a field or a
        party ("山内敏也准教授（野生動物管理学）"), no short form of a name."""
        return text.endswith(self.title_ends)

    def _ends_in_body(self, text: str) -> bool:
        return _BRACKETED.sub("", text).endswith(self.bodies) if self.bodies else False

    def _body_of(self, rest: str) -> str:
        """The body's name ending ``rest`` ("国防部", "德国铁路公司（DB）"), past a few words
        between it and the person ("故宫博物院相关", "防卫省一名"); "" for none."""
        if not rest or not self.bodies:
            return ""
        plain = _BRACKETED.sub(lambda m: "\0" * len(m.group()), rest)
        best = max(
            (plain.rfind(b) + len(b) for b in self.bodies if plain.rfind(b) >= 0), default=-1
        )
        if best <= 0:
            return ""
        while best < len(rest) and plain[best] == "\0":
            best += 1  # a short form in brackets after the body stays with it
        if len(rest) - best > 3 or any(ch.isdigit() for ch in rest[best:]):
            return ""
        if _surname_ending(rest, best):
            return ""  # "市役所の中村健一部長": 中村 is a surname, not a village
        body = rest[:best]
        if len(body) < 2 and (body != rest or body not in self.bodies):
            return ""  # "県の担当者" is 県; "院线负责人" names no 院
        return body

    def _given_name(self, name: str, run: re.Match[str]) -> bool:
        """Whether a run of hiragana is a given name: two to four kana after a kanji surname,
        right before a title or a noun of a person ("桐原ゆかり主任研究員")."""
        start = run.start()
        while start > 0 and run.start() - start < 3 and "\u4e00" <= name[start - 1] <= "\u9fff":
            start -= 1
        return (
            start < run.start()
            and 2 <= len(run.group()) <= 4
            and name.startswith(self.heads, run.end())
            and _KANA_GIVEN_NAME.fullmatch(name[start : run.end()]) is not None
        )

    def _unqualified(self, name: str) -> str:
        """A name without what qualifies it: a relative clause ("被災地を視察した佐賀県の
        幹部": up to its verb's last hiragana), a number's phrase before "の"/"的" (an age:
        "现年65岁的GDL主席魏泽尔克") or a place ("韓国の国家情報院" is 国家情報院).
        A bare noun of a person keeps its qualifier: "事情に詳しい関係者"."""
        quoted = _spans(_CORNERED, name)
        runs = [
            m
            for m in _HIRAGANA_RUN.finditer(name)
            if not self.particle_run.fullmatch(m.group())
            and m.start() > 0  # "はやせ交通": a name's own kana, no clause before it
            and not any(a < m.start() < b for a, b in quoted)  # "「はやせ交通」"
            and not self._given_name(name, m)  # "桐原ゆかり主任研究員": a name's own kana
        ]
        if runs and runs[-1].end() < len(name) and not self._bare(name[runs[-1].end() :]):
            name = name[runs[-1].end() :]
        while True:
            k, of = min(
                ((name.find(o), o) for o in self.of_words if name.find(o) > 0), default=(-1, "")
            )
            if k < 0 or self._bare(rest := name[k + len(of) :]):
                return name
            if not any(ch.isdigit() for ch in name[:k]) and not self._proper(rest):
                return name  # "韓国の情報機関", "国連の専門家パネル": no name without "of whom"
            name = rest  # "韓国の国家情報院" is 国家情報院: the shortest name that identifies it

    def _proper(self, rest: str) -> bool:
        """Whether ``rest`` names one body or outlet on its own: it ends in a one-character
        body noun ("国家情報院", "防衛省"), is written in Latin letters or katakana alone
        ("CNN", "ロイター") or names an outlet ("聯合ニュース")."""
        rest = _BRACKETED.sub("", rest)
        if rest in self.bodies:
            return False  # "アメリカの研究所": a kind of body ("研究所") names none alone
        if len(rest) > 2 and rest.endswith(tuple(b for b in self.bodies if len(b) == 1)):
            return True  # "病院", "学校": two characters are the kind of body, no name
        # an outlet is one ("韓国の聯合ニュース" is 聯合ニュース)
        return bool(_FOREIGN_NAME.fullmatch(rest)) or self.is_media(rest)

    def _bare(self, rest: str) -> bool:
        """Whether ``rest`` is too short for a name or only a noun of a person ("幹部",
        "一名官员"), which needs what qualifies it."""
        if len(rest) > 2 and rest[0] in self.numerals and rest[1] in self.counters:
            rest = rest[2:]
        return len(rest) < 2 or rest in self.person_nouns

    def _resolve(
        self, name: str, history: list[str], known_via: dict[str, list[str]]
    ) -> str | None:
        """A back-reference ("这名官员", "同省") is the latest source before it, and one to
        an outlet ("同紙", "该报") the outlet that was that source or passed it on; a generic
        word ("报道", "reports") names nobody."""
        if name in self.generic:
            return None
        if name in self.bodies and history:
            # "市によると" after "川霧市は…明らかにした": the body named before by its noun
            return next((h for h in reversed(history) if h.endswith(name) and h != name), name)
        if not (name in self.anaphors or self._points_back(name)):
            return name
        if not history:
            return None
        # the kind of outlet the reference ends in ("该报", "同紙"), not a noun of data
        # holding the same character ("报告": the report)
        kind = next((c for c in self.media if name.endswith(c)), "")
        latest = (history[-1], *known_via.get(history[-1].lower(), []))
        outlets = [o for o in latest if self.is_media(o)] if kind else []
        if outlets:  # "米紙ワシントン・ポスト" … "同紙によると": of its kind first
            return next((o for o in outlets if kind in o), outlets[0])
        noun = next((name[len(d) :] for d in self.determiners if name.startswith(d)), "")
        if len(noun) >= 2 and noun.endswith(self.bodies) and noun not in history[-1]:
            # "该协会提醒" after "罗建新说": the latest source that is such a body, not a
            # person named since; none when no source was one ("这名官员" after "美国国防部
            # 官员" still means 美国国防部: an official is a person, not a body)
            earlier = [h for h in reversed(history) if h.find(noun) > 0]
            return self._narrowed(name, earlier[0]) if earlier else None
        return self._narrowed(name, history[-1])

    def _narrowed(self, name: str, latest: str) -> str:
        """ "该公司" after "德国铁路公司（DB）发言人": the company in the latest source, up to its
        noun and a short form in brackets after it; the whole latest source otherwise."""
        noun = next((name[len(d) :] for d in self.determiners if name.startswith(d)), "")
        k = latest.find(noun) if len(noun) >= 2 else -1
        if k <= 0:
            return latest
        end = k + len(noun)
        short = _BRACKETED.match(latest, end)
        return latest[: short.end() if short else end]

    def _points_back(self, name: str) -> bool:
        """ "この幹部", "该人士" (a determiner, then who), "同省の幹部" (a back-reference, then
        of whom): the latest source again."""
        if self._place_back(name):
            return False  # "同国国防省": that country's ministry (``places_in_full``)
        if any(name.startswith(d) and len(name) > len(d) for d in self.determiners):
            return True
        return any(name.startswith(a + o) for a in self.anaphors for o in self.lex.of_words)

    def is_media(self, name: str) -> bool:
        """Whether a name is an outlet: a listed one, or a media cue ("社", "新聞") that
        is not inside a body's own name ("情报总局", "방송통신위원회": an intelligence
        directorate, a broadcasting commission), whose rest ends in a body noun; a short
        form in brackets after the name ("国家情报院（国情院）") is left out."""
        low = _BRACKET_END.sub("", name).lower()
        if any(o in low for o in self.outlets):
            return True
        for cue in self.media:
            k = low.rfind(cue)
            if k >= 0 and not low[k + len(cue) :].endswith(self.bodies):
                return True
        return False

    # -- status --------------------------------------------------------------------------
    def status_positions(self, sentence: str) -> dict[Status, int]:
        """For each status, the start of the clause holding its first cue: it covers the
        figures of that clause (before or after the cue) and of the clauses after it, so
        ``PlainReader.status_at`` reads it as it reads any language's."""
        out: dict[Status, int] = {}
        for status, cues in self.status_cues.items():
            m = cues.search(sentence) if cues is not None else None
            if m is not None:
                out[status] = clause_span(sentence, m.start(), m.end())[0]
        return out

    def certainty(self, sentence: str) -> Certainty:
        """Hedged or confirmed by a cue anywhere in the sentence ("とみられる", "据信")."""
        if self.hedges is not None and self.hedges.search(sentence):
            return "hedged"
        if self.confirmations is not None and self.confirmations.search(sentence):
            return "confirmed"
        return "asserted"

    # -- time ----------------------------------------------------------------------------
    def as_of(
        self,
        sentence: str,
        fig_start: int,
        published: str | None,
        figure: tuple[int, int] | None = None,
    ) -> str | None:
        """When the figure holds: the time expression nearest it, preferring those before
        it (as ``timex.TimeReader`` does for spaced languages); a month or day without a
        year and a relative one ("上个月", "先月") need the published date."""
        pub = published_date(published)
        text = sentence.translate(_FULL_WIDTH_DIGITS)
        best: tuple[int, str] | None = None
        for start, end, iso in self.times(text, pub):
            if figure is not None and start < figure[1] and end > figure[0]:
                continue  # the figure's own digits ("2050人") are no year
            dist = fig_start - end if end <= fig_start else (start - fig_start) * 2
            if best is None or dist < best[0]:
                best = (dist, iso)
        return best[1] if best else None

    def times(self, text: str, pub: date | None) -> list[tuple[int, int, str]]:
        """``(start, end, ISO value)`` of each time expression of ``text``."""
        found: list[tuple[int, int, str]] = []
        taken: list[tuple[int, int]] = []
        for kind, pattern in self.dates:
            for m in pattern.finditer(text):
                if any(a <= m.start() < b for a, b in taken):
                    continue
                iso = date_iso(kind, [int(g) for g in m.groups()], pub)
                if iso is None:
                    continue
                taken.append((m.start(), m.end()))
                found.append(
                    (m.start(), m.end(), iso + ("/.." if self.since.match(text, m.end()) else ""))
                )
        for m in self.relative_cue.finditer(text) if self.relative_cue and pub else ():
            iso = _relative_iso(self.relative[m.group()], pub) if pub else None
            if iso is None:
                continue
            month = self.month_after.match(text, m.end()) if len(iso) == 4 else None
            if month is not None and 1 <= int(month.group(1)) <= 12:
                # "明年3月", "来年3月までに", "去年10月5日": the month (and day) of that
                # year; the month patterns read no month right after a year's mark
                iso += f"-{int(month.group(1)):02d}"
                if month.group(2) and 1 <= int(month.group(2)) <= 31:
                    iso += f"-{int(month.group(2)):02d}"
                since = "/.." if self.since.match(text, month.end()) else ""  # "昨年11月以降"
                found.append((m.start(), month.end(), iso + since))
                continue
            found.append((m.start(), m.end(), iso))
        return found

    # -- units and measures --------------------------------------------------------------
    def unit(self, fig: Figure, toks: list[Tok]) -> str | None:
        """The noun after the figure up to its first particle ("名士兵被派往" gives "士兵"),
        else the figure's counter ("发"); a percentage or money first."""
        if fig.percent:
            return "percent"
        if fig.currency is not None:
            return fig.currency
        end = fig.tok_end
        if end < len(toks) and toks[end].text in self.counters:
            return toks[end].text  # "100多枚": the counter after a bound
        last = toks[end - 1]
        if end < len(toks) and toks[end].is_alpha and (last.is_digit or last.text in self.counters):
            word = toks[end].text
            word = word[1:] if word[:1] in self.of_words else word
            cut = next((k for k, ch in enumerate(word) if ch in self.particles), len(word))
            if cut >= 2:
                return word[:cut]
        counter = next(
            (t for t in reversed(toks[fig.tok_start : end]) if t.text in self.counters), None
        )
        return counter.text if counter is not None else None

    def measure(self, pack: StoryPack | None, sentence: str, fig: Figure, named: set[str]) -> str:
        """The measure of a figure from its clause (see the module's docstring); ``named``:
        the actors in scope (named in the sentence, else the document's)."""
        if pack is None:
            return "other"
        measures = [m for m in pack.measures if not m.actor or m.actor in named]
        if fig.percent:
            for m in measures:
                if m.percent_of and any(self._stem(p) in sentence for p in m.percent_of):
                    return m.id
            return "other"
        counted = [m for m in measures if not m.percent_of and (fig.currency is None or m.money)]
        # a figure quoted alone ("受伤者“在五千到六千人之间”") is counted by its clause
        start, end = clause_span(sentence, fig.start, fig.end, quotes=False)
        clause_before, clause_after = sentence[start : fig.start], sentence[fig.end : end]
        for text in (clause_after, clause_before):  # an event word anywhere in the clause
            if found := self._nearest(counted, text, "verbs", from_end=text is clause_before):
                return found
        if self.titles_after and (found := self._counted_noun(counted, clause_before)):
            return found  # "工兵ら5000人余りを追加で派遣した": 工兵, not the 派遣 after
        if found := self._nearest(counted, clause_after, "nouns", from_end=False):
            return found
        if found := self._nearest(counted, clause_before, "nouns", from_end=True):
            return found
        # elsewhere in the sentence an event word first too: "北朝鮮兵の戦死者を「数百人」と"
        rest = sentence[:start] + "。" + sentence[end:]
        # a sum's own currency last ("20亿美元"): a money measure may list it, as the
        # spaced languages' list "dollar"
        own = sentence[fig.start : fig.end] if fig.currency is not None else ""
        return (
            self._nearest(counted, rest, "verbs", from_end=False)
            or self._nearest(counted, rest, "nouns", from_end=False)
            or self._nearest(counted, own, "nouns", from_end=False)
            or "other"
        )

    def measure_named(self, pack: StoryPack | None, text: str, named: set[str]) -> str:
        """The measure ``text`` alone names (a table column's header, "阵亡"): an event word
        first, then a noun; ``named``: the actors in scope."""
        if pack is None:
            return "other"
        counted = [
            m for m in pack.measures if not m.percent_of and (not m.actor or m.actor in named)
        ]
        return (
            self._nearest(counted, text, "verbs", from_end=False)
            or self._nearest(counted, text, "nouns", from_end=False)
            or "other"
        )

    def _counted_noun(self, measures: list[Measure], before: str) -> str | None:
        """Where the counted noun stands before its number (verb-final Japanese: "工兵約6000
        人", "工兵ら5000人", "死者は2000人"), the measure of a noun right before the figure,
        past the words standing before a figure ("約", "最大") and a short plural or topic
        ending ("ら", "など", "は"): it names what is counted, before any noun after."""
        gap = before
        for _ in range(2):
            gap = gap.rstrip()
            word = next((w for w in self.left_words if gap.endswith(w)), "")
            gap = gap[: -len(word)] if word else gap
        best: tuple[int, str] | None = None
        for stem, measure in self._unspaced_stems(measures, "nouns"):
            k = gap.rfind(stem)
            rest = gap[k + len(stem) :] if k >= 0 else ""
            if k < 0 or len(rest) > 2 or (rest and not _HIRAGANA_RUN.fullmatch(rest)):
                continue
            if best is None or len(stem) > best[0]:
                best = (len(stem), measure)
        return best[1] if best else None

    def _nearest(self, measures: list[Measure], text: str, key: str, from_end: bool) -> str | None:
        """The measure whose word of ``key`` ("nouns", "verbs") stands first in ``text``
        (last, ``from_end``); a longer word wins at the same place."""
        best: tuple[int, int, str] | None = None
        for stem, measure in self._unspaced_stems(measures, key):
            k = text.rfind(stem) if from_end else text.find(stem)
            if k < 0:
                continue
            place = -(k + len(stem)) if from_end else k
            if best is None or (place, -len(stem)) < best[:2]:
                best = (place, -len(stem), measure)
        return best[2] if best else None

    def _unspaced_stems(self, measures: list[Measure], key: str) -> tuple[tuple[str, str], ...]:
        """The measures' words of ``key`` written in a script without spaces, lowered and
        without their ``*``, with their measure's id, in order: made once per list of
        measures instead of for every figure (the pack lists every language's nouns, and
        most are not in these scripts)."""
        at = (tuple(m.id for m in measures), key)
        found = self._stems_memo.get(at)
        if found is None:
            stems = ((self._stem(w), m.id) for m in measures for w in getattr(m, key))
            found = tuple((s, i) for s, i in stems if len(s) >= 2 and UNSPACED_LETTER.match(s))
            self._stems_memo[at] = found
        return found

    @staticmethod
    def _stem(word: str) -> str:
        return word.lower().rstrip("*")


#: A name with a form of it in brackets right after: "国家情报院（国情院）", "한국철도공사(코레일)",
#: "德国铁路公司（DB）", or the short form first, "国情院（国家情报院）".
_DEFINED = re.compile(
    r"(?P<outer>[^（）()]+?)\s*(?P<open>[（(])(?P<inner>[^（）()]{1,12})(?P<close>[）)])"
)


def _abbreviates(short: str, full: str) -> bool:
    """Whether ``short`` is ``full`` cut down, its letters kept in order ("国情院" of
    "国家情报院", "농식품부" of "농림축산식품부")."""
    rest = iter(full)
    return len(short) < len(full) and all(ch in rest for ch in short)


def _definition(name: str) -> tuple[str, str, str] | None:
    """``(full, short, written)`` where ``name`` gives a body's short form beside its full
    name: a shorter form in brackets after it ("国家情报院（国情院）", "德国铁路公司（DB）"),
    or the full name in brackets after a short form cut from it ("国情院（国家情报院）");
    ``written`` is "Full(Short)" in the brackets the document used. A bracket of digits
    (an age, a date) defines nothing."""
    m = _DEFINED.fullmatch(name)
    if m is None or any(ch.isdigit() for ch in m["inner"]):
        return None
    outer, inner = m["outer"].strip(), m["inner"].strip()
    if not inner or not outer:
        return None
    if len(inner) < len(outer):
        return outer, inner, name
    if _abbreviates(outer, inner):
        return inner, outer, f"{inner}{m['open']}{outer}{m['close']}"
    return None


def defined_name(name: str, history: Sequence[str]) -> str:
    """A source the document gave a short form for, as "Full(Short)" written the way the
    document defined it: "国情院" after "国家情报院（国情院）" (or "国情院（国家情报院）") was
    named is "国家情报院（国情院）", and so is "国家情报院". One name per body, whichever
    form a sentence uses; a word of a script without spaces is its whole run, so the short
    form alone shares no word with the full one. A name without a definition stays."""
    if not name:
        return name
    if (own := _definition(name)) is not None:
        return own[2]  # "国情院（国家情报院）" is "国家情报院（国情院）" too
    for earlier in reversed(history):
        found = _definition(earlier)
        if found is None:
            continue
        full, short, written = found
        if name in (short, full) or (len(name) >= 3 and full.endswith(name)):
            return written
    return name


#: A bracket closing a name: its short form or its reading.
_BRACKET_END = re.compile(r"[（(][^（）()]*[）)]$")


#: A short form defined in brackets right after its full name, both in an East Asian script
#: ("韓国の国家情報院（国情院）", "국가정보원(국정원)").
_SHORT_DEFINED = re.compile(
    r"([\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]{3,40})[（(]"
    r"([\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]{2,8})[）)]"
)
#: Hiragana: a Japanese particle ("韓国の") ends what stands before a name.
_HIRAGANA = re.compile(r"[\u3040-\u309f]")


def short_forms_defined(sources: Iterable[str | None], text: str) -> dict[str, str]:
    """Each source that is a short form the text defines in brackets after the full name
    ("国情院によると" after "韓国の国家情報院（国情院）"): "Full（Short）", the name as the text
    defines it, so either form the gold writes is named. ``one_name_per_body`` writes a full
    name read as a source so; this is the short form read alone."""
    wanted = {
        s
        for s in sources
        if s
        and 2 <= len(s) <= 8
        and _EAST_ASIAN.search(s)
        and not _LATIN.search(s)
        and " " not in s
    }
    out: dict[str, str] = {}
    if not wanted:
        return out
    for m in _SHORT_DEFINED.finditer(text):
        short = m.group(2)
        if short in wanted and short not in out and (full := _full_before(m.group(1), short)):
            out[short] = full + text[m.end(1) : m.end()]  # in the text's own brackets
    return out


def _full_before(run: str, short: str) -> str | None:
    """The full name ``short`` cuts down at the end of ``run``: a Korean word whole (words
    are spaced); in Chinese and Japanese, past the last particle in kana ("韓国の"), from its
    start where the short form's first character opens it, else from the last place that
    character stands with the rest of the short form after it ("韩国国家情报院": 国家情报院)."""
    if not _HANGUL.search(short):
        run = _HIRAGANA.split(run)[-1]
        if run[:1] != short[:1]:
            starts = [
                i for i, ch in enumerate(run) if ch == short[0] and _abbreviates(short, run[i:])
            ]
            if not starts:
                return None
            run = run[starts[-1] :]
    if len(run) <= len(short) or not _abbreviates(short, run):
        return None
    return run


def one_name_per_body(
    sources: Iterable[str | None],
    text: str = "",
    person_nouns: Collection[str] = (),
    particles: Collection[str] = (),
) -> dict[str, str]:
    """The document's sources written out in full where it also names them by a short
    form cut from them without defining it ("農林水産省" … "農水省によると", "합동참모본부는"
    … "합참은"): each full name as "Full（Short）", in the brackets of its script, so that
    either form the gold writes is named, whichever sentence came first. A short form is
    another source, or a run of ``text`` cut from the full name (not its start): ending in
    the full name's last character ("農水省"), or a word of its own with at most a
    particle after it ("합참은"). Only names in Chinese characters, kana or Hangul without
    Latin letters ("NIS" is read by ``attribution.abbreviations``). A short form that is
    itself a source ("협회는 … 내다봤다" after "한국무역협회에 따르면") is written the same
    way, where it is cut from one full name only: the body named again by its head; so is
    an unnamed person of that short form ("공사 관계자" after "한국철도공사에 따르면", one of
    ``person_nouns`` after the short form): the body speaks."""
    names = sorted(
        {s for s in sources if s and _EAST_ASIAN.search(s) and not _LATIN.search(s)}, key=len
    )
    out: dict[str, str] = {}
    fulls: dict[str, list[str]] = {}  # a short form that is a source: the names it cuts
    words = {m.group() for m in _HANGUL_RUN.finditer(text)} if _HANGUL.search(text) else set()
    for full in names:
        if _HANGUL.search(full) and (whole := _place_prefixed(full, words, particles)):
            # "교육지원청에 따르면" after "솔미교육지원청이 연 설명회": the body named whole
            out[full] = f"{whole}({full})"
            continue
        if _definition(full) is not None or len(full) < 3:
            continue  # "国家情报院（国情院）": defined already
        short = next(
            (
                s
                for s in names
                if len(s) >= 2
                and (s[0] == full[0] or s[-1] == full[-1])
                and " " not in s
                and _abbreviates(s, full)
            ),
            None,
        )
        if short is None and " " not in full:
            # a run of the text cut from a name of several words is chance: "정원" (of
            # 국정원) from "정보위 … 남궁현석 의원"
            short = _short_form(full, text, particles)
        if short is not None:
            opening, closing = ("(", ")") if _HANGUL.search(full) else ("（", "）")
            out[full] = f"{full}{opening}{short}{closing}"
            if short in names:
                fulls.setdefault(short, []).append(full)
    for short, cut_from in fulls.items():
        if len(cut_from) == 1 and short not in out:
            out[short] = out[cut_from[0]]
    for name in names:
        head, _, person = name.rpartition(" ")
        if name in out or person not in person_nouns or " " in head or len(head) < 2:
            continue
        cut_from = [f for f in names if f != head and " " not in f and _abbreviates(head, f)]
        cut_from = [f for f in cut_from if f[-1] == head[-1] and not f.startswith(head)]
        if len(cut_from) == 1:
            full = cut_from[0]
            opening, closing = ("(", ")") if _HANGUL.search(full) else ("（", "）")
            out[name] = out.get(full) or f"{full}{opening}{head}{closing}"
    for name in names:
        if name not in out and (surnamed := _surnamed(name, text)) is not None:
            out[name] = surnamed
    for name in names:
        if name not in out and (whole := _written_whole(name, text)) is not None:
            out[name] = f"{whole}({name})"
    return out


#: A run of Hangul: a word of Korean text with the particles glued to it.
_HANGUL_RUN = re.compile(r"[\uac00-\ud7a3]+")


#: The most letters a place's name glued before a Korean body's name runs to ("솔미").
_PLACE_PREFIX = 4


def _place_prefixed(name: str, words: Collection[str], particles: Collection[str]) -> str | None:
    """The one longer word of the text's Hangul ``words`` that ends in ``name`` past a
    short place's name glued before it ("솔미교육지원청" of "교육지원청"), its particles left
    out; None where the text writes none or several. A Korean report names a local body
    with its place once, then without it."""
    ends = tuple(sorted(particles, key=len, reverse=True))
    found: set[str] = set()
    for word in words:
        k = word.find(name)
        if k <= 0 or k > _PLACE_PREFIX:
            continue
        rest = word[k + len(name) :]
        if rest and rest not in ends:
            continue  # "교육지원청장": another word holding the name
        found.add(word[: k + len(name)])
    return found.pop() if len(found) == 1 else None


def _written_whole(short: str, text: str) -> str | None:
    """The one full name ``text`` writes of a Korean short form that is a source
    ("국가정보원이 … 보고했습니다", then "국정원은 … 밝혔다"): a word opening and ending with
    the short form's letters and holding them in order, its particles left out; None where
    there is none or more than one."""
    if len(short) < 2 or not _HANGUL_RUN.fullmatch(short):
        return None
    wholes = set()
    for m in _HANGUL_RUN.finditer(text):
        run = m.group()
        if not run.startswith(short[0]) or run.startswith(short):
            continue
        for k in range(len(run) - 1, len(short) - 1, -1):
            if run[k] == short[-1] and _abbreviates(short, run[: k + 1]):
                wholes.add(run[: k + 1])
                break
    return wholes.pop() if len(wholes) == 1 else None


#: A person named again by surname and title, as Korean news does ("유 실장", "오 의원").
_SURNAME_TITLE = re.compile(r"([\uac00-\ud7a3]) ([\uac00-\ud7a3]{1,6})")
#: How far after a full name its title may stand ("유경민 강원특별자치도 재난안전실장").
_TITLE_REACH = 40


def _surnamed(name: str, text: str) -> str | None:
    """The full name of a person a source names by surname and title ("유 실장" after
    "유경민 강원특별자치도 재난안전실장은"): the name of two or three syllables opening with
    that surname whose title, ending in the same word, follows it within its sentence, as
    "유경민 실장"; the form found most often, the first of those. None without one."""
    short = _SURNAME_TITLE.fullmatch(name)
    if short is None:
        return None
    surname, title = short.groups()
    found: dict[str, int] = {}
    for m in re.finditer(rf"(?<![\uac00-\ud7a3]){surname}[\uac00-\ud7a3]{{1,2}}(?=\s)", text):
        after = re.split(r"[.。\n]", text[m.end() : m.end() + _TITLE_REACH], maxsplit=1)[0]
        if re.search(rf"{title}(?![\uac00-\ud7a3]{{3}})", after):
            full = f"{m.group()} {title}"
            found[full] = found.get(full, 0) + 1
    return max(found, key=lambda f: found[f]) if found else None


#: What may follow a short form inside its word: a particle of a syllable or two ("합참은").
_MAX_PARTICLE = 2


def _short_form(full: str, text: str, particles: Collection[str] = ()) -> str | None:
    """The first run of ``text`` that is ``full`` cut down (see ``one_name_per_body``). Where
    the language lists its ``particles``, a run that is a word of its own ends there or in
    one: "국정" of "국정원은" cuts "국방정보본부" by chance, and "원은" is no particle."""
    inside = {k + j for k in _finds(text, full) for j in range(len(full))}
    for i in (k for k in _finds(text, full[0]) if k not in inside):
        run = ""
        for size in range(min(len(full) - 1, len(text) - i), 1, -1):
            if _abbreviates(text[i : i + size], full):
                run = text[i : i + size]
                break
        if not run or full.startswith(run) or any(ch.isspace() for ch in run):
            continue  # "合同" of "合同参谋本部": its start, no short form; "한 ": no word
        end = i + len(run)
        word_end = next((m.start() for m in _WORD_END.finditer(text, end)), len(text))
        own_word = (i == 0 or _WORD_END.match(text, i - 1) is not None) and (
            " " in text
            and word_end - end <= _MAX_PARTICLE
            and (not particles or word_end == end or text[end:word_end] in particles)
        )
        if run[-1] == full[-1] or own_word:
            return run
    return None


def _dateline_end(sentence: str) -> int:
    """Where a wire dateline opening ``sentence`` ends; 0 without one."""
    m = _DATELINE.match(sentence)
    return m.end() if m and m.group().strip() else 0


def _past_quoted_names(sentence: str, start: int) -> int:
    """Where the phrase from ``start`` ends, a name in quotation marks inside it ("据票务
    平台“澜票”介绍": the platform named) being part of it."""
    end = _PHRASE_END.search(sentence, start)
    while end is not None and end.group() in _NAME_OPEN:
        close = sentence.find(_NAME_OPEN[end.group()], end.end())
        if close < 0 or close - end.end() > _MAX_NAME:
            break
        end = _PHRASE_END.search(sentence, close + 1)
    return end.start() if end else len(sentence)


def _cornered_opening(sentence: str, at: int) -> int:
    """Where the phrase holding ``at`` opens, a name in corner brackets being part of it
    ("關注團體「公共交通關注組」本月訪問了", "消費者団体「くらしの会」が…実施した")."""
    start = _phrase_opening(sentence, at)
    if start > 0 and sentence[start - 1] in _QUOTE_CLOSE:
        named = _CORNERED.search(sentence, max(0, start - _MAX_NAME), start)
        if named is not None and named.end() == start:
            start = _phrase_opening(sentence, named.start())
    return start


def _phrase_opening(sentence: str, at: int) -> int:
    """Where the phrase holding ``at`` opens: after the last punctuation before it, or,
    where a name in corner brackets closes right before ``at`` ("米シンクタンク「環太平洋
    安全保障研究所」の分析では"), before the words its kind stands in before the brackets."""
    start = max((c.end() for c in _PHRASE_END.finditer(sentence, 0, at)), default=0)
    if start == at and start > 0 and sentence[start - 1] in _NAME_CLOSE:
        opener = sentence.rfind(_NAME_CLOSE[sentence[start - 1]], 0, start - 1)
        if opener >= 0 and start - opener <= _MAX_NAME:
            return max((c.end() for c in _PHRASE_END.finditer(sentence, 0, opener)), default=0)
    return start


def _opened_before(sentence: str, at: int) -> bool:
    """Whether a quotation closing before ``at`` opened before the sentence (the splitter
    cut "「…。…」と述べた" at its "。")."""
    opened = sum(sentence.count(q, 0, at) for q in _QUOTE_OPEN)
    return sum(sentence.count(q, 0, at) for q in _QUOTE_CLOSE) > opened


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """Where ``pattern`` matches in ``text``, as (start, end) pairs."""
    return [m.span() for m in pattern.finditer(text)]


def _finds(text: str, word: str) -> list[int]:
    """Every offset of ``word`` in ``text``."""
    return [m.start() for m in re.finditer(re.escape(word), text)] if word else []


def _strip_start(clause: str, words: Iterable[str]) -> str:
    """``clause`` without the first of ``words`` it starts with."""
    head = next((w for w in words if w and clause.startswith(w)), "")
    return clause[len(head) :]


def date_iso(kind: str, parts: list[int], pub: date | None) -> str | None:
    """An ISO date, month or year from a matched date; a month without its year is the
    last such month up to the published date."""
    if kind == "ymd":
        return (
            f"{parts[0]}-{parts[1]:02d}-{parts[2]:02d}"
            if 1 <= parts[1] <= 12 and 1 <= parts[2] <= 31
            else None
        )
    if kind == "ym":
        return f"{parts[0]}-{parts[1]:02d}" if 1 <= parts[1] <= 12 else None
    if kind == "y":
        return str(parts[0])
    if pub is None or not 1 <= parts[0] <= 12:
        return None
    year = pub.year if parts[0] <= pub.month else pub.year - 1
    return f"{year}-{parts[0]:02d}" + (f"-{parts[1]:02d}" if kind == "md" else "")


def _relative_iso(spec: str, pub: date) -> str | None:
    """ "month-1" (last month), "year0" (this year), "week-1", "day-1" from the published
    date, as the language folder's ``relative_times`` name them."""
    m = re.fullmatch(r"(day|week|month|year)([+-]?\d+)", spec)
    if m is None:
        return None
    unit, n = m.group(1), int(m.group(2))
    if unit == "year":
        return str(pub.year + n)
    if unit == "month":
        months = pub.year * 12 + pub.month - 1 + n
        return f"{months // 12}-{months % 12 + 1:02d}"
    if unit == "week":
        iso = (pub + timedelta(weeks=n)).isocalendar()
        return f"{iso.year}-W{iso.week:02d}"
    return (pub + timedelta(days=n)).isoformat()
