"""What can be recognised anywhere in a reference and is taken out first: the list number,
``———``/``Id.``, ``Ibid.`` and other short forms, identifiers, ``[Internet]``-style media, access
dates, genres (thesis, report).
"""

from __future__ import annotations

from citex.parse import imprint_patterns as pi
from citex.parse import name_patterns as pn
from citex.parse import patterns as p
from citex.parse.dates import date_from_text
from citex.parse.identifiers import normalise_isbn, normalise_issn
from citex.parse.numbering import hold_tail
from citex.parse.shapes import names_genre
from citex.parse.state import HOLE, ParseState

_SHORT_FORM_WORDS = 10  # a reference this short without a year is a short form


def parse_citation_number(work: ParseState) -> None:
    """Drop a leading list number (``[12]``, ``(12)``, ``12.``) and a word sending the reader
    to the work (``Vgl.``, ``Cfr.``, ``See``) before its author."""
    m = p.CITATION_NUMBER.match(work.rest)
    if m and m.end() < len(work.rest):
        work.rest = work.rest[m.end() :]
    lead_in = p.LEAD_IN_WORD.match(work.rest)
    if lead_in:
        work.rest = work.rest[lead_in.end() :]


def parse_archival(work: ParseState) -> None:
    """``ASV, Senato, Deliberazioni Terra, reg. 12, c. 34r.``: an archive's siglum and the
    shelf-mark within it (CSL ``archive`` and ``archive_location``); nothing else is read."""
    m = p.ARCHIVAL_REFERENCE.match(work.rest)
    if not m or work.rest[m.end() :].strip(" .;") or p.YEAR.search(work.rest):
        return
    work.fields["archive"] = m.group("archive")
    work.fields["archive_location"] = m.group("location").strip()
    work.rest = HOLE


def parse_same_author(work: ParseState) -> bool:
    """Flag and drop ``———.`` / ``Id.`` / ``ders.`` standing for the previous author."""
    m = p.SAME_AUTHOR.match(work.rest)
    if not m:
        return False
    work.rest = work.rest[m.end() :]
    return True


def parse_short_form(work: ParseState) -> None:
    """``Ibid., 229``, ``Alexander, 218``, ``Trotsky, op. cit., p. 12``: a work cited before.

    ``Ibid.`` and its kin are dropped, leaving the cited place; ``op. cit.``/``cit.`` are
    dropped too. Either marks the reference as a short form, whose trailing numbers are
    the place cited even without an imprint before them.
    """
    ibid = p.IBID.match(work.rest)
    if ibid:
        work.ibid = True
        work.rest = work.rest[ibid.end() :]
        place = p.LOCATOR_ONLY.match(work.rest)
        if place and work.rest.strip():
            hold_tail(work, place, "")
        return
    place = p.LOCATOR_ONLY.match(work.rest) if work.same_author else None
    if place and work.rest.strip():
        hold_tail(work, place, "")  # "Id., p. 12"
        work.short = True
        return
    rest = work.rest
    mark = p.SHORT_FORM_MARK.search(rest) if "cit." in rest or "O." in rest else None
    if mark:
        work.short = True
        work.take(mark.start(), mark.end())
    elif (
        len(work.rest.split()) <= _SHORT_FORM_WORDS
        and not p.YEAR.search(work.rest)
        and not p.NAME_THEN_TITLE_SENTENCE.match(work.rest)  # "Okafor, Ada. A History of …"
    ):
        work.short = True  # "Alexander, 218": a name and a place, no imprint


def drop_head_asides(work: ParseState) -> None:
    """Asides among the authors that would stop their scan: ``(Director)`` roles, ``SIERVO (M.)``
    initials in parentheses, ``Esty, Joshua (Jed).`` (names are normalised, so this is safe)."""
    rest = work.rest
    if "(" not in rest[:300]:
        return
    head, tail = rest[:300], rest[300:]
    if "r)" in head or "rs)" in head or "/" in head:  # "(Director)", "(Producers)", "(Writer/…"
        head = p.MEDIA_ROLE.sub("", head)
    if ".)" in head:
        head = p.NAME_INITIALS_IN_PARENS.sub(r"\g<family>, \g<given>", head)
    aside = p.HEAD_ASIDE.match(head) if head.find("(") < 120 else None
    if aside and not pn.EDITOR_ROLE.match(aside.group("aside").strip()):
        head = head[: aside.start("aside")] + head[aside.end("aside") :]
    if head + tail != rest:
        work.rest = head + tail
        work.lower = work.rest.lower()


def parse_identifiers(work: ParseState) -> None:
    """Take out DOI, URL, ISBN, ISSN and arXiv id, with the words that introduce them."""
    for name, pattern, group, needles in (
        ("doi", p.DOI, 1, ("10.",)),
        ("url", p.URL, 0, ("http", "www.", "ftp:")),
        ("isbn", p.ISBN, "isbn", ("isbn",)),
        ("issn", p.ISSN, "issn", ("issn",)),
        ("arxiv", p.ARXIV, "id", ("arxiv",)),
    ):
        m = pattern.search(work.rest) if work.mentions(*needles) else None
        if not m:
            continue
        value = m.group(group).strip("<>").rstrip(".,;)]")
        start = m.start()
        label = p.ONLINE_LABEL.search(work.rest, max(0, start - 40), start)
        if label:
            start = label.start()
        if name == "url" and "doi" in work.fields and "doi.org/" in value:
            work.take(start, m.end())
            continue
        if name == "arxiv":
            work.fields.setdefault("number", "arXiv:" + value)
        elif name == "isbn":
            work.fields.setdefault("isbn", normalise_isbn(value))
        elif name == "issn":
            work.fields.setdefault("issn", normalise_issn(value))
        elif name == "doi":
            work.fields.setdefault("doi", value)
        else:
            work.fields.setdefault("url", value)
        work.take(start, m.end())
    if "url" not in work.fields and work.mentions("available", "online at"):
        bare = p.BARE_ADDRESS.search(work.rest)
        if bare is not None:  # `available at archivefolk.net`: an address without scheme
            work.fields["url"] = bare["address"].rstrip(".,;)]")
            work.take(bare.start(), bare.end())


def parse_medium(work: ParseState) -> None:
    """Take out ``[Internet]``, ``[dissertation]``: a medium or genre, not part of the title."""
    if "[" not in work.rest and "sis)" not in work.rest and "tion)" not in work.rest:
        return  # (a description in brackets, or a thesis in parentheses)
    thesis = p.THESIS_TAG.search(work.rest)
    if thesis:
        work.kind = "thesis"
        if thesis.group("school"):
            work.fields["publisher"] = thesis.group("school").strip()
        work.take(thesis.start(), thesis.end())
    m = p.MEDIUM_TAG.search(work.rest)
    if m:
        if pi.THESIS.search(m.group()):
            work.kind = "thesis"
        work.take(m.start(), m.end())


def parse_accessed(work: ParseState) -> None:
    """Take out ``accessed 3 May 2010`` and its kin."""
    if not work.mentions(
        "access", "viewed", "consult", "abgeruf", "abruf", "zugriff", "cesso", "cited"
    ):
        return
    m = p.ACCESSED.search(work.rest)
    if m:
        work.fields["accessed"] = date_from_text(m.group("date"))
        work.take(m.start(), m.end())


def parse_genre(work: ParseState) -> None:
    """Thesis and report markers (``PhD thesis``, ``Technical report``)."""
    for pattern, genre in ((pi.THESIS, "thesis"), (pi.REPORT, "report")):
        if names_genre(work.rest, pattern):
            work.kind = genre
            return
