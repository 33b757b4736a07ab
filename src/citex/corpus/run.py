"""Run extraction over many files and merge them into one corpus ``Bibliography``.

Files are found in a fixed order (sorted, directory by directory), extracted in a
process pool (or on a Dask cluster) and merged in that same order as results stream
back, so the output never depends on which worker finished first. The parent keeps
only the bibliography's state, in a temporary SQLite file. A content-hash cache lets a
re-run skip files that did not change. Bad files are skipped with a reason.
"""

from __future__ import annotations

import contextlib
import csv
import functools
import hashlib
import json
import os
import pickle
import sys
import tempfile
import textwrap
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path, PurePath
from typing import IO, Any, Literal

import attrs
from attrs import frozen

from citex.corpus.bibliography import (
    Bibliography,
    CitekeyBase,
    DocumentDigest,
    Entry,
    PackedDigest,
    digest_document,
    pack_digest,
)
from citex.errors import InputError
from citex.records import Document
from citex.sources import Source, read_source

Extract = Callable[[Source], Document]
Engine = Literal["local", "dask"]
SkipKind = Literal["enormous", "unreadable", "not text", "failed"]

DEFAULT_GLOBS = (
    "*.txt", "*.md", "*.markdown", "*.html", "*.htm", "*.xhtml", "*.epub", "*.docx", "*.odt",
    "*.pdf",
)
MAX_BYTES = 50_000_000
"""Files larger than this are skipped as enormous (a book is a few MB)."""
_CHUNK = 8
"""Files per task: enough to amortise the cost of sending a task, few enough to balance."""


@frozen(kw_only=True)
class Skipped:
    """A file that was not extracted: its ``kind`` and the reason.

    Kinds: ``enormous``, ``unreadable``, ``not text`` (binary, empty, undecodable) and
    ``failed`` (extraction raised: a bug in citex, reported rather than ending the run).
    """

    name: str
    kind: SkipKind
    reason: str


def summarise_skips(skipped: Sequence[Skipped]) -> str:
    """``"3 files skipped (2 not text, 1 enormous)"``, kinds in order of frequency."""
    kinds = Counter(skip.kind for skip in skipped).most_common()
    detail = ", ".join(f"{n} {kind}" for kind, n in kinds)
    files = "file" if len(skipped) == 1 else "files"
    return f"{len(skipped)} {files} skipped" + (f" ({detail})" if detail else "")


def default_cache_dir() -> Path:
    """Where extraction results are cached: ``$XDG_CACHE_HOME/citex`` or ``~/.cache/citex``."""
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "citex"


def find_files(
    paths: Iterable[str | os.PathLike[str]], *, globs: Sequence[str] = DEFAULT_GLOBS
) -> Iterator[tuple[Path, str]]:
    """Yield (path, display name) for each file to read, in a fixed order.

    A file given directly is always taken; directories are walked recursively with
    entries sorted by name, keeping files that match any of ``globs``. The display
    name is the path as the user wrote it plus the part found below it.
    """
    for given in paths:
        root = Path(given)
        if not root.is_dir():
            yield root, PurePath(given).as_posix()
            continue
        for folder, dirs, files in os.walk(root):
            # Hidden folders (.git, .venv, .cache) hold no documents of the user's.
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            here = Path(folder)
            for name in sorted(files):
                path = here / name
                if any(path.match(g) for g in globs):
                    yield path, path.as_posix()


# --------------------------------------------------------------------------------------
# Work done per file (in a worker process or on a Dask worker)
# --------------------------------------------------------------------------------------


@functools.cache
def _code_fingerprint() -> str:
    """A hash of citex's own source, so a cache never outlives the code that filled it."""
    package = Path(__file__).parent
    digest = hashlib.sha256()
    for source in sorted(package.rglob("*.py")):
        digest.update(source.relative_to(package).as_posix().encode() + b"\0")
        digest.update(source.read_bytes())
    return digest.hexdigest()


def _extractor_id(extract: Extract | None) -> str:
    """Names the extractor and citex's code in cache keys, so results are never stale."""
    name = "default" if extract is None else f"{extract.__module__}.{extract.__qualname__}"
    return f"{name} {_code_fingerprint()}"


def digest_file(
    path: Path,
    name: str,
    *,
    extract: Extract | None = None,
    cache_dir: Path | None = None,
    max_bytes: int = MAX_BYTES,
) -> DocumentDigest | Skipped:
    """Read, extract and digest one file, or say why it was skipped.

    Args:
        path: the file.
        name: how the document is named in the output.
        extract: document (a :class:`citex.Source`) -> Document; default
            :func:`citex.pipeline.extract`.
        cache_dir: directory of cached digests keyed by content hash; ``None`` disables.
        max_bytes: larger files are skipped as enormous.
    """
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return Skipped(
                name=name, kind="enormous", reason=f"{size} bytes, more than {max_bytes}"
            )
        data = path.read_bytes()
    except OSError as error:
        return Skipped(name=name, kind="unreadable", reason=str(error.strerror or error))
    cached = None
    if cache_dir is not None:
        digest_key = hashlib.sha256(_extractor_id(extract).encode() + b"\0" + data).hexdigest()
        cached = cache_dir / digest_key[:2] / f"{digest_key}.pickle"
        with contextlib.suppress(OSError, pickle.UnpicklingError, EOFError):
            found = pickle.loads(cached.read_bytes())
            if isinstance(found, DocumentDigest):
                return attrs.evolve(found, name=name)
    try:
        source = read_source(data, name=name, path=str(path))
    except InputError as error:
        return Skipped(name=name, kind="not text", reason=str(error).removeprefix(f"{name}: "))
    try:
        digest = digest_document(name, (extract or _default_extract())(source))
    except Exception as error:  # a bug on one file must not lose the other 9,999
        return Skipped(name=name, kind="failed", reason=f"{type(error).__name__}: {error}")
    if cached is not None:
        with contextlib.suppress(OSError):
            cached.parent.mkdir(parents=True, exist_ok=True)
            with atomic_writer(cached, "wb") as out:
                pickle.dump(digest, out)
    return digest


def _default_extract() -> Extract:
    """:func:`citex.pipeline.extract`, imported only when needed (in the worker)."""
    from citex.pipeline import extract

    return extract


def _digest_chunk(
    tasks: Sequence[tuple[Path, str]], **options: Any
) -> list[PackedDigest | Skipped]:
    """:func:`digest_file` over a few files: one task for the pool or the cluster.

    Digests are packed here, in the worker, so the parent only unpickles plain tuples.
    """
    return [_packed(digest_file(path, name, **options)) for path, name in tasks]


def _packed(result: DocumentDigest | Skipped) -> PackedDigest | Skipped:
    """A digest packed for the parent; a skipped file as it is."""
    return result if isinstance(result, Skipped) else pack_digest(result)


def _chunks(items: Iterable[tuple[Path, str]], size: int) -> Iterator[list[tuple[Path, str]]]:
    """Consecutive lists of ``size`` items (the last may be shorter)."""
    chunk: list[tuple[Path, str]] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _run_local(
    tasks: Iterable[list[tuple[Path, str]]], work: Callable[..., list[Any]], jobs: int
) -> Iterator[list[PackedDigest | Skipped]]:
    """Results of ``work`` over ``tasks`` in order, from a process pool (in-process for 1 job)."""
    if jobs <= 1:
        yield from map(work, tasks)
        return
    import multiprocessing

    # forkserver/spawn would re-import citex per worker; fork is cheap and the parent
    # holds nothing big yet. Fall back to the platform default where fork is missing.
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    with context.Pool(jobs) as pool:
        yield from pool.imap(work, tasks)


def _run_dask(
    tasks: Iterable[list[tuple[Path, str]]], work: Callable[..., list[Any]], scheduler: Any
) -> Iterator[list[PackedDigest | Skipped]]:
    """Results of ``work`` over ``tasks`` in order, from a Dask cluster, a window at a time."""
    try:
        from distributed import Client
    except ImportError:  # pragma: no cover - depends on the environment
        raise InputError("--engine dask needs the extra: pip install 'citex-refs[dask]'") from None
    # distributed is untyped; treat its client as Any.
    client: Any = scheduler if isinstance(scheduler, Client) else Client(scheduler)  # type: ignore[no-untyped-call]
    try:
        window = 4 * max(1, sum(client.nthreads().values()))
        pending: deque[Any] = deque()
        for task in tasks:
            pending.append(client.submit(work, task, pure=False))
            if len(pending) >= window:
                yield pending.popleft().result()
        for future in pending:
            yield future.result()
    finally:
        if client is not scheduler:
            client.close()


def _usable_cores() -> int:
    """Cores this process may run on (fewer than the machine's under a CPU affinity mask)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


@contextlib.contextmanager
def collect_corpus(
    paths: Iterable[str | os.PathLike[str]],
    *,
    globs: Sequence[str] = DEFAULT_GLOBS,
    jobs: int | None = None,
    engine: Engine = "local",
    scheduler: Any = None,
    extract: Extract | None = None,
    cache_dir: Path | None = None,
    max_bytes: int = MAX_BYTES,
    progress: bool = False,
    on_skip: Callable[[Skipped], None] | None = None,
    citekey_base: CitekeyBase | None = None,
) -> Iterator[tuple[Bibliography, list[Skipped]]]:
    """Extract every file under ``paths`` and merge them into one bibliography.

    Args:
        paths: files and directories.
        globs: file-name patterns taken from directories.
        jobs: worker processes for the local engine; default the number of cores.
        engine: ``"local"`` (process pool) or ``"dask"``.
        scheduler: Dask scheduler address or ``distributed.Client`` (engine ``dask``).
        extract: document (a :class:`citex.Source`) -> Document; default
            :func:`citex.pipeline.extract`. Must be picklable (a module-level function) when
            run in other processes.
        cache_dir: cache of extraction results by content hash; ``None`` disables it.
        max_bytes: larger files are skipped as enormous.
        progress: show a progress bar on stderr.
        on_skip: called with each skipped file as it is found.
        citekey_base: record -> key stem; default :func:`citex.works.keys.citekey_base`.

    Yields:
        The bibliography (keys assigned) and the skipped files, valid inside the block.
    """
    paths = tuple(paths)
    # Files stream to the workers: the parent never holds the list (only counts it for the bar).
    total = sum(1 for _ in find_files(paths, globs=globs)) if progress else None
    work = functools.partial(
        _digest_chunk, extract=extract, cache_dir=cache_dir, max_bytes=max_bytes
    )
    tasks = _chunks(find_files(paths, globs=globs), _CHUNK)
    if engine == "dask":
        results = _run_dask(tasks, work, scheduler)
    else:
        results = _run_local(tasks, work, jobs or _usable_cores())
    skipped: list[Skipped] = []
    with tempfile.TemporaryDirectory(prefix="citex-") as scratch:
        bibliography = Bibliography(str(Path(scratch) / "bibliography.sqlite"))
        try:
            with _progress_bar(total, enabled=progress) as bar:
                for chunk in results:
                    for result in chunk:
                        if isinstance(result, Skipped):
                            skipped.append(result)
                            if on_skip:
                                on_skip(result)
                        else:
                            bibliography.add_packed(result)
                    bar.update(len(chunk))
            bibliography.assign_keys(citekey_base)
            yield bibliography, skipped
        finally:
            bibliography.close()


@contextlib.contextmanager
def _progress_bar(total: int | None, *, enabled: bool) -> Iterator[Any]:
    """A tqdm bar on stderr, or a silent stand-in."""
    from tqdm import tqdm  # type: ignore[import-untyped]  # no stubs shipped

    with tqdm(total=total, unit="file", file=sys.stderr, disable=not enabled) as bar:
        yield bar


@contextlib.contextmanager
def atomic_writer(path: Path, mode: Literal["w", "wb"] = "w") -> Iterator[IO[Any]]:
    """Write to a temporary file beside ``path`` and move it into place only on success."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        out: IO[Any]
        if mode == "w":
            out = os.fdopen(handle, "w", encoding="utf-8", newline="\n")
        else:
            out = os.fdopen(handle, "wb")
        with out:
            yield out
        # mkstemp makes the file private; give it the permissions a plain open() would.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


# --------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------

Format = Literal["bibtex", "csl-json"]


def entry_to_bibtex(entry: Entry) -> str:
    """One entry as BibTeX, with the corpus fields ``citedby``, ``related`` and ``corpusdocument``.

    ``citedby`` lists ``document (count)`` separated by ``;``; ``related`` is biblatex's
    field of related entry keys (other editions, translations); ``corpusdocument``
    names the corpus files this entry is the self-record of.
    """
    import bibtexparser
    from bibtexparser.middlewares.parsestack import default_unparse_stack
    from bibtexparser.model import Field
    from bibtexparser.writer import BibtexFormat

    from citex.formats.bibtex import escape_latex, to_bibtex_library

    library = to_bibtex_library([entry.reference])
    (record,) = library.entries
    if entry.cited_by:
        cited = "; ".join(f"{name} ({count})" for name, count in entry.cited_by)
        record.set_field(Field("citedby", escape_latex(cited)))
    if entry.related:
        record.set_field(Field("related", ",".join(entry.related)))
    if entry.documents:
        record.set_field(Field("corpusdocument", escape_latex("; ".join(entry.documents))))
    layout = BibtexFormat()  # type: ignore[no-untyped-call]
    layout.indent = "  "  # as citex.formats.bibtex.to_bibtex writes
    # The library is ours and thrown away: unparse it in place, not on a deep copy.
    stack = default_unparse_stack(allow_inplace_modification=True)
    text = str(bibtexparser.write_string(library, unparse_stack=stack, bibtex_format=layout))  # type: ignore[attr-defined]
    return text.strip() + "\n"


def entry_to_csl(entry: Entry) -> dict[str, Any]:
    """One entry as a CSL-JSON item; the corpus data goes in CSL's ``custom`` object."""
    from citex.formats.csl import to_csl_json

    (item,) = to_csl_json([entry.reference])
    custom: dict[str, Any] = dict(item.get("custom", {}))
    custom["cited-by"] = [{"document": name, "count": count} for name, count in entry.cited_by]
    if entry.related:
        custom["related"] = list(entry.related)
    if entry.documents:
        custom["corpus-documents"] = list(entry.documents)
    return {**item, "custom": custom}


def format_for(path: Path) -> Format:
    """The output format a file name asks for: ``.json`` is CSL-JSON, anything else BibTeX."""
    return "csl-json" if path.suffix.lower() == ".json" else "bibtex"


def write_bibliography(bibliography: Bibliography, path: Path, *, format: Format) -> None:
    """Write every entry, in citekey order, atomically (never a half-written file)."""
    with atomic_writer(path) as out:
        if format == "bibtex":
            for index, entry in enumerate(bibliography.entries()):
                out.write(("\n" if index else "") + entry_to_bibtex(entry))
            return
        out.write("[")
        for index, entry in enumerate(bibliography.entries()):
            item = json.dumps(entry_to_csl(entry), ensure_ascii=False, indent=2)
            out.write(("," if index else "") + "\n" + textwrap.indent(item, "  "))
        out.write("\n]\n")


def write_citations(bibliography: Bibliography, path: Path) -> None:
    """Write the citations table (document, note, locator, work) as CSV, atomically."""
    with atomic_writer(path) as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["document", "note", "locator", "work"])
        writer.writerows(bibliography.citation_rows())
