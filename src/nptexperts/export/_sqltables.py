"""SQL for the SQLite export: names and values quoted, and each table's ``CREATE TABLE``
statement with its types, checks and keys.
"""

from __future__ import annotations

from nptexperts.export.tables import Column, Table

__all__ = ["create_table_sql"]


_TYPES = {"string": "TEXT", "integer": "INTEGER", "date": "TEXT"}


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _column_sql(col: Column) -> str:
    sql = f"{_quote(col.name)} {_TYPES[col.type]}"
    if col.required:
        sql += " NOT NULL"
    if col.enum is not None:
        allowed = ", ".join(_literal(v) for v in col.enum)
        sql += f" CHECK ({_quote(col.name)} IN ({allowed}))"
    return sql


def create_table_sql(table: Table) -> str:
    """The ``CREATE TABLE`` statement of ``table``, with its keys and checks."""
    parts = [_column_sql(c) for c in table.columns]
    parts.append(f"PRIMARY KEY ({', '.join(map(_quote, table.primary_key))})")
    for fk in table.foreign_keys:
        parts.append(
            f"FOREIGN KEY ({', '.join(map(_quote, fk.fields))})"
            f" REFERENCES {_quote(fk.table)} ({', '.join(map(_quote, fk.reference))})"
        )
    return f"CREATE TABLE {_quote(table.name)} (\n  " + ",\n  ".join(parts) + "\n)"
