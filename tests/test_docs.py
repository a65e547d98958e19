"""The docs name real functions: every `part.module.name` in docs/theory.md resolves."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

DOCS = Path(__file__).resolve().parents[1] / "docs"
REF = re.compile(r"`((?:penalties|mip|training|dynamics|derivation)(?:\.[A-Za-z_]\w*)+)`")


def resolve(dotted: str):
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            obj = importlib.import_module("spruce." + ".".join(parts[:cut]))
        except ModuleNotFoundError:
            continue
        for name in parts[cut:]:
            obj = getattr(obj, name)
        return obj
    raise ModuleNotFoundError(dotted)


def test_theory_links_resolve_to_code():
    refs = sorted(set(REF.findall((DOCS / "theory.md").read_text())))
    assert len(refs) >= 15
    missing = []
    for ref in refs:
        try:
            resolve(ref)
        except (ModuleNotFoundError, AttributeError):
            missing.append(ref)
    assert not missing, f"docs/theory.md names code that does not exist: {missing}"


def test_docs_index_links_exist():
    text = (DOCS / "index.md").read_text()
    links = re.findall(r"\]\(([^)#]+\.md)\)", text)
    assert links
    assert all((DOCS / link).exists() for link in links), links
