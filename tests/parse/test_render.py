# ruff: noqa: E501  (golden strings are whole references, kept on one line to read them)
"""The test renderer prints what each style's manual prints (golden strings, read them).

The round-trip tests are only as good as the strings they parse; these pin the
renderer's output for one book, chapter and article in every style.
"""

from __future__ import annotations

import pytest

from citex.records import Date, Name, Reference
from render import STYLES, initials, page_range, render, sentence_case

SAMPLES = {
    "book": Reference(
        type="book",
        author=[Name(given="Eric", family="Hobsbawm")],
        title="The Age of Empire: 1875–1914",
        publisher="Pantheon",
        publisher_place="New York",
        issued=Date(year=1987),
    ),
    "chapter": Reference(
        type="chapter",
        author=[
            Name(given="Jean-Paul", family="Dubois"),
            Name(given="Anna", particle="van der", family="Linden"),
        ],
        title="Labour and Exile",
        editor=[Name(given="Carlo", family="Rossi"), Name(given="Maria", family="Bianchi")],
        container_title="Memory of the Revolution",
        publisher="Verso",
        publisher_place="London",
        page="123–129",
        issued=Date(year=1990),
    ),
    "article-journal": Reference(
        type="article-journal",
        author=[Name(given="Rosa", family="Serge")],
        title="Utopia and Power",
        container_title="Past & Present",
        volume="12",
        issue="3",
        page="45–67",
        issued=Date(year=1994, month=11),
        doi="10.1093/pastj/12.3.45",
    ),
    "translated": Reference(
        type="book",
        author=[Name(given="Victor", family="Serge")],
        translator=[Name(given="Peter", family="Sedgwick")],
        edition="2",
        title="Memoirs of a Revolutionary",
        publisher="Penguin",
        publisher_place="London",
        issued=Date(year=1967),
    ),
    "corporate": Reference(
        type="book",
        author=[Name(literal="World Health Organization")],
        title="Mental Health Atlas",
        publisher="Oxford University Press",
        publisher_place="Oxford",
        issued=Date(year=2011),
    ),
}

GOLDEN = [
    pytest.param(
        "book",
        "chicago-note",
        "Eric Hobsbawm, The Age of Empire: 1875–1914 (New York: Pantheon, 1987), 218.",
        id="book-chicago-note",
    ),
    pytest.param(
        "book",
        "chicago-bib",
        "Hobsbawm, Eric. The Age of Empire: 1875–1914. New York: Pantheon, 1987.",
        id="book-chicago-bib",
    ),
    pytest.param(
        "book", "apa", "Hobsbawm, E. (1987). The age of empire: 1875–1914. Pantheon.", id="book-apa"
    ),
    pytest.param(
        "book",
        "mla",
        "Hobsbawm, Eric. The Age of Empire: 1875–1914. Pantheon, 1987.",
        id="book-mla",
    ),
    pytest.param(
        "book",
        "vancouver",
        "12. Hobsbawm E. The age of empire: 1875–1914. New York: Pantheon; 1987.",
        id="book-vancouver",
    ),
    pytest.param(
        "book",
        "ieee",
        "[12] E. Hobsbawm, The Age of Empire: 1875–1914. New York: Pantheon, 1987.",
        id="book-ieee",
    ),
    pytest.param(
        "book",
        "humanities-it",
        "E. Hobsbawm, The Age of Empire: 1875–1914, Pantheon, New York 1987, p. 218.",
        id="book-humanities-it",
    ),
    pytest.param(
        "book",
        "humanities-fr",
        "Eric Hobsbawm, The Age of Empire: 1875–1914, New York, Pantheon, 1987, p. 218.",
        id="book-humanities-fr",
    ),
    pytest.param(
        "book",
        "humanities-es",
        "Eric Hobsbawm, The Age of Empire: 1875–1914, New York, Pantheon, 1987, pág. 218.",
        id="book-humanities-es",
    ),
    pytest.param(
        "book",
        "humanities-de",
        "Hobsbawm, Eric: The Age of Empire: 1875–1914, New York: Pantheon 1987, S. 218.",
        id="book-humanities-de",
    ),
    pytest.param(
        "book",
        "abnt-pt",
        "HOBSBAWM, Eric. The Age of Empire: 1875–1914. New York: Pantheon, 1987.",
        id="book-abnt-pt",
    ),
    pytest.param(
        "chapter",
        "chicago-note",
        "Jean-Paul Dubois and Anna van der Linden, “Labour and Exile,” in Memory of the Revolution, ed. Carlo Rossi and Maria Bianchi (London: Verso, 1990).",
        id="chapter-chicago-note",
    ),
    pytest.param(
        "chapter",
        "chicago-bib",
        "Dubois, Jean-Paul, and Anna van der Linden. “Labour and Exile.” In Memory of the Revolution, edited by Carlo Rossi and Maria Bianchi, 123–129. London: Verso, 1990.",
        id="chapter-chicago-bib",
    ),
    pytest.param(
        "chapter",
        "apa",
        "Dubois, J.-P., & van der Linden, A. (1990). Labour and exile. In C. Rossi & M. Bianchi (Eds.), Memory of the revolution (pp. 123–129). Verso.",
        id="chapter-apa",
    ),
    pytest.param(
        "chapter",
        "mla",
        "Dubois, Jean-Paul, and Anna van der Linden. “Labour and Exile.” Memory of the Revolution, edited by Carlo Rossi and Maria Bianchi, Verso, 1990, pp. 123-29.",
        id="chapter-mla",
    ),
    pytest.param(
        "chapter",
        "vancouver",
        "12. Dubois JP, van der Linden A. Labour and exile. In: Rossi C, Bianchi M, editors. Memory of the Revolution. London: Verso; 1990. p. 123-9.",
        id="chapter-vancouver",
    ),
    pytest.param(
        "chapter",
        "ieee",
        "[12] J.-P. Dubois and A. van der Linden, “Labour and Exile,” in Memory of the Revolution, C. Rossi and M. Bianchi, Eds. London: Verso, 1990, pp. 123–129.",
        id="chapter-ieee",
    ),
    pytest.param(
        "chapter",
        "humanities-it",
        "J.-P. Dubois e A. van der Linden, «Labour and Exile», in C. Rossi e M. Bianchi (a cura di), Memory of the Revolution, Verso, London 1990, pp. 123-129.",
        id="chapter-humanities-it",
    ),
    pytest.param(
        "chapter",
        "humanities-fr",
        "Jean-Paul Dubois et Anna van der Linden, « Labour and Exile », dans Carlo Rossi et Maria Bianchi (dir.), Memory of the Revolution, London, Verso, 1990, p. 123-129.",
        id="chapter-humanities-fr",
    ),
    pytest.param(
        "chapter",
        "humanities-es",
        "Jean-Paul Dubois y Anna van der Linden, «Labour and Exile», en Carlo Rossi y Maria Bianchi (eds.), Memory of the Revolution, London, Verso, 1990, pp. 123-129.",
        id="chapter-humanities-es",
    ),
    pytest.param(
        "chapter",
        "humanities-de",
        "Dubois, Jean-Paul / van der Linden, Anna: Labour and Exile, in: Carlo Rossi / Maria Bianchi (Hg.): Memory of the Revolution, London: Verso 1990, S. 123–129.",
        id="chapter-humanities-de",
    ),
    pytest.param(
        "chapter",
        "abnt-pt",
        "DUBOIS, Jean-Paul; VAN DER LINDEN, Anna. Labour and Exile. In: ROSSI, Carlo; BIANCHI, Maria (org.). Memory of the Revolution. London: Verso, 1990. p. 123-129.",
        id="chapter-abnt-pt",
    ),
    pytest.param(
        "article-journal",
        "chicago-note",
        "Rosa Serge, “Utopia and Power,” Past & Present 12, no. 3 (November 1994): 45–67.",
        id="article-journal-chicago-note",
    ),
    pytest.param(
        "article-journal",
        "chicago-bib",
        "Serge, Rosa. “Utopia and Power.” Past & Present 12, no. 3 (November 1994): 45–67. https://doi.org/10.1093/pastj/12.3.45.",
        id="article-journal-chicago-bib",
    ),
    pytest.param(
        "article-journal",
        "apa",
        "Serge, R. (1994). Utopia and power. Past & Present, 12(3), 45–67. https://doi.org/10.1093/pastj/12.3.45",
        id="article-journal-apa",
    ),
    pytest.param(
        "article-journal",
        "mla",
        "Serge, Rosa. “Utopia and Power.” Past & Present, vol. 12, no. 3, Nov. 1994, pp. 45-67.",
        id="article-journal-mla",
    ),
    pytest.param(
        "article-journal",
        "vancouver",
        "12. Serge R. Utopia and power. Past & Present. 1994 Nov;12(3):45-67.",
        id="article-journal-vancouver",
    ),
    pytest.param(
        "article-journal",
        "ieee",
        "[12] R. Serge, “Utopia and Power,” Past & Present, vol. 12, no. 3, pp. 45–67, Nov. 1994. doi: 10.1093/pastj/12.3.45.",
        id="article-journal-ieee",
    ),
    pytest.param(
        "article-journal",
        "humanities-it",
        "R. Serge, «Utopia and Power», in Past & Present, a. 12, n. 3, novembre 1994, pp. 45-67.",
        id="article-journal-humanities-it",
    ),
    pytest.param(
        "article-journal",
        "humanities-fr",
        "Rosa Serge, « Utopia and Power », Past & Present, vol. 12, n° 3, novembre 1994, p. 45-67.",
        id="article-journal-humanities-fr",
    ),
    pytest.param(
        "article-journal",
        "humanities-es",
        "Rosa Serge, «Utopia and Power», Past & Present, vol. 12, núm. 3, noviembre 1994, pp. 45-67.",
        id="article-journal-humanities-es",
    ),
    pytest.param(
        "article-journal",
        "humanities-de",
        "Serge, Rosa: Utopia and Power, in: Past & Present 12 (1994), Nr. 3, S. 45–67.",
        id="article-journal-humanities-de",
    ),
    pytest.param(
        "article-journal",
        "abnt-pt",
        "SERGE, Rosa. Utopia and Power. Past & Present, v. 12, n. 3, p. 45-67, nov. 1994.",
        id="article-journal-abnt-pt",
    ),
    pytest.param(
        "translated",
        "chicago-note",
        "Victor Serge, Memoirs of a Revolutionary, trans. Peter Sedgwick, 2nd ed. (London: Penguin, 1967).",
        id="translated-chicago-note",
    ),
    pytest.param(
        "translated",
        "chicago-bib",
        "Serge, Victor. Memoirs of a Revolutionary. Translated by Peter Sedgwick. 2nd ed. London: Penguin, 1967.",
        id="translated-chicago-bib",
    ),
    pytest.param(
        "translated",
        "apa",
        "Serge, V. (1967). Memoirs of a revolutionary (2nd ed.; P. Sedgwick, Trans.). Penguin.",
        id="translated-apa",
    ),
    pytest.param(
        "translated",
        "mla",
        "Serge, Victor. Memoirs of a Revolutionary. Translated by Peter Sedgwick, 2nd ed., Penguin, 1967.",
        id="translated-mla",
    ),
    pytest.param(
        "translated",
        "vancouver",
        "12. Serge V. Memoirs of a revolutionary. 2nd ed. London: Penguin; 1967.",
        id="translated-vancouver",
    ),
    pytest.param(
        "translated",
        "ieee",
        "[12] V. Serge, Memoirs of a Revolutionary, 2nd ed. London: Penguin, 1967.",
        id="translated-ieee",
    ),
    pytest.param(
        "translated",
        "humanities-it",
        "V. Serge, Memoirs of a Revolutionary, trad. it. di P. Sedgwick, 2a ed., Penguin, London 1967.",
        id="translated-humanities-it",
    ),
    pytest.param(
        "translated",
        "humanities-fr",
        "Victor Serge, Memoirs of a Revolutionary, trad. par Peter Sedgwick, 2e éd., London, Penguin, 1967.",
        id="translated-humanities-fr",
    ),
    pytest.param(
        "translated",
        "humanities-es",
        "Victor Serge, Memoirs of a Revolutionary, trad. de Peter Sedgwick, 2.ª ed., London, Penguin, 1967.",
        id="translated-humanities-es",
    ),
    pytest.param(
        "translated",
        "humanities-de",
        "Serge, Victor: Memoirs of a Revolutionary, übers. von Peter Sedgwick, 2. Aufl., London: Penguin 1967.",
        id="translated-humanities-de",
    ),
    pytest.param(
        "translated",
        "abnt-pt",
        "SERGE, Victor. Memoirs of a Revolutionary. Tradução de Peter Sedgwick. 2. ed. London: Penguin, 1967.",
        id="translated-abnt-pt",
    ),
    pytest.param(
        "corporate",
        "chicago-note",
        "World Health Organization, Mental Health Atlas (Oxford: Oxford University Press, 2011).",
        id="corporate-chicago-note",
    ),
    pytest.param(
        "corporate",
        "chicago-bib",
        "World Health Organization. Mental Health Atlas. Oxford: Oxford University Press, 2011.",
        id="corporate-chicago-bib",
    ),
    pytest.param(
        "corporate",
        "apa",
        "World Health Organization. (2011). Mental health atlas. Oxford University Press.",
        id="corporate-apa",
    ),
    pytest.param(
        "corporate",
        "mla",
        "World Health Organization. Mental Health Atlas. Oxford University Press, 2011.",
        id="corporate-mla",
    ),
    pytest.param(
        "corporate",
        "vancouver",
        "12. World Health Organization. Mental health atlas. Oxford: Oxford University Press; 2011.",
        id="corporate-vancouver",
    ),
    pytest.param(
        "corporate",
        "ieee",
        "[12] World Health Organization, Mental Health Atlas. Oxford: Oxford University Press, 2011.",
        id="corporate-ieee",
    ),
    pytest.param(
        "corporate",
        "humanities-it",
        "World Health Organization, Mental Health Atlas, Oxford University Press, Oxford 2011.",
        id="corporate-humanities-it",
    ),
    pytest.param(
        "corporate",
        "humanities-fr",
        "World Health Organization, Mental Health Atlas, Oxford, Oxford University Press, 2011.",
        id="corporate-humanities-fr",
    ),
    pytest.param(
        "corporate",
        "humanities-es",
        "World Health Organization, Mental Health Atlas, Oxford, Oxford University Press, 2011.",
        id="corporate-humanities-es",
    ),
    pytest.param(
        "corporate",
        "humanities-de",
        "World Health Organization: Mental Health Atlas, Oxford: Oxford University Press 2011.",
        id="corporate-humanities-de",
    ),
    pytest.param(
        "corporate",
        "abnt-pt",
        "WORLD HEALTH ORGANIZATION. Mental Health Atlas. Oxford: Oxford University Press, 2011.",
        id="corporate-abnt-pt",
    ),
    pytest.param(
        "book",
        "harvard",
        "Hobsbawm, E. (1987) The age of empire: 1875–1914. New York: Pantheon.",
        id="book-harvard",
    ),
    pytest.param(
        "chapter",
        "harvard",
        "Dubois, J.-P. and van der Linden, A. (1990) ‘Labour and exile’, in Rossi, C. and Bianchi, M. (eds) Memory of the revolution. London: Verso, pp. 123–129.",
        id="chapter-harvard",
    ),
    pytest.param(
        "article-journal",
        "harvard",
        "Serge, R. (1994) ‘Utopia and power’, Past & Present, 12(3), pp. 45–67. doi:10.1093/pastj/12.3.45.",
        id="article-journal-harvard",
    ),
    pytest.param(
        "translated",
        "harvard",
        "Serge, V. (1967) Memoirs of a revolutionary. 2nd ed. London: Penguin.",
        id="translated-harvard",
    ),
    pytest.param(
        "corporate",
        "harvard",
        "World Health Organization (2011) Mental health atlas. Oxford: Oxford University Press.",
        id="corporate-harvard",
    ),
]


@pytest.mark.parametrize(("kind", "style", "expected"), GOLDEN)
def test_render_prints_the_style(kind: str, style: str, expected: str) -> None:
    locator = "218" if kind == "book" else None
    assert render(SAMPLES[kind], style, locator=locator, number=12).text == expected


def test_every_style_has_golden_strings() -> None:
    assert {param.values[1] for param in GOLDEN} == set(STYLES)


def test_render_reports_what_it_printed() -> None:
    rendered = render(SAMPLES["chapter"], "mla")
    assert rendered.expected["author"] == ("Dubois", "van der Linden")
    assert rendered.expected["editor"] == ("Rossi", "Bianchi")
    assert rendered.expected["page"] == "123–129"
    assert rendered.expected["page_printed"] == "123-29"
    assert "publisher_place" not in rendered.expected  # MLA 9 prints no place


@pytest.mark.parametrize(
    ("given", "dots", "expected"),
    [
        pytest.param("Jean-Paul", True, "J.-P.", id="hyphenated"),
        pytest.param("Mary Anne", True, "M. A.", id="two-names"),
        pytest.param("Mary Anne", False, "MA", id="nlm"),
        pytest.param(None, True, "", id="none"),
    ],
)
def test_initials(given: str | None, dots: bool, expected: str) -> None:
    assert initials(given, dots=dots) == expected


@pytest.mark.parametrize(
    ("page", "kwargs", "expected"),
    [
        pytest.param("123–129", {"dash": "-", "abbreviate": "nlm"}, "123-9", id="nlm"),
        pytest.param("490–499", {"abbreviate": "chicago"}, "490–99", id="chicago"),
        pytest.param("100–104", {"abbreviate": "chicago"}, "100–104", id="chicago-hundred"),
        pytest.param("45–67", {"abbreviate": "nlm"}, "45–67", id="nothing-to-drop"),
        pytest.param("98–102", {"abbreviate": "nlm"}, "98–102", id="longer-end"),
        pytest.param("45", {}, "45", id="one-page"),
    ],
)
def test_page_range(page: str, kwargs: dict[str, str], expected: str) -> None:
    assert page_range(page, **kwargs) == expected


def test_sentence_case_keeps_the_subtitle_capital() -> None:
    assert sentence_case("The Age of Empire: Labour and War") == "The age of empire: Labour and war"
