"""Fault injection for `citex bib`: each run ends with a true summary line and either the old
output or a complete new one (issue 15: D11-D20).

Faults: a worker killed (once, and every time), SIGTERM while writing, a full disk, a
read-only cache, a corrupt cache entry, special files (a FIFO, a link to /dev/zero, an
unreadable folder), no readable document, an unwritable output.
"""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

import bibtexparser
import pytest
from click.testing import CliRunner

from citex import files
from citex.cli import main
from citex.corpus import cache as corpus_cache
from citex.corpus import run as corpus
from citex.pipeline import extract
from citex.records import Document
from citex.sources import Source

DOCS = 4
SUMMARY = "citex bib: {documents} documents, "


def note_text(index: int) -> str:
    return (
        f"A claim is made here.1 Another follows.2\n\nNotes\n\n"
        f"1. John Smith{index}, The Book of Work {index} (London: Verso, 1990), 12.\n"
        f"2. Ibid., 14.\n"
    )


@pytest.fixture
def texts(tmp_path: Path) -> Path:
    root = tmp_path / "texts"
    root.mkdir()
    for index in range(DOCS):
        (root / f"doc{index}.txt").write_text(note_text(index))
    return root


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["bib", *args])
    assert not isinstance(result.exception, Exception) or isinstance(
        result.exception, SystemExit
    ), result.exception
    return result.exit_code, result.stderr


def titles(path: Path) -> list[str]:
    """Titles of a complete BibTeX output (parsing fails on a torn file)."""
    library = bibtexparser.parse_string(path.read_text(encoding="utf-8"))
    assert library.failed_blocks == []
    return sorted(entry["title"] for entry in library.entries if "title" in entry.fields_dict)


@pytest.fixture
def reference_output(texts: Path, tmp_path: Path) -> list[str]:
    """The titles a clean run writes."""
    out = tmp_path / "clean.bib"
    code, stderr = run(str(texts), "-o", str(out), "--no-cache", "-j", "1")
    assert code == 0, stderr
    return titles(out)


# --------------------------------------------------------------------------------------
# Killed workers (D16)
# --------------------------------------------------------------------------------------


def killing_extract(source: Source) -> Document:
    """The pipeline, but a document asking for it kills its worker (once, or always)."""
    text = source.text
    if "KILL ALWAYS" in text:
        os.kill(os.getpid(), signal.SIGKILL)
    if "KILL ONCE" in text:
        marker = Path(text.split("KILL ONCE ")[1].split()[0])
        if not marker.exists():
            marker.touch()
            os.kill(os.getpid(), signal.SIGKILL)
    return extract(source)


@pytest.fixture
def killer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(corpus, "_default_extract", lambda: killing_extract)


@pytest.mark.usefixtures("killer")
def test_a_worker_killed_once_is_retried_and_the_run_completes(
    texts: Path, tmp_path: Path, reference_output: list[str]
) -> None:
    victim = texts / "doc1.txt"
    victim.write_text(victim.read_text() + f"KILL ONCE {tmp_path / 'killed'}\n")
    out = tmp_path / "out.bib"
    started = time.monotonic()
    code, stderr = run(str(texts), "-o", str(out), "--no-cache", "-j", "2")
    assert code == 0, stderr
    assert f"{DOCS} documents" in stderr and "0 files skipped" in stderr
    assert (tmp_path / "killed").exists()  # the worker did die
    assert titles(out) == reference_output
    assert time.monotonic() - started < 60


@pytest.mark.usefixtures("killer")
def test_a_file_that_kills_its_worker_twice_is_skipped_with_the_reason(
    texts: Path, tmp_path: Path
) -> None:
    (texts / "doc2.txt").write_text(note_text(2) + "KILL ALWAYS\n")
    out = tmp_path / "out.bib"
    code, stderr = run(str(texts), "-o", str(out), "--no-cache", "-j", "2", "--strict")
    assert code == 1  # --strict: a file was skipped
    assert f"skipped {texts.as_posix()}/doc2.txt: failed: {corpus.DIED}" in stderr
    assert f"{DOCS - 1} documents" in stderr and "1 file skipped (1 failed)" in stderr
    assert not out.exists()
    code, stderr = run(str(texts), "-o", str(out), "--no-cache", "-j", "2")
    assert code == 0 and "1 file skipped (1 failed)" in stderr
    assert len(titles(out)) > 0


# --------------------------------------------------------------------------------------
# Output faults (D13, D14, D15, D18)
# --------------------------------------------------------------------------------------

SLOW_WRITE = """
import sys, time
from citex.corpus import run
real = run.entry_to_bibtex
def slow(entry):
    time.sleep(0.2)
    return real(entry)
run.entry_to_bibtex = slow
from citex.cli import main
sys.exit(main())
"""


def test_sigterm_mid_write_keeps_the_old_output_and_leaves_nothing(
    texts: Path, tmp_path: Path
) -> None:  # D15
    out = tmp_path / "out.bib"
    out.write_text("old\n")
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    command = [sys.executable, "-c", SLOW_WRITE, "bib", str(texts), "-o", str(out)]
    process = subprocess.Popen([*command, "--no-cache", "-j", "1"], env=env, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not list(tmp_path.glob(".out.bib.*.citex-tmp")) and time.monotonic() < deadline:
        time.sleep(0.02)
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 143, stderr
    assert b"documents" in stderr  # the summary came before the write began
    assert out.read_text() == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.bib", "texts"]


class FullDisk:
    """A file object whose writes fail with ENOSPC after a few bytes."""

    def __init__(self, real: IO[Any], room: int) -> None:
        self.real, self.room = real, room

    def write(self, text: str) -> int:
        self.room -= len(text)
        if self.room < 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return self.real.write(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)

    def __enter__(self) -> FullDisk:
        return self

    def __exit__(self, *exc: object) -> None:
        self.real.close()


def test_a_full_disk_is_a_message_and_the_old_output_stays(
    texts: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_open: Callable[..., IO[Any]] = files._open_descriptor
    monkeypatch.setattr(
        files, "_open_descriptor", lambda *args: FullDisk(real_open(*args), room=200)
    )
    out = tmp_path / "out.bib"
    out.write_text("old\n")
    code, stderr = run(str(texts), "-o", str(out), "--no-cache", "-j", "1")
    assert code == 1
    assert f"{DOCS} documents" in stderr
    assert f"citex: error: {out}: cannot write (No space left on device)" in stderr
    assert "Traceback" not in stderr
    assert out.read_text() == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.bib", "texts"]


def test_an_output_in_a_missing_folder_fails_before_any_work(
    texts: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # D13
    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("extraction started")

    monkeypatch.setattr(corpus, "collect_corpus", never)
    for args in (
        ["-o", str(tmp_path / "missing" / "out.bib")],
        ["-o", str(tmp_path / "ok.bib"), "--citations", str(tmp_path / "missing" / "c.csv")],
    ):
        code, stderr = run(str(texts), *args, "--no-cache")
        assert code == 1 and "cannot write (no folder" in stderr and "Traceback" not in stderr
    assert not (tmp_path / "ok.bib").exists()


def test_no_readable_document_fails_and_keeps_the_old_output(tmp_path: Path) -> None:  # D18
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "blank.txt").write_text("   \n")
    out = tmp_path / "existing.bib"
    out.write_text("keep\n")
    code, stderr = run(str(tmp_path / "empty"), "-o", str(out), "--no-cache")
    assert code == 1
    assert "0 documents" in stderr and "no document could be read, nothing written" in stderr
    assert out.read_text() == "keep\n"


def test_an_output_linked_to_dev_null_leaves_dev_null_alone(texts: Path, tmp_path: Path) -> None:
    link = tmp_path / "null.bib"  # D14
    link.symlink_to("/dev/null")
    code, stderr = run(str(texts), "-o", str(link), "--no-cache", "-j", "1")
    assert code == 0, stderr
    assert link.is_symlink() and os.path.realpath(link) == "/dev/null"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["null.bib", "texts"]


# --------------------------------------------------------------------------------------
# Cache faults (D17, D20)
# --------------------------------------------------------------------------------------


def test_a_corrupt_cache_entry_is_a_miss(
    texts: Path, tmp_path: Path, reference_output: list[str]
) -> None:  # D17
    cache_dir, out = tmp_path / "cache", tmp_path / "out.bib"
    assert run(str(texts), "-o", str(out), "--cache-dir", str(cache_dir), "-j", "1")[0] == 0
    entries = sorted(cache_dir.glob("*/*.json"))
    assert len(entries) == DOCS
    entries[0].write_bytes(b"\x80\x09junk")
    entries[1].write_bytes(entries[1].read_bytes().replace(b"Smith", b"Smyth"))
    for _ in range(2):  # the bad entries are rewritten by the first of these runs
        code, stderr = run(str(texts), "-o", str(out), "--cache-dir", str(cache_dir), "-j", "1")
        assert code == 0 and f"{DOCS} documents" in stderr, stderr
        assert titles(out) == reference_output


def test_a_read_only_cache_still_gives_a_complete_run(
    texts: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reference_output: list[str]
) -> None:
    def read_only(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(corpus_cache, "output_file", read_only)
    out = tmp_path / "out.bib"
    code, stderr = run(str(texts), "-o", str(out), "--cache-dir", str(tmp_path / "c"), "-j", "2")
    assert code == 0 and f"{DOCS} documents" in stderr and "0 files skipped" in stderr
    assert titles(out) == reference_output


def test_an_unusable_cache_key_means_no_cache_and_a_note(
    texts: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "config"
    (config / "citex").mkdir(parents=True)
    (config / "citex" / "cache-key").write_text("00" * 32 + "\n")
    (config / "citex" / "cache-key").chmod(0o644)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    out = tmp_path / "out.bib"
    code, stderr = run(str(texts), "-o", str(out), "--cache-dir", str(tmp_path / "c"), "-j", "1")
    assert code == 0 and "note:" in stderr and "readable by others" in stderr
    assert not (tmp_path / "c").exists()


# --------------------------------------------------------------------------------------
# Special files (D11, D12)
# --------------------------------------------------------------------------------------


def test_special_files_are_skipped_without_hanging(
    texts: Path, tmp_path: Path, reference_output: list[str]
) -> None:  # D12
    os.mkfifo(texts / "pipe.txt")
    (texts / "zero.txt").symlink_to("/dev/zero")
    out = tmp_path / "out.bib"
    code, stderr = run(str(texts), "-o", str(out), "--no-cache", "-j", "2")
    assert code == 0
    assert "skipped" in stderr and "pipe.txt: special: is a FIFO (named pipe)" in stderr
    assert "zero.txt: special: is a character device" in stderr
    assert f"{DOCS} documents" in stderr and "2 files skipped (2 special)" in stderr
    assert titles(out) == reference_output


def test_an_unreadable_folder_is_reported_and_fails_strict(
    texts: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # D11
    locked = texts / "locked"
    locked.mkdir()
    (locked / "hidden.txt").write_text(note_text(9))
    real_scandir = os.scandir

    def scandir(path: Any = ".") -> Any:  # chmod 000 does not stop root: refuse here
        if Path(path) == locked:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    out = tmp_path / "out.bib"
    code, stderr = run(str(texts), "-o", str(out), "--no-cache", "-j", "1", "--strict")
    assert code == 1
    assert f"skipped {locked.as_posix()}: unreadable: Permission denied" in stderr
    assert f"{DOCS} documents" in stderr and "1 file skipped (1 unreadable)" in stderr
    assert not out.exists()
