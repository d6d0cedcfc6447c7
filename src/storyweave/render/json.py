"""The brief as JSON, following the published, versioned schema (docs/schema/)."""

from __future__ import annotations

import json as _json
from typing import Any

from .._model import Brief
from .._registry import registry


@registry.register("render.json.v1")
def render_json(brief: Brief) -> str:
    return brief.model_dump_json(indent=2) + "\n"


def brief_schema() -> dict[str, Any]:
    """The JSON Schema of the brief (pydantic's), with its version in the title."""
    schema = Brief.model_json_schema()
    schema["$id"] = f"https://storyweave.dev/schema/brief-{brief_schema_version()}.json"
    return schema


def brief_schema_version() -> str:
    return str(Brief.model_fields["schema_version"].default)


def schema_json() -> str:
    return _json.dumps(brief_schema(), indent=2, sort_keys=True) + "\n"
