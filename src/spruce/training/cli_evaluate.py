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
    from spruce.training.cli import add_data_options

    parser.add_argument("checkpoint", type=Path, help="checkpoint written by spruce train/prune")
    add_data_options(parser)
    parser.add_argument("--batch", type=int, nargs="+", default=[256],
                        help="batch sizes for the inference timing (default 256)")
    parser.add_argument("--iters", type=int, default=10,
                        help="timed forward passes per batch size (default 10)")
    parser.add_argument("--amp", action=argparse.BooleanOptionalAction, default=None,
                        help="bf16 autocast for evaluation and timing (default: on with CUDA)")
    parser.add_argument("--json", type=Path, default=None, help="also write the result here")


def run(args: argparse.Namespace) -> int:
    import json

    from spruce.training.checkpoint import load_checkpoint, load_model
    from spruce.training.data import get_dataset
    from spruce.training.report import write_summary
    from spruce.training.spr import example_input
    from spruce.training.surgery import count_macs_params, throughput, tp_macs_params
    from spruce.training.trainer import evaluate, resolve_device
    from spruce.training.validate import EVALUATE_RULES, check_args

    check_args(args, EVALUATE_RULES)
    ckpt = load_checkpoint(args.checkpoint)
    model = load_model(ckpt)
    data = get_dataset(args.data, args.data_dir, args.download, args.seed)
    if data.info["in_channels"] != ckpt["arch"].get("in_channels", 3):
        raise ValueError(f"--data {args.data} has {data.info['in_channels']} channels, the "
                         f"model expects {ckpt['arch'].get('in_channels', 3)}")
    device = resolve_device(args.device)
    amp = device.type == "cuda" if args.amp is None else args.amp
    ex = example_input(data.info, "cpu")
    macs, params = count_macs_params(model, ex)
    loss, acc = evaluate(model.to(device), data.to(device), "test", amp=amp)
    shape = (data.info["in_channels"], *data.info["image_size"])
    result = {"checkpoint": str(args.checkpoint), "data": args.data, "device": str(device),
              "test_acc": acc, "test_loss": loss, "params": params, "macs": macs,
              "macs_matches_torch_pruning": tp_macs_params(model.cpu(), ex) == (macs, params),
              "images_per_s": {str(b): throughput(model, b, shape, device, args.iters, amp=amp)
                               for b in args.batch}}
    print(json.dumps(result, indent=2))
    if args.json is not None:
        write_summary(args.json, result)
    return 0
