"""The docs tell the truth about the code: every `part.module.name` in docs/theory.md resolves,
the index links exist, and every ```python example under docs/ runs as written."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

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


def _python_blocks() -> list[tuple[str, int, str]]:
    """(file, first line, code) of every ```python block under docs/."""
    out = []
    for f in sorted(DOCS.glob("*.md")):
        lines = f.read_text().splitlines()
        start = None
        for i, line in enumerate(lines):
            if line.strip() == "```python":
                start = i + 1
            elif line.strip() == "```" and start is not None:
                out.append((f.name, start + 1, "\n".join(lines[start:i])))
                start = None
    return out


BLOCKS = _python_blocks()


def test_docs_have_python_examples():
    assert len(BLOCKS) >= 8, [(f, n) for f, n, _ in BLOCKS]


@pytest.mark.parametrize("block", BLOCKS, ids=[f"{f}:{n}" for f, n, _ in BLOCKS])
def test_docs_python_examples_run(block, tmp_path, monkeypatch):
    """Every example in the docs runs as written (in a scratch directory, CPU, offline)."""
    import matplotlib

    matplotlib.use("Agg")
    name, line, code = block
    monkeypatch.chdir(tmp_path)
    torch = pytest.importorskip("torch")
    torch.manual_seed(0)
    exec(compile(code, f"docs/{name}:{line}", "exec"), {"__name__": "__docs__"})


def test_readme_shows_the_own_model_example_in_at_most_25_lines():
    """The README's library example is docs/own-model.md's first one (which the test above
    runs), short enough to read at a glance."""
    readme = (DOCS.parent / "README.md").read_text()
    own = (DOCS / "own-model.md").read_text()
    first = own.split("```python\n", 1)[1].split("```", 1)[0]
    assert first in readme
    assert len([line for line in first.splitlines() if line.strip()]) <= 25
    assert "pruner.penalty()" in first and "save_pruned" in first


def test_docs_name_no_file_outside_the_repository():
    """Users never see the design notes: no page, notebook or docstring may send them there."""
    root = DOCS.parent
    files = [root / "README.md", *DOCS.glob("*.md"), *(root / "notebooks").glob("*.py"),
             *(root / "src").rglob("*.py")]
    offenders = [str(f.relative_to(root)) for f in files if "DESIGN.md" in f.read_text()]
    assert not offenders
