"""Accuracy against MACs for every method at several strengths: the Pareto comparison.

`run_sweep` trains the same model on the same data with each method at each strength
through the one pipeline (train, prune by the accuracy rule, fine-tune), one run folder
each, and collects (method, strength, test accuracy, MACs kept, parameters kept):

    method       strength swept            (the other settings: the method's defaults)
    spr          λ                         α = 0.1, M from the initialization
    group-lasso  λ
    slimming     λ
    l1-filter    prune_ratio               (no penalty; a fixed share of every structure)
    bernoulli    target_macs (γ found)     β = ρ = ½
    none         -                         (plain training, then the same pruning rule)

`plot_pareto` draws test accuracy against the share of MACs kept, one curve per method
(points joined in order of MACs), with the dense network as a reference line; the table
and a CSV sit beside it. A finished run (its summary.json is there) is read back instead
of trained again, so an interrupted sweep continues where it stopped.
Cost: one pipeline run per point (small ResNet on digits, 12+4 epochs: 10-20 s on a
2-core CPU; 21 points about 5 min).
"""

from __future__ import annotations

import json
import logging
from dataclasses import replace
from pathlib import Path

from spruce.training.config import PipelineConfig

STRENGTHS = {"spr": ("lam", [2.0, 10.0, 30.0, 100.0]),
             "group-lasso": ("lam", [0.2, 1.0, 3.0, 10.0]),
             "slimming": ("lam", [1e-3, 3e-3, 1e-2, 3e-2]),
             "l1-filter": ("prune_ratio", [0.25, 0.5, 0.7, 0.85]),
             "bernoulli": ("target_macs", [0.25, 0.4, 0.55, 0.75])}
COLUMNS = ["method", "strength", "accuracy", "macs_kept", "params_kept", "units_kept"]
log = logging.getLogger(__name__)


def points(strengths: dict | None = None, with_baseline: bool = True) -> list[tuple]:
    """(method, setting name, value) of every run of the sweep, baseline first."""
    plan = [("none", None, None)] if with_baseline else []
    for method, (name, values) in (strengths or STRENGTHS).items():
        if method not in STRENGTHS:
            raise ValueError(f"strengths: unknown method {method!r}; one of {tuple(STRENGTHS)}")
        plan += [(method, name, v) for v in values]
    return plan


def run_name(method: str, name: str | None, value) -> str:
    return method if name is None else f"{method}_{name}{value:g}"


def run_sweep(base: PipelineConfig, out: str | Path, strengths: dict | None = None,
              progress: bool = False) -> list[dict]:
    """One pipeline run per (method, strength) under `out`; the rows of the Pareto table."""
    from spruce.training.pipeline import run_pipeline

    out = Path(out)
    rows = []
    plan = points(strengths)
    for i, (method, name, value) in enumerate(plan, 1):
        folder = out / run_name(method, name, value)
        cfg = replace(base, method=method, out=folder, progress=False,
                      **({} if name is None else {name: value}))
        (log.info if progress else log.debug)("sweep run %d of %d: %s", i, len(plan),
                                              folder.name)
        done = folder / "summary.json"
        summary = json.loads(done.read_text()) if done.is_file() else run_pipeline(
            replace(cfg, resume=(folder / "run.json").is_file()))
        rows.append(_row(method, value, summary))
    return rows


def _row(method: str, strength, s: dict) -> dict:
    return {"method": method, "strength": strength, "accuracy": s["acc_final"],
            "accuracy_trained": s["acc_trained"],
            "macs_kept": s["macs_pruned"] / s["macs_dense"],
            "params_kept": s["params_pruned"] / s["params_dense"],
            "units_kept": s["channels_kept"] / max(s["channels_total"], 1)}


def pareto_front(rows: list[dict]) -> list[dict]:
    """The rows no other row beats on both accuracy (higher) and MACs kept (lower)."""
    return [r for r in rows if not any(
        o["accuracy"] >= r["accuracy"] and o["macs_kept"] <= r["macs_kept"]
        and (o["accuracy"] > r["accuracy"] or o["macs_kept"] < r["macs_kept"])
        for o in rows)]


def pareto_figure(rows: list[dict], title: str):
    """Test accuracy against the share of MACs kept, one curve per method; the right panel
    zooms on the top 6 points of accuracy, where the methods that did not collapse sit."""
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, 2, figsize=(11, 4.2))
    baseline = [r for r in rows if r["method"] == "none"]
    best = max(r["accuracy"] for r in rows) * 100
    for ax in axes:
        if baseline:
            ax.axhline(baseline[0]["accuracy_trained"] * 100, color="0.6", ls=":",
                       label="dense, before pruning")
        for method in dict.fromkeys(r["method"] for r in rows):
            pts = sorted((r["macs_kept"] * 100, r["accuracy"] * 100) for r in rows
                         if r["method"] == method)
            style = "s" if method == "none" else "o-"
            ax.plot(*zip(*pts), style, lw=2.2 if method == "spr" else 1.2,
                    ms=6 if method == "spr" else 4,
                    label="none (plain, pruned)" if method == "none" else method)
        ax.set_xlabel("MACs kept (% of the dense network)")
        ax.set_xlim(0, 105)
        ax.grid(alpha=0.3)
    axes[0].set_ylabel("test accuracy after fine-tuning (%)")
    axes[0].set_title(title, fontsize=10)
    axes[1].set_ylim(best - 6, best + 0.5)
    axes[1].set_title("the top 6 points of accuracy", fontsize=10)
    axes[1].legend(fontsize=8, loc="lower right")
    fig.tight_layout()
    return fig


def write_sweep(out: str | Path, rows: list[dict], title: str) -> dict:
    """pareto.png, pareto.csv and pareto.json in `out`; returns their paths and the table."""
    from spruce.outputs import format_table, save_figure, write_csv, write_json

    out = Path(out)
    figure = save_figure(pareto_figure(rows, title), out / "pareto.png")
    write_csv(out / "pareto.csv", rows, COLUMNS + ["accuracy_trained"])
    write_json(out / "pareto.json", {"rows": rows, "front": pareto_front(rows)})
    return {"figure": str(figure), "csv": str(out / "pareto.csv"),
            "table": format_table(rows, COLUMNS)}


def run_demo(out: str | Path, quick: bool = False, seed: int = 0) -> dict:
    """The digits version for `spruce demo`: small ResNet, every method, CPU.

    Full: 4 strengths per method, 8 + 2 epochs (21 runs, about 2-3 min on 2 cores);
    quick: 1 strength per method, 3 + 1 epochs (6 runs). Bernoulli's gates start moving
    after one epoch (quick) or two, so that they act within these short runs.
    """
    out = Path(out)
    strengths = ({m: (n, [vs[1]])
                  for m, (n, vs) in STRENGTHS.items()} if quick else STRENGTHS)
    epochs, finetune = (3, 1) if quick else (8, 2)
    base = PipelineConfig(data="digits", model="small", epochs=epochs, finetune_epochs=finetune,
                          batch_size=64, seed=seed, device="cpu", tolerance=1.0,
                          warmup_epochs=1 if quick else 2, speed_batch=64,
                          prune_samples=600 if quick else 10000, out=out)
    for folder in out.glob("*/run.json"):  # the demo owns its folders: start afresh
        import shutil

        shutil.rmtree(folder.parent)
    rows = run_sweep(base, out, strengths)
    written = write_sweep(out, rows, f"small ResNet on digits ({epochs} + {finetune} epochs)")
    return {"rows": rows, "front": pareto_front(rows), "figures": [written["figure"]],
            "settings": {"epochs": epochs, "finetune_epochs": finetune, "tolerance": 1.0,
                         "strengths": {m: list(vs) for m, (_, vs) in strengths.items()}}}
