"""The head of a reference: authors, then the title (quoted, the next sentence, or up to a
comma in European note style), and a series named inside the title.
"""

from __future__ import annotations

import regex

from citex import lexicon
from citex.parse import imprint_patterns as pi
from citex.parse import name_patterns as pn
from citex.parse import patterns as p
from citex.parse import tagger
from citex.parse.creators import author_end, looks_like_names, set_authors
from citex.parse.names import is_corporate_body
from citex.parse.numbering import find_edition
from citex.parse.shapes import (
    has_journal_word,
    is_city,
    is_place,
    is_publisher,
    names_genre,
    names_series,
    opens_with_foreign_article,
    place_publisher,
)
from citex.parse.state import HOLE, TRIM, ParseState, contains_any
from citex.records import Name

_QUOTES = (
    ("``", "''"),
    ("“", "”"),
    ("«", "»"),
    ("„", "“"),
    ("„", "”"),
    ('"', '"'),
    ("‘", "’"),
    ("‹", "›"),
    ("‚", "‘"),
)


def _journal_after_title(text: str, head_end: int, opening: int) -> bool:
    """Whether the guillemets at ``opening`` name a journal after a title, not the title:
    ``Ferrari L., Un inventario di bottega, «Ateneo Trevigiano», XXXIV`` (Italian and French
    humanities print periodicals in «»); the stretch after the names must read as a title."""
    between = text[head_end:opening]
    return text[opening] in "«‹“" and len(between.split()) >= 2 and not looks_like_names(between)


def _find_quoted(text: str) -> tuple[int, int, int, int] | None:
    """The first quoted stretch that can be a title: (open, inner start, inner end, close end)."""
    best: tuple[int, int, int, int] | None = None
    for open_q, close_q in _QUOTES:
        start = text.find(open_q)
        while start >= 0:
            if open_q in "‘‚" and start > 0 and text[start - 1].isalpha():
                start = text.find(open_q, start + 1)
                continue
            end = text.find(close_q, start + len(open_q))
            if open_q == "‘":
                # an apostrophe (l’expérience) is not a closing quote: it sits between letters
                while end > 0 and end + 1 < len(text) and text[end + 1].isalpha():
                    end = text.find(close_q, end + 1)
            if end < 0:
                break
            inner = text[start + len(open_q) : end]
            # (a date or number read inside it: a stray quote mark, not a quoted title)
            if len(inner.strip()) >= 3 and p.TWO_LETTERS.search(inner) and HOLE not in inner:
                if best is None or start < best[0]:
                    best = (start, start + len(open_q), end, end + len(close_q))
                break
            start = text.find(open_q, end + 1)
    return best


def parse_title_and_author(work: ParseState) -> None:
    """Split the head of the reference into authors and title; what follows stays in ``rest``."""
    if work.date_pos == 0 and work.rest[:1] == HOLE and not work.date_paren:
        # "1887 MORANDI Teodoro, Statuti …": a bibliography by year prints the year first,
        # then the names and a comma ("1968 Tzeltal Numerical Classifiers: A Study …" has none)
        head = work.rest[1:].lstrip(" .,:;")
        comma, colon = head.find(", "), head.find(":")
        if comma > 0 and (colon < 0 or comma < colon):
            work.rest = head
    rest = work.rest
    quoted = _find_quoted(rest)
    opening = quoted[0] if quoted else 0
    head_end = author_end(rest[:opening] + HOLE) if quoted else 0
    head_is_lead_in = (
        bool(quoted)
        and bool(pn.LEAD_IN_END.search(rest[:opening]))
        and not p.SENTENCE_END.search(rest, 0, opening)
        and not (head_end and _journal_after_title(rest, head_end, opening))
    )
    if quoted and (not p.LETTER.search(rest[head_end:opening]) or head_is_lead_in):
        qs, ins, ine, qe = quoted
        if head_end and not work.same_author and not p.LETTER.search(rest[head_end:qs]):
            set_authors(work, rest[:qs])
        elif pn.ORGANISATION_NAME.fullmatch(head := rest[:qs].strip(" ,:" + HOLE)):
            work.fields["author"] = (Name(literal=head),)  # "Federation of …, “Ten Points”"
        work.fields["title"] = clean_title(rest[ins:ine])
        work.quoted = True
        work.rest = HOLE + rest[qe:]
        return
    end = 0 if work.same_author else author_end(rest, short=work.short)
    body = None if end or work.same_author else p.CORPORATE_EDITOR_HEAD.match(rest)
    if body:
        # "Verein für Küstengeschichte (Hg.), Chronik der Werften": a body edited the work;
        # "Elena Bassi et alii (a cura di), Trattati": people who did (no other lower-case word)
        name = body.group("name")
        if any(word.islower() and word not in _NAME_JOINERS for word in name.split()):
            work.fields["editor"] = (Name(literal=name),)
        else:
            people = name.removesuffix(" et alii").removesuffix(" et al.").removesuffix(" u. a.")
            set_authors(work, f"{people} ({body.group('role')})")
        rest = work.rest = rest[body.end() :]
    if end:
        role = pn.AUTHORS_ARE_EDITORS.match(rest, end)
        if role:
            end = role.end()
        set_authors(work, rest[:end])
        rest = rest[end:]
    rest = rest.lstrip(TRIM + ")")
    if end and (
        (not p.TWO_LETTERS.search(rest.partition(HOLE)[0]) and "," in work.rest[:end])
        or _title_not_author(work, rest)
    ):
        # "Carnets, Actes Sud, Arles 1985": what looked like names was all there is, so
        # it was the title and imprint of an authorless note citation
        work.fields.pop("author", None)
        work.fields.pop("editor", None)
        rest, end = work.rest, 0
    journal = pi.ABBREVIATED_JOURNAL_HEAD.match(rest) if end and rest[:1].isupper() else None
    if journal and _abbreviated(journal.group("journal")):
        # "Phys. Rev. Lett. 83, 3370 (1999)": no title, the journal follows the authors
        work.fields["container_title"] = journal.group("journal").rstrip(".")
        if journal.group("volume"):
            work.fields["volume"] = journal.group("volume")
        if journal.group("page") and "page" not in work.fields:
            work.fields["page"] = p.RANGE_DASH.sub("–", journal.group("page"))
        work.rest = HOLE + rest[journal.end() :]
        return
    # without a full stop before the next anchor, commas are what separates the fields
    zone = rest.partition(HOLE)[0]
    stop = p.SENTENCE_END.search(zone)
    no_sentence = stop is None or not zone[stop.end() :].strip()  # (a final full stop ends nothing)
    title_end = _title_end(
        rest,
        stop,
        european=(bool(end) and _comma_ended(work)) or no_sentence,
        # (only the qualified place, "Freiburg i. Br.", is taken out before the title)
        place_taken="publisher_place" in work.fields,
    )
    title = clean_title(rest[:title_end])
    series = pi.TITLE_SERIES.search(title)
    if series and names_series(series.group("series")):
        work.fields["collection_title"] = pi.SERIES_NUMBER.sub("", series.group("series"))
        title = title[: series.start()]
    if title and p.LETTER.search(title):
        work.fields["title"] = title
    work.rest = HOLE + rest[title_end:]


def _abbreviated(name: str) -> bool:
    """Whether every word of ``name`` is cut short (``Phys. Rev.``) or in capitals (``JHEP``),
    as a journal's abbreviated name is and a title is not (one word cut short, ``Paz.``, may
    be a title)."""
    words = name.split()
    return all(word.endswith(".") or word.isupper() for word in words) and (
        len(words) > 1 or name.isupper()
    )


# the lower-case words a list of people's names has ("BACQUE M.-H et SINTOMER Y.")
_NAME_JOINERS = frozenset({"et", "e", "and", "und", "y", "alii", "al.", "al", "u.", "a."})


def _title_not_author(work: ParseState, rest: str) -> bool:
    """A note citation without author: ``Carnets, Actes Sud, Arles 1985`` or ``Title, edited by …``.

    What was read as a one-word author is the title when an editor follows at once, or
    when only an imprint (at most two short stretches) is left before the year.
    """
    names = work.fields.get("author", ())
    if pn.EDITOR_PREFIX.match(rest) or pn.TRANSLATOR_PREFIX.match(rest):
        return True
    if names and names[0].literal and is_corporate_body(names[0].literal):
        return False  # "Statistisches Amt Nord: Pendlerzählung …": a body is no title

    initials = any(len((name.given or "").rstrip(".")) <= 2 for name in names if name.given)
    if (
        work.place_before_date
        and not initials
        and rest.partition(HOLE)[0].strip(TRIM) == work.place_before_date
    ):
        return True  # "Storia di Venezia, Torino 1978": only the place is left after the title
    if work.short:
        return False  # "Serge, Memoirs, p. 219": a name and a short title
    if len(names) != 1 or names[0].given or not work.author_comma:
        return False
    if pi.CONTAINER_IN.search(rest) or _find_quoted(rest):
        return False
    head = rest.partition(HOLE)[0]
    stretches = [x for x in head.split(",") if x.strip(TRIM)]
    return len(stretches) <= 2 and all(len(x.split()) <= 3 for x in stretches)


def _comma_ended(work: ParseState) -> bool:
    """Whether the author list ended with a comma (note style: ``Given Family, Title, …``)."""
    return work.author_comma


_TITLE_ABBREVIATIONS = lexicon.words("TITLE_ABBREVIATIONS")


def _after_abbreviation(text: str, stop: int) -> bool:
    """Whether the full stop at ``stop`` closes an abbreviation that titles print (``secc.``,
    ``Mons.``, ``hl.``: :data:`citex.lexicon` ``TITLE_ABBREVIATIONS``), so it ends no title."""
    if text[stop] != ".":
        return False
    start = max(text.rfind(" ", 0, stop), text.rfind("(", 0, stop)) + 1
    return text[start:stop].lower() in _TITLE_ABBREVIATIONS


def _title_end(
    text: str, sentence: regex.Match[str] | None, *, european: bool, place_taken: bool = False
) -> int:
    """Where the title at the start of ``text`` ends; ``sentence`` is the first sentence end
    before its first hole (the caller has searched for it already)."""
    limit = len(text)
    hole = text.find(HOLE)
    if hole >= 0:
        limit = hole
    while sentence and _after_abbreviation(text, sentence.start()):
        sentence = p.SENTENCE_END.search(text, sentence.end(), limit)
    cut = sentence.end() if sentence else limit
    part = pi.TITLE_PART.match(text, cut, limit) if sentence else None
    if part:
        # "… basal ganglia. I. The cortico-basal … loop. Brain Res": a part's number, and its
        # own title when a sentence of its own follows before the numbers
        cut = part.end()
        after = p.SENTENCE_END.search(text, cut, limit)
        if after and len(text[cut : after.start()].split()) >= 3:
            cut = after.end()
    if sentence and text[sentence.start()] in "?!":
        cut = sentence.start() + 1
    if sentence and not european:
        cut = _subtitle_sentence_end(text, cut, limit)
        if place_taken:
            cut = _subtitle_before_place(text, cut, limit, place_taken=True)
    elif sentence and european:
        cut = _subtitle_before_place(text, cut, limit, place_taken=place_taken)
    stops = [cut]
    m = pi.CONTAINER_IN.search(text, 1, cut)
    if m:
        stops.append(m.start())
    # "(New York: Verso, 2014)" / "(CUP, 1977)": a parenthesised imprint closes the title
    imprint = pn.IMPRINT_OPEN.search(text, 0, min(len(text), limit + 2))
    if imprint:
        stops.append(imprint.start())
    if european:
        # (commas inside the parenthesised imprint are the imprint's own)
        comma = _european_title_comma(text, min(cut, imprint.start()) if imprint else cut)
        if comma is not None:
            stops.append(comma)
    window = min(len(text), cut + 30)
    lower = text[:window].lower()
    for pattern, needles in _TITLE_STOPPERS:
        if needles and not contains_any(lower, needles):
            continue  # (the words every match of the pattern contains are not there)
        # (an edition statement is found from its noun: see find_edition)
        m = (
            find_edition(text, 1, window)
            if pattern is p.EDITION
            else pattern.search(text, 1, window)
        )
        if m and text[max(0, m.start() - 2) : m.start()].strip() in (",", ".", "", "("):
            stops.append(m.start())
    return min(stops)


# what ends a title early, with the lower-case words every match of each contains
# (no words: always searched)
_TITLE_STOPPERS: tuple[tuple[regex.Pattern[str], tuple[str, ...]], ...] = (
    (
        pn.EDITOR_PREFIX,
        ("ed", "éd", "cura", "c. di", "hrsg", "hg.", "herausg", "direction", "dir.", "org.", "by"),
    ),
    (pn.TRANSLATOR_PREFIX, ("tr", "übers")),
    (p.EDITION, ("ed", "aufl", "éd")),
    (p.PAGE_LABEL, ()),
)


def _imprint_only(text: str) -> bool:
    """Whether ``text`` is an imprint and nothing more: places and publishers between commas
    (``Bremen``, ``Paris, Gallimard``, ``Milano, Elec - ta``: any capitalised name after a
    known city), at most three of them."""
    parts = [part.strip(TRIM) for part in text.split(", ")]
    return 0 < len(parts) <= 3 and all(
        part
        and (
            is_place(part)
            or is_publisher(part)
            or is_city(part)
            or (k > 0 and part[0].isupper() and is_city(parts[k - 1]))
        )
        for k, part in enumerate(parts)
    )


def _subtitle_before_place(text: str, cut: int, limit: int, *, place_taken: bool = False) -> int:
    """``Paesi e mari ignoti. America e colonialismo … (secoli XVI - XVIII), Venezia <year>``:
    in note style, one more sentence with words in lower case, then only a place before the
    year, is the subtitle (Italian and German books print no publisher); the title then runs
    up to the place (the comma rules cut it there). An edition statement may stand between
    the subtitle and the imprint (``Eine Einführung. 3. überarb. Auflage Bremen <year>``,
    ``Une ville, nouvelle éd., Paris, Gallimard``): the title then ends before it; and the
    place may have been taken out already (``Geschichte eines Betriebes, Freiburg i. Br.``,
    ``place_taken``). Else the sentence end ``cut`` stays."""
    tail = text[cut:limit].rstrip(" ,;")
    edition = find_edition(tail) if text[limit : limit + 1] == HOLE else None
    if edition:
        head, place = tail[: edition.start()].rstrip(" ,;."), tail[edition.end() :].strip(TRIM)
        end = cut + edition.start()
        placed = _imprint_only(place)
    elif place_taken and text[cut:limit].rstrip().endswith((",", ".")):
        head, end, placed = tail.rstrip("."), limit, True  # "…, <place taken> <year>"
        before, comma, other = head.rpartition(", ")
        if comma and is_city(other):
            head, end = before, cut + len(before)  # "…, Berlin, Frankfurt a. M. <year>"
    else:
        head, comma, place = tail.rpartition(", ")
        end = limit if comma else cut
        placed = is_place(place)
        first = tail.find(", ")
        if not placed and 0 < first < len(head) and _imprint_only(tail[first + 2 :]):
            # "Il progetto dell’antico, Milano, Elec - ta, <year>": place and publisher
            head, end, placed = tail[:first], cut + first, True
    if (
        text[limit : limit + 1] != HOLE
        or end == cut
        or not placed
        or p.SENTENCE_END.search(head)
        or is_publisher(head)
        or has_journal_word(head)
        or pi.CONTAINER_IN.search(head)
        or pn.EDITOR_PREFIX.search(head)
        or contains_any(head, ("«", "“", '"', "„"))
        or not (
            any(len(word) > 3 and word.islower() for word in head.split())
            or opens_with_foreign_article(head.split())  # "Eine Einführung"
            # "nella Treviso del …", "Die stillen Jahre. Werftarbeit in Lübeck 1948–1961"
            or tagger.language(text[:limit].split()) not in ("en", "x")
        )
    ):
        return cut
    return end


def _subtitle_sentence_end(text: str, cut: int, limit: int) -> int:
    """``The authentic heart. An eightfold path. New York: Wiley``: a sentence after the
    title that comes right before ``In`` or the imprint belongs to the title; ``cut`` else.

    The imprint may open with an edition statement (``Ein Handbuch. 2. Aufl., Bremen: …``),
    and in a title in another language than English it may be a place alone (``Die neue
    Kaje. Containerumschlag in Bremerhaven. Bremen.``: German books print no publisher).
    """
    nxt = p.SENTENCE_END.search(text, cut, limit)
    if nxt is None or text[nxt.start()] != ".":
        return cut
    second = text[cut : nxt.start()].strip()
    after = text[nxt.end() : limit].strip()
    edition = p.EDITION.match(after)
    if edition:
        after = after[edition.end() :].lstrip(TRIM)
    if (
        not second
        or not after
        or p.DIGITS.search(second)
        or has_journal_word(second)
        or len(second.split()) < 2
        or not second[0].isupper()
        or any(x.match(second) for x in (pn.EDITOR_PREFIX, pn.TRANSLATOR_PREFIX, p.EDITION))
        or pi.PLACE_PUBLISHER.match(second)
        or (":" in second and place_publisher(second))
    ):
        return cut
    if pi.CONTAINER_IN.match(after) or place_publisher(after.split(". ")[0].rstrip(".")):
        return nxt.start()
    place = after.rstrip(".")
    if (
        is_place(place)
        and not is_publisher(second)
        and tagger.language(text[: nxt.start()].split()) not in ("en", "x")
    ):
        return nxt.start()
    return cut


def _european_title_comma(text: str, cut: int) -> int | None:
    """The comma that ends a title in ``Title, Publisher, Place Year`` note style.

    Titles have commas too (``White Plague, Black Labour: …``), so the title ends at the
    first comma after which the text reads as what follows a title: a publisher, a
    journal, ``in``, editors or translators, a place just before the year, a number; or,
    in ``Carnets, Actes Sud, Arles 1985``, at the comma before a publisher-and-place pair.
    Without any such comma the first comma ends it only when two or fewer stretches
    follow (there is no room for a title with a comma and an imprint).
    """
    commas = []
    depth = 0
    for i, ch in enumerate(text[:cut]):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif ch == "," and depth == 0 and i > 0:
            commas.append(i)
    if not commas:
        return None
    stretches = [
        text[c + 1 : (commas[k + 1] if k + 1 < len(commas) else cut)].strip()
        for k, c in enumerate(commas)
    ]
    while commas and not stretches[-1].strip(TRIM):
        commas.pop()  # "…, Fayard, <year>": the comma before the taken year ends nothing
        stretches.pop()
    if not commas:
        return None
    for k, (comma, after) in enumerate(zip(commas, stretches, strict=True)):
        if not after:
            continue
        if (
            after[0] in HOLE
            or p.VOLUME_LABEL.match(after)
            or p.ISSUE_LABEL.match(after)
            or (after[0].isdigit() and not pn.YEAR_RANGE_START.match(after))
        ):
            # numbers: the stretch before them is the journal, so the title ends before it
            return commas[k - 1] if k > 0 else comma
        if is_publisher(after):
            j = k  # "New York ; Oxford, Oxford University Press": the place goes with it
            while j > 0 and is_place(stretches[j - 1]) and len(stretches[j - 1].split()) <= 2:
                j -= 1
            return commas[j]
        if (
            has_journal_word(after)
            or names_genre(after, pi.THESIS)
            or names_genre(after, pi.REPORT)
            or pi.CONTAINER_IN.match(after)
            or pn.EDITOR_PREFIX.match(after)
            or pn.TRANSLATOR_PREFIX.match(after)
            or pn.EDITOR_ROLE.search(after)
            or after[0] in '«“"„'
        ):
            return comma
        if k + 1 == len(commas) and text[cut : cut + 1] in (HOLE, "") and is_place(after):
            j = k  # "…, Addison-Wesley, Reading, MA, <year>": publisher and place end it
            while j > 0 and is_place(stretches[j - 1]):
                j -= 1
            if j > 0 and not stretches[j - 1][:1].isupper():
                return commas[j]  # "Origine, progressi e decadenza …, Venezia": no publisher
            return commas[j - 1] if j > 0 else commas[0]
    at_anchor = text[cut : cut + 1] in (HOLE, "")
    return commas[0] if len(commas) <= 2 and at_anchor else None


def clean_title(text: str) -> str:
    """A title without surrounding punctuation and unbalanced brackets."""
    title = text.strip(TRIM.replace(".", "") + "").strip()
    if title[:2] in ("- ", "– ", "— "):
        title = title[2:]  # "Rossi A. - La storia …": the dash after the names
    title = title.rstrip(",;:/").strip()
    if title.endswith(".") and not title.endswith("..."):
        title = title[:-1]
    if title.count("(") < title.count(")") and title.endswith(")"):
        title = title[:-1]
    if title.count("(") > title.count(")") and title.endswith("("):
        title = title[:-1]
    return title.strip(" ,;:" + HOLE)
