"""The CLI's error paths: bounded inputs, the one safe writer, Dask scheduler errors (issue 15)."""

from __future__ import annotations

import contextlib
import os
import socket
import stat
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from citex.cli import main
from conftest import PROJECT

EXAMPLES = PROJECT / "examples"
LIBRARY = EXAMPLES / "library.bib"


def invoke(*args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), input=stdin)
    assert not isinstance(result.exception, Exception) or isinstance(
        result.exception, SystemExit
    ), result.exception
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("command", ["extract", "convert", "parse"])
def test_inputs_larger_than_max_size_are_refused_unread(command: str, tmp_path: Path) -> None:
    zero = tmp_path / "zero.bib"  # D12: a symlink to /dev/zero never ends
    zero.symlink_to("/dev/zero")
    code, _, stderr = invoke(command, str(zero), "--max-size", "1000")
    assert code == 1 and "more than 1000 bytes" in stderr


def test_standard_input_is_capped_too() -> None:
    code, _, stderr = invoke("parse", "-", "--max-size", "10", stdin=b"x" * 50)
    assert code == 1 and "<stdin>: more than 10 bytes" in stderr


def test_convert_streams_to_a_fifo_and_writes_through_links(tmp_path: Path) -> None:  # D14
    target = tmp_path / "target.bib"
    target.write_text("orig")
    (tmp_path / "dd").mkdir()
    (tmp_path / "dd" / "link.bib").symlink_to("../target.bib")
    fifo = tmp_path / "dd" / "pipe.json"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    assert invoke("convert", str(LIBRARY), "-o", str(fifo))[0] == 0
    reader.join(timeout=10)
    assert received and received[0].startswith(b"[")
    assert (
        invoke("convert", str(LIBRARY), "-f", "bibtex", "-o", str(tmp_path / "dd" / "link.bib"))[0]
        == 0
    )
    assert target.read_text().startswith("@")
    assert stat.S_ISFIFO(fifo.lstat().st_mode) and (tmp_path / "dd" / "link.bib").is_symlink()


def test_convert_refuses_a_socket_as_output(tmp_path: Path) -> None:
    with socket.socket(socket.AF_UNIX) as listening:
        listening.bind(str(tmp_path / "out.sock"))
        code, _, stderr = invoke("convert", str(LIBRARY), "-o", str(tmp_path / "out.sock"))
    assert code == 1 and "is a socket; citex writes to files" in stderr


def test_convert_does_not_follow_a_planted_temporary_name(tmp_path: Path) -> None:  # D21
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    (tmp_path / ".out.json.citex-tmp").symlink_to(victim)
    assert invoke("convert", str(LIBRARY), "-o", str(tmp_path / "out.json"))[0] == 0
    assert victim.read_text() == "precious"
    assert (tmp_path / "out.json").read_text().startswith("[")


def test_extract_into_a_missing_folder_fails_before_reading(tmp_path: Path) -> None:  # D13
    code, _, stderr = invoke(
        "extract", str(tmp_path / "nothing.txt"), "-o", str(tmp_path / "no" / "out.json")
    )
    assert code == 1 and "cannot write (no folder" in stderr and "nothing.txt" not in stderr


def test_a_bad_dask_address_is_a_message(tmp_path: Path) -> None:  # D19
    pytest.importorskip("distributed")
    out = str(tmp_path / "x.bib")
    code, _, stderr = invoke(
        "bib", str(EXAMPLES), "-o", out, "--engine", "dask", "--scheduler", "garbage"
    )
    assert code == 1
    assert "citex: error: cannot reach Dask scheduler garbage:" in stderr
    assert "Traceback" not in stderr


def test_a_scheduler_that_never_answers_times_out(tmp_path: Path) -> None:  # D19
    pytest.importorskip("distributed")
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(5)
    accepted: list[socket.socket] = []

    def accept() -> None:  # take the connection and never answer
        with contextlib.suppress(OSError):
            accepted.append(server.accept()[0])

    threading.Thread(target=accept, daemon=True).start()
    address = f"tcp://127.0.0.1:{server.getsockname()[1]}"
    started = time.monotonic()
    try:
        code, _, stderr = invoke(
            "bib", str(EXAMPLES), "-o", str(tmp_path / "x.bib"), "--engine", "dask",
            "--scheduler", address, "--connect-timeout", "0.5",
        )  # fmt: skip
    finally:
        server.close()
        for connection in accepted:
            connection.close()
    assert code == 1 and f"cannot reach Dask scheduler {address}" in stderr
    assert time.monotonic() - started < 20
