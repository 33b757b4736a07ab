"""English reference shapes of AnyStyle's core set (../shared/data/anystyle/core.xml) that the
hand rules read (issue 12: core.xml held out): names, titles, numbering and APA's asides."""

from __future__ import annotations

import pytest

from citex.parse.reference import _place_with_state, parse_reference_by_rules
from citex.records import Reference


def _people(reference: Reference) -> list[tuple[str | None, str | None]]:
    return [(name.family, name.given) for name in reference.author]


@pytest.mark.parametrize(
    ("raw", "people", "title"),
    [
        pytest.param(
            "Stein, Stanley J. Vassouras, a Brazilian Coffee County, 1850–1900. Cambridge, MA: "
            "Harvard University Press, 1957.",
            [("Stein", "Stanley J.")],
            "Vassouras, a Brazilian Coffee County, 1850–1900",
            id="title-word-then-comma-after-a-middle-initial",
        ),
        pytest.param(
            "Levine, Robert S. Conspiracy and Romance: Studies in Brockden Brown, Cooper, "
            "Hawthorne, and Melville. Cambridge: Cambridge University Press, 1989.",
            [("Levine", "Robert S.")],
            "Conspiracy and Romance: Studies in Brockden Brown, Cooper, Hawthorne, and Melville",
            id="title-word-then-and-after-a-middle-initial",
        ),
        pytest.param(
            "Leftwich, Richard H. The Price System and Resource Allocation, Rev. ed. New York: "
            "Holt, Rinehart and Winston, 1960.",
            [("Leftwich", "Richard H.")],
            "The Price System and Resource Allocation",
            id="article-after-a-middle-initial",
        ),
        pytest.param(
            "Herder, Johann Gottfried, Die kritischen Wälder der Ästhetik, in Martin Bollacher "
            "(ed.), Werke, 10 vols. (Frankfurt am Main: Deutscher Klassiker Verlag, 1985–2000).",
            [("Herder", "Johann Gottfried")],
            "Die kritischen Wälder der Ästhetik",
            id="article-after-the-given-name-and-comma",
        ),
    ],
)
def test_the_title_after_an_inverted_first_name(
    raw: str, people: list[tuple[str, str]], title: str
) -> None:
    reference = parse_reference_by_rules(raw)
    assert [(family, (given or "").rstrip(".")) for family, given in _people(reference)] == [
        (family, given.rstrip(".")) for family, given in people
    ]
    assert reference.title == title


def test_more_people_after_an_inverted_first_name_stay_people() -> None:
    raw = (
        "Bagatto, Giuseppe, Louise C. Paquette, and Joseph D. Shorthouse. 1995. Influence of "
        "galls of Phanacis taraxaci on carbon partitioning. Entomologia Experimentalis et "
        "Applicata 77: 133–139."
    )
    reference = parse_reference_by_rules(raw)
    assert [name.family for name in reference.author] == ["Bagatto", "Paquette", "Shorthouse"]


def test_apa_ellipsis_continues_the_author_list() -> None:
    raw = (
        "Gilbert, D. G., Mc Clernon, J. F., Rabinovich, N. E., Sugai, C., Plath, L.C., "
        "Asgaard, G., ... Botros, N. (2004). Effects of quitting smoking on EEG activation. "
        "Nicotine and Tobacco Research, 6, 249-267."
    )
    reference = parse_reference_by_rules(raw)
    assert reference.author[-1].family == "Botros"
    assert reference.title == "Effects of quitting smoking on EEG activation"


@pytest.mark.parametrize(
    ("raw", "body", "title"),
    [
        pytest.param(
            "U.S. Department of Transportation. Transportation statistics annual report 2012. "
            "Technical report, 2012.",
            "U.S. Department of Transportation",
            "Transportation statistics annual report 2012",
            id="department",
        ),
        pytest.param(
            "U.S. Army Corps of Engineers (2009). Selection of Design Earthquakes and Associated "
            "Ground Motions. Washington, D.C.",
            "U.S. Army Corps of Engineers",
            "Selection of Design Earthquakes and Associated Ground Motions",
            id="corps",
        ),
    ],
)
def test_a_body_opening_with_its_country_abbreviation(raw: str, body: str, title: str) -> None:
    reference = parse_reference_by_rules(raw)
    assert [name.literal for name in reference.author] == [body]
    assert reference.title == title


def test_initials_before_a_family_name_are_no_body() -> None:
    reference = parse_reference_by_rules("F.H. Clarke. Optimization and Nonsmooth Analysis. 1983.")
    assert reference.author[0].family == "Clarke"


@pytest.mark.parametrize(
    ("raw", "title", "translator", "editor"),
    [
        pytest.param(
            "Bourdieu, Pierre, Homo Academicus, Peter Collier (trans.) (Stanford University "
            "Press, 1988).",
            "Homo Academicus",
            ["Collier"],
            [],
            id="translator-role-after-the-name",
        ),
        pytest.param(
            "Lefebvre, Henri. The Production of Space. Edited and translated by Donald "
            "Nicholson-Smith. Oxford: Blackwell, 1991.",
            "The Production of Space",
            [],
            ["Nicholson-Smith"],
            id="edited-and-translated-by",
        ),
    ],
)
def test_roles_after_the_title(
    raw: str, title: str, translator: list[str], editor: list[str]
) -> None:
    reference = parse_reference_by_rules(raw)
    assert reference.title == title
    assert [name.family for name in reference.translator] == translator
    assert [name.family for name in reference.editor] == editor


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        pytest.param(
            "Davidson, J. (Director). (1999). B. F. Skinner: A fresh appraisal [Motion picture]. "
            "United States: Davidson Studio.",
            "B. F. Skinner: A fresh appraisal",
            id="apa-description-in-brackets",
        ),
        pytest.param(
            "Smith, J. (2003). Towards Optimal Rhythm (Unpublished doctoral dissertation). "
            "University of Somewhere, Boston, MA.",
            "Towards Optimal Rhythm",
            id="apa-thesis-in-parentheses",
        ),
        pytest.param(
            "[62] Lars Hormander. Fourier integral operators. I. Acta mathematica, "
            "127(1):79–183, 1971.",
            "Fourier integral operators. I",
            id="part-number",
        ),
        pytest.param(
            "Parent, A., and Hazrati, L.-N. (1995). Functional anatomy of the basal ganglia. I. "
            "The cortico-basal ganglia-thalamo-cortical loop. Brain Research Reviews, 20, 91-127.",
            "Functional anatomy of the basal ganglia. I. The cortico-basal "
            "ganglia-thalamo-cortical loop",
            id="part-number-and-its-title",
        ),
    ],
)
def test_what_a_title_holds(raw: str, title: str) -> None:
    assert parse_reference_by_rules(raw).title == title


@pytest.mark.parametrize(
    ("raw", "container", "volume", "page"),
    [
        pytest.param(
            "[16] L. Randall and R. Sundrum, Phys. Rev. Lett. 83, 3370 (1999).",
            "Phys. Rev. Lett",
            "83",
            "3370",
            id="volume-and-page",
        ),
        pytest.param(
            "[8] H. W. Deckman, C. B. Roxlo, E. Yablonovitch, Opt. Lett. 1983, 8, 491.",
            "Opt. Lett",
            "8",
            "491",
            id="year-between",
        ),
    ],
)
def test_an_abbreviated_journal_right_after_the_authors(
    raw: str, container: str, volume: str, page: str
) -> None:
    reference = parse_reference_by_rules(raw)
    assert reference.title is None
    assert (reference.container_title, reference.volume, reference.page) == (
        container,
        volume,
        page,
    )


@pytest.mark.parametrize(
    ("raw", "volume", "issue", "page"),
    [
        pytest.param(
            "Smalley, R. E., Macroscopic, neat, single-walled carbon nanotube fibers. Science "
            "2004, 305, (5689), 1447-1450.",
            "305",
            "5689",
            "1447–1450",
            id="issue-after-a-comma",
        ),
        pytest.param(
            "M. Reiman, and B. Simon. An Interpolation Approximation for Queueing Systems with "
            "Poisson Input. Operations Research 36, 3 (1988), 454-469.",
            "36",
            "3",
            "454–469",
            id="range-after-the-date-is-the-page",
        ),
    ],
)
def test_journal_numbering(raw: str, volume: str, issue: str, page: str) -> None:
    reference = parse_reference_by_rules(raw)
    assert (reference.volume, reference.issue, reference.page) == (volume, issue, page)
    assert reference.locator is None


@pytest.mark.parametrize(
    "raw",
    [
        "Moore, M. (Writer/Director). (2003). Bowling for Columbine [DVD]. Melbourne, VIC: "
        "AV Channel.",
        "Hyman, L. 1975. Nasal states. In Proceedings of the 11th Regional Meeting of the "
        "Chicago Linguistic Society, Chicago, IL. Chicago Linguistic Society, pages 391-502.",
    ],
)
def test_a_state_is_no_volume(raw: str) -> None:
    assert parse_reference_by_rules(raw).volume is None


@pytest.mark.parametrize(
    ("text", "read", "place"),
    [
        pytest.param(
            "Wood, B.D. and R.W. Waterman. 1994. Bureaucratic dynamics. Westview Press "
            "Boulder, CO.",
            "CO",
            "Boulder, CO",
            id="state-read-alone",
        ),
        pytest.param(
            "The Arrival. Dir. David Twohy. Artisan, Santa Monica, CA, 1996.",
            "CA",
            "Santa Monica, CA",
            id="two-word-city",
        ),
        pytest.param(
            "In Proceedings of the Chicago Linguistic Society, Chicago, IL. Chicago Linguistic "
            "Society, pages 391-502.",
            "Chicago",
            "Chicago, IL",
            id="city-read-alone",
        ),
        pytest.param("Oxford: Blackwell, 1991.", "Oxford", "Oxford", id="no-state"),
    ],
)
def test_the_tagger_place_takes_its_state(text: str, read: str, place: str) -> None:
    assert _place_with_state(text, read) == place
