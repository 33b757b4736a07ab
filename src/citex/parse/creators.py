"""Authors, editors and translators: where the creator list at the head ends, and the
roles written after a title (``ed. by``, ``a cura di``, ``(F. Brown, Trans.)``).
"""

from __future__ import annotations

import regex

from citex import lexicon
from citex.parse import imprint_patterns as pi
from citex.parse import name_patterns as pn
from citex.parse import patterns as p
from citex.parse.names import (
    corporate_body_end,
    has_body_word,
    is_corporate_body,
    is_name_word,
    parse_names,
    starts_with_initials,
    starts_with_joiner,
    starts_with_particle,
    starts_with_suffix,
)
from citex.parse.shapes import is_city, is_publisher, opens_title
from citex.parse.state import HOLE, TRIM, NameField, ParseState


def parse_roles_in_parens(work: ParseState) -> None:
    """``(F. Brown, Trans.)`` / ``(J. Smith, Ed.)`` after a title: translators or editors."""
    if ".)" not in work.rest:
        return  # (the role's full stop and the closing parenthesis)
    m = pn.ROLE_IN_PARENS.search(work.rest)
    if not m:
        after = pn.TRANSLATORS_THEN_ROLE.search(work.rest)
        if after and (names := parse_names(after.group("names"))):
            work.fields.setdefault("translator", names)  # "Homo Academicus, Peter Collier (trans.)"
            work.take(after.start(), after.end())
        return
    names = parse_names(m.group("names"))
    if names:
        key: NameField = "editor" if m.group("role").lower().startswith("ed") else "translator"
        work.fields.setdefault(key, names)
        edition = p.EDITION.search(m.group("pre") or "")
        if edition:
            work.fields["edition"] = edition.group(
                "edition"
            ).strip()  # "(2nd ed.; C. Müller, Trans.)"
        work.take(m.start(), m.end())


def all_names(text: str) -> bool:
    """Whether ``text`` is an author list and nothing more."""
    stripped = text.rstrip(" (")
    end = author_end(stripped + HOLE)
    return end > 0 and not p.LETTER.search(stripped, end)


def looks_like_names(text: str) -> bool:
    """A stretch made of name words: capitals, initials, particles, ``and``, ``et al.``."""
    words = text.replace(",", " ").replace(";", " ").split()
    if not words or len(words) > 40:
        return False
    good = 0
    for word in words:
        w = word.strip(".():")
        if not w or (
            w[0].isupper()
            or starts_with_particle(w)
            or w in ("and", "&", "et", "al", "und", "e", "y", "eds", "ed")
        ):
            good += 1
    return good >= len(words) - 1 and good / len(words) > 0.8


def set_authors(work: ParseState, text: str) -> None:
    """Store the authors read from ``text`` (editors when marked ``(eds.)``)."""
    text = text.strip()
    work.author_comma = text.endswith(",")
    text = text.strip(" ,;:(" + HOLE)
    last = text.rsplit(" ", 1)[-1]
    if (
        text.endswith(".")
        and not starts_with_initials(last)
        and not starts_with_suffix(last)
        and not is_corporate_body(text)  # "nordlicht e.V.": the full stop is the legal form's
    ):
        text = text[:-1]
    if not text:
        return
    role = pn.EDITOR_ROLE.search(text) or pn.EDITORS_SUFFIX.search(text)
    key: NameField = "author"
    if role:
        text = (text[: role.start()] + text[role.end() :]).strip(TRIM)
        key = "editor"
    names = parse_names(text)
    if names:
        work.fields[key] = names


_JOINER_FIRST = frozenset("a&ueyw.…/")  # first characters of the words JOINER knows
_LIST_WORDS = frozenset({"al.", "al.,", "/", "-", "–", "...", "…"})  # ("Rossi A. - Bianchi B.")
# the particles NAME_PARTICLE knows, as a set for the word-by-word scan
_PARTICLES = lexicon.words("PARTICLES")  # "et al.", and the slash of German lists


def author_end(text: str, *, short: bool = False) -> int:
    """Where the author list at the start of ``text`` ends (0 when there is none).

    Scans word by word while words look like parts of names, and stops at the full stop
    that ends the list (not one after an initial), at a colon, or at a comma after which
    no further name follows. Running into a word that is no name before any of those
    means there was no author list. A body's name (:func:`corporate_body_end`) is one
    creator, commas and ``und`` included. In a ``short`` form (``Serge, Memoirs, p. 219``) a
    name is never followed by its given name alone.
    """
    # "Landesministerium für Verkehr, Bauen und Wohnen (2011):": a body, whole, where the
    # word-by-word scan finds no person or reads part of a body (people are looked for
    # first: most references have them)
    end = _people_end(text, short=short)
    if text[1:2] == "." and (body := pn.ABBREVIATED_BODY.match(text)):
        name = body.group("name")
        if " of " in name or has_body_word(name.split()):
            return body.end()  # "U.S. Department of Transportation.": not the person "U.S."
    if end and not has_body_word(text[:end].split()):
        return end
    return corporate_body_end(text) or end


def _people_end(text: str, *, short: bool) -> int:
    """:func:`author_end` for a list of people."""
    pos = 0
    n = len(text)
    person_words = 0
    terminated = 0
    words_seen = 0
    inverted = False  # "Family, Given" seen: the next "Family," awaits its given name too
    has_given = False  # the current person has its given name or initials already
    initial_first = False  # the current person began with an initial ("A. Anderson")
    family_first = False  # the current person began with a family name without a comma
    vancouver = False  # the list writes "Family AB," (initials without dots)
    direct_slash = False  # "Eva Roth/Tobias Weber, Title": people "Given Family" joined by "/"
    while pos < n and words_seen < 80:
        while pos < n and text[pos] == " ":
            pos += 1
        if pos >= n:
            return terminated
        if text[pos] in HOLE + "(":
            return pos if words_seen else 0
        if words_seen and text[pos] in "eua" and (closing := pn.ET_AL_HERE.match(text, pos)):
            return closing.end()  # "Meyer, H., Schulz, K. u. a. (2008)": the list ends
        end = text.find(" ", pos)
        end = n if end < 0 else end
        hole = text.find(HOLE, pos, end)
        if hole >= 0:
            end = hole
        word = text[pos:end]
        inner_comma = word.find(",", 0, len(word) - 1)
        if inner_comma > 0:  # "Keil,K.": a comma without its space still ends the word
            end = pos + inner_comma + 1
            word = text[pos:end]
        slash = word.find("/", 0, len(word) - 1)
        if slash == 0 or (slash > 0 and word[slash - 1] != "/"):
            # "Huber, Marion/Kaiser, Jens": a slash joins two people even without spaces
            end = pos + max(slash, 1)
            word = text[pos:end]
        words_seen += 1
        pos = end
        if word == ":" and words_seen > 1:
            return end  # "… and A. Vermeulen : Agricultural air quality"
        if (
            word[0] in _JOINER_FIRST and starts_with_joiner(word.rstrip(","))
        ) or word in _LIST_WORDS:
            direct_slash = direct_slash or (word == "/" and person_words >= 2 and not inverted)
            person_words = 0
            has_given = False
            if word.startswith("al."):
                return end  # "et al." closes the list
            continue
        if word == "," and words_seen > 1:
            # "Susan Weissman , «…»": a comma set apart
            verdict = _comma_verdict(
                text, end, person_words, inverted=inverted, complete=has_given or short
            )
            if verdict == "stop":
                return end
            terminated = end
            continue
        bare = word.rstrip(",;:.")
        if not is_name_word(word) or (person_words >= 4 and not starts_with_initials(bare)):
            return terminated
        if words_seen == 1 and (
            opens_title(word) or (word.endswith(":") and not starts_with_initials(bare + "."))
        ):
            return 0  # "The Serge-Trotsky Papers, …", "Unextinguished: the case of …"
        initial = len(bare) <= 4 and bool(starts_with_initials(bare + "."))
        if (bare.lower() if bare.isupper() else bare) not in _PARTICLES:
            person_words += 1
        if person_words == 1:
            initial_first = initial and word.endswith(".")  # (not "Di Michele,")
        if person_words > 1 and (initial or initial_first):
            has_given = True  # "Family, G." / "A. Anderson": the given name is there
        if word.endswith(":"):
            return end
        if person_words == 1:
            # "Dubois M." (Vancouver: family first, no comma): its initials end the person
            family_first = not word.endswith(",") and not initial
        if word.endswith("."):
            if not (initial or _is_initial_or_abbrev(bare)):  # (an initial is one: no new test)
                return end
            if not pn.CONTINUES_AFTER_INITIAL.match(text, end) and (
                inverted
                or person_words != 1  # ("Forster, E. M. Howards End": a title follows)
                or not pn.GIVEN_FAMILY_AFTER_INITIAL.match(text, end)
            ):
                return end
            if inverted and has_given and pn.TITLE_AFTER_INITIAL.match(text, end):
                return end  # "Levine, Robert S. Studies in …"

            vancouver_initials = vancouver or (
                2 <= len(bare) <= 3 and bare.isupper() and bare.isalpha()
            )
            if (
                family_first
                and vancouver_initials
                and person_words > 1
                and pn.SHORT_TITLE_NEXT.match(text, end)
            ):
                return end  # "Brown A, Rossi PP. Politics. London" (not "William G. Cochran.")
            terminated = end
            continue
        if (
            word.endswith(",")
            and not word.endswith(".,")
            and bare.isupper()
            and bare.isalpha()
            and len(bare) <= 3
            and person_words > 1
        ):
            vancouver = True  # "Brown A," : initials without dots, family first
        if word.endswith(";") and _segment_after(text, end):
            person_words = 0  # "Bloom, Michael J.; Menefee, Mary K.": ";" separates people
            has_given = False
            terminated = end
            continue
        if direct_slash and word.endswith(",") and person_words >= 2:
            return end  # ("Eva Roth/Tobias Weber, Migration und Stadt": the title follows)
        if word.endswith(",") or word.endswith(";"):
            verdict = _comma_verdict(
                text, end, person_words, inverted=inverted, complete=has_given or short
            )
            if verdict == "stop":
                return end
            inverted = inverted or verdict == "given"
            has_given = verdict == "given"
            terminated = end
            if verdict == "new":
                person_words = 0
                has_given = False
    return terminated


def _is_initial_or_abbrev(word: str) -> bool:
    """``J``, ``JA``, ``Th``, ``Jr``: a dot after it does not end the author list."""
    return bool(
        starts_with_initials(word + ".")
        or starts_with_suffix(word)
        or (len(word) <= 2 and word[:1].isupper())
    )


def _segment_after(text: str, pos: int) -> list[str]:
    """The words of the name-list stretch that starts at ``pos``."""
    m = pn.NAME_SEGMENT.match(text, pos, min(len(text), pos + 120))
    return m.group(1).split() if m and m.group(2) in ",." else []


def _comma_verdict(
    text: str, pos: int, person_words: int, *, inverted: bool = False, complete: bool = False
) -> str:
    """After a comma inside the names: ``"given"`` (inverted name), ``"new"`` person or ``"stop"``.

    ``complete`` says the current person already has a given name or initials, so the
    next stretch cannot be its given name.
    """
    if text[pos : pos + 5].lstrip().startswith(("...", "…")):
        return "new"  # "Asgaard, G., ... Botros, N.": APA leaves out the middle authors
    first = pn.NAME_SEGMENT.match(text, pos, min(n := len(text), pos + 120))
    if not first:
        return "stop"
    segment, closer = first.group(1).strip(), first.group(2)
    words = segment.split()
    if not words:
        return "stop"
    if starts_with_joiner(words[0]) or segment.startswith("et al"):
        return "new"
    after = first.end()
    joined = bool(pn.JOINER_START.match(text, after))
    joined_inside = next(
        (
            i
            for i, w in enumerate(words)
            if w[0] in _JOINER_FIRST  # (a cheap first test: most words are no joiner)
            and starts_with_joiner(w)
            and i + 1 < len(words)
            and (words[i + 1][:1].isupper() or words[i + 1] in _PARTICLES)
        ),
        None,
    )
    et_al = words.index("et") if "et" in words[:-1] else -1
    if joined_inside is None and et_al > 0 and words[et_al + 1].startswith("al"):
        words = words[:et_al]  # "SILVA, Mary et al.": the given name, then et al.
        joined = True
    if joined_inside is not None:
        words = words[:joined_inside]  # "Strang, G. and G. Fix": the part before "and"
        joined = True
    # "Lipeck U. W. Deriving Integrity …": the names end at the last initial
    names = 0
    while (
        names < len(words)
        and names < 5
        and is_name_word(words[names])
        and not (names and _opens_title(words[names]))  # "Richard H. The Price …"
    ):
        names += 1
    if 0 < names < len(words):
        last_initial = max((i for i in range(names) if starts_with_initials(words[i])), default=-1)
        if last_initial < 0:
            return "stop"
        words = words[: last_initial + 1]
        closer = "."
    if not words:
        return "stop"
    initials = 0
    while initials < len(words) and (
        starts_with_initials(words[initials]) or starts_with_suffix(words[initials])
    ):
        initials += 1
    if initials == len(words):
        return "new" if complete and not starts_with_suffix(words[0]) else "given"
    if initials:
        # "Mohr, D. A. Kranz," / "U. Nunes da Rocha," are new people;
        # "Flajolet, P. An …" is a given name
        family = words[initials:]
        return "new" if len(family) <= 3 and all(is_name_word(w) for w in family) else "given"
    if len(words) > 4 or pn.NOT_A_NAME.match(words[0]):
        return "stop"
    if len(words) >= 2 and all(starts_with_initials(w) for w in words[1:]):
        # "Gertz M., Lipeck U. W." (family then initials) or "Mace, Myles L." (given + initial)
        return "given" if person_words == 1 and not complete else "new"
    role_follows = closer == "," and bool(pn.EDITOR_WORD_START.match(text, after))
    single_then_more = closer == "," and len(words) == 1 and person_words == 1
    if closer == "," and person_words == 1 and len(words) <= 3 and not complete:
        # "Geller, Anne Ellen, Michele Eodice, …": a given name, then more people
        ahead = _segment_after(text, after)
        if 2 <= len(ahead) <= 3 and all(is_name_word(w) for w in ahead):
            return "given"
        if ahead and _opens_title(ahead[0]) and all(is_name_word(w) for w in words):
            return "given"  # "Herder, Johann Gottfried, Die kritischen Wälder …": a title next
    if (
        not complete
        and (
            person_words == 1
            or (person_words == 2 and closer == "." and not _subtitle_then_comma(text, after))
        )
        and len(words) <= 3
        and (
            closer in ".(:;" + HOLE
            or closer == ""
            or joined
            or role_follows
            or single_then_more
            or (inverted and len(words) == 1)
        )
    ):
        return "given"  # "Hearn, Lafcadio." / "Lakoff, George, and" / "Levin, David, Title"
    if (
        person_words == 1
        and not complete
        and len(words) >= 3
        and starts_with_initials(words[-2])
        and not starts_with_initials(words[0])
    ):
        return "given"  # "Stein, Stanley J. Vassouras, a Brazilian …": the title's first word
    if any(starts_with_initials(w) for w in words):
        return "new"  # "Smith, J., S. Carr" / "Jones BA"
    second = pn.NAME_SEGMENT.match(text, after, min(n, after + 60)) if closer == "," else None
    second_words = second.group(1).split() if second else []
    family_words = [w for w in words if w not in _PARTICLES]
    if second_words and starts_with_initials(second_words[0]) and len(family_words) == 1:
        return "new"  # "Kasif, S." / "le Goff, H." follows
    if joined and len(words) <= 3 and closer != "(":
        return "new"  # "…, David Bainbridge and David M. Nichols" (not "Revolution and Memory (")
    if (
        person_words >= 2
        and 2 <= len(words) <= 3
        and closer == ","
        and second is not None
        and second.group(2) in ",."
        and (
            starts_with_joiner(second_words[0] if second_words else "")
            or (0 < len(second_words) <= 4 and all(is_name_word(w) for w in second_words))
        )
    ):
        return "new"  # "Christian Szegedy, Vincent Vanhoucke, Sergey Ioffe, …"
    return "stop"


def _opens_title(word: str) -> bool:
    """A word that opens titles, not names (``The``, ``Die``), and no initial (``A``, ``I``)."""
    return (
        len(word) > 1
        and not word.isupper()
        and word.lower() not in _PARTICLES  # ("Van Der Poel")
        and bool(pn.NOT_A_NAME.match(word))
    )


def _subtitle_then_comma(text: str, pos: int) -> bool:
    """Whether the sentence at ``pos`` ends with a comma and a place: after ``Klaus Reinhold,
    Hafenstädte.`` the subtitle ``Eine Sozialgeschichte, Hamburg <year>`` shows note style
    (``Given Family, Title. Subtitle, Place``), where ``Zava Boccazzi, Franca. La Basilica …
    Venezia. Padua`` (``Family, Given. Title. Place``) ends its next sentence with a full
    stop, and ``Da Matta, Roberto. Carnivals, Rogues, and Heroes`` has no place after it."""
    head = text[pos : pos + 200]
    if head.lstrip()[:1] in "«“\"„‘'":
        return False
    comma = head.find(", ")
    stop = p.SENTENCE_END.search(head)
    if comma < 0 or (stop is not None and stop.start() < comma):
        return False
    # what follows the comma is the imprint: a known city, or a place right before the year
    after = head[comma + 2 :]
    place = pn.IMPRINT_PLACE_AHEAD.match(after)
    if place is None:
        return False
    return is_city(place.group("place")) or after[place.end() :][:1] == HOLE


# the words that introduce editors or translators, and a lower-case piece of each
_ROLE_PREFIXES: tuple[tuple[regex.Pattern[str], NameField, tuple[str, ...]], ...] = (
    (
        pn.EDITOR_PREFIX,
        "editor",
        ("ed", "cura", "c. di", "hrsg", "hg.", "dir.", "org.", "by", "par", "herausg"),
    ),
    (pn.TRANSLATOR_PREFIX, "translator", ("tr", "übers")),
)


def parse_editors(work: ParseState) -> None:
    """Editors after ``ed./edited by/a cura di/hrsg. v.`` and translators after ``trans./trad.``."""
    for pattern, key, needles in _ROLE_PREFIXES:
        m = pattern.search(work.rest) if work.mentions(*needles) else None
        if m and key == "editor" and _role_after_names(work.rest, m):
            _editors_before(work, m.start() - 2, m.end(), initials_first=True)
            continue
        if not m or key in work.fields or _inside_name(work.rest, m):
            continue
        tail = work.rest[m.end() :]
        # the same scan as for authors: "A. Chitarin, Prospettiva, Roma" stops after Chitarin
        names_text = _before_publisher(tail[: author_end(tail)]).rstrip(" ,;:")
        names = parse_names(names_text)
        if names:
            work.fields[key] = names
            work.take(m.start(), m.end() + len(names_text))
    m = pn.EDITOR_ROLE.search(work.rest)
    if m and "editor" not in work.fields:
        _editors_before(work, m.start(), m.end())


def _inside_name(text: str, m: regex.Match[str]) -> bool:
    """``ACM Trans. Math. Softw.``: a capitalised role word inside a name (not after a break,
    or followed by an abbreviated word: ``Trans. Amer. Math. Soc.``)."""
    if not text[m.start()].isupper():
        return False
    before = text[: m.start()].rstrip()
    return bool(
        (before and before[-1] not in ".,;:([" + HOLE) or pn.ABBREVIATED_WORD.match(text, m.end())
    )


def _before_publisher(names_text: str) -> str:
    """Names up to a comma-separated publisher: ``David Cotterill, Pluto Press`` -> the name."""
    parts = names_text.split(", ")
    for k in range(1, len(parts)):
        if is_publisher(parts[k]):
            return ", ".join(parts[:k])
    return names_text


def _role_after_names(text: str, m: regex.Match[str]) -> bool:
    """IEEE's ``…, J. Oliveira and R. Taylor, Eds. New Haven: Yale…``: ``Eds.`` closes names."""
    return (
        text[max(0, m.start() - 2) : m.start()] == ", "
        and text[m.start()] == "E"
        and bool(pn.IMPRINT_AHEAD.match(text, m.end()))
    )


def _names_only(text: str) -> bool:
    """A stretch that is a list of names: scanned as one, or name-like words without a colon."""
    return all_names(text) or (looks_like_names(text) and ":" not in text)


def _editors_before(
    work: ParseState, role_start: int, role_end: int, *, initials_first: bool = False
) -> None:
    """The editors named before their role (``(Eds.)``, ``, eds.``) at ``role_start``;
    ``initials_first`` (IEEE's ``, Eds. Place:``) names every editor ``A. Family``, so a
    first piece without an initial is the book (``in Anarchism, R. Lefebvre and …, Eds.``)."""
    if "editor" in work.fields:
        return
    before = work.rest[:role_start]
    openers = list(pi.CONTAINER_IN.finditer(before))
    opener = openers[-1] if openers else None  # the last "In" before the names
    if opener is not None:
        start = opener.end()
    else:
        cut = max(before.rfind(HOLE), _last_sentence_end(before), 0)
        start = cut + 1 if cut else 0
    chunk = before[start:]
    book_first = initials_first and "," in chunk and not pn.INITIAL_FIRST.match(chunk)
    if book_first or not _names_only(chunk):
        # "In Handbook of Combinatorics, R. Graham, and L. Lovasz, Eds.": the names are
        # the shortest tail after a comma that reads as names; the container stays
        for comma in pn.CLAUSE_BREAK.finditer(chunk):
            if _names_only(chunk[comma.end() :]):
                start += comma.end()
                chunk = chunk[comma.end() :]
                opener = None
                break
    names = parse_names(chunk)
    if names and _names_only(chunk):
        work.fields["editor"] = names
        work.take(opener.start() if opener is not None else start, role_end)
        if opener is not None:
            work.in_container = True


def _last_sentence_end(text: str) -> int:
    """Offset of the last full stop that ends a sentence in ``text`` (-1 when none)."""
    last = -1
    for m in p.SENTENCE_END.finditer(text):
        last = m.start()
    return last
