"""find_notes on small real-looking snippets of each note format, and the extract command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from citex import find_notes
from citex.cli import main
from citex.notes import find_markers

# (text, [(marker label, text its span covers)], [(note label, note text)], note of each marker)
CASES = [
    pytest.param(
        "Serge wrote of the “country of the big lie”[^1] and came back to it.[^long]\n\n"
        "[^1]: Victor Serge, *Memoirs of a Revolutionary* (New York: NYRB, 2012), 295.\n"
        "[^long]: A longer note\n    with a lazy continuation.\n\n"
        "    And a second paragraph, indented.\n\nThe text goes on.\n",
        [("1", "[^1]"), ("long", "[^long]")],
        [
            ("1", "Victor Serge, *Memoirs of a Revolutionary* (New York: NYRB, 2012), 295."),
            ("long", "A longer note with a lazy continuation. And a second paragraph, indented."),
        ],
        [0, 1],
        id="markdown",
    ),
    pytest.param(
        "Inline notes work too.^[Pandoc, see *Memoirs*, p. 12.] And 1919 was a year.\n",
        [("^", "^")],
        [("^", "Pandoc, see *Memoirs*, p. 12.")],
        [0],
        id="markdown-inline",
    ),
    pytest.param(
        "The strike of 1934 involved 46,800 workers [1]. The union later split (see\n"
        "chapter 3) [2].\n\nNotes\n\n"
        "1. Bernstein, Turbulent Years (Boston: Houghton Mifflin, 1970), 218.\n"
        "2. Ibid., 220-21.\n",
        [("1", "[1]"), ("2", "[2]")],
        [
            ("1", "Bernstein, Turbulent Years (Boston: Houghton Mifflin, 1970), 218."),
            ("2", "Ibid., 220-21."),
        ],
        [0, 1],
        id="brackets-notes-section",
    ),
    pytest.param(
        "Die Partei hatte 1921 etwa 360.000 Mitglieder (1). Später weniger (2).\n\n"
        "Anmerkungen\n\n(1) Flechtheim, Die KPD, 1969, S. 12.\n(2) Ebd., S. 14.\n",
        [("1", "(1)"), ("2", "(2)")],
        [("1", "Flechtheim, Die KPD, 1969, S. 12."), ("2", "Ebd., S. 14.")],
        [0, 1],
        id="parentheses-anmerkungen",
    ),
    pytest.param(
        "Marx wrote the first volume in 1867.¹ Engels edited the others² after 1883.³\n\n"
        "¹ Karl Marx, Capital, vol. 1 (London: Penguin, 1976).\n"
        "² Friedrich Engels, preface to Capital, vol. 2.\n³ Ibid.\n",
        [("1", "¹"), ("2", "²"), ("3", "³")],
        [
            ("1", "Karl Marx, Capital, vol. 1 (London: Penguin, 1976)."),
            ("2", "Friedrich Engels, preface to Capital, vol. 2."),
            ("3", "Ibid."),
        ],
        [0, 1, 2],
        id="unicode-superscripts",
    ),
    pytest.param(
        "The first claim<sup>1</sup> and the second one^2 are disputed.\n\n"
        "1. Smith, Essays, 12.\n2. Jones, Replies, 40.\n",
        [("1", "<sup>1</sup>"), ("2", "^2")],
        [("1", "Smith, Essays, 12."), ("2", "Jones, Replies, 40.")],
        [0, 1],
        id="sup-and-caret",
    ),
    pytest.param(
        "One claim<sup>1</sup> and another<sup>2</sup>.\n\n"
        "<sup>1</sup> First note.\n<sup>2</sup> Second note.\n",
        [("1", "<sup>1</sup>"), ("2", "<sup>2</sup>")],
        [("1", "First note."), ("2", "Second note.")],
        [0, 1],
        id="sup-notes",
    ),
    pytest.param(
        "It was so[A], and more[B].\n\n[Footnote A: Letter note.]\n\n"
        "[Footnote B: Second letter.]\n",
        [("A", "[A]"), ("B", "[B]")],
        [("A", "Letter note."), ("B", "Second letter.")],
        [0, 1],
        id="gutenberg-letters",
    ),
    pytest.param(
        "The manuscript was never finished.* Its second part survives in copies.†\n\n"
        "* Editor's note: see the introduction.\n† The Moscow copy, now in RGASPI.\n",
        [("*", "*"), ("†", "†")],
        [("*", "Editor's note: see the introduction."), ("†", "The Moscow copy, now in RGASPI.")],
        [0, 1],
        id="symbols",
    ),
    pytest.param(
        "It was in 1848 that the pamphlet first appeared[1], and it was\n"
        "soon translated into several languages[2].\n\n"
        "[Footnote 1: The Communist Manifesto, London, February 1848.]\n\n"
        "[Footnote 2: An English translation [by Helen Macfarlane] appeared in\n"
        "1850 in the Red Republican.]\n",
        [("1", "[1]"), ("2", "[2]")],
        [
            ("1", "The Communist Manifesto, London, February 1848."),
            (
                "2",
                "An English translation [by Helen Macfarlane] appeared in 1850 in the Red "
                "Republican.",
            ),
        ],
        [0, 1],
        id="gutenberg",
    ),
    pytest.param(
        "Not even Trotsky had dared so much.1\nThe regime of the Ussr was totalitarian 2 and "
        "the figures prove it: 46,800 in 1937, from 20183 on.\n\n"
        "1. A primary aspect of the book is its inside view.\n\n"
        "1\u00a0\u00a0\u00a0 Les anarchistes et l’expérience de la Révolution russe, Paris 1921.\n"
        "2\u00a0\u00a0\u00a0 «Trente ans après la Révolution russe», 1947.\n"
        "In “Trente ans…”, Serge gives his keenest definition.\n"
        "3\u00a0\u00a0\u00a0 Carnets, Actes Sud, Arles 1985, p. 126.\n",
        [("1", "1"), ("2", "2"), ("3", "3")],
        [
            ("1", "Les anarchistes et l’expérience de la Révolution russe, Paris 1921."),
            (
                "2",
                "«Trente ans après la Révolution russe», 1947. In “Trente ans…”, Serge gives his "
                "keenest definition.",
            ),
            ("3", "Carnets, Actes Sud, Arles 1985, p. 126."),
        ],
        [0, 1, 2],
        id="web-endnotes-numbered-paragraph-year-glued",
    ),
]


@pytest.mark.parametrize(("text", "markers", "notes", "links"), CASES)
def test_snippet(text: str, markers: list, notes: list, links: list) -> None:
    doc = find_notes(text)
    assert [(m.label, m.span.slice(text)) for m in doc.markers] == markers
    assert [(n.label, n.text) for n in doc.notes] == notes
    assert [m.note for m in doc.markers] == links
    assert find_markers(text) == doc.markers


PDF_PAGE_BREAK = (
    "One last qualification is required before moving on. In What Is \n"
    "To Be Done?, Lenin argued that communists need to carry out po-\n"
    "litical work among all class strata in order to build the necessary \n"
    "alliances to be in a position to seize power and carry out the so-\n"
    "cialist transition to communism. But within this broad polemic, \n"
    "Lenin also stated that the entire task then was to consoli-\n"
    "date our position in the [proletariat].1\n\n"
    "1  Lenin, What Is To Be Done?, in Selected Works vol. 1 (Moscow: Progress Publish-\n"
    " Without taking this statement as absolute, it is fair to say \n"
    "that any communist formation that does not make building roots \n"
    "among our social base its first concern and prime order of practical \n"
    "importance is not on the revolutionary road.\n\n"
    "t o  c a p i ta l ,  b l ac k  l i v e s  d o n ’ t  m at t e r\n\n"
    "White supremacy has long been the main social glue that holds \n"
    "the US together as a social formation. Since the genocide of the \n"
    "Native American population and the rise of slavery, this has prin-\n"
    "cipally revolved around the oppression of Black people. It has \n"
    "been and remains integrally \n\n"
    "ers, 1977),158. “Working class” has been changed to “proletariat” to reflect the \n"
    "distinction made in part one.\n\n"
    "kites #4\n\n71\n\n"
    " linked with the class structure of the US.2 In 1970 70% of Black \n"
    "people held blue-collar jobs in a sector of 5.1 million workers; \n"
    "by 1987 the industrial employment of Black men had plummeted.\n\n"
    "2  A fuller discussion of the many cultural, social, and other forms is beyond the \n"
    "scope of this essay.\n"
)


def test_pdf_note_continues_after_page_break() -> None:
    doc = find_notes(PDF_PAGE_BREAK)
    assert [m.label for m in doc.markers] == ["1", "2"]
    first = doc.notes[0]
    assert first.text == (
        "Lenin, What Is To Be Done?, in Selected Works vol. 1 (Moscow: Progress Publishers, "
        "1977),158. “Working class” has been changed to “proletariat” to reflect the "
        "distinction made in part one."
    )
    assert len(first.segments) == 2
    assert first.segments[1].slice(PDF_PAGE_BREAK).startswith("ers, 1977)")


def test_numbering_restarts_per_article() -> None:
    article = (
        "A sentence with a marker.1 Another one follows.2\n\n"
        "1  First note of the article.\n2  Second note of the article.\n\n"
    )
    doc = find_notes(article + "Second article begins here and cites.1\n\n1  Its first note.\n")
    assert [n.article for n in doc.notes] == [0, 0, 1]
    assert [m.note for m in doc.markers] == [0, 1, 2]


def test_numbered_list_is_not_notes() -> None:
    text = (
        "The programme had three points.1 They were adopted in 1919.2\n\n"
        "1) land to the peasants;\n2) bread to the workers.\n\n"
        "The third was peace.3\n\nNotes\n\n1 Lenin, CW 26, 12.\n2 Ibid., 40.\n3 Carr, 1:95.\n"
    )
    doc = find_notes(text)
    assert [n.text for n in doc.notes] == ["Lenin, CW 26, 12.", "Ibid., 40.", "Carr, 1:95."]
    assert [m.note for m in doc.markers] == [0, 1, 2]


def test_markdown_reference_without_definition_is_kept() -> None:
    doc = find_notes("A claim.[^missing] Another.[^1]\n\n[^1]: The note.\n")
    assert [(m.label, m.note) for m in doc.markers] == [("missing", None), ("1", 0)]


def test_extract_command_prints_the_json_contract(corpus: Path) -> None:
    result = CliRunner().invoke(
        main, ["extract", str(corpus / "utopia-rossa-2013-serge-memoirs.txt"), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    found = json.loads(result.output)
    assert set(found["markers"][0]) == {"label", "start", "end", "note"}
    assert {"label", "start", "end", "text", "segments", "markers"} <= set(found["notes"][0])
    assert len(found["notes"]) == 12


def test_extract_command_rejects_undecodable_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00 not utf-8 \xc3")
    result = CliRunner().invoke(main, ["extract", str(bad)])
    assert result.exit_code == 1
    assert "bad.txt" in result.stderr


def test_numbered_sections_after_bare_numbers_are_not_notes() -> None:
    text = (
        "Part 1 of the report covers chapter 2 of the plan.\n\n"
        "1. Introduction of the first topic.\n\n2. Second topic here.\n"
    )
    assert find_notes(text) == find_notes("")


def test_endnotes_grouped_by_chapter_at_the_end() -> None:
    text = (
        "Chapter One\n\nThe war began.1 It spread fast.2\n\n"
        "Chapter Two\n\nPeace came.1 It did not last.2 Then war again.3\n\n"
        "Notes\n\nChapter One\n1 Smith, War, 12.\n2 Ibid., 14.\n\n"
        "Chapter Two\n1 Jones, Peace, 3.\n2 Ibid., 9.\n3 Brown, Again, 20.\n"
    )
    doc = find_notes(text)
    assert [(n.label, n.article) for n in doc.notes] == [
        ("1", 0),
        ("2", 0),
        ("1", 1),
        ("2", 1),
        ("3", 1),
    ]
    assert [m.note for m in doc.markers] == [0, 1, 2, 3, 4]
    assert [m.span.start for m in doc.markers] == [
        text.index(".1") + 1,
        text.index(".2") + 1,
        text.index("came.1") + 5,
        text.index("last.2") + 5,
        text.index("again.3") + 6,
    ]


def test_markdown_emphasis_bullets_and_link_definitions_are_not_notes() -> None:
    text = (
        "Some *emphasis* and **bold**. A link [see][1] and [more][2].\n\n"
        "* a bullet item\n* another\n\n[1]: https://example.org/a\n[2]: http://example.org/b\n"
    )
    assert find_notes(text) == find_notes("")
    doc = find_notes("The manuscript.* Its *copy* survives.\n\n* Editor's note.\n")
    assert [m.span.start for m in doc.markers] == [15]
