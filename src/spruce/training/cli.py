"""`spruce train`: the whole pipeline, from dense training to a smaller, faster network.

  1. M_j for SPR (M_scale × max-abs per structure of the init / a warm-up run / a checkpoint)
  2. train with loss = CE + method penalty          (checkpoint + JSONL line per epoch)
  3. prune: threshold search keeping the training-accuracy drop ≤ --tolerance points
     (l1-filter: a fixed --prune-ratio per structure); zero whole structures
  4. surgery with Torch-Pruning; the smaller model's logits must match the masked model's
  5. fine-tune without the penalty                  6. report: accuracy, params, MACs
     (cross-checked with Torch-Pruning's counter), measured inference speed-up, plots

Output folder (--out): train.jsonl, checkpoint.pt, finetune.jsonl, finetune.pt, pruned.pt,
summary.json, kept_channels.png, accuracy_vs_macs.png.
Example:  spruce train --model resnet56 --method spr --data cifar10 --data-dir ~/data --out runs/r56
"""

from __future__ import annotations

import argparse
from pathlib import Path

_DEFAULTS: dict[str, object] = {}
_ACTIONS: dict[str, argparse.Action] = {}



def add_search_options(p) -> None:
    """The threshold-search options shared by `spruce train` and `spruce prune`."""
    p.add_argument("--tolerance", type=float, default=0.05,
                   help="largest training-accuracy drop of the threshold search, in points "
                        "(default 0.05, the SPR authors' value)")
    p.add_argument("--threshold-max", type=float, default=0.1,
                   help="upper end of the threshold bisection (default 0.1)")
    p.add_argument("--bisection-steps", type=int, default=10,
                   help="halvings of [0, --threshold-max] (default 10)")
    p.add_argument("--prune-samples", type=int, default=10000,
                   help="training images measuring accuracy in the search (default 10000)")


def add_data_options(parser: argparse.ArgumentParser) -> None:
    """--data, --data-dir, --download, --synthetic-size, --seed, --device (shared by commands)."""
    g = parser.add_argument_group("data and device")
    g.add_argument("--data", default="digits",
                   choices=("digits", "cifar10", "cifar100", "synthetic"),
                   help="dataset: digits (8×8, installs with scikit-learn), cifar10/cifar100 "
                        "(python-format batches in --data-dir), synthetic (CIFAR-shaped)")
    g.add_argument("--data-dir", type=Path, default=None,
                   help="folder holding cifar-10-batches-py/ or cifar-100-python/")
    g.add_argument("--download", action="store_true",
                   help="fetch the CIFAR archive into --data-dir if files are missing")
    g.add_argument("--synthetic-size", type=int, default=5000,
                   help="training images of --data synthetic (default 5000)")
    g.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    g.add_argument("--device", default="auto",
                   help="auto (cuda if available), cpu, cuda or cuda:N (default auto)")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from spruce.training.checkpoint import MODELS
    from spruce.training.methods import METHODS

    add_data_options(parser)
    g = parser.add_argument_group("model and training")
    g.add_argument("--model", default="small", choices=MODELS,
                   help="network: small (for digits), resnet20..110 (CIFAR, option A), "
                        "resnet18/34/50 (torchvision) (default small)")
    g.add_argument("--method", default="spr", choices=tuple(METHODS),
                   help="pruning method (default spr)")
    g.add_argument("--epochs", type=int, default=10, help="training epochs (default 10)")
    g.add_argument("--batch-size", type=int, default=128, help="batch size (default 128)")
    g.add_argument("--lr", type=float, default=0.1, help="SGD learning rate (default 0.1)")
    g.add_argument("--momentum", type=float, default=0.9, help="SGD momentum (default 0.9)")
    g.add_argument("--weight-decay", type=float, default=5e-4,
                   help="weight decay on conv/linear weights (default 5e-4)")
    g.add_argument("--milestones", type=float, nargs="+", default=[0.5, 0.75],
                   help="lr ×0.1 at these fractions of the epochs (default 0.5 0.75)")
    g.add_argument("--amp", action=argparse.BooleanOptionalAction, default=None,
                   help="bf16 autocast (default: on with CUDA)")
    g.add_argument("--channels-last", action=argparse.BooleanOptionalAction, default=None,
                   help="channels_last memory format (default: on with CUDA)")
    g.add_argument("--compile", action="store_true", help="torch.compile the model")
    g.add_argument("--max-steps", type=int, default=None,
                   help="at most this many steps per epoch (smoke tests)")
    g.add_argument("--distributed", action="store_true",
                   help="DistributedDataParallel under torchrun (one process per GPU)")
    g.add_argument("--out", type=Path, default=Path("runs/train"),
                   help="output folder (default runs/train)")
    g.add_argument("--resume", action="store_true",
                   help="continue from the checkpoints in --out exactly where they stopped")
    g.add_argument("--no-progress", action="store_true", help="no progress bars")
    m = parser.add_argument_group("method settings")
    m.add_argument("--lam", type=float, default=None,
                   help="penalty weight λ (default: spr 0.5, group-lasso 0.05, "
                        "slimming 1e-4)")
    m.add_argument("--alpha", type=float, default=None,
                   help="SPR α in (0, 1): share of the ℓ2 term (default 0.1)")
    m.add_argument("--m-scale", type=float, default=None,
                   help="SPR M_j = M_scale × max-abs of the structure (default 1.0)")
    m.add_argument("--m-from", choices=("init", "warmup", "checkpoint"), default="init",
                   help="where the max-abs behind M comes from (default init)")
    m.add_argument("--m-warmup-epochs", type=int, default=2,
                   help="plain epochs of the warm-up run for --m-from warmup (default 2)")
    m.add_argument("--m-checkpoint", type=Path, default=None,
                   help="pretrained spruce checkpoint for --m-from checkpoint")
    m.add_argument("--no-residual", action="store_true",
                   help="prune only structures with one conv (block-inner channels)")
    for opt, kind, text in (
            ("--gamma", float, "bernoulli: weight of the expected complexity E[C]"),
            ("--beta", float, "bernoulli: FLOPs vs parameters balance in [0, 1]"),
            ("--rho", float, "bernoulli: layers vs units balance"),
            ("--theta-lr", float, "bernoulli: constant step size of the projected SGD on the "
                                  "gate probabilities θ (not scheduled)"),
            ("--warmup-epochs", int, "bernoulli: epochs before the gates start to move")):
        m.add_argument(opt, type=kind, default=None, help=text + " (default: the method's)")
    m.add_argument("--estimator", choices=("auto", "score", "taylor", "first_order"),
                   default="auto", help="bernoulli: gradient estimator of E[loss] in θ "
                   "(auto = score function with a mean-field baseline; default auto)")
    m.add_argument("--no-guard", dest="guard", action="store_false",
                   help="bernoulli: do not reopen structures that the dynamics' pruning "
                        "conditions say were closed prematurely")
    p = parser.add_argument_group("pruning and fine-tuning")
    add_search_options(p)
    p.add_argument("--keep-fraction", type=float, default=0.0,
                   help="a channel survives if more than this fraction of its entries exceed "
                        "the threshold (default 0: its largest entry decides)")
    p.add_argument("--prune-ratio", type=float, default=None,
                   help="l1-filter: fraction of filters removed per structure (default 0.5)")
    p.add_argument("--finetune-epochs", type=int, default=None,
                   help="fine-tuning epochs without penalty (default: --epochs // 2)")
    p.add_argument("--finetune-lr", type=float, default=None,
                   help="fine-tuning learning rate (default: --lr / 10)")
    p.add_argument("--speed-batch", type=int, default=256,
                   help="batch size of the measured inference speed-up (default 256)")
    p.add_argument("--safetensors", action="store_true",
                   help="also export the pruned model as OUT/pruned.safetensors (no pickle; "
                        "readable by spruce evaluate/prune and the safetensors package)")
    p.add_argument("--config", type=Path, default=None,
                   help="JSON or TOML file of option values (keys: long option names); "
                        "options given on the command line win")
    for action in parser._actions:
        _DEFAULTS[action.dest] = action.default
        _ACTIONS[action.dest] = action


def apply_config(args: argparse.Namespace) -> argparse.Namespace:
    """Fill options from --config where the command line left them at their defaults."""
    path = getattr(args, "config", None)
    if path is None:
        return args
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"--config {path} does not exist")
    text = path.read_text()
    if path.suffix == ".toml":
        import tomllib

        try:
            values = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise ValueError(f"--config {path} is not valid TOML: {exc}") from None
    else:
        import json

        try:
            values = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ValueError(f"--config {path} is not valid JSON: {exc}") from None
    if not isinstance(values, dict):
        raise ValueError(f"--config {path} must hold a table/object of option values, got "
                         f"{type(values).__name__}")
    unknown = [k for k in values if k.replace("-", "_") not in _DEFAULTS
               or k in ("help", "config")]
    if unknown:
        raise ValueError(f"--config {path}: unknown option(s) {unknown}; allowed: "
                         f"{sorted(k for k in _DEFAULTS if k not in ('help', 'config'))}")
    for key, value in values.items():
        dest = key.replace("-", "_")
        if getattr(args, dest, None) == _DEFAULTS.get(dest):
            setattr(args, dest, _coerce(_ACTIONS.get(dest), key, value, path))
    return args


def _coerce(action: argparse.Action | None, key: str, value, path: Path):
    """A config value checked and converted as the command line would (type, nargs, choices)."""
    if action is None:
        return value
    where = f"--config {path}: {key} = {value!r}"
    if action.nargs == 0:  # store_true / store_false / --x/--no-x flags
        if not isinstance(value, bool):
            raise ValueError(f"{where}: must be true or false")
        return value
    many = action.nargs in ("+", "*") or isinstance(action.nargs, int)
    if many != isinstance(value, list) or (many and action.nargs == "+" and not value):
        raise ValueError(f"{where}: must be {'a non-empty list' if many else 'a single value'}")
    convert = action.type or (lambda v: v)
    out = []
    for v in value if many else [value]:
        if isinstance(v, (dict, list)) or (isinstance(v, bool) and action.type is not None):
            raise ValueError(f"{where}: {v!r} is not a {getattr(convert, '__name__', 'value')}")
        try:
            v = convert(str(v) if action.type in (Path, str) else v)
            if action.type is int and isinstance(value, float):
                raise ValueError
        except (TypeError, ValueError):
            raise ValueError(f"{where}: {v!r} is not a valid "
                             f"{getattr(convert, '__name__', 'value')}") from None
        if action.choices is not None and v not in action.choices:
            raise ValueError(f"{where}: allowed values are {tuple(action.choices)}")
        out.append(v)
    return out if many else out[0]


def train_config(args: argparse.Namespace, stage: str, arch: dict):
    from spruce.training.trainer import TrainConfig

    ft = stage == "finetune"
    epochs = args.finetune_epochs if args.finetune_epochs is not None else args.epochs // 2
    return TrainConfig(
        epochs=epochs if ft else args.epochs, batch_size=args.batch_size,
        lr=(args.finetune_lr or args.lr / 10) if ft else args.lr, momentum=args.momentum,
        weight_decay=args.weight_decay, milestones=tuple(args.milestones), device=args.device,
        amp=args.amp, channels_last=args.channels_last, compile=args.compile, seed=args.seed,
        max_steps=args.max_steps, progress=not args.no_progress,
        log_path=str(args.out / f"{stage}.jsonl"),
        checkpoint_path=str(args.out / ("finetune.pt" if ft else "checkpoint.pt")),
        resume=args.resume, arch=arch)


def run(args: argparse.Namespace) -> int:
    from spruce.training.report import print_summary
    from spruce.training.validate import TRAIN_RULES, check_args

    args = apply_config(args)
    check_args(args, TRAIN_RULES)  # every option, before any data or model work
    summary = run_pipeline(args)
    if summary.get("rank", 0) == 0:
        print_summary(summary)
    return 0


def run_pipeline(args: argparse.Namespace) -> dict:
    """Train, prune, compress, fine-tune and report (module docstring); the summary dict."""
    import copy
    import time

    import torch

    from spruce.training import distributed, prune, report, surgery
    from spruce.training.checkpoint import (
        build_model,
        load_checkpoint,
        load_model,
        model_payload,
        save_checkpoint,
    )
    from spruce.training.data import get_dataset
    from spruce.training.methods import PruningMethod, make_method
    from spruce.training.spr import example_input
    from spruce.training.trainer import evaluate, fit, resolve_device

    t_start = time.perf_counter()
    dist = distributed.from_env() if args.distributed else None
    rank = dist.rank if dist is not None else 0
    device = dist.device if dist is not None else resolve_device(args.device)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    data = get_dataset(args.data, args.data_dir, args.download, args.seed, args.synthetic_size)
    info = data.info
    arch = {"name": args.model, "num_classes": info["num_classes"],
            "in_channels": info["in_channels"], "image_size": list(info["image_size"])}
    torch.manual_seed(args.seed)
    model = build_model(args.model, info["num_classes"], info["in_channels"])
    init_state = copy.deepcopy(model.state_dict())

    # 1. the reference model behind M (SPR only; others ignore it)
    args.m_reference = None
    resuming = args.resume and (out / "checkpoint.pt").exists()
    if args.method == "spr" and not resuming:
        if args.m_from == "warmup" and args.m_warmup_epochs > 0:
            warm = copy.deepcopy(model)
            cfg = train_config(args, "warmup", arch)
            cfg.epochs, cfg.checkpoint_path, cfg.resume = args.m_warmup_epochs, None, False
            cfg.log_path = str(out / "warmup.jsonl")
            args.m_reference, _ = fit(warm, PruningMethod(), data, cfg, dist)
            model.load_state_dict(init_state)  # restart from the initialization
        elif args.m_from == "checkpoint":
            if args.m_checkpoint is None:
                raise ValueError("--m-from checkpoint needs --m-checkpoint PATH")
            args.m_reference = load_model(load_checkpoint(args.m_checkpoint))

    # 2. train with the penalty
    method = make_method(args)
    model, history = fit(model, method, data, train_config(args, "train", arch), dist)
    model.eval()
    data_dev = data.to(device)
    ex = example_input(info, device)
    _, acc_trained = evaluate(model, data_dev, "test")

    # 3-4. prune (threshold search or ratio), zero, compress; logits checked unchanged
    kind = getattr(method, "prune_score", "magnitude")
    ratio = getattr(method, "ratio", None) if kind == "l1" else None
    pr = prune.prune_model(model, data_dev, ex, kind, ratio, args.tolerance, args.threshold_max,
                           args.bisection_steps, args.keep_fraction, args.prune_samples,
                           not args.no_residual)
    structures, keep, search, rel_diff, small = (pr.structures, pr.keep, pr.search,
                                                 pr.max_rel_diff, pr.small)
    _, acc_masked = evaluate(pr.masked, data_dev, "test")

    # 5. fine-tune without the penalty
    small, ft_history = fit(small, PruningMethod(), data, train_config(args, "finetune", arch),
                            dist)
    small.eval()
    _, acc_final = evaluate(small, data_dev, "test")

    # 6. report
    ex_cpu = example_input(info, "cpu")
    # "dense" is the architecture as built: a method that shrinks during training (Bernoulli)
    # is credited with that too; the trained model's own size is reported as well
    dense = build_model(args.model, info["num_classes"], info["in_channels"]).eval()
    macs_t, params_t = surgery.count_macs_params(model.to("cpu").eval(), ex_cpu)
    small_cpu = copy.deepcopy(small).to("cpu").eval()
    macs0, params0 = surgery.count_macs_params(dense, ex_cpu)
    macs1, params1 = surgery.count_macs_params(small_cpu, ex_cpu)
    tp_check = surgery.tp_macs_params(small_cpu, ex_cpu) == (macs1, params1)
    shape = (info["in_channels"], *info["image_size"])
    fast = device.type == "cuda"  # time inference the way training ran: bf16, channels_last
    amp = fast if args.amp is None else args.amp
    cl = fast if args.channels_last is None else args.channels_last
    speed0 = surgery.throughput(copy.deepcopy(dense), args.speed_batch, shape, device,
                                amp=amp, channels_last=cl)
    speed1 = surgery.throughput(copy.deepcopy(small), args.speed_batch, shape, device,
                                amp=amp, channels_last=cl)
    kept = [int(m.sum()) for m in keep]
    summary = {
        "rank": rank, "model": args.model, "data": args.data, "settings": method.describe(),
        "epochs": args.epochs, "finetune_epochs": len(ft_history), "device": str(device),
        "acc_trained": acc_trained, "acc_pruned": acc_masked, "acc_final": acc_final,
        "params_dense": params0, "params_pruned": params1, "macs_dense": macs0,
        "macs_pruned": macs1, "params_trained": params_t, "macs_trained": macs_t,
        "macs_checked_with_torch_pruning": tp_check,
        "channels_total": sum(s.channels for s in structures), "channels_kept": sum(kept),
        "kept_per_structure": dict(zip([s.name for s in structures], kept, strict=True)),
        "search": search, "surgery_max_rel_diff": rel_diff,
        "speed_batch": args.speed_batch, "images_per_s_dense": speed0,
        "images_per_s_pruned": speed1, "speedup": speed1 / speed0,
        "train_time_s": sum(r["epoch_time_s"] for r in history),
        "total_time_s": time.perf_counter() - t_start, "figures": []}
    if rank == 0:
        save_checkpoint(out / "pruned.pt", {**model_payload(small_cpu, arch),
                                            "summary": report.jsonable(summary)})
        if getattr(args, "safetensors", False):
            from spruce.training.safetensors_io import export_model

            export_model(out / "pruned.safetensors", small_cpu.state_dict(), arch)
        summary["figures"] = [
            str(report.plot_kept_channels(out / "kept_channels.png",
                                          [s.name for s in structures],
                                          [s.channels for s in structures], kept,
                                          f"{args.model} {args.method}")),
            str(report.plot_accuracy_vs_macs(out / "accuracy_vs_macs.png", [
                {"label": "trained", "macs": macs_t, "accuracy": acc_trained},
                {"label": "pruned", "macs": macs1, "accuracy": acc_masked},
                {"label": "fine-tuned", "macs": macs1, "accuracy": acc_final}],
                f"{args.model} {args.method} on {args.data}"))]
        report.write_summary(out / "summary.json", summary)
    if dist is not None:
        distributed.cleanup()
    return summary
