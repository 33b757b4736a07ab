"""From a text to its notes, citations and works: the only module that knows the step order.

Steps (each a plain function, each replaceable by a caller, STYLE principle 5):

1. ``find_notes(text) -> Document``: footnote markers and notes.
2. :func:`citex.citations.find.find_citations` on each note: the works each note cites.
3. ``find_bibliography(text) -> tuple[RawReference, ...]``: entries of bibliography sections.
4. ``parse_reference(text, offset=...) -> Reference``: each full citation parsed; in a note,
   a "reference" the parser finds no work in (confidence below :data:`MIN_CONFIDENCE`) is
   commentary and dropped.
5. :func:`~citex.citations.commentary.authors_from_commentary` and
   :func:`~citex.citations.commentary.urls_from_commentary`:
   what a note's commentary says of a work it cites (``Serge analyses … in «…»``, ``both in www…``).
6. ``resolve(citations, notes=...) -> tuple[Citation, ...]``: Ibid. and short forms to works.
7. :func:`link_translations`: a work and its translation or other edition given in brackets
   right after it name each other in ``related``.
8. ``find_self_record(text) -> Reference | None``: the document's own metadata.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise

import attrs

from citex.citations import patterns
from citex.citations.commentary import authors_from_commentary, urls_from_commentary
from citex.citations.find import find_citations
from citex.citations.lists import notes_in_reference_lists, titles_in_reference_lists
from citex.formats import patterns as formats_patterns
from citex.notes.find import find_notes as default_find_notes
from citex.parse.reference import parse_reference_by_rules as default_parse_reference
from citex.records import Citation, Document, Note, RawReference, Reference
from citex.sections.bibliography import find_bibliography as default_find_bibliography
from citex.sections.bibliography import outside_notes
from citex.sections.frontmatter import find_self_record as default_self_record
from citex.sources.model import Source
from citex.text.clean import HyphenatedWords
from citex.works.keys import assign_citekeys
from citex.works.resolve import resolve as default_resolve
from citex.works.resolve import works_of

FindNotes = Callable[[str], Document]
FindBibliography = Callable[[str], Sequence[RawReference]]
ParseReference = Callable[..., Reference]
Resolve = Callable[..., tuple[Citation, ...]]
FindSelfRecord = Callable[[str], Reference | None]

# A note "reference" parsed with less confidence than this is commentary, not a work.
# Low on purpose: citations/find.py proposes a work only on structural evidence (a year closing an
# imprint after an author-and-title head), and on the corpus the parser scores real European
# short imprints (`Il caso Tulaev, Fazi, Roma 2005`: 0.45) no higher than prose; this floor
# only drops what the parser finds no work in at all.
MIN_CONFIDENCE = 0.3
# The same for a note in a list of references (its neighbours cite works): a title the parser
# reads with no prose around it (0.25) is enough there.
LISTED_MIN_CONFIDENCE = 0.25
# The most characters between a work and its bracketed translation (`, [it. tr.: `).
_MAX_TRANSLATION_GAP = 40
# The longest locator printed after a work (`, 60, 94, 100, 179, 203–5, …`).
_MAX_LOCATOR = 160


def extract(
    source: str | Source,
    *,
    find_notes: FindNotes = default_find_notes,
    find_bibliography: FindBibliography = default_find_bibliography,
    parse_reference: ParseReference = default_parse_reference,
    resolve: Resolve = default_resolve,
    find_self_record: FindSelfRecord = default_self_record,
) -> Document:
    """Find a text's notes, the works they and its bibliography cite, and resolve short forms.

    Args:
        source: the whole input text, or a document read by :func:`citex.read_document`
            (offsets in the result index into the text, ``source.text``). A document's notes
            and markers, when its format encodes them, replace step 1.
        find_notes: step 1; defaults to :func:`citex.notes.find_notes`.
        find_bibliography: step 3; defaults to :func:`citex.sections.find_bibliography`.
        parse_reference: step 4; defaults to
            :func:`citex.parse.reference.parse_reference_by_rules` (the hand rules alone: on
            documents' notes and reference lists they measure better than the learned tagger;
            pass :func:`citex.parse_reference` for the tagger too).
        resolve: step 5; defaults to :func:`citex.works.resolve.resolve`.
        find_self_record: step 6; defaults to :func:`citex.sections.frontmatter.find_self_record`.

    Returns:
        A :class:`Document` with markers, notes, citations (in text order, notes first, then
        bibliography entries) and the distinct works they cite.
    """
    text = source.text if isinstance(source, Source) else source
    if isinstance(source, Source) and source.notes_encoded:
        found = Document(markers=source.markers, notes=source.notes)
    else:
        found = find_notes(text)
    hyphenated = HyphenatedWords(text)
    candidates = [
        citation
        for index, note in enumerate(found.notes)
        for citation in find_citations(note, text, note_index=index, hyphenated=hyphenated)
    ]
    candidates += [
        Citation(kind="full", raw=entry.text, span=entry.span, section="bibliography")
        for entry in outside_notes(find_bibliography(text), found.notes)
    ]
    parsed = _parse_all(candidates, parse_reference)
    parsed = _with_reference_lists(
        parsed, candidates, found.notes, text, parse_reference, hyphenated
    )
    parsed = urls_from_commentary(authors_from_commentary(parsed, text), text)
    citations = resolve(parsed, notes=found.notes)
    works = link_translations(citations, works_of(citations), text)
    return Document(
        self_record=_with_key(find_self_record(text), works),
        markers=found.markers,
        notes=found.notes,
        citations=citations,
        works=works,
    )


def link_translations(
    citations: Sequence[Citation], works: Sequence[Reference], source: str
) -> tuple[Reference, ...]:
    """``works`` where an original and its translation (or other edition) are linked.

    ``…, Librairie du Travail, Paris 1921 [Gli anarchici …, Jaca Book, Milano 1969]``: two
    full citations in one note with only an opening bracket between them are two editions of
    one text. Each work's ``related`` then holds the other (without its own links, so records
    stay acyclic); a corpus bibliography keeps them as separate, linked entries.
    """
    links: dict[str, list[str]] = {}
    for first, second in pairwise(citations):
        if (
            first.kind == second.kind == "full"
            and first.note is not None
            and first.note == second.note
            and first.work
            and second.work
            and first.work != second.work
            and 0 < second.span.start - first.span.end <= _MAX_TRANSLATION_GAP
            and patterns.TRANSLATION_GAP.search(source[first.span.end : second.span.start])
        ):
            links.setdefault(first.work, []).append(second.work)
            links.setdefault(second.work, []).append(first.work)
    if not links:
        return tuple(works)
    by_id = {work.id: work for work in works}
    return tuple(
        attrs.evolve(work, related=[by_id[other] for other in links[work.id] if other in by_id])
        if work.id in links
        else work
        for work in works
    )


def _with_key(record: Reference | None, works: Sequence[Reference]) -> Reference | None:
    """The self-record with a citekey of its own (CSL items need an id), unlike any work's."""
    if record is None or record.id is not None:
        return record
    (key,) = assign_citekeys([record], taken=[w.id for w in works if w.id])
    return attrs.evolve(record, id=key)


def _parse_all(
    candidates: Sequence[Citation],
    parse_reference: ParseReference,
    *,
    floor: float = MIN_CONFIDENCE,
) -> list[Citation]:
    """The candidates that are citations, each full one with its parsed reference."""
    return [c for c in (_parse(c, parse_reference, floor=floor) for c in candidates) if c]


def _with_reference_lists(
    parsed: list[Citation],
    candidates: Sequence[Citation],
    notes: Sequence[Note],
    text: str,
    parse_reference: ParseReference,
    hyphenated: HyphenatedWords,
) -> list[Citation]:
    """``parsed`` with the works of notes that stand in a list of references
    (:mod:`citex.citations.lists`): a note between two notes citing works is one more entry,
    so its candidates need less of the parser's confidence (:data:`LISTED_MIN_CONFIDENCE`), and
    a title alone there is a work. In text order, notes first."""
    citing = {c.note for c in parsed if c.kind == "full" and c.note is not None}
    listed = notes_in_reference_lists(len(notes), citing)
    if not listed:
        return parsed
    kept = {(c.span.start, c.span.end) for c in parsed}
    more = [
        c
        for c in candidates
        if c.note in listed and c.kind == "full" and (c.span.start, c.span.end) not in kept
    ]
    cited = {c.note for c in candidates if c.note is not None}
    more += titles_in_reference_lists(notes, listed, text, cited=cited, hyphenated=hyphenated)
    found = _parse_all(more, parse_reference, floor=LISTED_MIN_CONFIDENCE)
    if not found:
        return parsed
    # notes by index, then the bibliography's entries as they came
    return sorted(
        [*parsed, *found],
        key=lambda c: (0, c.note, c.span.start) if c.note is not None else (1, 0, 0),
    )


def _parse(
    citation: Citation, parse_reference: ParseReference, *, floor: float = MIN_CONFIDENCE
) -> Citation | None:
    """A full citation with its parsed reference; ``None`` for commentary in a note (parsed
    with less confidence than ``floor``)."""
    if citation.kind != "full":
        return citation
    if citation.reference is not None:  # a work named in prose, read by the citation finder
        return attrs.evolve(
            citation,
            reference=attrs.evolve(citation.reference, raw=citation.raw, span=citation.span),
        )
    work_text = _without_emphasis(_without_locator(citation))
    reference = parse_reference(work_text, offset=citation.span.start)
    # a URL, or a title in quotes found as such (`introduction «…»`), is a work by its shape
    is_url = patterns.CITE_URL.fullmatch(citation.raw) is not None
    is_title = citation.raw[:1] in '«“"„' and citation.raw[-1:] in '»”"“'
    if citation.section == "note" and reference.confidence < floor and not (is_url or is_title):
        return None
    if patterns.CITE_LETTER.fullmatch(citation.raw):
        reference = _letter(reference)
    page = _article_pages(reference, citation)
    if (reference.raw, reference.span, reference.page) != (citation.raw, citation.span, page):
        reference = attrs.evolve(reference, raw=citation.raw, span=citation.span, page=page)
    return attrs.evolve(
        citation, reference=reference, locator=citation.locator or reference.locator
    )


def _without_emphasis(text: str) -> str:
    """``text`` without Markdown emphasis marks (``*Settlers*`` -> ``Settlers``)."""
    if "*" not in text and "_" not in text:  # cheaper than running the pattern
        return text
    return patterns.MARKDOWN_EMPHASIS.sub(r"\g<text>", text)


def _letter(reference: Reference) -> Reference:
    """A letter cited by recipient and date (``the letter to Magdeleine Paz, February 1st
    1933``) has no title: its description is a note on a personal communication."""
    return attrs.evolve(
        reference,
        type="personal_communication",
        genre="letter",
        title=None,
        note=reference.title,
        container_title=None,
    )


def _article_pages(reference: Reference, citation: Citation) -> str | None:
    """The work's own pages: a page range printed after a journal issue is the article's.

    ``«Title», in Cahiers du mouvement ouvrier, n. 47/2010, pp. 105-6``: an article in a
    numbered issue (no publisher) spans its pages, and so does a chapter in an edited book
    with a place-only imprint, as German notes print it (``In: Jan Bremer/Ute Kahl (Hg.),
    Arbeit am Wasser, Kiel 2001, S. 45–67``); a book's range (or a chapter's, after its
    publisher: ``ed. Douglas Massey (New York: …), 246–48``) is the place cited.
    ``"Protest am Anleger", in: Nordkurier, 12.11.1996, S. 5``: an article in a paper of one
    day is printed on the page cited (issue 11).
    """
    locator = citation.locator
    if reference.page is not None or locator is None or locator.label != "page":
        return reference.page
    ranged = formats_patterns.PAGE_RANGE_DASH.search(locator.value)
    numbered = ranged and (reference.issue or reference.volume)
    edited = ranged and reference.type == "chapter" and reference.editor
    # "in: Nordkurier, 12.11.1996, S. 5": a paper of one day is cited by the article's page
    daily = reference.type == "article-newspaper" and reference.issued and reference.issued.day
    if (numbered or edited or daily) and reference.container_title and not reference.publisher:
        return locator.value
    return reference.page


def _without_locator(citation: Citation) -> str:
    """The citation's text without the locator printed after the work (``, 86–91, 111``).

    The place cited is not part of the work: left in, a parser could read it as the
    work's own page range.
    """
    if citation.locator is None:
        return citation.raw
    # only the end can hold it: searching the whole raw text costs as much as parsing it
    match = patterns.LOCATOR_AT_END.search(citation.raw, max(0, len(citation.raw) - _MAX_LOCATOR))
    if match is None or not match["locator"].endswith(citation.locator.value):
        return citation.raw
    return citation.raw[: match.start()]
