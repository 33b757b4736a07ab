"""The extraction cache: one JSON file per document, authenticated, checked on load.

An entry holds the digest of what :func:`citex.pipeline.extract` returned for a
document's bytes (:class:`~citex.corpus.bibliography.DocumentDigest`: the little the
corpus bibliography needs, so a warm run rebuilds a few records per work, not every
note and citation), as plain JSON (never pickle: reading an entry cannot run code).
Each entry carries an HMAC-SHA256 under a per-user secret key, over the entry's own
cache key and its JSON, so an entry written by someone else, copied to another
document's name, truncated or bit-flipped is refused. An entry that passes is still
checked field by field as it is rebuilt into records. Whatever fails is a cache miss:
the document is extracted again.

The secret lives in ``$XDG_CONFIG_HOME/citex/cache-key`` (``~/.config/citex``), a
0600 file, not in the cache folder, which may be shared. Dask workers are given the
secret with their tasks, as they are given citex's code.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import secrets
import stat
import tempfile
import types
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
from attrs import frozen

from citex.corpus.bibliography import DocumentDigest
from citex.errors import CitexError
from citex.files import output_file, read_bytes
from citex.formats.native import record_to_json

_MAGIC = b"citex-cache 2\n"  # 1 held whole documents
_KEY_BYTES = 32
_MAX_DEPTH = 24
"""Levels of records and lists a digest has (work, related, record, name): far fewer."""


class CacheUnavailableError(CitexError):
    """The cache cannot be used (no secret key can be read or made)."""


@frozen(kw_only=True)
class ResultCache:
    """Where cached extractions live and the secret that signs them."""

    directory: Path
    secret: bytes = attrs.field(repr=False)
    max_bytes: int


def default_cache_dir() -> Path:
    """Where extraction results are cached: ``$XDG_CACHE_HOME/citex`` or ``~/.cache/citex``."""
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "citex"


def default_key_path() -> Path:
    """The secret key's file: ``$XDG_CONFIG_HOME/citex/cache-key`` or ``~/.config/...``."""
    base = os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config"
    return Path(base) / "citex" / "cache-key"


def open_cache(directory: Path, *, max_bytes: int, key_path: Path | None = None) -> ResultCache:
    """The cache in ``directory``, signed with the user's key (made on first use).

    Raises:
        CacheUnavailableError: the key cannot be read or made, or is not private.
    """
    return ResultCache(
        directory=directory,
        secret=_load_secret(key_path or default_key_path()),
        max_bytes=max_bytes,
    )


def _load_secret(path: Path) -> bytes:
    """The secret in ``path``, which must be the user's own private regular file."""
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        with contextlib.suppress(FileExistsError):
            _create_secret(path)
        descriptor = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC)
        with os.fdopen(descriptor, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode) or info.st_uid != os.geteuid():
                raise CacheUnavailableError(f"{path}: not a file of this user; cache not used")
            if info.st_mode & 0o077:
                raise CacheUnavailableError(
                    f"{path}: readable by others (chmod 600 it); cache not used"
                )
            secret = bytes.fromhex(handle.read(4 * _KEY_BYTES).decode("ascii").strip())
    except (OSError, ValueError) as error:
        reason = getattr(error, "strerror", None) or error
        raise CacheUnavailableError(
            f"{path}: cache key unusable ({reason}); cache not used"
        ) from error
    if len(secret) < _KEY_BYTES:
        raise CacheUnavailableError(f"{path}: cache key too short; cache not used")
    return secret


def _create_secret(path: Path) -> None:
    """Write a new key to a private temporary file and link it into place (never half a key).

    Raises:
        FileExistsError: another run made the key first (it is then read).
    """
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=".cache-key.")
    try:
        with os.fdopen(descriptor, "w", encoding="ascii") as out:
            out.write(secrets.token_hex(_KEY_BYTES) + "\n")
        os.link(temporary, path)
    finally:
        os.unlink(temporary)


def content_key(data: bytes, extractor: str) -> str:
    """The cache key of a document: its bytes and the extractor (name and code hash)."""
    return hashlib.sha256(extractor.encode() + b"\0" + data).hexdigest()


def _entry_path(cache: ResultCache, key: str) -> Path:
    return cache.directory / key[:2] / f"{key}.json"


def _signature(cache: ResultCache, key: str, payload: bytes) -> bytes:
    return (
        hmac.new(cache.secret, key.encode() + b"\0" + payload, hashlib.sha256).hexdigest().encode()
    )


def load_digest(cache: ResultCache, key: str) -> DocumentDigest | None:
    """The cached digest for ``key``; ``None`` for a miss or a bad entry."""
    try:
        data = read_bytes(_entry_path(cache, key), max_bytes=4 * cache.max_bytes + (1 << 20))
    except CitexError:
        return None
    head, _, payload = data.partition(b"\n")
    if head + b"\n" != _MAGIC:
        return None
    signature, _, payload = payload.partition(b"\n")
    if not hmac.compare_digest(signature, _signature(cache, key, payload)):
        return None
    try:
        digest: DocumentDigest = structure(json.loads(payload), DocumentDigest)
    except (ValueError, TypeError, RecursionError):
        return None
    return digest


def store_digest(cache: ResultCache, key: str, digest: DocumentDigest) -> None:
    """Cache ``digest`` under ``key``; a cache that cannot be written is left alone."""
    payload = json.dumps(record_to_json(digest), ensure_ascii=False, separators=(",", ":"))
    body = payload.encode("utf-8")
    if len(body) > 4 * cache.max_bytes:
        return
    path = _entry_path(cache, key)
    with contextlib.suppress(OSError, CitexError):
        path.parent.mkdir(parents=True, exist_ok=True)
        # No fsync per entry: a torn entry fails its signature and is a miss.
        with output_file(path, "wb", durable=False) as out:
            out.write(_MAGIC + _signature(cache, key, body) + b"\n" + body)


# --------------------------------------------------------------------------------------
# JSON -> records, checking every value against the record's annotations
# --------------------------------------------------------------------------------------


Converter = Callable[[Any, int], Any]
_CONVERTERS: dict[Any, Converter] = {}


def structure(data: Any, kind: Any) -> Any:
    """``data`` (from :func:`~citex.formats.native.record_to_json`) rebuilt as ``kind``.

    Raises:
        TypeError: a value does not have the annotated type.
        ValueError: a record refuses a value (its validators), or nesting is too deep.
    """
    return _converter(kind)(data, 0)


def _converter(kind: Any) -> Converter:
    """The checking converter for an annotation, built once per annotation."""
    if (known := _CONVERTERS.get(kind)) is not None:
        return known
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    convert: Converter
    if attrs.has(kind):
        convert = _record_converter(kind)
    elif origin in (typing.Union, types.UnionType):
        convert = _union_converter(
            kind, [a for a in args if a is not type(None)], type(None) in args
        )
    elif origin is typing.Literal:
        convert = _literal_converter(args)
    elif origin is tuple:
        convert = _tuple_converter(args[0])
    elif origin is frozenset:
        convert = _frozenset_converter(args[0])
    elif kind in (str, int, float, bool):
        convert = _scalar_converter(kind)
    else:
        raise TypeError(f"no converter for {kind!r}")
    _CONVERTERS[kind] = convert
    return convert


def _record_converter(kind: type) -> Converter:
    """One attrs record from a dict of its fields (absent fields take their defaults)."""
    fields: dict[str, Converter] = {}

    def convert(data: Any, depth: int) -> Any:
        if depth > _MAX_DEPTH:
            raise ValueError("records nested too deep")
        if not isinstance(data, dict):
            raise TypeError(f"expected an object for {kind.__name__}, got {type(data).__name__}")
        if not fields:  # filled on first use: records may refer to themselves
            hints = typing.get_type_hints(kind)
            fields.update({f.name: _converter(hints[f.name]) for f in attrs.fields(kind)})
        try:
            values = {name: fields[name](value, depth + 1) for name, value in data.items()}
        except KeyError as error:
            raise TypeError(f"{kind.__name__} has no field {error}") from None
        return kind(**values)

    return convert


def _union_converter(kind: Any, options: list[Any], optional: bool) -> Converter:
    """The first option that accepts the value (``None`` when the union allows it)."""

    def convert(data: Any, depth: int) -> Any:
        if data is None and optional:
            return None
        for option in options:
            try:
                return _converter(option)(data, depth)
            except (TypeError, ValueError):
                continue
        raise TypeError(f"{type(data).__name__} fits none of {kind}")

    return convert


def _literal_converter(allowed: tuple[Any, ...]) -> Converter:
    """A value among the literal's, of the same type (``True`` is not ``1``)."""
    accepted = {(type(value), value) for value in allowed}

    def convert(data: Any, depth: int) -> Any:
        if (type(data), data) in accepted:
            return data
        raise TypeError(f"{data!r:.60} is not one of {allowed}")

    return convert


def _tuple_converter(item: Any) -> Converter:
    """A JSON list as a tuple of converted items."""

    def convert(data: Any, depth: int) -> Any:
        if not isinstance(data, list):
            raise TypeError(f"expected a list, got {type(data).__name__}")
        item_converter = _converter(item)
        return tuple(item_converter(value, depth + 1) for value in data)

    return convert


def _frozenset_converter(item: Any) -> Converter:
    """A JSON list as a frozen set of converted items."""

    def convert(data: Any, depth: int) -> Any:
        if not isinstance(data, list):
            raise TypeError(f"expected a list, got {type(data).__name__}")
        item_converter = _converter(item)
        return frozenset(item_converter(value, depth + 1) for value in data)

    return convert


def _scalar_converter(kind: type) -> Converter:
    """A JSON scalar of exactly the annotated type (an int may stand for a float)."""

    def convert(data: Any, depth: int) -> Any:
        if type(data) is kind:
            return data
        if kind is float and type(data) is int:
            return float(data)
        raise TypeError(f"expected {kind.__name__}, got {type(data).__name__}")

    return convert
