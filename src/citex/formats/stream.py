"""Writing references one at a time, in flat memory, to the bytes the whole-list writers give.

``citex parse`` reads tens of thousands of lines. Holding every record, then every CSL item,
then one JSON string of them all made its memory grow with the input (issue 12); here each
reference is rendered as soon as it is parsed (in a worker process, see :mod:`citex.batch`)
into a :class:`RenderedReference`, and written out in order:

- citex JSON (``json``): each item's text goes straight into the output array;
- CSL-JSON and BibTeX: a reference's citekey depends on all the others (colliding keys get
  ``a``, ``b``, … in content order, :func:`citex.works.keys.assign_citekeys`), so the texts wait
  in a temporary spill file, unkeyed, while only the short base keys stay in memory; when the
  last reference is in, the keys are settled and the texts written with them.

The output is byte for byte what :func:`citex.formats.csl.to_csl_json`,
:func:`citex.formats.native.to_native_json` (both ``json.dumps(..., indent=2)``) and
:func:`citex.formats.bibtex.to_bibtex` give for the same list.
"""

from __future__ import annotations

import json
import math
import pickle
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator
from json.encoder import encode_basestring
from typing import IO

from attrs import frozen

from citex.formats.bibtex import bibtex_entry
from citex.formats.csl import reference_to_csl
from citex.formats.native import record_to_json
from citex.records import Reference
from citex.works.keys import citekey_base, citekeys_from_bases, content_order

#: The formats :func:`write_rendered` writes.
STREAM_FORMATS = ("json", "csl-json", "bibtex")


@frozen(kw_only=True)
class RenderedReference:
    """One reference as output text; for a keyed format, the text still lacks its key.

    ``key_base`` is the reference's :func:`~citex.works.keys.citekey_base` (``None`` for citex
    JSON, which has no keys) and ``key_order`` its :func:`~citex.works.keys.content_order`,
    which decides the suffixes of colliding keys.
    """

    text: str
    key_base: str | None = None
    key_order: str = ""


def render_reference(ref: Reference, output_format: str) -> RenderedReference:
    """``ref`` rendered for :func:`write_rendered` in ``output_format`` (see
    :data:`STREAM_FORMATS`).

    The key of a CSL item (its ``id``) or BibTeX entry goes right after the first ``{`` of
    the text once it is known. References with an ``id`` of their own (a converted library)
    are not for streaming: the whole-list writers keep such ids.

    Raises:
        ValueError: an unknown format, or a reference with its own ``id``.
    """
    if output_format == "json":
        return RenderedReference(text=_json_text(record_to_json(ref)))
    if ref.id is not None:
        raise ValueError(f"streamed references have no id of their own, not {ref.id!r}")
    if output_format == "csl-json":
        text = _json_text(reference_to_csl(ref))
    elif output_format == "bibtex":
        text = bibtex_entry(ref, "")
    else:
        raise ValueError(f"unknown output format {output_format!r}")
    return RenderedReference(text=text, key_base=citekey_base(ref), key_order=content_order(ref))


def _json_text(item: dict[str, object]) -> str:
    """One item as ``json.dumps(..., ensure_ascii=False, indent=2)`` writes it.

    ``json`` encodes indented output in pure Python, at about 50 µs an item: more than the
    rest of writing it. The items here hold only dicts with string keys, lists, strings,
    numbers, booleans and ``None``, so they are laid out directly, strings through ``json``'s
    own (C) string encoder; anything else (subclasses too) goes to ``json.dumps``.
    """
    try:
        return _indented(item, "\n")
    except _NotPlain:
        return json.dumps(item, ensure_ascii=False, indent=2)


class _NotPlain(Exception):
    """A value :func:`_indented` leaves to ``json.dumps``."""


def _indented(value: object, newline: str) -> str:
    """``value`` in ``json.dumps(indent=2)`` layout; ``newline`` is a line break and the
    indentation of the lines ``value`` starts on."""
    if isinstance(value, str):
        return encode_basestring(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if type(value) is int:
        return int.__repr__(value)
    if type(value) is float:
        return float.__repr__(value) if math.isfinite(value) else json.dumps(value)
    inner = newline + "  "
    if type(value) is dict:
        if not value:
            return "{}"
        if not all(type(key) is str for key in value):
            raise _NotPlain
        fields = ("," + inner).join(
            encode_basestring(key) + ": " + _indented(item, inner) for key, item in value.items()
        )
        return "{" + inner + fields + newline + "}"
    if type(value) is list or type(value) is tuple:
        if not value:
            return "[]"
        return (
            "["
            + inner
            + ("," + inner).join(_indented(item, inner) for item in value)
            + newline
            + "]"
        )
    raise _NotPlain


def write_rendered(rendered: Iterable[RenderedReference], output_format: str, out: IO[str]) -> int:
    """Write ``rendered`` (from :func:`render_reference`, in output order) to ``out``.

    Returns:
        How many references were written.
    """
    if output_format == "json":
        return _write_json_array((item.text for item in rendered), out)
    with tempfile.TemporaryFile() as spill:
        bases: list[str] = []
        for item in rendered:
            if item.key_base is None:
                raise ValueError(f"a reference rendered for citex JSON, not {output_format}")
            pickle.dump((item.key_order, item.text), spill, protocol=pickle.HIGHEST_PROTOCOL)
            bases.append(item.key_base)
        counts = Counter(bases)
        shared = {index for index, base in enumerate(bases) if counts[base] > 1}
        spill.seek(0)
        orders = {
            index: order
            for index, (order, _) in enumerate(_unspill(spill, len(bases)))
            if index in shared
        }
        keys = citekeys_from_bases(bases, orders.__getitem__)
        del bases, orders
        spill.seek(0)
        keyed = (
            _with_key(text, key)
            if output_format == "bibtex"
            else _with_key(text, "\n  " + '"id": ' + json.dumps(key) + ",")
            for (_, text), key in zip(_unspill(spill, len(keys)), keys, strict=True)
        )
        if output_format == "bibtex":
            return _write_bibtex(keyed, out)
        return _write_json_array(keyed, out)


def _unspill(spill: IO[bytes], count: int) -> Iterator[tuple[str, str]]:
    """The ``(order, text)`` pairs of the spill file, in order."""
    for _ in range(count):
        pair: tuple[str, str] = pickle.load(spill)
        yield pair


def _with_key(text: str, key_text: str) -> str:
    """``text`` with ``key_text`` put right after its first ``{``."""
    brace = text.index("{") + 1
    return text[:brace] + key_text + text[brace:]


def _write_json_array(items: Iterable[str], out: IO[str]) -> int:
    """Items (top-level ``indent=2`` texts) as one indented JSON array ending in a newline."""
    written = 0
    for text in items:
        out.write(",\n  " if written else "[\n  ")
        out.write(text.replace("\n", "\n  "))  # (JSON strings hold no raw newline)
        written += 1
    out.write("\n]\n" if written else "[]\n")
    return written


def _write_bibtex(entries: Iterable[str], out: IO[str]) -> int:
    """BibTeX entries apart by blank lines (nothing at all for none)."""
    written = 0
    for text in entries:
        out.write("\n" + text if written else text)
        written += 1
    return written
