"""`spruce prune CHECKPOINT`: prune a saved model, compress it, optionally fine-tune it.

Same rules as steps 3-5 of `spruce train`: a threshold search on a structure score
(magnitude = max |w| of the conv filter with its BN γ, β; bn = |γ|) keeping the
training-accuracy drop ≤ --tolerance points, or a fixed --prune-ratio per structure
(--score l1); then Torch-Pruning surgery, checked to leave the logits unchanged.
Writes OUT/pruned.pt (a checkpoint `spruce evaluate` reads) and OUT/prune_summary.json.
"""

from __future__ import annotations

import argparse
from pathlib import Path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from spruce.training.cli import add_data_options, add_search_options

    parser.add_argument("checkpoint", type=Path, help="checkpoint written by spruce train")
    add_data_options(parser)
    parser.add_argument("--score", choices=("magnitude", "bn", "l1"), default="magnitude",
                        help="channel score (default magnitude)")
    parser.add_argument("--prune-ratio", type=float, default=None,
                        help="remove this fraction per structure instead of searching a "
                             "threshold (default: search; 0.5 with --score l1)")
    add_search_options(parser)
    parser.add_argument("--finetune-epochs", type=int, default=0,
                        help="fine-tuning epochs after surgery (default 0)")
    parser.add_argument("--finetune-lr", type=float, default=0.01,
                        help="fine-tuning learning rate (default 0.01)")
    parser.add_argument("--batch-size", type=int, default=128,
                        help="fine-tuning batch size (default 128)")
    parser.add_argument("--out", type=Path, default=None,
                        help="output folder (default: the checkpoint's folder)")
    parser.add_argument("--no-progress", action="store_true", help="no progress bars")
    parser.add_argument("--safetensors", action="store_true",
                        help="also export OUT/pruned.safetensors (weights without pickle)")


def run(args: argparse.Namespace) -> int:
    from spruce.training import prune, report
    from spruce.training.checkpoint import (
        load_checkpoint,
        load_model,
        model_payload,
        save_checkpoint,
    )
    from spruce.training.data import get_dataset
    from spruce.training.methods import PruningMethod
    from spruce.training.spr import example_input
    from spruce.training.surgery import count_macs_params
    from spruce.training.trainer import TrainConfig, evaluate, fit, resolve_device
    from spruce.training.validate import PRUNE_RULES, check_args

    check_args(args, PRUNE_RULES)
    ckpt = load_checkpoint(args.checkpoint)
    model = load_model(ckpt)
    arch = ckpt["arch"]
    out = Path(args.out) if args.out is not None else Path(args.checkpoint).parent
    out.mkdir(parents=True, exist_ok=True)
    data = get_dataset(args.data, args.data_dir, args.download, args.seed)
    if data.info["in_channels"] != arch.get("in_channels", 3):
        raise ValueError(f"--data {args.data} has {data.info['in_channels']} channels, the "
                         f"checkpoint's model expects {arch.get('in_channels', 3)}")
    device = resolve_device(args.device)
    model = model.to(device)
    data_dev = data.to(device)
    ex = example_input(data.info, device)
    _, acc0 = evaluate(model, data_dev, "test")
    pr = prune.prune_model(model, data_dev, ex, args.score, args.prune_ratio, args.tolerance,
                           args.threshold_max, args.bisection_steps, 0.0, args.prune_samples)
    small = pr.small
    _, acc1 = evaluate(small, data_dev, "test")
    acc2 = acc1
    if args.finetune_epochs > 0:
        cfg = TrainConfig(epochs=args.finetune_epochs, lr=args.finetune_lr,
                          batch_size=args.batch_size, device=str(device), seed=args.seed,
                          progress=not args.no_progress,
                          log_path=str(out / "prune_finetune.jsonl"), arch=arch)
        small, _ = fit(small, PruningMethod(), data, cfg)
        _, acc2 = evaluate(small, data_dev, "test")
    ex_cpu = example_input(data.info, "cpu")
    macs0, params0 = count_macs_params(model.cpu(), ex_cpu)
    macs1, params1 = count_macs_params(small.cpu(), ex_cpu)
    summary = {"checkpoint": str(args.checkpoint), "acc_before": acc0, "acc_pruned": acc1,
               "acc_final": acc2, "params_before": params0, "params_pruned": params1,
               "macs_before": macs0, "macs_pruned": macs1, "search": pr.search,
               "channels_kept": sum(int(k.sum()) for k in pr.keep),
               "channels_total": sum(s.channels for s in pr.structures),
               "surgery_max_rel_diff": pr.max_rel_diff}
    save_checkpoint(out / "pruned.pt", {**model_payload(small, arch),
                                        "summary": report.jsonable(summary)})
    if args.safetensors:
        from spruce.training.safetensors_io import export_model

        export_model(out / "pruned.safetensors", small.state_dict(), arch)
    report.write_summary(out / "prune_summary.json", summary)
    print(f"accuracy {100 * acc0:.2f}% -> pruned {100 * acc1:.2f}% -> final {100 * acc2:.2f}%; "
          f"channels {summary['channels_kept']}/{summary['channels_total']}; params "
          f"{params0:,} -> {params1:,}; MACs {macs0:,} -> {macs1:,}; wrote {out / 'pruned.pt'}")
    return 0
