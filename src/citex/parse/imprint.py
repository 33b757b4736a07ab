"""What follows the title: the container (journal, book, website), the series, and the
imprint (``Place: Publisher``, ``Publisher, Place``, ``Place Year``).
"""

from __future__ import annotations

import regex

from citex.parse import imprint_patterns as pi
from citex.parse import name_patterns as pn
from citex.parse import patterns as p
from citex.parse import tagger
from citex.parse.names import parse_names
from citex.parse.shapes import (
    has_journal_word,
    is_city,
    is_month,
    is_place,
    is_publisher,
    names_series,
    opens_title,
    opens_with_foreign_article,
    place_publisher,
)
from citex.parse.state import HOLE, TRIM, CslFields, ParseState
from citex.parse.titles import clean_title

_SEGMENT_TRIM = TRIM + "()[]"


def _segments(text: str) -> list[str]:
    """The stretches between holes and sentence or clause ends, trimmed, non-empty."""
    # ". " ends a stretch, but not after an abbreviated word of a journal name ("Proc. Natl.")
    # and "(AAAI)", "(IJCAI-91)" stay with the name they abbreviate
    parts = pi.SEGMENT_BREAK.split(text)
    return [piece for s in parts if s and (piece := s.strip(_SEGMENT_TRIM))]


def parse_qualified_place(work: ParseState) -> None:
    """``Frankfurt a.M.``, ``Freiburg i. Br.``: a place whose abbreviated qualifier would read
    as a sentence end, an initial or a volume; taken out whole before the title is cut."""
    rest = work.rest
    if " a." not in rest and " i." not in rest:
        return  # (in the text as printed: a lower-case "a." is rarer than an initial "A.")
    m = pi.QUALIFIED_PLACE.search(rest)
    if m and "publisher_place" not in work.fields:
        work.fields["publisher_place"] = m.group("place")
        work.take(m.start("place"), m.end("place"))


def parse_container_and_publisher(work: ParseState) -> None:
    """Read what is left: ``In`` container, journal, ``Place: Publisher``, ``Publisher, Place``."""
    fields = work.fields
    rest = work.rest
    m = pi.CONTAINER_IN.search(rest)
    if m and "title" in fields:
        work.in_container = True
        rest = rest[: m.start()] + HOLE + rest[m.end() :]
    segments = [x for x in map(_without_genre, _segments(rest)) if x]
    has_numbers = work.tail is not None or any(k in fields for k in ("volume", "issue", "page"))
    leftovers: list[str] = []
    container_first = work.in_container
    imprints = [
        (i, pp)
        for i, seg in enumerate(segments)
        if (pp := place_publisher(seg, container_first=container_first))
    ]
    for index, seg in enumerate(segments):
        pp = imprints[-1][1] if imprints and index == imprints[-1][0] else None
        if pp and "publisher" not in fields:
            place, publisher = pp.group("place").strip(), pp.group("publisher").strip(TRIM)
            if is_publisher(place) and not is_publisher(publisher):
                place, publisher = publisher, place
            before = seg[: pp.start()].strip(TRIM)
            if before:
                leftovers.append(before)
            fields["publisher_place"] = place
            fields["publisher"] = (
                publisher.split(",")[0].strip(TRIM)
                if "," in publisher and not is_publisher(publisher.split(",")[-1])
                else publisher
            )
            continue
        leftovers.append(seg)
    leftovers = [
        seg
        for seg in leftovers
        if p.TWO_LETTERS.search(seg) and not _is_noise(seg) and not is_month(seg)
    ]
    title = fields.get("title")
    if (
        title
        and not leftovers
        and ("volume" in fields or "page" in fields)
        and not work.quoted
        and not work.in_container
        and "publisher" not in fields
        and pi.JOURNAL_ABBREVIATION.fullmatch(title)
    ):
        # "Gitti M., …, 2007, ApJ, 660, 1118": physics and astronomy cite no title, and what
        # stood in its place is the journal's abbreviation
        fields["container_title"] = fields.pop("title")
        return
    continued = _subtitle_before_place(leftovers[0], work, rest) if leftovers else None
    if continued:
        title, place = continued
        fields["title"] = title
        fields["publisher_place"] = place
        leftovers = leftovers[1:]
    subtitle_taken = -1  # the index of a book's subtitle read with its container
    for index, seg in enumerate(leftovers):
        later = leftovers[index + 1 :]
        if index == subtitle_taken:
            continue
        if _place_before_date(seg, work):
            fields["publisher_place"] = seg  # "…, Bassano 1958": a place, however small
            continue
        if "collection_title" not in fields and _is_series(seg, work, has_numbers):
            of = pi.SERIES_OF.match(seg)
            name = pi.SERIES_NUMBER.sub("", seg[of.end() :] if of else seg).strip(TRIM)
            fields["collection_title"] = _trim_container(name, journal=False)
            continue
        magazine = pi.MAGAZINE_ISSUE.fullmatch(seg) if "issue" not in fields else None
        if magazine and "container_title" not in fields and "volume" not in fields:
            fields["container_title"] = magazine["container"]  # "Red Lantern #12" (issue 11)
            fields["issue"] = magazine["issue"]
            continue
        if (
            "container_title" not in fields
            and "publisher" not in fields
            and not has_numbers
            and not later
            and pn.ORGANISATION_NAME.fullmatch(seg)
            and not (work.quoted and has_journal_word(seg))  # "“…”. The New York Times."
        ):
            fields["publisher"] = seg  # "“Choir …”. Lower Valley Arts Trust.": who published it
            continue
        if (
            not (work.quoted or work.in_container or has_numbers or later)
            and not any(key in fields for key in ("container_title", "publisher", "url", "doi"))
            and pi.SITE_OR_ORGANISATION.fullmatch(seg)
            and not has_journal_word(seg)
            and _site_of_web_page(seg, work)
        ):
            fields["publisher"] = seg  # "Short Athelstan biography. BBC History.": its site
            continue
        if "container_title" not in fields and _is_container(seg, work, later, has_numbers):
            container = clean_title(_strip_in(seg))
            by = pi.CONTAINER_AUTHOR.match(container) if work.in_container else None
            if by and not fields.get("author") and (names := parse_names(by.group("names"))):
                # "«Trent’anni dopo», in V. Serge, Socialismo …": a chapter of its author's book
                fields["author"] = names
                container = container[by.end() :]
            if not work.in_container:
                container = pi.CONTAINER_TRAILING_DATE.sub("", container) or container
            # "Operations Research 36", "Harvard Business Review, XLIII", "Critical Inquiry 13.2"
            trailing = pi.CONTAINER_TRAILING_NUMBER.search(container)
            if trailing and "volume" not in fields:
                fields["volume"] = trailing.group("volume")
                if trailing.group("issue") and "issue" not in fields:
                    fields["issue"] = trailing.group("issue")
            if trailing:
                container = _unquoted(container[: trailing.start()].rstrip(" ,"))
            container = _split_series(container, fields)
            if work.in_container:
                container = _split_publisher(container, fields)
            book = work.in_container or pi.CONFERENCE.search(container)
            trimmed = _trim_container(container, journal=has_numbers and not book)
            subtitle = later[0] if work.in_container and len(later) == 1 else ""
            head, comma, book_place = subtitle.rpartition(", ")
            if comma and "publisher" not in fields and _place_alone(book_place, work):
                subtitle = head  # "Arbeit am Wasser. Beiträge zur Küstengeschichte, Kiel <year>"
            else:
                book_place = ""
            if (
                subtitle
                and (book_place or "publisher" in fields)
                and _book_subtitle(subtitle)
                and f"{trimmed}. {subtitle}" in rest
            ):
                trimmed = f"{trimmed}. {subtitle}"  # "The handbook of X. Practice and research"
                subtitle_taken = index + 1
                if book_place:
                    fields.setdefault("publisher_place", book_place)
            fields["container_title"] = trimmed
            place = container[len(trimmed) :].strip(" ,")
            imprint = _publisher_city(place) if work.in_container else None
            if imprint and "publisher" not in fields:
                fields["publisher"] = imprint[0]
                fields.setdefault("publisher_place", imprint[1])
            elif book and pi.PLACE_SHAPE.fullmatch(place):
                # "In Proceedings of …, Seattle, WA": where the meeting (and its book) was
                fields.setdefault("publisher_place", place)
            elif work.in_container and ", " in place and "publisher" not in fields:
                # "en …, Guerra del exilio, Madrid, Alianza": the book's imprint follows it
                _, publisher, where = _split_imprint(place)
                if publisher and where and is_city(where):
                    fields["publisher"] = publisher
                    fields.setdefault("publisher_place", where)
            continue
        plausible = (
            is_publisher(seg)
            or bool(work.kind and pi.DEPARTMENT.search(seg))
            or bool(
                work.in_container
                and index == len(leftovers) - 1
                and pi.ACRONYM_PUBLISHER.fullmatch(seg)
            )
        ) or (
            "container_title" not in fields
            and (
                len(seg.split()) <= 5 or _names_organisation(seg, last=index == len(leftovers) - 1)
            )
            and not pi.DIGIT_OR_LOWER_START.search(seg)
        )
        genre = pi.THESIS_LEAD.match(seg)
        if genre and work.kind == "thesis" and pn.CORPORATE.search(seg, genre.end()):
            seg = seg[genre.end() :]  # "Diss. Universität Heidelberg": the university publishes
            plausible = bool(seg)
        if "publisher" not in fields and plausible and not pi.NOT_A_PUBLISHER.match(seg):
            place_first = ", " in seg and _not_english(fields)
            before, publisher, place = _split_imprint(seg, place_first=place_first)
            if before and "container_title" not in fields and (work.in_container or has_numbers):
                fields["container_title"] = before
            if publisher and not (
                place is None
                and is_place(publisher)
                and not is_publisher(publisher)
                and index == len(leftovers) - 1
                and (_lone_place(publisher) or _german(fields))
                and not pn.CORPORATE.search(publisher)  # "Title. Met Office.": who published it
                and not _site_of_web_page(publisher, work)
            ):
                fields["publisher"] = publisher
            elif publisher and "publisher_place" not in fields:
                fields["publisher_place"] = publisher  # "Grand Rapids, 2002": a place alone
            if place and "publisher_place" not in fields:
                fields["publisher_place"] = place
            continue
        imprint = _publisher_city(seg)
        if "publisher" not in fields and imprint:
            fields["publisher"] = imprint[0]
            fields.setdefault("publisher_place", imprint[1])
            continue
        if "publisher_place" not in fields and is_place(seg):
            fields["publisher_place"] = seg
            continue


def _names_organisation(segment: str, *, last: bool) -> bool:
    """A longer name closing a reference that names an organisation, its publisher
    (``Role of the JCPC. Judicial Committee of the Privy Council.``)."""
    return last and len(segment.split()) <= 8 and bool(pn.CORPORATE.search(segment))


def _subtitle_before_place(segment: str, work: ParseState, rest: str) -> tuple[str, str] | None:
    """The title with its subtitle and the place, when the sentence after the title is a
    subtitle followed by a place alone: ``Die Gemeinde als Akteur. Strukturen lokaler Politik,
    Wiesbaden`` (German and Italian books print no publisher); else ``None``.

    The subtitle has words in lower case (a publisher's name does not) and no publisher word;
    the place is a place (or was printed right before the year). A journal would have numbers.
    """
    fields = work.fields
    title = fields.get("title")
    if (
        not title
        or work.quoted
        or work.in_container
        or ", " not in segment
        or any(key in fields for key in ("container_title", "volume", "issue", "page"))
        or not rest.startswith(HOLE)
        or not rest[1:].lstrip(" .").startswith(segment)
    ):
        return None
    cut = next(
        (
            m.start()
            for m in regex.finditer(", ", segment)
            if _place_alone(segment[m.end() :], work)
        ),
        -1,
    )
    head, place = segment[: max(cut, 0)], segment[cut + 2 :]
    words = head.split()
    if (
        cut < 0
        or len(words) < 2
        or not head[:1].isupper()
        or not (
            any(len(word) > 3 and word.islower() for word in words[1:])
            or opens_with_foreign_article(words)  # "Eine Einführung"
            or tagger.language(words) not in ("en", "x")
        )
        or is_publisher(head)
        or tagger.language(title.split() + words) == "en"
    ):
        return None
    joint = " " if title.endswith(("?", "!")) else ". "
    return title + joint + head, place


def _place_alone(text: str, work: ParseState) -> bool:
    """Whether ``text`` is a place and nothing more: ``Wiesbaden``, ``Seattle, WA``, or the
    words printed right before the year; not a publisher (``Paris, Inserm``)."""
    return (
        text == work.place_before_date or bool(pi.PLACE_SHAPE.fullmatch(text)) or is_city(text)
    ) and not is_publisher(text)


def _place_before_date(segment: str, work: ParseState) -> bool:
    """Whether ``segment`` is the place printed right before the year (``Venezia 1961``):
    capitalised words, no publisher or journal word, and no container still to be found after
    ``In`` (``in: Leviathan 1999`` names the journal). A journal's pages or issue (``Lancet
    2006; 367: 659–667``) and capitals alone (``BMJ 2005``) mark a journal, not a place."""
    return (
        segment == work.place_before_date
        and "publisher_place" not in work.fields
        and "page" not in work.fields
        and "issue" not in work.fields
        and not segment.isupper()
        and not (work.in_container and "container_title" not in work.fields)
        and not is_publisher(segment)
        and not has_journal_word(segment)
        and not is_month(segment)
    )


def _publisher_city(text: str) -> tuple[str, str] | None:
    """``Prospettiva, Roma``: a publisher then a known city (European order), or ``None``."""
    publisher, _, city = text.rpartition(", ")
    if publisher and "," not in publisher and is_city(city) and not is_city(publisher):
        return publisher.strip(TRIM), city.strip(TRIM)
    return None


def _without_genre(segment: str) -> str:
    """A stretch without its leading genre and report number (``Technical Report TR-93-4, ``)."""
    m = pi.GENRE_LEAD.match(segment)
    if not m:
        return segment
    left = segment[m.end() :].strip(TRIM)
    return "" if pi.REPORT_NUMBER_LEFT.fullmatch(left) else left


def _split_series(container: str, fields: CslFields) -> str:
    """``Proceedings of …, Lecture Notes in Computer Science 392, Springer``: the container
    before the series; the series and a publisher after it go to their fields."""
    parts = container.split(", ")
    for k in range(1, len(parts)):
        if names_series(parts[k]) and "collection_title" not in fields:
            fields["collection_title"] = pi.SERIES_NUMBER.sub("", parts[k]).strip(TRIM)
            after = ", ".join(parts[k + 1 :])
            if after and is_publisher(after) and "publisher" not in fields:
                fields["publisher"] = after
            return ", ".join(parts[:k])
    return container


def _book_subtitle(segment: str) -> bool:
    """A sentence after a book's name, before the book's imprint, that is its subtitle."""
    return bool(
        len(segment.split()) >= 2
        and segment[0].isupper()
        and not p.DIGITS.search(segment)
        and not is_place(segment)
        and not is_publisher(segment)
        and not names_series(segment)
        and not any(x.match(segment) for x in (pn.EDITOR_PREFIX, pn.TRANSLATOR_PREFIX, p.EDITION))
    )


def _split_publisher(container: str, fields: CslFields) -> str:
    """``Third International Conference on …, Springer-Verlag, Berlin``: the book's name
    before its publisher; the publisher and a place after it go to their fields."""
    parts = container.split(", ")
    for k in range(1, len(parts)):
        if is_publisher(parts[k]) and not has_journal_word(parts[k]):
            if "publisher" not in fields:
                fields["publisher"] = parts[k].strip(TRIM)
                where = ", ".join(parts[k + 1 :]).strip(TRIM)
                if where and is_place(where.split(", ")[0]):
                    fields.setdefault("publisher_place", where)
            return ", ".join(parts[:k])
    return container


def _is_series(segment: str, work: ParseState, has_numbers: bool) -> bool:
    """A book series: ``of Lecture Notes in …`` after a volume, or a stretch with a series
    word (``… Series in …``) unless it is an article's journal still to be found."""
    fields = work.fields
    if pi.SERIES_OF.match(segment):
        return "volume" in fields or "container_title" in fields
    if not names_series(segment):
        return False
    if work.in_container and "container_title" not in fields:
        return False  # "In The Foucault Effect: Studies in …": the book opened by "In"
    journal_wanted = has_numbers and "container_title" not in fields
    return not journal_wanted or work.kind is not None


def _site_of_web_page(name: str, work: ParseState) -> bool:
    """The name closing a reference printed undated or with its date first, as web pages are
    (``About the Toronto Zoo. Toronto Zoo.``, ``(2006). Language Courses in New York. United
    Nations.``): the site or organisation that published it, unless it is a known city (a
    book prints its place before its year). The name is a sentence of its own, as web
    citations print it; European notes print a place after a comma, and a German book may
    close with its place alone (``Die neue Kaje. … Bremen.``)."""
    if not (work.date_pos is None or work.date_paren) or is_city(name) or _german(work.fields):
        return False
    at = work.rest.rfind(name)
    return at > 0 and work.rest[:at].rstrip(" ").endswith((".", HOLE))  # (the title took its stop)


def _lone_place(text: str) -> bool:
    """A stretch naming a place, not a publisher: ``Grand Rapids``, ``Santa Clara, CA``."""
    # (a single unknown word after a title is as often a publisher: "Praeger", "Crown")
    return bool(pi.PLACE_SHAPE.fullmatch(text)) and (" " in text.strip() or is_city(text))


def _trim_container(container: str, *, journal: bool) -> str:
    """A container without trailing places, months or remarks (``…, Karlsruhe``, ``…, in press``).

    A journal's name rarely has a comma, so a journal keeps only its first part.
    """
    parts = container.split(", ")
    # "IEEE Transactions on Systems, Man, and Cybernetics", "Infection, Genetics and Evolution",
    # "Oceanic Engineering, IEEE Journal of": a list ending in "and", an inverted name
    listed = max((k for k in range(1, len(parts)) if pi.LIST_END.search(parts[k])), default=0)
    if journal and len(parts) > 1 and not listed:
        return parts[0]
    if journal and listed:
        parts = parts[: listed + 1]
    while len(parts) > max(1, listed + 1) and (
        _is_noise(parts[-1])
        or is_place(parts[-1])
        or p.DATE.fullmatch(parts[-1])
        or is_month(parts[-1])
    ):
        parts.pop()
    return ", ".join(parts)


def _is_noise(segment: str) -> bool:
    """Remarks that are no field: ``to appear``, ``in press``, ``forthcoming``."""
    return bool(pi.REMARK.match(segment))


def _is_container(segment: str, work: ParseState, later: list[str], has_numbers: bool) -> bool:
    """Whether the first stretch after the title names the journal or book it appears in."""
    fields = work.fields
    if "title" not in fields or ("publisher" in fields and not work.in_container):
        return False
    head = segment.split(", ", 1)[0]
    if _unquoted(head) != head and not work.quoted:
        return True  # "…, “Ateneo Veneto”, 1954", "«La Cultura», XIV": a periodical in quotes
    url = fields.get("url")
    if (
        url
        and not later
        and not pi.PRESS_WORD.search(segment)
        and (
            not (pi.PLACE_SHAPE.fullmatch(segment) and not opens_title(segment.split()[0]))
            or _names_host(segment, url)
        )
    ):
        return True  # "Title. The Guardian. https://…": the website's name
    if work.in_container and fields.get("url") and not later:
        return True  # "in: Public Books, Februar 2001, https://…": the website
    if (
        work.quoted
        and not later
        and work.kind is None
        and pi.QUOTED_TITLE_JOURNAL.fullmatch(segment)
        and not is_publisher(segment)
        and not is_city(segment)
    ):
        return True  # "‘So, what’s this?’, Observer, 3 December 2006": a quoted title's journal
    if (
        work.kind
        and not work.in_container
        and (is_publisher(segment) or pi.DEPARTMENT.search(segment))
    ):
        return False  # "Technical report, Computer Science Department, …": who issued it
    if work.in_container or has_numbers:
        if is_publisher(segment) and not has_journal_word(segment):
            return False
        if work.in_container or has_journal_word(segment) or ", " not in segment:
            return True
        # "Donzelli, Roma" / "Paris, La Découverte": an imprint, not a journal
        first, last = segment.split(", ", 1)[0], segment.rsplit(", ", 1)[1]
        return not (pi.CITY_WORD.fullmatch(last) or is_city(first) or is_city(last))
    if has_journal_word(segment) and not is_publisher(segment):
        return True
    if is_publisher(segment) or (is_place(segment.split(",")[0]) and len(segment.split()) <= 3):
        return False
    return any(is_publisher(x) or pi.PLACE_PUBLISHER.search(x) for x in later)


def _names_host(segment: str, url: str) -> bool:
    """Whether ``segment`` spells the address's host (``Jacobin``, ``www.jacobin.org``;
    ``Public Books``, ``public-books.org``): the website, though it reads like a place."""
    host = url.split("://", 1)[-1].split("/", 1)[0].casefold()
    name = "".join(ch for ch in segment.casefold() if ch.isalnum())
    return len(name) >= 4 and name in "".join(ch for ch in host if ch.isalnum())


_COMPANY_SUFFIX = frozenset({"Inc", "Ltd", "Co", "GmbH", "LLC", "S.A", "SpA", "Verlag"})


def _not_english(fields: CslFields) -> bool:
    """Whether the title is written in another language than English (its function words):
    Italian, German and French imprints print the place first (``Treviso, Zoppelli``)."""
    return tagger.language((fields.get("title") or "").split()) not in ("en", "x")


def _german(fields: CslFields) -> bool:
    """Whether the title is German (its function words): German books print the place alone
    (``Die neue Kaje. Bremen.``), so a single unknown name closing the imprint is a place."""
    return tagger.language((fields.get("title") or "").split()) == "de"


def _split_imprint(
    segment: str, *, place_first: bool = False
) -> tuple[str, str | None, str | None]:
    """Split ``[before, ]Publisher[, Place]`` or ``Place, Publisher``: slices of ``segment``.

    ``Mono Book Corp., Baltimore, MD`` -> ("", "Mono Book Corp.", "Baltimore, MD");
    ``Shock Metamorphism, Mono Book Corp.`` keeps ``Shock Metamorphism`` as ``before``;
    ``Paris, Inserm`` (place first) and ``Massari Press Bolsena`` are read too. Two unknown
    names are ``Place, Publisher`` when ``place_first`` (``Treviso, Zoppelli``: an Italian
    title), else ``Publisher, Place``.
    """
    bounds = [0] + [m.end() for m in pi.COMMA_BREAK.finditer(segment)]
    parts = [
        segment[start : (bounds[i + 1] if i + 1 < len(bounds) else len(segment))]
        for i, start in enumerate(bounds)
    ]
    parts = [x.rstrip(" ,") for x in parts]

    def join(lo: int, hi: int) -> str:
        return (
            segment[bounds[lo] : bounds[hi - 1] + len(parts[hi - 1])].strip(TRIM) if hi > lo else ""
        )

    n = len(parts)
    first = next((i for i, x in enumerate(parts) if is_publisher(x)), None)
    if first is None:  # "Computer Science Department, Rensselaer Polytechnic Institute"
        first = next((i for i, x in enumerate(parts) if pi.DEPARTMENT.search(x)), None)
    if first is not None:
        # "John Wiley and Sons, Inc.": the suffix belongs to the name before it
        lo = first - 1 if first > 0 and parts[first].strip(" .") in _COMPANY_SUFFIX else first
        # "Dept. of Computer Science, Rice University": the department is part of the name
        while lo > 0 and pi.DEPARTMENT.search(parts[lo - 1]) and not is_place(parts[lo - 1]):
            lo -= 1
        if lo > 0 and is_place(parts[lo - 1]) and lo == 1:
            return (
                "",
                join(lo, first + 1),
                parts[0].strip(TRIM),
            )  # "Paris, Presses universitaires de France"
        hi = first + 1
        while hi < n and (
            pi.DEPARTMENT.search(parts[hi]) or parts[hi].strip(" .") in _COMPANY_SUFFIX
        ):
            hi += 1  # "University of Massachusetts, Computer Science Dept.", "…, Inc."
        place_end = hi
        while place_end < n and is_place(parts[place_end]):
            place_end += 1
        return join(0, lo), join(lo, hi), join(hi, place_end) or None
    if n >= 2 and is_city(parts[0]) and not is_city(parts[-1]):
        return "", join(1, n), parts[0].strip(TRIM)  # "Madrid, Alianza" (Spanish, French notes)
    if n == 2 and place_first and is_place(parts[0]) and not is_city(parts[1]):
        return "", parts[1].strip(TRIM), parts[0].strip(TRIM)  # "Treviso, Zoppelli"
    if n >= 2 and all(is_place(x) for x in parts[1:]):
        return "", parts[0].strip(TRIM), join(1, n)
    words = segment.split()
    if n == 1 and len(words) >= 2 and is_place(words[-1]) and is_publisher(" ".join(words[:-1])):
        cut = segment.rstrip().rfind(" ")
        return "", segment[:cut].strip(TRIM), segment[cut:].strip(TRIM)  # "Massari Press Bolsena"
    return "", segment.strip(TRIM), None


def _strip_in(text: str) -> str:
    """A container title without a leading ``In``/``in:`` and without the guillemets or
    quotation marks around all of it (``in «Rivista marchigiana»``)."""
    return _unquoted(str(pi.IN_PREFIX.sub("", text.strip())))


def _unquoted(name: str) -> str:
    """``name`` without the guillemets or quotation marks around all of it."""
    if len(name) > 2 and (name[0], name[-1]) in _ENCLOSING_QUOTES:
        inner = name[1:-1]
        if name[0] not in inner and name[-1] not in inner:
            return inner
    return name


_ENCLOSING_QUOTES = frozenset({("«", "»"), ("“", "”"), ("„", "“"), ("»", "«"), ('"', '"')})
