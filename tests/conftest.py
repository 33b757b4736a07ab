"""Shared test setup: hypothesis profiles and paths to the shared corpus."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# CI is derandomized: a red CI must mean the code changed, not that a new seed was drawn
# (some round-trip properties are xfail(strict=True) known misses, which a lucky seed
# would turn into XPASS). Developers keep random seeds to find new failures.
settings.register_profile(
    "ci",
    max_examples=200,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=50, deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

PROJECT = Path(__file__).resolve().parent.parent
SHARED = PROJECT.parent / "shared"
CORPUS = SHARED / "corpus"


@pytest.fixture(scope="session")
def corpus() -> Path:
    """The shared example corpus (read-only, beside the project root)."""
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not beside the project")
    return CORPUS


def pytest_addoption(parser: pytest.Parser) -> None:
    """``--update-golden``: rewrite the recorded outputs golden tests compare with."""
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite golden files (tests/data/...) from the current output",
    )
