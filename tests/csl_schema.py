"""Validate CSL-JSON against the official CSL-data 1.0 schema (../shared/data/csl)."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import jsonschema

from conftest import SHARED

SCHEMA_PATH = SHARED / "data" / "csl" / "csl-data.json"


@cache
def _validator() -> jsonschema.protocols.Validator:
    """A draft-07 validator for the CSL-data schema, built once."""
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    return validator_class(schema)


def assert_valid_csl(items: list[dict[str, Any]]) -> None:
    """Fail with every schema error when ``items`` is not valid CSL-data."""
    errors = sorted(_validator().iter_errors(items), key=lambda error: list(error.path))
    messages = [f"{list(error.path)}: {error.message}" for error in errors]
    assert not messages, "invalid CSL-JSON:\n" + "\n".join(messages)
