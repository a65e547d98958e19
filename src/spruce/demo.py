"""`spruce demo`: the whole toolkit on small real data, offline, on a CPU, in a few minutes.

Sections (each part's `run_demo` does the work; this module only runs them in order,
times them and writes the report):
  1. derivation  the SPR term derived with sympy and checked        spruce.derivation
  2. mip         exact MIP vs big-M and perspective bounds, toy net  spruce.mip
  3. pruning     SPR and Bernoulli pruning of a small ResNet         spruce.training
  4. dynamics    ODE basins and a phase portrait                     spruce.dynamics
  5. sweep       accuracy vs MACs, every method, several strengths  spruce.training.sweep
Output: the findings and a compact table per section on the terminal, and in --out
(default ./spruce-report) a self-contained report (spruce.report_html): index.html with
the findings in sentences, each section's tables and captioned figures, data/ with every
table in full as CSV and JSON, and summary.json (strict JSON). A section whose part is
not installed or not built yet is reported as such; the others still run.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib
import json
import shutil
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from spruce.outputs import format_table
from spruce.report_html import write_report

SECTIONS: list[tuple[str, str, str]] = [
    ("derivation", "SPR derivation and its checks", "spruce.derivation"),
    ("mip", "Exact MIP vs big-M and perspective relaxations", "spruce.mip"),
    ("pruning", "SPR and Bernoulli pruning of a small ResNet on digits", "spruce.training"),
    ("dynamics", "Dynamics of Bernoulli pruning: basins and phase portrait", "spruce.dynamics"),
    ("sweep", "Accuracy against MACs: every pruning method at several strengths",
     "spruce.training.sweep"),
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
            rows = [dict(r) for r in result.get("rows", [])]
            for row in rows:  # each method's schedule, so that the table can say it
                s = result.get("summaries", {}).get(row["method"], {})
                row.update(epochs=s.get("epochs"), finetune_epochs=s.get("finetune_epochs"))
            dense = _dense_reference(out, rows)
            if dense is not None:
                rows.insert(0, dense)
            if bern_demo is None:
                result["bernoulli"] = "not built yet"
            else:
                rows.append(_bernoulli(bern_demo(out, quick=quick, seed=seed), result))
            result["rows"] = rows
            _methods_figure(out, rows, result)
            return result
        return run
    if key == "dynamics":
        demo = importlib.import_module("spruce.dynamics").run_demo
        return lambda: demo(out, quick=quick)
    if key == "sweep":
        demo = importlib.import_module("spruce.training.sweep").run_demo
        return lambda: demo(out, quick=quick, seed=seed)
    raise ValueError(f"unknown section {key!r}")


def _dense_reference(out: Path, rows: list[dict]) -> dict | None:
    """The dense network with the "none" run's exact settings and epochs (training and
    fine-tuning) but nothing pruned: the reference the methods are compared with. None if
    that run's settings (its run.json) cannot be read."""
    from spruce.training.config import PipelineConfig
    from spruce.training.pipeline import run_pipeline

    try:
        settings = json.loads((out / "none" / "run.json").read_text())["settings"]
    except (OSError, KeyError, TypeError, ValueError):
        return None
    names = {f.name for f in dataclasses.fields(PipelineConfig)}
    settings = {k: v for k, v in settings.items() if k in names}
    settings.update(out=out / "dense", target_macs=1.0, target_params=None, resume=False,
                    milestones=tuple(settings.get("milestones") or ()))
    if (out / "dense" / "run.json").is_file():  # the demo owns this folder
        shutil.rmtree(out / "dense")
    s = run_pipeline(PipelineConfig(**settings))
    ref = next((r for r in rows if r.get("method") == "none"), {})
    total = ref.get("channels_total", s["channels_total"])
    return {"method": "dense", "accuracy": s["acc_final"], "accuracy_trained": s["acc_trained"],
            "params_dense": s["params_dense"], "params": s["params_pruned"],
            "macs_dense": s["macs_dense"], "macs": s["macs_pruned"], "channels_kept": total,
            "channels_total": total, "speedup": None, "time_s": s["total_time_s"],
            "epochs": s["epochs"], "finetune_epochs": s["finetune_epochs"]}


def _bernoulli(b: dict, result: dict) -> dict:
    """Bernoulli's row (same keys as the others'); its per-epoch data and figures go into
    `result` (the wall-clock epoch times labelled as measured: they are load noise)."""
    b = dict(b)
    result["figures"] = list(result.get("figures", [])) + list(b.pop("figures", []))
    gates = b.pop("gates_per_epoch", [])
    per_epoch = {"macs": b.pop("macs_per_epoch", []),
                 "expected_macs_fraction": b.pop("expected_macs_per_epoch", []),
                 "gates_open": [g.get("open") for g in gates],
                 "gates_undecided": [g.get("undecided") for g in gates],
                 "gates_closed": [g.get("closed") for g in gates],
                 "test_accuracy": b.pop("test_acc_per_epoch", []),
                 "epoch_time_s_measured_on_shared_machine": b.pop("epoch_time_s", [])}
    result["bernoulli_per_epoch"] = [
        {"epoch": i + 1} | {k: v[i] for k, v in per_epoch.items() if i < len(v)}
        for i in range(len(per_epoch["macs"]))]
    settings = b.pop("settings", {}) or {}
    result["bernoulli"] = {k: v for k, v in b.items() if not isinstance(v, (list, dict))} | {
        "settings": settings}
    keys = ("method", "accuracy", "accuracy_trained", "params_dense", "params", "macs_dense",
            "macs", "channels_kept", "channels_total", "speedup", "time_s", "blocks_removed",
            "blocks_total")
    return {k: b.get(k) for k in keys} | {"epochs": settings.get("epochs"),
                                          "finetune_epochs": settings.get("finetune_epochs")}


def _methods_figure(out: Path, rows: list[dict], result: dict) -> None:
    """methods_accuracy_vs_macs.png again, with every method's final network: the dense
    reference of the same epochs, none, spr and Bernoulli."""
    from spruce.training.report import plot_accuracy_vs_macs

    points = [{"label": f"{r['method']} ({r.get('epochs')}+{r.get('finetune_epochs')} ep.)",
               "macs": r["macs"], "accuracy": r["accuracy"]} for r in rows]
    path = str(plot_accuracy_vs_macs(out / "methods_accuracy_vs_macs.png", points,
                                     "small ResNet on digits: final network of each method"))
    figures = [f for f in result.get("figures", []) if Path(f).name != Path(path).name]
    result["figures"] = [path, *figures]


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
    index, views = write_report(out, sections, meta)
    print("\nSummary")
    for sec in sections:
        print(f"- {sec['title']}: {sec['status']} ({sec['seconds']:.1f} s)")
    print("\nFindings")
    for sec in sections:
        print(f"- {views[sec['key']].finding}")
    for sec in sections:
        for t in views[sec["key"]].tables:
            rows = [dict(zip(t.columns, r, strict=True)) for r in t.rows]
            print(f"\n{sec['key']}: {t.caption}\n"
                  + format_table(rows, t.columns, rule=True, max_width=40))
    print(f"\nReport: {index}  ({meta['seconds']} s in all)")
    failed = [s for s in sections if s["status"] in ("failed", "interrupted")]
    return 1 if failed else 0
