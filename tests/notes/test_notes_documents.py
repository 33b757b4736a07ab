"""Whole documents in each note format, written for these tests with noise (years,
quantities, numbered lists, page numbers): the finder must find exactly their markers and
notes, with the spans the shared scorer expects (a marker starts at its first printed
character, bracket included; a note at its label)."""

from __future__ import annotations

from pathlib import Path

import pytest

from citex import find_notes

DATA = Path(__file__).parent.parent / "data" / "notes"

# file -> (markers as (text before the marker, printed marker), notes as (label, text)).
# The i-th marker links to the i-th note unless a third item lists each marker's note.
DOCUMENTS: dict[str, tuple] = {
    "web.txt": (
        [("Petrograd.", "1"), ("opened.", "2"), ("advance.”", "3"), ("revolution”", "4")],
        [
            ("1", "Victor Serge, Memoirs of a Revolutionary (New York: NYRB, 2012), 131."),
            (
                "2",
                "E. H. Carr, The Bolshevik Revolution, vol. 2 (London: Macmillan, 1952), "
                "194–197. The archive was closed again in 1931, and most of the figures Carr "
                "used come from the 1927 volumes.",
            ),
            ("3", "Lenin, Collected Works, vol. 33 (Moscow: Progress, 1965), 58."),
            ("4", "Serge, Memoirs, 160."),
        ],
    ),
    "pdf.txt": (
        [
            ("war.", "1"),
            ("supported\nwithout reserve, though the Mensheviks abstained in the vote.", "2"),
            ("from them.", "3"),
            ("deviation.", "4"),
            ("1922.", "5"),
            ("countryside,", "1"),
            ("villages.", "2"),
            ("within the year.", "3"),
            ("15 demands.", "1"),
            ("production.", "2"),
        ],
        [
            (
                "1",
                "S. A. Smith, Red Petrograd: Revolution in the Factories, 1917–1918 "
                "(Cambridge: Cambridge University Press, 1983), 145.",
            ),
            ("2", "Ibid., 150–52."),
            (
                "3",
                "Rex A. Wade, Red Guards and Workers’ Militias in the Russian Revolution "
                "(Stanford: Stanford University Press, 1984), 38–41, and for a different view, "
                "Diane Koenker, Moscow Workers and the 1917 Revolution (Princeton: Princeton "
                "University Press, 1981), 12.",
            ),
            ("4", "Smith, Red Petrograd, 160."),
            ("5", "Alexandra Kollontai, The Workers’ Opposition (Chicago: IWW, 1921), 7."),
            ("1", "Orlando Figes, Peasant Russia, Civil War (Oxford: Clarendon, 1989), 12."),
            (
                "2",
                "Lars T. Lih, Bread and Authority in Russia, 1914–1921 (Berkeley: University "
                "of California Press, 1990), 167.",
            ),
            ("3", "Figes, Peasant Russia, 188."),
            (
                "1",
                "Israel Getzler, Kronstadt 1917–1921 (Cambridge: Cambridge University Press, "
                "1983), 213.",
            ),
            (
                "2",
                "Paul Avrich, Kronstadt 1921 (Princeton: Princeton University Press, 1970), 73–74.",
            ),
        ],
    ),
    "brack.txt": (
        [
            (" Landhaus ", "[1]"),
            ("ch zurück ", "[2]"),
            ("erfassung ", "[3]"),
            (" belagert ", "[4]"),
        ],
        [
            (
                "1",
                "Wolfgang Häusler, Von der Massenarmut zur Arbeiterbewegung (Wien: Jugend und "
                "Volk, 1979), 120.",
            ),
            ("2", "Ebd., 131."),
            ("3", "Ebd., 140–145."),
            ("4", "Wolfgang Maderthaner, Geschichte Wiens, Bd. 3 (Wien: Böhlau, 2006), 22."),
        ],
    ),
    "caret.txt": (
        [("d 72 days.", "^1"), ("last week,", "^2"), (" arrested.", "^3"), (" society.”", "^4")],
        [
            (
                "1",
                "Prosper-Olivier Lissagaray, History of the Paris Commune of 1871 (London: "
                "New Park, 1976), 1.",
            ),
            ("2", "Robert Tombs, The Paris Commune 1871 (London: Longman, 1999), 180."),
            ("3", "Ibid., 181."),
            (
                "4",
                "Karl Marx, The Civil War in France (Peking: Foreign Languages Press, 1970), 81.",
            ),
        ],
    ),
    "gut.txt": (
        [("the field.", "[1]"), ("was fixed.", "[2]"), ("me Verdun.", "[1]")],
        [
            ("1", "See the official history, vol. 1, p. 12."),
            ("2", "The trenches ran some 400 miles from the sea to Switzerland."),
            ("1", "Horne, The Price of Glory, 1962."),
        ],
    ),
    "gutfoot.txt": (
        [("the field.", "1"), ("t Gorlice.", "2")],
        [
            ("1", "See the official history, vol. 1, p. 12."),
            ("2", "Stone, The Eastern Front, 1975, 130."),
        ],
    ),
    "md.md": (
        [("r 12 days.", "[^1]"), ("t soviets.", "[^soviet]"), ("1871.", "^")],
        [
            ("^", "The Paris Commune, which lasted 72 days."),
            (
                "1",
                "Abraham Ascher, *The Revolution of 1905* (Stanford: Stanford University Press, "
                "1988), 211. Ascher counts 1.5 million strikers in October alone.",
            ),
            ("soviet", "Oskar Anweiler, *The Soviets* (New York: Pantheon, 1974), 40."),
        ],
        [1, 2, 0],
    ),
    "paren.txt": (
        [
            (" ciudades ", "(1)"),
            ("de guerra ", "(2)"),
            ("al comité ", "(3)"),
            (" catalana ", "(4)"),
        ],
        [
            (
                "1",
                "Juan Antonio Lacomba, La crisis española de 1917 (Madrid: Ciencia Nueva, "
                "1970), 211.",
            ),
            ("2", "Ibid., 230."),
            ("3", "Ibid., 245."),
            ("4", "Francisco J. Romero Salvadó, España 1914–1918 (Barcelona: Crítica, 2002), 97."),
        ],
    ),
    "sup.html.txt": (
        [
            ("d 72 days.", "<sup>1</sup>"),
            ("last week,", "<sup>2</sup>"),
            (" arrested.", "<sup>3</sup>"),
            (" society.”", "<sup>4</sup>"),
        ],
        [
            (
                "1",
                "Prosper-Olivier Lissagaray, History of the Paris Commune of 1871 (London: "
                "New Park, 1976), 1.",
            ),
            ("2", "Robert Tombs, The Paris Commune 1871 (London: Longman, 1999), 180."),
            ("3", "Ibid., 181."),
            (
                "4",
                "Karl Marx, The Civil War in France (Peking: Foreign Languages Press, 1970), 81.",
            ),
        ],
    ),
    "sym.txt": (
        [("d in 1866.", "*"), ("ts symbol,", "†"), ("countries.", "‡")],
        [
            ("*", "Karl Marx, Capital, vol. 1 (London: Penguin, 1976), 415."),
            ("†", "Philip S. Foner, May Day (New York: International, 1986), 40."),
            ("‡", "ILO, Hours of Work Convention, 1919."),
        ],
    ),
    "usup.txt": (
        [("d 72 days.", "¹"), ("last week,", "²"), (" arrested.", "³"), (" society.”", "⁴")],
        [
            (
                "1",
                "Prosper-Olivier Lissagaray, History of the Paris Commune of 1871 (London: New "
                "Park, 1976), 1.",
            ),
            ("2", "Robert Tombs, The Paris Commune 1871 (London: Longman, 1999), 180."),
            ("3", "Ibid., 181."),
            (
                "4",
                "Karl Marx, The Civil War in France (Peking: Foreign Languages Press, 1970), 81.",
            ),
        ],
    ),
    "rule.txt": (
        [("ioperanti.", "1"), ("fabbriche,", "2"), ("oletario».", "3")],
        [
            ("1", "Paolo Spriano, L’occupazione delle fabbriche (Torino: Einaudi, 1964), 45."),
            ("2", "Ivi, 60."),
            ("3", "Antonio Gramsci, «Il consiglio di fabbrica», L’Ordine Nuovo, 5 giugno 1920."),
        ],
    ),
    "sym2.txt": (
        [
            ("t of 1913,", "*"),
            ("s of 1919.", "**"),
            ("s are new,", "†"),
            ("400 names.", "‡"),
            ("olleagues.", "§"),
        ],
        [
            ("*", "First edition: Berlin, 1913."),
            ("**", "Corrections by the author, noted in his copy."),
            ("†", "Prepared by the editors in 1920."),
            ("‡", "Compiled by M. Weber."),
            ("§", "Both of the University of Vienna."),
        ],
    ),
    "wrapped.txt": (
        [("on Vienna.", "[1]"), ("September.", "[2]"), ("e Prophet.", "[3]")],
        [
            (
                "1",
                "The figure is that of the Venetian envoy; the Ottoman registers give a "
                "smaller army, and modern estimates lie between 70,000 and 100,000 men. The "
                "envoy's letters are kept in the archive of the Frari at Venice.",
            ),
            (
                "2",
                "On the date see Stoye, The Siege of Vienna (London: Collins, 1964), 250, "
                "and the sources he lists.",
            ),
            ("3", "Stoye, 262."),
        ],
    ),
}


def _expected_marker_starts(text: str, markers: list[tuple[str, str]]) -> list[int]:
    starts, position = [], 0
    for before, printed in markers:
        at = text.index(before + printed, position) + len(before)
        starts.append(at)
        position = at
    return starts


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_document_is_found_exactly(name: str) -> None:
    text = (DATA / name).read_text(encoding="utf-8")
    markers, notes, *links = DOCUMENTS[name]
    doc = find_notes(text)
    assert [m.span.start for m in doc.markers] == _expected_marker_starts(text, markers)
    assert [text[m.span.start : m.span.end] for m in doc.markers] == [p for _, p in markers]
    assert [(n.label, n.text) for n in doc.notes] == notes
    assert [m.note for m in doc.markers] == (links[0] if links else list(range(len(notes))))
    # The scorer matches a converted document's note on its body, 16 characters back.
    for note in doc.notes:
        assert 0 <= note.segments[0].start - note.span.start <= 16
        assert not text[note.span.start].isspace()


def test_unmistakable_marker_without_note_is_reported() -> None:
    text = (
        "The area is 10 m² and 3 km². The strike was long.<sup>7</sup> It ended.³\n\n"
        "No notes follow.\n"
    )
    doc = find_notes(text)
    assert [(text[m.span.start : m.span.end], m.note) for m in doc.markers] == [
        ("<sup>7</sup>", None),
        ("³", None),
    ]
    assert doc.notes == ()


def test_note_without_marker_is_kept() -> None:
    text = (
        (DATA / "pdf.txt")
        .read_text(encoding="utf-8")
        .replace("countryside,1 and", "countryside and")
    )
    doc = find_notes(text)
    orphan = [n for n in doc.notes if not n.markers]
    assert [(n.label, n.text[:14]) for n in orphan] == [("1", "Orlando Figes,")]


def test_heading_announces_numbered_notes_after_a_symbol_note() -> None:
    text = (
        "Serge wrote it in 1944.<sup>*</sup>\n\n"
        "1. A primary aspect is the state (1).\n\n"
        "2. A second aspect is the party (2).\n\n"
        "Notas\n\n"
        "<sup>*</sup> Carnets, 1985, p. 126.\n"
        "(1) Serge, Memoirs, 131.\n"
        "(2) Ibid., 140.\n"
    )
    doc = find_notes(text)
    assert [(n.label, n.text) for n in doc.notes] == [
        ("*", "Carnets, 1985, p. 126."),
        ("1", "Serge, Memoirs, 131."),
        ("2", "Ibid., 140."),
    ]
    assert [(text[m.span.start : m.span.end], m.note) for m in doc.markers] == [
        ("<sup>*</sup>", 0),
        ("(1)", 1),
        ("(2)", 2),
    ]
