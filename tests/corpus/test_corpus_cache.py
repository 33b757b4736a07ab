"""The extraction cache: plain JSON, signed per user, checked on load; bad entries are misses."""

from __future__ import annotations

import os
import pickle
import stat
from pathlib import Path

import pytest

from citex import extract
from citex.corpus import cache
from citex.corpus.bibliography import digest_document
from citex.corpus.cache import ResultCache, load_digest, open_cache, store_digest, structure
from citex.records import Citation, Date, Document, Locator, Name, Note, Reference, Span

DOCUMENT = Document(
    self_record=Reference(title="Essay", issued=Date(year=1990, circa=True)),
    notes=[
        Note(label="1", span=Span(start=0, end=5), text="Ibid.", segments=[Span(start=0, end=5)])
    ],
    citations=[
        Citation(
            kind="full",
            raw="Serge, Memoirs, 12",
            span=Span(start=0, end=5),
            section="note",
            note=0,
            locator=Locator(label="page", value="12"),
            reference=Reference(
                author=[Name(family="Serge", given="Victor")],
                title="Memoirs",
                related=[Reference(title="Mémoires", confidence=0.5)],
            ),
            work="w0",
        )
    ],
    works=[
        Reference(
            id="w0",
            author=[Name(family="Serge")],
            title="Memoirs",
            publisher="Oxford University Press",
            related=[Reference(title="Mémoires", confidence=0.5)],
        )
    ],
)
DIGEST = digest_document("essay.txt", DOCUMENT)


@pytest.fixture
def store(tmp_path: Path) -> ResultCache:
    return open_cache(tmp_path / "cache", max_bytes=1_000_000, key_path=tmp_path / "cfg" / "key")


def entry(store: ResultCache, key: str) -> Path:
    return store.directory / key[:2] / f"{key}.json"


def test_a_digest_round_trips_through_plain_json(store: ResultCache) -> None:
    store_digest(store, "ab" * 32, DIGEST)
    assert load_digest(store, "ab" * 32) == DIGEST
    assert entry(store, "ab" * 32).read_bytes().startswith(b"citex-cache 2\n")


def test_the_key_is_private_and_made_once(tmp_path: Path) -> None:
    key_path = tmp_path / "cfg" / "key"
    first = open_cache(tmp_path, max_bytes=10, key_path=key_path)
    assert stat.S_IMODE(key_path.stat().st_mode) == 0o600
    assert open_cache(tmp_path, max_bytes=10, key_path=key_path).secret == first.secret
    key_path.chmod(0o644)
    with pytest.raises(cache.CacheUnavailableError, match="readable by others"):
        open_cache(tmp_path, max_bytes=10, key_path=key_path)


def test_a_symlinked_key_is_refused(tmp_path: Path) -> None:
    (tmp_path / "elsewhere").write_text("00" * 32 + "\n")
    (tmp_path / "cfg").mkdir()
    (tmp_path / "cfg" / "key").symlink_to(tmp_path / "elsewhere")
    with pytest.raises(cache.CacheUnavailableError):
        open_cache(tmp_path, max_bytes=10, key_path=tmp_path / "cfg" / "key")


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda b: b"\x80\x09junk", id="unsupported-pickle-bytes"),
        pytest.param(lambda b: os.urandom(200), id="random-bytes"),
        pytest.param(lambda b: b[: len(b) // 2], id="truncated"),
        pytest.param(lambda b: b[:-30] + bytes([b[-30] ^ 1]) + b[-29:], id="bit-flip"),
        pytest.param(lambda b: b.replace(b"Memoirs", b"Memoire"), id="changed-string"),
        pytest.param(lambda b: b"", id="empty"),
    ],
)
def test_a_damaged_entry_is_a_miss_not_a_crash(store: ResultCache, damage: object) -> None:  # D17
    key = "cd" * 32
    store_digest(store, key, DIGEST)
    path = entry(store, key)
    path.write_bytes(damage(path.read_bytes()))  # type: ignore[operator]
    assert load_digest(store, key) is None


def test_an_entry_signed_with_another_key_or_moved_is_refused(
    store: ResultCache, tmp_path: Path
) -> None:  # D20
    other = open_cache(store.directory, max_bytes=10**6, key_path=tmp_path / "other" / "key")
    store_digest(other, "ef" * 32, DIGEST)
    assert load_digest(store, "ef" * 32) is None
    store_digest(store, "ef" * 32, DIGEST)
    moved = entry(store, "12" * 32)
    moved.parent.mkdir(parents=True)
    moved.write_bytes(entry(store, "ef" * 32).read_bytes())
    assert load_digest(store, "12" * 32) is None


class Exploit:
    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (os.system, ("touch PWNED",))


def test_a_planted_pickle_is_never_loaded(
    store: ResultCache, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # D20
    key = "34" * 32
    for name in (f"{key}.pickle", f"{key}.json"):
        planted = store.directory / key[:2] / name
        planted.parent.mkdir(parents=True, exist_ok=True)
        planted.write_bytes(pickle.dumps(Exploit()))
    monkeypatch.chdir(tmp_path)
    assert load_digest(store, key) is None
    assert not (tmp_path / "PWNED").exists()


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        pytest.param({"title": 5}, Reference, id="wrong-scalar-type"),
        pytest.param({"span": {"start": 5, "end": 1}}, Reference, id="record-validator"),
        pytest.param({"titel": "x"}, Reference, id="unknown-field"),
        pytest.param({"label": "pages", "value": "1"}, Locator, id="literal-out-of-set"),
        pytest.param({"year": True}, Date, id="bool-is-not-int"),
        pytest.param([], Reference, id="not-an-object"),
    ],
)
def test_structure_checks_every_value(data: object, kind: type) -> None:
    with pytest.raises((TypeError, ValueError)):
        structure(data, kind)


def test_structure_refuses_deep_nesting() -> None:
    data: dict[str, object] = {"title": "x"}
    for _ in range(30):
        data = {"related": [data]}
    with pytest.raises(ValueError, match="too deep"):
        structure(data, Reference)


def test_a_read_only_cache_is_read_and_not_written(
    store: ResultCache, monkeypatch: pytest.MonkeyPatch
) -> None:
    def read_only(*args: object, **kwargs: object) -> None:
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(cache, "output_file", read_only)
    store_digest(store, "56" * 32, DIGEST)  # does not raise
    assert load_digest(store, "56" * 32) is None


def test_the_digest_of_a_real_document_round_trips(store: ResultCache, corpus: Path) -> None:
    text = (corpus / "kites4-specter-part4.txt").read_text(encoding="utf-8")
    digest = digest_document("kites.txt", extract(text))
    assert digest.works and digest.rows
    store_digest(store, "78" * 32, digest)
    assert load_digest(store, "78" * 32) == digest
