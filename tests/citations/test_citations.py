"""Splitting notes into citations: kinds, raw text, locators, spans into the source."""

from __future__ import annotations

import json
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citex.citations.commentary import authors_from_commentary, urls_from_commentary
from citex.citations.find import find_citations, split_citations
from citex.citations.locators import parse_locator
from citex.pipeline import extract
from citex.records import Citation, Locator, Name, Note, Reference, Span
from citex.text.clean import HyphenatedWords, clean, normalise_segments


def _split(text: str) -> list[tuple[str, str, tuple[str, str] | None]]:
    return [
        (p.kind, text[p.start : p.end], (p.locator.label, p.locator.value) if p.locator else None)
        for p in split_citations(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Wilson, 37–41; Alexander, 51.",
            [
                ("short", "Wilson, 37–41", ("page", "37–41")),
                ("short", "Alexander, 51", ("page", "51")),
            ],
            id="two-short-forms",
        ),
        pytest.param(
            "See Wilson, chapter 5 for a statistical study of employment discrimination.",
            [("short", "Wilson, chapter 5", ("chapter", "5"))],
            id="short-chapter-then-commentary",
        ),
        pytest.param("Ibid., 229.", [("ibid", "Ibid., 229", ("page", "229"))], id="ibid-page"),
        pytest.param(
            "Ibid., 61–69; 106–39.",
            [("ibid", "Ibid., 61–69; 106–39", ("page", "61–69; 106–39"))],
            id="ibid-locator-continues-after-semicolon",
        ),
        pytest.param(
            "See Ibid., ch. 5 for an overview of these changes.",
            [("ibid", "Ibid., ch. 5", ("chapter", "5"))],
            id="see-ibid-chapter",
        ),
        pytest.param("Ivi, p. 12.", [("ibid", "Ivi, p. 12", ("page", "12"))], id="ivi"),
        pytest.param("Ebd., S. 4.", [("ibid", "Ebd., S. 4", ("page", "4"))], id="ebd"),
        pytest.param(
            "Wilson, op. cit., 12.",
            [("op-cit", "Wilson, op. cit., 12", ("page", "12"))],
            id="op-cit",
        ),
        pytest.param(
            "Massey, “Conclusion”.",
            [("short", "Massey, “Conclusion”", None)],
            id="short-quoted-title",
        ),
        pytest.param(
            "Sassen, Mobility, 22, 145.",
            [("short", "Sassen, Mobility, 22, 145", ("page", "22, 145"))],
            id="short-with-title",
        ),
        pytest.param(
            "Michelle Alexander, The New Jim Crow (New York: The New Press, 2011), 50–51.",
            [
                (
                    "full",
                    "Michelle Alexander, The New Jim Crow (New York: The New Press, 2011), 50–51",
                    ("page", "50–51"),
                )
            ],
            id="chicago-book",
        ),
        pytest.param(
            "Löic Wacquant, “The New ‘Peculiar Institution’: On the Prison as Surrogate Ghetto,” "
            "Theoretical Criminology 4 no. 3 (2000): 377–89. Also see Karen E. Fields and "
            "Barbara J. "
            "Fields, Racecraft: The Soul of Inequality in American Life (New York: Verso, 2014), "
            "ch. 4 for a historically substantiated argument.",
            [
                (
                    "full",
                    "Löic Wacquant, “The New ‘Peculiar Institution’: On the Prison as Surrogate "
                    "Ghetto,” Theoretical Criminology 4 no. 3 (2000): 377–89",
                    None,
                ),
                (
                    "full",
                    "Karen E. Fields and Barbara J. Fields, Racecraft: The Soul of Inequality in "
                    "American Life (New York: Verso, 2014), ch. 4",
                    ("chapter", "4"),
                ),
            ],
            id="article-pages-then-see-also-book",
        ),
        pytest.param(
            "For an excellent discussion of capitalism’s limits on the mobility of labor, see "
            "David Harvey, The Limits to Capital (New York: Verso, 2006), 380–85.",
            [
                (
                    "full",
                    "David Harvey, The Limits to Capital (New York: Verso, 2006), 380–85",
                    ("page", "380–85"),
                )
            ],
            id="commentary-then-see",
        ),
        pytest.param(
            "Les anarchistes et l’expérience de la Révolution russe, Librairie du Travail, "
            "Paris 1921 [Gli anarchici e l’esperienza della Rivoluzione russa, Jaca Book, "
            "Milano 1969, pp. 16-17].",
            [
                (
                    "full",
                    "Les anarchistes et l’expérience de la Révolution russe, Librairie du Travail, "
                    "Paris 1921",
                    None,
                ),
                (
                    "full",
                    "Gli anarchici e l’esperienza della Rivoluzione russa, Jaca Book, Milano 1969, "
                    "pp. 16-17",
                    ("page", "16-17"),
                ),
            ],
            id="original-and-translation-in-brackets",
        ),
        pytest.param(
            "Serge analyses “modern slavery” in «L’Urss a-t-elle un régime socialiste?» (Masses, "
            "n. 9/10, June 1947), referring to the millions of forced workers. "
            "Also in «Trente ans», "
            "cit., p. 162.",
            [
                (
                    "full",
                    "«L’Urss a-t-elle un régime socialiste?» (Masses, n. 9/10, June 1947)",
                    None,
                ),
                ("op-cit", "«Trente ans», cit., p. 162", ("page", "162")),
            ],
            id="quoted-title-after-prose-and-cit",
        ),
        pytest.param(
            "See http://data.cmsny.org/ for statistical estimates of undocumented immigrants.",
            [("full", "http://data.cmsny.org/", None)],
            id="url-source",
        ),
        pytest.param(
            "In 1919-20 Serge did not oppose the existence of Cheka (the secret police created in "
            "December 1917).",
            [],
            id="years-in-commentary",
        ),
        pytest.param(
            "In August 1966, talking to Serge´s son, Vlady, in his Cuernavaca home, I confided him "
            "with my suspicions.",
            [],
            id="date-in-commentary",
        ),
        pytest.param(
            "While Black proletarians are the principal element of this surplus population, it "
            "includes many other demographics.",
            [],
            id="commentary-only",
        ),
        pytest.param(
            "Vgl. Müller, Hans: Titel der Arbeit. Berlin 1990, S. 12.",
            [("full", "Müller, Hans: Titel der Arbeit. Berlin 1990, S. 12", ("page", "12"))],
            id="german-author-colon-title-sentence",
        ),
        pytest.param(
            "Smith, John. The Book. New York: Verso, 2005, 34.",
            [("full", "Smith, John. The Book. New York: Verso, 2005, 34", ("page", "34"))],
            id="bibliography-style-sentences",
        ),
        pytest.param(
            "Marx wrote. Smith, The Book (2005).",
            [("full", "Smith, The Book (2005)", None)],
            id="sentence-before-is-not-an-author",
        ),
        pytest.param(
            "Smith, John (2005). A Title. London: Verso.",
            [("full", "Smith, John (2005). A Title. London: Verso", None)],
            id="author-date",
        ),
        pytest.param(
            "Smith, John (2005). It was a good year.",
            [("full", "Smith, John (2005)", None)],
            id="author-date-then-prose",
        ),
        pytest.param(
            "Id., Das Elend der Philosophie, Berlin 1972, S. 3.",
            [("full", "Id., Das Elend der Philosophie, Berlin 1972, S. 3", ("page", "3"))],
            id="idem-with-a-new-work-is-full",
        ),
        pytest.param(
            "Op. cit., p. 4.", [("op-cit", "Op. cit., p. 4", ("page", "4"))], id="op-cit-alone"
        ),
        pytest.param(
            "Dupont, Jean, Histoire de la France, Paris, Gallimard, 1990, p. 12.",
            [
                (
                    "full",
                    "Dupont, Jean, Histoire de la France, Paris, Gallimard, 1990, p. 12",
                    ("page", "12"),
                )
            ],
            id="french-commas",
        ),
        pytest.param(
            "Trotsky e la ragione rivoluzionaria, Massari Press 1990, pp. 344-7 and Il terrorismo. "
            "Storia, concetti, metodi (1979), id., 1998, pp. 203-5.",
            [
                (
                    "full",
                    "Trotsky e la ragione rivoluzionaria, Massari Press 1990, pp. 344-7",
                    ("page", "344-7"),
                ),
                (
                    "full",
                    "Il terrorismo. Storia, concetti, metodi (1979), id., 1998, pp. 203-5",
                    ("page", "203-5"),
                ),
            ],
            id="title-cut-by-a-full-stop",
        ),
        pytest.param(
            "Smith, John. Marx was right. Title, Verso, London 2005.",
            [("full", "Title, Verso, London 2005", None)],
            id="prose-between-author-and-work-breaks-the-run",
        ),
        pytest.param(
            "See, for example, Marx, Capital, 1:342.",
            [("short", "Marx, Capital, 1:342", ("page", "1:342"))],
            id="volume-colon-page",
        ),
        pytest.param(
            "Lenin, “Left-Wing” Communism, 45.",
            [("short", "Lenin, “Left-Wing” Communism, 45", ("page", "45"))],
            id="short-title-with-quotes",
        ),
        pytest.param(
            "Quoted in Smith, The Book, 45.",
            [("short", "Smith, The Book, 45", ("page", "45"))],
            id="quoted-in",
        ),
        pytest.param(
            "Massey, Durand, and Malone, 45; Massey et al., 46.",
            [
                ("short", "Massey, Durand, and Malone, 45", ("page", "45")),
                ("short", "Massey et al., 46", ("page", "46")),
            ],
            id="several-authors",
        ),
        pytest.param(
            "Smith 2005, 45.", [("short", "Smith 2005, 45", ("page", "45"))], id="author-year"
        ),
        pytest.param("Smith 2005.", [], id="name-and-year-alone"),
        pytest.param(
            "K. Marx, Il capitale, Roma, Editori Riuniti, 1964, vol. I, p. 45.",
            [
                (
                    "full",
                    "K. Marx, Il capitale, Roma, Editori Riuniti, 1964, vol. I, p. 45",
                    ("page", "45"),
                )
            ],
            id="volume-then-page",
        ),
        pytest.param(
            "Jane Doe, “A Post,” The Blog, January 3, 2017, accessed May 5, 2018, "
            "https://blog.org/post.",
            [
                (
                    "full",
                    "Jane Doe, “A Post,” The Blog, January 3, 2017, accessed May 5, 2018, "
                    "https://blog.org/post",
                    None,
                )
            ],
            id="web-source-accessed-and-url",
        ),
        pytest.param(
            "Smith, The Book (London: Verso, 2005), 34, http://a.org/b, for more.",
            [("full", "Smith, The Book (London: Verso, 2005), 34, http://a.org/b", ("page", "34"))],
            id="url-after-locator",
        ),
        pytest.param("However, 12 workers went home.", [], id="comma-number-is-not-short-form"),
        pytest.param(
            "From February, 1938.",
            [("full", "February, 1938", None)],
            id="note-dating-its-text-is-full-not-short",
        ),
        pytest.param("In February, 1938, he left.", [], id="date-in-prose-is-no-citation"),
        pytest.param(
            "He did it in the letter-testament to Magdeleine Paz and others, from February 1st"
            " 1933. Reproducing some fragments (pp. 235-6), Serge claims it. In a fragment of"
            " the Memoirs (p. 219), nevertheless, the term is connoted.",
            [
                (
                    "full",
                    "the letter-testament to Magdeleine Paz and others, from February 1st 1933",
                    None,
                ),
                ("short", "(pp. 235-6)", ("page", "235-6")),
                ("short", "the Memoirs (p. 219)", ("page", "219")),
            ],
            id="letter-and-pages-cited-in-commentary",
        ),
        pytest.param("The letter was lost in 1933 (see below).", [], id="letter-without-recipient"),
        pytest.param(
            "See Daniel Guérin, Per un marxismo libertario (1969), Massari ed., Bolsena 2008, and"
            " our introduction :«Marxisti libertari oggi». Soon to be published, D. Guérin, Per il"
            " comunismo libertario.",
            [
                (
                    "full",
                    "Daniel Guérin, Per un marxismo libertario (1969), Massari ed., Bolsena 2008",
                    None,
                ),
                ("full", "«Marxisti libertari oggi»", None),
                ("full", "D. Guérin, Per il comunismo libertario", None),
            ],
            id="titles-named-in-commentary",
        ),
        pytest.param(
            "As noted by J. Smith, the results are wrong. The introduction to the book is long.",
            [],
            id="initials-before-prose-and-an-unquoted-introduction-are-no-citation",
        ),
    ],
)
def test_split_citations(
    text: str, expected: list[tuple[str, str, tuple[str, str] | None]]
) -> None:
    assert _split(text) == expected


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        pytest.param("218", Locator(label="page", value="218"), id="bare"),
        pytest.param("pp. 16-17", Locator(label="page", value="16-17"), id="pp"),
        pytest.param("ch. 4", Locator(label="chapter", value="4"), id="ch"),
        pytest.param("chapter 5", Locator(label="chapter", value="5"), id="chapter"),
        pytest.param("n. 3", Locator(label="note", value="3"), id="note"),
        pytest.param("§ 12", Locator(label="section", value="12"), id="section"),
        pytest.param("p. XIX", Locator(label="page", value="XIX"), id="roman"),
        pytest.param("", None, id="empty"),
    ],
)
def test_parse_locator(printed: str, expected: Locator | None) -> None:
    assert parse_locator(printed) == expected


def test_spans_map_through_segments() -> None:
    source = (
        "Body text.1\n\n1  Lenin, What Is (Moscow: Progress Publish-\n"
        "BODY TEXT\ners, 1977),158. More."
    )
    first = source.index("Lenin")  # a note's segments start after its label
    second = source.index("ers, 1977")
    note = Note(
        label="1",
        span=Span(start=first - 3, end=len(source)),
        text="Lenin, What Is (Moscow: Progress Publishers, 1977),158. More.",
        segments=[
            Span(start=first, end=source.index("\nBODY")),
            Span(start=second, end=len(source)),
        ],
    )
    (citation,) = find_citations(note, source, note_index=0)
    assert citation.raw == "Lenin, What Is (Moscow: Progress Publishers, 1977),158"
    assert source[citation.span.start :].startswith("Lenin")
    assert source[: citation.span.end].endswith("1977),158")
    cleaned = normalise_segments(source, note.segments)
    assert cleaned.text == note.text
    assert list(cleaned.offsets) == sorted(cleaned.offsets)
    assert source[cleaned.offsets[note.text.index("Publishers") + 7]] == "e"  # `ers` after break


def _gold(corpus: Path, name: str) -> dict:  # type: ignore[type-arg]
    return json.loads((corpus / "gold" / f"{name}.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", ["kites4-specter-part4", "utopia-rossa-2013-serge-memoirs"])
def test_no_citation_invented_from_commentary(corpus: Path, name: str) -> None:
    """Every citation found in a gold note's text is one the gold lists for that note."""
    gold = _gold(corpus, name)
    raws: dict[int, set[str]] = {}
    for ref in gold["references"]:
        raws.setdefault(ref["note_index"], set()).add(ref["raw"])
    found = total = 0
    for index, note in enumerate(gold["notes"]):
        for piece in split_citations(note["text"]):
            total += 1
            raw = note["text"][piece.start : piece.end]
            found += any(raw in g or g in raw for g in raws.get(index, ()))
    assert total and found == total


def test_kites_short_and_ibid_kinds(corpus: Path) -> None:
    gold = _gold(corpus, "kites4-specter-part4")
    expected = [(r["note_index"], r["kind"], r["raw"]) for r in gold["references"]]
    got = [
        (i, p.kind, n["text"][p.start : p.end])
        for i, n in enumerate(gold["notes"])
        for p in split_citations(n["text"])
    ]
    assert got == expected


@given(st.text(max_size=300))
def test_split_never_raises_and_stays_in_bounds(text: str) -> None:
    for piece in split_citations(text):
        assert 0 <= piece.start <= piece.end <= len(text)


@given(st.text(alphabet='ab ,.;:()[]«»“”"1920 Ibid.pSee', max_size=200))
def test_split_on_punctuation_soup(text: str) -> None:
    pieces = split_citations(text)
    assert all(a.end <= b.start for a, b in pairwise(pieces))


@given(st.text(alphabet='ab ,.;:()[]«»“”"1920 Ibid.pSee-\n', max_size=300), st.data())
def test_find_citations_spans_stay_in_the_source(source: str, data: st.DataObject) -> None:
    """Whatever a note's text and segments are, spans are ordered and inside the source."""
    start = data.draw(st.integers(0, len(source)))
    end = data.draw(st.integers(start, len(source)))
    text = " ".join(source[start:end].replace("-\n", "").split())
    note = Note(
        label="1", span=Span(start=start, end=end), text=text, segments=[Span(start=start, end=end)]
    )
    for citation in find_citations(note, source, note_index=0):
        assert 0 <= citation.span.start <= citation.span.end <= len(source)


def _full(source: str, raw: str, *authors: str) -> Citation:
    start = source.index(raw)
    reference = Reference(title=raw, author=tuple(Name(family=a) for a in authors))
    return Citation(
        kind="full",
        raw=raw,
        span=Span(start=start, end=start + len(raw)),
        section="note",
        note=0,
        reference=reference,
    )


@pytest.mark.parametrize(
    ("sentence", "raw", "expected"),
    [
        (
            "Serge analyses “modern slavery” in «L’Urss» (Masses, 1947).",
            "«L’Urss» (Masses, 1947)",
            ["Serge"],
        ),
        (
            "In “Lenin’s Heir?” (May 1945) Serge affirms it.",
            "“Lenin’s Heir?” (May 1945)",
            ["Serge"],
        ),
        (
            "Serge wrote much; a friend, long after, quoted «Notes» (Paris, 1950).",
            "«Notes» (Paris, 1950)",
            [],
        ),
        ("Trotsky analyses it in «L’Urss» (Masses, 1947).", "«L’Urss» (Masses, 1947)", []),
    ],
)
def test_authors_from_commentary(sentence: str, raw: str, expected: list[str]) -> None:
    source = "V. Serge, Carnets, Arles 1985. " + sentence
    known = _full(source, "V. Serge, Carnets, Arles 1985", "Serge")
    (_, cited) = authors_from_commentary([known, _full(source, raw)], source)
    assert [name.family for name in cited.reference.author] == expected


def test_urls_from_commentary_go_to_every_work_the_sentence_lists() -> None:
    source = (
        "See our «Dove è arrivata l’Urss» (1983), followed by «Precisazioni sul Gulag» (2010),"
        " both in www.utopiarossa.blogspot.com. And «Altro» (2011), in a book."
    )
    cited = urls_from_commentary(
        [
            _full(source, "«Dove è arrivata l’Urss» (1983)"),
            _full(source, "«Precisazioni sul Gulag» (2010)"),
            _full(source, "«Altro» (2011)"),
        ],
        source,
    )
    assert [c.reference.url for c in cited] == [
        "www.utopiarossa.blogspot.com",
        "www.utopiarossa.blogspot.com",
        None,
    ]


def _span_reads_as_raw(source: str, citation: Citation) -> bool:
    """The span's text, whitespace-normalised and de-hyphenated, is the citation's raw."""
    return clean(citation.span.slice(source), hyphenated=HyphenatedWords(source)) == citation.raw


@pytest.mark.parametrize(
    "source",
    [
        pytest.param("[^1]: Ibid., 45.\x1fX", id="D1-unit-separator-after-ibid"),
        pytest.param("[^1]:C(2011)\x1f4", id="D1-unit-separator-inside"),
        pytest.param(
            "The argument is developed elsewhere.1\n\n1. On the op-\npression of black workers,"
            " and on how oppression shapes the lives of the poor, see\nMichelle Alexander, The"
            " New Jim Crow (New York: The New Press, 2010), 218; and the\nessays of Karen E."
            " Fields and Barbara J. Fields, Racecraft (London: Verso, 2012), 45.\n",
            id="D2-hyphenated-word-recurs",
        ),
    ],
)
def test_citation_spans_are_exact(source: str) -> None:
    """Issue 15 D1, D2: control characters and line-end hyphens kept spans from their text."""
    citations = extract(source).citations
    assert citations
    for citation in citations:
        assert _span_reads_as_raw(source, citation), citation


_NOTE_PIECES = st.sampled_from(
    [
        "Ibid.,",
        "45.",
        "Smith,",
        "John",
        "Title",
        "(London:",
        "Verso,",
        "2005),",
        "op-\n",
        "pression",
        "oppression",
        "of",
        "12",
        "See",
        "p.",
        "“A",
        "Way”",
        "In:",
        "Berlin",
        "1990,",
        "S.",
        "Anti-\n",
        "war",
        "Publish-\n",
        "ers,",
        "\xad\n",
        "\x1f",
        "\x1c",
        " ",
        " ",
        " ",
        "\n",
    ]
)


@given(st.lists(_NOTE_PIECES, max_size=40).map("".join))
def test_citation_span_text_is_its_raw(body: str) -> None:
    """Every citation's span, read back and cleaned, gives the citation's raw text."""
    source = f"Body text.[^1]\n\n[^1]: {body}\n"
    for citation in extract(source).citations:
        assert _span_reads_as_raw(source, citation), citation


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "^ Merrow, Alan (1998). Flight Patterns of Alpine Swifts. Harbor Press. p. 57.",
            ["Merrow, Alan (1998). Flight Patterns of Alpine Swifts. Harbor Press. p. 57"],
            id="caret-backlink",
        ),
        pytest.param(
            "Ferguson, Niall (2004). Empire: The rise and demise of the British world order and"
            " the lessons for global power. New York: Basic Books. ISBN 978-0-465-02328-8.",
            [
                "Ferguson, Niall (2004). Empire: The rise and demise of the British world order"
                " and the lessons for global power. New York: Basic Books. ISBN 978-0-465-02328-8"
            ],
            id="author-date-then-sentence-case-title",
        ),
        pytest.param(
            "Whyte, John; FitzGerald, Garret (1991). Interpreting Northern Ireland. Oxford:"
            " Clarendon Press.",
            [
                "Whyte, John; FitzGerald, Garret (1991). Interpreting Northern Ireland. Oxford:"
                " Clarendon Press"
            ],
            id="authors-separated-by-semicolons",
        ),
        pytest.param(
            'Mulgrew, John (2 August 2012). "Team GB Olympic name row". Belfast Telegraph.',
            ['Mulgrew, John (2 August 2012). "Team GB Olympic name row". Belfast Telegraph'],
            id="author-day-month-year",
        ),
        pytest.param(
            "(29 January 2009). Fall in UK university students. BBC News.",
            ["(29 January 2009). Fall in UK university students. BBC News"],
            id="whole-note-date-headline-site",
        ),
        pytest.param(
            "Networked Readiness Index. weforum.org.",
            ["Networked Readiness Index. weforum.org"],
            id="whole-note-title-site",
        ),
        pytest.param(
            "Okafor, Ada. A History of River Ferries.",
            ["Okafor, Ada. A History of River Ferries"],
            id="whole-note-author-title",
        ),
        pytest.param(
            "Dr. Alison. Management of the Poor in Scotland. ↩",
            ["Dr. Alison. Management of the Poor in Scotland"],
            id="whole-note-before-ebook-backlink",
        ),
        pytest.param(
            "Dana Whitlow, “Notes on the River Strike,” Red Lantern #12.",
            ["Dana Whitlow, “Notes on the River Strike,” Red Lantern #12"],
            id="quoted-title-issue-number",
        ),
        pytest.param(
            "See Omar Fenn’s “Against the Grain” in Red Lantern #3, and “What the Tide Brings”"
            " in this issue (Red Lantern #9).",
            [
                "Omar Fenn’s “Against the Grain” in Red Lantern #3",
                "“What the Tide Brings” in this issue (Red Lantern #9)",
            ],
            id="quoted-titles-possessive-author",
        ),
        pytest.param(
            "Federation of Tenant Leagues, “Ten Points on the Rent Strike.”",
            ["Federation of Tenant Leagues, “Ten Points on the Rent Strike.”"],
            id="quoted-title-organisation",
        ),
        pytest.param(
            "Bram Kessel, Lessons of the Dock Strike, available at https://harborbooks.example/dock.",
            [
                "Bram Kessel, Lessons of the Dock Strike, available at https://harborbooks.example/dock"
            ],
            id="available-at-after-author-and-title",
        ),
        pytest.param(
            "Aufgewachsen in Kiel, Lehre als Bankkaufmann, 1921 Studium der Agrarwissenschaft in"
            " Rostock, 1926 Referent im Landwirtschaftsministerium, 1931 Professor in Halle.",
            [],
            id="curriculum-vitae",
        ),
        pytest.param(
            "Ähnlich argumentieren Anna Vogt (1987), Peter Lenz (2001) und Rolf Kirch (1999).",
            [],
            id="people-listed-with-years",
        ),
        pytest.param(
            "Etwa in den Reihen Hof und Stall (1972–4), Der Landarzt (1977–9) und Feierabend"
            " (1980–3).",
            [],
            id="series-listed-with-years",
        ),
        pytest.param(
            "Vgl. Klaus Reinhold, Hafenstädte. Eine Sozialgeschichte, Hamburg 1994.",
            ["Klaus Reinhold, Hafenstädte. Eine Sozialgeschichte, Hamburg 1994"],
            id="author-and-title-before-the-subtitle",
        ),
        pytest.param(
            "Vgl. Lena Hartwig, Hafenarbeit in Norddeutschland. Eine Einführung. 3. überarb."
            " Auflage Bremen 2001.",
            [
                "Lena Hartwig, Hafenarbeit in Norddeutschland. Eine Einführung. 3. überarb."
                " Auflage Bremen 2001"
            ],
            id="whole-note-after-a-cue",
        ),
        pytest.param(
            "Anmerkung des Herausgebers: Der Ausdruck bezeichnet eine Bewegung. Siehe"
            " Wikipedia “Sozinianismus”.",
            [],
            id="pointer-is-no-publisher",
        ),
        pytest.param(
            'Siehe z. B. "Protest am Anleger", in: Nordkurier, 12.11.1996, S. 5.',
            ['"Protest am Anleger", in: Nordkurier, 12.11.1996, S. 5'],
            id="newspaper-numeric-date",
        ),
        pytest.param(
            "Vgl. Verein für Küstengeschichte (Hg.), Chronik der Werften, Rostock o.J.",
            ["Verein für Küstengeschichte (Hg.), Chronik der Werften, Rostock o.J."],
            id="imprint-without-year",
        ),
        pytest.param(
            "Statistisches Amt Nord: Pendlerzählung 2015 – Tabellen nach Kreisen.",
            ["Statistisches Amt Nord: Pendlerzählung 2015 – Tabellen nach Kreisen"],
            id="organisation-colon-title",
        ),
        pytest.param(
            "Lower Valley Rowing Club. History of the club.",
            ["Lower Valley Rowing Club. History of the club"],
            id="organisation-then-title",
        ),
        pytest.param(
            "^ Office for National Statistics. 2011 Census analysis: Immigration Patterns of"
            " Non-UK Born Populations in England and Wales in 2011.",
            [
                "Office for National Statistics. 2011 Census analysis: Immigration Patterns of"
                " Non-UK Born Populations in England and Wales in 2011"
            ],
            id="organisation-then-title-opening-with-a-year",
        ),
        pytest.param(
            "nordlicht e.V. (2014): Pendeln an der Küste. Eine Umfrage unter Betrieben. Kiel.",
            ["nordlicht e.V. (2014): Pendeln an der Küste. Eine Umfrage unter Betrieben. Kiel"],
            id="lowercase-organisation",
        ),
        pytest.param(
            "Tessmann, Jörg (2009): Die neue Kaje. Containerumschlag in Bremerhaven. Bremen.",
            ["Tessmann, Jörg (2009): Die neue Kaje. Containerumschlag in Bremerhaven. Bremen"],
            id="author-date-colon-then-subtitle-and-place",
        ),
        pytest.param(
            "Labour Party. Votes were lost badly across the country.", [], id="party-then-prose"
        ),
        pytest.param(
            "Compare the leagues’ joint replies, “A Roof Is Not a Favour,” and “No Evictions in"
            " Winter!”",
            ["“A Roof Is Not a Favour,”", "“No Evictions in Winter!”"],
            id="quoted-titles-after-a-genre-noun",
        ),
        pytest.param(
            "Compare the leagues, “A Roof Is Not a Favour,” and “No Evictions in Winter!”",
            [],
            id="quoted-titles-without-a-cue",
        ),
        pytest.param("Translated by the author. See below.", [], id="commentary"),
        pytest.param("Vielleicht “Objectum fidei Deus loquens”.", [], id="one-word-before-quote"),
    ],
)
def test_works_found_by_structure(text: str, expected: list[str]) -> None:
    """Issue 11: works without a year closing an imprint, and prose with years that is none."""
    assert [raw for _, raw, _ in _split(text)] == expected


@pytest.mark.parametrize(
    "text", ["Martin Ebersold, a. a. O., S. 88.", "Martin Ebersold, a.a.O., S. 88."]
)
def test_op_cit_after_a_given_name(text: str) -> None:
    """Issue 11: `a. a. O.` after an author written given name first (case 11)."""
    assert _split(text) == [("op-cit", text[:-1], ("page", "88"))]


def test_given_name_needs_op_cit() -> None:
    assert _split("However Smith, 12 went home.") == []


@pytest.mark.parametrize(
    ("text", "raw", "title", "author", "url", "locator"),
    [
        pytest.param(
            "In her short autobiography, Salt and Iron, Marta Velez recalls how the union split.",
            "Salt and Iron, Marta Velez",
            "Salt and Iron",
            Name(family="Velez", given="Marta"),
            None,
            None,
            id="genre-title-person",
        ),
        pytest.param(
            "See the pamphlet Bread and Looms by the Northern Spinners’ Circle (available online"
            " at www.spinners.example/texts/bread.pdf ).",
            "Bread and Looms by the Northern Spinners’ Circle (available online at"
            " www.spinners.example/texts/bread.pdf",
            "Bread and Looms",
            Name(literal="Northern Spinners’ Circle"),
            "www.spinners.example/texts/bread.pdf",
            None,
            id="genre-title-by-organisation-address",
        ),
        pytest.param(
            "Chapter 4 of the Founding Charter of the Coastal Workers’ League sets out the rule.",
            "Chapter 4 of the Founding Charter of the Coastal Workers’ League",
            "Founding Charter of the Coastal Workers’ League",
            Name(literal="Coastal Workers’ League"),
            None,
            Locator(label="chapter", value="4"),
            id="part-of-a-work",
        ),
    ],
)
def test_works_named_in_prose(
    text: str, raw: str, title: str, author: Name, url: str | None, locator: Locator | None
) -> None:
    """Issue 11 (cases 03, 05, 06): the sentence says which words are title and author."""
    (piece,) = split_citations(text)
    assert text[piece.start : piece.end] == raw
    assert piece.reference is not None
    assert (piece.reference.title, piece.reference.author, piece.reference.url) == (
        title,
        (author,),
        url,
    )
    assert piece.locator == locator


@pytest.mark.parametrize(
    "text",
    [
        "In her memoir, Salt and Iron, was never mentioned again.",
        "Book III of the Wealth of Nations takes it up.",
        "Chapter 4 of his book is about it.",
        "The cases quoted in my third lecture are better. In her essay, The Loss of Personality,"
        " in The Atlantic Monthly (vol. LXXXV p. 195), Miss Ethel D. Puffer explains it.",
    ],
)
def test_prose_without_a_third_cue_names_no_work(text: str) -> None:
    assert all(piece.reference is None for piece in split_citations(text))


def test_work_named_in_prose_keeps_its_reading_through_extract() -> None:
    doc = extract(
        "She left the union.1\n\n1 In her short autobiography, Salt and Iron, Marta Velez"
        " recalls how the union split.\n"
    )
    (work,) = doc.works
    assert (work.title, work.author) == ("Salt and Iron", (Name(family="Velez", given="Marta"),))
    (citation,) = doc.citations
    assert citation.reference is not None
    assert citation.reference.span == citation.span


def test_page_cited_after_an_author_date_work() -> None:
    """`… Harbor Press. p. 57.`: the sentence after the work is the page cited."""
    text = "Merrow, Alan (1998). Flight Patterns. Harbor Press. p. 57. ISBN 1-84603-270-9."
    assert _split(text) == [
        ("full", "Merrow, Alan (1998). Flight Patterns. Harbor Press. p. 57", ("page", "57"))
    ]


def test_bibliography_entries_inside_notes_are_left_to_the_notes() -> None:
    """A list of notes under a `References` heading is read once, as notes."""
    source = (
        "Body text.[1]\n\nReferences\n\n1. ^ Merrow, Alan (1998). Flight Patterns. Harbor Press.\n"
    )
    citations = extract(source).citations
    assert [(c.section, c.note) for c in citations] == [("note", 0)]
