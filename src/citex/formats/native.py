"""citex's own JSON: every field of a record, as named in :mod:`citex.records`.

Unlike CSL-JSON this keeps the record model as it is (``span``, ``locator``,
``confidence`` at the top level), which is what programs reading ``--format json``
want. Fields that are ``None`` or empty are left out; every other field is written,
defaults included, so readers need not know the defaults.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs


def _plain(value: Any) -> Any:
    """``value`` as JSON-ready data: records to dicts, tuples to lists, sets to sorted lists."""
    if attrs.has(type(value)):
        return record_to_json(value)
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    if isinstance(value, frozenset):
        return sorted(value)
    return value


def record_to_json(record: Any) -> dict[str, Any]:
    """One attrs record as a dict of its fields that are set (recursively)."""
    out: dict[str, Any] = {}
    for attribute in attrs.fields(type(record)):
        value = getattr(record, attribute.name)
        if value is not None and value != ():
            out[attribute.name] = _plain(value)
    return out


def to_native_json(records: Iterable[Any]) -> list[dict[str, Any]]:
    """A list of records (references, notes, documents...) as JSON-ready dicts."""
    return [record_to_json(record) for record in records]
