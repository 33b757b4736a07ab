"""Imprints after the title (parse/imprint.py): a bare place before the year, ``Place,
Publisher`` in Italian and German references, and journals that only look like places; by
the rules alone, as ``extract`` reads references."""

from __future__ import annotations

import pytest

from citex.parse.reference import parse_reference_by_rules


@pytest.mark.parametrize(
    ("raw", "place", "publisher"),
    [
        pytest.param(  # ../shared/cases/parser/it.jsonl
            "Lorenzi P., Il palazzo dei Dieci Savi a Rialto, Bassano 1958.",
            "Bassano",
            None,
            id="small-town-before-year",
        ),
        pytest.param(  # ../shared/cases/parser/it.jsonl
            "Sartori F., Cronache della Serenissima, vol. II, Milano 1978.",
            "Milano",
            None,
            id="after-a-volume",
        ),
        pytest.param(  # ../shared/cases/parser/de.jsonl
            "Martin Ebersold: Die stillen Jahre, Kiel 1999, S. 41.",
            "Kiel",
            None,
            id="before-a-cited-page",
        ),
        pytest.param(  # ../shared/cases/parser/it.jsonl
            "Grimani L., Storia della Marca trevigiana, Treviso, Zoppelli, 1891.",
            "Treviso",
            "Zoppelli",
            id="italian-place-then-publisher",
        ),
        pytest.param(  # ../shared/corpus/utopia-rossa-2013-serge-memoirs.txt
            "The Serge-Trotsky Papers, edited by David Cotterill, Pluto Press, London, 1994",
            "London",
            "Pluto Press",
            id="english-publisher-then-place",
        ),
    ],
)
def test_place_of_the_imprint(raw: str, place: str, publisher: str | None) -> None:
    reference = parse_reference_by_rules(raw)
    assert reference.publisher_place == place
    assert reference.publisher == publisher
    assert reference.container_title is None
    assert reference.type == "book"


@pytest.mark.parametrize(
    ("raw", "container"),
    [
        pytest.param(  # anystyle core.xml shapes: Vancouver journals before the year
            "Cross, M. Drug companies monitor web chat for adverse reaction reports. "
            "BMJ 2005, 330, 1347.",
            "BMJ",
            id="capitals-are-a-journal",
        ),
        pytest.param(
            "Smith J. Malaria in children. Lancet 2006; 367: 659-667.",
            "Lancet",
            id="pages-make-it-a-journal",
        ),
    ],
)
def test_a_journal_before_the_year_stays_a_journal(raw: str, container: str) -> None:
    reference = parse_reference_by_rules(raw)
    assert reference.container_title == container
    assert reference.publisher_place is None


def test_the_cited_page_of_a_book_is_a_locator() -> None:
    reference = parse_reference_by_rules(
        "Donati T., Il monastero di San Zaccaria, Venezia 1990, p. 14."
    )
    assert reference.publisher_place == "Venezia"
    assert reference.page is None
    assert reference.locator is not None
    assert (reference.locator.label, reference.locator.value) == ("page", "14")


@pytest.mark.parametrize(
    ("raw", "title", "container"),
    [
        pytest.param(  # ../shared/cases/parser/it.jsonl
            "Ferrari L., Un inventario di bottega del Quattrocento, «Ateneo Trevigiano», "
            "XXXIV (1961), pp. 45 - 67.",
            "Un inventario di bottega del Quattrocento",
            "Ateneo Trevigiano",
            id="guillemets-after-a-title",
        ),
        pytest.param(  # ../shared/cases/parser/it.jsonl
            "Berti G., La fiera di Senigallia, in «Rivista marchigiana», t. XXVI, n. 2, 1913, "
            "pp. 101-118.",
            "La fiera di Senigallia",
            "Rivista marchigiana",
            id="guillemets-after-in",
        ),
    ],
)
def test_a_periodical_in_guillemets(raw: str, title: str, container: str) -> None:
    reference = parse_reference_by_rules(raw)
    assert reference.title == title
    assert reference.container_title == container
    assert reference.type == "article-journal"


def test_guillemets_after_names_are_the_title() -> None:
    # ../shared/corpus/utopia-rossa-2013-serge-memoirs.txt shape: names, then the title quoted
    reference = parse_reference_by_rules(
        "Victor Serge, «Trent’anni dopo», in Socialismo e totalitarismo, Prospettiva, Roma 1997"
    )
    assert reference.title == "Trent’anni dopo"
    assert [name.family for name in reference.author] == ["Serge"]


@pytest.mark.parametrize(
    ("raw", "title", "place"),
    [
        pytest.param(  # ../shared/cases/parser/de.jsonl
            "Kurz, Werner (1996): Die Gemeinde als Akteur. Strukturen lokaler Politik, Wiesbaden.",
            "Die Gemeinde als Akteur. Strukturen lokaler Politik",
            "Wiesbaden",
            id="german-subtitle-then-place",
        ),
        pytest.param(  # ../shared/cases/parser/it.jsonl
            "Bartolini M., Le campane di Castello. Storia di una parrocchia lagunare, "
            "Chioggia 1961.",
            "Le campane di Castello. Storia di una parrocchia lagunare",
            "Chioggia",
            id="italian-subtitle-then-place",
        ),
        pytest.param(  # ../shared/cases/parser/it.jsonl
            "Loredan P., Origine, progressi e decadenza della seta a Murano, Venezia 1890.",
            "Origine, progressi e decadenza della seta a Murano",
            "Venezia",
            id="title-with-a-comma",
        ),
    ],
)
def test_subtitle_before_a_place(raw: str, title: str, place: str) -> None:
    reference = parse_reference_by_rules(raw)
    assert reference.title == title
    assert reference.publisher_place == place
    assert reference.publisher is None
    assert reference.container_title is None


def test_an_english_paper_presented_is_not_a_subtitle() -> None:
    # anystyle core.xml shape: what follows the title is where the paper was given
    reference = parse_reference_by_rules(
        "Dweck, C. (2012). Academic tenacity. White paper prepared for the Gates Foundation, "
        "Seattle, WA."
    )
    assert reference.title == "Academic tenacity"


@pytest.mark.parametrize(
    ("raw", "title", "publisher", "place"),
    [
        pytest.param(  # ../shared/cases/parser/it.jsonl
            "Valier A., Memorie della guerra di Candia, Venezia, Tip. Gaspari, 1857.",
            "Memorie della guerra di Candia",
            "Tip. Gaspari",
            "Venezia",
            id="printer-abbreviated",
        ),
        pytest.param(  # ../shared/cases/parser/it.jsonl
            "Fabbri L., Un registro di doti (secc. XV - XVI), in Studi in onore di G. Rinaldi, "
            "Padova 1981, pp. 55 - 80.",
            "Un registro di doti (secc. XV - XVI)",
            None,
            "Padova",
            id="centuries-abbreviated",
        ),
    ],
)
def test_an_abbreviation_ends_no_title(
    raw: str, title: str, publisher: str | None, place: str
) -> None:
    reference = parse_reference_by_rules(raw)
    assert reference.title == title
    assert reference.publisher == publisher
    assert reference.publisher_place == place


@pytest.mark.parametrize(
    ("raw", "place"),
    [
        pytest.param(  # LinkedBooks shape
            "M. Brunetti, E. Vitale, Corrispondenza da Madrid di Leonardo Donà, Venezia - Roma "
            "1963.",
            "Venezia - Roma",
            id="two-cities-dash",
        ),
        pytest.param(  # issue 12: "Frankfurt/New York"
            "Weber, Anna: Stadt und Land, Frankfurt/New York 2004.",
            "Frankfurt/New York",
            id="two-cities-slash",
        ),
    ],
)
def test_several_cities_are_one_place(raw: str, place: str) -> None:
    reference = parse_reference_by_rules(raw)
    assert reference.publisher_place == place
    assert reference.publisher is None


def test_a_c_di_introduces_editors() -> None:
    # LinkedBooks shape: "a c. di" is "a cura di" abbreviated
    reference = parse_reference_by_rules(
        "Catalogo del fondo cartografico queriniano, a c. di G. Mazzariol, Venezia 1959."
    )
    assert reference.title == "Catalogo del fondo cartografico queriniano"
    assert [name.family for name in reference.editor] == ["Mazzariol"]
    assert reference.publisher_place == "Venezia"


def test_a_subtitle_sentence_before_the_place_stays_in_the_title() -> None:
    # LinkedBooks shape: note style, a subtitle with a parenthesis, then the place and year
    reference = parse_reference_by_rules(
        "F. Ambrosini, Paesi e mari ignoti. America e colonialismo europeo nella cultura "
        "veneziana (secoli XVI - XVIII), Venezia 1982."
    )
    assert reference.title == (
        "Paesi e mari ignoti. America e colonialismo europeo nella cultura veneziana "
        "(secoli XVI - XVIII)"
    )
    assert reference.publisher_place == "Venezia"


def test_a_publisher_after_the_title_sentence_is_no_subtitle() -> None:
    reference = parse_reference_by_rules("F. Ambrosini, Paesi e mari ignoti. Einaudi, Torino 1982.")
    assert reference.title == "Paesi e mari ignoti"
    assert reference.publisher == "Einaudi"
    assert reference.publisher_place == "Torino"


def test_an_authorless_title_before_a_place() -> None:
    # LinkedBooks shape: no author, the title, the place and the year
    reference = parse_reference_by_rules("Storia di Venezia, Torino 1978.")
    assert reference.author == ()
    assert reference.title == "Storia di Venezia"
    assert reference.publisher_place == "Torino"


@pytest.mark.parametrize(
    ("raw", "container", "volume"),
    [
        pytest.param(  # LinkedBooks shape
            "G. L. Bertolini, La lezione o l'audizione di geografia, “Ateneo Veneto”, 1954.",
            "Ateneo Veneto",
            None,
            id="quoted-journal-alone",
        ),
        pytest.param(  # LinkedBooks shape
            "G. Cozzi, Padri, figli e matrimoni clandestini (metà sec. XVI - metà sec. XVIII), "
            "“La Cultura”, XIV (1976).",
            "La Cultura",
            "XIV",
            id="quoted-journal-and-volume",
        ),
    ],
)
def test_a_quoted_stretch_after_the_title_is_the_journal(
    raw: str, container: str, volume: str | None
) -> None:
    reference = parse_reference_by_rules(raw)
    assert reference.container_title == container
    assert reference.volume == volume
    assert reference.publisher is None
    assert reference.type == "article-journal"


def test_a_subtitle_opening_with_an_article() -> None:
    # ../shared/cases/parser/de.jsonl: no word in lower case, but a German article
    reference = parse_reference_by_rules(
        "Vgl. Bauer, Thomas: Lokale Politik. Eine Einführung, Stuttgart 2005, S. 12 ff."
    )
    assert reference.title == "Lokale Politik. Eine Einführung"
    assert reference.publisher_place == "Stuttgart"


@pytest.mark.parametrize(
    ("raw", "container", "place"),
    [
        (  # ABNT (as tests/render.py prints it)
            "SMITH, Giovanni; COLOMBO, Richard. Liberdade. In: SALVEMINI, Ramón (org.). Paz. "
            "São Paulo: Companhia das Letras, 2005. p. 72-110.",
            "Paz",
            "São Paulo",
        ),
        (  # Vancouver (as tests/render.py prints it)
            "95. Bloch C. Anarchism of the workers of empire. In: di Nolfo U, editor. State. "
            "New York: Knopf; 2006. p. 567-607.",
            "State",
            "New York",
        ),
    ],
)
def test_a_full_stop_ends_the_container_before_the_place(
    raw: str, container: str, place: str
) -> None:
    """``In: EDITORS (org.). Book. Place: Publisher``: the book is no part of the place."""
    ref = parse_reference_by_rules(raw)
    assert (ref.type, ref.container_title, ref.publisher_place) == ("chapter", container, place)
    assert ref.page is not None and ref.locator is None


@pytest.mark.parametrize(
    ("raw", "site"),
    [
        ("Colombo, A. (2015). State: Politics and history. Jacobin. "
         "https://www.jacobin.org/2015/state-politics-and-history", "Jacobin"),
        ("Fischer, M. (2011). Freedom on workers. Public Books. "
         "https://www.public-books.org/2011/freedom-on-workers", "Public Books"),
    ],
)  # fmt: skip
def test_a_name_spelling_the_address_is_the_website(raw: str, site: str) -> None:
    """APA ``Title. Site. URL``: a one-word site reads like a town or a publisher, but the
    address spells it."""
    ref = parse_reference_by_rules(raw)
    assert (ref.type, ref.container_title, ref.publisher) == ("webpage", site, None)
