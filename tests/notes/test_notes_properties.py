"""Property tests: documents built with known markers and notes, in each format, among noise."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given
from hypothesis import strategies as st

from citex import find_notes
from citex.records import Document

WORDS = st.sampled_from(
    [
        "the",
        "party",
        "workers",
        "strike",
        "union",
        "capital",
        "revolution",
        "council",
        "soviet",
        "peasants",
        "land",
        "bread",
        "peace",
        "history",
        "theory",
        "practice",
        "state",
        "class",
        "struggle",
        "question",
        "opposition",
        "press",
    ]
)
# Numbers that are not markers: years, quantities, decimals, parts.
NOISE = st.sampled_from(
    [
        "in 1917,",
        "46,800 members",
        "by 12 percent",
        "5.1 million",
        "Part 4 of",
        "from 1929 to 1933",
        "(see chapter 3)",
        "page 12",
        "2,000-mile",
        "one in 106",
    ]
)
SUPERSCRIPTS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


@st.composite
def sentences(draw: st.DrawFn) -> str:
    """A sentence of random words with, sometimes, a number that is not a marker."""
    words = draw(st.lists(WORDS, min_size=3, max_size=10))
    if draw(st.booleans()):
        words.insert(draw(st.integers(1, len(words))), draw(NOISE))
    return " ".join(words).capitalize()


class Builder:
    """Text written piece by piece, remembering where markers and notes were put."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.markers: list[tuple[str, int]] = []
        self.notes: list[tuple[str, int, str]] = []

    def add(self, piece: str) -> int:
        """Append ``piece``; return its offset."""
        self.parts.append(piece)
        self.size += len(piece)
        return self.size - len(piece)

    def marker(self, before: str, label: str, printed: str | None = None, after: str = "") -> None:
        """Append a marker: ``before`` then the printed marker, where its span starts."""
        printed = label if printed is None else printed
        start = self.add(before + printed + after) + len(before)
        self.markers.append((label, start))

    def note(self, prefix: str, label: str, separator: str, text: str, suffix: str = "") -> None:
        """Append a note: its label at ``len(prefix)``, its text after ``separator`` (its
        paragraphs read as one)."""
        start = self.add(prefix + label + separator + text + suffix) + len(prefix)
        self.notes.append((label, start, " ".join(text.split())))

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def __repr__(self) -> str:
        return f"Builder(text={self.text!r})"


def paragraphs(draw: st.DrawFn, count: int) -> list[list[str]]:
    """``count`` paragraphs of one to three sentences."""
    return [draw(st.lists(sentences(), min_size=1, max_size=3)) for _ in range(count)]


def note_texts(draw: st.DrawFn, count: int) -> list[str]:
    """Note bodies: a sentence of words ending with a full stop."""
    return [draw(sentences()) + "." for _ in range(count)]


def body_with_markers(
    draw: st.DrawFn, doc: Builder, labels: list[str], put: Callable[[Builder, str, str], None]
) -> None:
    """Paragraphs ending in sentences that carry the markers, in order."""
    for label, chunk in zip(labels, paragraphs(draw, len(labels)), strict=True):
        doc.add(" ".join(chunk) + " " + draw(sentences()))
        put(doc, label, draw(st.sampled_from([".", ".”", ")."])))
        doc.add(" " + draw(sentences()) + ".\n\n")


def web(draw: st.DrawFn, n: int) -> Builder:
    """Blog text: markers glued to words or quotes, notes at the end after a gap."""
    doc = Builder()
    labels = [str(i) for i in range(1, n + 1)]
    if draw(st.booleans()):
        doc.add("1) first point of the list\n2) second point of the list\n\n")
    body_with_markers(draw, doc, labels, lambda d, label, punct: d.marker(punct, label))
    doc.add(draw(st.sampled_from(["", "Notes\n\n", "Note\n", "Notas\n\n", "----------\n\n"])))
    separator = draw(st.sampled_from(["\u00a0\u00a0\u00a0 ", "\t", " ", ". ", ") "]))
    # Notes one a line, or apart with blank lines; then a note may have more paragraphs.
    gap = draw(st.sampled_from(["\n", "\n\n"]))
    for k, (label, body) in enumerate(zip(labels, note_texts(draw, n), strict=True)):
        if gap == "\n\n" and k + 1 < n and draw(st.booleans()):
            body += "\n\n" + draw(sentences()) + "."
        doc.note("", label, separator, body, gap)
    return doc


def pdf(draw: st.DrawFn, n: int) -> Builder:
    """pdftotext output: wrapped lines, footnotes at page bottoms, page numbers and heads."""
    doc = Builder()
    labels = [str(i) for i in range(1, n + 1)]
    page = 70
    for label, body in zip(labels, note_texts(draw, n), strict=True):
        words = " ".join(draw(st.lists(sentences(), min_size=3, max_size=6))).split()
        lines, line = [], ""
        for word in words:
            if len(line) + len(word) > 64:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}".strip()
        doc.add(" " + "\n".join([*lines, line]) + " " + draw(WORDS))
        doc.marker(".", label, after="\n\n")
        doc.note("", label, "  ", body, "\n\n")
        page += 1
        doc.add(f"kites #4\n\n{page}\n\n")
    return doc


def markdown(draw: st.DrawFn, n: int) -> Builder:
    """Markdown footnotes: [^id] references and [^id]: definitions."""
    doc = Builder()
    labels = [draw(st.sampled_from(["", "n"])) + str(i) for i in range(1, n + 1)]
    body_with_markers(
        draw, doc, labels, lambda d, label, punct: d.marker(punct, label, f"[^{label}]")
    )
    for label, body in zip(labels, note_texts(draw, n), strict=True):
        doc.note("[^", label, "]: ", body, "\n")
    return doc


def brackets(draw: st.DrawFn, n: int) -> Builder:
    """Bracketed [12] or (12) markers and a Notes section."""
    doc = Builder()
    labels = [str(i) for i in range(1, n + 1)]
    left, right = draw(st.sampled_from([("[", "]"), ("(", ")")]))
    body_with_markers(
        draw,
        doc,
        labels,
        lambda d, label, punct: d.marker(f"{punct} ", label, f"{left}{label}{right}"),
    )
    doc.add(draw(st.sampled_from(["Notes\n\n", "Endnotes\n\n", "Anmerkungen\n\n"])))
    for label, body in zip(labels, note_texts(draw, n), strict=True):
        doc.note(left, label, right + " ", body, "\n")
    return doc


def superscripts(draw: st.DrawFn, n: int) -> Builder:
    """Unicode superscripts, <sup>12</sup> or ^12 markers; numbered notes."""
    doc = Builder()
    labels = [str(i) for i in range(1, n + 1)]
    form = draw(st.sampled_from(["unicode", "sup", "caret"]))

    def put(d: Builder, label: str, punct: str) -> None:
        if form == "unicode":
            d.marker(punct, label, label.translate(SUPERSCRIPTS))
        elif form == "sup":
            d.marker(punct, label, f"<sup>{label}</sup>")
        else:
            d.marker(punct, label, f"^{label}")

    body_with_markers(draw, doc, labels, put)
    for label, body in zip(labels, note_texts(draw, n), strict=True):
        printed = label.translate(SUPERSCRIPTS) if form == "unicode" else label
        start = doc.add(printed + " " + body + "\n")
        doc.notes.append((label, start, body))
    return doc


def symbols(draw: st.DrawFn, n: int) -> Builder:
    """Symbol markers *, †, ‡ with their notes below."""
    doc = Builder()
    labels = ["*", "†", "‡"][: min(n, 3)]
    body_with_markers(draw, doc, labels, lambda d, label, punct: d.marker(punct, label))
    for label, body in zip(labels, note_texts(draw, len(labels)), strict=True):
        doc.note("", label, " ", body, "\n")
    return doc


def gutenberg(draw: st.DrawFn, n: int) -> Builder:
    """Project Gutenberg: [1] markers and [Footnote 1: ...] blocks after the paragraph."""
    doc = Builder()
    for i, body in enumerate(note_texts(draw, n), start=1):
        label = str(i)
        doc.add(" ".join(draw(st.lists(sentences(), min_size=1, max_size=3))) + " " + draw(WORDS))
        doc.marker("", label, f"[{label}]")
        doc.add(" " + draw(sentences()) + ".\n\n")
        doc.note("[Footnote ", label, ": ", body, "]\n\n")
    return doc


FORMATS = {
    "web": web,
    "pdf": pdf,
    "markdown": markdown,
    "brackets": brackets,
    "superscripts": superscripts,
    "symbols": symbols,
    "gutenberg": gutenberg,
}


@st.composite
def documents(draw: st.DrawFn) -> tuple[str, Builder]:
    name = draw(st.sampled_from(sorted(FORMATS)))
    return name, FORMATS[name](draw, draw(st.integers(1, 12)))


def assert_found(doc: Document, built: Builder) -> None:
    """The document has exactly the built markers and notes, linked one to one."""
    assert [(m.label, m.span.start) for m in doc.markers] == built.markers
    assert [(n.label, n.span.start) for n in doc.notes] == [(lab, s) for lab, s, _ in built.notes]
    assert [n.text for n in doc.notes] == [t for _, _, t in built.notes]
    assert [m.note for m in doc.markers] == list(range(len(built.notes)))


@given(documents())
def test_finds_exactly_the_built_markers_and_notes(case: tuple[str, Builder]) -> None:
    _, built = case
    assert_found(find_notes(built.text), built)


def assert_spans_valid(text: str, doc: Document) -> None:
    """Every span is in bounds and points at what it claims."""
    for marker in doc.markers:
        printed = marker.span.slice(text).translate(str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789"))
        assert marker.label in printed or marker.label == "^"
        if marker.note is not None:
            assert marker.note < len(doc.notes)
    for index, note in enumerate(doc.notes):
        assert 0 <= note.span.start <= note.span.end <= len(text)
        ends = [note.span.start]
        for segment in note.segments:
            assert ends[-1] <= segment.start <= segment.end <= len(text)
            ends.append(segment.end)
        for marker in note.markers:
            assert doc.markers[marker].note == index


@given(documents())
def test_spans_point_at_their_text(case: tuple[str, Builder]) -> None:
    _, built = case
    assert_spans_valid(built.text, find_notes(built.text))


@given(
    st.text(alphabet=st.characters(codec="utf-8"), max_size=400)
    | st.lists(
        st.sampled_from(
            [
                "1",
                "1  ",
                "[^1]",
                "[^1]: ",
                "^[",
                "]",
                "\n",
                "\n\n",
                " ",
                "*",
                "†",
                "¹",
                "[Footnote 1: ",
                "word",
                ".",
                "”",
                "Notes\n",
                "(2)",
                "- \n",
            ]
        ),
        max_size=60,
    ).map("".join)
)
def test_never_raises_and_spans_stay_valid(text: str) -> None:
    assert_spans_valid(text, find_notes(text))
