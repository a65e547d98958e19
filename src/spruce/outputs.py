"""One way to write results: strict JSON, CSV, text tables and the numbers in them.

- jsonable(x): plain JSON values (numpy/torch scalars and arrays unwrapped, Paths as
  strings, dataclasses as dicts, non-finite floats as None so that the JSON is strict).
- dumps / write_json: json.dumps(jsonable(x), allow_nan=False): never Infinity or NaN.
- write_csv: rows of dicts as CSV (nested values as JSON text).
- format_table(rows, columns, formats): a plain-text table for the terminal and the docs.
- count, percent, number, times: how the report writes numbers (thousands separators,
  percentages, significant digits); a missing or non-finite value is written as "–".
"""

from __future__ import annotations

import csv
import dataclasses
import json
import math
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

MISSING = "–"


def jsonable(x: Any) -> Any:
    """`x` as plain JSON values; NaN and ±inf become None (strict JSON has no such numbers)."""
    if isinstance(x, Mapping):
        return {str(k): jsonable(v) for k, v in x.items()}
    if isinstance(x, (list, tuple, set, frozenset)):
        return [jsonable(v) for v in x]
    if x is None or isinstance(x, (bool, str, int)):
        return x
    if isinstance(x, float):
        return x if math.isfinite(x) else None
    if isinstance(x, Path):
        return str(x)
    if dataclasses.is_dataclass(x) and not isinstance(x, type):
        return jsonable(dataclasses.asdict(x))
    if hasattr(x, "tolist") and callable(x.tolist):  # numpy / torch scalars and arrays
        return jsonable(x.tolist())
    if hasattr(x, "item") and callable(x.item):
        return jsonable(x.item())
    return str(x)


def dumps(x: Any, indent: int | None = None) -> str:
    """Strict JSON text of `x` (see jsonable)."""
    return json.dumps(jsonable(x), indent=indent, allow_nan=False, ensure_ascii=False)


def write_json(path: str | Path, x: Any, indent: int | None = 2) -> Path:
    """Write dumps(x) to `path` (creating its folder); returns the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(dumps(x, indent) + "\n", encoding="utf-8")
    return path


def columns_of(rows: Iterable[Mapping]) -> list[str]:
    """Every key of `rows`, in order of first appearance."""
    return list(dict.fromkeys(k for r in rows for k in r))


def write_csv(path: str | Path, rows: list[Mapping], columns: list[str] | None = None) -> Path:
    """Rows as CSV: numbers as they are (non-finite empty), lists and dicts as JSON text."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    columns = columns or columns_of(rows)

    def cell(v: Any) -> Any:
        v = jsonable(v)
        return json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else (
            "" if v is None else v)

    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(columns)
        w.writerows([cell(r.get(c)) for c in columns] for r in rows)
    return path


def _finite(x: Any) -> float | None:
    try:
        v = float(x)
    except (TypeError, ValueError):
        return None
    return v if math.isfinite(v) else None


def count(x: Any) -> str:
    """A whole number with thousands separators: 43490 -> "43,490"."""
    v = _finite(x)
    return MISSING if v is None else f"{round(v):,}"


def percent(x: Any, digits: int = 1, sign: bool = False) -> str:
    """A fraction as a percentage: 0.97333 -> "97.3 %" (sign: "+1.2 %")."""
    v = _finite(x)
    return MISSING if v is None else f"{100 * v:{'+' if sign else ''}.{digits}f} %"


def number(x: Any, digits: int = 4) -> str:
    """`digits` significant digits (whole numbers unrounded), thousands separators, 2.6e-05
    for small values."""
    v = _finite(x)
    if v is None:
        return MISSING
    if v == 0:
        return "0"
    if 1e-3 <= abs(v) < 1e15:
        decimals = max(0, digits - 1 - math.floor(math.log10(abs(v))))
        text = f"{v:,.{decimals}f}"
        return text.rstrip("0").rstrip(".") if "." in text else text
    return f"{v:.{max(digits, 1)}g}"


def times(x: Any, digits: int = 2) -> str:
    """A ratio as "0.66×"."""
    v = _finite(x)
    return MISSING if v is None else f"{v:.{digits}f}×"


def format_value(v: Any) -> str:
    """Default text of one cell: floats with 4 significant digits, everything else as str."""
    if isinstance(v, bool) or v is None:
        return "" if v is None else str(v)
    if isinstance(v, float):
        if not math.isfinite(v):
            return MISSING
        return str(int(v)) if v.is_integer() and abs(v) < 1e12 else f"{v:.4g}"
    return str(v)


def _clip(text: str, width: int | None) -> str:
    return text if width is None or len(text) <= width else text[: width - 1] + "…"


def format_table(rows: list[Mapping], columns: list[str] | None = None,
                 formats: Mapping[str, Callable[[Any], str] | str] | None = None,
                 rule: bool = False, max_width: int | None = None) -> str:
    """A plain-text table: a header line, (with `rule` a line of dashes), one line per row.

    columns: the keys to show (default: every key, in order); formats: per column a
    callable or a format spec ("{:.2f}" style without braces, e.g. ".2f"); max_width clips
    long cells with "…".
    """
    columns = list(columns) if columns is not None else columns_of(rows)
    formats = dict(formats or {})

    def fmt(col: str, v: Any) -> str:
        f = formats.get(col)
        if v is None or v == "":
            return ""
        if callable(f):
            return f(v)
        if isinstance(f, str):
            return format(v, f)
        return format_value(v)

    cells = [[_clip(fmt(c, r.get(c)), max_width) for c in columns] for r in rows]
    widths = [max([len(c), *(len(row[i]) for row in cells)]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip()]
    if rule:
        lines.append("-" * len(lines[0]))
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip()
              for row in cells]
    return "\n".join(lines)


def save_figure(fig: Any, path: str | Path, dpi: int = 120) -> Path:
    """Write a matplotlib Figure as PNG (creating the folder), free it; returns the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=dpi)
    if getattr(fig.canvas, "manager", None) is not None:  # made by pyplot: release it there
        import matplotlib.pyplot as plt

        plt.close(fig)
    return path
