"""Resolve citations to works: Ibid. to the citation before, a short form to one earlier work.

Resolution never guesses (STYLE principle 8): a short form is accepted only when exactly one
earlier work of the same article matches its author (and short title, when printed); Ibid.
inherits only a *successful* previous resolution. Everything else stays unresolved and says
why. Resolution never points forward in the notes (a bibliography, listing works for the whole
text, serves every note wherever it is printed). Works cited several times in full become
one work.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs
import regex

from citex.citations import patterns
from citex.records import Citation, Name, Note, Reference
from citex.works import identity

AssignCitekeys = Callable[[Sequence[Reference]], tuple[str, ...]]

# Between the surnames of a short form: `Massey, Durand, and Malone`.
_NAME_SEPARATOR = regex.compile(r",?\s(?:and|e|et|und|y|&)\s|,\s")
# The fields that describe a work (not where or how it was read).
_DESCRIPTIVE = tuple(
    f.name
    for f in attrs.fields(Reference)
    if f.name
    not in ("id", "type", "locator", "same_author_as_previous", "raw", "span", "confidence")
)


def resolve(
    citations: Sequence[Citation],
    *,
    notes: Sequence[Note] = (),
    assign_citekeys: AssignCitekeys | None = None,
) -> tuple[Citation, ...]:
    """Give every citation the id of the work it cites, or the reason it has none.

    Args:
        citations: the document's citations in text order; full ones carry their parsed
            ``reference``.
        notes: the document's notes, to know which article each note belongs to
            (note numbering restarts with each article).
        assign_citekeys: gives each distinct work its id; defaults to
            :func:`citex.works.keys.assign_citekeys`.

    Returns:
        The citations in the same order; full ones carry ``reference`` with its ``id`` set,
        and every one has ``work`` or ``unresolved``.
    """
    if assign_citekeys is None:
        from citex.works.keys import assign_citekeys as default_keys

        assign_citekeys = default_keys
    citations = _inherit_authors(citations)
    groups, group_of = _group_works(citations)
    fullest = [_fullest([citations[i] for i in members]) for members in groups]
    keys = assign_citekeys(fullest)
    # A work is the thing cited, not one occurrence of it: no locator.
    works = [_as_work(reference, key) for reference, key in zip(fullest, keys, strict=True)]
    resolved: list[Citation] = []
    pools: dict[int, _Pool] = {}  # article -> works cited in full so far
    # A bibliography lists its works for the whole text, wherever it is printed: short
    # forms in notes may cite them (`Smith 2005, 45`) though the list comes at the end.
    bibliography = _Pool()
    for i, citation in enumerate(citations):
        if citation.kind == "full" and citation.section == "bibliography":
            bibliography.add(group_of[i], works[group_of[i]])
    works_in_note: dict[int, set[str]] = {}
    for i, citation in enumerate(citations):
        article = _article(citation, notes)
        if citation.kind == "full":
            group = group_of[i]
            if citation.section != "bibliography":
                pools.setdefault(article, _Pool()).add(group, works[group])
            own = citation.reference
            # the occurrence that describes its work is the work (no second copy)
            reference = (
                works[group]
                if own is not None and own is fullest[group]
                else attrs.evolve(own or _raw_reference(citation), id=keys[group], locator=None)
            )
            citation = attrs.evolve(citation, reference=reference, work=keys[group])
        elif citation.kind == "ibid":
            work, why = _resolve_ibid(
                resolved[-1] if resolved else None, citation, article, notes, works_in_note
            )
            citation = attrs.evolve(citation, work=work, unresolved=why)
        else:
            work, why = _resolve_short(citation, pools.get(article, _Pool()), bibliography, works)
            citation = attrs.evolve(citation, work=work, unresolved=why)
        if citation.note is not None and citation.work is not None:
            works_in_note.setdefault(citation.note, set()).add(citation.work)
        resolved.append(citation)
    return tuple(resolved)


@attrs.define
class _Pool:
    """The works cited in full so far in one scope (an article, or the bibliography)."""

    groups: dict[int, None] = attrs.field(factory=dict)  # in order of first citation
    by_family: dict[str, list[int]] = attrs.field(factory=dict)

    def add(self, group: int, work: Reference) -> None:
        """Count ``work`` (group ``group``) as cited in this scope."""
        if group in self.groups:
            return
        self.groups[group] = None
        for family in dict.fromkeys(identity.family(name) for name in identity.creators(work)):
            self.by_family.setdefault(family, []).append(group)

    def candidates(self, names: Sequence[str], *, exact: bool) -> list[int]:
        """Groups by an author named ``names[0]`` (all groups when no name is given)."""
        if not names:
            return list(self.groups)
        wanted = identity.surname(names[0])
        if exact:
            return list(self.by_family.get(wanted, ()))
        return sorted(
            {
                g
                for family, groups in self.by_family.items()
                if _same_name(wanted, family, exact=False)
                for g in groups
            }
        )


def _inherit_authors(citations: Sequence[Citation]) -> list[Citation]:
    """``Id.``, ``ders.`` or ``———`` stand for the authors of the full reference before."""
    out: list[Citation] = []
    authors: tuple[Name, ...] = ()
    for citation in citations:
        ref = citation.reference
        if citation.kind == "full" and ref is not None:
            if ref.same_author_as_previous and not ref.author and authors:
                citation = attrs.evolve(citation, reference=attrs.evolve(ref, author=authors))
            authors = citation.reference.author if citation.reference else ()
        out.append(citation)
    return out


def works_of(citations: Sequence[Citation]) -> tuple[Reference, ...]:
    """The distinct works resolved citations cite, in order of first citation.

    Each work is described by its fullest full citation (a bibliography entry first, then
    the record with the most fields), with ``id`` set to the work's key and no locator.
    """
    occurrences: dict[str, list[Citation]] = {}
    for citation in citations:
        if citation.kind == "full" and citation.work:
            occurrences.setdefault(citation.work, []).append(citation)
    return tuple(_as_work(_fullest(found), work) for work, found in occurrences.items())


def _as_work(reference: Reference, work: str) -> Reference:
    """``reference`` with id ``work`` and no locator (resolved ones already are: no copy)."""
    if reference.id == work and reference.locator is None:
        return reference
    return attrs.evolve(reference, id=work, locator=None)


def _article(citation: Citation, notes: Sequence[Note]) -> int:
    """The article a citation's note belongs to (0 when unknown)."""
    if citation.note is None or citation.note >= len(notes):
        return 0
    return notes[citation.note].article


def _raw_reference(citation: Citation) -> Reference:
    """A work known only by its raw text (no parsed reference was given)."""
    return Reference(raw=citation.raw, span=citation.span, confidence=0.0)


def _group_works(citations: Sequence[Citation]) -> tuple[list[list[int]], dict[int, int]]:
    """Full citations grouped by work: one group per thing cited (identity level ``VOLUME``).

    Each group is filed under its first reference's index terms, so a citation is compared
    with the few groups that share a term with it (at most ``identity.MAX_CANDIDATES``),
    never with every earlier work.
    """
    groups: list[list[int]] = []
    group_of: dict[int, int] = {}
    keys: list[identity.WorkKey] = []  # the key of each group's first reference
    filed: dict[str, list[int]] = {}
    for i, citation in enumerate(citations):
        if citation.kind != "full":
            continue
        key = identity.work_key(citation.reference or _raw_reference(citation))
        found = identity.candidates(filed.get(term, []) for term in identity.query_terms(key))
        group = next(
            (g for g in found if identity.compare(keys[g], key) == identity.Level.VOLUME),
            None,
        )
        if group is None:
            group = len(groups)
            groups.append([])
            keys.append(key)
            for term in identity.index_terms(key):
                filed.setdefault(term, []).append(group)
        groups[group].append(i)
        group_of[i] = group
    return groups, group_of


def _fullest(occurrences: Sequence[Citation]) -> Reference:
    """The record that describes a work best among its full citations: a bibliography entry
    first, then the one with the most fields, then the longest title."""

    def rank(citation: Citation) -> tuple[bool, int, int]:
        ref = citation.reference or _raw_reference(citation)
        filled = sum(1 for name in _DESCRIPTIVE if getattr(ref, name))
        return (citation.section == "bibliography", filled, len(ref.title or ""))

    best = max(occurrences, key=rank) if len(occurrences) > 1 else occurrences[0]
    return best.reference or _raw_reference(best)


def _resolve_ibid(
    previous: Citation | None,
    citation: Citation,
    article: int,
    notes: Sequence[Note],
    works_in_note: dict[int, set[str]],
) -> tuple[str | None, str | None]:
    """Ibid. cites the work of the citation just before, if that one was resolved."""
    if previous is None or _article(previous, notes) != article:
        return None, "no earlier citation in this article for Ibid. to repeat"
    if previous.work is None:
        return None, "the citation before Ibid. is itself unresolved"
    if previous.note != citation.note and previous.note is not None:
        count = len(works_in_note.get(previous.note, ()))
        if count > 1:
            return None, f"the note before cites {count} works; Ibid. could mean any"
    return previous.work, None


def _resolve_short(
    citation: Citation, earlier: _Pool, bibliography: _Pool, works: Sequence[Reference]
) -> tuple[str | None, str | None]:
    """A short form cites the one earlier work whose author (and short title) match."""
    short = _short_parts(citation.raw)
    if not short.names and not short.title:
        return None, f"cannot read an author or a short title in {citation.raw!r}"
    described = (
        " and ".join(short.names)
        + (f" {short.year}" if short.year else "")
        + (f", {short.title!r}" if short.title else "")
    )
    for pool in (earlier, bibliography):
        matches = _matching(pool.candidates(short.names, exact=True), short, works, exact=True)
        if not matches and short.names:
            matches = _matching(
                pool.candidates(short.names, exact=False), short, works, exact=False
            )
        if len(matches) == 1:
            return works[matches[0]].id, None
        if len(matches) > 1:
            ids = ", ".join(str(works[g].id) for g in matches)
            return None, f"{len(matches)} earlier works match {described}: {ids}"
    return None, f"no earlier full reference matches {described}"


@attrs.frozen
class _ShortForm:
    """What a short form says of its work: surnames, a short title, a year (author-date)."""

    names: tuple[str, ...] = ()
    title: str | None = None
    year: int | None = None


def _short_parts(raw: str) -> _ShortForm:
    """The surnames, short title and year a short form prints."""
    match = patterns.SHORT_FORM.match(raw)
    if match:
        names = tuple(n for n in _NAME_SEPARATOR.split(match["name"].removesuffix(" et al.")) if n)
        title = match["title"].strip(' “”"«»„‘’,') if match["title"] else None
        year = int(match["year"][:4]) if match["year"] else None
        return _ShortForm(names=names, title=title or None, year=year)
    match = patterns.SHORT_TITLE.search(raw)
    if match:
        return _ShortForm(title=(match["container"] or match["title"]).strip(" .…"))
    return _ShortForm()


def _matching(
    pool: Sequence[int], short: _ShortForm, works: Sequence[Reference], *, exact: bool
) -> list[int]:
    """The groups in ``pool`` whose authors include every name, whose title fits the short
    title and whose year is the short form's year (each when given)."""
    wanted = [identity.surname(name) for name in short.names]
    short_title = identity.title_words(short.title) if short.title else None
    found = []
    for group in pool:
        work = works[group]
        families = [identity.family(n) for n in identity.creators(work)]
        if wanted and not all(any(_same_name(w, f, exact=exact) for f in families) for w in wanted):
            continue
        if short_title is not None and not _title_matches(short_title, work):
            continue
        if short.year is not None and (work.issued is None or work.issued.year != short.year):
            continue
        found.append(group)
    return found


def _title_matches(short_title: Sequence[str], work: Reference) -> bool:
    """A short title begins the work's title, or stands whole inside its container's title.

    ``Mobility`` -> ``The Mobility of Labor``; ``Socialismo e totalitarismo`` -> a chapter
    in ``V. Serge, Socialismo e totalitarismo``.
    """
    if work.title and identity.title_words(work.title)[: len(short_title)] == tuple(short_title):
        return True
    if not work.container_title:
        return False
    words, size = identity.title_words(work.container_title), len(short_title)
    return any(words[i : i + size] == tuple(short_title) for i in range(len(words) - size + 1))


def _same_name(a: str, b: str, *, exact: bool) -> bool:
    """Equal names, or (when not exact) names one typo apart (`Greig` for `Grieg`)."""
    if a == b:
        return True
    if exact or min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1:
        return False
    return _one_edit(a, b)


def _one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by one insertion, deletion, substitution or swap."""
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))
