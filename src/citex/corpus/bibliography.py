"""One deduplicated bibliography for a corpus: merge works, count citations, assign citekeys.

Documents arrive one at a time as :class:`DocumentDigest` (the little the bibliography
needs of a :class:`~citex.records.Document`), or packed into plain tuples by
:func:`pack_digest` in a worker process. Each work is placed in a *cluster* of
references to the same edition of the same work:

1. its **block key** (first author's folded family name, first word of its folded main
   title) selects the few clusters that could match, so merging is never quadratic;
2. inside the block, :func:`same_work` compares main titles and author initials, so
   ``V. I. Lenin, What Is to Be Done?`` and ``Lenin, What Is To Be Done?: Burning
   Questions`` meet;
3. :func:`same_edition` keeps apart what names a different edition or translation
   (edition number, translator, language, or both publisher and year differing);
   those clusters are linked as related entries instead.

State lives in a SQLite database (in memory by default, in a file for big corpora), so
a run over 10,000 documents keeps the parent process's memory flat. Citekeys come from
the representative record of each cluster and are disambiguated by content, so they
do not depend on file order and do not change when unrelated documents are added.
"""

from __future__ import annotations

import itertools
import pickle
import sqlite3
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import PurePosixPath
from typing import Any

import attrs
from attrs import field, frozen

from citex.records import Document, Name, Reference, _tuple
from citex.works import patterns
from citex.works.keys import citekey_base as default_citekey_base
from citex.works.keys import citekey_suffix

CitekeyBase = Callable[[Reference], str]


@frozen(kw_only=True)
class CitationRow:
    """One citation of a document, for the citations table: note label, locator, work id."""

    note: str
    locator: str
    work: str | None


@frozen(kw_only=True)
class WorkKey:
    """A work's normalised keys, computed once (in the worker) so merging only compares strings.

    ``block`` selects candidates; ``title``/``main`` are the folded full and main titles
    (the folded raw text for an unparsed reference); ``creators`` pairs each author's
    (else editor's) folded family name with its initials; the edition fields feed
    :func:`same_edition`; ``rich`` and ``sort`` choose a cluster's representative.
    """

    block: str
    title: str
    main: str
    creators: tuple[tuple[str, str], ...] = field(converter=_tuple)
    edition: str = ""
    language: str = ""
    translators: str = ""
    publisher: frozenset[str] = frozenset()
    year: int | None = None
    rich: int = 0
    sort: str = ""


@frozen(kw_only=True)
class DigestWork:
    """One work of a document as the corpus keeps it: record, keys, citation count.

    ``record`` is the pickled :class:`Reference` (no id, span or locator): the worker
    pickles it once and the parent stores the bytes as they are, never unpickling a
    record it only compares by ``key``.
    """

    record: bytes
    key: WorkKey
    id: str | None = None
    count: int = 1
    related: tuple[DigestWork, ...] = field(default=(), converter=_tuple)


@frozen(kw_only=True)
class DocumentDigest:
    """What the corpus bibliography keeps of one extracted document.

    ``works`` carry their document-local ids (for the citation rows) and how often the
    document cites each; ``self_work`` is the document's own record (``None`` when the
    document says nothing about itself: the bibliography then titles it by file name).
    """

    name: str
    self_work: DigestWork | None = None
    works: tuple[DigestWork, ...] = field(default=(), converter=_tuple)
    rows: tuple[CitationRow, ...] = field(default=(), converter=_tuple)
    notes: int = 0
    citations: int = 0
    unresolved: int = 0


@frozen(kw_only=True)
class Entry:
    """One work of the corpus bibliography.

    ``cited_by`` pairs each citing document with its number of citations (a work a
    document lists without citing it counts once); ``related`` holds the citekeys of
    other editions and translations; ``documents`` names the corpus documents this
    entry is the self-record of.
    """

    key: str
    reference: Reference
    cited_by: tuple[tuple[str, int], ...] = field(default=(), converter=_tuple)
    related: tuple[str, ...] = field(default=(), converter=_tuple)
    documents: tuple[str, ...] = field(default=(), converter=_tuple)


def digest_document(name: str, document: Document) -> DocumentDigest:
    """Reduce a :class:`Document` to what the corpus bibliography needs.

    Args:
        name: how the document is named in the output (its path as given).
        document: the extracted document.

    Returns:
        The document's self-record, works with citation counts, and citation rows.
    """
    cited = Counter(c.work for c in document.citations if c.work is not None)
    rows = tuple(
        CitationRow(
            note=document.notes[c.note].label if c.note is not None else "",
            locator=f"{c.locator.label} {c.locator.value}" if c.locator else "",
            work=c.work,
        )
        for c in document.citations
    )
    return DocumentDigest(
        name=name,
        self_work=digest_work(document.self_record) if document.self_record else None,
        works=[digest_work(w, count=max(1, cited[w.id] if w.id else 0)) for w in document.works],
        rows=rows,
        notes=len(document.notes),
        citations=len(document.citations),
        unresolved=sum(c.work is None for c in document.citations),
    )


def digest_work(ref: Reference, *, count: int = 1) -> DigestWork:
    """A work with its keys; the editions and translations it names come along, keyed too."""
    return DigestWork(
        record=pickle.dumps(attrs.evolve(ref, id=None, span=None, locator=None, related=())),
        key=work_key(ref),
        id=ref.id,
        count=count,
        related=[digest_work(other, count=count) for other in ref.related],
    )


# The compact form a digest travels in from a worker (and is merged from): plain tuples,
# which pickle and unpickle several times faster than attrs records. A work is
# (record, block, title, main, match, sort, id, count, related); ``match`` is what
# :func:`_same_creators` and :func:`_same_edition` compare.
Match = tuple[tuple[tuple[str, str], ...], str, str, str, frozenset[str], int | None, int]
PackedWork = tuple[bytes, str, str, str, Match, str, str | None, int, tuple[Any, ...]]
PackedDigest = tuple[
    str, PackedWork, tuple[PackedWork, ...], tuple[tuple[str, str, str | None], ...], int, int, int
]


def pack_digest(digest: DocumentDigest) -> PackedDigest:
    """A digest as plain tuples, with its self-record filled in (see :meth:`Bibliography.add`).

    A document that says nothing about itself is still an entry, titled by its file.
    """
    own = digest.self_work or digest_work(Reference(title=PurePosixPath(digest.name).name))
    return (
        digest.name,
        _pack_work(own),
        tuple(_pack_work(work) for work in digest.works),
        tuple((row.note, row.locator, row.work) for row in digest.rows),
        digest.notes,
        digest.citations,
        digest.unresolved,
    )


def _pack_work(work: DigestWork) -> PackedWork:
    """A work as a plain tuple (see :data:`PackedWork`)."""
    key = work.key
    return (
        work.record,
        key.block,
        key.title,
        key.main,
        _match(key),
        key.sort,
        work.id,
        work.count,
        tuple(_pack_work(other) for other in work.related),
    )


def _match(key: WorkKey) -> Match:
    """The part of a work's keys compared beyond block and title."""
    return (
        key.creators,
        key.edition,
        key.language,
        key.translators,
        key.publisher,
        key.year,
        key.rich,
    )


# --------------------------------------------------------------------------------------
# Normalised keys and comparisons
# --------------------------------------------------------------------------------------


def fold(text: str) -> str:
    """Casefolded words without accents or punctuation: ``"Qu’est-ce"`` -> ``"qu est ce"``."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return str(patterns.NON_WORD.sub(" ", bare.casefold())).strip()


def main_title(title: str) -> str:
    """The folded title before its subtitle, without a leading article."""
    head = patterns.SUBTITLE_SEPARATOR.split(title, maxsplit=1)[0]
    return str(patterns.LEADING_ARTICLE.sub("", fold(head), count=1))


def _family(name: Name) -> str:
    """A name's folded family name (the last word of a literal name)."""
    if name.family:
        return fold(name.family).split(" ")[-1]
    words = fold(name.literal or "").split(" ")
    return words[-1]


def _initials(name: Name) -> str:
    """The initials of a name's given names: ``V. I.`` and ``Vladimir Ilyich`` -> ``vi``."""
    return "".join(word[0] for word in fold(name.given or "").split(" ") if word)


def _creators(ref: Reference) -> tuple[Name, ...]:
    """Who a work is by, for matching: its authors, else its editors (an edited volume)."""
    return ref.author or ref.editor


def work_key(ref: Reference) -> WorkKey:
    """The normalised keys of a reference (see :class:`WorkKey`).

    The block is the first creator's family name and the first word of the main
    title; a reference without a title (kept raw because it did not parse) is blocked
    and compared by its folded raw text, so only identical strings merge.
    """
    creators = tuple((_family(n), _initials(n)) for n in _creators(ref))
    if ref.title:
        title, main = fold(ref.title), main_title(ref.title)
        block = f"t|{creators[0][0] if creators else ''}|{main.split(' ')[0]}"
    else:
        title = main = fold(ref.raw or ref.id or "")
        block = f"r|{title}"
    return WorkKey(
        block=block,
        title=title,
        main=main,
        creators=creators,
        edition=fold(ref.edition or ""),
        language=fold(ref.language or ""),
        translators=" ".join(_family(n) for n in ref.translator),
        publisher=frozenset(fold(ref.publisher or "").split()),
        year=ref.issued.year if ref.issued else None,
        rich=richness(ref),
        sort=sort_key(ref),
    )


def _same_creators(a: Match, b: Match) -> bool:
    """Same creators' family names with compatible initials (blocks and titles agree)."""
    creators_a, creators_b = a[0], b[0]
    if len(creators_a) != len(creators_b) and creators_a and creators_b:
        return False
    for (family_a, initials_a), (family_b, initials_b) in zip(creators_a, creators_b, strict=False):
        if family_a != family_b:
            return False
        if not (initials_a.startswith(initials_b) or initials_b.startswith(initials_a)):
            return False
    return True


def _same_edition(a: Match, b: Match) -> bool:
    """:func:`same_edition` on the compared keys."""
    for field_index in (1, 2, 3):  # edition, language, translators
        x, y = a[field_index], b[field_index]
        if x and y and x != y:
            return False
    publisher_a, year_a = a[4], a[5]
    publisher_b, year_b = b[4], b[5]
    if publisher_a and publisher_b and year_a and year_b:
        agree = publisher_a <= publisher_b or publisher_b <= publisher_a
        return year_a == year_b and agree
    return True


def same_work(a: Reference, b: Reference) -> bool:
    """Whether two references name the same work (any edition).

    Same main title (before any subtitle) or same full title, after folding; same
    creators' family names, with compatible initials (``V. I.`` fits ``Vladimir
    Ilyich`` and ``V.``, not ``R.``).
    """
    key_a, key_b = work_key(a), work_key(b)
    if key_a.block != key_b.block or (key_a.main != key_b.main and key_a.title != key_b.title):
        return False
    return _same_creators(_match(key_a), _match(key_b))


def same_edition(a: Reference, b: Reference) -> bool:
    """Whether two references to one work name the same edition.

    They differ only on evidence both give: edition, language, translators, or a
    publisher and year that do not agree (``Progress`` agrees with ``Progress
    Publishers``). A short citation with a bare year (often the original date) joins
    the fuller record.
    """
    return _same_edition(_match(work_key(a)), _match(work_key(b)))


_FIELDS = tuple(
    f.name
    for f in attrs.fields(Reference)
    if f.name not in {"id", "locator", "span", "raw", "confidence", "related"}
)


def richness(ref: Reference) -> int:
    """How many descriptive fields a reference fills; the richest represents its cluster."""
    return sum(bool(getattr(ref, name)) for name in _FIELDS)


def sort_key(ref: Reference) -> str:
    """A content-only ordering key, used to break ties without looking at file order."""
    author = ";".join(fold(n.family or n.literal or "") for n in ref.author)
    year = str(ref.issued.year) if ref.issued and ref.issued.year else ""
    parts = (author, year, ref.title, ref.container_title, ref.publisher, ref.raw, repr(ref))
    return "\x1f".join(fold(p or "") if i < 6 else p or "" for i, p in enumerate(parts))


# --------------------------------------------------------------------------------------
# The bibliography
# --------------------------------------------------------------------------------------

_SCHEMA = """
CREATE TABLE clusters (id INTEGER PRIMARY KEY, block TEXT, main TEXT, title TEXT, wkey BLOB,
                       ref BLOB, sort TEXT, base TEXT, key TEXT);
CREATE INDEX clusters_block ON clusters (block);
CREATE TABLE documents (id INTEGER PRIMARY KEY, name TEXT);
CREATE TABLE cites (cluster INTEGER, document INTEGER, n INTEGER);
CREATE TABLE selves (cluster INTEGER, document INTEGER);
CREATE TABLE links (a INTEGER, b INTEGER, PRIMARY KEY (a, b)) WITHOUT ROWID;
CREATE TABLE rows (document INTEGER, seq INTEGER, note TEXT, locator TEXT, cluster INTEGER);
"""


class Bibliography:
    """Accumulates documents into one deduplicated bibliography.

    Args:
        path: SQLite database holding the state; ``":memory:"`` (default) or a
            temporary file, which keeps memory flat however many documents are added.
    """

    def __init__(self, path: str = ":memory:") -> None:
        self._db = sqlite3.connect(path)
        self._db.executescript(
            "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-1024;" + _SCHEMA
        )
        self.documents = 0
        self.notes = 0
        self.citations = 0
        self.unresolved = 0

    def close(self) -> None:
        """Release the database."""
        self._db.close()

    def add(self, digest: DocumentDigest) -> None:
        """Merge one document's self-record, works and citations."""
        self.add_packed(pack_digest(digest))

    def add_packed(self, digest: PackedDigest) -> None:
        """:meth:`add` for a digest already packed (by :func:`pack_digest`, in a worker)."""
        name, own, works, rows, notes, citations, unresolved = digest
        db = self._db
        doc = db.execute("INSERT INTO documents (name) VALUES (?)", (name,)).lastrowid
        self.documents += 1
        self.notes += notes
        self.citations += citations
        self.unresolved += unresolved
        local: dict[str | None, int] = {}
        cites: Counter[int] = Counter()
        own_ids = {work[6] for work in works if work[6]}
        for work in works:
            cluster = self._place(work)
            local[work[6]] = cluster
            cites[cluster] += work[7]
            for related in work[8]:
                other = self._place(related)
                if related[6] not in own_ids:  # a work of its own is counted as such
                    cites[other] += related[7]
                self._link(cluster, other)
        db.executemany(
            "INSERT INTO cites VALUES (?, ?, ?)", [(c, doc, n) for c, n in cites.items()]
        )
        db.execute("INSERT INTO selves VALUES (?, ?)", (self._place(own), doc))
        db.executemany(
            "INSERT INTO rows VALUES (?, ?, ?, ?, ?)",
            [
                (doc, seq, note, locator, local.get(work) if work else None)
                for seq, (note, locator, work) in enumerate(rows)
            ],
        )

    def _place(self, work: PackedWork) -> int:
        """The cluster a work belongs to, created or updated; links other editions."""
        record, block, title, main, match, sort = work[:6]
        rich = match[6]
        editions = []
        # Blocks and titles are compared in SQL, so only real candidates are unpickled.
        for cid, blob, known_sort in self._db.execute(
            "SELECT id, wkey, sort FROM clusters WHERE block = ? AND (main = ? OR title = ?)"
            " ORDER BY id",
            (block, main, title),
        ):
            known: Match = pickle.loads(blob)
            if not _same_creators(known, match):
                continue
            if _same_edition(known, match):
                # The richest record represents the cluster; ties go by content, not order.
                if (rich, known_sort) > (known[6], sort):
                    self._store(cid, work)
                return int(cid)
            editions.append(int(cid))
        cid = self._db.execute(
            "INSERT INTO clusters (block, main, title, wkey, ref, sort) VALUES (?, ?, ?, ?, ?, ?)",
            (block, main, title, pickle.dumps(match), record, sort),
        ).lastrowid
        assert cid is not None
        for other in editions:
            self._link(cid, other)
        return cid

    def _store(self, cid: int, work: PackedWork) -> None:
        """Make ``work`` the representative of cluster ``cid``."""
        record, _, title, _, match, sort = work[:6]
        self._db.execute(
            "UPDATE clusters SET title = ?, wkey = ?, ref = ?, sort = ? WHERE id = ?",
            (title, pickle.dumps(match), record, sort, cid),
        )

    def _link(self, a: int, b: int) -> None:
        """Record that clusters ``a`` and ``b`` are editions or translations of each other."""
        if a != b:
            self._db.executemany("INSERT OR IGNORE INTO links VALUES (?, ?)", [(a, b), (b, a)])

    def assign_keys(self, citekey_base: CitekeyBase | None = None) -> None:
        """Give every cluster its citekey: base from the record, ``a``/``b``... on collision.

        Colliding works are ordered by content (:func:`sort_key`), never by file order.

        Args:
            citekey_base: record -> key stem; default :func:`citex.works.keys.citekey_base`.
        """
        stem = citekey_base or default_citekey_base
        db = self._db
        last = 0
        while page := db.execute(  # a page at a time, so memory stays flat
            "SELECT id, ref FROM clusters WHERE id > ? ORDER BY id LIMIT 1000", (last,)
        ).fetchall():
            updates = [(stem(pickle.loads(blob)), cid) for cid, blob in page]
            db.executemany("UPDATE clusters SET base = ? WHERE id = ?", updates)
            last = page[-1][0]
        # Indexes for the lookups that follow, built once after the bulk inserts.
        db.executescript(
            "CREATE INDEX IF NOT EXISTS clusters_base ON clusters (base);"
            "CREATE INDEX IF NOT EXISTS cites_cluster ON cites (cluster);"
            "CREATE INDEX IF NOT EXISTS selves_cluster ON selves (cluster);"
        )
        keys: list[tuple[str, int]] = []
        colliding = db.execute(
            "SELECT id, base FROM clusters WHERE base IN"
            " (SELECT base FROM clusters GROUP BY base HAVING COUNT(*) > 1)"
            " ORDER BY base, sort, id"
        ).fetchall()
        previous: str | None = None
        suffixes: Iterator[str] = iter(())
        for cid, base in colliding:
            if base != previous:
                previous, suffixes = base, (base + citekey_suffix(n) for n in itertools.count())
            # A suffixed key must not be some other work's unsuffixed key.
            keys.append((next(k for k in suffixes if not self._is_base(k)), cid))
        db.execute("UPDATE clusters SET key = base")
        db.executemany("UPDATE clusters SET key = ? WHERE id = ?", keys)

    def _is_base(self, key: str) -> bool:
        """Whether some cluster's citekey stem is ``key``."""
        return (
            self._db.execute("SELECT 1 FROM clusters WHERE base = ?", (key,)).fetchone() is not None
        )

    def entries(self) -> Iterator[Entry]:
        """The entries in citekey order, one at a time (call :meth:`assign_keys` first)."""
        db = self._db
        cursor = db.execute("SELECT id, key, ref FROM clusters ORDER BY key, id")
        for cid, key, blob in cursor:
            cited_by = db.execute(
                "SELECT d.name, SUM(c.n) FROM cites c JOIN documents d ON d.id = c.document"
                " WHERE c.cluster = ? GROUP BY c.document ORDER BY d.name",
                (cid,),
            ).fetchall()
            related = db.execute(
                "SELECT k.key FROM links l JOIN clusters k ON k.id = l.b WHERE l.a = ?"
                " ORDER BY k.key",
                (cid,),
            ).fetchall()
            selves = db.execute(
                "SELECT d.name FROM selves s JOIN documents d ON d.id = s.document"
                " WHERE s.cluster = ? ORDER BY d.name",
                (cid,),
            ).fetchall()
            yield Entry(
                key=key,
                reference=attrs.evolve(pickle.loads(blob), id=key),
                cited_by=[(name, int(n)) for name, n in cited_by],
                related=[k for (k,) in related],
                documents=[name for (name,) in selves],
            )

    def citation_rows(self) -> Iterator[tuple[str, str, str, str]]:
        """Every citation as (document, note label, locator, work citekey or ``""``)."""
        yield from self._db.execute(
            "SELECT d.name, r.note, r.locator, COALESCE(k.key, '') FROM rows r"
            " JOIN documents d ON d.id = r.document LEFT JOIN clusters k ON k.id = r.cluster"
            " ORDER BY r.document, r.seq"
        )

    def __len__(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM clusters").fetchone()[0])

    def stats(self) -> dict[str, Any]:
        """Counts for the summary line: documents, notes, citations, works, unresolved."""
        return {
            "documents": self.documents,
            "notes": self.notes,
            "citations": self.citations,
            "works": len(self),
            "unresolved": self.unresolved,
        }


def build_bibliography(
    documents: Iterable[tuple[str, Document]], *, citekey_base: CitekeyBase | None = None
) -> tuple[Entry, ...]:
    """Merge documents into one deduplicated bibliography, in memory.

    Args:
        documents: (name, document) pairs, in the order they should be merged.
        citekey_base: record -> key stem; default :func:`citex.works.keys.citekey_base`.

    Returns:
        The entries in citekey order.
    """
    bibliography = Bibliography()
    try:
        for name, document in documents:
            bibliography.add(digest_document(name, document))
        bibliography.assign_keys(citekey_base)
        return tuple(bibliography.entries())
    finally:
        bibliography.close()
