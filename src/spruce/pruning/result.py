"""The result of `Pruner.prune`: one object with status, message, the model and the evidence.

Modelled on scipy.optimize.OptimizeResult: `success`, `status` and `message` say how it
ended; the rest says what was done and measured. Status codes:
    0  pruned as asked
    1  nothing was removed (the rule allowed no unit; `message` says why)
    2  the target could not be reached: the smallest model the rule allows is returned
    3  surgery changed the outputs by more than the check's tolerance (see `warnings`)
`success` is True for status 0 only.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from torch import nn

STATUS = {0: "pruned", 1: "nothing removed", 2: "target not reached", 3: "surgery mismatch"}


class SizeRatios:
    """macs_ratio and params_ratio of a result with macs/params before and after."""

    @property
    def macs_ratio(self) -> float:
        """MACs after / before."""
        return self.macs_after / max(self.macs_before, 1)

    @property
    def params_ratio(self) -> float:
        """Parameters after / before."""
        return self.params_after / max(self.params_before, 1)


@dataclass(repr=False)
class PruneResult(SizeRatios):
    """What `prune()` did: the smaller model, what it kept and what it measured."""

    success: bool
    status: int
    message: str
    model: nn.Module  # physically smaller; the pruner's model is left untouched
    rule: str  # evaluate, target_macs, target_params, threshold or ratio
    score: str  # magnitude, bn or l1
    threshold: float | None  # units scoring <= threshold were removed (None: ratio rule)
    kept: dict[str, list[int]]  # structure (root layer) -> kept channel indices
    channels: dict[str, int]  # structure (root layer) -> its channels before pruning
    units_kept: int
    units_total: int
    macs_before: int  # per example of example_inputs, Torch-Pruning's count
    macs_after: int
    params_before: int
    params_after: int
    metric_before: float | None  # evaluate(model) before/after (evaluate rule only)
    metric_after: float | None
    surgery_max_diff: float  # max |masked(x) − pruned(x)| / max |masked(x)|
    plan: dict  # what was removed from which layer (spruce.pruning.plan)
    warnings: list[str] = field(default_factory=list)
    trials: list[dict] = field(default_factory=list)  # every evaluation of the search
    elapsed_s: float = 0.0

    def summary(self) -> dict:
        """Everything but the model and the plan, as plain JSON-able values."""
        out = {k: v for k, v in vars(self).items() if k not in ("model", "plan")}
        out["macs_ratio"], out["params_ratio"] = self.macs_ratio, self.params_ratio
        return out

    def __repr__(self) -> str:
        shown = {
            "success": self.success, "status": f"{self.status} ({STATUS[self.status]})",
            "message": self.message, "rule": self.rule, "score": self.score,
            "threshold": self.threshold,
            "units": f"{self.units_kept:,} of {self.units_total:,} kept",
            "macs": f"{self.macs_before:,} -> {self.macs_after:,} ({self.macs_ratio:.1%})",
            "params": f"{self.params_before:,} -> {self.params_after:,} "
                      f"({self.params_ratio:.1%})",
            "metric": (None if self.metric_before is None
                       else f"{self.metric_before:.4g} -> {self.metric_after:.4g}"),
            "surgery_max_diff": f"{self.surgery_max_diff:.2e}",
            "trials": len(self.trials), "warnings": self.warnings,
            "elapsed_s": round(self.elapsed_s, 3),
            "model": type(self.model).__name__,
        }
        width = max(map(len, shown))
        return "\n".join(f"{k.rjust(width)}: {v}" for k, v in shown.items())
