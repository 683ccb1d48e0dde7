"""Cross-references and signatures: hooks that make autodoc's output name public things.

* :func:`public_target` resolves ``nptexperts._records.models.Text`` (how type hints name it)
  to ``nptexperts.Text`` (what the API reference documents).
* :func:`hide_private_params` drops private ``__init__`` parameters from class
  signatures.
"""

from __future__ import annotations

from typing import Any

import nptexperts

__all__ = ["hide_private_params", "public_target"]


def public_target(app: Any, env: Any, node: Any, contnode: Any) -> Any:
    """Resolve ``nptexperts._records.models.Text`` (how type hints name it) to ``nptexperts.Text``."""
    if node.get("refdomain") != "py":
        return None
    target = node.get("reftarget", "")
    module = node.get("py:module") or ""
    name = target.rsplit(".", 1)[-1]
    domain = env.get_domain("py")
    if target.startswith("nptexperts.") and name in nptexperts.__all__:
        candidates = [f"nptexperts.{name}"]
    elif module.startswith("nptexperts"):
        # A short name in a package docstring (``:func:`to_json``` in nptexperts.export)
        # that one of its submodules documents.
        candidates = [
            full
            for full in domain.objects
            if full.startswith(f"{module}.") and full.endswith(f".{name}")
        ]
        if not candidates and target in nptexperts.__all__:
            # A short name in a private module's docstring (``:class:`MatchDict``` in
            # nptexperts._lookup.matches) that the package exports.
            candidates = [f"nptexperts.{target}"]
    else:
        return None
    if len(candidates) != 1 or candidates[0] == target:
        return None
    return domain.resolve_xref(
        env, node["refdoc"], app.builder, node["reftype"], candidates[0], node, contnode
    )


def _split_params(signature: str) -> list[str]:
    params, depth, current = [], 0, ""
    for char in signature:
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        if char == "," and depth == 0:
            params.append(current.strip())
            current = ""
        else:
            current += char
    if current.strip():
        params.append(current.strip())
    return params


def hide_private_params(
    app: Any,
    what: str,
    name: str,
    obj: Any,
    options: Any,
    signature: str | None,
    return_annotation: str | None,
) -> tuple[str, str | None] | None:
    """Drop private ``__init__`` parameters (``_experts: ...``) from class signatures:
    those classes are built by the package, not by callers."""
    if what != "class" or not signature or "_" not in signature:
        return None
    params = _split_params(signature[1:-1])
    public = [p for p in params if not p.lstrip("*").startswith("_")]
    if len(public) == len(params):
        return None
    return "(" + ", ".join(public) + ")", return_annotation
