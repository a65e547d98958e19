"""`spruce evaluate CHECKPOINT`: accuracy, size, MACs and inference speed of a saved model.

Reads any checkpoint of `spruce train`/`spruce prune` (dense or pruned; loaded with
weights_only=True), evaluates on the test split of --data, counts parameters and MACs
(spruce's counter, cross-checked with Torch-Pruning's) and times inference at --batch.
Prints one JSON object (and writes it with --json PATH).
"""

from __future__ import annotations

import argparse
from pathlib import Path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from spruce.training.cli import add_data_options, fields_epilog
    from spruce.training.fields import EVALUATE_FIELDS

    parser.add_argument("checkpoint", type=Path, help="checkpoint written by spruce train/prune")
    add_data_options(parser)
    parser.add_argument("--batch", type=int, nargs="+", default=[256],
                        help="batch sizes for the inference timing (default 256)")
    parser.add_argument("--iters", type=int, default=10,
                        help="timed forward passes per batch size (default 10)")
    parser.add_argument("--amp", action=argparse.BooleanOptionalAction, default=None,
                        help="bf16 autocast for evaluation and timing (default: on with CUDA)")
    parser.add_argument("--json", type=Path, default=None, help="also write the result here")
    fields_epilog(parser, "JSON", EVALUATE_FIELDS)


def run(args: argparse.Namespace) -> int:
    from spruce.outputs import dumps
    from spruce.training.cli import config_from_args, to_flag_error
    from spruce.training.config import EvaluateConfig
    from spruce.training.pipeline import evaluate_checkpoint
    from spruce.training.report import write_summary

    try:
        cfg = config_from_args(EvaluateConfig, args)
        result = evaluate_checkpoint(cfg)
    except ValueError as exc:
        raise to_flag_error(exc) from None
    print(dumps(result, indent=2))
    if cfg.json is not None:
        write_summary(cfg.json, result)
    return 0
