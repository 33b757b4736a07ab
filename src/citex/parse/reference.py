"""Free-text reference -> :class:`Reference`: anchors first, then the stretches between them.

The parser reads one reference the way a person skims it. It drops the list number,
takes out what can be recognised anywhere (DOI, URL, ISBN, access dates, the date of
publication, volume/issue/page numbers, the cited locator at the end of a note), then
reads the stretches left between those anchors by position and style: authors first,
then the title (quoted, or the next sentence), then ``In``/container, editors,
``Place: Publisher`` or ``Publisher, Place``. One ``parse_<field>()`` per field does
each step on the typed working state (:class:`citex.parse.state.ParseState`); the passes live
in modules by concern (:mod:`~citex.parse.anchors`, :mod:`~citex.parse.dates`,
:mod:`~citex.parse.numbering`, :mod:`~citex.parse.creators`, :mod:`~citex.parse.titles`,
:mod:`~citex.parse.imprint`, :mod:`~citex.parse.confidence`), and this module runs them in
order. Every pattern is bounded (see :mod:`citex.parse.patterns`), so the cost is linear in
the length of the reference.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal, get_args

from citex.parse import imprint_patterns as pi
from citex.parse import patterns as p
from citex.parse import stretches, tagger
from citex.parse.anchors import (
    drop_head_asides,
    parse_accessed,
    parse_archival,
    parse_citation_number,
    parse_genre,
    parse_identifiers,
    parse_medium,
    parse_same_author,
    parse_short_form,
)
from citex.parse.confidence import parse_type, score_confidence
from citex.parse.creators import parse_editors, parse_roles_in_parens
from citex.parse.dates import parse_issued
from citex.parse.imprint import parse_container_and_publisher, parse_qualified_place
from citex.parse.names import is_corporate_body
from citex.parse.numbering import (
    parse_edition,
    parse_locator_tail,
    parse_number_of_volumes,
    parse_numbers,
    settle_locator,
)
from citex.parse.shapes import is_publisher, parse_legal
from citex.parse.state import HOLE, CslFields, ParseState
from citex.parse.titles import parse_title_and_author
from citex.records import Locator, Name, Reference, Span

_MAX_RELATED_DEPTH = 1


def parse_references(texts: Iterable[str], *, learned: bool = True) -> list[Reference]:
    """Parse many reference strings, one record each, in order.

    Args:
        texts: reference strings (one reference each).
        learned: let the learned tagger relabel the rules' fields (the default; see
            :func:`parse_reference`).

    Returns:
        One :class:`Reference` per string; each string's span starts at 0.
    """
    return [parse_reference(text, learned=learned) for text in texts]


def parse_reference(text: str, *, offset: int = 0, learned: bool = True) -> Reference:
    """Read one free-text reference into a CSL-shaped record.

    Args:
        text: the reference as printed (a note citation or a bibliography entry).
        offset: where ``text`` starts in its document; the record's span is
            ``Span(offset, offset + len(text))``.
        learned: let the learned tagger (:mod:`citex.parse.tagger`) relabel the fields the
            hand rules found, where it measures better (see :func:`_apply_tagger`): Italian,
            German and French references and archival ones (issue 12). ``False`` reads with
            the hand rules alone, as :func:`parse_reference_by_rules` does.

    Returns:
        A :class:`Reference` with ``raw=text``. It never raises on any string; text
        that does not read as a reference comes back with its text in ``note`` and a
        low ``confidence``.
    """
    return _parse(text, offset=offset, depth=0, learned=learned)


def parse_reference_by_rules(text: str, *, offset: int = 0) -> Reference:
    """:func:`parse_reference` with the hand rules alone (``learned=False``).

    :func:`citex.extract` reads the citations of a document with it: on the notes and
    reference lists of the dev and corpus documents the rules measure better than the
    tagger (issue 12).
    """
    return _parse(text, offset=offset, depth=0, learned=False)


def _parse(text: str, *, offset: int, depth: int, learned: bool = True) -> Reference:
    """Read ``text``; ``depth`` stops a bracketed edition inside a bracketed edition."""
    cleaned, work, related = _read_by_rules(text, offset=offset, depth=depth)
    same_author = work.same_author
    if learned and not work.ibid:
        _apply_tagger(cleaned, work)
    fields = work.fields
    confidence = score_confidence(cleaned, work)
    ref_type = parse_type(work, cleaned)
    note = None if confidence >= 0.5 else (text.strip() or None)  # kept as given
    return Reference(
        type=ref_type,
        author=fields.get("author", ()),
        editor=fields.get("editor", ()),
        translator=fields.get("translator", ()),
        title=fields.get("title"),
        container_title=fields.get("container_title"),
        collection_title=fields.get("collection_title"),
        publisher=fields.get("publisher"),
        publisher_place=fields.get("publisher_place"),
        issued=fields.get("issued"),
        original_date=fields.get("original_date"),
        accessed=fields.get("accessed"),
        volume=fields.get("volume"),
        issue=fields.get("issue"),
        page=fields.get("page"),
        edition=fields.get("edition"),
        number_of_volumes=fields.get("number_of_volumes"),
        doi=fields.get("doi"),
        url=fields.get("url"),
        isbn=fields.get("isbn"),
        issn=fields.get("issn"),
        number=fields.get("number"),
        genre=fields.get("genre"),
        archive=fields.get("archive"),
        archive_location=fields.get("archive_location"),
        note=note,
        locator=fields.get("locator"),
        same_author_as_previous=same_author,
        related=related,
        raw=text,
        span=Span(start=offset, end=offset + len(text)),
        confidence=confidence,
    )


def rule_fields(text: str) -> tuple[str, dict[str, Any]]:
    """What the hand rules alone read in ``text``: the cleaned text and the fields found.

    The learned tagger takes these as features (:mod:`citex.parse.training` trains on them).
    """
    cleaned, work, _ = _read_by_rules(text, offset=0, depth=0)
    return cleaned, dict(work.fields)


def _read_by_rules(
    text: str, *, offset: int, depth: int
) -> tuple[str, ParseState, tuple[Reference, ...]]:
    """The rule passes over ``text``: the cleaned text, the working record, related editions."""
    # markup such as <italic>…</italic> bounds a field like a taken anchor does
    # (after collapsing spaces: str.split() counts the hole mark as a space)
    # (control and format characters are all non-printable: most texts skip the blanking)
    printable = text if text.isprintable() else p.CONTROL_CHARACTER.sub(" ", text)
    cleaned = " ".join(printable.split())
    if "<" in cleaned:
        cleaned = p.INLINE_TAG.sub(HOLE, cleaned)
    work = ParseState(cleaned)
    related: tuple[Reference, ...] = ()
    parse_citation_number(work)
    parse_archival(work)
    parse_legal(work)
    work.same_author = parse_same_author(work)
    parse_short_form(work)
    drop_head_asides(work)
    if depth < _MAX_RELATED_DEPTH:
        related = _parse_related(work, text, offset, depth)
    parse_identifiers(work)
    parse_medium(work)
    parse_roles_in_parens(work)
    parse_accessed(work)
    parse_locator_tail(work)
    parse_number_of_volumes(work)
    parse_issued(work)
    parse_qualified_place(work)
    parse_title_and_author(work)
    parse_numbers(work)
    parse_edition(work)
    parse_editors(work)
    parse_genre(work)
    parse_container_and_publisher(work)
    settle_locator(work)
    return cleaned, work, related


def _apply_tagger(text: str, work: ParseState) -> None:
    """Let the learned tagger relabel the rules' fields (in place).

    Which fields it decides depends on the kind of reference, as measured (issue 12:
    LinkedBooks, core.xml folds held out, the dev documents):

    - an archival reference (:func:`citex.parse.stretches.is_archival`; the rules have no
      archival reading) and a reference in Italian, German or French: the tagger's fields
      replace the rules' ones (translators and editions, rare in its training data, and the
      authors of a ``———``/``Id.`` reference stay the rules');
    - an English reference: only the editors, year, pages, publisher and place it finds, and
      the container where the rules read none (the rules' publisher stays where it finds none:
      dropping it lost APA's ``Title. Verso.``; its containers replacing the rules' gained a
      little on core.xml held out and lost more on the dev documents' references; its titles,
      authors and numbering measured worse than the rules' on core.xml held out, with or
      without a floor on their marginal probability); a place it reads without its state's
      postal code (``Chicago`` of ``Chicago, IL``) takes it;
    - a reference with no telling function words (``Enciclopedia cattolica, Firenze,
      Sansoni 1948``, ``Smith J. Nature. 2001;12:45``): the tagger's names, containers,
      imprint and year, the rules' title and numbering (LinkedBooks .852 -> .857, core.xml
      fold 0 held out .891 -> .892; the tagger alone lost the Vancouver numbering);
    - a short form (``Alexander, 218``), a court decision or statute (``BVerfGE 88, 203``)
      and one whose body as author (``Landesministerium für
      Verkehr, Bauen und Wohnen``) the tagger reads as the title: the rules' reading stands;
      a body the rules read as the author stays the author in any case.

    A year the tagger agrees with keeps the rules' fuller date; a page the rules read as the
    cited place stays a locator, and so does a single page (``p. 14``, ``S. 41 ff.``) of a
    work with no container; an issue the rules read without a volume (``21/2009``) stays the
    issue when the tagger calls the same number a volume.
    """
    fields = work.fields
    spans = tagger.tokenise(text)
    tokens = [text[s:e] for s, e in spans]
    language = tagger.language(tokens)
    english = language == "en"
    if english and work.short:
        return  # (an English reference is never archival: the tagger's answer would go)
    # (no model, or too long: [])
    labels = tagger.tag(text, spans, dict(fields), reference_language=language)
    if not labels:
        return
    archival = stretches.is_archival(labels, language, tokens)
    if not archival and (work.short or work.kind in _LEGAL_KINDS):
        return
    untold = language == "x" and not archival
    work.short = work.short and not archival
    found = stretches.fields_from_labels(
        text, spans, labels, only=_LABELS_TAGGED_IN_ENGLISH if english else None
    )
    if (
        "publisher_place" not in found
        and "publisher" in found
        and found["publisher"] == work.place_before_date == fields.get("publisher_place")
    ):
        # "…, Kiel 1999": a name printed right before the year is the place, no publisher
        found["publisher_place"] = found.pop("publisher")
    if english and "publisher_place" in found:
        found["publisher_place"] = _place_with_state(text, found["publisher_place"])
    publisher = fields.get("publisher")
    if publisher and "publisher" not in found and _names_take(found.get("editor", ()), publisher):
        # "edited by Michel Dreyfus, Maspero, Paris": the publisher the rules read is no editor
        found["editor"], found["publisher"] = fields.get("editor", ()), publisher
    rule_title, rule_place = fields.get("title"), fields.get("publisher_place")
    body = None if english else _body_lost(fields.get("author", ()), found.get("author", ()))
    if body is not None and body in found.get("title", ""):
        return  # the tagger read the body as the title: its other fields are out of step too
    # an issue the rules read with no volume ("Blätter für Stadtforschung 21/2009")
    issue_alone = None if "volume" in fields else fields.get("issue")
    tagged = _TAGGED_IN_ENGLISH if english else _TAGGED_UNTOLD if untold else _TAGGED
    for key in tagged:
        value = found.get(key)
        if key == "author" and (work.same_author or body is not None):
            continue
        if key == "volume" and "number_of_volumes" in fields:
            continue  # the tagger reads the count of "3 Bde." as a volume
        if english and key == "container_title" and key in fields:
            continue  # (an English container the rules read stands: see the docstring)
        if key == "issued":
            old = fields.get("issued")
            if value is not None and (old is None or old.year != value.year):
                fields["issued"] = value
        elif value is not None:
            fields[key] = value
        elif not english and not (
            untold and key == "publisher" and not found.get("publisher_place")
        ):
            fields.pop(key, None)  # (an untold web page's closing body: Welsh Government.)
    if issue_alone and fields.get("volume") == issue_alone and "issue" not in fields:
        fields["issue"] = fields.pop("volume")  # the tagger calls the same number a volume
    locator = fields.get("locator")
    page = fields.get("page")
    if locator is not None and page and locator.value.replace("-", "–") in page:
        del fields["page"]
    elif page and locator is None and not fields.get("container_title"):
        cited = p.CITED_PAGE.match(page)
        if cited:
            del fields["page"]
            fields["locator"] = Locator(label="page", value=page)
    _keep_rule_bounds(fields, rule_title, rule_place)
    _drop_translators_from_authors(fields)
    if not english and not untold:
        work.in_container = bool(found.get("_in"))
    if archival and "archive" in found:
        fields["archive"] = found["archive"]
    if archival and "archive_location" in found:
        fields["archive_location"] = found["archive_location"]


def _place_with_state(text: str, place: str) -> str:
    """A city and its state's postal code as one place, where the tagger read one of them
    (``Chicago`` of ``Chicago, IL``; ``CO`` of ``Boulder, CO``)."""
    at = text.find(place)
    if at < 0:
        return place
    end = at + len(place)
    if len(place) == 2 and place.isupper():
        city = pi.CITY_BEFORE_STATE.search(text, max(0, at - 50), at)
        if city is None:
            return place
        start = city.start()
        words = city.group("city").split()
        if len(words) > 1 and is_publisher(" ".join(words[:-1])):
            # "Westview Press Boulder, CO": the publisher's words before the city
            start = text.rfind(" ", 0, city.end() - 2) + 1
        return text[start:end]
    while place[:1].isupper() and at >= 0:  # (the city may be named before, in a title)
        state = pi.STATE_AFTER_CITY.match(text, at + len(place))
        if state:
            return text[at : state.end()]
        at = text.find(place, at + 1)
    return place


def _names_take(names: tuple[Name, ...], word: str) -> bool:
    """Whether one of ``names`` has ``word`` as its whole family or given name."""
    return any(word in (name.family, name.given) for name in names)


def _drop_translators_from_authors(fields: CslFields) -> None:
    """A person the rules read after a translator's role (``trad. it. di R. van Dijk``) is
    not an author, though the tagger, which saw few translators in training, may add them
    (the same family and given name: ``Eric della Peruta`` may be translated by ``Claudio``)."""
    translators = {(name.family, name.given) for name in fields.get("translator", ())}
    authors = fields.get("author", ())
    kept = tuple(name for name in authors if (name.family, name.given) not in translators)
    if translators and kept and len(kept) < len(authors):
        fields["author"] = kept


def _keep_rule_bounds(fields: CslFields, rule_title: str | None, rule_place: str | None) -> None:
    """Where the rules read a field whole that the tagger cuts, the rules' bounds stand: a
    place with its qualifier (``Freiburg i. Br.``, whose full stops the tagger takes for field
    ends) and the title before it; a title that runs into the edition (``Une ville,
    nouvelle`` of ``nouvelle éd.``) ends before it."""
    place = fields.get("publisher_place")
    if rule_place and place != rule_place and pi.QUALIFIED_PLACE.fullmatch(rule_place):
        fields["publisher_place"] = rule_place
        title = fields.get("title")
        if rule_title and title and rule_place.split()[0] in title:
            fields["title"] = rule_title
    title, edition = fields.get("title"), fields.get("edition")
    if title and edition:
        first = edition.split()[0]
        if title.endswith(" " + first):
            fields["title"] = title[: -len(first)].rstrip(" ,;:.") or title


def _body_lost(ours: tuple[Name, ...], tagged: tuple[Name, ...]) -> str | None:
    """The body the rules read as the author (``Landesministerium für Verkehr, Bauen und
    Wohnen (2011):``) when the tagger, which saw few bodies in training, lost it."""
    if len(ours) != 1 or ours[0].literal is None or tuple(tagged) == ours:
        return None
    return ours[0].literal if is_corporate_body(ours[0].literal) else None


# court decisions and statutes read whole by the rules (shapes.parse_legal)
_LEGAL_KINDS = ("legal_case", "legislation")

# the fields the tagger decides (see _apply_tagger)
_Tagged = Literal[
    "author",
    "editor",
    "title",
    "container_title",
    "collection_title",
    "publisher",
    "publisher_place",
    "issued",
    "volume",
    "issue",
    "page",
]
_TAGGED: tuple[_Tagged, ...] = get_args(_Tagged)
_TAGGED_IN_ENGLISH: tuple[_Tagged, ...] = (
    "editor",
    "container_title",
    "publisher",
    "publisher_place",
    "issued",
    "page",
)
# a reference with no telling function words: the rules read its title and numbering better
# (``Smith J. Nature. 2001;12:45``; core.xml fold 0 held out), the tagger its names and imprint
_TAGGED_UNTOLD: tuple[_Tagged, ...] = tuple(
    k for k in _TAGGED if k not in ("title", "volume", "issue", "page")
)
# the tagger's labels of those fields: an English reference reads no other stretch
_LABELS_TAGGED_IN_ENGLISH = frozenset(
    ("editor", "container", "publisher", "place", "date", "pages")
)


def _parse_related(work: ParseState, text: str, offset: int, depth: int) -> tuple[Reference, ...]:
    """A bracketed translation or other edition at the end: ``… 1921 [Gli anarchici …, 1969]``."""
    rest = work.rest.rstrip(" .;,")
    if not rest.endswith("]"):
        return ()
    start = rest.rfind("[")
    inner = rest[start + 1 : -1]
    if start <= 0 or "[" in inner or not p.YEAR.search(inner) or inner.count(",") < 1:
        return ()
    work.rest = rest[:start].rstrip()
    where = text.find(inner)
    inner_offset = offset + where if where >= 0 else offset
    raw = text[where : where + len(inner)] if where >= 0 else inner
    return (_parse(raw, offset=inner_offset, depth=depth + 1),)
