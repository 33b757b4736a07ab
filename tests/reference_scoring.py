"""Score the references citex finds against dev-corpus gold with reference spans (test helper).

The Wikipedia and JATS documents of ../shared/corpus/dev carry ``references[].offset/length``
in their ``gold.json``. Measures (issue 11):

- recall: a gold reference is found when a ``full`` citation overlaps at least half of the
  shorter of the two spans; citations and gold references are paired one to one, largest
  overlap first.
- precision: the share of proposed ``full`` citations paired with a gold reference. A
  Wikipedia note written by hand (no citation template, so no gold reference in it) has no
  gold to say what is right: citations inside such a note count neither way.
- fields: micro-F1 of the CSL fields of each paired citation's work, soft-normalised as the
  shared scorer does (letters and digits, casefolded; names as multisets of name tokens; the
  year of a date; digits of pages). A gold field not printed in the reference's text (a
  template's URL behind a link) cannot be read and is left out on both sides. A template's
  ``page`` is the page cited: a work without pages of its own is compared by the citation's
  page locator.

Gold references without a span (German Wikipedia templates left unrendered) are skipped; a
document with none left is not scored.
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import regex

from citex import Citation, Document, to_csl_json

FIELDS = (
    "author",
    "editor",
    "translator",
    "title",
    "container-title",
    "collection-title",
    "publisher",
    "publisher-place",
    "issued",
    "volume",
    "issue",
    "page",
    "URL",
    "DOI",
)
_NAME_FIELDS = ("author", "editor", "translator")
_NAME_STOP = frozenset(
    [
        "and",
        "et",
        "al",
        "ed",
        "eds",
        "edt",
        "edited",
        "editor",
        "editors",
        "trans",
        "transl",
        "translated",
        "translator",
        "by",
        "in",
        "hrsg",
        "hg",
        "und",
        "others",
    ]
)
_LETTERS = regex.compile(r"[^\W\d_]+")
_YEAR = regex.compile(r"(?<!\d)(\d{4})(?!\d)")
_NOT_DIGIT = regex.compile(r"\D")
_LEADING_IN = regex.compile(r"^\s*in\b:?", regex.IGNORECASE)
_ROMAN = regex.compile(r"\s*[ivxlcdm]+\s*", regex.IGNORECASE)
# At least this share of the shorter span must overlap for a citation to find a reference.
MIN_OVERLAP = 0.5


def documents_with_reference_spans(dev: Path) -> list[Path]:
    """The dev documents whose gold holds at least one reference with a span."""
    return [
        folder
        for folder in sorted(dev.iterdir())
        if (folder / "gold.json").is_file() and _gold_references(_load(folder / "gold.json"))
    ]


def read_text(folder: Path) -> str:
    """A dev document's text, read as the gold's offsets count it."""
    with (folder / "text.txt").open(encoding="utf-8", newline="") as handle:
        return handle.read()


def _load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _gold_references(gold: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Gold references that have a span in the text."""
    return [
        r for r in gold.get("references", []) if r.get("offset") is not None and r.get("length")
    ]


def _fold(text: str) -> str:
    """NFKD without combining marks."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _plain(text: str) -> str:
    """Letters and digits only, casefolded."""
    return "".join(c for c in _fold(text).casefold() if c.isalnum())


def _as_text(value: Any) -> str:
    """A CSL value (string, number, names, date) as plain text."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return " ".join(_as_text(item) for item in value)
    if isinstance(value, dict):
        if "date-parts" in value:
            return " ".join(str(part) for parts in value["date-parts"] for part in parts)
        keys = ("family", "given", "non-dropping-particle", "dropping-particle", "suffix")
        return " ".join(str(value[k]) for k in (*keys, "literal", "raw") if value.get(k))
    return str(value)


def _roman(text: str) -> int:
    values = [{"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}[c] for c in text]
    return sum(-v if v < w else v for v, w in zip(values, [*values[1:], 0], strict=True))


def normalise(field: str, value: Any) -> Any:
    """A field's comparable form; falsy when absent (as the shared scorer compares)."""
    text = _as_text(value)
    if field in _NAME_FIELDS:
        tokens: Counter[str] = Counter()
        for token in _LETTERS.findall(_fold(text)):
            parts = list(token) if token.isupper() and 2 <= len(token) <= 3 else [token]
            tokens.update(p.casefold() for p in parts if p.casefold() not in _NAME_STOP)
        return tokens
    if field == "issued":
        match = _YEAR.search(text)
        return match.group(1) if match else ""
    if field == "page":
        return _NOT_DIGIT.sub("", text)
    if field == "DOI" and "10." in text:
        text = text[text.find("10.") :]
    if field == "container-title":
        text = _LEADING_IN.sub("", text)
    if field in ("volume", "issue") and _ROMAN.fullmatch(text):
        return str(_roman(text.strip().lower()))
    return _plain(text)


def _printed(field: str, value: Any, span_text: str) -> bool:
    """Whether a gold field's value can be read in the reference's text."""
    if field in _NAME_FIELDS:
        wanted = normalise(field, value)
        return not (wanted - normalise(field, span_text))
    norm = normalise(field, value)
    if field == "page":
        return norm in _NOT_DIGIT.sub("", span_text)
    if field == "issued":
        return norm in span_text
    return bool(norm) and norm in _plain(span_text)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    """The overlap of two spans as a share of the shorter one."""
    shorter = min(a[1] - a[0], b[1] - b[0])
    common = min(a[1], b[1]) - max(a[0], b[0])
    return common / shorter if shorter > 0 and common > 0 else 0.0


def _pair(gold: Sequence[tuple[int, int]], found: Sequence[tuple[int, int]]) -> dict[int, int]:
    """Gold index -> found index, one to one, largest overlap first (spans sorted, so linear)."""
    candidates: list[tuple[float, int, int]] = []
    order = sorted(range(len(found)), key=lambda j: found[j])
    k = 0
    for i, span in sorted(enumerate(gold), key=lambda item: item[1]):
        while k < len(order) and found[order[k]][1] <= span[0]:
            k += 1
        for j in order[k:]:
            if found[j][0] >= span[1]:
                break
            share = _overlap(span, found[j])
            if share >= MIN_OVERLAP:
                candidates.append((share, i, j))
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for _, i, j in sorted(candidates, key=lambda c: -c[0]):
        if i not in pairs and j not in used:
            pairs[i] = j
            used.add(j)
    return pairs


def score_document(
    gold: Mapping[str, Any], doc: Document, text: str, *, report: list[str] | None = None
) -> dict[str, Counter[str]]:
    """Counts for one document: ``refs`` (gold, found, proposed, right) and ``fields``.

    ``report``, when given, receives one line per gold reference missed, per proposal paired
    with none, and per field of a found work that differs from the gold (to study them).
    """
    references = _gold_references(gold)
    spans = [(r["offset"], r["offset"] + r["length"]) for r in references]
    labelled = {r.get("note_label") for r in references}
    unjudged = [
        (note["offset"], note["offset"] + len(note.get("text", "")))
        for note in gold.get("notes", [])
        if note.get("label") not in labelled and "note_label" in (references or [{}])[0]
    ]
    full = [
        c
        for c in doc.citations
        if c.kind == "full"
        and not any(lo <= c.span.start < hi or lo < c.span.end <= hi for lo, hi in unjudged)
    ]
    pairs = _pair(spans, [(c.span.start, c.span.end) for c in full])
    refs: Counter[str] = Counter(gold=len(spans), proposed=len(full), found=len(pairs))
    works = {item["id"]: item for item in to_csl_json(doc.works)}
    fields: Counter[str] = Counter()
    if report is not None:
        report += [f"missed {text[a:b]!r}" for i, (a, b) in enumerate(spans) if i not in pairs]
        paired = set(pairs.values())
        report += [f"unpaired {c.raw!r}" for j, c in enumerate(full) if j not in paired]
    for i, j in pairs.items():
        work = works.get(full[j].work or "", {})
        span_text = text[spans[i][0] : spans[i][1]]
        for field in FIELDS:
            wanted = references[i].get(field)
            if wanted and not _printed(field, wanted, span_text):
                continue
            found = work.get(field)
            if field == "page" and not found:
                found = _cited_page(full[j])
            want, got = normalise(field, wanted), normalise(field, found)
            fields["gold"] += bool(want)
            fields["predicted"] += bool(got)
            fields["correct"] += bool(want) and bool(got) and want == got
            if report is not None and (want or got) and want != got:
                report.append(f"{field}: want {wanted!r}, got {found!r} in {full[j].raw!r}")
    return {"refs": refs, "fields": fields}


def _cited_page(citation: Citation) -> str | None:
    """The page a citation cites (its locator), which a citation template calls ``page``."""
    locator = citation.locator
    return locator.value if locator is not None and locator.label == "page" else None


def summarise(counts: Iterable[Mapping[str, Counter[str]]]) -> dict[str, float]:
    """Pooled recall, precision and field micro-F1 over documents' counts."""
    refs: Counter[str] = Counter()
    fields: Counter[str] = Counter()
    for count in counts:
        refs.update(count["refs"])
        fields.update(count["fields"])
    precision = fields["correct"] / fields["predicted"] if fields["predicted"] else 0.0
    recall = fields["correct"] / fields["gold"] if fields["gold"] else 0.0
    return {
        "gold": refs["gold"],
        "found": refs["found"],
        "proposed": refs["proposed"],
        "recall": refs["found"] / refs["gold"] if refs["gold"] else 0.0,
        "precision": refs["found"] / refs["proposed"] if refs["proposed"] else 0.0,
        "field_p": precision,
        "field_r": recall,
        "field_f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
    }


def score_dev(
    dev: Path, extract: Any, *, report: dict[str, list[str]] | None = None
) -> dict[str, dict[str, float]]:
    """Per document and pooled (``all``) measures of ``extract`` on the dev corpus; ``report``,
    when given, receives each document's lines (see :func:`score_document`)."""
    out: dict[str, dict[str, float]] = {}
    counts = []
    for folder in documents_with_reference_spans(dev):
        text = read_text(folder)
        lines = None if report is None else report.setdefault(folder.name, [])
        count = score_document(_load(folder / "gold.json"), extract(text), text, report=lines)
        counts.append(count)
        out[folder.name] = summarise([count])
    out["all"] = summarise(counts)
    return out
