"""Names of authors, editors and translators: a printed list -> CSL names.

``parse_names("Smith, J. A., Jones, B. and C. Brown")`` gives three :class:`Name`
records. Inverted (``Family, Given``), direct (``Given Family``) and Vancouver
(``Smith JA``) forms are read; particles and suffixes are kept apart; a body such as
``World Health Organization`` or anything that will not split goes whole into
``literal`` (after anystyle ``normalizer/names.rb``).
"""

from __future__ import annotations

from collections.abc import Callable

from citex import lexicon
from citex.parse.name_patterns import (
    CORPORATE,
    CORPORATE_HEAD,
    CORPORATE_WORD,
    ET_AL,
    INVERTED_INITIAL,
    JOINER,
    NAME_INITIALS,
    NAME_PARTICLE,
    NAME_SEPARATOR,
    NAME_SUFFIX,
    NAME_WORD,
    ORGANISATION_NAME,
)
from citex.records import Name

_TRIM = " \t,;:.()[]"
_MAX_WORDS_PER_PERSON = 6
_WORD_CACHE = 8192  # the same name words come back reference after reference
_CACHED_WORD_LENGTH = 40  # longer "words" (hostile input) are tested, not kept


def cached_test(
    test: Callable[[str], object], *, max_length: int = _CACHED_WORD_LENGTH
) -> Callable[[str], bool]:
    """``test`` (a pattern's match or search) as a yes/no, remembered for short texts.

    Name words, publishers and journal words come back reference after reference; a
    dictionary lookup is much cheaper than running the pattern again. Longer texts
    (hostile input) are tested each time and not kept; a full table starts again empty
    (memory stays flat). ``cache_clear()`` forgets. (A plain dictionary: these tests run
    some forty times a reference, and an ``lru_cache`` call behind a length test costs
    twice as much.)
    """
    known: dict[str, bool] = {}

    def cached_yes_no(text: str) -> bool:
        answer = known.get(text)
        if answer is None:
            answer = test(text) is not None
            if len(text) <= max_length:
                if len(known) >= _WORD_CACHE:
                    known.clear()
                known[text] = answer
        return answer

    cached_yes_no.cache_clear = known.clear  # type: ignore[attr-defined]
    return cached_yes_no


# word tests on a whole word; "starts" tests are the pattern's match() at the word start
starts_with_initials = cached_test(NAME_INITIALS.match)  # "J.", "JA", "J.-P."
is_name_word = cached_test(NAME_WORD.fullmatch)  # the whole word can be part of a name
starts_with_joiner = cached_test(JOINER.match)  # "and", "&", "e", "und"
starts_with_suffix = cached_test(NAME_SUFFIX.match)  # "Jr."
starts_with_particle = cached_test(NAME_PARTICLE.match)  # "van", "della"
_is_corporate = cached_test(CORPORATE.search, max_length=200)  # "World Health Organization"
_is_organisation = cached_test(ORGANISATION_NAME.fullmatch, max_length=200)  # "… Rowing Club"
_CORPORATE_NOUNS = lexicon.words("CORPORATE_NOUNS")  # "Collective", "Amt", "Istituto"
_CORPORATE_ENDINGS = tuple(lexicon.words("CORPORATE_ENDINGS"))  # "Landes|ministerium"
_LEGAL_FORMS = tuple(lexicon.words("LEGAL_FORMS"))  # "e.V.", "GmbH", "Ltd."
# the small words a body's name may hold between its capitalised ones
_BODY_JOINERS = frozenset(
    {"&"}.union(*(lexicon.words(key) for key in ("ARTICLES", "PARTICLES", "FUNCTION_WORDS")))
)
# how a list closed by ET_AL ends ("et al.", "u. a.", "and others", "[et al.]", "…")
_ET_AL_ENDINGS = ("al", "al.", "others", "a.", "u. a", "u.a", "altri", "coll.", "]", "…")


def parse_names(text: str) -> tuple[Name, ...]:
    """Split a printed list of people into CSL names.

    Args:
        text: the names as printed, e.g. ``"Fields, Karen E., and Barbara J. Fields"``.

    Returns:
        One :class:`Name` per person, in order; ``()`` for empty text. ``et al.`` is
        dropped. A corporate author or an unsplittable string becomes ``Name(literal=...)``.
    """
    text = " ".join(text.split())
    if text.endswith(_ET_AL_ENDINGS):
        text = ET_AL.sub("", text)
    text = text.strip(" ,;:")
    if text.endswith(("’s", "'s")):
        text = text[:-2]  # "Omar Fenn’s “Against the Grain”": the author, possessive (issue 11)
    if not text.strip(_TRIM):
        return ()
    if not INVERTED_INITIAL.search(text) and (
        _is_corporate(text) or _is_organisation(text) or is_corporate_body(text)
    ):
        return (Name(literal=text.strip(" ,;:")),)
    people: list[Name] = []
    for chunk in NAME_SEPARATOR.split(text):
        people.extend(_split_commas(chunk))
    return tuple(people)


def corporate_body_end(text: str) -> int:
    """Where a body's name at the start of ``text`` ends (0 when it opens with none).

    A body is a run of capitalised words (and the small words between them) holding a noun
    no person is called by (``Collective``, ``Amt``, ``Landesministerium``) or closed by a
    legal form (``nordlicht e.V.``), and followed by its date, a colon or the title: the
    issue-11 shapes ``Landesministerium für Verkehr, Bauen und Wohnen (2011):`` and
    ``Statistisches Amt Nord: Pendlerzählung``.
    """
    if CORPORATE_WORD.search(text, 0, 200) is None:
        return 0  # (most references: no body's word near the start)
    m = CORPORATE_HEAD.match(text)
    if m is None:
        return 0
    name = m.group("name")
    if m.group("close").strip() == "." and any(w in _BODY_JOINERS for w in name.split()):
        return 0  # "Ministry of Fear. London": after a full stop only all-capitalised names
    return m.end("name") if is_corporate_body(name) else 0


def has_body_word(words: list[str]) -> bool:
    """Whether ``words`` hold a noun no person is called by, or a compound ending in one (set
    lookups: a cheap first test, as most names hold none)."""
    if not _CORPORATE_NOUNS.isdisjoint(word.rstrip(",") for word in words):
        return True
    for word in words:
        if len(word) > 6 and word.rstrip(",").lower().endswith(_CORPORATE_ENDINGS):
            return True
    return False


def is_corporate_body(text: str) -> bool:
    """Whether ``text`` names a body (see :func:`corporate_body_end`), not people."""
    name = text.strip(" ,;:")
    legal = name.endswith(_LEGAL_FORMS)
    words = name.split()
    if not legal and not has_body_word(words):
        return False
    if not words or len(words) > 12:
        return False
    body = legal
    comma = False  # the body's noun comes before any comma ("Ministerium für X, Y und Z")
    for i, word in enumerate(words):
        bare = word.rstrip(",")
        if not comma and (
            bare in _CORPORATE_NOUNS
            or (bare[:1].isupper() and len(bare) > 6 and bare.lower().endswith(_CORPORATE_ENDINGS))
        ):
            body = True
            comma = word.endswith(",")
            continue
        comma = comma or word.endswith(",")
        if bare in _BODY_JOINERS or (legal and (i == 0 or bare in _LEGAL_FORMS)):
            continue
        if not bare[:1].isupper() or (_is_initials(bare) and not (i == 0 and "." in bare[:2])):
            return False  # (a country's dotted abbreviation may open it: "U.S. Army Corps")
    return body


def _split_commas(chunk: str) -> list[Name]:
    """Read one separator-free chunk, which may still hold several comma-joined people."""
    parts = [p.strip(" .") if not _is_initials(p.strip()) else p.strip() for p in chunk.split(",")]
    parts = [p for p in parts if p.strip(_TRIM)]
    names: list[Name] = []
    i = 0
    while i < len(parts):
        part = parts[i]
        nxt = parts[i + 1] if i + 1 < len(parts) else None
        if nxt is not None and starts_with_suffix(nxt):
            names.append(_with_suffix(_direct(part), nxt))
            i += 2
            continue
        if nxt is not None and _inverted_pair(part, nxt, first=not names, alone=len(parts) == 2):
            suffix = (
                parts[i + 2] if i + 2 < len(parts) and starts_with_suffix(parts[i + 2]) else None
            )
            names.append(_with_suffix(_inverted(part, nxt), suffix))
            i += 3 if suffix else 2
            continue
        names.append(_direct(part))
        i += 1
    return names


def _is_initials(token: str) -> bool:
    """True for ``J.``, ``J.-P.``, ``JA``, ``M. C. L.``."""
    return starts_with_initials(token.strip())


def _is_particle(word: str) -> bool:
    """``van``, ``della``, ``DOS`` (in an upper-case family name)."""
    return starts_with_particle(word.lower() if word.isupper() else word)


def _inverted_pair(family: str, given: str, *, first: bool, alone: bool = False) -> bool:
    """Whether ``family, given`` is one inverted name rather than two people."""
    fam_words = family.split()
    giv_words = given.split()
    if not fam_words or not giv_words or len(fam_words) > 4 or len(giv_words) > 4:
        return False
    if _is_initials(given) or all(_is_initials(w) for w in giv_words):
        # "Smith, J." but not "J. Smith, A. Jones" (there the family part starts with initials)
        return not _is_initials(fam_words[0]) or len(fam_words) == 1
    if family.isupper() and any(len(w) >= 4 for w in fam_words) and not given.isupper():
        return True  # "DOS SANTOS, Renzo" (ABNT, French bibliographies)
    if any(_is_initials(w) for w in fam_words) and len(fam_words) > 1:
        return False  # "J. Smith, Anna Jones": two direct names
    if alone and len(giv_words) == 1:
        return True  # "García Márquez, Gabriel": one person, family first
    # "Hearn, Lafcadio" / "Lakoff, George": only the first name of a list is inverted in
    # Chicago and MLA, and a one-word family part is the sign of it.
    return first and (len(fam_words) == 1 or _is_particle(fam_words[0]))


def _inverted(family: str, given: str) -> Name:
    """``Family, Given`` (with a particle either side: ``van Gogh, V.`` / ``Gogh, V. van``)."""
    family_words = family.split()
    particle_words: list[str] = []
    while len(family_words) > 1 and _is_particle(family_words[0]):
        particle_words.append(family_words.pop(0))
    given_words = given.split()
    while len(given_words) > 1 and starts_with_particle(given_words[-1]):
        particle_words.insert(0, given_words.pop())
    return Name(
        family=" ".join(family_words),
        given=" ".join(given_words) or None,
        particle=" ".join(particle_words) or None,
    )


def _direct(text: str) -> Name:
    """``Given Family``, ``Family JA`` (Vancouver), ``J. Smith``, or a literal."""
    words = text.strip(_TRIM).split()
    if not words:
        return Name(literal=text.strip())
    if len(words) > _MAX_WORDS_PER_PERSON or _is_corporate(text):
        return Name(literal=" ".join(words))
    suffix = None
    if len(words) > 1 and starts_with_suffix(words[-1]):
        suffix = words.pop()
    if len(words) == 1:
        return Name(family=words[0], suffix=suffix)
    if starts_with_particle(words[0]) and not any(_is_initials(w) for w in words):
        # "van Arragon", "de la Macorra"
        cut = 0
        while cut < len(words) - 1 and starts_with_particle(words[cut]):
            cut += 1
        return Name(family=" ".join(words[cut:]), particle=" ".join(words[:cut]), suffix=suffix)
    if len(words) >= 2 and _vancouver_initials(words[-1]) and not _is_initials(words[0]):
        # "Smith JA", "van der Berg AB"
        return _with_suffix(_inverted(" ".join(words[:-1]), words[-1]), suffix)
    if _caps_family(words):
        # "MORANDI Teodoro", "DURAND Claire": the family name in capitals comes first
        return _with_suffix(_inverted(words[0], " ".join(words[1:])), suffix)
    if _is_initials(words[-1]) and not _is_initials(words[0]):
        # "Smith J. A." written without a comma
        cut = len(words)
        while cut > 1 and _is_initials(words[cut - 1]):
            cut -= 1
        return _with_suffix(_inverted(" ".join(words[:cut]), " ".join(words[cut:])), suffix)
    family_start = len(words) - 1
    while family_start > 1 and starts_with_particle(words[family_start - 1]):
        family_start -= 1
    given = words[:family_start]
    particle = []
    rest = words[family_start:]
    while len(rest) > 1 and starts_with_particle(rest[0]):
        particle.append(rest.pop(0))
    return Name(
        family=" ".join(rest),
        given=" ".join(given) or None,
        particle=" ".join(particle) or None,
        suffix=suffix,
    )


def _caps_family(words: list[str]) -> bool:
    """``FAMILY Given [Given]``: a first word in capitals, then given names that are not."""
    first = words[0]
    return (
        len(first) > 2
        and first.isupper()
        and first.isalpha()
        and all(w[:1].isupper() and not w.isupper() and w.isalpha() for w in words[1:])
    )


def _vancouver_initials(word: str) -> bool:
    """Run-together capitals as in ``Smith JA``: 1-3 capital letters, no dots."""
    return 1 <= len(word) <= 3 and word.isupper() and word.isalpha()


def _with_suffix(name: Name, suffix: str | None) -> Name:
    """The same name with ``suffix`` (``Jr.``) when one was printed."""
    if not suffix:
        return name
    return Name(
        family=name.family,
        given=name.given,
        particle=name.particle,
        suffix=suffix.strip(" ,"),
        literal=name.literal,
    )
