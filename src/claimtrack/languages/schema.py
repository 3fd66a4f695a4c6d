"""What a language folder may say: ``extract.yaml`` and ``clean.yaml``, validated strictly.

Every key the extractor or the cleaner reads is named here, so a misspelt key ("bound:"
for "bounds:") is an error naming the file and the key instead of a language that silently
falls back to English words. A language gives only the keys it needs: the extractor lays
its ``extract.yaml`` over English's (see ``extract/lexicon.py``), and the cleaner merges the
furniture cues of every folder.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal, get_args

from pydantic import AfterValidator, BaseModel, ConfigDict


def _no_repeats(words: list[Any]) -> list[Any]:
    """Refuse a word listed twice: harmless where a list is read as a set, but it hides a
    typo's twin and makes a list look longer than it is (eleven lists held one in session 8)."""
    seen: set[str] = set()
    repeats = []
    for word in words:
        key = str(word).lower()
        if key in seen:
            repeats.append(word)
        seen.add(key)
    if repeats:
        raise ValueError(f"listed twice (remove the repeat): {', '.join(map(repr, repeats))}")
    return words


#: A list of words or phrases, matched case-insensitively; each given once.
Words = Annotated[list[str], AfterValidator(_no_repeats)]
#: A list of words some of which YAML 1.1 reads as booleans when unquoted (``no``, ``on``):
#: the extractor has always read those as "false" and "true", so they validate as they are.
LegacyWords = Annotated[list[str | bool], AfterValidator(_no_repeats)]
#: Words with the integer each stands for ("thousand": 1000, "march": 3).
Numbers = dict[str, int]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class Currencies(_Strict):
    """Currency signs, ISO codes and words, each mapped to an ISO code."""

    symbols: dict[str, str] = {}
    codes: Words = []
    words: dict[str, str] = {}


class Bounds(_Strict):
    """Words before (``low``, ``high``) or after (``*_suffix``) a figure that make it a bound;
    ``high_approx`` are upper bounds that also mean "about" ("nearly")."""

    low: Words = []
    high: Words = []
    high_approx: Words = []
    low_suffix: Words = []
    high_suffix: Words = []
    #: Where words have no spaces, a bound adverb standing before the verb whose object the
    #: figure is ("至少向俄方提供了500万发"): it bounds the clause's first figure after it.
    clause_low: Words = []
    clause_high: Words = []


class DateMarkers(_Strict):
    """How a date is written with a mark after each figure: the characters after a year, a
    month and a day ("2024年11月13日", "11月13号"; Korean spaced, "2026년 11월 24일"), after a year that make it a decade ("1990年代"),
    after a month ("11月份"), and after a date that make it "since" ("以来", "から")."""

    year: Words = []
    month: Words = []
    day: Words = []
    decade: Words = []
    month_suffix: Words = []
    since: Words = []


class Vague(_Strict):
    """Vague amounts: "thousands" (a plural scale) and "several" (a multiplier)."""

    plural_scales: Numbers = {}
    multipliers: Numbers = {}


class Status(_Strict):
    """Words that make a figure pledged, planned or rumoured rather than reported."""

    pledged: Words = []
    planned: Words = []
    rumoured: Words = []
    commit_modals: Words = []
    future_modals: Words = []
    giving_verbs: Words = []


class Certainty(_Strict):
    """Hedges ("reportedly") and confirmations ("confirmed")."""

    hedged: Words = []
    confirmed: Words = []


class Ranges(_Strict):
    """How two figures make a range ("10,000 to 12,000", "between 3 and 5")."""

    joiners: Words = []
    openers: Words = []
    paired_joiners: Words = []
    paired_openers: Words = []
    alternative_joiners: Words = []
    change_openers: Words = []
    # a joiner that tells a change where money is named after both numbers ("2500万円から
    # 5000万円へ"), not a range (extract/figures.py range_)
    change_joiners: Words = []


class Kinds(_Strict):
    """Cues for a figure's kind: a limit, a change, a subset or a rate rather than a total."""

    after_noun: bool = False
    limit_before: Words = []
    limit_nouns: Words = []
    limit_verbs: Words = []
    limit_links: Words = []
    change_before: Words = []
    change_after: Words = []
    change_not_after: Words = []
    subset_before: Words = []
    subset_after: Words = []
    #: In the figure's clause after it: what is still there of a whole counted before
    #: ("6,000 troops still deployed", "остаются"): a part, not the cumulative total.
    remaining_after: Words = []
    rate_after: Words = []
    rate_before: Words = []
    rate_not_after: Words = []
    rate_not_before: Words = []


class RatioWords(_Strict):
    """ "one in five", "trois accidents sur dix", "uno de cada cinco": a share written as a
    count and its base (extract/figures.py ``_ratio_at``)."""

    # the words joining the count to its base ("in", "sur", "su", "de cada", "из")
    joiners: Words = []
    # words that stand for one before the joiner ("one", "un", "une", "una")
    ones: Words = []
    # how many words of the counted noun may stand between the count and the joiner, where
    # the language puts the noun there ("trois accidents mortels sur dix"): 0 in English
    gap: int = 0


class TimeWords(_Strict):
    """Quarters ("second quarter": 2) and seasons as first and last month; relative time
    phrases ("il mese scorso": "last month") and the words that put a figure in a month
    ("a novembre", "em novembro", "w listopadzie"), resolved against the published date."""

    quarters: Numbers = {}
    seasons: dict[str, list[int]] = {}
    relative: dict[
        str,
        Literal[
            "last week",
            "this week",
            "next week",
            "last month",
            "this month",
            "next month",
            "last year",
            "this year",
            "next year",
        ],
    ] = {}
    # "last August", "next March": a word before a month name and which such month it means
    month_relative: dict[str, Literal["last", "this", "next"]] = {}
    # The same after the month ("mars prochain", "ottobre scorso", "مارس المقبل")
    month_relative_after: dict[str, Literal["last", "this", "next"]] = {}
    # "today", "yesterday", "this morning": days before the published day (0 is that day)
    days: Numbers = {}
    # "at the time", "during the month", "that week": the time the text named last
    back_references: Words = []
    # "last year": -1; a quarter, half or part "of" such a year is in it (extract/timex.py)
    year_refs: dict[str, int] = {}
    period_links: Words = []
    halves: Numbers = {}  # "first half": 1
    year_parts: Numbers = {}  # "start": 1, "end": 12 (the month of "the end of the year")
    to_date: Words = []  # "so far this year": the published day
    year_units: Words = []  # "year", "years" in "two years ago"
    # "ago": counted from the published year; "earlier": from the time named before it
    years_back: dict[str, Literal["published", "named"]] = {}
    deadline_prepositions: Words = []  # "by October" in a plan: the next October
    deadline_bounds: Words = []  # "by", "before": a pledge's deadline month is the next one
    month_prepositions: Words = []
    # Day names, Monday first: "on Saturday" is the latest Saturday up to the published date.
    weekdays: Words = []
    # A weekday's other forms, inflected or with a mark, and which day each is (Monday 0):
    # "в пятницу", "w piątek", "الجمعة" (extract/timex.py weekday)
    weekday_numbers: Numbers = {}
    # The words inside the time shapes of extract/timex.py, so English is a folder like the
    # others: a language that lacks one reads no such shape (its pattern matches nothing),
    # never with an English word.
    span_openers: Words = []  # "between/from March 2023 and June 2025"
    span_links: Words = []  # "and", "to", "until", "through" between a span's ends
    span_prepositions: Words = []  # "in January and February": before a span of months
    paired_links: Words = []  # "and": two months are a span only after an opener
    quarter_nouns: Words = []  # "the third quarter", "the July-September quarter"
    of_links: Words = []  # "March of 2024", "the third quarter of 2024", "the start of"
    quarter_marks: Words = []  # "Q" in "Q1 2024"
    half_marks: Words = []  # "H" in "H1 2024"
    day_suffixes: Words = []  # "3rd May", "May 3rd"
    year_to_links: Words = []  # "the year to March", "the year ending March": at its end
    # "last week", "this month", "past year" ("past": a stretch ending on the published day)
    recent: dict[str, Literal["last", "this", "past"]] = {}
    recent_units: dict[str, Literal["week", "month", "year"]] = {}
    decade_ends: Words = []  # "by the end of the decade": its last year
    month_openers: Words = []  # "in", "since", "by" before a month: the latest such month
    month_modifiers: Words = []  # "early", "late", "mid" before a month
    before_words: Words = []  # "before 2017", "prior to": a time the figure held before
    # "said on Tuesday that Russia fired 11 missiles last month": between a time and a later
    # figure, the word opening what was said; the time is the saying's (extract/timex.py)
    reported_links: Words = []
    # A comparison between a figure and a later time makes the time the base's ("fell 18%
    # compared with the same day last week", "than in 2023", "up 3% on the same period
    # last year"): its links, "than" and the words after it, and the prepositions of a base.
    compared_links: Words = []
    than_words: Words = []
    than_followers: Words = []
    base_prepositions: Words = []
    base_followers: Words = []
    # Between a time and a later figure: the figure is a base set off after the time's
    # clause ("80,000 tonnes in 2026, against fewer than 9,000", ", as against")
    base_after: Words = []
    base_after_leads: Words = []
    when_words: Words = []  # "since 1968, when 14 died": the clause's figures hold then
    # "since", "from" before a time: an open interval ("since the start of", "from early")
    since_words: Words = []
    since_parts: Words = []
    since_starts: Words = []  # "since the start (of October)"
    # "since the war began in October 2023": a clause of "since" ending in a time
    since_clause_openers: Words = []
    since_clause_links: Words = []


class PublisherWords(_Strict):
    """The organisation a note speaks for (extract/roles.py): "we" and "our" outside
    quotes, read from its copyright or authors' line when the name holds an organisation
    word."""

    first_person: Words = []
    # The publication naming itself ("este diario", "questo giornale"): a count of its own
    # ("según las cuentas de este diario") is the writer's (extract/plain.py own_count).
    self_names: Words = []
    organisation_words: Words = []
    name_joins: Words = []  # small words inside a name: "Center for Allied Strategy"
    copyright_marks: Words = []
    copyright_links: Words = []  # "Copyright 2025 by the ..."
    staff_links: Words = []  # "X is a senior fellow at ..."
    staff_prepositions: Words = []


class ExtractWords(_Strict):
    """``languages/<xx>/extract.yaml``: the words the extractor reads figures with."""

    language: str
    parser: bool = True
    # False for a script written without spaces (Japanese, Chinese): its runs are cut around
    # numbers by ``digit_prefixes`` (everything that glues after one), numerals and vague
    # prefixes (extract/tokens.py ``Unspaced``), and measures are read from the clause.
    spaces: bool = True
    # Number formats and number words.
    decimal_point: str = "."
    group_separator: str = ","
    # Thousands also grouped with a space ("11 000") where group_separator is not one:
    # Portuguese writes "11.000" (CLDR pt, Brazil) and "11 000" (pt_PT).
    spaced_groups: bool = False
    # A comma before one or two digits is a decimal point, though the folder's decimal
    # point is another ("2,5 مليون" beside "2.5 مليون" in Arabic copy): no group of three.
    comma_decimals: bool = False
    number_words: Numbers = {}
    # Which library reads this language's number words ("deux cent mille", "dreiundzwanzig",
    # "двухсот тысяч"): a name in ``extract.numbers.NUMBER_READERS``; "words" reads them
    # with ``number_words`` and ``scales`` above (English: the fast path; and languages no
    # library serves). A library's reading comes first; the folder's words still read what
    # it leaves ("une vingtaine").
    number_reader: Literal["words", "text2num", "number_parser"] = "words"
    weak_number_words: Words = []
    scales: Numbers = {}
    scale_abbreviations: Numbers = {}
    money_only_scale_abbreviations: Words = []
    # A scale and a currency abbreviated as one, two letters joined by a full stop
    # (Tunisian "48 م.د", million dinars; "750 أ.د", thousand dinars): abbreviation ->
    # [scale, ISO currency code] (extract/figures.py scaled_currency).
    scaled_currencies: dict[str, list[int | str]] = {}
    compound_numbers: bool = False
    # Joiners of a number written in parts: Arabic "12 ألفا و800" is 12,800 (a number below
    # the scale word before the joiner adds to it).
    compound_joiners: Words = []
    digit_prefixes: Words = []
    number_articles: Words = []
    counters: Words = []
    counter_words: Words = []
    # Nouns of people in general ("9.000 hombres", "7.900 homens"): what the clause's subject
    # names ("las bajas") says what they count (extract/extractor.py).
    generic_people: Words = []
    fraction_words: Numbers = {}
    fractions: dict[str, float] = {}
    # A multiple written as a word or a phrase ("twice", "doppelt", "il doppio", "вдвое",
    # "удвічі"): a figure of that many times, its bounds read before it as a fraction's
    # ("nearly twice": at most 2; extract/figures.py factor_words).
    factor_words: dict[str, float] = {}
    # Shares written without a number, read as a percentage ("一半" 50, "半数" 50), and in
    # scripts without spaces cut out of a run wherever they stand.
    shares: dict[str, float] = {}
    # "三分之一", "3分の1": a fraction written denominator, infix, numerator (as a percentage).
    fraction_infixes: Words = []
    # "3社に1社", "4人に1人": one in so many, a number, its counter, the infix, one and the
    # same counter again (as a percentage; extract/figures.py).
    one_in_infixes: Words = []
    # A time unit with a word of worth glued after it ("2.5か月分": two and a half months'
    # worth of pay): an amount, no duration (extract/traps.py glued_counter).
    worth_units: Words = []
    # "八成", "4割": tenths counted after a number up to ten (as a percentage, 10 each).
    tenths: Words = []
    # Words after a scale word that add half of that scale: Arabic "مليون ونصف" (a million
    # and a half) is 1,500,000, "3 ملايين ونصف" 3,500,000.
    scale_halves: Words = []
    # Nouns whose dual counts two (Arabic "جنديين" two soldiers, "دبابتين" two tanks): the
    # stems the dual is built on (only nouns whose plural is another form, so the ending is
    # no plural) and the dual's endings; a proclitic ("و", "ال") may stand before.
    dual_stems: Words = []
    dual_endings: Words = []
    standalone_fractions: Words = []
    # A fraction's noun follows in the genitive, with no "of" word ("połowa pocisków",
    # "половина снарядов"): a fraction before a content word is a share.
    genitive_fractions: bool = False
    ordinal_suffixes: Words = []
    # A prefix glued before a number that makes it an ordinal, in a script without spaces
    # ("第三个年头", "第10波"): a place in order, no amount (extract/traps.py).
    ordinal_prefixes: Words = []
    ordinal_dot: bool = False
    # Abbreviations a full stop does not end before a capital or a figure ("ok. 300",
    # "gen. Kowalski"), besides the English ones in extract/sentences.py.
    abbreviations: Words = []
    of_words: Words = []
    percent_words: Words = []
    currencies: Currencies = Currencies()
    # Bounds, approximations, vague amounts, ranges.
    bounds: Bounds = Bounds()
    approx: Words = []
    # Approximations written after the number ("1000人左右", "500人程度").
    approx_suffix: Words = []
    vague: Vague = Vague()
    vague_prefixes: Numbers = {}
    multipliers_on_plurals: bool = False
    ranges: Ranges = Ranges()
    comparatives: Words = []
    # Time.
    months_capitalised: bool = False
    month_numbers: Numbers = {}
    weekdays: Words = []
    time_units: Words = []
    time_prepositions: Words = []
    time_modifiers: LegacyWords = []
    day_parts: Words = []
    clock_words: Words = []
    # "dalle 8 alle 18", "a las 15", "às 9": an article standing for the unnamed hours
    # before a small number that counts nothing (extract/traps.py clock_preposition)
    clock_prepositions: Words = []
    # "jede zweite Granate", "co trzeci pocisk": one in every N (extract/figures.py every_nth);
    # the ordinals where no library reads them ("trzeci": 3)
    every_words: Words = []
    ordinal_numbers: Numbers = {}
    # Words telling how many digits an amount has ("zweistellig": two), inflected after
    # them ("im zweistelligen Millionenbereich"): a vague amount, its floor the least such
    # number, of the scale the noun after opens with (extract/figures.py digit_count).
    digit_counts: Numbers = {}
    ratios: RatioWords = RatioWords()
    time: TimeWords = TimeWords()
    publisher: PublisherWords = PublisherWords()
    # A one-letter preposition written glued to a name, mapped to the letter of the article
    # it drops: Arabic "ل" + "الجهاز" is written "للجهاز" (extract/plain.py).
    elided_articles: dict[str, str] = {}
    # "citing satellite imagery": a speaker's evidence, not a source (extract/attribution.py)
    evidence_nouns: Words = []
    # Nouns that after an "according to" word make it "depending on" ("de 8 000 à 260 000
    # euros selon la gravité des séquelles", "según la edad"): a criterion, no one's name.
    criterion_nouns: Words = []
    # What the dependency reader (extract/attribution.py, languages with a parser) reads a
    # speaker's act with. A document a figure comes from ("the report", "a briefing"), whose
    # maker is the source ("a report by the NIS"); "intelligence" also names the services.
    document_nouns: Words = []
    # What a document is called when it is no one's name ("figures", "a poll"): the one who
    # made it is the source, the noun alone names no one.
    record_nouns: Words = []
    # A document noun that names a source on its own ("reports said", "estimates put").
    standalone_sources: Words = []
    # "Some estimates", "other reports": documents of several makers, none named.
    plural_quantifiers: Words = []
    # A request a figure answers ("in reply to an inquiry from lawmaker X"): its sender relays.
    asking_nouns: Words = []
    # Subjects that name no one ("it is said", "which says", "who said").
    expletives: Words = []
    # Verbs (lemmas) of telling someone ("told lawmakers", "briefed reporters").
    telling_verbs: Words = []
    # Verbs (lemmas) of passing on another's words: "X quoted Y as saying", "X, which cited Y".
    citing_verbs: Words = []
    # The conjunction of an adverbial clause of saying that frames the clause it joins
    # ("..., as most trackers assume"); others ("although experts say") set it against it.
    framing_marks: Words = []
    # The dependency reader's cues (extract/attribution.py), two words each: "according
    # to X" (X is the source), "cited by X" (X passes it on), and single words "citing X".
    according_cues: Words = []
    cited_by_cues: Words = []
    citing_cues: Words = []
    # Prepositions naming a document's maker ("a report from/by/of the NIS"), the author of
    # a poll or briefing after its noun ("a poll by X"), where data or a request came from
    # ("data compiled by X from the Canal Authority", "an inquiry from lawmaker X"), a
    # speaker's body ("officials at the ministry"), and the audience told ("told to X").
    maker_prepositions: Words = []
    author_prepositions: Words = []
    origin_prepositions: Words = []
    speaker_prepositions: Words = []
    audience_prepositions: Words = []
    # "they" (the people the sentence named before) and "their" as a subject's owner.
    people_pronouns: Words = []
    people_possessives: Words = []
    # Starts of nouns naming an unnamed source ("sources", "source close to") and those
    # who speak for a body ("officials", "a source").
    unnamed_source_stems: Words = []
    speaking_stems: Words = []
    # Prepositions after a verb that make a share a change ("raise output by 15 percent"),
    # not a level (extract/measures.py).
    change_prepositions: Words = []
    # Pronouns after "of" whose figure is a part of a whole named before ("1,000 of them"),
    # and the copula lemmas naming what that part is ("are engineers"; extract/units.py).
    of_pronouns: Words = []
    copula_lemmas: Words = []
    # "by X's own count", "on our latest estimate": the words opening such a phrase and
    # the words that may stand before its count noun (extract/attribution.py)
    count_openers: Words = []
    count_modifiers: Words = []
    head_prepositions: Words = []  # "a spokesman for X": the head noun comes before these
    # "a spokesperson said": the body named before the figure, else the latest body source
    spokesperson_nouns: Words = []
    indefinite_articles: Words = []
    # Units, measures, designations and labels.
    calibre_units: Words = []
    length_units: Words = []
    length_followers: LegacyWords = []
    # Plurals not ending in "s" ("1.2m people", "3m children"): after a glued "m", a
    # plural noun makes it millions, not metres (extract/figures.py).
    irregular_plurals: Words = []
    # Words before a figure in words that make it approximate ("only a third", "roughly
    # half"), besides the approximations proper (extract/figures.py).
    loose_approx: Words = []
    speed_units: Words = []
    # Units of a device's rating ("230 volt", "60 watts", "50 Hz", "85 decibels"): like a
    # speed, a specification, not a claim (extract/traps.py).
    rating_units: Words = []
    size_followers: LegacyWords = []
    designation_words: LegacyWords = []
    label_prefixes: Words = []
    # Abbreviations a full stop closes before a number that labels a place in a text ("pp.
    # 31", "Vol. 3", "с. 231", "S. 12"): the number is a label (extract/traps.py
    # abbreviated_label). English's hold in every language; a language adds its own.
    label_abbreviations: Words = []
    label_nouns: Words = []
    locational_words: LegacyWords = []
    spec_nouns: Words = []
    # A poll's confidence words near a percentage ("95% 신뢰수준", "信頼水準95％", "95%
    # confidence level"): the level is no claim (extract/traps.py confidence_level).
    confidence_words: Words = []
    pair_nouns: Words = []
    age_words: Words = []
    age_nouns: Words = []
    # "20대 초반" (in their early twenties): a round figure with a decade counter glued
    # after ("대", also a counter of vehicles) is an age when an age word follows.
    age_decade_counters: Words = []
    age_decade_words: Words = []
    nominal_adjectives: Words = []
    count_verbs: Words = []
    count_nouns: Words = []
    counting_compounds: Words = []
    toll_units: dict[str, str] = {}
    unit_is_capitalised: bool = False
    nouns_capitalised: bool = False
    # Where nouns are capitalised, the lower-case words a name holds between its capital
    # words ("Institut für Wirtschaftsforschung", "Bundesamt für Migration und
    # Flüchtlinge"); any other lower-case word is an adjective before a noun or a
    # connector, else the verb after the name ("Laut Seidel öffnen im Sommer").
    name_connectors: Words = []
    adjective_endings: Words = []
    # Endings of a lower-case word that make it a verb, so a name read after a cue ends
    # before it ("Według danych ministerstwa oddano": ministerstwa, not "... oddano").
    verb_endings: Words = []
    # Grammar the parser-free reading needs.
    function_words: Words = []
    anaphoric_determiners: Words = []
    # A determiner on a place ("同国", "该国", "同市": that country, that city) before a
    # body's noun: the body it qualifies is named ("同国国防省情報総局" is the ministry's
    # bureau), not the latest source again (extract/unspaced.py).
    anaphoric_places: Words = []
    # The same for a country ("同国", "该国"): its name is read from CLDR's country names.
    anaphoric_countries: Words = []
    # Data received from a body before a cue ("국방부로부터 제출받은 자료에 따르면"): the verbs
    # of receiving, and the endings marking whom from; the body is the source, who received
    # the data passes it on (extract/topic_sources.py).
    received_verbs: Words = []
    received_from: Words = []
    # A survey one body asked another to make ("본보가 X에 의뢰한 조사에서"): the verbs of
    # asking for it, and the endings marking whom it was asked of; that body made it and is
    # the source (extract/topic_sources.py).
    commissioned_verbs: Words = []
    commissioned_to: Words = []
    # Verbs of putting a document out ("새봄증권은 … 보고서를 내고"): the topic before the
    # document made it, and the document speaking later ("보고서는 … 추정했다", "…는 게
    # 보고서의 진단이다") is that maker's word (extract/topic_sources.py).
    published_verbs: Words = []
    # Infinitives of the auxiliaries a verb of saying takes for what is said ("déclarent
    # avoir refusé", "afirman haber cerrado"): the words after the verb are then what was
    # said, no speaker named after it (extract/plain.py).
    said_infinitives: Words = []
    # A relative "what" right before a verb of saying ("…، وهو ما نفاه الوزاني": which al-Wazzani
    # denied): the verb tells of what was said before, whose figures are not the speaker's.
    what_relatives: Words = []
    # Negations right before a verb of saying ("n'", "ne", "no", "не"): a subject that does
    # not confirm, or denies, a figure is not its source ("ce que Moscou n'a pas confirmé").
    # Elided forms end with their apostrophe.
    speech_negations: Words = []
    # The second word a negation needs in the clause, where one alone restricts ("ne ...
    # que": only): "pas", "ni", "jamais".
    negation_partners: Words = []
    # Nouns after a length that make it a distance, where a noun after a length otherwise
    # names what is that long ("30 Kilometer Luftlinie", but "drei Kilometer Schlauch").
    distance_nouns: Words = []
    # A bound noun glued to its cue ("FT가 … 인용해 보도한 바로는": by what the FT reported):
    # who told it is the subject before the verb qualifying it (extract/topic_sources.py).
    according_to_bound: Words = []
    # Nouns that close a sentence after a quotative clause ("…가까이 된다는 것이다": that is,
    # …) and make it the latest source's word, as a closing noun of data does.
    quotative_closers: Words = []
    # Adverbs that stand between a noun of data and its verb in a cue written without
    # spaces ("统计则显示", "数据也显示"): each cue is read with them too (extract/unspaced.py).
    cue_adverbs: Words = []
    # Relative pronouns that say "according to which" after a comma ("Zahlen der
    # Bundesagentur für Arbeit, wonach …"): the name before the comma is the source.
    relative_cues: Words = []
    # Definite articles: "the port", "the company" (lower-case words after one, no name) is
    # a generic phrase that gives way to a named speaker in the same sentence.
    definite_articles: Words = []
    anaphoric_subjects: Words = []
    # A person's office or role naming someone named before ("l'édile", "o autarca", "il
    # primo cittadino"): it means the latest source named as a person (two capitalised
    # words, no article before them), not the latest body (extract/plain.py).
    person_references: Words = []
    # Personal pronouns: a speaker that is one means the latest source, and a pronoun names
    # no noun an earlier source's name could be matched on ("he", "we", "you").
    personal_pronouns: Words = []
    person_pronouns: Words = []  # "he", "she": the latest person named (extract/roles.py)
    body_pronouns: Words = []  # "it": the latest source that is no person
    # Pronouns glued onto a noun as possessives ("خطتها" its plan): a noun of data with one
    # after a cue means whose data it is, a source named before (extract/plain.py).
    possessive_suffixes: Words = []
    # A noun's last letter as written before such a suffix -> as it ends alone ("خطتها",
    # "خطة": the feminine ending).
    possessive_stem_endings: dict[str, str] = {}
    # Heads of a source's name that mean a person ("a spokesman", "the officials")
    person_nouns: Words = []
    # Nouns of people beside the person nouns that may speak as a few ("two people close to
    # the campaign said"): a small count of them as a reporting verb's subject is no claim.
    speaker_nouns: Words = []
    # Last words of a body's name in a script without spaces ("国防部", "防衛省", "県"):
    # an unnamed official of one ("美国国防部官员", "米政府当局者") is read as the body, and
    # a one-character body ("県によりますと") is a name (extract/unspaced.py)
    body_nouns: Words = []
    # A back-reference's head and the heads of the names it may mean ("the spy agency" is
    # the National Intelligence Service): head -> words one of which the name holds
    source_kinds: dict[str, Words] = {}
    # Verbs that give a described agent its name ("a user called Z", "a weekly named X").
    naming_verbs: Words = []
    particles: Words = []
    # Prefixes glued to a word (Arabic و "and", ب "with", ل "for", the article ال):
    # taken off, longest first, before a word is matched to a measure noun.
    proclitics: Words = []
    # Prefixes that make a word definite ("ال", "بال", "لل"): a definite word closes the name
    # of one telling its own plan, verb first (extract/plain.py verb_first_pledger)
    definite_prefixes: Words = []
    # The verb comes before what it counts ("قُتل 300 جندي", "أصيب نحو ألف"): the words just
    # before a figure may name its measure, and win over those after it.
    verb_first: bool = False
    # The first word after a figure names what it counts and the words after qualify it
    # ("قذيفة مدفعية" an artillery shell, "حاوية ذخيرة" an ammunition container): the
    # measure is read from that word (a casualty word in the clause still re-purposes it).
    head_first: bool = False
    verb_final: bool = False
    # A person's name stands before their title and the script has no capitals
    # ("도경민 선임연구위원"): names are read before the title (extract/plain.py).
    names_before_titles: bool = False
    # Attribution.
    # Reflexive pronouns standing before their verb ("se", "si"): the lower-case word
    # before one is a subject's noun, not a verb ("La diputación se comprometió", "la
    # provincia si è impegnata"; extract/plain.py subject_phrase).
    reflexive_pronouns: Words = []
    # Object pronouns standing between a quotation's comma and the verb of saying that
    # closes it ("», nous confiait la maire", "», nos dijo el alcalde"): the speaker
    # still follows the verb (extract/plain.py).
    object_clitics: Words = []
    according_to: Words = []
    # Phrases after a figure naming where it came from ("这一数字出自X发布的报告": this
    # figure comes from X's report): X is its source, and who told it passes it on
    # (extract/unspaced.py).
    figure_origins: Words = []
    according_to_after: Words = []
    # Cues after their source only where a noun of data stands right before them ("교통국
    # 자료를 보면": looking at its data; "지역별로 보면" names no one).
    according_to_after_data: Words = []
    # Cues after their source only past a verb making the document ("X가 실시한 조사에서":
    # in the survey X made); a survey with no such verb is no cue (extract/topic_sources.py).
    according_to_after_made: Words = []
    # Bound nouns an "according to" cue may follow in place of a noun of data ("러시아
    # 내무부가 공개한 바에 따르면": according to what the ministry disclosed): the subject of
    # the verb qualifying them gave it (extract/topic_sources.py).
    bound_nouns: Words = []
    reporting_verbs: Words = []
    passive_reporting_verbs: Words = []
    # Verbs of saying, whole words or phrases (one word may stand inside a phrase: "a
    # toutefois évoqué"). "head … particle" is a separable verb, matched at its head where
    # the particle closes the clause ("gehe … aus": "Der Dienst gehe von 17.000 aus, …").
    speech_verbs: Words = []
    # A perfect of saying whose participle closes the clause ("Über 30.000 Container hätten
    # Analysten des Instituts gezählt", "Der Dienst hat die Zahl am Montag genannt"): each
    # auxiliary with each participle is a verb of saying "aux … participle", matched at the
    # auxiliary (extract/plain.py).
    perfect_auxiliaries: Words = []
    # A separable verb's particles ("vor", "hinzu", "ein"): a two-word verb of saying closing
    # on one ("rechnet vor") is read separated too, its speaker between ("…, rechnet
    # Hegewald vor").
    separable_particles: Words = []
    perfect_participles: Words = []
    # Words opening a clause of what was said ("że", "que", "dass", "что"): a named subject
    # and one or two words of a verb before one say it, whatever the verb ("Radny Kamil
    # Wrzos wytknął, że …"; extract/plain.py)
    that_words: Words = []
    attribution_nouns: Words = []
    # A document's owner follows it in the genitive, whatever its capital ("сводке
    # областного министерства", "raportu ministerstwa"): the words after the noun are the
    # source. Not Arabic, whose adjectives follow the noun too ("مصادر حكومية").
    genitive_owners: bool = False
    intermediary_cues: Words = []
    source_cue_words: Words = []
    media_cues: Words = []
    # Labels of a fact box's credit line, lower case ("Fuente: Adif", "Quelle: ..."): the
    # name after one is the source of the box's figures that name none (fact_lines.py).
    source_labels: Words = []
    producing_verbs: Words = []
    # Document layout the English reading attributes by (extract/turns.py, tables.py,
    # roles.py): transcript speaker labels and the askers' labels that name no source,
    # titles before a person's name (with the word each stands for), a table's header
    # for its source column, role nouns that refer back to a named person ("the
    # intelligence chief"), nouns of a possessive count ("by X's count"), the marks of a
    # parenthetical estimate ("(JCS est.)") and words that are never an intermediary.
    speaker_askers: Words = []
    speaker_answerers: Words = []  # "A:" answers for the speaker the question addressed
    speaker_headers: Words = []  # "Briefer: Jeon Ha-kyu": the person who speaks next
    # Nouns of the document being read ("الورقة", "das Papier"): one standing alone as a
    # source is the writer's own voice, no speaker (extract/plain.py document_itself).
    own_document_nouns: Words = []
    # Words of the writer's own sum of figures given before, outside quotes
    # ("Zusammengerechnet", "Razem daje to", "사상자는 9천 명을 웃도는 셈이다", "合わせれば"):
    # no source carries over to it (extract/plain.py _writer_sum).
    writer_sums: Words = []
    # Verbs of a subject's own intention ("Vivalys prévoit d'ouvrir", "Dyrekcja planuje",
    # "Міська рада планує"): the body or office opening the sentence before one tells its
    # plan, as a promiser tells its promise (extract/plain.py pledger). Not the modals of
    # another's forecast ("pourrait", "może"), which stay in ``status.planned`` only.
    plan_verbs: Words = []
    # A bracket closing a sentence names who gave its figures ("…だという（クラブ広報）。",
    # "（県警調べ）", extract/unspaced.py _closing_tag): words of data that may follow the body
    # in it ("調べ", "発表"), and the offices that speak for a body ("広報", "警").
    closing_tag_data: Words = []
    closing_tag_offices: Words = []
    # Words that only stress a back-reference after its article ("the same agency" is
    # "the agency"; extract/attribution.py).
    reference_stress: Words = []
    # Where nouns join into one word (German): words that are an "according to" cue before
    # a compound ending in one of ``attribution_nouns`` ("nach Polizeiangaben": the police).
    according_to_compounds: Words = []
    # The data nouns such a compound ends in ("angaben", "schätzungen"): the word before
    # them is the data's owner ("Polizeiangaben": Polizei). Only nouns no other word ends in.
    compound_data: Words = []
    # A body named by its kind alone once the text has named it in full (Korean "시는",
    # "도는": the city, the province): the source is written with the full name the text
    # gives that kind ("청하시(시)", extract/plain.py _kinds_in_full).
    body_kinds: Words = []
    # Areas, in the forms they take after an impersonal verb's preposition ("w
    # województwie stwierdzono", "в области выявили"): where something was found, no body
    # that said it (extract/impersonal.py).
    area_nouns: Words = []
    # Endings only an object takes, for a language no analyser reads (Polish dative
    # "Kimowi", "Zełenskiemu"): a name so ending right after a verb of saying is whom it
    # was said to, not who said it (extract/impersonal.py _object_after_verb).
    object_endings: Words = []
    # An interview's opening in the plain reading (extract/plain.py Interview): words right
    # before the guest's name ("Rozmowa z", "entretien avec", "поговорили з"), who answers
    # every unlabelled answer; and a byline's words before the one who asks ("Rozmawiał:",
    # "Propos recueillis par"), whose name is never the guest and whose label asks.
    interview_cues: Words = []
    # A question's mark opening its line in an interview ("―", "Q."): the line asks, and a
    # quoted paragraph after it answers.
    question_openers: Words = []
    # The endings of a sentence spoken to an audience, not written as a report (Korean
    # "-습니다.", "-십시오."): in a transcript, a paragraph with no label of its own opening
    # so goes on the turn of the labelled paragraph above it.
    spoken_endings: Words = []
    # A reporter's roles in a transcript's turn label ("correspondant à Séoul", "INVIATO",
    # "corresponsal"): their turn is the programme's own report, not a guest's answer.
    reporter_roles: Words = []
    # A broadcast script's mark of a soundbite opening its cue line ("[TOTAL — X, role]",
    # "[SONORE — X, maire]", "[O-TON — X, Bürgermeisterin]"): the line below is X's turn.
    soundbite_cues: Words = []
    interviewer_cues: Words = []
    # The one answering speaking for themself ("io direi", "meines Wissens", "по-моему"):
    # an answer's sentence with one of these is theirs, not the source its turn cited before.
    speaker_first_person: Words = []
    person_titles: dict[str, str] = {}
    # A data table's column headers naming who gives each row's figures ("Source", "Quelle",
    # "Fuente", "출처") and when they hold ("As of", "Stand", "Fecha", "기준"): a row's cell in
    # the first is its figures' source, in the second their time (extract/tables.py).
    table_source_headers: Words = []
    table_time_headers: Words = []
    role_nouns: dict[str, str] = {}
    count_possessives: Words = []
    estimate_marks: Words = []
    via_debris: Words = []
    # Irregular forms of the reporting verbs ("said", "told", "wrote"): a sentence holding
    # one is parsed for its attribution even without a figure.
    reporting_verb_forms: Words = []
    # Words between an earlier time and a figure that make the figure hold now ("launched
    # in 2004, now covers 8 million people"): its as_of is the published date.
    present_words: Words = []
    # Verbs of counting whose subject is the source when they are the sentence's main verb
    # and no verb of saying frames it ("Analysts counted 46 trains").
    counting_verbs: Words = []
    # Words in a report's opening before the time its figures hold ("estimates as of August
    # 2025"): figures without a time of their own hold then.
    frame_time_cues: Words = []
    # Openings of a line that make it the writer's background ("Some background:"): no
    # source is carried into its figures.
    background_cues: Words = []
    # Roles of people who pass on a briefing they heard ("lawmaker X told reporters" after
    # "the agency told a committee"): with no body named in their sentence, the document's
    # latest body is the source and they are via (extract/attribution.py)
    relaying_roles: Words = []
    # Words of a briefing heard ("brifingu", "unterrichtet", "إفادة"): a lawmaker relaying
    # in a sentence holding one, with no body named, passes on the latest source before
    # (the plain reader; extract/speaker_roles.py)
    briefing_words: Words = []
    # Bodies that hear a briefing: committees ("ausschuss", "комитет", "commission",
    # "위원회"). A name after a briefing's word holding one ("nach einer Sitzung des
    # Geheimdienstausschusses") is the audience, never the body that briefed. Found inside
    # a word, case-folded (compounds: "Geheimdienstausschusses"; extract/plain.py)
    audience_words: Words = []
    # Where unconfirmed claims circulate ("Telegram", "Militärblogs", "réseaux sociaux",
    # "블로거"): a figure a sentence naming one gives with no speaker of its own is that
    # medium's (extract/hearsay.py). Entries ending in "*" are stems, found inside a word.
    hearsay_media: Words = []
    # The word after people a figure circulates among ("사이에서는"): they are its source
    hearsay_among: Words = []
    # Openings that compare a figure with the one before ("That is up from 3,500 in 2023"):
    # the sentence continues its paragraph's source, dated or not (extract/extractor.py)
    continuation_openers: Words = []
    # A page's correction note ("Correction: an earlier version of this article said
    # 7,500"): the labels that open one (followed by a colon or a closing bracket), the
    # phrases naming an earlier version of the page, and the words that turn to the right
    # figure ("the correct figure", "正しくは"). A figure the note gives before any turn is
    # retracted, no claim (extract/corrections.py).
    correction_labels: Words = []
    earlier_version_cues: Words = []
    correction_turns: Words = []
    # A figure set aside for another ("nicht 14, sondern elf", "не 14, а 11–12 тисяч",
    # "non 90, ma 64"): a negation right before it and, just after it and its noun, the
    # word that turns to the right one. The first is no claim (extract/traps.py).
    rejecting_negations: Words = []
    rejecting_turns: Words = []
    # The bands a radio station names beside its frequency ("97.4 FM", "UKW 101,4"), as
    # written: joined to English's in every folder (extract/traps.py, radio_frequency).
    frequency_bands: Words = []
    # Attribution read without a parser (extract/plain.py); English's parse needs none.
    # An intermediary citing the source that follows: "X, citando a Y", "unter Berufung
    # auf Y berichtete X", "со ссылкой на Y": Y is the source, X goes to via.
    citing: Words = []
    # The intermediary follows, the source stands before: "Y, cité par X": X goes to via.
    cited_by: Words = []
    # Words that end a source's phrase and that no source starts with: conjunctions and
    # relative pronouns ("que", "dass", "что"), prepositions opening another phrase, a
    # separable verb's particle ("teilte X mit"). Stems may end in "*".
    source_stops: Words = []
    # Time words skipped before a source and ending it after ("informó este martes el
    # NIS", "teilte der Generalstab am Montag mit"); months are read from month_numbers.
    source_skips: Words = []
    # "According to him" phrases naming the latest earlier source ("según él", "за його
    # словами"); back-references such as "la agencia", "ведомство*" are anaphoric_subjects.
    anaphoric_cues: Words = []
    # Openers of a sentence whose source is that of the sentence before ("Об этом
    # заявил X", "Про це повідомив X", "Así lo explicó X").
    retro_cues: Words = []
    # "According to" cues that inflect the name after them ("по данным разведки", "за
    # даними розвідки"), and the library that puts it back in the nominative
    # (extract/names.py NAME_READERS; "none": names are read as written).
    inflected_cues: Words = []
    name_reader: Literal["none", "pymorphy3", "endings"] = "none"
    # For name_reader "endings" (German): a name's leading adjectives and head noun lose
    # the endings its cue put on them, {"adjective": {"en": "e"}, "noun": {"es": ""}};
    # nouns only after a cue ending in one of genitive_articles ("nach Angaben des
    # südkoreanischen Militärs": "südkoreanische Militär").
    name_endings: dict[str, dict[str, str]] = {}
    genitive_articles: Words = []
    # Words by which a verb of saying names who was told, before the speaker that follows
    # ("a déclaré à l'AFP un officier", "dijo a EFE un portavoz"): that part is skipped.
    addressee_words: Words = []
    # Possessives that open the speaker after who was told, as an article does ("explicó a
    # la prensa su abogada", "a déclaré à la presse son avocate").
    speaker_possessives: Words = []
    # Dative articles by which a verb of saying names who was told after its speaker
    # ("sagte Choi der Nachrichtenagentur Yonhap", "teilte die VBL unserem Sender mit"):
    # with a word of media_cues next, the speaker ends there.
    told_after_articles: Words = []
    # Bare datives naming who was told between a verb of saying and its speaker, in a
    # language whose cases are not read (``_past_dative``): "przekazał nam oficer",
    # "powiedziała dziennikarzom posłanka".
    dative_words: Words = []
    # Prepositions glued onto a number word, read through ("بسبعة آلاف": with seven thousand).
    number_proclitics: Words = []
    # Words after which a clause opens with its subject, in a language whose verbs of
    # saying come first (speaker_after_verb): "بأن جهاز الاستخبارات الوطني أبلغ اللجنة", the
    # body before the verb speaks, the committee after it was told.
    subject_first_after: Words = []
    # Words opening a relative clause set off by commas between a speaker and its verb of
    # saying ("un officier, qui a requis l'anonymat, a déclaré"): the clause is passed over.
    relative_pronouns: Words = []
    # A verb of saying may stand without its subject ("Calcula que", "Stima che"): its
    # speaker is the subject of the sentence before, else the latest source.
    pro_drop: bool = False
    # A person is named with a title or a courtesy word after the name ("浅倉市長", "花村氏"),
    # so a topic ending in none, nor in a body's noun, is a thing ("税収は…を見込む"), no
    # speaker, beside a body that speaks (extract/unspaced.py).
    titled_speakers: bool = False
    # Auxiliary verbs ("a", "ha", "è"): in the sentence before such a sentence, the subject
    # ends where its verb starts (an auxiliary, or a word followed by another function word).
    auxiliaries: Words = []
    # A verb-first language's auxiliary opening a clause whose subject stands before a
    # particle and the verb ("وكانت وزارة الصحة قد تعهّدت": had pledged), and that particle:
    # the subject between them is the verb's, as after a verb opening the clause.
    subject_frame_openers: Words = []
    subject_frame_particles: Words = []
    # After a data noun, the word by which the body that gave the data follows ("selon les
    # chiffres publiés mardi par le ministère", "secondo i dati diffusi dall'Istat").
    agent_prepositions: Words = []
    # "According to" cues only where they open a clause and a comma closes the name after
    # them, a capitalised one ("Pour la CGT, ...", "Per il ministero dei Trasporti, invece,
    # ...", "Para el Gobierno, ..."): elsewhere the word is a plain preposition.
    according_to_opening: Words = []
    # "By its own account" cues: the source is the clause's subject ("Die Ukraine hat nach
    # eigenen Angaben ...", "el ministerio, según sus propios datos, ...").
    own_account_cues: Words = []
    # The speaker follows its verb of saying ("قال الوزير إن"): read after the verb first,
    # before it only when nothing stands after ("إن الوزارة تقدّر أن").
    speaker_after_verb: bool = False
    # Articles only a subject opens with (German "der", "ein"): in a verb-second language a
    # verb of saying followed by such a phrase has its speaker there, and the phrase before
    # the verb is what it tells of ("Die Verluste bezifferte der Geheimdienst auf 6.500").
    subject_articles: Words = []
    # Articles no subject opens with (German "den", "einem"): a clause opening with one, or
    # with a preposition, has the speaker of its verb of saying after the verb ("Den Schaden
    # beziffert die Verwaltung auf 3 Mio. Euro").
    object_articles: Words = []
    # Determiners that make the word after them a noun, not a verb of saying ("Esa cifra
    # equivaldría", "Cette estimation"): like the articles.
    noun_determiners: Words = []
    # Words for nobody or nothing ("nadie", "ولا شيء"): a subject made of them is no speaker.
    nobody_words: Words = []
    # The makers of a document as it calls them ("the authors"): a back-reference to whoever
    # made the document named last with its maker ("the report by X"; extract/attribution.py).
    document_authors: Words = []
    # The prepositions naming that maker after the document ("by"; extract/roles.py).
    made_by_prepositions: Words = []
    # Pronouns pointing at what was told ("Cela porte à sept le nombre", "Esto eleva a
    # 300"): the subject of a verb of reporting that names no speaker.
    demonstrative_pronouns: Words = []
    # A pronoun (glued to "that" in Arabic) right before a verb of saying is its subject: the
    # words after the verb are what is said, not who says it ("أعلنت الوزارة ... أنها تقدّر
    # صابة الموسم بنحو 340 ألف طن": the ministry estimates; extract/plain.py)
    subject_pronouns: Words = []
    # A verb of saying closing a sentence (", сообщили в пресс-службе губернатора.", "–
    # przekazała gmina Goniądz.") also names the source of the sentence right before it in
    # its paragraph, whose figures have none (extract/speaker_roles.py reach_back)
    closing_source_reaches_back: bool = False
    # Verb-final languages whose speaker carries a topic particle (Korean "국정원은 ...고
    # 밝혔다"; extract/topic_sources.py): the particles, the endings of a quoted clause
    # ("...다고"), and cues following the cited source ("관계자를 인용해").
    topic_particles: Words = []
    # A sentence closing on a noun of data and its copula names whose judgement it is ("...
    # 있다는 게 국정원 판단이다"; extract/topic_sources.py): the copulas, and the endings of
    # the clause it nominalises before the owner ("게", "것이").
    judgement_copulas: Words = []
    judgement_openers: Words = []
    # Nouns of saying a verb-final sentence closes on after their owner ("…위원장의 말이다"):
    # the owner said the sentence before (extract/topic_sources.py).
    said_nouns: Words = []
    # What closes a source an "according to" cue opened, where the script has no spaces
    # ("据X称", "据X的数据"; extract/unspaced.py).
    according_to_close: Words = []
    # An "according to" cue standing inside its clause, with the closing words one of which
    # must follow its source ("记者从X获悉": {从: [获悉, 了解到]}; "从今年起" names nobody).
    framed_sources: dict[str, Words] = {}
    # Verbs of saying that count only closing their clause, before a comma ("国铁集团预计，…");
    # inside a clause they are the figure's own verb ("流动量预计将达到90亿人次").
    clause_speech_verbs: Words = []
    # Subject particles: between a quoted clause and its verb of saying the subject speaks
    # ('"..."고 국방부 관계자가 말했다'); elsewhere it is the quoted clause's own subject.
    subject_particles: Words = []
    # Relative times of a script without spaces, resolved against the published date:
    # "上个月": "month-1", "今年": "year0", "先週": "week-1", "昨日": "day-1".
    relative_times: dict[str, str] = {}
    # The last syllable of a verb's past stem and of its past adnominal form ("혔": "힌",
    # "밝혔" told, "밝힌" that told): a verb of saying before the counted noun names who
    # told of it ("국정원이 밝힌 사상자는"; extract/topic_sources.py).
    past_adnominal_endings: dict[str, str] = {}
    # A body's own periods, which no calendar resolves ("今期", "来期": this and next fiscal
    # year): a time, never the name of who speaks ("今期は…を見込む").
    fiscal_periods: Words = []
    # Dates written in such a script ("2024年11月13日"): see ``DateMarkers``.
    date_markers: DateMarkers = DateMarkers()
    quote_endings: Words = []
    citing_after: Words = []
    # A figure after one of ``part_openers`` in its sentence is part of the claim before it
    # ("このうち", "其中", "이 가운데"), one with ``more_words`` in its clause more of it
    # ("さらに", "再派出", "더 보낼"): it takes that claim's measure when its own clause names
    # none, and its source when it has none (extract/parts.py).
    part_openers: Words = []
    # Pronouns standing for the noun of an earlier figure, right after a figure or right
    # before it ("3 000 d'entre eux", "De ellos, unos 1.500", "di cui 600", "300 deles"):
    # the figure counts that figure's things (extract/pronoun_parts.py).
    part_pronouns: Words = []
    # Words opening a speaker's phrase that are not the speaker's name, in a script without
    # spaces ("別の韓国政府関係者", "不愿具名的院线负责人"): cut off (extract/unspaced.py).
    speaker_modifiers: Words = []
    # Words closing a speaker's phrase before the document it gave, in a script without
    # spaces ("情报总局同一声明称": the directorate's same statement): cut off with the
    # document's noun (extract/unspaced.py).
    document_determiners: Words = []
    # Conjunctions that may stand between a clause's start and its "according to" cue, in a
    # script without spaces ("但据X介绍", "而据X通报"): the cue still opens the clause and
    # the conjunction is no part of the name (extract/unspaced.py).
    cue_conjunctions: Words = []
    # Particles closing an adverbial phrase that may stand before a speaker's name in a
    # script without spaces ("同じ報告で国情院は": in the same report): the name starts
    # after the last one that stands between two words (extract/unspaced.py).
    adverbial_particles: Words = []
    # Said or believed with no one saying it, in a script without spaces ("…といわれる",
    # "…との見方もある", "俄方被认为"): a figure in a sentence holding one
    # has no source unless a cue names one; a verb of saying inside it has no speaker, and
    # an interview's answer is not its guest's (extract/unspaced.py, plain.py).
    nameless_cues: Words = []
    # Nouns holding a verb of saying, in a script without spaces ("说法", a claim: "但这一
    # 说法尚未得到证实" has no speaker "但这一"): the verb inside says nothing, and a
    # phrase holding one names no speaker ("这一说法", subject of "尚未得到证实").
    speech_nouns: Words = []
    # Words opening a bracket after a body's name that give the short form the text uses
    # from then on ("市发展和改革委员会（以下简称市发改委）"): the name keeps the short form in
    # its bracket, "市发展和改革委员会（市发改委）" (extract/unspaced.py).
    short_form_notes: Words = []
    more_words: Words = []
    # Status, certainty, estimates, changes and kinds.
    status: Status = Status()
    # Pronouns that, right after a verb of saying, are its subject where the verb comes
    # second ("Die Verluste beziffert er auf 6.800 Mann": he, the words before are its
    # object; extract/plain.py).
    inverted_subjects: Words = []
    status_weak_planned: Words = []
    # Endings of the future tense, where the language inflects it ("enviará", "arriveranno",
    # "coûtera"): a lower-case word of five letters or more ending so cues "planned" as the
    # folder's planned words do; a hedge ("terá") is none (extract/plain.py).
    future_endings: Words = []
    # Read the future tense from pymorphy3's tags ("составит", "вырастет": Russian's
    # perfective future has no ending of its own); Ukrainian's dictionary tags present
    # verbs as future too ("перебувають"), so its folder lists endings instead.
    future_by_morph: bool = False
    # A status cue anywhere in the figure's clause counts, after the figure too: German puts
    # participles and infinitives last ("hat 25 Mio. Dollar zugesagt", "dass Pjöngjang
    # 5000 Soldaten schicken könnte"); elsewhere only cues before the figure do.
    status_in_clause: bool = False
    certainty: Certainty = Certainty()
    estimate_words: Words = []
    estimate_links: Words = []
    change_verbs: Words = []
    # Lemmas of verbs that link a figure to what it counts without saying what happened
    # to it ("are", "include", "reach"): no predicate (``extract.predicates``).
    linking_verbs: Words = []
    kinds: Kinds = Kinds()
    # Page furniture inside article text.
    furniture_units: Words = []
    # A page counter's label right before its count, as social posts write them ("粉丝 486万",
    # "赞 3,207", "구독자 1.2만"): page furniture (extract/traps.py furniture_label).
    furniture_labels: Words = []
    # "Photo 3", "part 2", "Teil 2", "العدد 4127": a word before a number that counts the
    # page's own parts, or an issue (extract/traps.py counter_word)
    page_part_words: Words = []
    # Words of a street ("rue", "via", "ul.", "улица"), and endings of one written as a
    # compound ("Hauptstraße"): a bare number right after the street's name, or right
    # before the word, is a house number ("rue des Tanneurs 17", "17 rue des Tanneurs").
    street_nouns: Words = []
    street_suffixes: Words = []
    # Whether the house number may stand before the street's word ("17 rue des Tanneurs",
    # "17 Baker Street"), the word then singular; where numbers agree otherwise ("на 41
    # улице": on 41 streets) a number before one counts streets.
    street_number_first: bool = False
    # "llamadas al 112", "Notruf 110": the numbers services answer on, and the words that
    # name the service before one (extract/traps.py service_number)
    service_numbers: Words = []
    service_words: Words = []
    # "the 5 biggest banks", "die 3 wichtigsten Fragen": a count before a superlative picks
    # a ranking's top (extract/traps.py superlative_pick): the words, or the endings of a
    # lower-case word (after one of the prefixes, where the language puts the degree first)
    superlative_words: Words = []
    superlative_endings: Words = []
    superlative_prefixes: Words = []
    # "87th place out of 107 provinces", "all'87° posto su 107": the count a rank is out
    # of, after an ordinal in digits (extract/traps.py rank_total)
    rank_total_words: Words = []
    paywall_after: Words = []
    price_periods: Words = []
    price_context: Words = []
    # A subscription's price (extract/traps.py page_price): words before it that make it an
    # offer ("from", "от", "à partir de"), and words between it and its period ("a",
    # "per", "в", "на", "par": "$5 a month", "199 рублей в месяц"); a period may also follow
    # the price directly ("5 دولارات شهرياً") or stand before it ("月額980円").
    price_offers: Words = []
    price_per: Words = []
    # A label standing right before a sum, a colon after it or not ("Ціна 420 грн", "الثمن:
    # ٣٠٠ ريال", "Price: £25"): what a copy, a ticket or a book costs, a price (extract/
    # traps.py price_label).
    price_labels: Words = []
    # The language's words of one letter beside its articles and function words ("a", "I"):
    # such a capital before a number is a word, not a road's letter (extract/traps.py).
    one_letter_words: Words = []
    # Prepositions before a place or a destination ("в Россию", "до Росії", "إلى روسيا"): an
    # actor named only right after one is where a figure is or goes, not whose it is, so a
    # measure about another actor still applies ("до Росії надійшло 200 систем").
    place_prepositions: Words = []
    # Verbs of receiving right after an actor ("Россия получила", "Rosja otrzymała", "Russland
    # erhielt"): the actor is where the goods went, as after a place preposition, so the
    # figure may still count the supplier's goods (extract/measures.py).
    recipient_verbs: Words = []
    # Impersonal attribution (extract/impersonal.py): a body named only as where a figure was
    # said ("в министерстве ожидали", ", заявили в ГУР", "у СБУ повідомили", "Im Ministerium
    # geht man davon aus", "W resorcie szacują"). Verbs with no subject of their own (a
    # third-person plural, "man", a passive "poinformowano"); the prepositions naming where,
    # each mapped to the case a pymorphy3 name reader reads after it ("loct"; "" to keep the
    # name as written); channels after the preposition that are no body ("в интервью"; the
    # body may follow: "в сообщении Гидрометцентра").
    impersonal_verbs: Words = []
    # The language's impersonal pronouns ("on", "si", "se", "man"): a match of
    # ``impersonal_verbs`` holding one ("on estime", "si stima", "estima-se") has no speaker
    # at all, so the plain reader names none there (extract/plain.py); a match without one
    # ("не виключають", "spodziewają się") still has its subject before it.
    impersonal_pronouns: Words = []
    impersonal_prepositions: dict[str, str] = {}
    impersonal_channels: Words = []
    # A letter printed in full (extract/signed_letters.py): a short line opening with a
    # salutation ("Уважаемый", "Dear", "Sehr geehrte") begins it, a line opening with a
    # sign-off ("С уважением,", "Yours sincerely,") ends it and names its signers, after the
    # comma or on the next line; the figures between without a source of their own are
    # the signers'.
    # What follows a number labelling a list's or a quiz's item ("3번 ②": number three,
    # choice two), which opens no name (extract/topic_sources.py).
    item_number_suffixes: Words = []
    letter_salutations: Words = []
    letter_signoffs: Words = []
    # "on behalf of": a letter's writer speaking for a body named after it (signed_letters.py)
    letter_behalf_cues: Words = []
    # A sentence introducing a list (extract/list_leads.py): its speaker speaks the bulleted
    # lines below it when the sentence ends on a colon or holds one of these ("as follows",
    # "wie folgt", "다음과 같이", "如下").
    list_leads: Words = []
    # A verb of saying with a particle that makes it say nothing ("show up": appear;
    # extract/attribution.py), as "lemma particle".
    phrasal_not_reporting: Words = []
    # The word after a small number that makes it a multiple ("deux fois plus", "tres
    # veces más"; extract/extractor.py): it counts what the figure before it counts.
    multiple_units: Words = []
    # The word after a multiple of factor_words that opens its comparison ("twice as many",
    # "twice as long"; extract/extractor.py): the multiple is a claim with no noun of its own.
    factor_comparisons: Words = []
    # Nouns of saying that close a clipped official line as its verb would ("…라고 보도",
    # "…고 전함"; extract/topic_sources.py): read so only as the line's last word after a
    # quoted clause, since the same words are nouns anywhere else ("보도에 따르면").
    closing_speech_nouns: Words = []
    # Prepositions (extract/impersonal.py): a name right after one and before a verb of
    # saying is the preposition's object, not the speaker ("Депутат X после брифинга в
    # парламенте рассказал", "Ukraińscy żołnierze w rozmowie z portalem Onet mówili"): the
    # speaker is the name opening the clause, up to its first preposition.
    prepositions: Words = []
    # Words before a number that make it the base of a rate or share ("per 100,000",
    # "out of 10"), not a claim; Italian "per" before an amount means "for".
    denominator_words: Words = []
    # Suffixes glued to the counter after a number that make it the base of a rate (Korean
    # "당": "1천 명당 150명", per thousand people): no claim (extract/traps.py denominator).
    denominator_suffixes: Words = []
    # Words before a numeral that make it a day of the week ("周五", "星期三"): a date, no
    # claim (extract/traps.py weekday_numeral).
    weekday_prefixes: Words = []


Reason = Literal[
    "paywall",
    "navigation",
    "comments",
    "share",
    "subscribe",
    "photo_credit",
    "related",
    "byline",
    "ads",
    "cookies",
]
#: The furniture reasons in the order the cleaner tries them: paywall first, so "Subscribe
#: to continue reading" is a paywall notice rather than a newsletter prompt.
REASONS: tuple[str, ...] = get_args(Reason)


class ReasonCues(_Strict):
    """Cue phrases of one furniture reason: a whole line, its start, or anywhere in it."""

    exact: Words = []
    prefix: Words = []
    contains: Words = []


class Offers(_Strict):
    """The words of a subscription offer's shape: "from €1.99 per month", "€1 for 3 months".
    A word ending in ``*`` is a stem: "месяц*" is any word starting "месяц"."""

    price_words: Words = []  # after an amount, as whole words: "5 euros"
    price_prefixes: Words = []  # after an amount, as a word's start: "100 руб", "100 рублей"
    starts: Words = []  # before a price: "from", "à partir de"
    followers: Words = []  # what may follow "from €5": "per", "pour"
    durations: Words = []  # "€1 for 3 months": "for", "pour", "für"
    counts: Words = []  # "for three months", in words
    periods: Words = []  # "for 3 months": "months", "mois"
    per: Words = []  # "€5 per month": "per", "a", "/", "par"
    per_periods: Words = []  # "€5 per month": "month", "mois"
    #: how often an offer bills, anywhere in its line, before the price too: "monthly",
    #: "annual", "річна", "月額", "سنوي"
    billing_periods: Words = []
    #: what a masthead writes before an issue's cover price: "Cena 3,50 zł", "Ціна в роздріб
    #: 15 грн" (the whole part, its price left out)
    cover_price_labels: Words = []


class CommentCounts(_Strict):
    """ "12 comments", "no comments", "Comments (4)": a comment counter, not text."""

    counts: Words = []  # a count in words: "no", "one"
    nouns: Words = []  # after a count: "comments", "réactions"
    headers: Words = []  # before a count: "comments (4)"


class Social(_Strict):
    """ "1.4k upvotes · 312 comments · Share", "Comments 418 | Share", "Views: 1,204": the
    counters and buttons under a post. A word ending in ``*`` is a stem ("comment*")."""

    counters: Words = []  # what is counted, before or after its count: "comments", "views"
    buttons: Words = []  # a button alone between the counters: "share", "reply"
    # a counter word glued to the count ("コメント 58件", "评论 318条", "댓글 12개")
    count_suffixes: Words = []


class ReadTime(_Strict):
    """ "5 min read", "Reading time: 4 minutes": how long the page takes to read."""

    counts: Words = []  # a count in words: "five"
    minutes: Words = []  # "5 min", "5 minutes"
    after: Words = []  # after the minutes: "read", "de lecture"
    labels: Words = []  # before the minutes: "reading time"
    label_minutes: Words = []  # the minutes after a label: "min*"


class Ago(_Strict):
    """ "3 hours ago", "il y a 3 heures": a relative time stamp under a headline."""

    before: Words = []  # before the count: "il y a", "vor", "hace"
    counts: Words = []  # a count in words: "a", "an", "a few"
    units: Words = []  # "hours", "heures"
    after: Words = []  # after the unit: "ago"


class CleanWords(_Strict):
    """``languages/<xx>/clean.yaml``: the cue phrases that mark a line as page furniture."""

    language: str
    reasons: dict[Reason, ReasonCues] = {}
    offer_words: Words = []
    #: the words of subscribing alone ("subscription", "abonnement", "구독"): an offer line
    #: whose period stands apart from its price needs one (offer_words also hold "offer",
    #: "access", which news about pay and grants uses)
    subscription_words: Words = []
    dateline_words: Words = []
    byline_starts: Words = []
    # Words inside the furniture shapes (clean/furniture.py), merged over languages.
    offers: Offers = Offers()
    paywall_shares: Words = []  # after "40 %": "of this article", "de cet article"
    comment_counts: CommentCounts = CommentCounts()
    read_time: ReadTime = ReadTime()
    updated: Words = []  # before a time stamp: "updated", "mis à jour"
    #: Relative time stamps, one shape per language: its words are not mixed with another's.
    ago: Ago | None = None
    name_joiners: Words = []  # between two names in a byline: "and", "et", "und"
    name_particles: Words = []  # lower-case words inside a byline's name: "de", "von", "bin"
    social: Social = Social()
    # What a list piece counts, after its count: "5 questions", "en 5 points", "5 запитань".
    listicle_nouns: Words = []
    # A language written both ways ("02/12/2026": 2 December in Britain, 12 February in
    # the US): words of the day-first and of the month-first variety ("defence", "per
    # cent"; "defense", "center"); the page's own count of each decides (clean/dates.py).
    day_first_marks: Words = []
    month_first_marks: Words = []


class Outlets(_Strict):
    """``languages/outlets.yaml``: news outlets by name, in any language; they pass figures on."""

    outlets: Words
