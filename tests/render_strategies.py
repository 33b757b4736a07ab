"""Hypothesis strategies for realistic bibliographic records, for render -> parse tests.

The values are plausible rather than random: names with particles and hyphenated
given names, titles built from real words with a subtitle after a colon, journals,
places paired with their publishers, years 1800-2025, page ranges. A good parser
should get every printed field back from them. Strategies for arbitrary records
(and hostile text) belong elsewhere; these are meant to be *fair*.
"""

from __future__ import annotations

import unicodedata

from hypothesis import strategies as st

from citex.records import Date, Name, Reference

GIVEN = (
    "John",
    "Mary",
    "Eric",
    "Natalie",
    "Richard",
    "Elizabeth",
    "Edward",
    "Sarah",
    "Charles",
    "Carlo",
    "Giovanni",
    "Maria",
    "Anna",
    "Renzo",
    "Franco",
    "Claudio",
    "Alessandra",
    "Luisa",
    "Pierre",
    "Jean-Paul",
    "Marie",
    "Jacques",
    "Michelle",
    "Hans",
    "Karl",
    "Ulrike",
    "Jürgen",
    "José",
    "Carmen",
    "Ramón",
    "João",
    "Ana",
    "Sérgio",
    "Emma",
    "Mary Anne",
    "Pier Paolo",
    "Victor",
    "Rosa",
    "Leon",
    "Hannah",
    "Walter",
)
# One-word family names only: "Gabriel García Márquez" cannot be split without knowing him.
FAMILY = (
    "Smith",
    "Hobsbawm",
    "Thompson",
    "Davis",
    "Anderson",
    "Brown",
    "Wilson",
    "Taylor",
    "Clark",
    "Rossi",
    "Bianchi",
    "Ferrari",
    "Colombo",
    "Ginzburg",
    "Salvemini",
    "Martin",
    "Bernard",
    "Dubois",
    "Lefebvre",
    "Müller",
    "Schmidt",
    "Fischer",
    "Koselleck",
    "García",
    "Fernández",
    "López",
    "Silva",
    "Santos",
    "Oliveira",
    "Lévi-Strauss",
    "O'Brien",
    "McNeill",
    "Serge",
    "Bloch",
    "Ricœur",
)
# (particle, family) pairs as people write them (non-dropping particles).
PARTICLED = (
    ("van", "Dijk"),
    ("van der", "Linden"),
    ("von", "Humboldt"),
    ("de", "Certeau"),
    ("di", "Nolfo"),
    ("da", "Silva"),
    ("della", "Peruta"),
    ("le", "Goff"),
    ("dos", "Santos"),
    ("de", "Beauvoir"),
    ("van", "Gennep"),
)

TITLE_WORDS = {
    "en": (
        (
            "History",
            "Revolution",
            "Memory",
            "Politics",
            "Empire",
            "Labour",
            "State",
            "Workers",
            "Exile",
            "Anarchism",
            "Freedom",
            "Nation",
            "Culture",
            "War",
            "Peace",
            "Justice",
            "Power",
            "Society",
            "Reform",
            "Capital",
            "Utopia",
            "Conscience",
        ),
        ("of", "and", "in", "on", "for", "of the", "and the"),
    ),
    "it": (
        (
            "storia",
            "rivoluzione",
            "memoria",
            "politica",
            "lavoro",
            "stato",
            "operai",
            "esilio",
            "anarchia",
            "libertà",
            "nazione",
            "cultura",
            "guerra",
            "pace",
            "potere",
            "società",
            "riforma",
            "utopia",
        ),
        ("di", "e", "della", "nella", "tra"),
    ),
    "fr": (
        (
            "histoire",
            "révolution",
            "mémoire",
            "politique",
            "travail",
            "État",
            "ouvriers",
            "exil",
            "liberté",
            "nation",
            "culture",
            "guerre",
            "paix",
            "pouvoir",
            "société",
            "utopie",
        ),
        ("de", "et", "la", "le", "des"),
    ),
    "de": (
        (
            "Geschichte",
            "Revolution",
            "Erinnerung",
            "Politik",
            "Arbeit",
            "Staat",
            "Arbeiter",
            "Exil",
            "Freiheit",
            "Nation",
            "Kultur",
            "Krieg",
            "Frieden",
            "Macht",
            "Gesellschaft",
            "Reform",
        ),
        ("der", "und", "die", "im", "zwischen"),
    ),
    "es": (
        (
            "historia",
            "revolución",
            "memoria",
            "política",
            "trabajo",
            "estado",
            "obreros",
            "exilio",
            "libertad",
            "nación",
            "cultura",
            "guerra",
            "paz",
            "poder",
            "sociedad",
            "utopía",
        ),
        ("de", "y", "la", "del", "en"),
    ),
    "pt": (
        (
            "história",
            "revolução",
            "memória",
            "política",
            "trabalho",
            "estado",
            "operários",
            "exílio",
            "liberdade",
            "nação",
            "cultura",
            "guerra",
            "paz",
            "poder",
            "sociedade",
            "utopia",
        ),
        ("de", "e", "da", "do", "no"),
    ),
}

JOURNALS = {
    "en": (
        "Journal of Modern History",
        "Past & Present",
        "American Historical Review",
        "History Workshop Journal",
        "Labour History Review",
        "Journal of Social History",
        "New Left Review",
        "International Review of Social History",
        "Science & Society",
    ),
    "it": (
        "Studi storici",
        "Rivista storica italiana",
        "Il Ponte",
        "Critica sociale",
        "Italia contemporanea",
        "Passato e presente",
        "Quaderni storici",
    ),
    "fr": (
        "Annales",
        "Le Mouvement social",
        "Revue d'histoire moderne et contemporaine",
        "Esprit",
        "Cahiers d'histoire",
        "Vingtième Siècle",
    ),
    "de": (
        "Historische Zeitschrift",
        "Geschichte und Gesellschaft",
        "Vierteljahrshefte für Zeitgeschichte",
        "Archiv für Sozialgeschichte",
    ),
    "es": ("Ayer", "Historia Social", "Hispania", "Revista de Occidente", "Historia Contemporánea"),
    "pt": (
        "Revista Brasileira de História",
        "Análise Social",
        "Tempo",
        "Topoi",
        "Estudos Históricos",
    ),
}

# (publisher, place) as they appear together.
PUBLISHERS = {
    "en": (
        ("Oxford University Press", "Oxford"),
        ("Cambridge University Press", "Cambridge"),
        ("Verso", "London"),
        ("Penguin", "London"),
        ("Routledge", "London"),
        ("Princeton University Press", "Princeton"),
        ("Pantheon", "New York"),
        ("University of Chicago Press", "Chicago"),
        ("Harvard University Press", "Cambridge"),
        ("Yale University Press", "New Haven"),
        ("Knopf", "New York"),
    ),
    "it": (
        ("Einaudi", "Torino"),
        ("Laterza", "Roma-Bari"),
        ("Feltrinelli", "Milano"),
        ("il Mulino", "Bologna"),
        ("Mondadori", "Milano"),
        ("Jaca Book", "Milano"),
        ("Donzelli", "Roma"),
        ("Bollati Boringhieri", "Torino"),
    ),
    "fr": (
        ("Gallimard", "Paris"),
        ("Seuil", "Paris"),
        ("Fayard", "Paris"),
        ("La Découverte", "Paris"),
        ("Maspero", "Paris"),
        ("Presses universitaires de France", "Paris"),
    ),
    "de": (
        ("Suhrkamp", "Frankfurt am Main"),
        ("Beck", "München"),
        ("Rowohlt", "Reinbek"),
        ("Dietz", "Berlin"),
        ("Vandenhoeck & Ruprecht", "Göttingen"),
    ),
    "es": (
        ("Alianza", "Madrid"),
        ("Crítica", "Barcelona"),
        ("Siglo XXI", "Madrid"),
        ("Tusquets", "Barcelona"),
        ("Fondo de Cultura Económica", "México"),
    ),
    "pt": (
        ("Companhia das Letras", "São Paulo"),
        ("Boitempo", "São Paulo"),
        ("Paz e Terra", "Rio de Janeiro"),
        ("Edições 70", "Lisboa"),
    ),
}
UNIVERSITIES = {
    "en": (
        "University of Chicago",
        "Columbia University",
        "University of Oxford",
        "Yale University",
    ),
    "it": (
        "Università di Bologna",
        "Università degli Studi di Milano",
        "Sapienza Università di Roma",
    ),
    "fr": ("Université Paris 1 Panthéon-Sorbonne", "Université de Lyon", "EHESS"),
    "de": ("Universität Bielefeld", "Freie Universität Berlin", "Universität Heidelberg"),
    "es": ("Universidad Complutense de Madrid", "Universitat de Barcelona"),
    "pt": ("Universidade de São Paulo", "Universidade Estadual de Campinas"),
}
SITES = (
    "Jacobin",
    "Libcom",
    "The Guardian",
    "Marxists Internet Archive",
    "openDemocracy",
    "Il Manifesto",
    "Le Monde diplomatique",
    "Public Books",
)

# Which language each style writes in (keywords and, for realism, titles).
STYLE_LANG = {
    "chicago-note": "en",
    "chicago-bib": "en",
    "apa": "en",
    "mla": "en",
    "vancouver": "en",
    "ieee": "en",
    "humanities-it": "it",
    "humanities-fr": "fr",
    "humanities-es": "es",
    "humanities-de": "de",
    "abnt-pt": "pt",
}


def names() -> st.SearchStrategy[Name]:
    """A person: plain, particled (van der Linden) or with a suffix (Jr.)."""
    plain = st.builds(
        lambda g, f: Name(given=g, family=f), st.sampled_from(GIVEN), st.sampled_from(FAMILY)
    )
    particled = st.builds(
        lambda g, pf: Name(given=g, particle=pf[0], family=pf[1]),
        st.sampled_from(GIVEN),
        st.sampled_from(PARTICLED),
    )
    return st.one_of(plain, plain, plain, particled)


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


@st.composite
def titles(draw: st.DrawFn, lang: str = "en") -> str:
    """A title in ``lang``: 1-6 words, headline case in English, maybe a subtitle after ``:``."""
    nouns, small = TITLE_WORDS[lang]

    def phrase() -> str:
        words = [draw(st.sampled_from(nouns))]
        for _ in range(draw(st.integers(0, 2))):
            words += [draw(st.sampled_from(small)), draw(st.sampled_from(nouns))]
        if lang == "en":
            return " ".join(w if w in small else _cap(w) for w in words)
        return (
            _cap(" ".join(words))
            if lang != "de"
            else " ".join(_cap(w) if w in nouns else w for w in words)
        )

    title = phrase()
    if draw(st.booleans()):
        sub = phrase()
        title = f"{title}: {_cap(sub)}"
    return _cap(title)


def page_ranges() -> st.SearchStrategy[str]:
    """A work's own pages, full and with an en dash: ``45–67``."""
    return st.builds(
        lambda first, length: f"{first}–{first + length}", st.integers(1, 900), st.integers(1, 60)
    )


def dates(min_year: int = 1800, max_year: int = 2025) -> st.SearchStrategy[Date]:
    """A year, sometimes with month and day."""
    return st.builds(
        lambda y, m, d: Date(year=y, month=m, day=d if m else None),
        st.integers(min_year, max_year),
        st.none() | st.integers(1, 12),
        st.none() | st.integers(1, 28),
    )


def _slug(title: str) -> str:
    """``Revolución y Estado`` -> ``revolucion-y-estado``, as sites build addresses."""
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    return "-".join("".join(c for c in w.lower() if c.isalnum()) for w in ascii_text.split())


@st.composite
def references(
    draw: st.DrawFn, *, types: tuple[str, ...] | None = None, lang: str = "en"
) -> Reference:
    """A realistic record of one of ``types`` (book, chapter, article-journal, thesis, webpage)."""
    kind = draw(
        st.sampled_from(types or ("book", "chapter", "article-journal", "thesis", "webpage"))
    )
    n_authors = draw(st.sampled_from((1, 1, 1, 2, 2, 3, 4)))
    authors = draw(
        st.lists(
            names(),
            min_size=n_authors,
            max_size=n_authors,
            unique_by=lambda n: (n.particle, n.family),
        )
    )
    title = draw(titles(lang))
    publisher, place = draw(st.sampled_from(PUBLISHERS[lang]))
    fields: dict[str, object] = {"type": kind, "author": authors, "title": title}
    if kind == "book":
        fields.update(
            publisher=publisher,
            publisher_place=place,
            issued=Date(year=draw(st.integers(1800, 2025))),
        )
    elif kind == "chapter":
        editors = draw(
            st.lists(names(), min_size=1, max_size=2, unique_by=lambda n: (n.particle, n.family))
        )
        fields.update(
            editor=editors,
            container_title=draw(titles(lang)),
            publisher=publisher,
            publisher_place=place,
            page=draw(page_ranges()),
            issued=Date(year=draw(st.integers(1800, 2025))),
        )
    elif kind == "article-journal":
        issued = draw(dates())
        fields.update(
            container_title=draw(st.sampled_from(JOURNALS[lang])),
            volume=str(draw(st.integers(1, 120))),
            issue=str(draw(st.integers(1, 12))),
            page=draw(page_ranges()),
            issued=Date(year=issued.year, month=issued.month),
        )
        if draw(st.booleans()):
            fields["doi"] = (
                f"10.{draw(st.integers(1000, 99999))}/{_slug(title)[:20]}."
                f"{draw(st.integers(1, 999))}"
            )
    elif kind == "thesis":
        university = draw(st.sampled_from(UNIVERSITIES[lang]))
        fields.update(
            publisher=university,
            publisher_place=place,
            issued=Date(year=draw(st.integers(1900, 2025))),
            genre="PhD diss.",
        )
    else:
        site = draw(st.sampled_from(SITES))
        issued = draw(dates(1995, 2025))
        accessed = draw(
            st.none() | dates(issued.year or 1995, 2025).filter(lambda d: bool(d.month))
        )
        fields.update(
            container_title=site,
            issued=issued,
            accessed=accessed,
            url=f"https://www.{_slug(site)}.org/{issued.year}/{_slug(title)}",
        )
    return Reference(**fields)  # type: ignore[arg-type]


def locators() -> st.SearchStrategy[str]:
    """A cited page or page range, as notes give it (``218``, ``16-17``)."""
    single = st.integers(1, 999).map(str)
    span = st.builds(lambda a, n: f"{a}-{a + n}", st.integers(1, 900), st.integers(1, 9))
    return st.one_of(single, single, span)
