"""`spruce sweep`: every method at several strengths, accuracy against MACs (the Pareto plot).

Runs spruce.training.sweep.run_sweep (one `spruce train` run per method and strength, each
in OUT/<method>_<setting><value>/) and writes OUT/pareto.png, pareto.csv, pareto.json.
An interrupted sweep continues where it stopped when run again with the same options.
Example:  spruce sweep --data digits --model small --epochs 12 --finetune-epochs 4 --out runs/sweep
"""

from __future__ import annotations

import argparse


def _strengths(text: str) -> tuple[str, list[float]]:
    """METHOD=v1,v2,... (e.g. spr=0.5,2,5)."""
    from spruce.training.sweep import STRENGTHS

    method, sep, values = text.partition("=")
    if not sep or method not in STRENGTHS:
        raise argparse.ArgumentTypeError(f"must be METHOD=v1,v2,... with METHOD one of "
                                         f"{', '.join(STRENGTHS)}; got {text!r}")
    try:
        numbers = [float(v) for v in values.split(",") if v.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"values must be numbers, got {values!r}") from None
    if not numbers:
        raise argparse.ArgumentTypeError(f"no values in {text!r}")
    return method, numbers


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from spruce.training.cli import add_data_options
    from spruce.training.sweep import STRENGTHS

    add_data_options(parser)
    parser.add_argument("--model", default="small", help="network (default small)")
    parser.add_argument("--methods", nargs="+", default=list(STRENGTHS),
                        choices=list(STRENGTHS), help="methods to sweep (default: all)")
    parser.add_argument("--strengths", type=_strengths, action="append", default=None,
                        metavar="METHOD=V1,V2,...",
                        help="the values of one method's strength (λ; the MACs target for "
                             "bernoulli; prune ratio for l1-filter); repeatable (default: "
                             + "; ".join(f"{m} {n} {','.join(f'{v:g}' for v in vs)}"
                                         for m, (n, vs) in STRENGTHS.items()) + ")")
    parser.add_argument("--epochs", type=int, default=12, help="training epochs (default 12)")
    parser.add_argument("--finetune-epochs", type=int, default=4,
                        help="fine-tuning epochs (default 4)")
    parser.add_argument("--batch-size", type=int, default=64, help="batch size (default 64)")
    parser.add_argument("--lr", type=float, default=0.1, help="learning rate (default 0.1)")
    parser.add_argument("--tolerance", type=float, default=1.0,
                        help="largest training-accuracy drop of the pruning rule, in points "
                             "(default 1)")
    parser.add_argument("--speed-batch", type=int, default=64,
                        help="batch size of each run's measured inference speed (default 64)")
    parser.add_argument("--out", default="runs/sweep", help="output folder (default runs/sweep)")
    parser.add_argument("--no-progress", action="store_true", help="no progress lines")


def run(args: argparse.Namespace) -> int:
    from spruce.training.cli import to_flag_error
    from spruce.training.config import PipelineConfig
    from spruce.training.sweep import STRENGTHS, run_sweep, write_sweep

    chosen = {m: STRENGTHS[m] for m in args.methods}
    for method, values in args.strengths or []:
        if method not in chosen:
            raise ValueError(f"--strengths {method}=...: {method} is not in --methods")
        chosen[method] = (STRENGTHS[method][0], values)
    base = PipelineConfig(data=args.data, data_dir=args.data_dir, download=args.download,
                          synthetic_size=args.synthetic_size, seed=args.seed,
                          device=args.device, model=args.model, epochs=args.epochs,
                          finetune_epochs=args.finetune_epochs, batch_size=args.batch_size,
                          lr=args.lr, tolerance=args.tolerance, speed_batch=args.speed_batch,
                          out=args.out)
    try:
        base.check()
        rows = run_sweep(base, args.out, chosen, progress=not args.no_progress)
    except ValueError as exc:
        raise to_flag_error(exc) from None
    written = write_sweep(args.out, rows, f"{args.model} on {args.data}: accuracy vs MACs")
    print(written["table"])
    print(f"wrote {written['figure']} and {written['csv']}")
    return 0
