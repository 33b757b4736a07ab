"""HTML and XHTML (and so EPUB chapters): the text, and the notes the markup links to.

A marker is a link to a note. Explicit markup says so: ``epub:type="noteref"``,
``role="doc-noteref"``, pandoc's ``class="footnote-ref"``, Word's ``#_ftn1``/``#_edn1``,
Wikipedia's ``sup.reference`` (``#cite_note-…``). Without it, a short link inside or around
a ``<sup>`` to an element of the page is one too (``<sup><a href="#n3">3</a></sup>``), unless
it points back to a marker (a note's back-link). The note is the element the link points to,
widened to the block holding it (Word's anchor sits inside the note's paragraph, inside a
``div`` of its own); back-links and the label printed at the note's start are left out of its
text. A ``<sup>`` without a link is written as Unicode superscript digits, which the
plain-text finder reads as markers when the markup has no notes.
"""

from __future__ import annotations

import html
import posixpath
from collections import Counter
from collections.abc import Iterator, Sequence

import attrs

from citex.sources import patterns
from citex.sources.builder import TextBuilder, collapse
from citex.sources.model import Format, Source

_VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)
_SKIPPED = frozenset(["head", "script", "style", "template", "noscript", "title", "svg", "math"])
_BLOCK = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "caption",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "html",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    ]
)
# Elements whose content is not markup.
_RAW_TEXT = frozenset({"script", "style", "textarea", "title"})
_HEADINGS = {f"h{level}": level for level in range(1, 7)}
# Elements a note may widen to, from the block that holds its anchor.
_NOTE_WRAPPERS = frozenset(["div", "aside", "li", "section", "footer", "dd"])
# Implied end tags: opening one of these closes an open one of the same kind.
_SELF_CLOSING_SIBLINGS = frozenset(["p", "li", "dt", "dd", "tr", "td", "th", "option"])
_NOTE_TYPES = frozenset({"footnote", "endnote", "rearnote", "note"})
_NOTE_ROLES = frozenset({"doc-footnote", "doc-endnote"})
_BACKLINK_CLASSES = frozenset({"footnote-back", "mw-cite-backlink", "footnote-backref"})
_MAX_MARKER_TEXT = 12
_SUPERSCRIPT = str.maketrans("0123456789+-=()", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾")


@attrs.define(eq=False)
class Element:
    """A node of the parsed page: tag, attributes (lowercase names), children, parent."""

    tag: str
    attributes: dict[str, str]
    children: list[Element | str] = attrs.field(factory=list)
    parent: Element | None = None

    def words(self, name: str) -> set[str]:
        """The space-separated words of attribute ``name`` (``class``, ``epub:type``)."""
        return set(self.attributes.get(name, "").lower().split())

    def walk(self) -> Iterator[Element]:
        """This element and every element under it, in document order."""
        stack: list[Element] = [self]
        while stack:
            element = stack.pop()
            yield element
            stack.extend(
                child for child in reversed(element.children) if isinstance(child, Element)
            )

    def text(self) -> str:
        """All the text under this element."""
        return "".join(
            child if isinstance(child, str) else child.text()
            for child in self.children
            if isinstance(child, str) or child.tag not in _SKIPPED
        )


def parse_html(markup: str) -> Element:
    """The element tree of an HTML or XHTML page (tolerant of broken markup).

    One pass of :data:`patterns.HTML_TOKEN` over the page: tags, comments, declarations and
    the text between them. No DTD is read and no entity but HTML's named and numeric
    character references is expanded, so an XHTML file's external entities are never
    fetched. An end tag closes the nearest open element of its name (unknown ones are
    dropped); opening ``p``, ``li``, ``td``… closes an open one of the same name.
    """
    root = Element("#root", {})
    stack = [root]
    position = 0
    raw_text_end = None  # the end tag a <script>/<style> waits for
    for match in patterns.HTML_TOKEN.finditer(markup):
        start, end = match.span()
        close, name, attributes = match.group("close", "name", "attributes")
        if raw_text_end is not None:
            if name is None or close is None or name.lower() != raw_text_end:
                continue
            raw_text_end = None
            position = start
        if start > position:
            text = markup[position:start]
            stack[-1].children.append(html.unescape(text) if "&" in text else text)
        position = end
        if name is None:
            continue  # a comment, declaration or processing instruction
        tag = name.lower()
        if close:
            for depth in range(len(stack) - 1, 0, -1):
                if stack[depth].tag == tag:
                    del stack[depth:]
                    break
            continue
        parent = stack[-1]
        if tag in _SELF_CLOSING_SIBLINGS and parent.tag == tag:
            stack.pop()
            parent = stack[-1]
        element = Element(tag, _attributes(attributes), parent=parent)
        parent.children.append(element)
        if tag not in _VOID and not attributes.endswith("/"):
            stack.append(element)
            if tag in _RAW_TEXT:
                raw_text_end = tag
    if position < len(markup) and raw_text_end is None:
        _add_text(stack[-1], markup[position:])
    return root


def _add_text(element: Element, text: str) -> None:
    """Text of ``element``, character references expanded."""
    element.children.append(html.unescape(text) if "&" in text else text)


def _attributes(text: str) -> dict[str, str]:
    """A tag's attributes, names lowercased, values unquoted and unescaped."""
    if not text or text.isspace() or not text.strip(" /"):
        return {}
    found: dict[str, str] = {}
    for match in patterns.HTML_ATTRIBUTE.finditer(text):
        value = match["value"] or ""
        if value[:1] in "\"'":
            value = value[1:-1]
        found.setdefault(match["name"].lower(), html.unescape(value) if "&" in value else value)
    return found


def read_html(markup: str, *, path: str | None = None) -> Source:
    """The text and notes of one HTML page."""
    return read_pages([("", parse_html(markup))], format="html", path=path)


def read_pages(pages: Sequence[tuple[str, Element]], *, format: Format, path: str | None) -> Source:
    """The text and notes of pages read in order (an EPUB's spine), links followed across them.

    Args:
        pages: each page's name (its path in the book, for resolving links) and tree.
        format: the document's format.
        path: the document's path, for the :class:`Source`.
    """
    targets: dict[tuple[str, str], Element] = {}
    links: list[tuple[str, Element]] = []
    order: dict[Element, int] = {}
    for name, root in pages:
        for element in root.walk():
            order[element] = len(order)
            if element.tag == "a":
                if element.attributes.get("href"):
                    links.append((name, element))
                if value := element.attributes.get("name"):
                    targets.setdefault((name, value), element)
            if value := element.attributes.get("id"):
                targets.setdefault((name, value), element)
    noterefs, backlinks, holders = _links(links, targets, order)
    notes = _note_elements(noterefs, holders, pages)
    builder = TextBuilder()
    labels: dict[Element, str] = {}
    for anchor, note in noterefs.items():
        labels.setdefault(note, _marker_label(anchor) or str(len(labels) + 1))
    skipped = set(notes)
    for _, root in pages:
        _render(root, builder, noterefs, labels, skipped)
        builder.end_paragraph()
    for note in notes:
        label = labels.get(note) or str(len(labels) + 1)
        labels[note] = label
        builder.add_note(note, label, _note_paragraphs(note, label, backlinks))
    return builder.build(format=format, path=path)


def _resolve(page: str, href: str) -> tuple[str, str] | None:
    """The (page, id) an ``href`` points to, for links within the document."""
    if "#" not in href or "://" in href or href.startswith("mailto:"):
        return None
    document, _, fragment = href.partition("#")
    if document:
        document = posixpath.normpath(posixpath.join(posixpath.dirname(page), document))
    return (document or page, fragment)


def _links(
    links: Sequence[tuple[str, Element]],
    targets: dict[tuple[str, str], Element],
    order: dict[Element, int],
) -> tuple[dict[Element, Element], set[Element], set[Element]]:
    """Each marker link with the element it points to, in document order; the back-links
    (links to a marker, or to an element holding or inside one); and the elements that are
    or hold a marker. A link around a ``<sup>`` without note markup is a marker only if it
    points forward (a note's back-link in a ``<sup>`` points back)."""
    resolved: list[tuple[Element, Element, bool]] = []
    for name, anchor in links:
        key = _resolve(name, anchor.attributes["href"])
        if key is not None and key in targets:
            resolved.append((anchor, targets[key], _is_explicit_noteref(anchor, key[1])))
    markers = {
        anchor
        for anchor, target, strong in resolved
        if strong
        or (
            order[target] > order[anchor]
            and _in_or_around_sup(anchor)
            and len(anchor.text().strip()) <= _MAX_MARKER_TEXT
        )
    }
    holders = _holders(markers)
    noterefs: dict[Element, Element] = {}
    backlinks: set[Element] = set()
    for anchor, target, _ in resolved:
        if target in holders or any(a in markers for a in _ancestors(target)):
            backlinks.add(anchor)
        elif anchor in markers:
            noterefs[anchor] = target
    return noterefs, backlinks, holders


def _holders(elements: set[Element]) -> set[Element]:
    """``elements`` and every element above one of them."""
    found: set[Element] = set()
    for element in elements:
        node: Element | None = element
        while node is not None and node not in found:
            found.add(node)
            node = node.parent
    return found


def _is_explicit_noteref(anchor: Element, fragment: str) -> bool:
    """True for a link whose markup says it is a note marker."""
    if "noteref" in anchor.words("epub:type") or anchor.attributes.get("role") == "doc-noteref":
        return True
    if anchor.words("class") & {"footnote-ref", "noteref", "footnote-reference"}:
        return True
    if patterns.WORD_NOTE_FRAGMENT.fullmatch(fragment):
        return True
    parent = anchor.parent
    return (
        patterns.WIKIPEDIA_NOTE_FRAGMENT.match(fragment) is not None
        and parent is not None
        and "reference" in parent.words("class")
    )


def _in_or_around_sup(anchor: Element) -> bool:
    """True for a link inside a ``<sup>`` or holding one."""
    if anchor.parent is not None and anchor.parent.tag == "sup":
        return True
    return any(element.tag == "sup" for element in anchor.walk())


def _ancestors(element: Element) -> Iterator[Element]:
    """The elements above ``element``, nearest first."""
    node = element.parent
    while node is not None:
        yield node
        node = node.parent


def _note_elements(
    noterefs: dict[Element, Element], holders: set[Element], pages: Sequence[tuple[str, Element]]
) -> list[Element]:
    """The element of each note, in order of first marker, then notes no marker points to.

    ``noterefs`` is updated to point each marker at its note's element.
    """
    wanted = Counter(
        node for target in set(noterefs.values()) for node in (target, *_ancestors(target))
    )
    holding = {target: _widen(target, holders, wanted) for target in set(noterefs.values())}
    for anchor, target in list(noterefs.items()):
        noterefs[anchor] = holding[target]
    notes = list(dict.fromkeys(noterefs.values()))
    seen = set(notes)
    for _, root in pages:
        for element in root.walk():
            if element in seen:
                continue
            marked = bool(element.words("epub:type") & _NOTE_TYPES) or (
                element.attributes.get("role") in _NOTE_ROLES
            )
            if marked and not any(a in seen for a in _ancestors(element)):
                notes.append(element)
                seen.add(element)
    return notes


def _widen(target: Element, holders: set[Element], wanted: Counter[Element]) -> Element:
    """The note holding ``target``: its block, widened to a wrapper that holds no marker and
    no other note (Word's ``div id=ftn1`` around the note's paragraphs)."""
    note = target
    while note.tag not in _BLOCK and note.parent is not None and note.parent.tag != "#root":
        note = note.parent
    while (
        note.parent is not None
        and note.parent.tag in _NOTE_WRAPPERS
        and "footnotes" not in note.parent.words("class")
        and note.parent not in holders
        and wanted[note.parent] == 1
    ):
        note = note.parent
    return note


def _marker_label(anchor: Element) -> str:
    """The label a marker prints, without brackets (``[12]`` -> ``12``)."""
    return patterns.LABEL_BRACKETS.sub("", collapse(anchor.text()))


def _is_backlink(element: Element, backlinks: set[Element]) -> bool:
    """True for a note's link back to its marker."""
    return (
        element in backlinks
        or element.attributes.get("role") == "doc-backlink"
        or bool(element.words("class") & _BACKLINK_CLASSES)
    )


def _note_paragraphs(note: Element, label: str, backlinks: set[Element]) -> list[str]:
    """The paragraphs of a note's own text: no back-links, no label printed at its start."""
    builder = _ParagraphCollector()
    _collect(note, builder, backlinks)
    paragraphs = [p for p in (collapse(p) for p in builder.paragraphs) if p]
    if paragraphs:
        start = patterns.NOTE_LABEL_START.match(paragraphs[0])
        if start is not None and start["label"] == label:
            paragraphs[0] = paragraphs[0][start.end() :]
    return [p for p in paragraphs if p]


class _ParagraphCollector:
    """Paragraphs of text, for a note's own text."""

    def __init__(self) -> None:
        self.paragraphs: list[str] = [""]

    def add(self, text: str) -> None:
        self.paragraphs[-1] += text

    def end(self) -> None:
        if self.paragraphs[-1].strip():
            self.paragraphs.append("")


def _collect(element: Element, out: _ParagraphCollector, backlinks: set[Element]) -> None:
    """The text under ``element`` into ``out``, paragraph by paragraph."""
    for child in element.children:
        if isinstance(child, str):
            out.add(child)
        elif child.tag in _SKIPPED or _is_backlink(child, backlinks):
            continue
        elif child.tag == "br":
            out.add(" ")
        elif child.tag in _BLOCK:
            out.end()
            _collect(child, out, backlinks)
            out.end()
        else:
            _collect(child, out, backlinks)


def _render(
    element: Element,
    builder: TextBuilder,
    noterefs: dict[Element, Element],
    labels: dict[Element, str],
    skipped: set[Element],
) -> None:
    """The body text under ``element`` into ``builder``: markers for note links, notes left out."""
    for child in element.children:
        if isinstance(child, str):
            builder.add_text(child)
            continue
        if child.tag in _SKIPPED or child in skipped:
            continue
        if child in noterefs:
            note = noterefs[child]
            builder.add_marker(note, labels[note])
        elif (
            child.tag == "sup"
            and patterns.SUPERSCRIPT_LABEL.fullmatch(child.text().strip())
            and not any(element in noterefs for element in child.walk())
        ):
            builder.add_text(child.text().strip().translate(_SUPERSCRIPT))
        elif child.tag == "br":
            builder.add_text(" ")
        elif child.tag in _BLOCK:
            builder.end_paragraph()
            _render(child, builder, noterefs, labels, skipped)
            builder.end_paragraph(heading=_HEADINGS.get(child.tag, 0))
        else:
            _render(child, builder, noterefs, labels, skipped)
