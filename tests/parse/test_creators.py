"""Author lists at the head of a reference (parse/creators.py, parse/names.py), by the rules
alone: how ``extract`` reads references (``citex parse`` lets the tagger relabel them)."""

from __future__ import annotations

import pytest

from citex.parse.reference import parse_reference, parse_reference_by_rules


@pytest.mark.parametrize(
    ("raw", "families", "title"),
    [
        pytest.param(  # ../shared/cases/parser/it.jsonl
            "Bianchi C. e M. Ferro, Il porto di Chioggia, Venezia 1970.",
            ["Bianchi", "Ferro"],
            "Il porto di Chioggia",
            id="italian-e-before-an-initial",
        ),
        pytest.param(  # issue 12: "Rossi A. - Bianchi B."
            "Rossi A. - Bianchi B., La laguna di Venezia, Venezia 1970.",
            ["Rossi", "Bianchi"],
            "La laguna di Venezia",
            id="spaced-dash-between-people",
        ),
        pytest.param(  # a dash before a title is no joiner
            "Rossi A. - La storia della città, Venezia 1970.",
            ["Rossi"],
            "La storia della città",
            id="dash-before-a-title",
        ),
    ],
)
def test_italian_author_lists(raw: str, families: list[str], title: str) -> None:
    reference = parse_reference_by_rules(raw)
    assert [name.family for name in reference.author] == families
    assert reference.title == title


@pytest.mark.parametrize(
    ("raw", "families", "title", "year"),
    [
        pytest.param(  # ../shared/cases/parser/it.jsonl
            "1887 MORANDI Teodoro, Statuti della fraglia dei tessitori di seta, Padova.",
            ["MORANDI"],
            "Statuti della fraglia dei tessitori di seta",
            1887,
            id="year-first-capitals",
        ),
        pytest.param(  # LinkedBooks shape (a bibliography ordered by year)
            "1827 A. Quadri, Quattro giorni in Venezia, Milano.",
            ["Quadri"],
            "Quattro giorni in Venezia",
            1827,
            id="year-first-initial",
        ),
        pytest.param(  # anystyle core.xml: a title after the year, no names
            "1968 Tzeltal Numerical Classifiers: A Study in Ethnographic Semantics. The Hague: "
            "Mouton.",
            [],
            "Tzeltal Numerical Classifiers: A Study in Ethnographic Semantics",
            1968,
            id="year-first-title",
        ),
    ],
)
def test_year_first_entries(raw: str, families: list[str], title: str, year: int) -> None:
    reference = parse_reference_by_rules(raw)
    assert [name.family for name in reference.author] == families
    assert reference.title == title
    assert reference.issued is not None
    assert reference.issued.year == year


@pytest.mark.parametrize(
    ("raw", "people", "title"),
    [
        pytest.param(  # ../shared/cases/parser/de.jsonl
            "Huber, Marion/Kaiser, Jens, Regionale Arbeitsmärkte, Hannover 2003.",
            [("Huber", "Marion"), ("Kaiser", "Jens")],
            "Regionale Arbeitsmärkte",
            id="inverted-names-slash",
        ),
        pytest.param(  # ../shared/cases/parser/de.jsonl
            "Hoffmann, Ulrike/Krämer, Bernd (2004): Wohnen im Quartier, Berlin.",
            [("Hoffmann", "Ulrike"), ("Krämer", "Bernd")],
            "Wohnen im Quartier",
            id="author-date-slash",
        ),
        pytest.param(  # ../shared/cases/parser/de.jsonl
            "Eva Roth/Tobias Weber, Migration und Stadt, in: Ulrich Kern (Hg.), "
            "Stadtgesellschaft, Bremen 2011, S. 12-30.",
            [("Roth", "Eva"), ("Weber", "Tobias")],
            "Migration und Stadt",
            id="direct-names-slash",
        ),
    ],
)
def test_german_slash_lists(raw: str, people: list[tuple[str, str]], title: str) -> None:
    reference = parse_reference_by_rules(raw)
    assert [(name.family, name.given) for name in reference.author] == people
    assert reference.title == title


@pytest.mark.parametrize(
    ("raw", "family"),
    [
        pytest.param(  # ../shared/cases/parser/de.jsonl
            "Vgl. Bauer, Thomas: Lokale Politik. Eine Einführung, Stuttgart 2005, S. 12 ff.",
            "Bauer",
            id="vgl",
        ),
        pytest.param("Cfr. Rossi A., La laguna, Venezia 1970.", "Rossi", id="cfr"),
        pytest.param("See also Smith, John. The Book. London: Verso, 1990.", "Smith", id="see"),
    ],
)
def test_a_lead_in_word_is_no_author(raw: str, family: str) -> None:
    assert [name.family for name in parse_reference_by_rules(raw).author] == [family]


def test_a_name_starting_like_a_lead_in_is_kept() -> None:
    reference = parse_reference_by_rules("Seeger, Pete. Songs of the Road. New York: Oak, 1961.")
    assert [name.family for name in reference.author] == ["Seeger"]


@pytest.mark.parametrize(
    ("raw", "body", "title"),
    [
        pytest.param(  # ../shared/cases/parser/de.jsonl (de:9)
            "Landesministerium für Verkehr, Bauen und Wohnen (2011): Bericht zur Lage der "
            "Radwege. Kiel.",
            "Landesministerium für Verkehr, Bauen und Wohnen",
            "Bericht zur Lage der Radwege",
            id="compound-noun-with-comma-and-und",
        ),
        pytest.param(  # de:10: a body in lower case, known by its legal form
            "nordlicht e.V. (2014): Pendeln an der Küste. Kiel.",
            "nordlicht e.V.",
            "Pendeln an der Küste",
            id="legal-form",
        ),
        pytest.param(  # ../shared/cases/citations/10_corporate_author.txt
            "Statistisches Amt Nord: Pendlerzählung.",
            "Statistisches Amt Nord",
            "Pendlerzählung",
            id="noun-before-colon",
        ),
        pytest.param(  # en:3
            "Harbour Collective, “Call for a Conference of Port Workers.”",
            "Harbour Collective",
            "Call for a Conference of Port Workers",
            id="one-word-and-noun-before-quoted-title",
        ),
        pytest.param(
            "Istituto di Storia, Lettere ed Arti (1990): Annali del porto. Venezia.",
            "Istituto di Storia, Lettere ed Arti",
            "Annali del porto",
            id="italian-istituto",
        ),
    ],
)
def test_a_body_is_one_literal_creator(raw: str, body: str, title: str) -> None:
    reference = parse_reference_by_rules(raw)
    assert [name.literal for name in reference.author] == [body]
    assert reference.title == title


@pytest.mark.parametrize(
    "raw",
    [
        "Ramón Müller and Jürgen Serge, Empire on Society (London: Penguin, 1822), 139-143.",
        "Hans Amtmann: Die Stadt am Meer, Kiel 1999.",
        "Smith AG, Jones B: Tidal mixing. J Mar Res 2001; 12: 4-9.",
    ],
)
def test_people_next_to_a_body_word_stay_people(raw: str) -> None:
    reference = parse_reference_by_rules(raw)
    assert reference.author
    assert all(name.literal is None for name in reference.author)


@pytest.mark.parametrize(
    "raw",
    [
        # de:8: "u. a." (und andere, et al.) closes the list
        "Meyer, H., Schulz, K. u. a. (2008): Bildung im Wandel. Wiesbaden: Verlag Morgenrot.",
        "Meyer, H., Schulz, K. u.a. (2008): Bildung im Wandel. Wiesbaden: Verlag Morgenrot.",
        "Meyer, H., Schulz, K. et al. (2008): Bildung im Wandel. Wiesbaden: Verlag Morgenrot.",
    ],
)
def test_et_al_closes_a_german_list(raw: str) -> None:
    reference = parse_reference_by_rules(raw)
    assert [(n.family, n.given) for n in reference.author] == [("Meyer", "H."), ("Schulz", "K.")]
    assert reference.title == "Bildung im Wandel"


def test_e_altri_closes_an_italian_list() -> None:
    reference = parse_reference_by_rules("Rossi A., Bianchi B. e altri, Storia di Roma, Roma 1990.")
    assert [name.family for name in reference.author] == ["Rossi", "Bianchi"]
    assert reference.title == "Storia di Roma"


def test_the_tagger_does_not_lose_a_body_the_rules_read() -> None:
    # de:9: the tagger, trained on few bodies, read the ministry as the title
    reference = parse_reference(
        "Landesministerium für Verkehr, Bauen und Wohnen (2011): Bericht zur Lage der Radwege."
    )
    assert [name.literal for name in reference.author] == [
        "Landesministerium für Verkehr, Bauen und Wohnen"
    ]
    assert reference.title == "Bericht zur Lage der Radwege"


@pytest.mark.parametrize(
    ("raw", "families", "title"),
    [
        # found by tests/parse/test_parse_roundtrip.py (ieee-publisher_place)
        (
            "[209] A. Anderson, Justice. Cambridge: Harvard University Press, 1941.",
            ["Anderson"],
            "Justice",
        ),
        # ../shared/data/linkedbooks (train): a title's first words are no second author
        (
            "D. Howard, Jacopo Sansovino. Architecture and Patronage in Renaissance Venice,"
            " New Haven and London, 1975.",
            ["Howard"],
            "Jacopo Sansovino",
        ),
        (
            "I. Schropp, H. A. Atwater, A. Polman, Opt. Express 2010, 18, A237.",
            ["Schropp", "Atwater", "Polman"],
            None,
        ),
    ],
)
def test_a_person_written_initials_first_is_complete(
    raw: str, families: list[str], title: str | None
) -> None:
    """``A. Anderson`` has its given name: the capitalised words after its comma start the
    title, not a given name or another person."""
    ref = parse_reference_by_rules(raw)
    assert [name.family for name in ref.author] == families
    assert title is None or (ref.title is not None and ref.title.startswith(title))


@pytest.mark.parametrize(
    ("raw", "container", "editors"),
    [
        (  # IEEE (as tests/render.py prints it): the book, then its editors initial first
            "[9] R. Silva, “Justice in State: Capital,” in Anarchism, R. Lefebvre and "
            "N. de Beauvoir, Eds. London: Verso, 2025, pp. 168–213.",
            "Anarchism",
            ["Lefebvre", "Beauvoir"],
        ),
        (
            "[12] J.-P. Dubois and A. van der Linden, “Labour and Exile,” in Memory of the "
            "Revolution, C. Rossi and M. Bianchi, Eds. London: Verso, 1990, pp. 123–129.",
            "Memory of the Revolution",
            ["Rossi", "Bianchi"],
        ),
    ],
)
def test_ieee_editors_after_the_book(raw: str, container: str, editors: list[str]) -> None:
    """``in Book, A. Family and B. Family, Eds. Place:``: the book is no editor."""
    ref = parse_reference_by_rules(raw)
    assert ref.container_title == container
    assert [name.family for name in ref.editor] == editors
