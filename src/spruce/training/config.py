"""The settings of a pipeline run, as plain dataclasses checked before any work starts.

`PipelineConfig` is everything `spruce train` does (train, prune, fine-tune, report);
`PruneConfig` and `EvaluateConfig` are `spruce prune` and `spruce evaluate`. The CLI only
turns argv into one of these. `check()` validates every value against its range before
data is read or a model is built; an error names the parameter and raises
`SettingError` (a ValueError with `.name`), which the CLI reports with the flag
(`lam` -> `--lam`). A field left at None means "the method's default".
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, fields
from pathlib import Path

INF = math.inf
DEVICE = re.compile(r"^(auto|cpu|cuda(:\d+)?)$")
RULES: dict[str, tuple[float, float, bool, bool]] = {  # (low, high, low_open, high_open)
    "epochs": (0, INF, False, False), "batch_size": (1, INF, False, False),
    "lr": (0, INF, True, False), "momentum": (0, 1, False, True),
    "weight_decay": (0, INF, False, False), "max_steps": (1, INF, False, False),
    "lam": (0, INF, False, False), "alpha": (0, 1, True, True),
    "m_scale": (0, INF, True, False), "m_warmup_epochs": (0, INF, False, False),
    "gamma": (0, INF, False, False), "beta": (0, 1, False, False),
    "rho": (0, 1, False, False), "theta_lr": (0, INF, True, False),
    "warmup_epochs": (0, INF, False, False), "tolerance": (0, 100, False, False),
    "target_macs": (0, 1, True, False), "target_params": (0, 1, True, False),
    "keep_fraction": (0, 1, False, True), "prune_ratio": (0, 1, False, True),
    "prune_samples": (1, INF, False, False), "finetune_epochs": (0, INF, False, False),
    "finetune_lr": (0, INF, True, False), "speed_batch": (1, 2**16, False, False),
    "synthetic_size": (1, 10**7, False, False), "iters": (1, 10**5, False, False),
    "milestones": (0, 1, True, False), "batch": (1, 2**16, False, False),
    "seed": (0, 2**32 - 1, False, False),  # NumPy/scikit-learn seeds are 32-bit
    "survive": (0, 1, False, True),
}


class SettingError(ValueError):
    """A setting outside its range; `.name` is the parameter, the message starts with it."""

    def __init__(self, name: str, text: str):
        super().__init__(f"{name} {text}")
        self.name, self.text = name, text


def _allowed(low: float, high: float, low_open: bool, high_open: bool) -> str:
    if high == INF:
        return f"{'>' if low_open else '>='} {low:g}"
    return f"in {'(' if low_open else '['}{low:g}, {high:g}{')' if high_open else ']'}"


def check_value(name: str, value, rule: tuple[float, float, bool, bool]) -> None:
    """Raise SettingError unless `value` is a finite number inside `rule`."""
    low, high, low_open, high_open = rule
    ok = isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
    if ok:
        ok = (value > low if low_open else value >= low) and \
             (value < high if high_open else value <= high)
    if not ok:
        raise SettingError(name, f"must be {_allowed(*rule)}, got {value!r}")


@dataclass
class _Checked:
    def check(self) -> None:
        """Every ranged setting, the device, the data name and files that must exist."""
        from spruce.training.data import check_data_name

        for f in fields(self):
            value = getattr(self, f.name)
            if f.name in RULES and value is not None:
                for v in value if isinstance(value, (list, tuple)) else [value]:
                    check_value(f.name, v, RULES[f.name])
        if getattr(self, "rule", "structured") not in ("structured", "authors"):
            raise SettingError("rule", f"must be structured or authors, got {self.rule!r}")
        if not DEVICE.match(str(getattr(self, "device", "auto"))):
            raise SettingError("device", f"must be auto, cpu, cuda or cuda:N, got "
                                         f"{self.device!r}")
        if hasattr(self, "data"):
            try:
                check_data_name(self.data)
            except ValueError as exc:  # "data must be ..." -> SettingError("data", "must be ...")
                raise SettingError("data", str(exc).split(" ", 1)[1]) from None
            if self.data in ("cifar10", "cifar100") and self.data_dir is None:
                raise SettingError("data_dir", f"is needed with data {self.data}: the folder "
                                               "holding the python-format batches (add "
                                               "download to fetch them there)")
        out = getattr(self, "out", None)
        if out is not None and (str(out) == "" or (Path(out).exists()
                                                   and not Path(out).is_dir())):
            raise SettingError("out", f"must be a folder, got {str(out)!r}")


@dataclass
class DataSettings(_Checked):
    data: str = "digits"  # digits, cifar10, cifar100, synthetic, npz:PATH, folder:PATH
    data_dir: Path | None = None
    download: bool = False
    synthetic_size: int = 5000
    seed: int = 0
    device: str = "auto"


@dataclass
class PipelineConfig(DataSettings):
    """One `spruce train` run: train with a method, prune, fine-tune, report."""

    model: str = "small"
    method: str = "spr"
    epochs: int = 10
    batch_size: int = 128
    lr: float = 0.1
    momentum: float = 0.9
    weight_decay: float = 5e-4
    milestones: tuple[float, ...] = (0.5, 0.75)
    milestone_epochs: tuple[int, ...] | None = None  # absolute, over training + fine-tuning
    schedule: str = "step"  # step or cosine
    amp: bool | None = None
    channels_last: bool | None = None
    compile: bool = False
    max_steps: int | None = None
    distributed: bool = False
    out: Path = Path("runs/train")
    resume: bool = False
    progress: bool = True
    # method settings (None: the method's default)
    lam: float | None = None
    alpha: float | None = None
    m_scale: float | None = None
    m_from: str = "init"  # init, warmup or checkpoint
    m_warmup_epochs: int = 2
    m_checkpoint: Path | None = None
    include_residual: bool = True
    gamma: float | None = None
    beta: float | None = None
    rho: float | None = None
    theta_lr: float | None = None
    warmup_epochs: int | None = None
    estimator: str = "auto"
    # pruning and fine-tuning
    rule: str = "structured"  # structured (spruce's bisection on units) or authors
    survive: float = 0.005  # authors' rule: a unit survives if > this share of weights does
    tolerance: float = 0.05  # accuracy points (percent) of training accuracy
    target_macs: float | None = None
    target_params: float | None = None
    keep_fraction: float = 0.0
    prune_ratio: float | None = None
    prune_samples: int = 10000
    finetune_epochs: int | None = None  # None: epochs // 2
    finetune_lr: float | None = None  # None: lr / 10
    speed_batch: int = 256
    safetensors: bool = False

    def check(self) -> None:
        super().check()
        from spruce.training.checkpoint import MODELS
        from spruce.training.methods import METHODS

        if self.model not in MODELS:
            raise SettingError("model", f"must be one of {MODELS}, got {self.model!r}")
        if self.method not in METHODS:
            raise SettingError("method", f"must be one of {tuple(METHODS)}, got "
                                         f"{self.method!r}")
        if self.m_from not in ("init", "warmup", "checkpoint"):
            raise SettingError("m_from", f"must be init, warmup or checkpoint, got "
                                         f"{self.m_from!r}")
        if self.m_from == "checkpoint":
            if self.m_checkpoint is None:
                raise SettingError("m_checkpoint", "is needed with m_from checkpoint")
            if not Path(self.m_checkpoint).is_file():
                raise SettingError("m_checkpoint", f"{self.m_checkpoint} is not a file")
        if self.schedule not in ("step", "cosine"):
            raise SettingError("schedule", f"must be step or cosine, got {self.schedule!r}")
        if self.milestone_epochs is not None and (
                any(type(m) is not int or m < 1 for m in self.milestone_epochs)
                or list(self.milestone_epochs) != sorted(self.milestone_epochs)):
            raise SettingError("milestone_epochs", f"must be increasing whole epochs >= 1, "
                                                   f"got {list(self.milestone_epochs)}")
        if self.target_macs is not None and self.target_params is not None:
            raise SettingError("target_macs", "and target_params exclude each other")
        if self.method == "bernoulli" and self.target_params is not None:
            raise SettingError("target_params", "is not a Bernoulli target: its gates aim at "
                                                "a MACs fraction (target_macs)")
        if self.estimator not in ("auto", "score", "first_order"):
            raise SettingError("estimator", f"must be auto, score or first_order, got "
                                            f"{self.estimator!r}")


@dataclass
class PruneConfig(DataSettings):
    """One `spruce prune CHECKPOINT` run: prune a saved model, fine-tune, save."""

    checkpoint: Path = Path("checkpoint.pt")
    score: str = "magnitude"
    rule: str = "structured"
    survive: float = 0.005
    prune_ratio: float | None = None
    tolerance: float = 0.05
    target_macs: float | None = None
    target_params: float | None = None
    keep_fraction: float = 0.0
    prune_samples: int = 10000
    finetune_epochs: int = 0
    finetune_lr: float = 0.01
    batch_size: int = 128
    out: Path | None = None
    progress: bool = True
    safetensors: bool = False


@dataclass
class EvaluateConfig(DataSettings):
    """One `spruce evaluate CHECKPOINT` run: accuracy, size, MACs and speed."""

    checkpoint: Path = Path("pruned.pt")
    batch: tuple[int, ...] = (256,)
    iters: int = 10
    amp: bool | None = None
    json: Path | None = None


def from_namespace(cls, args) -> _Checked:
    """A config of type `cls` from parsed CLI options (attributes of the same names)."""
    values = {f.name: getattr(args, f.name) for f in fields(cls) if hasattr(args, f.name)}
    for key in ("milestones", "batch", "milestone_epochs"):
        if isinstance(values.get(key), list):
            values[key] = tuple(values[key])
    return cls(**values)
