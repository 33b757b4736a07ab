"""Every pattern in patterns.py matches its examples and none of its counter-examples."""

from __future__ import annotations

import pytest

from citex.patterns import PATTERN_EXAMPLES

CASES = [
    pytest.param(name, text, expected, id=f"{name}-{'match' if expected else 'no'}-{k}")
    for name, (_, examples, counter) in sorted(PATTERN_EXAMPLES.items())
    for expected, texts in ((True, examples), (False, counter))
    for k, text in enumerate(texts)
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES)
def test_pattern_examples(name: str, text: str, expected: bool) -> None:
    pattern = PATTERN_EXAMPLES[name][0]
    assert (pattern.search(text) is not None) == expected, f"{name} on {text!r}"
