"""citex.files: bounded reads of regular files, and the one safe output writer (D12-D15, D21)."""

from __future__ import annotations

import os
import signal
import stat
import threading
import time
from pathlib import Path

import pytest

from citex import files
from citex.errors import InputError, OutputError


def test_reads_a_regular_file_and_follows_a_link_to_it(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"text")
    (tmp_path / "link.txt").symlink_to(tmp_path / "a.txt")
    assert files.read_bytes(tmp_path / "link.txt") == b"text"


def test_a_fifo_is_refused_at_once_not_waited_on(tmp_path: Path) -> None:  # D12
    os.mkfifo(tmp_path / "pipe.txt")
    started = time.monotonic()
    with pytest.raises(files.SpecialFileError, match="FIFO"):
        files.read_bytes(tmp_path / "pipe.txt")
    assert time.monotonic() - started < 2


def test_a_link_to_dev_zero_is_refused_or_capped(tmp_path: Path) -> None:  # D12
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    with pytest.raises(files.SpecialFileError, match="character device"):
        files.read_bytes(tmp_path / "zero.txt")
    # An input the user names may be a stream, but never more than max_bytes is read.
    with pytest.raises(files.FileTooLargeError, match="more than 1000 bytes"):
        files.read_bytes(tmp_path / "zero.txt", max_bytes=1000, regular_only=False)


def test_size_cap_counts_what_is_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"x" * 100)
    assert files.read_bytes(tmp_path / "a.txt", max_bytes=100) == b"x" * 100
    with pytest.raises(files.FileTooLargeError):
        files.read_bytes(tmp_path / "a.txt", max_bytes=99)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        pytest.param(lambda p: None, "no such file", id="missing"),
        pytest.param(lambda p: p.mkdir(), "directory", id="directory"),
    ],
)
def test_unreadable_inputs_raise_input_errors(tmp_path: Path, make: object, message: str) -> None:
    target = tmp_path / "x"
    make(target)  # type: ignore[operator]
    with pytest.raises(InputError, match=message):
        files.read_bytes(target, regular_only=False)


def write(target: Path | str, text: str) -> None:
    with files.output_file(target) as out:
        out.write(text)


def test_writes_a_new_file_and_replaces_an_old_one_keeping_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "out.bib"
    write(target, "one")
    assert target.read_text() == "one"
    target.chmod(0o600)
    write(target, "two")
    assert target.read_text() == "two"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.bib"]


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "out.bib"
    target.write_text("old")
    with pytest.raises(RuntimeError), files.output_file(target) as out:
        out.write("half")
        raise RuntimeError("interrupted")
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.bib"]


def test_a_symlink_is_written_through_and_stays_a_link(tmp_path: Path) -> None:  # D14
    real = tmp_path / "target.bib"
    real.write_text("orig")
    (tmp_path / "dd").mkdir()
    link = tmp_path / "dd" / "link.bib"
    link.symlink_to("../target.bib")
    write(link, "new")
    assert link.is_symlink() and real.read_text() == "new"
    assert sorted(p.name for p in (tmp_path / "dd").iterdir()) == ["link.bib"]


def test_a_link_to_dev_null_stays_and_dev_null_stays_a_device(tmp_path: Path) -> None:  # D14
    link = tmp_path / "null.bib"
    link.symlink_to("/dev/null")
    write(link, "discarded")
    assert link.is_symlink() and stat.S_ISCHR(os.stat("/dev/null").st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["null.bib"]


def test_a_fifo_is_streamed_to_not_replaced(tmp_path: Path) -> None:  # D14
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    write(fifo, "streamed")
    reader.join(timeout=10)
    assert received == [b"streamed"] and stat.S_ISFIFO(fifo.lstat().st_mode)


@pytest.mark.parametrize(
    ("where", "message"),
    [
        pytest.param("missing/out.bib", "no folder", id="missing-folder"),
        pytest.param(".", "directory", id="directory"),
    ],
)
def test_unwritable_outputs_are_refused_before_any_work(
    tmp_path: Path, where: str, message: str
) -> None:  # D13
    with pytest.raises(OutputError, match=message):
        files.check_output(tmp_path / where)


def test_a_planted_symlink_at_a_guessable_temporary_name_is_not_followed(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"  # D21
    victim.write_text("precious")
    for guess in (".out.json.citex-tmp", f".out.json.{os.getpid()}.citex-tmp"):
        (tmp_path / guess).symlink_to(victim)
    write(tmp_path / "out.json", "[]")
    assert victim.read_text() == "precious"
    assert (tmp_path / "out.json").read_text() == "[]"
    assert not (tmp_path / "out.json").is_symlink()


def test_stale_temporaries_of_dead_runs_are_swept_others_kept(tmp_path: Path) -> None:  # D15
    target = tmp_path / "out.bib"
    dead = tmp_path / ".out.bib.999999999.abcd1234.citex-tmp"  # no such process
    alive = tmp_path / f".out.bib.{os.getpid()}.abcd1234.citex-tmp"
    young = tmp_path / ".out.bib.999999998.efgh5678.citex-tmp"
    foreign = tmp_path / ".out.bib.999999997.ijkl9012.other"
    for path in (dead, alive, young, foreign):
        path.write_text("debris")
    old = time.time() - 3600
    for path in (dead, alive, foreign):
        os.utime(path, (old, old))
    assert files.sweep_temporaries(target) == 1
    assert not dead.exists() and alive.exists() and young.exists() and foreign.exists()


def test_sigterm_inside_the_writer_removes_its_temporary(tmp_path: Path) -> None:  # D15
    target = tmp_path / "out.bib"
    target.write_text("old")
    with (
        files.terminate_gracefully(),
        pytest.raises(SystemExit) as stopped,
        files.output_file(target) as out,
    ):
        out.write("partial")
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(5)  # the signal interrupts this
    assert stopped.value.code == 143
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.bib"]
    assert target.read_text() == "old"
