"""Notes in PDF text: page note areas, label columns, labels alone on their line."""

from __future__ import annotations

from citex.notes.find import find_notes

# pdftotext -layout: the label alone on its line, the note text indented under it, the page
# number, a form feed; a numbered list in the body of the second page.
LAYOUT = (
    "The docks were rebuilt after the great fire of that year.1 Trade came back\n"
    "slowly, and the owners complained to the council in every session of it.\n"
    "  1\n"
    "      Minutes of the harbour board, 12 March 1911, p. 4.\n"
    "\n"
    "\n"
    "                                         1\n"
    "\fThe demands of the dockers were these, in the words of their paper:2\n"
    "   1. A written contract for every worker on the quays.\n"
    "   2. A delegate for every gang of twelve men or more.\n"
    "The board refused both, and the strike began in the first week of May.3\n"
    "  2\n"
    "      Dockers' Weekly, 2 April 1911.\n"
    "  3\n"
    "      Ibid., 9 May 1911.\n"
    "\n"
    "                                         2\n"
)

# pdftotext (plain): labels printed apart from their texts, below them, at the page bottom.
PLAIN = (
    "The guild met twice that year.1 Its clerk kept the minutes in a book of his own,2\n"
    "and the book was lost in the fire.3\n"
    "Guild Book, vol. 1, fol. 2.\n"
    "Guild Book, vol. 1, fol. 9.\n"
    "3\n"
    "Letter of the clerk, 4 June 1906.\n"
    "1\n"
    "2\n"
    "\n"
    "7\n"
    "\fThe next page goes on with the story of the guild and its book.\n"
)


def test_labels_alone_on_their_line_close_each_page() -> None:
    doc = find_notes(LAYOUT)
    assert [(n.label, n.text) for n in doc.notes] == [
        ("1", "Minutes of the harbour board, 12 March 1911, p. 4."),
        ("2", "Dockers' Weekly, 2 April 1911."),
        ("3", "Ibid., 9 May 1911."),
    ]
    assert [(LAYOUT[m.span.start - 5 : m.span.end], m.note) for m in doc.markers] == [
        ("year.1", 0),
        ("aper:2", 1),
        (" May.3", 2),
    ]


def test_labels_printed_below_their_texts() -> None:
    doc = find_notes(PLAIN)
    assert [(n.label, n.text) for n in doc.notes] == [
        ("1", "Guild Book, vol. 1, fol. 2."),
        ("2", "Guild Book, vol. 1, fol. 9."),
        ("3", "Letter of the clerk, 4 June 1906."),
    ]
    # A note whose label is printed below its text starts at its text.
    assert PLAIN[doc.notes[0].span.start :].startswith("Guild Book, vol. 1, fol. 2.")
    assert [m.note for m in doc.markers] == [0, 1, 2]


def test_page_numbers_are_not_notes_or_markers() -> None:
    doc = find_notes(LAYOUT)
    assert all(LAYOUT[m.span.start - 1] != " " for m in doc.markers)
    assert len(doc.notes) == 3
