"""Streamed writing (citex parse) gives the very bytes the whole-list writers give."""

from __future__ import annotations

import io
import json

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citex.formats.bibtex import to_bibtex
from citex.formats.csl import to_csl_json
from citex.formats.native import to_native_json
from citex.formats.stream import STREAM_FORMATS, _json_text, render_reference, write_rendered
from citex.records import Date, Name, Reference
from strategies import references


def whole_list_text(refs: list[Reference], output_format: str) -> str:
    """What the CLI wrote before streaming: every record first, then one dump."""
    if output_format == "bibtex":
        return to_bibtex(refs)
    data = to_csl_json(refs) if output_format == "csl-json" else to_native_json(refs)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def streamed_text(refs: list[Reference], output_format: str) -> str:
    out = io.StringIO()
    written = write_rendered(
        (render_reference(ref, output_format) for ref in refs), output_format, out
    )
    assert written == len(refs)
    return out.getvalue()


@settings(max_examples=40, deadline=None)
@given(
    st.lists(references().map(lambda ref: attrs.evolve(ref, id=None)), max_size=5),
    st.sampled_from(STREAM_FORMATS),
)
def test_streamed_output_is_the_whole_list_output(
    refs: list[Reference], output_format: str
) -> None:
    assert streamed_text(refs, output_format) == whole_list_text(refs, output_format)


@pytest.mark.parametrize("output_format", STREAM_FORMATS)
def test_colliding_keys_get_their_suffixes_in_content_order(output_format: str) -> None:
    serge = [Name(family="Serge", given="Victor")]
    refs = [
        Reference(author=serge, title="Carnets", issued=Date(year=1985), raw=raw)
        for raw in ("Serge, Carnets, 1985 (c)", "Serge, Carnets, 1985 (a)", "Serge, Carnets, 1985")
    ] + [
        Reference(title="Carnets"),
        Reference(author=serge, title="Memoirs", issued=Date(year=1951)),
    ]
    text = streamed_text(refs, output_format)
    assert text == whole_list_text(refs, output_format)
    if output_format != "json":
        assert "serge1985carnetsc" in text


def test_an_empty_stream_is_an_empty_array_or_library() -> None:
    assert streamed_text([], "csl-json") == "[]\n"
    assert streamed_text([], "json") == "[]\n"
    assert streamed_text([], "bibtex") == ""


def test_a_reference_with_its_own_id_is_not_streamed_with_a_key() -> None:
    with pytest.raises(ValueError, match="id"):
        render_reference(Reference(id="kept2001", title="T"), "csl-json")


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=12,
)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.text(), json_values, max_size=4))
def test_items_are_laid_out_as_json_dumps_lays_them_out(item: dict[str, object]) -> None:
    assert _json_text(item) == json.dumps(item, ensure_ascii=False, indent=2)
