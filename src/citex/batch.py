"""``citex parse`` in bulk: reference lines parsed and rendered in worker processes, in order.

Each reference is parsed on its own, so lines can be shared out to processes in chunks and
the results put back in input order: the output is the same for any number of workers
(issue 12 asks for both cores on batch work). Workers render each record for the output too
(:func:`citex.formats.stream.render_reference`), so what comes back to the parent is text,
and the parent only writes it (:func:`citex.formats.stream.write_rendered`).
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from functools import partial

from citex.formats.stream import RenderedReference, render_reference
from citex.parse.reference import parse_reference

#: Lines per task sent to a worker: big enough that sending costs little next to parsing
#: (a few ms of work per chunk... ~0.1 s), small enough that the workers share evenly.
CHUNK_LINES = 128


def reference_lines(text: str) -> Iterator[tuple[str, int]]:
    """Each non-empty line of ``text``, stripped, with where it starts in ``text``.

    Lines end where :meth:`str.splitlines` ends them, so offsets match the decoded input.
    """
    offset = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            yield stripped, offset + line.index(stripped)
        offset += len(line)


def usable_cores() -> int:
    """Cores this process may run on (fewer than the machine's under a CPU affinity mask)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def parse_rendered(
    lines: Iterable[tuple[str, int]], *, learned: bool, output_format: str, jobs: int = 1
) -> Iterator[RenderedReference]:
    """Parse each ``(text, offset)`` line and render it for ``output_format``, in order.

    Args:
        lines: reference strings with their offsets (see :func:`reference_lines`).
        learned: parse with the learned tagger too (see :func:`parse_reference`).
        output_format: one of :data:`citex.formats.stream.STREAM_FORMATS`.
        jobs: worker processes; 1 parses in this process.
    """
    work = partial(_render_chunk, learned=learned, output_format=output_format)
    chunks = _chunks(lines, CHUNK_LINES)
    if jobs <= 1:
        for chunk in chunks:
            yield from work(chunk)
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=_worker_setup)
    pending: deque[Future[list[RenderedReference]]] = deque()
    try:
        for chunk in chunks:
            pending.append(pool.submit(work, chunk))
            if len(pending) >= 2 * jobs:  # in flight: the workers never wait for the parent
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _render_chunk(
    chunk: list[tuple[str, int]], *, learned: bool, output_format: str
) -> list[RenderedReference]:
    """In a worker: parse and render one chunk of lines."""
    return [
        render_reference(parse_reference(text, offset=start, learned=learned), output_format)
        for text, start in chunk
    ]


def _chunks(lines: Iterable[tuple[str, int]], size: int) -> Iterator[list[tuple[str, int]]]:
    """``lines`` in lists of ``size`` (the last one shorter)."""
    chunk: list[tuple[str, int]] = []
    for line in lines:
        chunk.append(line)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _worker_setup() -> None:
    """In a pool worker: SIGTERM kills as usual (the parent's clean-up handler is not ours)."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
