"""Hypothesis strategies for realistic bibliographic records, for render -> parse tests.

The values are plausible rather than random: names with particles and hyphenated
given names, titles built from real words with a subtitle after a colon, journals,
places paired with their publishers, years 1800-2025, page ranges. A good parser
should get every printed field back from them. Strategies for arbitrary records
(and hostile text) belong elsewhere; these are meant to be *fair*.

Each record is built from one seeded :class:`random.Random` whose seed hypothesis
draws: one draw per record instead of forty keeps the round-trip tests fast, and a
derandomized run still sees the same records. The price is that hypothesis cannot
shrink a failing record, which these tests do not want anyway (the record is printed
in full). The seed is drawn as 64 coin flips, never as an integer: hypothesis (since
6.131) now and then replaces a drawn integer, float or string by a literal it found in
the source of the modules imported so far (``9999`` in citex.formats.bibtex), so an
integer seed, and every record after it, changed with which tests had run before in
the process. A boolean draw is never replaced. Anything else a test derives at random
(a cited page, a number) goes through :func:`seeded` for the same reason.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable
from typing import TypeVar

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

# Bodies that author reports and books, kept whole as CSL literal names.
CORPORATE = (
    "World Health Organization",
    "International Labour Office",
    "Istituto Nazionale di Statistica",
    "Institut national de la statistique et des études économiques",
    "Statistisches Bundesamt",
    "Comisión Económica para América Latina",
    "Instituto Brasileiro de Geografia e Estatística",
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
# (university, place), since theses name where they were defended.
UNIVERSITIES = {
    "en": (
        ("University of Chicago", "Chicago"),
        ("Columbia University", "New York"),
        ("University of Oxford", "Oxford"),
        ("Yale University", "New Haven"),
    ),
    "it": (
        ("Università di Bologna", "Bologna"),
        ("Università degli Studi di Milano", "Milano"),
        ("Sapienza Università di Roma", "Roma"),
    ),
    "fr": (
        ("Université Paris 1 Panthéon-Sorbonne", "Paris"),
        ("Université de Lyon", "Lyon"),
        ("EHESS", "Paris"),
    ),
    "de": (
        ("Universität Bielefeld", "Bielefeld"),
        ("Freie Universität Berlin", "Berlin"),
        ("Universität Heidelberg", "Heidelberg"),
    ),
    "es": (
        ("Universidad Complutense de Madrid", "Madrid"),
        ("Universitat de Barcelona", "Barcelona"),
    ),
    "pt": (
        ("Universidade de São Paulo", "São Paulo"),
        ("Universidade Estadual de Campinas", "Campinas"),
    ),
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
    "harvard": "en",
    "mla": "en",
    "vancouver": "en",
    "ieee": "en",
    "humanities-it": "it",
    "humanities-fr": "fr",
    "humanities-es": "es",
    "humanities-de": "de",
    "abnt-pt": "pt",
}


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


def random_name(rnd: random.Random) -> Name:
    """A person: plain (John Smith) or, one time in four, particled (van der Linden)."""
    if rnd.random() < 0.25:
        particle, family = rnd.choice(PARTICLED)
        return Name(given=rnd.choice(GIVEN), particle=particle, family=family)
    return Name(given=rnd.choice(GIVEN), family=rnd.choice(FAMILY))


def random_people(rnd: random.Random, count: int, *, bodies: bool = False) -> list[Name]:
    """``count`` people with distinct family names; with ``bodies``, now and then a body."""
    if bodies and count == 1 and rnd.random() < 0.05:
        return [Name(literal=rnd.choice(CORPORATE))]
    people: dict[tuple[str | None, str | None], Name] = {}
    while len(people) < count:
        name = random_name(rnd)
        people.setdefault((name.particle, name.family), name)
    return list(people.values())


def random_title(rnd: random.Random, lang: str) -> str:
    """``History of the Revolution: Labour and Empire``, cased as ``lang`` cases titles."""
    nouns, small = TITLE_WORDS[lang]

    def phrase() -> str:
        words = [rnd.choice(nouns)]
        for _ in range(rnd.choice((0, 0, 1, 1, 2))):
            words += [rnd.choice(small), rnd.choice(nouns)]
        if lang == "en":
            return " ".join(w if w in small else _cap(w) for w in words)
        if lang == "de":
            return " ".join(_cap(w) if w in nouns else w for w in words)
        return " ".join(words)

    title = phrase()
    if rnd.random() < 0.4:
        title = f"{title}: {_cap(phrase())}"
    return _cap(title)


def random_pages(rnd: random.Random) -> str:
    """A work's own pages, full and with an en dash: ``45–67``."""
    first = rnd.randint(1, 900)
    return f"{first}–{first + rnd.randint(1, 60)}"


def random_date(rnd: random.Random, first_year: int = 1800, last_year: int = 2025) -> Date:
    """A year, sometimes with a month, sometimes with a day too."""
    year = rnd.randint(first_year, last_year)
    if rnd.random() < 0.5:
        return Date(year=year)
    month = rnd.randint(1, 12)
    return Date(year=year, month=month, day=rnd.randint(1, 28) if rnd.random() < 0.5 else None)


def _slug(title: str) -> str:
    """``Revolución y Estado`` -> ``revolucion-y-estado``, as sites build addresses."""
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    return "-".join("".join(c for c in w.lower() if c.isalnum()) for w in ascii_text.split())


TYPES = ("book", "chapter", "article-journal", "thesis", "webpage")


def random_reference(
    rnd: random.Random, types: tuple[str, ...] = TYPES, lang: str = "en"
) -> Reference:
    """A realistic record of one of ``types``, its words in ``lang``."""
    kind = rnd.choice(types)
    title = random_title(rnd, lang)
    authors = random_people(rnd, rnd.choice((1, 1, 1, 2, 2, 3, 4)), bodies=True)
    fields: dict[str, object] = {"type": kind, "author": authors, "title": title}
    publisher, place = rnd.choice(PUBLISHERS[lang])
    if kind in ("book", "chapter"):
        fields.update(publisher=publisher, publisher_place=place)
        fields["issued"] = Date(year=rnd.randint(1800, 2025))
    if kind == "book":
        if rnd.random() < 0.2:
            fields["translator"] = random_people(rnd, 1)
        if rnd.random() < 0.2:
            fields["edition"] = str(rnd.randint(2, 5))
    if kind == "chapter":
        fields.update(
            editor=random_people(rnd, rnd.choice((1, 1, 2))),
            container_title=random_title(rnd, lang),
            page=random_pages(rnd),
        )
    elif kind == "article-journal":
        issued = random_date(rnd)
        fields.update(
            container_title=rnd.choice(JOURNALS[lang]),
            volume=str(rnd.randint(1, 120)),
            issue=str(rnd.randint(1, 12)),
            page=random_pages(rnd),
            issued=Date(year=issued.year, month=issued.month),
        )
        if rnd.random() < 0.5:
            prefix, suffix = rnd.randint(1000, 99999), rnd.randint(1, 999)
            fields["doi"] = f"10.{prefix}/{_slug(title)[:20]}.{suffix}"
    elif kind == "thesis":
        university, town = rnd.choice(UNIVERSITIES[lang])
        fields.update(
            publisher=university,
            publisher_place=town,
            issued=Date(year=rnd.randint(1900, 2025)),
            genre="PhD diss.",
        )
    elif kind == "webpage":
        site = rnd.choice(SITES)
        issued = random_date(rnd, 1995, 2025)
        accessed = None
        if rnd.random() < 0.6:
            accessed = Date(
                year=rnd.randint(issued.year or 1995, 2025),
                month=rnd.randint(1, 12),
                day=rnd.randint(1, 28),
            )
        fields.update(
            container_title=site,
            issued=issued,
            accessed=accessed,
            url=f"https://www.{_slug(site)}.org/{issued.year}/{_slug(title)}",
        )
    return Reference(**fields)  # type: ignore[arg-type]


def random_locator(rnd: random.Random) -> str:
    """A cited page or page range, as notes give it (``218``, ``16-17``)."""
    first = rnd.randint(1, 999)
    return f"{first}-{first + rnd.randint(1, 9)}" if rnd.random() < 0.3 else str(first)


T = TypeVar("T")

_SEED_BITS = 64
_SEEDS = st.tuples(*[st.booleans()] * _SEED_BITS).map(
    lambda bits: sum(1 << i for i, bit in enumerate(bits) if bit)
)
_SEEDED = _SEEDS.map(random.Random)


def seeded(draw: Callable[[random.Random], T]) -> st.SearchStrategy[T]:
    """``draw`` applied to a freshly seeded :class:`random.Random` (see the module's
    docstring: the same values in every process, whatever it imported before)."""
    return _SEEDED.map(draw)


def names() -> st.SearchStrategy[Name]:
    """A person: plain (John Smith) or with a particle (Walter van der Linden)."""
    return seeded(random_name)


def titles(lang: str = "en") -> st.SearchStrategy[str]:
    """A title in ``lang``, maybe with a subtitle after ``:``."""
    return seeded(lambda rnd: random_title(rnd, lang))


def references(*, types: tuple[str, ...] = TYPES, lang: str = "en") -> st.SearchStrategy[Reference]:
    """A realistic record of one of ``types`` (book, chapter, article-journal, thesis, webpage)."""
    return seeded(lambda rnd: random_reference(rnd, types, lang))


def locators() -> st.SearchStrategy[str]:
    """A cited page or page range (``218``, ``16-17``)."""
    return seeded(random_locator)


def maybe_locators() -> st.SearchStrategy[str | None]:
    """A cited page or page range half the time, else ``None`` (no ``st.none() |``: choosing
    a branch draws an integer, which hypothesis may replace by a constant)."""
    return seeded(lambda rnd: random_locator(rnd) if rnd.random() < 0.5 else None)


def integers(low: int, high: int) -> st.SearchStrategy[int]:
    """An integer from ``low`` to ``high``, drawn through a seed (see :func:`seeded`)."""
    return seeded(lambda rnd: rnd.randint(low, high))
