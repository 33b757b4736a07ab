"""What a stretch of a reference looks like: a publisher, a place, a city, a journal's name, a
series, a genre, ``Place: Publisher``.

Small word tests shared by the title, creator and imprint passes; the common ones remember
their answers for short stretches (:func:`citex.parse.names.cached_test`).
"""

from __future__ import annotations

import regex

from citex import lexicon
from citex.parse import imprint_patterns as pi
from citex.parse import name_patterns as pn
from citex.parse import patterns as p
from citex.parse.names import cached_test
from citex.parse.state import HOLE, TRIM, ParseState, mentions
from citex.records import Date, Locator

# lower-case words one of which every match of SERIES_NAME contains
_SERIES_NEEDLES = (
    "serie",
    "lecture",
    "reihe",
    "coll",
    "colecci",
    "coleç",
    "biblioth",
    "texts",
    "monographs",
    "supplements",
    "beiheft",
    "studies",
    "studien",
    "library",
)


# lower-case words one of which every match of THESIS (besides "Ph.D.") or REPORT contains
_THESIS_NEEDLES = ("thes", "thès", "diss", "tesi", "tese", "habilitationsschrift", "master")
_REPORT_NEEDLES = ("report", "rep.", "paper", "rapport", "bericht", "memorandum", "technical")


def names_genre(text: str, pattern: regex.Pattern[str]) -> bool:
    """Whether :data:`patterns.THESIS` or :data:`patterns.REPORT` is in ``text``, searched
    only when a word every match contains is there (``Ph`` is case-sensitive: ``Ph. D.``)."""
    if pattern is pi.THESIS:
        maybe = "Ph" in text or mentions(text, _THESIS_NEEDLES)
    else:
        maybe = mentions(text, _REPORT_NEEDLES)
    return maybe and pattern.search(text) is not None


def names_series(text: str) -> bool:
    """Whether ``text`` has a series word (:data:`patterns.SERIES_NAME`); most have none of
    the words the pattern needs, and a substring test is much cheaper than the search."""
    return mentions(text, _SERIES_NEEDLES) and pi.SERIES_NAME.search(text) is not None


def place_publisher(segment: str, *, container_first: bool = False) -> regex.Match[str] | None:
    """``Place: Publisher`` at the start of ``segment`` or after one of its commas.

    A place may have commas (``Bourne End, Buckinghamshire, England: …``); but after
    ``In`` with no container read yet, ``Macht, Göttingen: Vandenhoeck & Ruprecht`` is
    the container ``Macht`` and then the imprint (``container_first``).
    """
    if ":" not in segment:
        return None  # (the pattern's colon)
    starts = [0]
    if container_first:
        # ABNT and Vancouver end the container with a full stop: "In: ROSSI, Anna (org.).
        # Paz. São Paulo: Boitempo", "In: Rossi A, editor. State. New York: Knopf"
        starts += [m.end() for m in pi.COMMA_BREAK.finditer(segment)]
        starts += [m.end() for m in p.SENTENCE_END.finditer(segment)]
        starts.sort()
    found = []
    for start in starts[:8]:
        start += len(segment) - start - len(segment[start:].lstrip(" "))
        m = pi.PLACE_PUBLISHER.match(segment, start)
        if not m or _is_subtitle(segment, m):
            continue
        place = m.group("place")
        if container_first and p.SENTENCE_END.search(place.rstrip(". ")):
            continue  # "Paz. São Paulo": the container's title, then the place
        shaped = pi.PLACE_SHAPE.fullmatch(place.strip()) or all(
            is_place(x) for x in place.split(", ")
        )
        if shaped or is_publisher(place):
            found.append(m)  # (a publisher first is "Elsevier: New York", read the other way)
    if not found:
        return None
    first = found[0]
    region = "," not in first.group("place") or pi.PLACE_SHAPE.fullmatch(
        first.group("place").strip()
    )
    if container_first and len(found) > 1 and not region:
        return found[1]
    return first


def _is_subtitle(segment: str, m: regex.Match[str]) -> bool:
    """``Title: Subtitle`` is not ``Place: Publisher`` (too long a left or right side)."""
    place = m.group("place")
    publisher = m.group("publisher").strip(TRIM)
    # "Guerra: Operai e politica, Bollati Boringhieri, Torino": a subtitle, then the imprint
    wordy_parts = [x for x in publisher.split(", ") if p.TWO_LETTERS.search(x)]
    return len(place.split()) > 4 or len(publisher.split()) > 8 or len(wordy_parts) > 2


_SEGMENT_CACHED = 200  # stretches up to this long have their word tests remembered
# a segment naming a publisher (``Jaca Book``, ``Suhrkamp Verlag``)
is_publisher = cached_test(pi.PUBLISHER_WORD.search, max_length=_SEGMENT_CACHED)
# a segment with a word of a journal's name (``Review``, ``Proceedings``)
has_journal_word = cached_test(pi.JOURNAL_WORD.search, max_length=_SEGMENT_CACHED)
# a segment that is a month name and nothing more (``June``, ``Sept.``)
is_month = cached_test(p.MONTH_ONLY.match, max_length=_SEGMENT_CACHED)
# a word that opens titles and never names (``The``, ``Proceedings``)
opens_title = cached_test(pn.TITLE_START.match)


def is_place(segment: str) -> bool:
    """A city-like segment: one to three capitalised words (``New York``, ``Ann Arbor``)."""
    words = segment.split()
    return (
        0 < len(words) <= 3
        and all(
            w[:1].isupper() or w in ("am", "an", "de", "upon", "on", "sur", "and", "&")
            for w in words
        )
        and not is_publisher(segment)
        and not has_journal_word(segment)
    )


def is_city(text: str) -> bool:
    """A known publishing city (``Madrid``, ``New York``, ``Roma-Bari``)."""
    name = text.strip(TRIM)
    return name in p.PUBLISHING_CITIES or name.split("-")[0] in p.PUBLISHING_CITIES


# articles of the languages other than English ("Eine", "Una", "Le"): a sentence opening with
# one after a title is a subtitle in those languages, not a publisher's name
_OTHER_ARTICLES = (
    frozenset().union(
        *(language.ARTICLES for language in lexicon.LANGUAGES if language is not lexicon.en)
    )
    - lexicon.en.ARTICLES
)


def opens_with_foreign_article(words: list[str]) -> bool:
    """Whether ``words`` begin with an article of a language other than English."""
    return bool(words) and words[0].lower() in _OTHER_ARTICLES


_MAX_LEGAL = 80  # characters: "§ 823 Abs. 1 Satz 2 BGB, Rn. 14", "BVerfGE 88, 203 (251)"


def parse_legal(work: ParseState) -> None:
    """A German court decision or statute cited by its report or section alone.

    ``BVerfGE 88, 203 (251)``: reporter (``container-title``), volume, first page and the
    pinpoint as the locator (CSL ``legal_case``); a four-digit year in the volume's place is
    the date (``NJW 2001, 5``). ``§ 823 Abs. 1 BGB, Rn. 4``: the code is the title and the
    section the place cited (CSL ``legislation``).
    """
    rest = work.rest
    if len(rest) > _MAX_LEGAL or not (rest[:1] == "§" or rest[:1].isupper()):
        return  # (these cites are short: most references are not looked at)
    fields = work.fields
    case = p.LEGAL_CASE.fullmatch(rest) if rest[:1] != "§" else None
    if case:
        work.kind = "legal_case"
        fields["container_title"] = case["reporter"]
        volume = case["volume"]
        if p.YEAR.fullmatch(volume):
            fields["issued"] = Date(year=int(volume), raw=volume)
        else:
            fields["volume"] = volume
        fields["page"] = case["page"]
        pin = case["pin"] or case["pin2"]
        if pin:
            fields["locator"] = Locator(label="page", value=pin)
        work.rest = HOLE
        return
    law = p.LEGISLATION.fullmatch(rest) if rest[:1] in "§A" else None
    if law:
        work.kind = "legislation"
        if law["code"]:
            fields["title"] = law["code"]
        margin = f", Rn. {law['margin']}" if law["margin"] else ""
        fields["locator"] = Locator(label="section", value=law["section"] + margin)
        work.rest = HOLE
