"""Every registered pattern matches its examples, misses its counter-examples, and
cannot be made to backtrack for long (reporters-db ``tests.py::check_regexes``)."""

from __future__ import annotations

import time

import pytest
import regex

import citex  # noqa: F401 - importing the package loads every stage's patterns
from citex.registry import PATTERN_EXAMPLES

# Faults of the current patterns, "<check>-<name>" -> why, as strict xfails: a fix
# turns into an XPASS failure and the entry must go. Checks: "examples", "counter",
# "backtrack".
KNOWN_FAULTS: dict[str, str] = {}


def _cases(check: str) -> list[object]:
    return [
        pytest.param(
            name,
            id=name,
            marks=[pytest.mark.xfail(strict=True, reason=KNOWN_FAULTS[f"{check}-{name}"])]
            if f"{check}-{name}" in KNOWN_FAULTS
            else [],
        )
        for name in sorted(PATTERN_EXAMPLES)
    ]


# Strings that make careless patterns backtrack: long runs of what patterns repeat
# (letters, digits, initials, separators, brackets, keyword-ish words) ending in
# something that spoils a match at the very end.
HOSTILE_20KB = {
    "letters": "a" * 20_000 + "!",
    "capitals": "A" * 20_000 + "1",
    "digits": "1" * 20_000 + "x",
    "digit-groups": "12 " * 6_667 + "-",
    "dashes": "1-" * 10_000 + "-",
    "dots": "." * 20_000,
    "initials": "J. " * 6_667 + ",",
    "words": "word " * 4_000 + ".",
    "capital-words": "Word " * 4_000 + "1",
    "commas": "a, " * 6_667 + "(",
    "brackets": "([" * 10_000 + ")",
    "quotes": "«“'\"" * 5_000,
    "keywords": "pp. vol. n. ed. In: " * 1_000 + "(",
    "spaces": " " * 20_000 + "x",
    "names": "Smith, J., " * 1_818 + "and",
    "url-ish": "http://" + "a." * 10_000,
}

# CPU seconds, so that a busy machine does not fail a sound pattern: sound patterns
# take under 0.1 s on these inputs, backtracking ones seconds. The wall-clock timeout
# only stops a runaway match.
TIME_LIMIT = 0.5


def test_known_faults_name_real_patterns() -> None:
    checks = ("examples", "counter", "backtrack")
    assert set(KNOWN_FAULTS) <= {f"{c}-{n}" for c in checks for n in PATTERN_EXAMPLES}


def test_patterns_are_registered_with_examples() -> None:
    for name, (pattern, examples, _counter) in PATTERN_EXAMPLES.items():
        assert isinstance(pattern, regex.Pattern), f"{name} is not a compiled regex pattern"
        assert examples, f"{name} has no examples"


@pytest.mark.parametrize("name", _cases("examples"))
def test_pattern_matches_its_examples(name: str) -> None:
    pattern, examples, _counter = PATTERN_EXAMPLES[name]
    missed = [example for example in examples if pattern.search(example) is None]
    assert not missed, f"{name} ({pattern.pattern!r}) does not match {missed!r}"


@pytest.mark.parametrize("name", _cases("counter"))
def test_pattern_misses_its_counter_examples(name: str) -> None:
    pattern, _examples, counter = PATTERN_EXAMPLES[name]
    matched = [text for text in counter if pattern.search(text) is not None]
    assert not matched, f"{name} ({pattern.pattern!r}) matches counter-examples {matched!r}"


@pytest.mark.parametrize("name", _cases("backtrack"))
def test_pattern_does_not_backtrack_on_hostile_text(name: str) -> None:
    pattern = PATTERN_EXAMPLES[name][0]
    for kind, text in HOSTILE_20KB.items():
        started = time.process_time()
        try:
            # regex's own timeout stops a runaway match instead of hanging the suite.
            # Every match is taken (as .sub and .finditer do), not only the first.
            for _match in pattern.finditer(text, timeout=4 * TIME_LIMIT):
                pass
            timed_out = False
        except TimeoutError:
            timed_out = True
        elapsed = time.process_time() - started
        # The first slow input is enough to show the fault (and keeps a bad pattern cheap).
        assert not timed_out and elapsed <= TIME_LIMIT, (
            f"{name} ({pattern.pattern!r}) took {elapsed:.2f} CPU s on 20 kB of {kind!r}"
            + (" and timed out" if timed_out else "")
        )
