"""`spruce train`: the whole pipeline, from dense training to a smaller, faster network.

This module only turns argv into a `spruce.training.config.PipelineConfig` and hands it to
`spruce.training.pipeline.run_pipeline` (train with the method's penalty, prune with the
public pruner, surgery, fine-tune, report). Errors from the library name parameters
(`lam`); `to_flag_error` says them with this command's flags (`--lam`).
Example:  spruce train --model resnet56 --method spr --data cifar10 --data-dir ~/data --out runs/r56
"""

from __future__ import annotations

import argparse
from pathlib import Path

_DEFAULTS: dict[str, object] = {}
_ACTIONS: dict[str, argparse.Action] = {}



def add_search_options(p) -> None:
    """The pruning-rule options shared by `spruce train` and `spruce prune`."""
    p.add_argument("--tolerance", type=float, default=0.05,
                   help="prune as much as keeps the training-accuracy drop within this many "
                        "points (default 0.05, the SPR authors' value)")
    p.add_argument("--rule", choices=("structured", "authors"), default="structured",
                   help="accuracy rule: structured = bisection on whole units by score "
                        "(spruce); authors = the SPR authors' unstructured threshold, then "
                        "units with more than --survive of their weights above it survive; "
                        "the summary reports both (default structured)")
    p.add_argument("--survive", type=float, default=0.005,
                   help="authors' rule: the share of a unit's weights that must exceed the "
                        "threshold for it to survive (their tstr; default 0.005)")
    p.add_argument("--target-macs", type=float, default=None,
                   help="instead: prune until at most this fraction of the MACs is left "
                        "(bernoulli: the gates' target, expected MACs / dense; default 0.5 "
                        "unless --gamma is given)")
    p.add_argument("--target-params", type=float, default=None,
                   help="instead: prune until at most this fraction of the parameters is left")
    p.add_argument("--prune-samples", type=int, default=10000,
                   help="training images measuring accuracy for --tolerance (default 10000)")


def add_data_options(parser: argparse.ArgumentParser) -> None:
    """--data, --data-dir, --download, --synthetic-size, --seed, --device (shared by commands)."""
    from spruce.training.data import check_data_name

    g = parser.add_argument_group("data and device")
    g.add_argument("--data", default="digits", type=check_data_name,
                   help="dataset: digits (8×8, installs with scikit-learn), cifar10/cifar100 "
                        "(python-format batches in --data-dir), synthetic (CIFAR-shaped), "
                        "npz:PATH (arrays x_train, y_train, x_test, y_test) or folder:PATH "
                        "(PATH/train/CLASS/*.png and PATH/test/CLASS/*.png) (default digits)")
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
    from spruce.training.fields import SUMMARY_FIELDS
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
    g.add_argument("--schedule", choices=("step", "cosine"), default="step",
                   help="learning-rate schedule: step (×0.1 at milestones) or cosine "
                        "(each stage from --lr down to 0) (default step)")
    g.add_argument("--milestone-epochs", type=int, nargs="+", default=None,
                   help="step schedule at these absolute epochs, counted over training and "
                        "then fine-tuning (e.g. the SPR authors' 100 250 350 400 450 for "
                        "300 + 200 epochs); fine-tuning then continues the schedule")
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
    g.add_argument("--out", default="runs/train",  # a str: "" must reach the check, not "."
                   help="output folder, one run per folder: refused if it holds another run "
                        "(use --resume to continue that one) (default runs/train)")
    g.add_argument("--resume", action="store_true",
                   help="continue the run in --out exactly where it stopped; refused if its "
                        "settings differ (--device may change)")
    g.add_argument("--no-progress", action="store_true", help="no progress bars")
    m = parser.add_argument_group("method settings")
    m.add_argument("--lam", type=float, default=None,
                   help="penalty weight λ (default: spr 0.5, group-lasso 0.05, "
                        "slimming 1e-4)")
    m.add_argument("--alpha", type=float, default=None,
                   help="SPR α in (0, 1): share of the ℓ2 term (default 0.1)")
    m.add_argument("--m-scale", type=float, default=None,
                   help="SPR M_j = M_scale × max-abs of the structure (default 1.5: at "
                        "initialization every group's largest entry is then below M, so the "
                        "penalty pushes towards zero from the first step; docs/training.md)")
    m.add_argument("--m-from", choices=("init", "warmup", "checkpoint"), default="init",
                   help="where the max-abs behind M comes from (default init)")
    m.add_argument("--m-warmup-epochs", type=int, default=2,
                   help="plain epochs of the warm-up run for --m-from warmup (default 2)")
    m.add_argument("--m-checkpoint", type=Path, default=None,
                   help="pretrained spruce checkpoint for --m-from checkpoint")
    m.add_argument("--no-residual", action="store_true",
                   help="prune only structures with one conv (block-inner channels)")
    for opt, kind, text in (
            ("--gamma", float, "bernoulli: a fixed weight γ of the expected complexity "
                               "(default: found for --target-macs)"),
            ("--beta", float, "bernoulli: FLOPs vs parameters balance in [0, 1] (default 0.5)"),
            ("--rho", float, "bernoulli: layers vs units balance in [0, 1] (default 0.5)"),
            ("--theta-lr", float, "bernoulli: largest step of the gate probabilities θ per "
                                  "training step (Adam's normalized step; default 0.02)"),
            ("--warmup-epochs", int, "bernoulli: epochs before the gates start to move "
                                     "(default 1)")):
        m.add_argument(opt, type=kind, default=None, help=text)
    m.add_argument("--estimator", choices=("auto", "score", "first_order"),
                   default="auto", help="bernoulli: gradient estimator of E[loss] in θ "
                   "(auto = the score function from each example's loss; default auto)")
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
                   help="fine-tuning learning rate (default: --lr / 10; with "
                        "--milestone-epochs the schedule simply continues)")
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
    fields_epilog(parser, "OUT/summary.json", SUMMARY_FIELDS)


def fields_epilog(parser: argparse.ArgumentParser, what: str, fields: dict) -> None:
    """End the command's --help (and docs/cli.md) with the meaning of each key of the JSON
    it writes (spruce.training.fields), shown as written."""
    from spruce.outputs import fields_help

    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = fields_help(f"{what} fields (strict JSON: null where a value is not "
                                f"finite):", fields)


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


FLAGS = {"include_residual": "--no-residual", "progress": "--no-progress"}


def to_flag_error(exc: Exception) -> Exception:
    """A library SettingError (naming a parameter) as a ValueError naming this CLI's flag."""
    name = getattr(exc, "name", None)
    if not isinstance(exc, ValueError) or not isinstance(getattr(exc, "text", None), str) \
            or not isinstance(name, str):
        return exc
    return ValueError(f"{FLAGS.get(name, '--' + name.replace('_', '-'))} {exc.text}")


def config_from_args(cls, args: argparse.Namespace):
    """A PipelineConfig/PruneConfig/EvaluateConfig from parsed options (flags -> fields)."""
    from spruce.training.config import from_namespace

    values = vars(args).copy()
    values["include_residual"] = not values.pop("no_residual", False)
    values["progress"] = not values.pop("no_progress", False)
    return from_namespace(cls, argparse.Namespace(**values))


def run(args: argparse.Namespace) -> int:
    from spruce.training.config import PipelineConfig
    from spruce.training.pipeline import run_pipeline
    from spruce.training.report import print_summary

    try:
        cfg = config_from_args(PipelineConfig, apply_config(args))
        cfg.check()  # every option, before any data or model work
        summary = run_pipeline(cfg)
    except ValueError as exc:
        raise to_flag_error(exc) from None
    if summary.get("rank", 0) == 0:
        print_summary(summary)
    return 0
