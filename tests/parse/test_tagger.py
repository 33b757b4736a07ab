"""The learned tagger: tokens, features, the rules as features, and the shipped model."""

from __future__ import annotations

import importlib
import inspect
import json
import pkgutil

import pytest
from hypothesis import given
from hypothesis import strategies as st

import citex.parse as parse_package
from citex import extract, lexicon
from citex.parse import tagger, training
from citex.parse import tagger_patterns as tp
from citex.parse.reference import parse_reference, parse_reference_by_rules, rule_fields

# the parser hands the tagger printable text (control characters blanked)
PRINTABLE = st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=200)


@given(PRINTABLE)
def test_tokens_are_the_non_space_runs(text: str) -> None:
    spans = tagger.tokenise(text)
    words = text.split()
    assert [text[s:e] for s, e in spans] == words or any(len(w) > 200 for w in words)
    assert all(0 <= s < e <= len(text) for s, e in spans)


@given(
    st.text(st.sampled_from(" \t\n\x1c\x85\xa0\u2003\u180e\u200bab.,«"), max_size=40)
    | st.text(max_size=300)
)
def test_tokens_split_at_single_spaces_are_the_patterns_tokens(text: str) -> None:
    # the parser's text has its words between single spaces: a split, not the pattern
    assert tagger.tokenise(text) == [m.span() for m in tp.TAGGER_TOKEN.finditer(text)]


@given(st.text(max_size=200))
def test_features_one_list_per_token_and_never_raise(text: str) -> None:
    spans = tagger.tokenise(text)
    items = tagger.features(text, spans, ["none"] * len(spans))
    assert len(items) == len(spans)
    assert all("rule=none" in item for item in items)


def test_a_token_is_described_by_its_word_shape_and_punctuation() -> None:
    text = "Ferrari L., «Ateneo Trevigiano», XXXIV (1961), pp. 45-67."
    spans = tagger.tokenise(text)
    items = tagger.features(text, spans, ["none"] * len(spans))
    ateneo = items[2]
    assert {"w=ateneo", "lead=«", "quoted", "-1:initial"} <= set(ateneo)
    assert "roman" in items[4] and "parens" in items[5] and "year" in items[5]
    assert "range" in items[7] and "lex=pagelabel" in items[6]


@pytest.mark.parametrize(
    ("token", "kind"),
    [
        # the word classes come from the lexicon's language modules and places
        ("Treviso,", "place"),  # places.TOWNS
        ("Bd.", "vollabel"),  # de.VOLUME_LABELS
        ("Heft", "issuelabel"),
        ("nella", "in"),  # it.CONTAINER_WORDS
        ("Hrsg.)", "role"),
        ("busta", "archive"),
        ("ed.", "role"),  # a role before a connective
        ("genn.", "month"),  # it.MONTHS
    ],
)
def test_a_token_names_its_word_class_from_the_lexicon(token: str, kind: str) -> None:
    assert "lex=" + kind in tagger._word_features(token)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Storia della ceramica a Venezia, Firenze 1981", "it"),
        ("Die Gemeinde als Akteur. Strukturen lokaler Politik", "de"),
        ("The history of the club", "en"),
        ("ASV, Senato, reg. 12", "x"),
    ],
)
def test_language_by_function_words(text: str, language: str) -> None:
    assert tagger.language(text.split()) == language


def test_the_rules_fields_label_their_tokens() -> None:
    text, fields = rule_fields("Smith, John. The Book. London: Verso, 1990.")
    labels = tagger.rule_labels(text, tagger.tokenise(text), fields)
    assert labels == ["author", "author", "title", "title", "place", "publisher", "date"]


def test_a_token_takes_the_first_field_that_covers_its_first_letter() -> None:
    text = "«Roma», Roma 1961, pp. 12-19."
    fields = {"title": "Roma", "publisher_place": "Roma 1961", "page": "12-19", "volume": "19"}
    labels = tagger.rule_labels(text, tagger.tokenise(text), fields)
    # "«Roma»," goes by its first letter (the title's); the volume's "19" is first found
    # inside "1961", which the place, marked before the volume, already covers
    assert labels == ["title", "place", "place", "none", "pages"]


def test_the_model_ships_in_the_package_under_10_mb() -> None:
    assert tagger.MODEL.is_file()
    assert tagger.MODEL.stat().st_size <= 10_000_000
    assert tagger.has_model()
    assert (tagger.MODEL.parent / "NOTICE").read_text(encoding="utf-8").count("Licen") >= 2


def test_the_tagger_reads_an_unintroduced_italian_periodical() -> None:
    # ../shared/cases/parser/it.jsonl: a periodical in «» without "in"
    ref = parse_reference(
        "Ferrari L., Un inventario di bottega del Quattrocento, «Ateneo Trevigiano»,"
        " XXXIV (1961), pp. 45 - 67.",
        learned=True,
    )
    assert ref.title == "Un inventario di bottega del Quattrocento"
    assert ref.container_title == "Ateneo Trevigiano"
    assert (ref.volume, ref.page, ref.issued and ref.issued.year) == ("XXXIV", "45–67", 1961)
    assert ref.type == "article-journal"


def test_a_translator_the_rules_read_is_not_made_an_author_by_the_tagger() -> None:
    # found by tests/parse/test_parse_roundtrip.py (humanities-it-author): the tagger labels
    # the translator after "trad. it. di" as one more author
    text = (
        "R. Oliveira, C. Ferrari, K. Lévi-Strauss e U. Davis, Libertà della società nella"
        " rivoluzione, trad. it. di R. van Dijk, Feltrinelli, Milano 1960."
    )
    ref = parse_reference(text, learned=True)
    assert [name.family for name in ref.author] == ["Oliveira", "Ferrari", "Lévi-Strauss", "Davis"]
    assert [name.family for name in ref.translator] == ["Dijk"]


def test_the_tagger_is_on_by_default_and_extract_reads_with_the_rules() -> None:
    # ../shared/cases/parser/: references the rules and the tagger read apart (the rules
    # improve too, so one of several is enough)
    raws = (
        "Roth, Uwe (1995): Wohlfahrt im Umbruch, in: Sozialer Rundbrief, 44. Jg., Heft 5,"
        " S. 101-108.",
        "Zanetti F., Delle monete di Candia, 2 voll., Venezia 1799.",
        "Fabbri L., Un registro di doti (secc. XV - XVI), in Studi in onore di G. Rinaldi, a"
        " cura di T. Donati - R. Sarto, Padova 1981, pp. 55 - 80.",
    )
    for raw in raws:
        assert parse_reference(raw) == parse_reference(raw, learned=True)
        assert parse_reference_by_rules(raw) == parse_reference(raw, learned=False)
    assert any(parse_reference(raw) != parse_reference(raw, learned=False) for raw in raws)
    assert inspect.signature(extract).parameters["parse_reference"].default is (
        parse_reference_by_rules
    )


@pytest.mark.parametrize(
    ("raw", "archive", "location"),
    [
        # ../shared/cases/parser/it.jsonl
        ("ASV, Senato, Deliberazioni Terra, reg. 12, c. 34r.", "ASV", "Senato"),
        # no year: the rules read a short form
        ("ASV, Procuratori di San Marco de supra, b. 12", "ASV", "Procuratori di San Marco"),
    ],
)
def test_an_archival_reference_gets_its_archive_and_location(
    raw: str, archive: str, location: str
) -> None:
    ref = parse_reference(raw)
    assert ref.archive == archive
    assert ref.archive_location is not None and ref.archive_location.startswith(location)


@pytest.mark.parametrize(
    "raw",
    [
        # English web references the tagger once read as archival (dev corpus, Wikipedia)
        "Canada Provinces. Statoids.com",
        "Proceedings of the Royal Society B: Biological Sciences 273 (1601): 2651–2657.",
    ],
)
def test_a_reference_with_no_telling_words_or_in_english_is_not_archival(raw: str) -> None:
    assert parse_reference(raw).archive_location is None


def test_a_hostile_line_is_left_to_the_rules() -> None:
    text = "Smith, J., " * 300
    spans = tagger.tokenise(text)
    assert tagger.tag(text, spans, {}) == []


def test_linkedbooks_segments_become_token_labels(tmp_path) -> None:
    row = {
        "raw": "S. Tramontin, Il vescovo, in «Studia», 12 (1965), pp. 292 - 303.",
        "gold": {"container-title": "«Studia»", "issued": "1965"},
        "tags": [
            ["author", "S. Tramontin,"],
            ["title", "Il vescovo,"],
            ["conjunction", "in"],
            ["title", "«Studia»,"],
            ["publicationnumber-year", "12 (1965),"],
            ["pagination", "pp. 292 - 303."],
        ],
    }
    path = tmp_path / "train.jsonl"
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    [(raw, labels)] = list(training.linkedbooks_examples(path))
    assert raw == row["raw"]
    assert labels == [
        "author", "author", "title", "title", "in", "container", "volume", "date",
        "pages", "pages", "pages", "pages",
    ]  # fmt: skip


def test_segments_that_do_not_spell_the_reference_are_refused() -> None:
    with pytest.raises(ValueError, match="do not spell"):
        training._nonspace_labels("abc", [("title", "abd")])


def test_a_reference_with_no_telling_words_takes_the_taggers_imprint_not_its_numbering() -> None:
    # LinkedBooks valid: no function word tells the language; the tagger reads the place and
    # the publisher the rules missed, the rules keep a Vancouver reference's numbering
    ref = parse_reference("Enciclopedia cattolica, Firenze, Sansoni 1948 - 1954", learned=True)
    assert (ref.title, ref.publisher_place, ref.publisher) == (
        "Enciclopedia cattolica",
        "Firenze",
        "Sansoni",
    )
    vancouver = "Smith J, Jones K. Cell cycle control. Nature. 2001;12:45-50."
    learned = parse_reference(vancouver, learned=True)
    rules = parse_reference_by_rules(vancouver)
    assert (learned.title, learned.volume, learned.page) == ("Cell cycle control", "12", "45–50")
    assert (learned.volume, learned.issue, learned.page) == (rules.volume, rules.issue, rules.page)


def test_a_lower_case_initial_read_from_small_capitals_is_a_feature() -> None:
    # LinkedBooks: "1618 piscina a., Pratica Universale del Magi - strato alle Acque, Padova."
    text = "1618 piscina a., Pratica Universale"
    spans = tagger.tokenise(text)
    items = tagger.features(text, spans, ["none"] * len(spans))
    assert "initial_lower" in items[2] and "-1:initial_lower" in items[3]
    assert "initial_lower" not in items[1] and "initial" not in items[2]


def test_linkedbooks_in_labels_are_cleaned_before_training(tmp_path) -> None:
    # LinkedBooks train: a title segment run on through ", in Container" where the gold has
    # no container, a bare "in" labelled "o", and the container's editors labelled authors
    rows = [
        {
            "raw": "Demus, Oriente e Occidente, in La civiltà veneziana, Firenze 1955, 111.",
            "gold": {},
            "tags": [
                ["author", "Demus,"],
                ["title", "Oriente e Occidente, in La civiltà veneziana,"],
                ["publicationplace", "Firenze"],
                ["year", "1955,"],
                ["pagination", "111."],
            ],
        },
        {
            "raw": "Agazzi M., Edilizia, in Storia, cur. R. Polacco, Venezia 1997.",
            "gold": {"container-title": "Storia", "x-container-author": ["cur. R. Polacco"]},
            "tags": [
                ["author", "Agazzi M.,"],
                ["title", "Edilizia,"],
                ["o", "in"],
                ["title", "Storia,"],
                ["author", "cur. R. Polacco,"],
                ["publicationplace", "Venezia"],
                ["year", "1997."],
            ],
        },
    ]
    path = tmp_path / "train.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    [(_, first), (_, second)] = list(training.linkedbooks_examples(path))
    assert first == [
        "author", "title", "title", "title", "in", "container", "container", "container",
        "place", "date", "pages",
    ]  # fmt: skip
    assert second == [
        "author", "author", "title", "in", "container", "editor", "editor", "editor",
        "place", "date",
    ]  # fmt: skip


# -- the shortcuts that make the features cheap give what the plain definitions give ------

# words the shortcuts look at: digits, roman numerals, initials, dashes, quotes, brackets
SHORTCUT_WORDS = st.text(st.sampled_from("0125789IVXLivxlAbZéÉß.-–—‐()«»,;:'"), max_size=14)


@given(st.text(max_size=20))
def test_a_shape_marks_each_character_class_once_per_run(core: str) -> None:
    marks = [
        "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
        for ch in core[:12]
    ]
    runs = "".join(mark for k, mark in enumerate(marks) if k == 0 or marks[k - 1] != mark)
    assert tagger._shape(core) == runs


@given(SHORTCUT_WORDS | st.text(max_size=14))
def test_a_pattern_feature_is_the_patterns_verdict(token: str) -> None:
    # each pattern is tried only where a character it needs is there: the test is a shortcut
    first = tp.TAGGER_INNER.search(token)
    feats = tagger._word_features(token)
    if first is None:
        assert feats[1:] == ("punct",)
        return
    last = len(token)
    while last > first.end() and not token[last - 1].isalnum():
        last -= 1
    core, trail = token[first.start() : last], token[last:]
    assert ("year" in feats) == bool(tp.TAGGER_YEAR.match(core))
    assert ("range" in feats) == bool(tp.TAGGER_RANGE.match(core))
    assert ("roman" in feats) == bool(tp.TAGGER_ROMAN.match(core))
    initial = tp.TAGGER_INITIAL.match(core + trail[:1]) or (len(core) == 1 and core.isupper())
    assert ("initial" in feats) == bool(initial)


def lexicon_markers(code: str) -> frozenset[str]:
    """The function words that tell language ``code``."""
    markers: frozenset[str] = getattr(lexicon, code).LANGUAGE_MARKERS
    return markers


MARKER_WORDS = sorted(word for code in ("it", "de", "fr", "en") for word in lexicon_markers(code))


@given(st.lists(st.sampled_from(MARKER_WORDS) | st.text(max_size=6), max_size=30))
def test_language_counts_each_languages_function_words(tokens: list[str]) -> None:
    # one look-up per token gives the count per language, ties to the first of it/de/fr/en
    counts = {code: sum(t.casefold() in lexicon_markers(code) for t in tokens) for code in
              ("it", "de", "fr", "en")}  # fmt: skip
    best = max(counts.values())
    expected = "x" if best == 0 else next(code for code, n in counts.items() if n == best)
    assert tagger.language(tokens) == expected


@given(PRINTABLE, st.sampled_from(["it", "de", "fr", "en", "x"]))
def test_the_features_take_the_language_the_caller_read(text: str, lang: str) -> None:
    spans = tagger.tokenise(text)
    labels = ["none", "title", "author"] * len(spans)
    told = tagger.features(text, spans, labels[: len(spans)])
    assert (
        tagger.features(
            text, spans, labels[: len(spans)], reference_language=tagger.language(text.split())
        )
        == told
    )
    given_lang = tagger.features(text, spans, labels[: len(spans)], reference_language=lang)
    assert all(item[-1].startswith(f"lang={lang}:") for item in given_lang)
    assert [item[:-1] for item in given_lang] == [item[:-1] for item in told]


def test_every_cache_of_the_parser_is_bounded() -> None:
    # issue 12, memory flat: a word cache grows with the input unless it has a size; the
    # unbounded ones are keyed by a few labels, languages and positions (and the model file)
    finite_keys = {"_rule_features", "_rule_pair", "_language_rule", "_context", "_open_model"}
    unbounded = []
    for info in pkgutil.iter_modules(parse_package.__path__):
        module = importlib.import_module(f"citex.parse.{info.name}")
        for name, value in vars(module).items():
            cache_parameters = getattr(value, "cache_parameters", None)
            if cache_parameters and cache_parameters()["maxsize"] is None:
                unbounded.append(name)
    assert set(unbounded) <= finite_keys
