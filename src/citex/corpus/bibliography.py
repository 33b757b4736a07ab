"""One deduplicated bibliography for a corpus: merge works, count citations, assign citekeys.

Documents arrive one at a time as :class:`DocumentDigest` (the little the bibliography
needs of a :class:`~citex.records.Document`), or packed into plain tuples by
:func:`pack_digest` in a worker process. Each work is placed in a *cluster* of
references to the same thing, as :mod:`citex.works.identity` decides (the same notion
that groups a document's citations into works):

1. the work's **query terms** (first creator with its main title, full title or title
   prefixes; DOI; ISBN) find the few clusters that could match, through an index, at
   most ``identity.MAX_CANDIDATES`` of them, so merging is never quadratic;
2. :func:`~citex.works.identity.compare` tells how far each agrees: the same volume of
   the same edition joins the cluster (``V. I. Lenin, What Is to Be Done?`` and ``Lenin,
   What Is To Be Done?: Burning Questions`` meet); another edition, translation or
   volume (*Capital* vol. 1 and vol. 2) gets a cluster of its own, linked to this one.

State lives in a SQLite database (in memory by default, in a file for big corpora), so
a run over 10,000 documents keeps the parent process's memory flat. Citekeys come from
the representative record of each cluster and are disambiguated by content, so they
do not depend on file order and do not change when unrelated documents are added.
"""

from __future__ import annotations

import hashlib
import itertools
import pickle
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import PurePosixPath
from typing import Any

import attrs
from attrs import field, frozen

from citex.records import Document, Reference, _tuple
from citex.works import identity
from citex.works.identity import Level, WorkKey
from citex.works.keys import citekey_base as default_citekey_base
from citex.works.keys import citekey_suffix, content_order

CitekeyBase = Callable[[Reference], str]


@frozen(kw_only=True)
class CitationRow:
    """One citation of a document, for the citations table: note label, locator, work id."""

    note: str
    locator: str
    work: str | None = None


@frozen(kw_only=True)
class DigestWork:
    """One work of a document as the corpus keeps it: record, keys, citation count.

    ``record`` is the work's :class:`Reference` without id, span or locator. ``rich`` and
    ``sort`` choose a cluster's representative: the richest record, ties broken by content.
    """

    record: Reference
    key: WorkKey
    rich: int = 0
    sort: str = ""
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
        record=attrs.evolve(ref, id=None, span=None, locator=None, related=()),
        key=identity.work_key(ref),
        rich=richness(ref),
        sort=content_order(ref),
        id=ref.id,
        count=count,
        related=[digest_work(other, count=count) for other in ref.related],
    )


# The compact form a digest travels in from a worker (and is merged from): plain tuples,
# which pickle and unpickle several times faster than attrs records. A work is
# (record, key, index terms, query terms, rich, sort, id, count, related): ``record`` is
# the pickled reference, which the parent stores as it is, never unpickling a record it
# only compares by its key; ``key`` is the pickled :class:`~citex.works.identity.WorkKey`,
# unpickled only to compare it with a candidate; the terms are
# :func:`~citex.works.identity.index_terms` and ``query_terms``, each as a 64-bit hash
# (see :func:`_term_hash`).
PackedWork = tuple[
    bytes, bytes, tuple[int, ...], tuple[int, ...], int, str, str | None, int, tuple[Any, ...]
]
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


def _term_hash(term: str) -> int:
    """A term as a signed 64-bit integer: the index stays small and compares fast.

    Two terms with one hash only add a candidate, which :func:`identity.compare` rejects.
    """
    return int.from_bytes(hashlib.blake2b(term.encode(), digest_size=8).digest(), signed=True)


def _pack_work(work: DigestWork) -> PackedWork:
    """A work as a plain tuple (see :data:`PackedWork`)."""
    return (
        pickle.dumps(work.record),
        pickle.dumps(work.key),
        tuple(_term_hash(term) for term in identity.index_terms(work.key)),
        tuple(_term_hash(term) for term in identity.query_terms(work.key)),
        work.rich,
        work.sort,
        work.id,
        work.count,
        tuple(_pack_work(other) for other in work.related),
    )


_FIELDS = tuple(
    f.name
    for f in attrs.fields(Reference)
    if f.name not in {"id", "locator", "span", "raw", "confidence", "related"}
)


def richness(ref: Reference) -> int:
    """How many descriptive fields a reference fills; the richest represents its cluster."""
    return sum(bool(getattr(ref, name)) for name in _FIELDS)


# --------------------------------------------------------------------------------------
# The bibliography
# --------------------------------------------------------------------------------------

_SCHEMA = """
CREATE TABLE clusters (id INTEGER PRIMARY KEY, wkey BLOB, rich INTEGER, ref BLOB, sort TEXT,
                       base TEXT, key TEXT);
CREATE TABLE terms (term INTEGER, cluster INTEGER, PRIMARY KEY (term, cluster)) WITHOUT ROWID;
CREATE TABLE documents (id INTEGER PRIMARY KEY, name TEXT);
CREATE TABLE cites (cluster INTEGER, document INTEGER, n INTEGER);
CREATE TABLE selves (cluster INTEGER, document INTEGER);
CREATE TABLE links (a INTEGER, b INTEGER, PRIMARY KEY (a, b)) WITHOUT ROWID;
CREATE TABLE rows (document INTEGER, seq INTEGER, note TEXT, locator TEXT, cluster INTEGER);
"""


# Cluster keys kept unpickled (the most recently compared): memory stays flat.
_KEYS_KEPT = 4096


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
        self._keys: dict[int, WorkKey] = {}  # see _key
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
        """The cluster a work belongs to, created or updated; links other editions and volumes."""
        record, blob, filed, query, rich, sort = work[:6]
        related: list[int] = []
        key: WorkKey | None = None  # unpickled only if there is a candidate to compare
        found = identity.candidates(self._filed(query))
        marks = ",".join("?" * len(found))
        rows = {
            cid: row
            for cid, *row in self._db.execute(
                f"SELECT id, wkey, rich, sort FROM clusters WHERE id IN ({marks})", found
            )
        }
        for cid in found:
            known_blob, known_rich, known_sort = rows[cid]
            if known_blob == blob:  # the same keys, written the same way: nothing to unpickle
                level = Level.VOLUME
            else:
                key = key or pickle.loads(blob)
                level = identity.compare(self._key(cid, known_blob), key)
            if level == Level.VOLUME:
                # The richest record represents the cluster; ties go by content, not order.
                if (rich, known_sort) > (known_rich, sort):
                    self._store(cid, work)
                return cid
            if level > Level.OTHER:
                related.append(cid)
        created = self._db.execute(
            "INSERT INTO clusters (wkey, rich, ref, sort) VALUES (?, ?, ?, ?)",
            (blob, rich, record, sort),
        ).lastrowid
        assert created is not None
        self._file(created, filed)
        for other in related:
            self._link(created, other)
        return created

    def _key(self, cid: int, blob: bytes) -> WorkKey:
        """Cluster ``cid``'s key, unpickled once while it stays among the recently compared."""
        key = self._keys.pop(cid, None) or pickle.loads(blob)
        self._keys[cid] = key  # (re)inserted last: the dict is in order of use
        if len(self._keys) > _KEYS_KEPT:
            del self._keys[next(iter(self._keys))]
        return key

    def _filed(self, terms: tuple[int, ...]) -> list[list[int]]:
        """For each term, the first clusters filed under it (see :func:`identity.candidates`).

        One statement per work: a bounded, indexed lookup for each of its terms.
        """
        if not terms:
            return []
        lookup = "SELECT ?, cluster FROM (SELECT cluster FROM terms WHERE term = ?" + (
            f" ORDER BY cluster LIMIT {identity.MAX_CANDIDATES})"
        )
        found: list[list[int]] = [[] for _ in terms]
        rows = self._db.execute(
            " UNION ALL ".join([lookup] * len(terms)),
            [value for index, term in enumerate(terms) for value in (index, term)],
        )
        for index, cid in rows:
            found[index].append(cid)
        return found

    def _file(self, cid: int, terms: Iterable[int]) -> None:
        """File cluster ``cid`` under ``terms``, so later works with a shared term find it."""
        self._db.executemany(
            "INSERT OR IGNORE INTO terms VALUES (?, ?)", [(term, cid) for term in terms]
        )

    def _store(self, cid: int, work: PackedWork) -> None:
        """Make ``work`` the representative of cluster ``cid`` (found under its terms too)."""
        record, blob, filed, _, rich, sort = work[:6]
        self._keys.pop(cid, None)
        self._db.execute(
            "UPDATE clusters SET wkey = ?, rich = ?, ref = ?, sort = ? WHERE id = ?",
            (blob, rich, record, sort, cid),
        )
        self._file(cid, filed)

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
