"""Run extraction over many files and merge them into one corpus ``Bibliography``.

Files are found in a fixed order (sorted, directory by directory), extracted in a
process pool (or on a Dask cluster) and merged in that same order as results stream
back, so the output never depends on which worker finished first. The parent keeps
only the bibliography's state, in an SQLite database that SQLite deletes as soon as it
makes it (nothing is left behind, however the run ends). A content-hash cache
(:mod:`citex.corpus.cache`) lets a re-run skip files that did not change. Bad files are
skipped with a reason: only regular files are read, never more than ``max_bytes`` of
one. A worker process that dies does not stop the run (see :func:`_run_local`).
"""

from __future__ import annotations

import asyncio
import contextlib
import csv
import functools
import hashlib
import json
import multiprocessing
import os
import signal
import sys
import textwrap
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path, PurePath
from typing import Any, Literal

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
from citex.corpus.cache import (
    CacheUnavailableError,
    ResultCache,
    content_key,
    load_digest,
    open_cache,
    store_digest,
)
from citex.errors import CitexError, InputError
from citex.files import MAX_BYTES as MAX_BYTES  # re-exported: the CLI's default
from citex.files import FileTooLargeError, SpecialFileError, output_file, read_bytes
from citex.records import Document
from citex.sources import Source, read_source

Extract = Callable[[Source], Document]
Engine = Literal["local", "dask"]
SkipKind = Literal["enormous", "unreadable", "special", "not text", "failed"]
Task = list[tuple[Path, str]]

DEFAULT_GLOBS = (
    "*.txt", "*.md", "*.markdown", "*.html", "*.htm", "*.xhtml", "*.epub", "*.docx", "*.odt",
    "*.pdf",
)  # fmt: skip
CONNECT_TIMEOUT = 10.0
"""Seconds to wait for a Dask scheduler to answer."""
_CHUNK = 8
"""Files per task: enough to amortise the cost of sending a task, few enough to balance."""


@frozen(kw_only=True)
class Skipped:
    """A file that was not extracted: its ``kind`` and the reason.

    Kinds: ``enormous``, ``unreadable`` (a file or a folder), ``special`` (a FIFO, a
    device, a socket: only regular files are read), ``not text`` (binary, empty,
    undecodable) and ``failed`` (extraction raised, or killed its worker twice: a bug in
    citex or a file too big for memory, reported rather than ending the run).
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


def find_files(
    paths: Iterable[str | os.PathLike[str]],
    *,
    globs: Sequence[str] = DEFAULT_GLOBS,
    on_error: Callable[[Skipped], None] | None = None,
) -> Iterator[tuple[Path, str]]:
    """Yield (path, display name) for each file to read, in a fixed order.

    A file given directly is always taken; directories are walked recursively with
    entries sorted by name, keeping files that match any of ``globs``. The display
    name is the path as the user wrote it plus the part found below it. A folder that
    cannot be listed is passed to ``on_error`` as an ``unreadable`` skip.
    """

    def unreadable(error: OSError) -> None:
        if on_error is not None:
            name = PurePath(error.filename or "?").as_posix()
            on_error(Skipped(name=name, kind="unreadable", reason=str(error.strerror or error)))

    for given in paths:
        root = Path(given)
        if not root.is_dir():
            yield root, PurePath(given).as_posix()
            continue
        for folder, dirs, files in os.walk(root, onerror=unreadable):
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
    package = Path(__file__).parent.parent
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
    cache: ResultCache | None = None,
    max_bytes: int = MAX_BYTES,
) -> DocumentDigest | Skipped:
    """Read, extract and digest one file, or say why it was skipped.

    Args:
        path: the file; only a regular file (or a symbolic link to one) is read.
        name: how the document is named in the output.
        extract: document (a :class:`citex.Source`) -> Document; default
            :func:`citex.pipeline.extract`.
        cache: cached extractions by content hash (:func:`citex.corpus.cache.open_cache`);
            ``None`` disables.
        max_bytes: larger files are skipped as enormous, after reading at most this much.
    """
    try:
        data = read_bytes(path, max_bytes=max_bytes, regular_only=True)
    except FileTooLargeError as error:
        return Skipped(name=name, kind="enormous", reason=_reason(error, path))
    except SpecialFileError as error:
        return Skipped(name=name, kind="special", reason=_reason(error, path))
    except InputError as error:
        return Skipped(name=name, kind="unreadable", reason=_reason(error, path))
    key = content_key(data, _extractor_id(extract)) if cache is not None else ""
    cached = load_digest(cache, key) if cache is not None else None
    if cached is not None:  # the entry may have been made from a copy with another name
        return attrs.evolve(cached, name=name)
    try:
        source = read_source(data, name=name, path=str(path))
    except InputError as error:
        return Skipped(name=name, kind="not text", reason=_reason(error, name))
    try:
        digest = digest_document(name, (extract or _default_extract())(source))
    except Exception as error:  # a bug on one file must not lose the other 9,999
        return Skipped(name=name, kind="failed", reason=f"{type(error).__name__}: {error}")
    if cache is not None:
        store_digest(cache, key, digest)
    return digest


def _reason(error: CitexError, name: object) -> str:
    """An error's message without the file name it starts with."""
    return str(error).removeprefix(f"{name}: ")


def _default_extract() -> Extract:
    """:func:`citex.pipeline.extract`, imported only when needed (in the worker)."""
    from citex.pipeline import extract

    return extract


def _digest_chunk(tasks: Task, **options: Any) -> list[PackedDigest | Skipped]:
    """:func:`digest_file` over a few files: one task for the pool or the cluster.

    Digests are packed here, in the worker, so the parent only unpickles plain tuples.
    """
    return [_packed(digest_file(path, name, **options)) for path, name in tasks]


def _packed(result: DocumentDigest | Skipped) -> PackedDigest | Skipped:
    """A digest packed for the parent; a skipped file as it is."""
    return result if isinstance(result, Skipped) else pack_digest(result)


def _chunks(items: Iterable[tuple[Path, str]], size: int) -> Iterator[Task]:
    """Consecutive lists of ``size`` items (the last may be shorter)."""
    chunk: Task = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# --------------------------------------------------------------------------------------
# Engines
# --------------------------------------------------------------------------------------

Work = Callable[[Task], list[Any]]
DIED = "its worker process died twice (killed, or out of memory)"


def _worker_setup() -> None:
    """In a pool worker: SIGTERM kills as usual (the parent's clean-up handler is not ours)."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _new_pool(jobs: int) -> ProcessPoolExecutor:
    """A process pool; fork is cheap and the parent holds nothing big yet."""
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    return ProcessPoolExecutor(jobs, mp_context=context, initializer=_worker_setup)


def _stop(pool: ProcessPoolExecutor) -> None:
    """Shut a pool down at once: queued tasks cancelled, running workers killed."""
    workers = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for worker in workers:
        with contextlib.suppress(OSError, ValueError, AttributeError):
            worker.terminate()
    for worker in workers:
        with contextlib.suppress(OSError, ValueError, AttributeError, AssertionError):
            worker.join()


def _run_local(tasks: Iterable[Task], work: Work, jobs: int) -> Iterator[list[Any]]:
    """Results of ``work`` over ``tasks`` in order, from a process pool (in-process for 1 job).

    A worker that dies (SIGKILL, the OOM killer) breaks the pool. The tasks not yet
    done are then run again one file at a time in a fresh single worker, so a file that
    kills its worker a second time is known: it is skipped (kind ``failed``) and the run
    goes on with a fresh pool.
    """
    if jobs <= 1:
        yield from map(work, tasks)
        return
    window = 2 * jobs  # tasks in flight: workers never wait, and a break redoes few
    pending: deque[tuple[Task, Future[list[Any]]]] = deque()
    queue = iter(tasks)
    pool = _new_pool(jobs)
    try:
        while True:
            while len(pending) < window and (task := next(queue, None)) is not None:
                pending.append((task, pool.submit(work, task)))
            if not pending:
                return
            task, future = pending.popleft()
            try:
                yield future.result()
                continue
            except BrokenProcessPool:
                pass
            _stop(pool)
            redo = [(task, future), *pending]
            pending.clear()
            for task, future in redo:
                finished = future.done() and not future.cancelled() and not future.exception()
                yield future.result() if finished else _run_isolated(task, work)
            pool = _new_pool(jobs)
    finally:
        _stop(pool)


def _run_isolated(task: Task, work: Work) -> list[Any]:
    """``work`` on each file of ``task`` alone in a fresh worker; one that kills it is skipped."""
    results: list[Any] = []
    pool = _new_pool(1)
    try:
        for item in task:
            try:
                results += pool.submit(work, [item]).result()
            except BrokenProcessPool:
                _stop(pool)
                pool = _new_pool(1)
                results.append(Skipped(name=item[1], kind="failed", reason=DIED))
    finally:
        _stop(pool)
    return results


def connect_dask(scheduler: str, *, timeout: float = CONNECT_TIMEOUT) -> Any:
    """A ``distributed.Client`` for ``scheduler``, or a clear error within ``timeout`` seconds.

    distributed's own timeout covers connecting, not a scheduler that accepts and never
    answers; so the scheduler is asked who it is first, with a deadline.

    Raises:
        InputError: the extra is missing, or the scheduler cannot be reached in time.
    """
    try:
        from distributed import Client
        from distributed.core import rpc
    except ImportError:  # pragma: no cover - depends on the environment
        raise InputError("--engine dask needs the extra: pip install 'citex-refs[dask]'") from None

    async def probe() -> None:
        async with rpc(scheduler, timeout=timeout) as remote:  # type: ignore[no-untyped-call]
            await asyncio.wait_for(remote.identity(), timeout)

    try:
        asyncio.run(probe())
        return Client(scheduler, timeout=timeout)  # type: ignore[no-untyped-call]
    except (OSError, ValueError, TypeError) as error:
        reason = str(error) or f"no answer within {timeout:g} s"
        raise InputError(f"cannot reach Dask scheduler {scheduler}: {reason}") from error


def _run_dask(
    tasks: Iterable[Task], work: Work, scheduler: Any, timeout: float
) -> Iterator[list[Any]]:
    """Results of ``work`` over ``tasks`` in order, from a Dask cluster, a window at a time.

    A task that fails on the cluster (a worker killed too often, ``KilledWorker``) is
    tried again one file per task; a file that fails again is skipped.
    """
    client: Any = (
        scheduler if not isinstance(scheduler, str) else connect_dask(scheduler, timeout=timeout)
    )
    try:
        window = 4 * max(1, sum(client.nthreads().values()))
        pending: deque[tuple[Task, Any]] = deque()
        queue = iter(tasks)
        while True:
            while len(pending) < window and (task := next(queue, None)) is not None:
                pending.append((task, client.submit(work, task, pure=False)))
            if not pending:
                return
            task, future = pending.popleft()
            try:
                yield future.result()
            except Exception:
                yield [_dask_single(client, work, item) for item in task]
    finally:
        if client is not scheduler:
            client.close()


def _dask_single(client: Any, work: Work, item: tuple[Path, str]) -> Any:
    """One file as its own Dask task; skipped when that fails too."""
    try:
        (result,) = client.submit(work, [item], pure=False).result()
    except Exception as error:
        return Skipped(name=item[1], kind="failed", reason=f"{type(error).__name__}: {error}")
    return result


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
    connect_timeout: float = CONNECT_TIMEOUT,
    extract: Extract | None = None,
    cache_dir: Path | None = None,
    max_bytes: int = MAX_BYTES,
    progress: bool = False,
    on_skip: Callable[[Skipped], None] | None = None,
    on_note: Callable[[str], None] | None = None,
    citekey_base: CitekeyBase | None = None,
) -> Iterator[tuple[Bibliography, list[Skipped]]]:
    """Extract every file under ``paths`` and merge them into one bibliography.

    Args:
        paths: files and directories.
        globs: file-name patterns taken from directories.
        jobs: worker processes for the local engine; default the number of cores.
        engine: ``"local"`` (process pool) or ``"dask"``.
        scheduler: Dask scheduler address or ``distributed.Client`` (engine ``dask``).
        connect_timeout: seconds to wait for the Dask scheduler.
        extract: document (a :class:`citex.Source`) -> Document; default
            :func:`citex.pipeline.extract`. Must be picklable (a module-level function) when
            run in other processes.
        cache_dir: cache of extraction results by content hash; ``None`` disables it.
            When its key cannot be used the run goes on uncached (see ``on_note``).
        max_bytes: larger files are skipped as enormous.
        progress: show a progress bar on stderr.
        on_skip: called with each skipped file (or unreadable folder) as it is found.
        on_note: called with messages worth showing that are not skips (cache off).
        citekey_base: record -> key stem; default :func:`citex.works.keys.citekey_base`.

    Yields:
        The bibliography (keys assigned) and the skipped files, valid inside the block.

    Raises:
        InputError: the Dask scheduler cannot be reached.
    """
    paths = tuple(paths)
    skipped: list[Skipped] = []

    def skip(result: Skipped) -> None:
        skipped.append(result)
        if on_skip:
            on_skip(result)

    cache = None
    if cache_dir is not None:
        try:
            cache = open_cache(cache_dir, max_bytes=max_bytes)
        except CacheUnavailableError as error:
            if on_note:
                on_note(str(error))
    # Files stream to the workers: the parent never holds the list (only counts it for the bar).
    total = sum(1 for _ in find_files(paths, globs=globs)) if progress else None
    work = functools.partial(_digest_chunk, extract=extract, cache=cache, max_bytes=max_bytes)
    tasks = _chunks(find_files(paths, globs=globs, on_error=skip), _CHUNK)
    if engine == "dask":
        results = _run_dask(tasks, work, scheduler, connect_timeout)
    else:
        results = _run_local(tasks, work, jobs or _usable_cores())
    # "": a private on-disk database SQLite deletes at once; it spills to $TMPDIR.
    bibliography = Bibliography("")
    try:
        with _progress_bar(total, enabled=progress) as bar, _closing(results):
            for chunk in results:
                for result in chunk:
                    if isinstance(result, Skipped):
                        skip(result)
                    else:
                        bibliography.add_packed(result)
                bar.update(len(chunk))
        bibliography.assign_keys(citekey_base)
        yield bibliography, skipped
    finally:
        bibliography.close()


@contextlib.contextmanager
def _closing(results: Iterator[Any]) -> Iterator[Iterator[Any]]:
    """Close a generator of results however the block ends, so its workers stop at once."""
    try:
        yield results
    finally:
        close = getattr(results, "close", None)
        if close is not None:
            close()


@contextlib.contextmanager
def _progress_bar(total: int | None, *, enabled: bool) -> Iterator[Any]:
    """A tqdm bar on stderr, or a silent stand-in."""
    from tqdm import tqdm  # type: ignore[import-untyped]  # no stubs shipped

    with tqdm(total=total, unit="file", file=sys.stderr, disable=not enabled) as bar:
        yield bar


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


def format_for(path: str | os.PathLike[str]) -> Format:
    """The output format a file name asks for: ``.json`` is CSL-JSON, anything else BibTeX."""
    return "csl-json" if PurePath(path).suffix.lower() == ".json" else "bibtex"


def write_bibliography(
    bibliography: Bibliography, path: str | os.PathLike[str], *, format: Format
) -> None:
    """Write every entry, in citekey order, with :func:`citex.files.output_file`.

    A regular file is replaced only when complete (never a half-written file).

    Raises:
        OutputError: the file cannot be written (the old one is then unchanged).
    """
    with output_file(path) as out:
        if format == "bibtex":
            for index, entry in enumerate(bibliography.entries()):
                out.write(("\n" if index else "") + entry_to_bibtex(entry))
            return
        out.write("[")
        for index, entry in enumerate(bibliography.entries()):
            item = json.dumps(entry_to_csl(entry), ensure_ascii=False, indent=2)
            out.write(("," if index else "") + "\n" + textwrap.indent(item, "  "))
        out.write("\n]\n")


def write_citations(bibliography: Bibliography, path: str | os.PathLike[str]) -> None:
    """Write the citations table (document, note, locator, work) as CSV, atomically.

    Raises:
        OutputError: the file cannot be written (the old one is then unchanged).
    """
    with output_file(path) as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["document", "note", "locator", "work"])
        writer.writerows(bibliography.citation_rows())
