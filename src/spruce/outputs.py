"""One way to write results: strict JSON, CSV, text tables and the numbers in them.

- jsonable(x): plain JSON values (numpy/torch scalars and arrays unwrapped, Paths as
  strings, dataclasses as dicts, non-finite floats as None so that the JSON is strict).
- dumps / write_json: json.dumps(jsonable(x), allow_nan=False): never Infinity or NaN.
- write_atomic(path, data_or_write): bytes to a fresh temporary file next to `path`
  (`.NAME.PID.RANDOM.tmp`, O_CREAT|O_EXCL, never through a symlink), fsync, os.replace onto
  `path`: a crash or a full disk leaves the previous file whole and no temporary file; any
  OSError becomes a WriteError, one line "cannot write PATH: REASON" (errno kept).
- write_csv: rows of dicts as CSV (nested values as JSON text).
- format_table(rows, columns, formats): a plain-text table for the terminal and the docs.
- Field, fields_help: what each key of a JSON output means, as text for a command's --help
  (and so for docs/cli.md, which is generated from it).
- count, percent, number, times: how the report writes numbers (thousands separators,
  percentages, significant digits); a missing or non-finite value is written as "–".
"""

from __future__ import annotations

import csv
import dataclasses
import json
import math
import os
import secrets
import textwrap
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


class WriteError(OSError):
    """A file that could not be written: str() is one line, "cannot write PATH: REASON";
    errno and filename are those of the failure (ENOSPC for a full disk)."""

    def __init__(self, path: str | Path, cause: OSError):
        reason = cause.strerror or str(cause) or type(cause).__name__
        super().__init__(cause.errno, " ".join(reason.split()), str(path))

    def __str__(self) -> str:
        return f"cannot write {self.filename}: {self.strerror}"


def _temp_name(path: Path) -> Path:
    """A fresh temporary name next to `path` (hidden; the name is cut to stay < 255 bytes)."""
    return path.with_name(f".{path.name[:200]}.{os.getpid()}.{secrets.token_hex(6)}.tmp")


def create_temp(path: Path) -> tuple[int, Path]:
    """(fd, name) of a new empty file next to `path`; an existing name is never reused."""
    flags = (os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
             | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0))
    for _ in range(100):
        tmp = _temp_name(path)
        try:
            return os.open(tmp, flags, 0o666), tmp
        except FileExistsError:  # taken (by anything, a symlink included): draw another
            continue
    raise FileExistsError(f"cannot create a temporary file next to {path}: 100 names tried "
                          f"were all taken")


def write_atomic(path: str | Path, data: bytes | Callable[[Any], object]) -> Path:
    """Write `data` (bytes, or a function writing to a binary file object) to `path`
    atomically: temporary sibling, fsync, os.replace (module docstring); returns the path.

    Any OSError (ENOSPC included, also while the temporary file is created) is raised as a
    WriteError naming `path`; the temporary file is removed on every failure (Ctrl-C too)
    and a previous file at `path` is left as it was.
    """
    path = Path(path)
    try:
        fd, tmp = create_temp(path)
    except FileExistsError:  # its message already names the target
        raise
    except OSError as exc:  # no space or inodes left, read-only folder, ...
        raise WriteError(path, exc) from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            if callable(data):
                data(fh)
            else:
                fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise WriteError(path, exc) from exc
        raise
    return path


def write_json(path: str | Path, x: Any, indent: int | None = 2) -> Path:
    """Write dumps(x) to `path` (creating its folder) with write_atomic; a symbolic link is
    followed, and a device or pipe (/dev/stdout) is written in place. Returns the path."""
    path = Path(path)
    data = (dumps(x, indent) + "\n").encode("utf-8")
    target = Path(os.path.realpath(path)) if path.is_symlink() else path
    if target.exists() and not target.is_file():  # never replace a device or a pipe
        try:
            with open(target, "wb") as fh:
                fh.write(data)
        except OSError as exc:
            raise WriteError(path, exc) from exc
        return path
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(target, data)
    return path


@dataclasses.dataclass(frozen=True)
class Field:
    """One top-level key of a JSON output: its unit ("" where none applies: names, flags,
    objects), what it means, and `only`: when the key is present ("" = always)."""

    unit: str
    meaning: str
    only: str = ""


def fields_help(title: str, fields: Mapping[str, Field], width: int = 96) -> str:
    """`title`, then one entry per field, "name  meaning [unit] (only ...)", wrapped at
    `width` columns; for an argparse epilog shown as is (RawDescriptionHelpFormatter)."""
    column = min(max(len(name) for name in fields) + 4, 26)
    lines = [title]
    for name, f in fields.items():
        text = f.meaning + (f" [{f.unit}]" if f.unit else "") + (
            f" (only {f.only})" if f.only else "")
        head = f"  {name}".ljust(column)
        if len(name) + 4 > column:  # a long name: its text starts on the next line
            lines.append(head.rstrip())
            head = " " * column
        lines += textwrap.wrap(text, width, initial_indent=head,
                               subsequent_indent=" " * column)
    return "\n".join(lines)


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
