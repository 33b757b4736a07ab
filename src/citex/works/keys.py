"""Citekeys: short, readable, ASCII, unique and independent of input order.

A key is the first author's family name, the year (``nd`` when undated) and up to
three significant words of the title: ``alexander2010newjimcrow``. Keys that
collide all get a letter suffix (``serge1951memoirsa``, ``serge1951memoirsb``),
handed out in the order of a content-based sort, so the same set of references
gets the same keys whatever order it comes in.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Sequence
from itertools import count

import attrs
from anyascii import anyascii

from citex import lexicon
from citex.records import Name, Reference
from citex.works.identity import fold
from citex.works.patterns import CITEKEY_SAFE, CITEKEY_SEPARATOR, CITEKEY_WORD

# Words skipped in titles (and at the start of corporate names): articles, and the
# prepositions and conjunctions that open titles, in EN, IT, FR, ES, DE, PT.
_STOPWORDS = lexicon.words("STOPWORDS")

_TITLE_WORDS = 3
_NO_NAME = "anon"
_NO_YEAR = "nd"


def _ascii_words(text: str) -> list[str]:
    """Lower-case ASCII words of ``text``; other scripts transliterated (``Троцкий``: ``trotskiy``).

    Apostrophes split words, so elided articles (``l'épée``, ``dell'arte``) fall away, and
    so do the apostrophes a transliteration writes for soft signs (``жизнь`` -> ``zhizn'``).
    """
    spaced = CITEKEY_SEPARATOR.sub(" ", text)
    words: list[str] = CITEKEY_WORD.findall(anyascii(spaced).lower())
    return words


def _name_part(name: Name) -> str:
    """The key part of a name: particle and family, or the first significant word of a literal."""
    if name.family:
        return "".join(_ascii_words(f"{name.particle or ''} {name.family}"))
    words = _ascii_words(name.literal or name.given or "")
    significant = [word for word in words if word not in _STOPWORDS]
    return (significant or words or [""])[0]


def _first_name_part(ref: Reference) -> str:
    """Key part of the first author, else editor, else translator."""
    for names in (ref.author, ref.editor, ref.translator):
        for name in names:
            part = _name_part(name)
            if part:
                return part
    return _NO_NAME


def _title_part(ref: Reference) -> str:
    """Up to three significant words of the title (or container title, or raw text)."""
    for text in (ref.title, ref.container_title, ref.raw):
        words = [word for word in _ascii_words(text or "") if word not in _STOPWORDS]
        if words:
            return "".join(words[:_TITLE_WORDS])
    return ""


def citekey_base(ref: Reference) -> str:
    """The readable key of a reference before collisions are resolved.

    Args:
        ref: Any reference; missing fields fall back to ``anon`` and ``nd``.

    Returns:
        An ASCII key such as ``alexander2010newjimcrow`` or ``lenin1902whatdone``.
    """
    year = ref.issued.year if ref.issued is not None else None
    year_part = str(abs(year)) if year is not None else _NO_YEAR
    return f"{_first_name_part(ref)}{year_part}{_title_part(ref)}"


def citekey_suffix(index: int) -> str:
    """Suffix number ``index`` (0-based) that tells colliding keys apart: a, b, ..., aa, ab."""
    suffix = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        suffix = chr(ord("a") + rest) + suffix
    return suffix


# The fields content_order reads after title, year, names and raw text, in name order.
_OTHER_FIELDS = tuple(
    sorted(
        f.name
        for f in attrs.fields(Reference)
        if f.name not in {"title", "issued", "author", "editor", "translator", "raw"}
    )
)


def content_order(ref: Reference) -> str:
    """A sort key from a record's content: title, year, names, raw text, then every other field.

    Colliding citekeys get their ``a``, ``b``... in this order. A field added to
    :class:`~citex.records.Reference` is equal (``None``) in every old record, so it cannot
    reorder them. The unfolded title, names, date and raw text come last, so two records
    that differ only where folding or the year cannot see (``n.d.`` against no date,
    ``Müller`` against ``Muller``) still have an order of their own.
    """
    year = str(ref.issued.year) if ref.issued and ref.issued.year is not None else ""
    names = " ; ".join(
        f"{name.family or ''} , {name.given or ''} , {name.literal or ''}"
        for name in (*ref.author, *ref.editor, *ref.translator)
    )
    rest = (str(getattr(ref, name)) for name in _OTHER_FIELDS)
    exact = (ref.title or "", names, str(ref.issued), ref.raw or "")
    folded = (fold(ref.title or ""), year, fold(names), fold(ref.raw or ""))
    return "\x1f".join((*folded, *rest, *exact))


def _kept_ids(refs: Sequence[Reference]) -> set[str]:
    """Ids safe to use as BibTeX keys that no other reference in ``refs`` also carries."""
    seen: defaultdict[str, int] = defaultdict(int)
    for ref in refs:
        if ref.id is not None:
            seen[ref.id] += 1
    return {key for key, n in seen.items() if n == 1 and CITEKEY_SAFE.search(key)}


def assign_citekeys(
    refs: Sequence[Reference], *, keep_ids: bool = False, taken: Collection[str] = ()
) -> tuple[str, ...]:
    """Unique citekeys for ``refs``, the same for the same references in any order.

    References whose base key (:func:`citekey_base`) is shared all get a suffix
    ``a``, ``b``, ... in the order of their content, and suffixes skip any key that
    is already a base key, a kept id or in ``taken``.

    Args:
        refs: The references, in any order.
        keep_ids: Keep a reference's own ``id`` as its key when it is a safe BibTeX key
            (ASCII letters, digits, ``_:.+/-``) carried by no other reference in ``refs``,
            as when converting an existing library.
        taken: Keys that must not be handed out (say, those of a library being merged into).

    Returns:
        One key per reference, in the order of ``refs``.
    """
    kept = _kept_ids(refs) if keep_ids else set()
    keys: list[str | None] = [ref.id if keep_ids and ref.id in kept else None for ref in refs]
    unkeyed = [index for index, key in enumerate(keys) if key is None]
    settled = citekeys_from_bases(
        [citekey_base(refs[index]) for index in unkeyed],
        lambda member: content_order(refs[unkeyed[member]]),
        reserved=set(taken) | kept,
    )
    for index, key in zip(unkeyed, settled, strict=True):
        keys[index] = key
    return tuple(key for key in keys if key is not None)


def citekeys_from_bases(
    bases: Sequence[str], order_of: Callable[[int], str], *, reserved: Collection[str] = ()
) -> list[str]:
    """Unique keys for references whose base keys (:func:`citekey_base`) are ``bases``.

    The work of :func:`assign_citekeys`, for callers that do not hold the references
    themselves (``citex parse`` streams them to a spill file): ``order_of(i)`` gives the
    :func:`content_order` of reference ``i`` and is asked only for references whose base is
    shared or reserved, so a caller can look those few up afterwards.

    Args:
        bases: One base key per reference.
        order_of: The content order of reference ``i``.
        reserved: Keys that must not be handed out.

    Returns:
        One key per base, in order.
    """
    groups: defaultdict[str, list[int]] = defaultdict(list)
    for index, base in enumerate(bases):
        groups[base].append(index)
    keys = list(bases)
    held = frozenset(reserved)
    blocked = set(held) | set(groups)
    for base in sorted(groups):
        if len(groups[base]) == 1 and base not in held:
            continue
        members = sorted(groups[base], key=order_of)
        suffixes = (base + citekey_suffix(n) for n in count())
        for index in members:
            key = next(candidate for candidate in suffixes if candidate not in blocked)
            blocked.add(key)
            keys[index] = key
    return keys
