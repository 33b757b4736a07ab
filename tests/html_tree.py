"""A small HTML tree for tests: parse with the standard library, query by id, class and tag.

Enough to check a report's structure (what links where, what text is shown) without a
browser and without comparing HTML byte for byte.
"""

from __future__ import annotations

from collections.abc import Iterator
from html.parser import HTMLParser

#: Elements that never have content or an end tag.
VOID = frozenset(
    "area base br col embed hr img input link meta source track wbr".split()  # noqa: SIM905
)


class Element:
    """One element: tag, attributes and children (elements and text, in order)."""

    def __init__(self, tag: str, attributes: dict[str, str], parent: Element | None) -> None:
        self.tag = tag
        self.attributes = attributes
        self.parent = parent
        self.children: list[Element | str] = []

    @property
    def classes(self) -> set[str]:
        """The element's class names."""
        return set(self.attributes.get("class", "").split())

    def get(self, name: str) -> str | None:
        """An attribute's value, or ``None``."""
        return self.attributes.get(name)

    def text(self) -> str:
        """All the text inside, as a browser's ``textContent`` gives it."""
        return "".join(child if isinstance(child, str) else child.text() for child in self.children)

    def iter(self) -> Iterator[Element]:
        """This element and every element inside it, in document order."""
        yield self
        for child in self.children:
            if isinstance(child, Element):
                yield from child.iter()

    def find_all(self, tag: str | None = None, cls: str | None = None) -> list[Element]:
        """Elements inside (or this one) with the tag and class given."""
        return [
            e
            for e in self.iter()
            if (tag is None or e.tag == tag) and (cls is None or cls in e.classes)
        ]

    def ancestors(self) -> Iterator[Element]:
        """The elements this one is inside, nearest first."""
        node = self.parent
        while node is not None:
            yield node
            node = node.parent


class _Builder(HTMLParser):
    """Builds an :class:`Element` tree; checks that end tags match what is open."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {}, None)
        self.current = self.root

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {k: v or "" for k, v in attrs}, self.current)
        self.current.children.append(element)
        if tag not in VOID:
            self.current = element

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.current.children.append(Element(tag, {k: v or "" for k, v in attrs}, self.current))

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if self.current.tag != tag:
            raise AssertionError(f"</{tag}> closes <{self.current.tag}>")
        assert self.current.parent is not None
        self.current = self.current.parent

    def handle_data(self, data: str) -> None:
        self.current.children.append(data)


class Page:
    """A parsed HTML page, with its elements indexed by id."""

    def __init__(self, html: str) -> None:
        builder = _Builder()
        builder.feed(html)
        builder.close()
        assert builder.current is builder.root, f"<{builder.current.tag}> is never closed"
        self.root = builder.root
        self.ids: dict[str, Element] = {}
        for element in self.root.iter():
            if "id" in element.attributes:
                found = element.attributes["id"]
                assert found not in self.ids, f"id {found!r} is used twice"
                self.ids[found] = element

    def by_id(self, element_id: str) -> Element:
        """The element with this id (the test fails when there is none)."""
        assert element_id in self.ids, f"no element has id {element_id!r}"
        return self.ids[element_id]

    def target(self, href: str | None) -> Element:
        """The element an in-page link (``#id``) points to."""
        assert href is not None and href.startswith("#"), f"not an in-page link: {href!r}"
        return self.by_id(href[1:])

    def find_all(self, tag: str | None = None, cls: str | None = None) -> list[Element]:
        """Every element with the tag and class given, in document order."""
        return self.root.find_all(tag, cls)

    def one(self, tag: str | None = None, cls: str | None = None) -> Element:
        """The only element with the tag and class given."""
        found = self.find_all(tag, cls)
        assert len(found) == 1, f"{len(found)} elements <{tag} class={cls!r}>"
        return found[0]
