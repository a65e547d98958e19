"""Up-front checks of the options of `spruce train`, `spruce prune` and `spruce evaluate`.

Every numeric option is checked against its allowed range before data is read or a model
is built, so a bad value costs milliseconds, not an epoch: the error names the option, the
value and what is allowed, e.g. "--momentum must be in [0, 1), got 1.5". A rule is
(low, high, low_open, high_open): value ∈ [low, high] with open ends where flagged;
None bounds are unbounded; every float must be finite; options left at None (= "the
method's default") are skipped.
"""

from __future__ import annotations

import argparse
import math
import re
from pathlib import Path

INF = math.inf
# dest: (low, high, low_open, high_open)
TRAIN_RULES: dict[str, tuple[float, float, bool, bool]] = {
    "epochs": (0, INF, False, False), "batch_size": (1, INF, False, False),
    "lr": (0, INF, True, False), "momentum": (0, 1, False, True),
    "weight_decay": (0, INF, False, False), "max_steps": (1, INF, False, False),
    "lam": (0, INF, False, False), "alpha": (0, 1, True, True),
    "m_scale": (0, INF, True, False), "m_warmup_epochs": (0, INF, False, False),
    "gamma": (0, INF, False, False), "beta": (0, 1, False, False),
    "rho": (0, 1, False, False), "theta_lr": (0, INF, True, False),
    "warmup_epochs": (0, INF, False, False), "tolerance": (0, INF, False, False),
    "threshold_max": (0, INF, True, False), "bisection_steps": (1, INF, False, False),
    "keep_fraction": (0, 1, False, True), "prune_ratio": (0, 1, False, True),
    "prune_samples": (1, INF, False, False), "finetune_epochs": (0, INF, False, False),
    "finetune_lr": (0, INF, True, False), "speed_batch": (1, INF, False, False),
    "synthetic_size": (1, INF, False, False),
}
PRUNE_RULES = {k: TRAIN_RULES[k] for k in (
    "prune_ratio", "tolerance", "threshold_max", "bisection_steps", "prune_samples",
    "finetune_epochs", "finetune_lr", "batch_size", "synthetic_size")}
EVALUATE_RULES = {"iters": (1, INF, False, False), "synthetic_size": (1, INF, False, False)}
DEVICE = re.compile(r"^(auto|cpu|mps|cuda(:\d+)?)$")


def _allowed(low: float, high: float, low_open: bool, high_open: bool) -> str:
    if high == INF:
        return f"{'>' if low_open else '>='} {low:g}"
    return f"in {'(' if low_open else '['}{low:g}, {high:g}{')' if high_open else ']'}"


def check_value(option: str, value, rule: tuple[float, float, bool, bool]) -> None:
    """Raise ValueError naming `option` unless `value` is finite and inside `rule`."""
    low, high, low_open, high_open = rule
    ok = isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
    if ok:
        ok = (value > low if low_open else value >= low) and \
             (value < high if high_open else value <= high)
    if not ok:
        raise ValueError(f"{option} must be {_allowed(*rule)}, got {value!r}")


def check_args(args: argparse.Namespace, rules: dict) -> None:
    """All checks of one command: ranges, device, data folder, files that must exist."""
    for dest, rule in rules.items():
        value = getattr(args, dest, None)
        if value is None:
            continue
        for v in value if isinstance(value, list) else [value]:
            check_value("--" + dest.replace("_", "-"), v, rule)
    for m in getattr(args, "milestones", None) or []:
        check_value("--milestones", m, (0, 1, True, False))
    for b in getattr(args, "batch", None) or []:
        check_value("--batch", b, (1, INF, False, False))
    device = getattr(args, "device", "auto")
    if not DEVICE.match(str(device)):
        raise ValueError(f"--device must be auto, cpu, cuda, cuda:N or mps, got {device!r}")
    data = getattr(args, "data", None)
    if data in ("cifar10", "cifar100") and getattr(args, "data_dir", None) is None:
        raise ValueError(f"--data {data} needs --data-dir DIR (the folder holding the "
                         f"python-format batches; add --download to fetch them)")
    if getattr(args, "m_from", None) == "checkpoint":
        path = getattr(args, "m_checkpoint", None)
        if path is None:
            raise ValueError("--m-from checkpoint needs --m-checkpoint PATH")
        if not Path(path).is_file():
            raise FileNotFoundError(f"--m-checkpoint {path} does not exist or is not a file")
    out = getattr(args, "out", None)
    if out is not None and Path(out).exists() and not Path(out).is_dir():
        raise ValueError(f"--out must be a folder, but {str(out)!r} is an existing file")
