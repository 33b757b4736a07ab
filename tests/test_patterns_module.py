"""patterns.py is shared by every stage: a name defined twice silently replaces the first."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import citex.patterns


def test_no_pattern_name_is_assigned_twice() -> None:
    tree = ast.parse(Path(citex.patterns.__file__).read_text(encoding="utf-8"))
    names = Counter(
        target.id
        for node in tree.body
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name)
    )
    assert [name for name, count in names.items() if count > 1] == []
