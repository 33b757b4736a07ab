"""Files citex reads and writes, handled so that they cannot be turned against the user.

Reading (:func:`read_bytes`) opens first and checks the opened file, so nothing can be
swapped in between: only regular files are read where a corpus is walked (a FIFO would
block for ever, ``/dev/zero`` never ends), and no more than ``max_bytes`` is ever read.

Writing (:func:`output_file`) is the one writer behind every ``-o``:

- ``-`` is standard output;
- a regular file (or a new one) is written to a temporary file made with ``O_EXCL``
  beside it and moved into place only when complete, so a reader sees the old file or
  the new one, never half of one; the old file's permissions are kept;
- a symbolic link is followed: its target is replaced in the same way;
- a character device (``/dev/null``, a terminal) or a FIFO is streamed to, never
  replaced;
- anything else (a directory, a block device, a socket) is refused with a message.

Temporary files are named ``.NAME.PID.RANDOM.citex-tmp``. One left behind by a killed
run is swept by the next write to the same place (see :func:`sweep_temporaries`).
:func:`terminate_gracefully` turns SIGTERM into an exit that runs the clean-ups.
"""

from __future__ import annotations

import contextlib
import os
import signal
import stat
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import FrameType
from typing import IO, Any, Literal

from citex.errors import InputError, OutputError

STDIO = "-"
MAX_BYTES = 50_000_000
"""The most citex reads of one input by default (a book is a few MB)."""
_CHUNK = 1 << 20
_TEMPORARY_SUFFIX = ".citex-tmp"
_NAME_ROOM = 120  # characters of the target's name kept in a temporary name (NAME_MAX is 255)
_STALE_DEAD = 60.0  # seconds: a temporary of a process that no longer runs
_STALE_ANY = 24 * 3600.0  # seconds: any temporary of ours (the process id may be reused)


class SpecialFileError(InputError):
    """An input that is not a regular file (a FIFO, a device, a directory, a socket)."""


class FileTooLargeError(InputError):
    """An input larger than the size limit."""


def describe_mode(mode: int) -> str:
    """What kind of file a ``st_mode`` is, as a noun phrase: ``"a FIFO (named pipe)"``."""
    kinds = (
        (stat.S_ISDIR, "a directory"),
        (stat.S_ISFIFO, "a FIFO (named pipe)"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISREG, "a regular file"),
    )
    return next((name for test, name in kinds if test(mode)), "a special file")


# --------------------------------------------------------------------------------------
# Reading
# --------------------------------------------------------------------------------------


def read_bytes(
    path: str | os.PathLike[str], *, max_bytes: int = MAX_BYTES, regular_only: bool = True
) -> bytes:
    """The bytes of the file at ``path``, never more than ``max_bytes`` of them.

    Args:
        path: the file; a symbolic link is followed, and what it points to is checked.
        max_bytes: a file holding more is refused without reading the rest.
        regular_only: refuse FIFOs and devices (a corpus walk); when ``False`` they are
            read as streams, up to ``max_bytes`` (an input the user named, such as
            ``<(zcat library.bib.gz)``).

    Raises:
        SpecialFileError: not a regular file (with ``regular_only``), or a directory.
        FileTooLargeError: more than ``max_bytes``.
        InputError: missing or unreadable.
    """
    # O_NONBLOCK: opening a FIFO no one writes to returns at once instead of waiting.
    flags = os.O_RDONLY | os.O_NOCTTY | os.O_CLOEXEC | (os.O_NONBLOCK if regular_only else 0)
    try:
        descriptor = os.open(path, flags)
    except FileNotFoundError as error:
        raise InputError(f"{path}: no such file") from error
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror})") from error
    try:
        mode = os.fstat(descriptor).st_mode
        regular = stat.S_ISREG(mode)
        if stat.S_ISDIR(mode) or (regular_only and not regular):
            raise SpecialFileError(f"{path}: is {describe_mode(mode)}, not a regular file")
        size = os.fstat(descriptor).st_size if regular else 0
        if size > max_bytes:
            raise FileTooLargeError(f"{path}: {size} bytes, more than {max_bytes}")
        data = _read_at_most(descriptor, max_bytes, first=size + 1 if regular else _CHUNK)
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror})") from error
    finally:
        os.close(descriptor)
    if len(data) > max_bytes:
        raise FileTooLargeError(f"{path}: more than {max_bytes} bytes")
    return data


def read_stream(stream: IO[bytes], *, name: str, max_bytes: int = MAX_BYTES) -> bytes:
    """Up to ``max_bytes`` of a binary stream (standard input).

    Raises:
        FileTooLargeError: the stream holds more.
    """
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise FileTooLargeError(f"{name}: more than {max_bytes} bytes")
    return data


def _read_at_most(descriptor: int, max_bytes: int, *, first: int) -> bytes:
    """Read until the end or until more than ``max_bytes`` have come."""
    chunks: list[bytes] = []
    total = 0
    want = min(first, max_bytes + 1)
    while total <= max_bytes:
        chunk = os.read(descriptor, want)
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
        want = min(_CHUNK, max_bytes + 1 - total) or 1
    return b"".join(chunks)


# --------------------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------------------


def _resolve_output(target: Path) -> tuple[Path, bool]:
    """Where writing ``target`` really goes, and whether to stream to it (no replace).

    Raises:
        OutputError: the place cannot be written (missing folder, a directory...).
    """
    try:
        mode = os.stat(target).st_mode  # follows symbolic links
    except FileNotFoundError:
        mode = None
    except OSError as error:
        raise OutputError(f"{target}: cannot write ({error.strerror})") from error
    if mode is not None and (stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)):
        if not os.access(target, os.W_OK):
            raise OutputError(f"{target}: cannot write (permission denied)")
        return target, True
    if mode is not None and not stat.S_ISREG(mode):
        raise OutputError(
            f"{target}: is {describe_mode(mode)}; citex writes to files, character "
            "devices and FIFOs only"
        )
    # A new or regular file, maybe behind a symbolic link: replace the link's target.
    real = Path(os.path.realpath(target)) if os.path.islink(target) else target
    folder = real.parent
    if not folder.is_dir():
        raise OutputError(f"{target}: cannot write (no folder {str(folder)!r})")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(f"{target}: cannot write (folder {str(folder)!r} is not writable)")
    return real, False


def check_output(target: str | os.PathLike[str]) -> None:
    """Fail early, before any work, when ``target`` cannot be written.

    Raises:
        OutputError: saying why.
    """
    if os.fspath(target) != STDIO:
        _resolve_output(Path(target))


@contextlib.contextmanager
def output_file(
    target: str | os.PathLike[str], mode: Literal["w", "wb"] = "w", *, durable: bool = True
) -> Iterator[IO[Any]]:
    """Open ``target`` for writing as described in the module docstring.

    Text is UTF-8 with ``\\n`` line ends. Leaving the block with an exception leaves the
    old file as it was (and removes the temporary file). ``durable`` flushes a replaced
    file to disk before the rename (a crash then leaves the old or the new file, never an
    empty one); a cache entry that checks itself on load can skip that cost.

    Raises:
        OutputError: the place cannot be written, or writing failed (disk full...).
    """
    if os.fspath(target) == STDIO:
        yield sys.stdout if mode == "w" else sys.stdout.buffer
        (sys.stdout if mode == "w" else sys.stdout.buffer).flush()
        return
    path, stream = _resolve_output(Path(target))
    try:
        if stream:
            flags = os.O_WRONLY | os.O_NOCTTY | os.O_CLOEXEC
            with _open_descriptor(os.open(path, flags), mode) as out:
                yield out
        else:
            with _replacing(path, mode, durable=durable) as out:
                yield out
    except OSError as error:
        raise OutputError(f"{target}: cannot write ({error.strerror or error})") from error


def _open_descriptor(descriptor: int, mode: Literal["w", "wb"]) -> IO[Any]:
    """A file object that owns ``descriptor``."""
    if mode == "w":
        return os.fdopen(descriptor, "w", encoding="utf-8", newline="\n")
    return os.fdopen(descriptor, "wb")


@contextlib.contextmanager
def _replacing(path: Path, mode: Literal["w", "wb"], *, durable: bool) -> Iterator[IO[Any]]:
    """Write a temporary file beside ``path`` and move it over ``path`` when complete."""
    sweep_temporaries(path)
    prefix = f".{path.name[:_NAME_ROOM]}.{os.getpid()}."
    descriptor, temporary = tempfile.mkstemp(
        dir=path.parent, prefix=prefix, suffix=_TEMPORARY_SUFFIX
    )
    try:
        with _open_descriptor(descriptor, mode) as out:
            yield out
            if durable:
                out.flush()
                os.fsync(out.fileno())
        os.chmod(temporary, _mode_for(path))
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _mode_for(path: Path) -> int:
    """The permissions of the file being replaced, else those a plain ``open`` would give."""
    with contextlib.suppress(OSError):
        return stat.S_IMODE(os.stat(path).st_mode) & 0o777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def sweep_temporaries(path: Path, *, now: float | None = None) -> int:
    """Remove temporary files of ours left beside ``path`` by killed runs; return how many.

    Only our own regular files named ``.NAME.PID.RANDOM.citex-tmp`` go, and only when
    their process is gone (and they are a minute old) or they are a day old.
    """
    now = time.time() if now is None else now
    prefix = f".{path.name[:_NAME_ROOM]}."
    removed = 0
    with contextlib.suppress(OSError):
        for entry in os.scandir(path.parent):
            name = entry.name
            if not (name.startswith(prefix) and name.endswith(_TEMPORARY_SUFFIX)):
                continue
            pid_text = name[len(prefix) :].partition(".")[0]
            with contextlib.suppress(OSError):
                info = entry.stat(follow_symlinks=False)
                if not stat.S_ISREG(info.st_mode) or info.st_uid != os.geteuid():
                    continue
                age = now - info.st_mtime
                dead = pid_text.isdigit() and not _process_exists(int(pid_text))
                if age > _STALE_ANY or (dead and age > _STALE_DEAD):
                    os.unlink(entry.path)
                    removed += 1
    return removed


def _process_exists(pid: int) -> bool:
    """Whether a process with this id runs on this machine."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists, owned by someone else
    return True


# --------------------------------------------------------------------------------------
# Signals
# --------------------------------------------------------------------------------------


def _exit_on_signal(number: int, _frame: FrameType | None) -> None:
    """Leave by raising SystemExit, so ``finally`` blocks remove temporary files."""
    raise SystemExit(128 + number)


@contextlib.contextmanager
def terminate_gracefully() -> Iterator[None]:
    """Within the block, SIGTERM exits with status 143 after running the clean-ups.

    Only the main thread can own signals; elsewhere this does nothing.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _exit_on_signal)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
