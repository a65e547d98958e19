"""`spruce demo`: the whole toolkit on small real data, offline, on a CPU, in a few minutes.

Sections (each part's `run_demo` does the work; this module only runs them in order,
times them and writes the report):
  1. derivation  the SPR term derived with sympy and checked        spruce.derivation
  2. mip         exact MIP vs big-M and perspective bounds, toy net  spruce.mip
  3. pruning     SPR and Bernoulli pruning of a small ResNet         spruce.training
  4. dynamics    ODE basins and a phase portrait                     spruce.dynamics
Output: a summary table on the terminal, and in --out (default ./spruce-report) an
index.html with every table and PNG figure, plus summary.json. A section whose part
is not installed or not built yet is reported as such; the others still run.
"""

from __future__ import annotations

import argparse
import html
import importlib
import json
import math
import shutil
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

SECTIONS: list[tuple[str, str, str]] = [
    ("derivation", "SPR derivation and its checks", "spruce.derivation"),
    ("mip", "Exact MIP vs big-M and perspective relaxations", "spruce.mip"),
    ("pruning", "SPR and Bernoulli pruning of a small ResNet on digits", "spruce.training"),
    ("dynamics", "Dynamics of Bernoulli pruning: basins and phase portrait", "spruce.dynamics"),
]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", type=Path, default=Path("spruce-report"),
                        help="folder for index.html, summary.json and figures "
                        "(default: %(default)s)")
    parser.add_argument("--quick", action="store_true",
                        help="smallest settings: the whole demo in about a minute")
    parser.add_argument("--seed", type=int, default=0,
                        help="random seed; the same seed gives the same numbers (default: 0)")
    parser.add_argument("--only", choices=[s[0] for s in SECTIONS], action="append",
                        help="run only this section (repeatable)")


def _section_runner(key: str, out: Path, quick: bool, seed: int) -> Callable[[], dict]:
    """The call that runs one section; raises ModuleNotFoundError/AttributeError if unbuilt."""
    if key == "derivation":
        demo = importlib.import_module("spruce.derivation").run_demo
        return lambda: demo(out)
    if key == "mip":
        demo = importlib.import_module("spruce.mip").run_demo
        return lambda: demo(out, quick=quick, seed=seed)
    if key == "pruning":
        train_demo = importlib.import_module("spruce.training").run_demo
        try:
            bern = importlib.import_module("spruce.training.bernoulli")
            bern_demo = bern.run_demo
        except (ModuleNotFoundError, AttributeError):
            bern_demo = None

        def run() -> dict:
            result = dict(train_demo(out, quick=quick, seed=seed, methods=("none", "spr")))
            if bern_demo is None:
                result["bernoulli"] = "not built yet"
                return result
            b = dict(bern_demo(out, quick=quick, seed=seed))
            figures = b.pop("figures", [])
            per_epoch = {k: b.pop(k) for k in ("macs_per_epoch", "epoch_time_s",
                                                 "test_acc_per_epoch") if k in b}
            rows = list(result.get("rows", []))
            keys = list(rows[0]) if rows else list(b)
            rows.append({k: b.get(k, "") for k in keys} | {
                "blocks_removed": f"{b.get('blocks_removed')}/{b.get('blocks_total')}"})
            result["rows"] = rows
            result["figures"] = list(result.get("figures", [])) + list(figures)
            n = len(per_epoch.get("macs_per_epoch", []))
            result["bernoulli_per_epoch"] = [
                {"epoch": i + 1} | {k: v[i] for k, v in per_epoch.items() if i < len(v)}
                for i in range(n)]
            result["bernoulli"] = {k: v for k, v in b.items()
                                   if not isinstance(v, (list, dict))}
            return result
        return run
    if key == "dynamics":
        demo = importlib.import_module("spruce.dynamics").run_demo
        return lambda: demo(out, quick=quick)
    raise ValueError(f"unknown section {key!r}")


def _jsonable(x: Any) -> Any:
    """Results as plain JSON (numpy/torch scalars and arrays become numbers and lists)."""
    if isinstance(x, dict):
        return {str(k): _jsonable(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [_jsonable(v) for v in x]
    if isinstance(x, Path):
        return str(x)
    if hasattr(x, "tolist"):
        return _jsonable(x.tolist())
    if isinstance(x, float) and not math.isfinite(x):
        return str(x)
    if isinstance(x, (str, int, float, bool)) or x is None:
        return x
    return str(x)


def _tables(result: dict) -> list[tuple[str, list[dict]]]:
    return [(k, v) for k, v in result.items()
            if isinstance(v, list) and v and all(isinstance(r, dict) for r in v)]


def _fmt(v: Any) -> str:
    if isinstance(v, float):
        return str(int(v)) if v.is_integer() and abs(v) < 1e12 else f"{v:.4g}"
    return str(v)


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _text_table(rows: list[dict], max_cols: int = 12, max_width: int = 44) -> str:
    """A plain table for the terminal; long cells are clipped (the HTML report has them whole)."""
    cols = list(dict.fromkeys(k for r in rows for k in r))[:max_cols]
    cells = [[_clip(_fmt(r.get(c, "")), max_width) for c in cols] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(cols)]
    line = "  ".join(c.ljust(w) for c, w in zip(cols, widths, strict=True))
    body = ["  ".join(x.ljust(w) for x, w in zip(row, widths, strict=True)) for row in cells]
    return "\n".join([line, "-" * len(line), *body])


def _html_table(rows: list[dict]) -> str:
    cols = list(dict.fromkeys(k for r in rows for k in r))
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in cols)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(_fmt(r.get(c, '')))}</td>" for c in cols)
                   + "</tr>" for r in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def write_report(out: Path, sections: list[dict], meta: dict) -> Path:
    """index.html (tables + figures copied next to it) and summary.json in `out`."""
    fig_dir = out / "figures"
    fig_dir.mkdir(parents=True, exist_ok=True)
    parts = [f"<h1>spruce demo report</h1><p>{html.escape(json.dumps(meta))}</p>"]
    for sec in sections:
        parts.append(f"<h2>{html.escape(sec['title'])}</h2>"
                     f"<p>status: <b>{html.escape(sec['status'])}</b>, "
                     f"{sec['seconds']:.1f} s</p>")
        result = sec.get("result") or {}
        if sec.get("message"):
            parts.append(f"<pre>{html.escape(sec['message'])}</pre>")
        scalars = {k: v for k, v in result.items() if not isinstance(v, (list, dict))}
        if scalars:
            parts.append(_html_table([scalars]))
        for name, rows in _tables(result):
            parts.append(f"<h3>{html.escape(name)}</h3>{_html_table(rows)}")
        for fig in result.get("figures", []):
            src = Path(fig)
            if src.is_file():
                # name by the path below `out` (pruning/spr/kept_channels.png ->
                # pruning_spr_kept_channels.png): methods write figures of the same name
                try:
                    name = "_".join(src.resolve().relative_to(out.resolve()).parts)
                except ValueError:
                    name = src.name
                shutil.copyfile(src, fig_dir / name)
                parts.append(f'<figure><img src="figures/{html.escape(name)}" '
                             f'style="max-width:900px"><figcaption>{html.escape(name)}'
                             f"</figcaption></figure>")
    style = ("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
             "td,th{border:1px solid #bbb;padding:3px 8px;text-align:right}</style>")
    index = out / "index.html"
    index.write_text(f"<!doctype html><html><head><meta charset='utf-8'><title>spruce demo"
                     f"</title>{style}</head><body>{''.join(parts)}</body></html>")
    summary = {"meta": meta, "sections": sections}
    (out / "summary.json").write_text(json.dumps(_jsonable(summary), indent=2))
    return index


def run(args: argparse.Namespace) -> int:
    out: Path = args.out
    if out.exists() and not out.is_dir():
        raise ValueError(f"--out must be a folder, but {str(out)!r} is an existing file")
    out.mkdir(parents=True, exist_ok=True)
    chosen = [s for s in SECTIONS if not args.only or s[0] in args.only]
    meta = {"seed": args.seed, "quick": bool(args.quick), "python": sys.version.split()[0]}
    sections: list[dict] = []
    t_all = time.perf_counter()
    for i, (key, title, module) in enumerate(chosen, 1):
        print(f"[{i}/{len(chosen)}] {title} ...", flush=True)
        t0 = time.perf_counter()
        sec: dict[str, Any] = {"key": key, "title": title}
        try:
            runner = _section_runner(key, out / key, args.quick, args.seed)
        except (ModuleNotFoundError, AttributeError) as exc:
            sec.update(status="not built yet", message=f"{module}: {exc}")
        else:
            (out / key).mkdir(parents=True, exist_ok=True)
            try:
                result = runner()
                # pre-rendered text tables repeat `rows` (with wall-clock columns): the report
                # renders its own tables, so keep only the data
                sec.update(status="ok", result={k: v for k, v in result.items()
                                                 if not (isinstance(v, str) and "\n" in v)})
            except KeyboardInterrupt:
                sec.update(status="interrupted")
                sections.append(sec | {"seconds": time.perf_counter() - t0})
                break
            except Exception as exc:  # a broken section must not hide the others
                if getattr(args, "debug", False):
                    raise
                sec.update(status="failed", message="".join(
                    traceback.format_exception_only(type(exc), exc)).strip())
        sec["seconds"] = time.perf_counter() - t0
        sections.append(sec)
        print(f"      {sec['status']} ({sec['seconds']:.1f} s)"
              + (f": {sec['message']}" if sec.get("message") else ""), flush=True)
    meta["seconds"] = round(time.perf_counter() - t_all, 1)
    index = write_report(out, sections, meta)
    print("\nSummary")
    for sec in sections:
        print(f"- {sec['title']}: {sec['status']} ({sec['seconds']:.1f} s)")
        for name, rows in _tables(sec.get("result") or {}):
            print(f"\n  {name}\n" + "\n".join("  " + ln for ln in _text_table(rows).splitlines()))
    print(f"\nReport: {index}  ({meta['seconds']} s in all)")
    failed = [s for s in sections if s["status"] in ("failed", "interrupted")]
    return 1 if failed else 0
