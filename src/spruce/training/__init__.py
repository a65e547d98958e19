"""spruce.training: SPR, baseline and Bernoulli pruning pipelines, from training to surgery.

`spruce.training.pipeline.run_pipeline(PipelineConfig(...))` (also `spruce train`): train
with cross-entropy + λ·penalty, prune with the public pruner of `spruce.pruning` (largest
removal within an accuracy tolerance, or a MACs/parameters target), remove the structures
with Torch-Pruning (logits unchanged), fine-tune, report accuracy/params/MACs/speed-up.

`run_demo` runs that pipeline on scikit-learn's digits with a small ResNet on the CPU,
once per method, and returns the rows and figure paths (about 15 s per method on a
2-core CPU; quick=True: about 5 s per method).
Heavy imports (torch, Torch-Pruning, matplotlib) happen inside the functions.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["run_demo"]

# demo settings per method: λ large enough to prune within a dozen epochs on 1,347 images
DEMO_OPTIONS = {"spr": {"lam": 10.0, "alpha": 0.1}, "group-lasso": {"lam": 2.0},
                "slimming": {"lam": 1e-2}, "l1-filter": {"prune_ratio": 0.5}}


def _discard_previous_run(folder: Path) -> None:
    """The demo owns its folders: a previous demo's run there (it has run.json) goes."""
    import shutil

    if (folder / "run.json").is_file():
        shutil.rmtree(folder)


def run_demo(out_dir: Path, quick: bool = False, seed: int = 0,
             methods=("none", "spr")) -> dict:
    """Train small_resnet on digits with each method through the whole pipeline (CPU).

    Returns {"rows": [{method, accuracy, accuracy_trained, params_dense, params,
    macs_dense, macs, channels_kept, channels_total, speedup, time_s}, ...],
    "figures": [PNG paths], "summaries": {method: summary dict}}.
    """
    from spruce.training.config import PipelineConfig
    from spruce.training.pipeline import run_pipeline
    from spruce.training.report import format_table, plot_accuracy_vs_macs

    out_dir = Path(out_dir)
    epochs, ft = (3, 1) if quick else (12, 4)
    extra = {"speed_batch": 64, "prune_samples": 600} if quick else {}
    rows, figures, summaries = [], [], {}
    for name in methods:
        _discard_previous_run(out_dir / name)
        cfg = PipelineConfig(data="digits", model="small", method=name, epochs=epochs,
                             finetune_epochs=ft, batch_size=64, seed=seed, device="cpu",
                             tolerance=1.0, progress=False, out=out_dir / name,
                             **extra, **DEMO_OPTIONS.get(name, {}))
        s = run_pipeline(cfg)
        summaries[name] = s
        figures += s["figures"]
        rows.append({"method": name, "accuracy": s["acc_final"],
                     "accuracy_trained": s["acc_trained"], "params_dense": s["params_dense"],
                     "params": s["params_pruned"], "macs_dense": s["macs_dense"],
                     "macs": s["macs_pruned"], "channels_kept": s["channels_kept"],
                     "channels_total": s["channels_total"], "speedup": s["speedup"],
                     "time_s": s["total_time_s"]})
    # the first method's network before pruning (and before its fine-tuning epochs)
    points = [{"label": f"{rows[0]['method']}, before pruning", "macs": rows[0]["macs_dense"],
               "accuracy": rows[0]["accuracy_trained"]}] if rows else []
    points += [{"label": r["method"], "macs": r["macs"], "accuracy": r["accuracy"]} for r in rows]
    figures.append(str(plot_accuracy_vs_macs(out_dir / "methods_accuracy_vs_macs.png", points,
                                             "small ResNet on digits: methods")))
    table = format_table(rows, ["method", "accuracy", "params", "macs", "channels_kept",
                                "speedup", "time_s"])
    (out_dir / "methods.txt").write_text(table + "\n")
    return {"rows": rows, "figures": figures, "summaries": summaries, "table": table}
