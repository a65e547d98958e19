"""`spruce prune CHECKPOINT`: prune a saved model, compress it, optionally fine-tune it.

The rules of `spruce train`'s pruning step (spruce.training.pipeline.prune_checkpoint):
the largest removal that keeps the training-accuracy drop within --tolerance points, or a
--target-macs / --target-params fraction, or a fixed --prune-ratio per structure (--score
l1); units scored by magnitude (max |w| of the layer rows with their norm γ, β), |γ| (bn)
or L1 norm; Torch-Pruning surgery, checked to leave the logits unchanged.
Writes OUT/pruned.pt (a checkpoint `spruce evaluate` reads) and OUT/prune_summary.json,
by default in a `prune` folder next to the checkpoint (never over `spruce train`'s files).
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
                        help="output folder (default: a 'prune' folder next to the checkpoint; "
                             "refused if it holds another run)")
    parser.add_argument("--no-progress", action="store_true", help="no progress bars")
    parser.add_argument("--safetensors", action="store_true",
                        help="also export OUT/pruned.safetensors (weights without pickle)")


def run(args: argparse.Namespace) -> int:
    from spruce.training.cli import config_from_args, to_flag_error
    from spruce.training.config import PruneConfig
    from spruce.training.pipeline import prune_checkpoint

    try:
        summary = prune_checkpoint(config_from_args(PruneConfig, args))
    except ValueError as exc:
        raise to_flag_error(exc) from None
    print(f"accuracy {100 * summary['acc_before']:.2f}% -> pruned "
          f"{100 * summary['acc_pruned']:.2f}% -> final {100 * summary['acc_final']:.2f}%; "
          f"units {summary['channels_kept']}/{summary['channels_total']}; params "
          f"{summary['params_before']:,} -> {summary['params_pruned']:,}; MACs "
          f"{summary['macs_before']:,} -> {summary['macs_pruned']:,}; "
          f"{summary['search']['message']}; wrote {summary['out']}/pruned.pt")
    return 0
