"""The CSL type the fields found suggest, and how much the text reads as a reference."""

from __future__ import annotations

from citex.parse import imprint_patterns as pi
from citex.parse import patterns as p
from citex.parse.state import ParseState


def parse_type(work: ParseState, text: str) -> str:
    """The CSL type that the fields found suggest."""
    fields = work.fields
    kind = work.kind
    container = fields.get("container_title") or ""
    if kind == "thesis":
        return "thesis"
    if kind in ("report", "legal_case", "legislation"):
        return kind
    if fields.get("archive_location") and not container and not fields.get("publisher"):
        return "manuscript"  # "ASV, Senato, Deliberazioni Terra, reg. 12, c. 34r."
    if container and pi.CONFERENCE.search(container) and not pi.JOURNAL_NAME.search(container):
        return "paper-conference"
    issued = fields.get("issued")
    if (
        container
        and issued
        and issued.day
        and not fields.get("publisher")
        and not fields.get("editor")
    ):
        return "article-newspaper"  # "in: Ostseezeitung, 7.11.1996": a paper of one day
    if (
        container
        and (work.in_container or fields.get("editor"))
        and not fields.get("issue")
        and (not fields.get("volume") or fields.get("publisher"))
    ):
        # a journal issue has no publisher: "in Selected Works vol. 1 (Moscow: Progress
        # Publishers, 1977)" is a volume of a book
        return "chapter"
    if container and pi.NEWSPAPER.search(container) and not fields.get("volume"):
        return "article-newspaper"
    if container and fields.get("issue") and not fields.get("volume") and not fields.get("page"):
        return "article-magazine"  # "“Title,” Red Lantern #12": an issue, no volume or pages
    numbered = any(fields.get(k) for k in ("volume", "issue", "page"))
    if fields.get("url") and work.quoted and not numbered and not work.in_container:
        return "webpage"  # "“Title,” Public Books, January 2011, https://…"
    if container and fields.get("url") and not numbered and not pi.JOURNAL_NAME.search(container):
        return "webpage"  # "Title. The Guardian. https://…": a page of a website
    if container:
        return "article-journal"
    if fields.get("publisher") or fields.get("isbn"):
        return "book"
    if fields.get("url") and not fields.get("title"):
        return "webpage"
    if fields.get("url"):
        return "webpage"
    if fields.get("title") and fields.get("issued"):
        return "book"
    return "document"


_IBID_WORDS = frozenset({"ibid", "ibidem", "ivi", "ebd", "ebenda"})
_WORD_EDGE = " ,.;:!?()[]«»“”\"'’‘"


def score_confidence(text: str, work: ParseState) -> float:
    """How much the text reads as a reference: anchors found versus words of prose.

    Each kind of anchor (date, names, title, publisher or journal, numbers, identifiers)
    adds to the score; function words and verbs of running prose take away from it, so
    "This is the first time the memoirs appear in English." stays below 0.5. Short forms
    (``Ibid., 229``, ``Alexander, 218``) are references of their own kind and score 0.6+; a
    court decision or statute read whole (``BVerfGE 88, 203 (251)``) scores 0.7.
    """
    fields = work.fields
    if not text.strip():
        return 0.0
    if work.ibid:
        return 0.8 if fields.get("locator") or text.strip(" .,").lower() in _IBID_WORDS else 0.6
    if work.kind in ("legal_case", "legislation"):
        return 0.7  # "BVerfGE 88, 203 (251)", "§ 5 Rn. 7": the whole text has the shape
    score = 0.15
    if fields.get("issued") is not None or work.date_pos is not None:
        score += 0.3
    if fields.get("author") or fields.get("editor"):
        score += 0.1
    if fields.get("title"):
        score += 0.1
    if (fields.get("author") or fields.get("editor")) and fields.get("title"):
        score += 0.1
    if fields.get("publisher") or fields.get("container_title"):
        score += 0.15
    if any(fields.get(k) for k in ("volume", "issue", "page", "locator")):
        score += 0.1
    if any(fields.get(k) for k in ("doi", "url", "isbn", "number", "archive_location")):
        score += 0.4
    # a quoted title may be a sentence itself: only words outside it count as prose
    if work.quoted and fields.get("title"):
        text = text.replace(fields["title"], " ")
    words = text.lower().split()  # (one lower() for all words: no edge mark has a case)
    prose = sum(1 for word in words if word.strip(_WORD_EDGE) in p.PROSE_WORDS)
    if words:
        score -= min(0.5, 1.5 * prose / len(words))
    if text.rstrip().endswith(".") and prose >= 2 and not fields.get("issued"):
        score -= 0.1
    named = fields.get("author") or fields.get("title") or work.same_author
    if work.short and named and fields.get("locator") and not prose:
        score = max(score, 0.6)  # "Alexander, 218": a short form of a work cited before
    return round(max(0.0, min(1.0, score)), 3)
