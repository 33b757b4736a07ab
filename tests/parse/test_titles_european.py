"""Title boundaries of German and European references (parse/titles.py, imprint.py): a
subtitle after a full stop stays in the title when an imprint follows (a place alone
included), edition statements go to ``edition`` wherever they stand, ``(Hg.)`` marks
editors, ``Frankfurt a.M.`` is one place (issues 11 and 12). Both readings are checked: the
rules alone (``citex extract``) and the learned default (``citex parse``)."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import citex
from citex.parse import patterns as p
from citex.parse.numbering import find_edition
from citex.parse.reference import parse_reference, parse_reference_by_rules

BOTH = pytest.mark.parametrize("parse", [parse_reference_by_rules, parse_reference])


@BOTH
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param(  # ../shared/cases/parser/de.jsonl (de:2), citations/16
            "Klaus Reinhold, Hafenstädte. Eine Sozialgeschichte, Hamburg 1994.",
            {
                "author": ("Reinhold", "Klaus"),
                "title": "Hafenstädte. Eine Sozialgeschichte",
                "publisher_place": "Hamburg",
                "publisher": None,
            },
            id="given-family-title-subtitle-place-year",
        ),
        pytest.param(  # ../shared/cases/parser/de.jsonl (de:3), citations/17
            "Tessmann, Jörg (2009): Die neue Kaje. Containerumschlag in Bremerhaven. Bremen.",
            {
                "title": "Die neue Kaje. Containerumschlag in Bremerhaven",
                "publisher_place": "Bremen",
                "publisher": None,
            },
            id="subtitle-then-a-place-alone",
        ),
        pytest.param(  # ../shared/cases/parser/de.jsonl (de:14)
            "Brandt, Lena (1997): Soziale Netze im Alter. Frankfurt a.M.",
            {
                "title": "Soziale Netze im Alter",
                "publisher_place": "Frankfurt a.M.",
                "container_title": None,
                "volume": None,
            },
            id="frankfurt-am-main-is-one-place",
        ),
        pytest.param(  # ../shared/cases/parser/de.jsonl (de:15)
            "Schneider, Karl (1999): Die Stadt als Bühne. Frankfurt a. M.: Nordlicht Verlag.",
            {
                "title": "Die Stadt als Bühne",
                "publisher_place": "Frankfurt a. M.",
                "publisher": "Nordlicht Verlag",
            },
            id="spaced-qualifier-before-publisher",
        ),
        pytest.param(  # ../shared/cases/parser/de.jsonl (de:17), citations/08
            "Martin Ebersold, Die stillen Jahre. Werftarbeit in Lübeck 1948–1961, Kiel 1999,"
            " S. 41–45.",
            {
                "title": "Die stillen Jahre. Werftarbeit in Lübeck 1948–1961",
                "publisher_place": "Kiel",
                "publisher": None,
                "year": 1999,
            },
            id="year-range-in-the-subtitle",
        ),
        pytest.param(  # ../shared/cases/parser/de.jsonl (de:18), citations/09
            "Lena Hartwig, Hafenarbeit in Norddeutschland. Eine Einführung. 3. überarb."
            " Auflage Bremen 2001.",
            {
                "title": "Hafenarbeit in Norddeutschland. Eine Einführung",
                "edition": "3. überarb. Auflage",
                "publisher_place": "Bremen",
                "publisher": None,
            },
            id="edition-between-subtitle-and-place",
        ),
        pytest.param(  # ../shared/cases/parser/de.jsonl (de:19)
            "Horn, Erika (Hrsg.) (2001): Nachbarschaft heute. Ein Handbuch. 2. Aufl.,"
            " Bremen/Kassel: Verlag Morgenrot.",
            {
                "title": "Nachbarschaft heute. Ein Handbuch",
                "edition": "2. Aufl.",
                "publisher_place": "Bremen/Kassel",
                "publisher": "Verlag Morgenrot",
            },
            id="edition-before-place-publisher",
        ),
        pytest.param(  # citations/09, the note without "Vgl."
            "Verein für Küstengeschichte (Hg.), Chronik der Werften, Rostock o.J.",
            {
                "editor": "Verein für Küstengeschichte",
                "title": "Chronik der Werften",
                "publisher_place": "Rostock",
                "year": None,
            },
            id="corporate-editor-before-the-title",
        ),
        pytest.param(  # citations/16, the note without "Vgl."
            "Ines Moller, Kaiarbeit im Wandel. In: Jan Bremer/Ute Kahl (Hg.), Arbeit am"
            " Wasser. Beiträge zur Küstengeschichte, Kiel 2001, S. 45–67.",
            {
                "title": "Kaiarbeit im Wandel",
                "container_title": "Arbeit am Wasser. Beiträge zur Küstengeschichte",
                "publisher_place": "Kiel",
                "page": "45–67",
            },
            id="container-subtitle-before-place",
        ),
        pytest.param(  # invented, the French shape of an edition after the subtitle
            "Dupont, Jean, Histoire de Lyon. Une ville, nouvelle éd., Paris, Gallimard, 1990.",
            {
                "title": "Histoire de Lyon. Une ville",
                "edition": "nouvelle éd.",
                "publisher_place": "Paris",
                "publisher": "Gallimard",
            },
            id="french-edition-then-place-publisher",
        ),
        pytest.param(  # invented: a qualified place the rules take out before the title
            "Schulz, Peter: Die Werft. Geschichte eines Betriebes, Freiburg i. Br. 1988.",
            {
                "title": "Die Werft. Geschichte eines Betriebes",
                "publisher_place": "Freiburg i. Br.",
            },
            id="freiburg-im-breisgau",
        ),
    ],
)
def test_title_and_imprint(parse, raw, expected):
    reference = parse(raw)
    got = {
        "author": (reference.author[0].family, reference.author[0].given)
        if reference.author
        else None,
        "editor": reference.editor[0].literal if reference.editor else None,
        "year": reference.issued.year if reference.issued else None,
        **{
            key: getattr(reference, key)
            for key in (
                "title",
                "container_title",
                "publisher",
                "publisher_place",
                "edition",
                "volume",
                "page",
            )
        },
    }
    assert {key: got[key] for key in expected} == expected


@pytest.mark.parametrize(
    ("raw", "family", "given", "title"),
    [
        # LinkedBooks-style shapes: "Family Family, Given. Title. Place" keeps its reading
        ("Zava Boccazzi, Franca. La Basilica dei Santi. Padova, 1965", "Zava Boccazzi", "Franca",
         "La Basilica dei Santi"),
        ("Olga Pinto, Nuptialia. Saggio di bibliografia, Firenze 1971", "Pinto", "Olga",
         "Nuptialia. Saggio di bibliografia"),
    ],
)  # fmt: skip
def test_given_family_before_a_title_and_its_subtitle(raw, family, given, title):
    reference = parse_reference_by_rules(raw)
    assert (reference.author[0].family, reference.author[0].given) == (family, given)
    assert reference.title == title


def test_chapter_pages_in_a_german_note_are_the_chapters():
    # ../shared/cases/citations/16: "S. 45–67" after an edited book printed with a place only
    text = (
        "Die Arbeit änderte sich.2\n\n2 Vgl. Ines Moller, Kaiarbeit im Wandel. In: Jan Bremer/Ute"
        " Kahl (Hg.), Arbeit am Wasser. Beiträge zur Küstengeschichte, Kiel 2001, S. 45–67.\n"
    )
    (citation,) = citex.extract(text).citations
    assert citation.reference is not None
    assert citation.reference.page == "45–67"
    assert citation.reference.container_title == "Arbeit am Wasser. Beiträge zur Küstengeschichte"


@pytest.mark.parametrize(
    ("text", "edition"),
    [
        ("Titel. 3. überarb. Auflage Bremen", "3. überarb. Auflage"),
        ("Titel. 2., überarbeitete und erweiterte Auflage. München", "2., überarbeitete und"
         " erweiterte Auflage"),
        ("Title, 2nd rev. ed., London", "2nd rev. ed."),
        ("Titolo, 2a ed., Milano", "2a ed."),
        ("Titre, nouvelle éd., Paris", "nouvelle éd."),
        ("Title. Revised edition. Oxford", "Revised edition"),
        ("Die neue Kaje. Bremen", None),
        ("Edited by J. Smith, published 1990", None),
    ],
)  # fmt: skip
def test_edition_statements(text, edition):
    m = find_edition(text)
    assert (m.group("edition") if m else None) == edition


_PIECES = st.lists(
    st.sampled_from(
        ["2.", "3.", "2nd", "a", "rev.", "überarb.", "und", "erw.", "Auflage", "Aufl.", "ed.",
         "edition", "éd.", "nouvelle", "Title", "Bremen", ",", ".", "neue", "Kaje", "2001"]
    ),
    max_size=12,
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(_PIECES, st.sampled_from([" ", "  ", ", "]))
def test_find_edition_is_the_whole_text_search(pieces, joint):
    # finding the noun first must find what searching the whole text finds
    text = joint.join(pieces)
    fast, slow = find_edition(text), p.EDITION.search(text)
    assert (fast.span() if fast else None) == (slow.span() if slow else None)


_CAPITALISED = st.sampled_from(
    ["Hafenstädte", "Werftarbeit", "Geschichte", "Arbeit", "Küste", "Norddeutschland", "Lübeck"]
)
# (no "und": "Klaus Reinhold, Häfen und Werften." reads as three people)
_LOWER = st.sampled_from(["der", "im", "zur", "eines", "neuen", "alten", "kleinen"])
_PHRASE = st.lists(st.one_of(_CAPITALISED, _LOWER), min_size=1, max_size=4).map(" ".join)
_PLACE = st.sampled_from(["Kiel", "Bremen", "Rostock", "Hamburg", "Frankfurt a.M.", "Wiesbaden"])


@settings(max_examples=60, deadline=None)
@given(_CAPITALISED, _LOWER, _PHRASE, st.sampled_from(["Eine", "Die", "Der"]), _PHRASE, _PLACE,
       st.integers(1900, 2020))  # fmt: skip
def test_note_style_title_subtitle_place_year(head, lower, rest, article, subtitle, place, year):
    # "Given Family, Title. Subtitle, Place Year": the subtitle is the title's, the place is
    # the place, whatever the words
    title = f"{head} {lower} {rest}"
    sub = f"{article} {subtitle}"
    raw = f"Klaus Reinhold, {title}. {sub}, {place} {year}."
    reference = parse_reference_by_rules(raw)
    assert reference.title == f"{title}. {sub}"
    assert reference.publisher_place == place
    assert reference.issued is not None
    assert reference.issued.year == year
    assert regex.sub(r"\s+", " ", raw).find(reference.title) >= 0


@settings(max_examples=60, deadline=None)
@given(_CAPITALISED, _LOWER, _PHRASE, st.sampled_from(["Eine", "Die", "Ein"]), _PHRASE, _PLACE,
       st.integers(1900, 2020))  # fmt: skip
def test_author_date_title_subtitle_place(head, lower, rest, article, subtitle, place, year):
    # "Family, Given (Year): Title. Subtitle. Place.": no publisher, the subtitle is the title's
    title = f"Die {head} {lower} {rest}"
    sub = f"{article} {subtitle}"
    reference = parse_reference_by_rules(f"Tessmann, Jörg ({year}): {title}. {sub}. {place}")
    assert reference.title == f"{title}. {sub}"
    assert reference.publisher_place == place.rstrip(".") or reference.publisher_place == place
    assert reference.publisher is None


@pytest.mark.parametrize(
    ("raw", "family", "given", "title"),
    [
        # ../shared/data/anystyle/core.xml: a title with commas after "Family Family, Given."
        ("Da Matta, Roberto. Carnivals, Rogues, and Heroes: An Interpretation of the Brazilian"
         " Dilemma. South Bend, IN: University of Notre Dame Press, 1991.", "Da Matta", "Roberto",
         "Carnivals, Rogues, and Heroes: An Interpretation of the Brazilian Dilemma"),
    ],
)  # fmt: skip
def test_family_given_before_a_title_with_commas(raw, family, given, title):
    reference = parse_reference_by_rules(raw)
    assert (reference.author[0].family, reference.author[0].given) == (family, given)
    assert reference.title == title


@pytest.mark.parametrize(
    ("raw", "editors"),
    [
        # invented, the shapes of ../shared/data/linkedbooks: people before "(a cura di)"/"(dir.)"
        ("Maria Rossi et alii (a cura di), Atti del convegno, Venezia 1990.", ["Rossi"]),
        ("Marco Bianchi e Luca Verdi (a cura di), La città, Milano 2001", ["Bianchi", "Verdi"]),
    ],
)
def test_people_before_an_editor_role_are_editors(raw, editors):
    reference = parse_reference_by_rules(raw)
    assert [name.family for name in reference.editor] == editors
    assert not reference.author


def test_an_english_publisher_before_the_year_stays_a_publisher():
    # ../shared/data/anystyle/core.xml: the tagger's publisher stands (the gate moves only a
    # name printed right before the year with no comma to the place)
    raw = (
        "[6] Dimitris Bertsimas and Robert Weismantel. Optimization over integers. Athena"
        " Scientific, 2005."
    )
    assert parse_reference(raw).publisher == "Athena Scientific"
