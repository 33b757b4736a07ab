"""When two references name the same work, the same edition, the same volume.

One notion of identity decides both where a document's citations meet (resolution) and
where works of many documents meet (the corpus bibliography). Two references relate at
one :class:`Level`:

- ``OTHER``: different works;
- ``WORK``: one work in different editions or translations (linked, never merged);
- ``EDITION``: one edition, different volumes (*Capital* vol. 1 and vol. 2: linked);
- ``VOLUME``: the same thing, however written: merged into one work.

Everything is compared on :class:`WorkKey`, the folded keys of a reference, computed once.
Candidates are found through :func:`index_terms` and :func:`query_terms`, strings that two
keys share whenever :func:`compare` could find them the same work, so callers look up a
few candidates in a dict or an indexed table and never compare every pair.
"""

from __future__ import annotations

import enum
import functools
import unicodedata
from collections.abc import Iterable, Sequence

from attrs import field, frozen

from citex.parse.identifiers import isbn_key
from citex.records import Name, Reference, _tuple
from citex.works import patterns


class Level(enum.IntEnum):
    """How far two references agree, from different works to the same volume."""

    OTHER = 0
    WORK = 1
    EDITION = 2
    VOLUME = 3


@frozen(kw_only=True)
class WorkKey:
    """A reference's folded keys: what :func:`compare` reads, computed once per reference.

    ``title`` and ``main`` are the title's words (and the main title's, before any
    subtitle) without a leading article, joined by spaces; a reference without a title
    has its folded raw text in both and ``titled`` false. ``creators`` pairs each
    author's (else editor's) folded family name with its initials. ``volume`` is the
    volume of the work itself; a chapter's or an article's volume belongs to its
    container and is left out. ``isbn`` and ``doi`` are strong keys; ``part`` says the
    ISBN is a container's (a chapter shares its book's ISBN).
    """

    titled: bool
    title: str
    main: str
    creators: tuple[tuple[str, str], ...] = field(default=(), converter=_tuple)
    edition: str = ""
    language: str = ""
    translators: str = ""
    publisher: frozenset[str] = frozenset()
    year: int | None = None
    volume: str = ""
    doi: str = ""
    isbn: str = ""
    part: bool = False


# A title that begins another names the same work only if it has at least this many words
# (`Capital` does not begin `Capital Accumulation`'s work); prefixes are indexed up to
# the longer bound, so a key is filed under a bounded number of terms.
_MIN_PREFIX_WORDS = 2
_MAX_PREFIX_WORDS = 16


def fold(text: str) -> str:
    """Casefolded words without accents or punctuation: ``"Qu’est-ce"`` -> ``"qu est ce"``."""
    return _fold(text)


@functools.lru_cache(maxsize=8192)  # names and titles recur across a document's citations
def _fold(text: str) -> str:
    if text.isascii():  # no accents to take off, nothing to decompose
        bare = text.casefold()
    else:  # decomposed first: `ℌ` is `H`, then `h`
        decomposed = unicodedata.normalize("NFKD", text).casefold()
        bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return str(patterns.NON_WORD.sub(" ", bare)).strip()


def family(name: Name) -> str:
    """A name's folded family name: its last word (``de Gaulle``, ``Gaulle`` -> ``gaulle``).

    A literal name (an organisation, a name that would not split) gives its last word.
    """
    return surname(name.family or name.literal or "")


def surname(text: str) -> str:
    """The last folded word of a printed name, as :func:`family` keys names."""
    return fold(text).rpartition(" ")[2]


def initials(name: Name) -> str:
    """The initials of a name's given names: ``V. I.`` and ``Vladimir Ilyich`` -> ``vi``."""
    return "".join(word[0] for word in fold(name.given or "").split(" ") if word)


@functools.lru_cache(maxsize=8192)
def title_words(title: str) -> tuple[str, ...]:
    """A title's folded words without a leading article (``The Mobility …`` -> ``mobility …``)."""
    folded = fold(title)
    if folded.count(" "):  # a one-word title is not an article
        folded = patterns.LEADING_ARTICLE.sub("", folded, count=1)
    return tuple(folded.split())


def main_title_words(title: str) -> tuple[str, ...]:
    """The words of the title before its subtitle (``Settlers: The Mythology`` -> ``settlers``)."""
    return title_words(patterns.SUBTITLE_SEPARATOR.split(title, maxsplit=1)[0])


def creators(ref: Reference) -> tuple[Name, ...]:
    """Who a work is by, for matching: its authors, else its editors (an edited volume)."""
    return ref.author or ref.editor


def work_key(ref: Reference) -> WorkKey:
    """The folded keys of a reference (see :class:`WorkKey`)."""
    part = bool(ref.container_title)
    if ref.title:
        title, main = " ".join(title_words(ref.title)), " ".join(main_title_words(ref.title))
    else:
        title = main = fold(ref.raw or ref.id or "")
    return WorkKey(
        titled=bool(ref.title),
        title=title,
        main=main,
        creators=[(family(n), initials(n)) for n in creators(ref)],
        edition=fold(ref.edition or ""),
        language=fold(ref.language or ""),
        translators=" ".join(family(n) for n in ref.translator),
        publisher=frozenset(fold(ref.publisher or "").split()),
        year=ref.issued.year if ref.issued else None,
        volume="" if part else fold(ref.volume or ""),
        doi=(ref.doi or "").strip().casefold(),
        isbn=isbn_key(ref.isbn),
        part=part,
    )


def compare(a: WorkKey, b: WorkKey) -> Level:
    """How far two works agree (see :class:`Level`).

    - A DOI both give decides: the same DOI is the same thing, different DOIs never are.
      So does an ISBN both give for a whole book (a chapter shares its book's ISBN).
    - Otherwise one work is the same creators (family names, compatible initials: ``V. I.``
      fits ``Vladimir Ilyich`` and ``V.``, not ``R.``) and the same title: the same main
      title, or one title beginning the other (at least two words: ``Capital`` does not
      begin ``Capital Accumulation``). Untitled references need the same raw text.
    - One work is one edition unless edition, language or translators differ, or the
      imprints disagree (see :func:`_same_edition`).
    - One edition is one volume unless the volumes of the work itself differ.
    """
    cap = Level.VOLUME
    strong = _strong(a, b)
    if strong is True:
        return Level.VOLUME if a.volume == b.volume else Level.EDITION
    if strong is False:
        cap = Level.EDITION
    if not (_same_title(a, b) and _same_creators(a, b)):
        return Level.OTHER
    if not a.creators and a.year != b.year:
        return Level.OTHER  # `Annual Report` 2001 and 2015: a title is all they share
    if not _same_edition(a, b):
        return Level.WORK
    return min(cap, Level.VOLUME if a.volume == b.volume else Level.EDITION)


def relation(a: Reference, b: Reference) -> Level:
    """How far two references agree: :func:`compare` on their keys."""
    return compare(work_key(a), work_key(b))


def same_work(a: Reference, b: Reference) -> bool:
    """Whether two references name the same work, in any edition or volume."""
    return relation(a, b) >= Level.WORK


def same_edition(a: Reference, b: Reference) -> bool:
    """Whether two references name the same edition of one work (any of its volumes)."""
    return relation(a, b) >= Level.EDITION


def same_volume(a: Reference, b: Reference) -> bool:
    """Whether two references name the same thing: one entry of a bibliography."""
    return relation(a, b) == Level.VOLUME


def _strong(a: WorkKey, b: WorkKey) -> bool | None:
    """What DOIs or whole-book ISBNs given by both say: same, different, or nothing."""
    if a.doi and b.doi:
        return a.doi == b.doi
    if a.isbn and b.isbn and not a.part and not b.part:
        return a.isbn == b.isbn
    return None


def _same_title(a: WorkKey, b: WorkKey) -> bool:
    """Same title, or one beginning the other, or the same main title (see :func:`compare`).

    Without creators a title is all a work has: it must be the same, in full.
    """
    if a.titled != b.titled:
        return False
    if a.title == b.title:
        return True
    if not a.titled or not a.creators:
        return False
    if a.main and a.main == b.main:
        return True
    shorter, longer = sorted((a.title, b.title), key=len)
    words = shorter.count(" ") + 1
    return _MIN_PREFIX_WORDS <= words <= _MAX_PREFIX_WORDS and longer.startswith(shorter + " ")


def _same_creators(a: WorkKey, b: WorkKey) -> bool:
    """As many creators, with the same family names and compatible initials."""
    if len(a.creators) != len(b.creators):
        return False
    for (family_a, initials_a), (family_b, initials_b) in zip(a.creators, b.creators, strict=True):
        if family_a != family_b:
            return False
        if not (initials_a.startswith(initials_b) or initials_b.startswith(initials_a)):
            return False
    return True


def _same_edition(a: WorkKey, b: WorkKey) -> bool:
    """No evidence of two editions: edition, language, translators, year, imprint.

    Years that differ mean two editions when both references give a publisher, or
    neither does; a bare year against a full imprint is
    often the original date (``Lenin, What Is To Be Done?, 1902`` and the 1977 *Selected
    Works*), and the short citation joins the fuller record. Publishers both give (with
    both years) must agree: ``Progress`` agrees with ``Progress Publishers``.
    """
    for x, y in ((a.edition, b.edition), (a.language, b.language), (a.translators, b.translators)):
        if x and y and x != y:
            return False
    if a.year and b.year and a.year != b.year and bool(a.publisher) == bool(b.publisher):
        return False
    if a.publisher and b.publisher and a.year and b.year:
        return a.publisher <= b.publisher or b.publisher <= a.publisher
    return True


def index_terms(key: WorkKey) -> tuple[str, ...]:
    """The terms to file a work under, so that :func:`query_terms` finds it.

    Any two keys that :func:`compare` could find the same work share a term: the first
    creator's family name with the main title, the full title, or a title prefix; or a
    DOI or whole-book ISBN.
    """
    head = _head(key)
    if not key.titled:
        return (f"{head}\x1fraw\x1f{key.title}", *_strong_terms(key))
    words = key.title.split(" ")
    prefixes = range(_MIN_PREFIX_WORDS, min(len(words), _MAX_PREFIX_WORDS) + 1)
    return (
        _exact_term(key),
        *_strong_terms(key),
        f"{head}\x1fmain\x1f{key.main}",
        f"{head}\x1ffull\x1f{key.title}",
        *(f"{head}\x1fbegins\x1f{' '.join(words[:n])}" for n in prefixes),
    )


def query_terms(key: WorkKey) -> tuple[str, ...]:
    """The terms under which the works :func:`compare` could match ``key`` are filed.

    The most specific come first (see :func:`candidates`): the same title, year and
    volume, then a DOI or ISBN, then the main title, then titles this one begins or that
    begin it.
    """
    head = _head(key)
    if not key.titled:
        return (f"{head}\x1fraw\x1f{key.title}", *_strong_terms(key))
    words = key.title.split(" ")
    shorter = range(_MIN_PREFIX_WORDS, min(len(words), _MAX_PREFIX_WORDS + 1))
    terms = (
        _exact_term(key),
        *_strong_terms(key),
        f"{head}\x1fmain\x1f{key.main}",
        f"{head}\x1fbegins\x1f{key.title}",
        f"{head}\x1ffull\x1f{key.title}",
        *(f"{head}\x1ffull\x1f{' '.join(words[:n])}" for n in shorter),
    )
    return tuple(dict.fromkeys(terms))


def _exact_term(key: WorkKey) -> str:
    """The term of a titled work written the same way: creator, title, year and volume."""
    return f"{_head(key)}\x1fexact\x1f{key.title}\x1f{key.year or ''}\x1f{key.volume}"


def _head(key: WorkKey) -> str:
    """The first creator's family name: every term starts with it (empty when none)."""
    return key.creators[0][0] if key.creators else ""


def _strong_terms(key: WorkKey) -> list[str]:
    """Terms for the strong keys (see :func:`_strong`)."""
    terms = [f"\x1fdoi\x1f{key.doi}"] if key.doi else []
    if key.isbn and not key.part:
        terms.append(f"\x1fisbn\x1f{key.isbn}")
    return terms


# At most this many works are compared with a new one: a corpus where thousands of works
# share a term (one author's many `Introduction`s) stays linear. The earliest filed win.
MAX_CANDIDATES = 32


def candidates(filed: Iterable[Sequence[int]]) -> list[int]:
    """The first works filed under the query terms, term by term, at most ``MAX_CANDIDATES``.

    :func:`query_terms` puts the most specific terms first (the same title, year and
    volume; the same DOI or ISBN), so thousands of editions of one title cannot crowd
    out the one entry that is the same thing.

    Args:
        filed: for each of a work's :func:`query_terms`, in order, the ids of the works
            filed under it (by :func:`index_terms`), ascending; only the first
            ``MAX_CANDIDATES`` of each are read.
    """
    found: dict[int, None] = {}
    for works in filed:
        for work in works[:MAX_CANDIDATES]:
            found[work] = None
            if len(found) == MAX_CANDIDATES:
                return list(found)
    return list(found)
