"""A learned sequence tagger: the tokens of a reference -> field labels (a linear-chain CRF).

The reference is cut once into whitespace tokens. Each distinct token's own features (the
word, its shape, the punctuation around it, the word classes it belongs to) are computed once
and remembered, so a batch pays for a word the first time it sees it. A token's item adds its
neighbours' features, where it stands (how many commas and full stops come before it, whether
an ``in`` or a year did, whether it is inside quotation marks) and what the rule parser made of
it (``rule=title``): the rules are features, and the model learns where to overrule them. The
model (CRFsuite through python-crfsuite) is trained by :mod:`citex.parse.training` on
LinkedBooks (Italian humanities) and AnyStyle's core set, and ships in ``parse/model/``.
"""

from __future__ import annotations

import string
import sys
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import pycrfsuite  # type: ignore[import-untyped]

from citex import lexicon
from citex.parse import tagger_patterns as tp

MODEL = Path(__file__).resolve().parent / "model" / "tagger.crfsuite"
LABELS = (
    "author", "editor", "translator", "title", "container", "collection", "publisher", "place",
    "date", "volume", "issue", "pages", "edition", "url", "doi", "note", "archive",
    "archive_location", "abbrev", "in", "other",
)  # fmt: skip
_MAX_TOKENS = 250  # a longer "reference" is not one (hostile input): the rules alone read it
_TOKEN_CACHE = 16_384  # ~0.8 of LinkedBooks' tokens are hits (0.83 with 65,536), in ~12 MB
_MAX_CACHED_TOKEN = 40  # longer "words" (hostile input) are featurised, not remembered
_OPEN_QUOTES = '«“„‹"'
_CLOSE_QUOTES = "»”›"
_OPENING = frozenset(_OPEN_QUOTES)
_DASHES = frozenset("-–—‐")  # (the dashes of a page range, tagger_patterns.TAGGER_RANGE)
_ROMAN_DIGITS = "IVXLCDMivxlcdm"
_LENGTH = tuple(f"len={length}" for length in range(9))

# the word classes the features name (``lex=place``) and the lexicon's sets they come from,
# in order: a word in two sets is of the first class (``ed``: a role before a connective)
_WORD_CLASSES = (
    ("month", "MONTHS"),
    ("pagelabel", "PAGE_LABELS"),
    ("vollabel", "VOLUME_LABELS"),
    ("issuelabel", "ISSUE_LABELS"),
    ("in", "CONTAINER_WORDS"),
    ("role", "ROLE_WORDS"),
    ("abbrev", "CITE_ABBREVIATIONS"),
    ("publisher", "PUBLISHER_WORDS"),
    ("archive", "ARCHIVE_WORDS"),
    ("func", "CONNECTIVES"),
)


def _lexicon() -> dict[str, str]:
    """Casefolded word -> its class: places first (the publishing cities and towns), then
    the classes of :data:`_WORD_CLASSES` in order."""
    places = (*lexicon.PUBLISHING_CITIES, *lexicon.TOWNS)
    classes = {city.casefold(): "place" for city in places}
    for kind, name in _WORD_CLASSES:
        words = lexicon.MONTHS if name == "MONTHS" else lexicon.words(name)
        for word in sorted(words):
            classes.setdefault(word.casefold().rstrip("."), kind)
    return classes


_LEXICON = _lexicon()
# the languages whose function words tell a reference's language, in the order that breaks
# a tie (the tagger's training data is mostly Italian)
_TOLD_LANGUAGES = ("it", "de", "fr", "en")


def _marker_languages() -> dict[str, tuple[str, ...]]:
    """Each function word (casefolded) -> the languages it tells, in :data:`_TOLD_LANGUAGES`
    order."""
    told: dict[str, tuple[str, ...]] = {}
    for code in _TOLD_LANGUAGES:
        for word in getattr(lexicon, code).LANGUAGE_MARKERS:
            told[word] = (*told.get(word, ()), code)
    return told


_MARKER_LANGUAGES = _marker_languages()


def tokenise(text: str) -> list[tuple[int, int]]:
    """The spans ``(start, end)`` of the whitespace-separated tokens of ``text``."""
    words = text.split(" ")
    if words != text.split() or len(max(words, key=len, default="")) > _MAX_TOKEN_CHARS:
        return [m.span() for m in tp.TAGGER_TOKEN.finditer(text)]
    # the parser's text: words between single spaces (str.split() counts every character
    # the pattern's \s does as a space, and more), so the words are the pattern's tokens
    spans = []
    start = 0
    for word in words:
        end = start + len(word)
        spans.append((start, end))
        start = end + 1
    return spans


_MAX_TOKEN_CHARS = 200  # a longer run is cut into tokens of this length (tagger_token)


def language(tokens: Iterable[str]) -> str:
    """The language whose function words the tokens use most: ``it``/``de``/``fr``/``en``,
    ``x`` when none."""
    counts = dict.fromkeys(_TOLD_LANGUAGES, 0)
    for languages in map(_MARKER_LANGUAGES.get, map(str.casefold, tokens)):
        if languages:  # (one look-up per token, not one per language)
            for code in languages:
                counts[code] += 1
    best, best_count = "x", 0
    for code, count in counts.items():
        if count > best_count:
            best, best_count = code, count
    return best


def _quote_depth(token: str, depth: int) -> int:
    """The quotation depth after ``token``: ``«`` ``“`` ``„`` open, ``»`` ``”`` close, and so do
    ``"`` and a German closing ``“`` when a quotation is open."""
    for ch in token:
        if ch in _CLOSE_QUOTES or (depth and ch in '"“'):
            depth = max(depth - 1, 0)
        elif ch in _OPEN_QUOTES:
            depth = min(depth + 1, 2)
    return depth


def _shape(core: str) -> str:
    """``Xx``, ``X``, ``x``, ``d``, ``X.X``: runs of case and digits, lengths dropped."""
    head = core[:12]
    if head.isascii():  # (most words: one table look-up per character, in C)
        return _runs(head.translate(_ASCII_SHAPE))
    return _runs(
        "".join(
            "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
            for ch in head
        )
    )


_ASCII_SHAPE = str.maketrans(
    string.ascii_uppercase + string.ascii_lowercase + string.digits,
    "X" * 26 + "x" * 26 + "d" * 10,
)


@lru_cache(maxsize=4096)
def _runs(marks: str) -> str:
    """``marks`` with each run of one character written once (``Xxxxx`` -> ``Xx``)."""
    out: list[str] = []
    for mark in marks:
        if not out or out[-1] != mark:
            out.append(mark)
    return "".join(out)


def _word_features(token: str) -> tuple[str, ...]:
    """What a token says by itself: identity, shape, edge punctuation, word classes."""
    first = tp.TAGGER_INNER.search(token)
    if first is None:
        return ("w=" + token[:8], "punct")
    last = len(token)
    while last > first.end() and not token[last - 1].isalnum():
        last -= 1
    core = token[first.start() : last]
    lower = core.casefold()
    lead = token[: first.start()]
    trail = token[last:]
    feats = [
        "w=" + lower,
        "s=" + _shape(core),
        "p3=" + lower[:3],
        "x3=" + lower[-3:],
        "lead=" + lead[-1:],
        "trail=" + trail[:2],
        _LENGTH[min(len(core), 8)],
    ]
    # (each pattern is tried only where a character it needs is there: most words are none)
    if core[0] in "12" and 4 <= len(core) <= 5 and tp.TAGGER_YEAR.match(core):
        feats.append("year")
    elif core.isdigit():
        feats.append("num" + str(min(len(core), 5)))
    if not _DASHES.isdisjoint(core) and tp.TAGGER_RANGE.match(core):
        feats.append("range")
    if len(core) <= 8 and core[0] in _ROMAN_DIGITS and tp.TAGGER_ROMAN.match(core):
        feats.append("roman")
    if ((core[1:2] or trail[:1]) == "." and tp.TAGGER_INITIAL.match(core + trail[:1])) or (
        len(core) == 1 and core.isupper()
    ):
        feats.append("initial")
    elif len(core) == 1 and core.islower() and trail[:1] == ".":
        feats.append("initial_lower")  # small capitals read by OCR: "piscina a.", "rossi a."
    if core.isupper() and len(core) > 1:
        feats.append("caps")
    if "(" in lead and ")" in trail:
        feats.append("parens")
    kind = _LEXICON.get(lower)
    if kind:
        feats.append("lex=" + kind)
    return tuple(feats)


def _token_features(token: str) -> _TokenFeatures:
    """A token's own features, the same as its next and previous neighbours see them
    (neighbours see all but the affixes and the length), and its word as the tokens two
    places away see it.

    The strings are shared: most (``s=Xx``, ``-1:trail=,``) recur in every cached token,
    and one copy of each (interned, or made once by :func:`_neighbour_forms`) keeps the
    cache small (issue 12: memory flat).
    """
    own = tuple(map(sys.intern, _word_features(token)))
    # neighbours see all but the affixes and the length (own[2], own[3], own[6]); a token
    # with no letter or digit has two features, both seen
    word, *seen = own if len(own) < 7 else (*own[:2], *own[4:6], *own[7:])
    forms = [_neighbour_forms(feature) for feature in seen]
    return (
        own,
        ("-1:" + word, *[before for before, _ in forms]),
        ("+1:" + word, *[after for _, after in forms]),
        "-2:" + word,
        "+2:" + word,
    )


@lru_cache(maxsize=4096)
def _neighbour_forms(feature: str) -> tuple[str, str]:
    """A feature (not a word: ``s=Xx``, ``trail=,``) as the next and the previous token see
    it, made once: these recur in every cached token."""
    return "-1:" + feature, "+1:" + feature


_TokenFeatures = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str, str]
_cached_token_features = lru_cache(maxsize=_TOKEN_CACHE)(_token_features)

# feature strings made once, not per token: position tenths, pieces, the rules' labels
_POSITION = tuple(f"pos={tenth}" for tenth in range(10))
_PIECE = tuple(f"piece={count}" for count in range(7))


@cache
def _rule_features(label: str) -> tuple[str, str, str]:
    """The features naming the rules' label of a token, its previous one and its next one."""
    return "rule=" + label, "-1:rule=" + label, "+1:rule=" + label


@cache
def _rule_pair(before: str, label: str) -> str:
    """The feature of the rules' labels of a token and the one before it."""
    return "rules=" + before + ">" + label


@cache
def _language_rule(lang: str, label: str) -> str:
    """The feature of the rules' label of a token in a reference's language."""
    return "lang=" + lang + ":" + label


@cache
def _context(position: int, piece: int, flags: int) -> tuple[str, ...]:
    """The features of where a token stands: its tenth of the reference, how many pieces
    came before it, and the :data:`_FLAGS` set in ``flags`` (at most 10 * 7 * 16 tuples)."""
    return (
        _POSITION[position],
        _PIECE[piece],
        *(name for bit, name in enumerate(_FLAGS) if flags >> bit & 1),
    )


# the features of bits 1, 2, 4 and 8 of _context's flags
_FLAGS = ("after_in", "after_year", "quoted", "paren")


def features(
    text: str,
    spans: Sequence[tuple[int, int]],
    rule_labels: Sequence[str],
    *,
    reference_language: str | None = None,
) -> list[list[str]]:
    """One feature list per token of ``text`` (``spans`` from :func:`tokenise`).

    Besides the token's and its neighbours' own features: where it stands, whether it is in
    quotation marks or parentheses, the rules' label of it and its neighbours, the rules' label
    with the reference's language (the rules are better in some languages than in others;
    ``reference_language`` when the caller knows it already) and the rules' label pair with
    the token before (where the rules start a new field).

    Each list is built in one go from the tuples remembered per token, per label and per
    context, in the order the model was trained with.
    """
    tokens = [text[s:e] for s, e in spans]
    per = [
        _cached_token_features(t) if len(t) <= _MAX_CACHED_TOKEN else _token_features(t)
        for t in tokens
    ]
    rules = [_rule_features(label) for label in rule_labels]
    lang = language(tokens) if reference_language is None else reference_language
    n = len(per)
    out = []
    after = 0  # the flags a token passes on: after_in 1, after_year 2
    pieces = 0  # commas and full stops closing the tokens before this one
    quoted = parens = 0
    for i, token in enumerate(tokens):
        own = per[i][0]
        rule = rule_labels[i]
        flags = after
        if quoted or token[0] in _OPEN_QUOTES:
            flags |= 4
        if parens or token[0] == "(":
            flags |= 8
        if i:
            before = per[i - 1]
            wide = (per[i - 2][3],) if i > 1 else ()
            before_feats = (
                *before[1],
                *wide,
                rules[i - 1][1],
                _rule_pair(rule_labels[i - 1], rule),
            )
        else:
            before_feats = _BOS
        if i + 1 < n:
            wide = (per[i + 2][4],) if i + 2 < n else ()
            after_feats = (*per[i + 1][2], *wide, rules[i + 1][2])
        else:
            after_feats = _EOS
        out.append(
            [
                *own,
                *_context(10 * i // n, pieces if pieces < 6 else 6, flags),
                *before_feats,
                *after_feats,
                rules[i][0],
                _language_rule(lang, rule),
            ]
        )
        if token[-1] in ",.;:":
            pieces += 1
        if quoted or not _OPENING.isdisjoint(token):  # (closing marks alone change no 0)
            quoted = _quote_depth(token, quoted)
        if parens or "(" in token:
            parens = max(0, min(parens + token.count("(") - token.count(")"), 2))
        if own[-1] == "lex=in":  # (a word class is a token's last feature)
            after |= 1
        if not after & 2 and "year" in own:
            after |= 2
    return out


_BOS = ("BOS",)
_EOS = ("EOS",)


# the rule parser's string fields and the tagger label each stands for
_RULE_STRING_FIELDS = (
    ("title", "title"),
    ("container_title", "container"),
    ("collection_title", "collection"),
    ("publisher", "publisher"),
    ("publisher_place", "place"),
    ("edition", "edition"),
    ("url", "url"),
    ("doi", "doi"),
    ("volume", "volume"),
    ("issue", "issue"),
    ("page", "pages"),
)


def rule_labels(text: str, spans: Sequence[tuple[int, int]], fields: dict[str, Any]) -> list[str]:
    """The rule parser's field for each token (``none`` where it put the token nowhere).

    The rules keep values, not spans: a value is looked for in ``text`` (its first
    occurrence), and a name's words are matched word by word. A token takes the label of
    its first letter or digit: that of the first field (in the order below) whose value
    covers it.
    """
    marked: list[tuple[int, int, str]] = []

    def mark(value: object, label: str) -> None:
        if not isinstance(value, str) or not value:
            return
        start = text.find(value)
        if start >= 0:
            marked.append((start, start + len(value), label))

    for key, label in _RULE_STRING_FIELDS:
        mark(fields.get(key), label)
    issued = fields.get("issued")
    if issued is not None and issued.year:
        mark(str(issued.year), "date")
    locator = fields.get("locator")
    if locator is not None:
        mark(locator.value, "locator")
    chars: list[str | None] = [None] * len(text)
    for start, end, label in reversed(marked):  # so the first field marked wins
        chars[start:end] = [label] * (end - start)
    name_words: dict[str, str] = {}
    for role in ("author", "editor", "translator"):
        for name in fields.get(role, ()):
            for part in (name.family, name.given, name.literal):
                for word in (part or "").split():
                    name_words.setdefault(word.strip(".,"), role)
    out = []
    for s, e in spans:
        if text[s].isalnum():  # (most tokens: no search for the first letter or digit)
            found = chars[s]
        else:
            found = next((chars[i] for i in range(s, e) if text[i].isalnum()), None)
        if found is None:
            found = name_words.get(text[s:e].strip(".,;:()[]"))
        out.append(found or "none")
    return out


_active_model = [MODEL]  # the model file tag() uses (see use_model)


@cache
def _open_model(path: Path) -> Any:
    """The CRF at ``path``, opened once (``None`` when there is no such file)."""
    if not path.is_file():
        return None
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger


def _model() -> Any:
    """The model in use: the shipped one unless :func:`use_model` named another."""
    return _open_model(_active_model[0])


def use_model(path: Path = MODEL) -> None:
    """Tag with the model at ``path`` from now on (cross-validation trains its own models;
    with no argument, back to the shipped one)."""
    _active_model[0] = path


def has_model() -> bool:
    """Whether the learned tagger is available."""
    return _model() is not None


def tag(
    text: str,
    spans: Sequence[tuple[int, int]],
    fields: dict[str, Any],
    *,
    reference_language: str | None = None,
) -> list[str]:
    """The model's label for each token of ``text``, given what the rules found (``fields``);
    ``[]`` when there is no model or the text is too long to be one reference
    (``reference_language``: its :func:`language`, when the caller knows it already).

    (Letting the rules' label stand where the model's marginal probability is low measured
    worse on both LinkedBooks and core.xml: the model already weighs the rules' labels.)
    """
    model = _model()
    if model is None or not spans or len(spans) > _MAX_TOKENS:
        return []
    items = features(
        text, spans, rule_labels(text, spans, fields), reference_language=reference_language
    )
    labels: list[str] = model.tag(items)
    return labels
