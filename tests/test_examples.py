"""The bundled example script runs as the README says, and does what it prints."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def test_use_api_script_runs() -> None:
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / "use_api.py")],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "read 9 works from library.bib" in done.stdout
    assert "cited at Locator(label='page', value='218')" in done.stdout
    assert "45 markers, 45 notes" in done.stdout
