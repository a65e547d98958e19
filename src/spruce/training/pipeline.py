"""The one pipeline under `spruce train`, `spruce prune`, `spruce evaluate` and the demo.

run_pipeline(PipelineConfig):
  1. M for SPR: m_scale × max-abs per structure of the initialization, of a short warm-up
     run (then training restarts from the initialization), or of a checkpoint
  2. train with loss = cross-entropy + the method's penalty   (checkpoint + JSONL per epoch)
  3. prune with the public pruner (spruce.pruning): by default the largest removal whose
     training accuracy (first `prune_samples` images) drops at most `tolerance` points;
     or a target_macs / target_params fraction; l1-filter: a fixed prune_ratio
  4. surgery with Torch-Pruning, checked: the smaller model's logits equal the masked ones
  5. fine-tune without the penalty                           6. report and save
prune_checkpoint(PruneConfig) runs steps 3-6 on a saved model, evaluate_checkpoint
(EvaluateConfig) measures one. Output folder: train.jsonl, checkpoint.pt, finetune.jsonl,
finetune.pt, pruned.pt (+ pruned.safetensors), summary.json, kept_channels.png,
accuracy_vs_macs.png.
"""

from __future__ import annotations

import contextlib
import copy
import json
import logging
import time
from dataclasses import asdict
from pathlib import Path

import torch
from torch import nn

from spruce.training.config import EvaluateConfig, PipelineConfig, PruneConfig

log = logging.getLogger(__name__)


def train_config(cfg: PipelineConfig, stage: str, arch: dict):
    """The TrainConfig of one stage: "train", "finetune" or "warmup" (for M)."""
    from spruce.training.trainer import TrainConfig

    ft = stage == "finetune"
    out = Path(cfg.out)
    epochs = {"train": cfg.epochs, "warmup": cfg.m_warmup_epochs,
              "finetune": cfg.finetune_epochs if cfg.finetune_epochs is not None
              else cfg.epochs // 2}[stage]
    # absolute milestones: fine-tuning continues the training schedule where it ended
    spans = cfg.milestone_epochs is not None and ft
    lr = cfg.lr if not ft else (cfg.finetune_lr or (cfg.lr if spans else cfg.lr / 10))
    return TrainConfig(
        epochs=epochs, batch_size=cfg.batch_size, lr=lr, momentum=cfg.momentum,
        schedule=cfg.schedule, epoch_offset=cfg.epochs if spans else 0,
        milestone_epochs=(tuple(cfg.milestone_epochs) if cfg.milestone_epochs is not None
                          else None),
        weight_decay=cfg.weight_decay, milestones=tuple(cfg.milestones), device=cfg.device,
        amp=cfg.amp, channels_last=cfg.channels_last, compile=cfg.compile, seed=cfg.seed,
        max_steps=cfg.max_steps, progress=cfg.progress, log_path=str(out / f"{stage}.jsonl"),
        checkpoint_path=None if stage == "warmup" else str(
            out / ("finetune.pt" if ft else "checkpoint.pt")),
        resume=cfg.resume and stage != "warmup", arch=arch)


def load_data(cfg):
    from spruce.training.data import get_dataset

    return get_dataset(cfg.data, cfg.data_dir, cfg.download, cfg.seed, cfg.synthetic_size)


def m_reference(cfg: PipelineConfig, model: nn.Module, data, dist, arch: dict):
    """The model whose max-abs per structure sets SPR's M (None: the model itself)."""
    from spruce.training.checkpoint import load_checkpoint, load_model
    from spruce.training.methods import PruningMethod
    from spruce.training.trainer import fit

    if cfg.method != "spr" or (cfg.resume and (Path(cfg.out) / "checkpoint.pt").exists()):
        return None  # a resumed run brings its M in the checkpoint
    if cfg.m_from == "warmup" and cfg.m_warmup_epochs > 0:
        warm, _ = fit(copy.deepcopy(model), PruningMethod(), data,
                      train_config(cfg, "warmup", arch), dist)
        return warm
    if cfg.m_from == "checkpoint":
        return load_model(load_checkpoint(cfg.m_checkpoint),
                          f"m_checkpoint {cfg.m_checkpoint}")
    return None


def prune_trained(model: nn.Module, pruner, data, cfg, rule_ratio: float | None = None,
                  rule: str | None = None):
    """Step 3-4: the PruneResult of `pruner` on the trained `model` by the config's rule.

    With no MACs/parameters target and no ratio, the accuracy rule is cfg.rule (or `rule`):
    "structured" (spruce's bisection on the units) or "authors" (their unstructured
    threshold, then the survival rule), both on the training accuracy of the first
    prune_samples images within tolerance points.
    """
    from spruce.training.trainer import evaluate

    if cfg.target_macs is not None:
        return pruner.prune(target_macs=cfg.target_macs, keep_fraction=cfg.keep_fraction)
    if cfg.target_params is not None:
        return pruner.prune(target_params=cfg.target_params, keep_fraction=cfg.keep_fraction)
    if rule_ratio is not None:
        return pruner.prune(ratio=rule_ratio)

    def train_accuracy(m: nn.Module) -> float:
        return evaluate(m, data, "train", limit=cfg.prune_samples)[1]

    if (rule or cfg.rule) == "authors":
        return pruner.prune_like_authors(train_accuracy, tolerance=cfg.tolerance / 100,
                                         survive=cfg.survive, progress=cfg.progress)
    return pruner.prune(train_accuracy, tolerance=cfg.tolerance / 100,
                        keep_fraction=cfg.keep_fraction, progress=cfg.progress)


def both_rules(model: nn.Module, pruner, data, cfg, chosen) -> dict:
    """The accuracy rules side by side: the chosen one's result and the other one's."""
    if chosen.rule not in ("evaluate", "authors"):
        return {}
    other = prune_trained(model, pruner, data, cfg,
                          rule="structured" if chosen.rule == "authors" else "authors")
    out = {}
    for name, r in (("structured", chosen if chosen.rule == "evaluate" else other),
                    ("authors", chosen if chosen.rule == "authors" else other)):
        out[name] = {"used": r is chosen, "units_kept": r.units_kept,
                     "units_total": r.units_total, "threshold": r.threshold,
                     "macs_ratio": r.macs_ratio, "params_ratio": r.params_ratio,
                     "train_acc": r.metric_before, "train_acc_pruned": r.metric_after,
                     "message": r.message}
    return out


def search_summary(result) -> dict:
    """The pruning decision for summary.json (accuracy as fractions, like the rest)."""
    return {"rule": result.rule, "score": result.score, "threshold": result.threshold,
            "status": result.status, "message": result.message,
            "train_acc": result.metric_before, "train_acc_pruned": result.metric_after,
            "trials": result.trials, "warnings": result.warnings}


def run_pipeline(cfg: PipelineConfig) -> dict:
    """Train, prune, compress, fine-tune and report (module docstring); the summary dict.

    The output folder is claimed for the run (spruce.training.rundir): locked while it
    works, and refused if it holds another run (or, with resume, a run of other settings).
    """
    from spruce.training import distributed
    from spruce.training.rundir import claim

    cfg.check()
    t_start = time.perf_counter()
    dist = distributed.from_env() if cfg.distributed else None
    rank = dist.rank if dist is not None else 0
    claimed = (claim(cfg.out, "train", asdict(cfg), cfg.resume) if rank == 0
               else contextlib.nullcontext())
    with claimed:
        summary = _train_prune_report(cfg, dist, t_start)
    if dist is not None:
        distributed.cleanup()
    return summary


def _train_prune_report(cfg: PipelineConfig, dist, t_start: float) -> dict:
    """run_pipeline's work inside the claimed output folder."""
    from spruce.pruning import Pruner
    from spruce.training.checkpoint import build_model
    from spruce.training.methods import PrunerMethod, PruningMethod, make_method
    from spruce.training.trainer import evaluate, example_inputs, fit, resolve_device

    device = dist.device if dist is not None else resolve_device(cfg.device)
    data = load_data(cfg)
    info = data.info
    arch = {"name": cfg.model, "num_classes": info["num_classes"],
            "in_channels": info["in_channels"], "image_size": list(info["image_size"])}
    torch.manual_seed(cfg.seed)
    model = build_model(cfg.model, info["num_classes"], info["in_channels"])
    method = make_method(cfg, m_reference(cfg, model, data, dist, arch))

    log.info("training %s with %s for %d epochs on %s", cfg.model, cfg.method, cfg.epochs,
             cfg.data)
    model, history = fit(model, method, data, train_config(cfg, "train", arch), dist)
    model.eval()
    data_dev = data.to(device)
    ex = example_inputs(data_dev, device)
    _, acc_trained = evaluate(model, data_dev, "test")
    pruner = method.pruner if isinstance(method, PrunerMethod) else Pruner(
        model, ex, include_residual=cfg.include_residual)
    if cfg.method == "bernoulli":
        # pruned while training: only the units of structures whose every gate closed
        # (kept as one zeroed unit) leave here; --target-macs was the gates' target
        result, rules = pruner.prune(threshold=0.0), {}
    else:
        result = prune_trained(model, pruner, data_dev, cfg,
                               pruner.ratio if cfg.method == "l1-filter" else None)
        rules = both_rules(model, pruner, data_dev, cfg, result)
    log.info("pruned (%s rule): %s", result.rule, result.message)
    _, acc_pruned = evaluate(result.model, data_dev, "test")

    small, ft_history = fit(result.model, PruningMethod(), data,
                            train_config(cfg, "finetune", arch), dist)
    small.spruce_plan = result.plan  # fine-tuning changes weights, not the plan
    small.eval()
    _, acc_final = evaluate(small, data_dev, "test")
    summary = {
        "rank": dist.rank if dist is not None else 0, "model": cfg.model, "data": cfg.data,
        "settings": method.describe(), "epochs": cfg.epochs,
        "finetune_epochs": len(ft_history), "device": str(device),
        "acc_trained": acc_trained, "acc_pruned": acc_pruned, "acc_final": acc_final,
        "train_time_s": sum(r["epoch_time_s"] for r in history), "rules": rules}
    summary.update(measure(model, small, result, cfg, arch, device))
    if cfg.method == "bernoulli":  # units of the architecture as built, not as trained
        dense = build_model(cfg.model, info["num_classes"], info["in_channels"])
        summary["channels_total"] = Pruner(dense, ex.cpu()).units
    if getattr(method, "rounding", None) is not None and history:
        # the last epoch was evaluated before the gates were rounded, acc_trained after
        summary["rounding"] = {**method.rounding,
                               "acc_before_rounding": history[-1].get("test_acc"),
                               "acc_after_rounding": acc_trained}
        summary["gates_per_epoch"] = method.history
    summary["total_time_s"] = time.perf_counter() - t_start
    if summary["rank"] == 0:
        points = [{"label": "trained", "macs": summary["macs_trained"], "accuracy": acc_trained},
                  {"label": "pruned", "macs": summary["macs_pruned"], "accuracy": acc_pruned},
                  {"label": "fine-tuned", "macs": summary["macs_pruned"], "accuracy": acc_final}]
        save_outputs(Path(cfg.out), small, arch, summary, result, points,
                     f"{cfg.model} {cfg.method} on {cfg.data}", cfg.safetensors,
                     history=history)
    return summary


def measure(trained: nn.Module, small: nn.Module, result, cfg, arch: dict,
            device: torch.device) -> dict:
    """Sizes (spruce's counter, cross-checked with Torch-Pruning's) and inference speed."""
    from spruce.pruning import surgery
    from spruce.training.checkpoint import build_model

    ex_cpu = torch.zeros(1, arch["in_channels"], *arch["image_size"])
    # "dense" is the architecture as built: a method that shrinks during training (Bernoulli)
    # is credited with that too; the trained model's own size is reported as well
    dense = build_model(arch["name"], arch["num_classes"], arch["in_channels"]).eval()
    macs_t, params_t = surgery.count_macs_params(copy.deepcopy(trained).cpu().eval(), ex_cpu)
    small_cpu = copy.deepcopy(small).cpu().eval()
    macs0, params0 = surgery.count_macs_params(dense, ex_cpu)
    macs1, params1 = surgery.count_macs_params(small_cpu, ex_cpu)
    shape = (arch["in_channels"], *arch["image_size"])
    fast = device.type == "cuda"  # time inference the way training ran: bf16, channels_last
    amp = fast if getattr(cfg, "amp", None) is None else cfg.amp
    cl = fast if getattr(cfg, "channels_last", None) is None else cfg.channels_last
    speed0 = surgery.throughput(dense, cfg.speed_batch, shape, device, amp=amp,
                                channels_last=cl)
    speed1 = surgery.throughput(copy.deepcopy(small), cfg.speed_batch, shape, device, amp=amp,
                                channels_last=cl)
    kept = {name: len(idx) for name, idx in result.kept.items()}
    return {
        "params_dense": params0, "params_pruned": params1, "macs_dense": macs0,
        "macs_pruned": macs1, "params_trained": params_t, "macs_trained": macs_t,
        "macs_checked_with_torch_pruning":
            surgery.tp_macs_params(small_cpu, ex_cpu) == (macs1, params1),
        "channels_total": result.units_total, "channels_kept": result.units_kept,
        "kept_per_structure": kept, "search": search_summary(result),
        "surgery_max_rel_diff": result.surgery_max_diff, "speed_batch": cfg.speed_batch,
        "images_per_s_dense": speed0, "images_per_s_pruned": speed1,
        "speedup": speed1 / speed0}


def save_outputs(out: Path, small: nn.Module, arch: dict, summary: dict, result,
                 points: list[dict], title: str, safetensors: bool, stem: str = "",
                 history: list[dict] | None = None) -> None:
    """pruned.pt (+ .safetensors), {stem}summary.json and the figures, in `out`.

    `points` (label, macs, accuracy) are drawn in the accuracy-vs-MACs figure; an SPR
    `history` (per-epoch regime counts) adds regimes.png.
    """
    from spruce.pruning import save_pruned
    from spruce.training import report
    from spruce.training.checkpoint import model_payload, save_checkpoint

    small_cpu = copy.deepcopy(small).cpu().eval()
    save_checkpoint(out / "pruned.pt", {**model_payload(small_cpu, arch),
                                        "summary": report.jsonable(summary)})
    if safetensors:
        save_pruned(small_cpu, out / "pruned.safetensors", plan=result.plan,
                    metadata={"spruce_arch": json.dumps(arch)})
    names = list(result.kept)
    summary["figures"] = [
        str(report.plot_kept_channels(out / f"{stem}kept_channels.png", names,
                                      [result.channels[n] for n in names],
                                      [len(v) for v in result.kept.values()], title)),
        str(report.plot_accuracy_vs_macs(out / f"{stem}accuracy_vs_macs.png", points, title))]
    if history and "method/regime1" in history[-1]:
        summary["figures"].append(str(report.plot_regimes(
            out / f"{stem}regimes.png", history, f"{title}: SPR regimes per epoch")))
    report.write_summary(out / f"{stem}summary.json", summary)


def pruner_for_score(model: nn.Module, example, score: str, ratio: float | None):
    """The public pruner that scores units by `score` (magnitude, bn or l1), no penalty."""
    from spruce.pruning import L1Filter, Pruner, Slimming

    if score == "bn":
        return Slimming(model, example, lam=0.0)
    if score == "l1":
        return L1Filter(model, example, 0.5 if ratio is None else ratio)
    if score != "magnitude":
        raise ValueError(f"score must be magnitude, bn or l1, got {score!r}")
    return Pruner(model, example)


def prune_checkpoint(cfg: PruneConfig) -> dict:
    """`spruce prune`: prune a saved model by the config's rule, fine-tune, save, report."""
    from spruce.training.checkpoint import load_checkpoint
    from spruce.training.rundir import claim

    cfg.check()
    out = Path(cfg.out) if cfg.out is not None else Path(cfg.checkpoint).parent / "prune"
    ckpt = load_checkpoint(cfg.checkpoint)
    with claim(out, "prune", asdict(cfg), resume=False):
        return _prune_saved(cfg, ckpt, out)


def _prune_saved(cfg: PruneConfig, ckpt: dict, out: Path) -> dict:
    """prune_checkpoint's work inside the claimed output folder."""
    from spruce.pruning.surgery import count_macs_params
    from spruce.training.checkpoint import load_model
    from spruce.training.methods import PruningMethod
    from spruce.training.trainer import TrainConfig, evaluate, example_inputs, fit, resolve_device

    model = load_model(ckpt, f"checkpoint {cfg.checkpoint}")
    arch = ckpt["arch"]
    data = checked_data(cfg, arch)
    device = resolve_device(cfg.device)
    model = model.to(device).eval()
    data_dev = data.to(device)
    ex = example_inputs(data_dev, device)
    _, acc0 = evaluate(model, data_dev, "test")
    pruner = pruner_for_score(model, ex, cfg.score, cfg.prune_ratio)
    ratio = pruner.ratio if cfg.score == "l1" else cfg.prune_ratio
    result = prune_trained(model, pruner, data_dev, cfg, ratio)
    rules = both_rules(model, pruner, data_dev, cfg, result)
    small = result.model
    _, acc1 = evaluate(small, data_dev, "test")
    acc2 = acc1
    if cfg.finetune_epochs > 0:
        tcfg = TrainConfig(epochs=cfg.finetune_epochs, lr=cfg.finetune_lr,
                           batch_size=cfg.batch_size, device=str(device), seed=cfg.seed,
                           progress=cfg.progress, log_path=str(out / "prune_finetune.jsonl"),
                           arch=arch)
        small, _ = fit(small, PruningMethod(), data, tcfg)
        small.spruce_plan = result.plan
        _, acc2 = evaluate(small, data_dev, "test")
    ex_cpu = torch.zeros(1, arch["in_channels"], *arch["image_size"])
    macs0, params0 = count_macs_params(copy.deepcopy(model).cpu(), ex_cpu)
    macs1, params1 = count_macs_params(copy.deepcopy(small).cpu(), ex_cpu)
    summary = {"checkpoint": str(cfg.checkpoint), "acc_before": acc0, "acc_pruned": acc1,
               "acc_final": acc2, "params_before": params0, "params_pruned": params1,
               "macs_before": macs0, "macs_pruned": macs1, "search": search_summary(result),
               "channels_kept": result.units_kept, "channels_total": result.units_total,
               "surgery_max_rel_diff": result.surgery_max_diff, "rules": rules}
    points = [{"label": "before", "macs": macs0, "accuracy": acc0},
              {"label": "pruned", "macs": macs1, "accuracy": acc1},
              {"label": "fine-tuned", "macs": macs1, "accuracy": acc2}]
    save_outputs(out, small, arch, summary, result, points, f"{arch['name']} on {cfg.data}",
                 cfg.safetensors, stem="prune_")
    summary["out"] = str(out)
    return summary


def checked_data(cfg, arch: dict):
    """The config's dataset, refused if its images do not fit the model's input."""
    data = load_data(cfg)
    want = (arch.get("in_channels", 3), *arch.get("image_size", data.info["image_size"]))
    have = (data.info["in_channels"], *data.info["image_size"])
    if have[0] != want[0]:
        raise ValueError(f"data {cfg.data} has {have[0]} channels, the checkpoint's model "
                         f"expects {want[0]}")
    classes = arch.get("num_classes", 10)
    if data.num_classes > classes:
        raise ValueError(f"data {cfg.data} has {data.num_classes} classes, the checkpoint's "
                         f"model outputs {classes} classes")
    return data


def evaluate_checkpoint(cfg: EvaluateConfig) -> dict:
    """`spruce evaluate`: accuracy, parameters, MACs (checked with Torch-Pruning), speed."""
    from spruce.pruning.surgery import count_macs_params, throughput, tp_macs_params
    from spruce.training.checkpoint import load_checkpoint, load_model
    from spruce.training.trainer import evaluate, resolve_device

    cfg.check()
    ckpt = load_checkpoint(cfg.checkpoint)
    model = load_model(ckpt, f"checkpoint {cfg.checkpoint}")
    data = checked_data(cfg, ckpt["arch"])
    device = resolve_device(cfg.device)
    amp = device.type == "cuda" if cfg.amp is None else cfg.amp
    shape = (data.info["in_channels"], *data.info["image_size"])
    ex = torch.zeros(1, *shape)
    macs, params = count_macs_params(model, ex)
    loss, acc = evaluate(model.to(device), data.to(device), "test", amp=amp)
    return {"checkpoint": str(cfg.checkpoint), "data": cfg.data, "device": str(device),
            "test_acc": acc, "test_loss": loss, "params": params, "macs": macs,
            "macs_matches_torch_pruning": tp_macs_params(model.cpu(), ex) == (macs, params),
            "images_per_s": {str(b): throughput(model, b, shape, device, cfg.iters, amp=amp)
                             for b in cfg.batch}}
