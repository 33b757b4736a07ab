"""European humanities imprints (``edited by``, ``a cura di``, ``Publisher, Place Year``)."""

from __future__ import annotations

import pytest

from citex.parse.reference import parse_reference, parse_reference_by_rules

# Utopia's note references, read as citex.extract reads a document's citations (the rules
# alone), where the learned default reads them worse (issue 12): parse_reference_by_rules.


@pytest.mark.parametrize(
    ("raw", "editors", "publisher", "place"),
    [
        # from ../shared/corpus/utopia-rossa-2013-serge-memoirs.txt
        (
            "The Serge-Trotsky Papers, edited by David Cotterill, Pluto Press, London, 1994",
            ["Cotterill"],
            "Pluto Press",
            "London",
        ),
        (
            "La lutte contre le stalinisme (1936-39), edited by Michel Dreyfus, Maspero,"
            " Paris, 1977",
            ["Dreyfus"],
            "Maspero",
            "Paris",
        ),
        (
            "Essays, edited by A. Smith, B. Jones, and C. Lee, Oxford University Press, 1990",
            ["Smith", "Jones", "Lee"],
            "Oxford University Press",
            None,
        ),
    ],
)
def test_editors_stop_before_the_publisher(raw, editors, publisher, place):
    reference = parse_reference(raw)
    assert [name.family for name in reference.editor] == editors
    assert reference.publisher == publisher
    assert reference.publisher_place == place


@pytest.mark.parametrize(
    ("raw", "year", "month", "day"),
    [
        ("February, 1938", 1938, 2, None),  # a comma between month and year
        ("Nov. 1947", 1947, 11, None),
        ("February 1st 1933", 1933, 2, 1),
    ],
)
def test_month_before_the_year(raw, year, month, day):
    issued = parse_reference(raw).issued
    assert (issued.year, issued.month, issued.day) == (year, month, day)


@pytest.mark.parametrize(
    ("raw", "container", "publisher", "place"),
    [
        (
            "«Trent’anni dopo», in Socialismo e totalitarismo, edited by A. Chitarin,"
            " Prospettiva, Roma 1997",
            "Socialismo e totalitarismo",
            "Prospettiva",
            "Roma",
        ),
        (
            "«Trent’anni dopo», in Socialismo e totalitarismo, Prospettiva, Roma 1997",
            "Socialismo e totalitarismo",
            "Prospettiva",
            "Roma",
        ),
        (
            "«Un saggio», in Studi vari, a cura di M. Rossi, Einaudi, Torino 1980",
            "Studi vari",
            "Einaudi",
            "Torino",
        ),
    ],
)
def test_publisher_then_known_city_after_a_container(raw, container, publisher, place):
    reference = parse_reference_by_rules(raw)
    assert reference.container_title == container
    assert (reference.publisher, reference.publisher_place) == (publisher, place)


@pytest.mark.parametrize(
    ("raw", "authors", "container"),
    [
        (
            "«Trent’anni dopo», in V. Serge, Socialismo e totalitarismo, Prospettiva, Roma 1997",
            ["Serge"],
            "Socialismo e totalitarismo",
        ),
        (
            "«Kapitel», in J. Smith and K. Lee, The Book, Verso Books, London 1990",
            ["Smith", "Lee"],
            None,
        ),
        # a full given name is no sign of an author's name before a title: left alone
        ("«Chapter», in Victor Serge, Socialismo, Prospettiva, Roma 1997", [], None),
    ],
)
def test_initialled_author_before_the_container_is_the_chapters(raw, authors, container):
    reference = parse_reference_by_rules(raw)
    assert [name.family for name in reference.author] == authors
    assert container is None or reference.container_title == container


@pytest.mark.parametrize(
    ("raw", "issue"),
    [
        ("“The middle classes”, in Giovane Critica, 15/16, 1967", "15/16"),  # a double issue
        ("«L’Urss a-t-elle un régime socialiste?», Masses, n. 9/10, June 1947", "9/10"),
        ("«Un titolo», in Rivista, 15/18, 1967", None),  # not consecutive: left alone
    ],
)
def test_double_issue(raw, issue):
    assert parse_reference_by_rules(raw).issue == issue
