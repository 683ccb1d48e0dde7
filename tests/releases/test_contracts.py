"""The contracts a tool that pins a release relies on: every shape of every shipped release
follows a shipped, versioned schema, and the published schemas do not change under it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner

import nptexperts
from nptexperts._releases.bundle import BUNDLE_FORMAT
from nptexperts._releases.store import catalogue
from nptexperts.cli import main
from nptexperts.export import to_json
from nptexperts.export.compat import SchemaChange, breaking_changes, schema_changes
from nptexperts.export.schema import (
    FROZEN_FORMATS,
    SCHEMA_URL,
    SHAPE_VERSIONS,
    bundle_format_of,
    export_schema,
    generate_schema,
    release_schema,
    schema_file,
    shipped_schema,
)

FROZEN = Path(__file__).parents[1] / "schemas"
VERSIONS = [r.data_version for r in nptexperts.data_releases()]


def _validator(schema: dict[str, Any]) -> jsonschema.Draft202012Validator:
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def _errors(document: object, schema: dict[str, Any]) -> list[str]:
    return [f"{e.json_path}: {e.message}"[:200] for e in _validator(schema).iter_errors(document)]


# --- every release's JSON export follows the schema of its bundle format -------------------------


@pytest.mark.parametrize("version", VERSIONS)
def test_the_json_export_of_every_release_follows_its_own_schema(version: str) -> None:
    raw = to_json(data_version=version)
    schema = release_schema(version)
    assert _errors(json.loads(raw), schema) == []
    assert export_schema(raw) == schema  # the export says which schema it follows
    # the schema printed on the command line is the same file
    printed = CliRunner().invoke(main, ["schema", "--data-version", version])
    assert printed.exit_code == 0, printed.output
    assert json.loads(printed.stdout_bytes) == schema


def test_a_format_1_export_is_told_apart_from_a_format_2_export() -> None:
    first, latest = VERSIONS[0], VERSIONS[-1]
    old, new = json.loads(to_json(data_version=first)), json.loads(to_json(data_version=latest))
    assert (bundle_format_of(old), bundle_format_of(new)) == (1, BUNDLE_FORMAT)
    assert "bundle_format" not in old
    assert new["bundle_format"] == BUNDLE_FORMAT
    one, two = shipped_schema(bundle_format=1), shipped_schema(bundle_format=2)
    assert one["$id"] != two["$id"]
    # Each schema refuses the other format: a tool validating what it reads is told.
    assert _errors(old, two)
    assert _errors(new, one)
    assert any("bundle_format" in e for e in _errors(old, two))


def test_the_catalogue_names_each_releases_format_and_the_digest_is_untouched() -> None:
    import hashlib

    for entry in catalogue():
        raw = to_json(data_version=entry.data_version)
        assert hashlib.sha256(raw).hexdigest() == entry.digest
        assert bundle_format_of(json.loads(raw)) == entry.bundle_format
    assert catalogue()[0].digest == (
        "d96bc75b1cc584b47557504a9a0fd33f12962a511c9acf2807be9d5ee449d8be"
    )


def test_schema_data_version_refuses_an_unknown_release_or_another_shape() -> None:
    unknown = CliRunner().invoke(main, ["schema", "--data-version", "1999.1"])
    assert unknown.exit_code == 1
    assert "1999.1" in unknown.stderr
    mixed = CliRunner().invoke(main, ["schema", "--data-version", "2026.1", "--shape", "list"])
    assert mixed.exit_code == 1


def test_every_schema_has_a_versioned_id_under_the_documentation() -> None:
    ids = set()
    for name, version in SHAPE_VERSIONS.items():
        schema = shipped_schema(name)
        assert schema["$id"] == f"{SCHEMA_URL}{name}-{version}.schema.json"
        ids.add(schema["$id"])
    for fmt in [*FROZEN_FORMATS, BUNDLE_FORMAT]:
        schema = shipped_schema(bundle_format=fmt)
        assert schema["$id"] == f"{SCHEMA_URL}records-{fmt}.schema.json"
        assert f"format {fmt}" in schema["title"]
        ids.add(schema["$id"])
    assert SCHEMA_URL.startswith("https://")
    assert len(ids) == len(SHAPE_VERSIONS) + len(FROZEN_FORMATS) + 1
    with pytest.raises(KeyError):
        schema_file("records", bundle_format=99)


# --- every --json output of every release follows its shape's schema -------------------------


def _json(args: list[str]) -> Any:
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.mark.parametrize("version", VERSIONS)
def test_every_json_output_of_every_release_follows_its_schema(version: str) -> None:
    listed = _json(["list", "--json", "--data-version", version])
    assert len(listed) == len(nptexperts.load_experts(data_version=version))
    assert _errors(listed, shipped_schema("list")) == []
    for expert in listed:
        shown = _json(["show", expert["id"], "--json", "--data-version", version])
        assert _errors(shown, shipped_schema("show")) == []
    result = CliRunner().invoke(main, ["search", "the", "--json", "--limit", "0",
                                       "--data-version", version])  # fmt: skip
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.exit_code == 0
    assert len(lines) > 5
    for line in lines:
        assert _errors(line, shipped_schema("search")) == []
    info = _json(["info", "--json", "--data-version", version])
    assert info["data_version"] == version
    assert _errors(info, shipped_schema("info")) == []
    for other in VERSIONS:
        changes = _json(["diff", version, other, "--json"])
        assert _errors(changes, shipped_schema("diff")) == []
    assert _errors(_json(["releases", "--json"]), shipped_schema("releases")) == []


def test_the_schemas_refuse_a_document_that_is_off_shape() -> None:
    """The validation above can fail: a document off its shape is refused."""
    shown = _json(["show", "mikhail-lysenko", "--json"])
    del shown["name"]
    assert _errors(shown, shipped_schema("show"))
    export = json.loads(to_json())
    export["experts"][0]["positions"][0]["text"] = export["experts"][0]["positions"][0].pop("title")
    assert _errors(export, release_schema())


# --- the published schemas are frozen -------------------------------------------------------------


def _frozen(name: str) -> dict[str, Any]:
    return json.loads((FROZEN / f"{name}.schema.json").read_text(encoding="utf-8"))


FROZEN_SHAPES = [(name, f"{name}-{v}") for name, v in SHAPE_VERSIONS.items()] + [
    ("records", f"records-{BUNDLE_FORMAT}")
]


@pytest.mark.parametrize(("name", "frozen"), FROZEN_SHAPES)
def test_todays_schemas_keep_the_published_shapes(name: str, frozen: str) -> None:
    today = generate_schema(name) if name != "search" else shipped_schema("search")
    changes = schema_changes(_frozen(frozen), today)
    breaking = [str(c) for c in changes if c.breaking]
    assert not breaking, (
        f"a change to the published shape {frozen} would break its consumers: {breaking}."
        " Undo it, or publish a new version"
        + (
            " (a new bundle format: raise BUNDLE_FORMAT, add a migration in bundle.py)"
            if name == "records"
            else f" (raise SHAPE_VERSIONS[{name!r}])"
        )
        + ", freeze it in tests/schemas/ beside the old one and say so in CHANGELOG.md"
    )
    assert not changes, (
        f"the shape {frozen} changed (additive: {[str(c) for c in changes]}). If that is"
        f" intended, freeze it: `nptexperts schema --shape {name} >"
        f" tests/schemas/{frozen}.schema.json`, and add a CHANGELOG.md line"
    )


@pytest.mark.parametrize("fmt", sorted(FROZEN_FORMATS))
def test_the_schemas_of_older_bundle_formats_never_change(fmt: int) -> None:
    shipped = schema_file("records", bundle_format=fmt).read_bytes()
    assert shipped == (FROZEN / f"records-{fmt}.schema.json").read_bytes()


def test_every_frozen_file_is_a_published_shape() -> None:
    expected = {f"{frozen}.schema.json" for _, frozen in FROZEN_SHAPES}
    expected |= {f"records-{fmt}.schema.json" for fmt in FROZEN_FORMATS}
    # the versions a shape had before today's stay here as the record of what was published
    expected |= {
        f"{name}-{v}.schema.json" for name, n in SHAPE_VERSIONS.items() for v in range(1, n)
    }
    assert {p.name for p in FROZEN.glob("*.schema.json")} == expected


# --- the comparison itself -------------------------------------------------------------------------


def _obj(props: dict[str, Any], required: tuple[str, ...] = (), **more: Any) -> dict[str, Any]:
    return {"type": "object", "properties": props, "required": list(required), **more}


STR: dict[str, Any] = {"type": "string"}
INT: dict[str, Any] = {"type": "integer"}


def _said(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    return [str(c) for c in schema_changes(old, new)]


def test_identical_schemas_differ_in_nothing_and_descriptions_do_not_count() -> None:
    schema = shipped_schema("show")
    assert schema_changes(schema, schema) == []
    reworded = json.loads(
        json.dumps(schema).replace('"description": "', '"description": "Reworded: ')
    )
    assert reworded != schema
    assert schema_changes(schema, reworded) == []


def test_a_removed_or_renamed_field_breaks() -> None:
    old = _obj({"id": STR, "text": STR}, ("id", "text"))
    assert _said(old, _obj({"id": STR}, ("id",))) == ["breaking: $.text: removed"]
    renamed = _said(old, _obj({"id": STR, "title": STR}, ("id", "title")))
    assert renamed == ["breaking: $.text: removed", "breaking: $.title: new required field"]


def test_a_narrowed_type_breaks_and_a_widened_one_is_additive() -> None:
    nullable = {"anyOf": [STR, {"type": "null"}]}
    assert _said(_obj({"a": nullable}), _obj({"a": STR})) == [
        "breaking: $.a: no longer allows null"
    ]
    assert _said(_obj({"a": STR}), _obj({"a": nullable})) == ["additive: $.a: now also allows null"]
    assert _said({"type": ["string", "integer"]}, INT) == ["breaking: $: no longer allows string"]
    assert _said(STR, INT) == [
        "breaking: $: no longer allows string",
        "additive: $: now also allows integer",
    ]
    assert _said(STR, {"type": "string", "minLength": 1}) == [
        "breaking: $: new or changed minLength 1"
    ]
    assert _said({"type": "string", "format": "date"}, STR) == ["additive: $: no format any more"]


def test_narrowed_values_break_and_new_values_are_additive() -> None:
    assert _said({"enum": ["a", "b"]}, {"enum": ["a"]}) == ["breaking: $: no longer allows 'b'"]
    assert _said({"enum": ["a"]}, {"enum": ["a", "b"]}) == ["additive: $: now also allows 'b'"]
    assert _said(STR, {"enum": ["a"]}) == ["breaking: $: now limited to 'a'"]
    assert _said({"const": 1}, {"const": 2}) == [
        "breaking: $: no longer allows 1",
        "additive: $: now also allows 2",
    ]
    assert _said({"enum": ["a"]}, STR) == ["additive: $: now allows any value"]


def test_required_fields_and_closed_mappings() -> None:
    old = _obj({"a": STR}, ())
    assert _said(old, _obj({"a": STR}, ("a",))) == ["breaking: $.a: now required"]
    assert _said(_obj({"a": STR}, ("a",)), old) == ["additive: $.a: no longer required"]
    assert _said(old, _obj({"a": STR, "b": INT})) == ["additive: $.b: new optional field"]
    closed = _obj({"a": STR}, (), additionalProperties=False)
    assert _said(old, closed) == ["breaking: $: no longer allows other keys"]
    assert _said(closed, old) == []


def test_references_arrays_and_nesting_are_followed() -> None:
    def doc(position: dict[str, Any]) -> dict[str, Any]:
        return {
            "$ref": "#/$defs/Expert",
            "$defs": {
                "Expert": _obj({"positions": {"type": "array", "items": {"$ref": "#/$defs/P"}}}),
                "P": position,
            },
        }

    old = doc(_obj({"title": STR}, ("title",)))
    new = doc(_obj({"title": INT}, ("title",)))
    assert breaking_changes(old, new) == [
        SchemaChange("$.positions[].title", True, "no longer allows string")
    ]
    assert breaking_changes(old, old) == []
    assert _said({"type": "array", "items": STR}, {"type": "array", "items": INT})[0] == (
        "breaking: $[]: no longer allows string"
    )


def test_the_real_format_change_is_breaking() -> None:
    """Format 1 to format 2 renamed fields: the comparison sees what broke."""
    found = {str(c) for c in breaking_changes(_frozen("records-1"), _frozen("records-2"))}
    assert "breaking: $.experts[].positions[].text: removed" in found
    assert "breaking: $.bundle_format: new required field" in found


def test_any_value_constants_of_every_json_type_and_recursion() -> None:
    assert _said(STR, {}) == ["additive: $: now allows any value"]
    assert _said({}, STR) == ["breaking: $: no longer allows any"]
    assert _said({}, {}) == []
    assert _said({"const": True}, {"type": "boolean"}) == ["additive: $: now allows any value"]
    assert _said({"enum": [1.5]}, {"type": "number"}) == ["additive: $: now allows any value"]
    assert _said({"const": None}, {"type": "string"}) == [
        "breaking: $: no longer allows null",
        "additive: $: now also allows string",
    ]
    assert _said({"enum": [[1]]}, {"enum": [[1], {"a": 1}]})[0].startswith("additive: $")
    assert _said({"enum": ["a", 1]}, {"enum": ["a", 1]}) == []  # mixed values: compared as any
    tree = {
        "$ref": "#/$defs/Node",
        "$defs": {"Node": _obj({"children": {"type": "array", "items": {"$ref": "#/$defs/Node"}}})},
    }
    assert schema_changes(tree, tree) == []  # a recursive definition ends
    with pytest.raises(ValueError, match="unsupported"):
        schema_changes({"$ref": "https://example.org/other.json"}, STR)


def test_the_documentation_serves_every_schema_at_its_id(tmp_path: Path) -> None:
    from nptexperts.export.schema import published_schemas

    published = published_schemas()
    expected = {f"{name}-{v}.schema.json" for name, v in SHAPE_VERSIONS.items()}
    expected |= {f"records-{f}.schema.json" for f in [*FROZEN_FORMATS, BUNDLE_FORMAT]}
    assert set(published) == expected
    for name, raw in published.items():
        assert json.loads(raw)["$id"] == SCHEMA_URL + name
    pytest.importorskip("sphinx", reason="the docs extension needs the docs extra")
    import importlib
    import sys

    docs_ext = str(Path(__file__).parents[2] / "docs" / "_ext")
    if docs_ext not in sys.path:
        sys.path.insert(0, docs_ext)
    importlib.import_module("nptdocs.sites").write_schemas(tmp_path)
    assert {p.name for p in (tmp_path / "schema").iterdir()} == expected
