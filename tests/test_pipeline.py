"""extract(): the step order, injectable steps, commentary dropped, works deduplicated."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citex.pipeline import extract
from citex.records import (
    Citation,
    Date,
    Document,
    Marker,
    Name,
    Note,
    RawReference,
    Reference,
    Span,
)
from citex.works.resolve import resolve

TEXT = (
    "Body.1 More.2 End.3\n"
    "1 Michelle Alexander, The New Jim Crow (New York: The New Press, 2011), 50–51.\n"
    "2 Alexander, 218.\n"
    "3 This note only comments on the text.\n"
    "References\n"
    "Harvey, David. The Limits to Capital. New York: Verso, 2006.\n"
)


def _note(label: str, line: int, article: int = 0) -> Note:
    start = sum(len(x) + 1 for x in TEXT.split("\n")[:line])
    end = start + len(TEXT.split("\n")[line])
    return Note(
        label=label,
        span=Span(start=start, end=end),
        text=TEXT[start + 2 : end],
        segments=[Span(start=start, end=end)],
        article=article,
    )


def fake_notes(text: str) -> Document:
    assert text is TEXT
    notes = [_note("1", 1), _note("2", 2), _note("3", 3)]
    markers = [
        Marker(label=str(i + 1), span=Span(start=p, end=p + 1), note=i)
        for i, p in enumerate(m + 4 for m in (1, 8, 15))
    ]
    return Document(markers=markers, notes=notes)


def fake_bibliography(text: str) -> tuple[RawReference, ...]:
    start = text.index("Harvey, David")
    line = text[start:].split("\n")[0]
    return (RawReference(text=line, span=Span(start=start, end=start + len(line))),)


def fake_parse(text: str, *, offset: int = 0) -> Reference:
    """Enough of a parser: the first comma-separated name, the title, the year."""
    if "Alexander" in text:
        return Reference(
            type="book",
            author=[Name(family="Alexander", given="Michelle")],
            title="The New Jim Crow",
            issued=Date(year=2011),
            raw=text,
            span=Span(start=offset, end=offset + len(text)),
        )
    if "Harvey" in text:
        return Reference(
            type="book",
            author=[Name(family="Harvey", given="David")],
            title="The Limits to Capital",
            issued=Date(year=2006),
            raw=text,
            span=Span(start=offset, end=offset + len(text)),
        )
    return Reference(raw=text, confidence=0.1)


def keys(refs: Sequence[Reference]) -> tuple[str, ...]:
    return tuple(
        (r.author[0].family or "").lower() + str(r.issued.year if r.issued else i)
        if r.author
        else f"anon{i}"
        for i, r in enumerate(refs)
    )


def fake_resolve(
    citations: Sequence[Citation], *, notes: Sequence[Note] = ()
) -> tuple[Citation, ...]:
    return resolve(citations, notes=notes, assign_citekeys=keys)


def _last_line_note(text: str) -> Note:
    """Note 1, printed as ``1 …`` on the last line of ``text`` (which ends in a newline)."""
    start = text.rindex("\n1 ") + 1
    span = Span(start=start, end=len(text) - 1)
    return Note(label="1", span=span, text=text[start + 2 : -1], segments=[span])


def _extract(**steps: object) -> Document:
    given = {
        "find_notes": fake_notes,
        "find_bibliography": fake_bibliography,
        "parse_reference": fake_parse,
        "resolve": fake_resolve,
    }
    given.update(steps)
    return extract(TEXT, **given)  # type: ignore[arg-type]


def test_extract_runs_the_steps_in_order() -> None:
    doc = _extract()
    assert [(c.kind, c.section, c.note, c.work) for c in doc.citations] == [
        ("full", "note", 0, "alexander2011"),
        ("short", "note", 1, "alexander2011"),
        ("full", "bibliography", None, "harvey2006"),
    ]
    assert [w.id for w in doc.works] == ["alexander2011", "harvey2006"]
    assert all(w.locator is None for w in doc.works)
    assert doc.citations[0].locator is not None and doc.citations[0].locator.value == "50–51"
    assert doc.citations[1].locator is not None and doc.citations[1].locator.value == "218"
    for citation in doc.citations:
        assert TEXT[citation.span.start : citation.span.end] == citation.raw
    assert len(doc.markers) == 3 and len(doc.notes) == 3


def test_low_confidence_note_reference_is_commentary() -> None:
    def doubtful(text: str, *, offset: int = 0) -> Reference:
        return Reference(raw=text, confidence=0.2)

    doc = _extract(parse_reference=doubtful)
    assert [c.kind for c in doc.citations] == ["short", "full"]
    assert doc.citations[0].work is None and doc.citations[0].unresolved
    assert [c.section for c in doc.citations] == ["note", "bibliography"]


def test_self_record_comes_from_front_matter() -> None:
    doc = _extract(
        find_self_record=lambda text: Reference(
            title="Self", author=[Name(family="Alexander")], issued=Date(year=2011)
        )
    )
    assert doc.self_record is not None and doc.self_record.title == "Self"
    assert doc.self_record.id and doc.self_record.id not in {w.id for w in doc.works}


def test_no_notes_no_citations() -> None:
    doc = _extract(find_notes=lambda text: Document(), find_bibliography=lambda text: ())
    assert doc.citations == () and doc.works == ()


@pytest.mark.parametrize("text", ["", "plain prose without any notes at all"])
def test_extract_with_default_steps_on_plain_text(text: str) -> None:
    doc = extract(text)
    assert doc.citations == () and doc.notes == ()


def test_parser_sees_the_work_without_the_cited_locator() -> None:
    seen: list[str] = []

    def recording(text: str, *, offset: int = 0) -> Reference:
        seen.append(text)
        return fake_parse(text, offset=offset)

    _extract(parse_reference=recording)
    assert seen[0] == "Michelle Alexander, The New Jim Crow (New York: The New Press, 2011)"


def test_parser_sees_titles_without_markdown_emphasis() -> None:
    seen: list[str] = []

    def recording(text: str, *, offset: int = 0) -> Reference:
        seen.append(text)
        return fake_parse(text, offset=offset)

    text = "Text.1\n1 Michelle Alexander, *The New Jim Crow* (New York: The New Press, 2011), 5.\n"
    note = _last_line_note(text)
    doc = extract(
        text,
        find_notes=lambda t: Document(notes=[note]),
        find_bibliography=lambda t: (),
        parse_reference=recording,
        resolve=fake_resolve,
    )
    assert seen == ["Michelle Alexander, The New Jim Crow (New York: The New Press, 2011)"]
    assert doc.citations[0].raw.startswith("Michelle Alexander, *The New Jim Crow*")


def test_a_url_cited_as_a_source_is_kept_whatever_the_parser_thinks() -> None:
    text = "Text.1\n1 See http://data.cmsny.org/ for estimates.\n"
    note = _last_line_note(text)
    doc = extract(
        text,
        find_notes=lambda t: Document(notes=[note]),
        find_bibliography=lambda t: (),
        parse_reference=lambda t, offset=0: Reference(raw=t, confidence=0.1),
        resolve=lambda c, notes=(): resolve(c, notes=notes, assign_citekeys=keys),
    )
    assert [c.raw for c in doc.citations] == ["http://data.cmsny.org/"]


def test_a_letter_cited_by_recipient_and_date_has_no_title() -> None:
    text = "Text.1\n1 He did it in the letter to Magdeleine Paz, from February 1st 1933.\n"
    note = _last_line_note(text)
    doc = extract(text, find_notes=lambda t: Document(notes=[note]))
    (work,) = doc.works
    assert (work.type, work.genre, work.title) == ("personal_communication", "letter", None)
    assert work.issued is not None and (work.issued.year, work.issued.month) == (1933, 2)


def test_a_daily_paper_is_cited_by_the_articles_page() -> None:
    # ../shared/cases/citations/07_newspaper_numeric_date.txt
    text = 'Text.1\n1 Siehe z. B. "Protest am Anleger", in: Nordkurier, 12.11.1996, S. 5.\n'
    note = _last_line_note(text)
    doc = extract(text, find_notes=lambda t: Document(notes=[note]))
    (work,) = doc.works
    assert (work.type, work.container_title, work.page) == ("article-newspaper", "Nordkurier", "5")


# -- property test: generated documents, through the real splitter and resolver -----------

_FAMILIES = ["Alexander", "Wilson", "Harvey", "Sassen", "Massey", "Ehrenhalt", "Solnit", "Ignatiev"]
_TITLE_WORDS = ["Capital", "City", "Labor", "Empire", "Migration", "Power", "Work", "Race"]


@st.composite
def _generated(draw: st.DrawFn) -> tuple[str, list[Note], list[str | None]]:
    """A text whose notes cite generated works in full, short and Ibid. forms, and the family
    name of the work each citation must resolve to (None when it cannot)."""
    families = draw(st.lists(st.sampled_from(_FAMILIES), min_size=1, max_size=4, unique=True))
    titles = {
        f: " ".join(draw(st.lists(st.sampled_from(_TITLE_WORDS), min_size=1, max_size=3)))
        for f in families
    }
    body, notes_text, expected = [], [], []
    cited: list[str] = []
    last: str | None = None
    for number in range(1, draw(st.integers(1, 12)) + 1):
        family = draw(st.sampled_from(families))
        form = draw(st.sampled_from(["full", "short", "ibid"]))
        page = draw(st.integers(1, 999))
        if form == "full" or family not in cited:
            form = "full"
            prefix = draw(st.sampled_from(["", "See ", "For a discussion, see "]))
            note = (
                f"{prefix}Ann {family}, The {titles[family]} of Things "
                f"(New York: Verso, {1950 + len(family)}), {page}."
            )
            cited.append(family)
        elif form == "short":
            note = f"{family}, {page}."
        else:
            note = f"Ibid., {page}."
        if form != "ibid":
            last = family
        tail = draw(st.sampled_from(["", " This matters in 1968 for workers."]))
        body.append(f"Sentence {number}.{number}")
        notes_text.append(note + tail)
        expected.append(last)
    text = " ".join(body) + "\n\n"
    notes = []
    for number, note in enumerate(notes_text, start=1):
        start = len(text)
        text += f"{number} {note}\n"
        notes.append(
            Note(
                label=str(number),
                span=Span(start=start, end=len(text) - 1),
                text=note,
                segments=[Span(start=start, end=len(text) - 1)],
            )
        )
    return text, notes, expected


def _generated_parse(text: str, *, offset: int = 0) -> Reference:
    """Reads the generated full form: `Ann Family, The Title of Things (…, Year)`."""
    head, _, rest = text.partition(", ")
    return Reference(
        author=[Name(given="Ann", family=head.split()[-1])],
        title=rest.split(" (")[0],
        issued=Date(year=int(rest.split(", ")[-1][:4])),
        raw=text,
        span=Span(start=offset, end=offset + len(text)),
    )


@given(_generated())
def test_generated_documents_resolve_end_to_end(
    doc: tuple[str, list[Note], list[str | None]],
) -> None:
    text, notes, expected = doc
    result = extract(
        text,
        find_notes=lambda t: Document(notes=notes),
        find_bibliography=lambda t: (),
        parse_reference=_generated_parse,
        resolve=fake_resolve,
    )
    assert [c.note for c in result.citations] == list(range(len(notes)))
    family_of = {w.id: w.author[0].family for w in result.works}
    assert [family_of.get(c.work) for c in result.citations] == expected
    for citation in result.citations:
        assert text[citation.span.start : citation.span.end] == citation.raw
        assert citation.locator is not None


SERGE_1921 = (
    "Victor Serge, Les anarchistes et l’expérience de la Révolution russe, "
    "Librairie du Travail, Paris 1921"
)
ANARCHICI_1969 = "Gli anarchici e l’esperienza della Rivoluzione russa, Jaca Book, Milano 1969"


@pytest.mark.parametrize(
    "lead", ["", "it. tr. ", "trad. it.: ", "Engl. transl. ", "English translation: "]
)
def test_a_translation_in_brackets_is_a_linked_work(lead: str) -> None:
    text = f"Body text.[^1]\n\n[^1]: {SERGE_1921} [{lead}{ANARCHICI_1969}, pp. 16-17].\n"
    original, translation = extract(text).works
    assert original.title.startswith("Les anarchistes")
    assert translation.title.startswith("Gli anarchici")
    assert [r.id for r in original.related] == [translation.id]
    assert [r.id for r in translation.related] == [original.id]
    assert not original.related[0].related  # links stay one level deep: no cycles


def test_works_cited_side_by_side_are_not_linked() -> None:
    text = (
        f"Body text.[^1]\n\n[^1]: See {SERGE_1921}; "
        "Daniel Guérin, Per un marxismo libertario, Massari, Bolsena 2008.\n"
    )
    works = extract(text).works
    assert len(works) == 2
    assert all(not work.related for work in works)


def test_utopia_translations_are_linked_as_the_gold_says(corpus: Path) -> None:
    gold = json.loads((corpus / "gold" / "utopia-rossa-2013-serge-memoirs.json").read_text())
    refs = gold["references"]  # translation_of: the original's index in this list
    pairs = {
        (refs[ref["translation_of"]]["raw"][:20], ref["raw"][:20])
        for ref in refs
        if ref.get("translation_of") is not None
    }
    document = extract((corpus / "utopia-rossa-2013-serge-memoirs.txt").read_text())
    raw_of = {c.work: c.raw for c in document.citations if c.kind == "full"}
    found = {
        (raw_of[work.id][:20], raw_of[other.id][:20])
        for work in document.works
        for other in work.related
    }
    assert pairs and pairs <= found
