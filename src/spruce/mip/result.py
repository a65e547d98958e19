"""Result of an exact solve, shaped like scipy.optimize.OptimizeResult.

    gap = (objective − bound) / max(|objective|, 1e-10)      (relative, ≥ 0)

status is one of STATUSES; only "optimal" claims that gap ≤ the requested tolerance.
A time or node limit returns the incumbent and the best bound, never "optimal".
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

import numpy as np

STATUSES = ("optimal", "time_limit", "node_limit", "iteration_limit", "infeasible", "error")


def relative_gap(objective: float, bound: float) -> float:
    if not np.isfinite(objective):
        return float("inf")
    return max(0.0, (objective - bound) / max(abs(objective), 1e-10))


@dataclass
class MipResult:
    status: str
    message: str
    objective: float
    bound: float
    gap: float
    y: np.ndarray
    W: np.ndarray
    nodes: int = 0
    qp_solves: int = 0
    cuts: int = 0
    time: float = 0.0
    method: str = ""
    formulation: str = ""
    root_bound: float = float("nan")
    extra: dict = field(default_factory=dict)

    @property
    def success(self) -> bool:
        return self.status == "optimal"

    @property
    def kept(self) -> list[int]:
        return [int(j) for j in np.flatnonzero(np.asarray(self.y) > 0.5)]

    def __getitem__(self, key: str):  # OptimizeResult-style access
        return getattr(self, key)

    def to_dict(self) -> dict:
        out = asdict(self)
        out["y"] = [int(round(v)) for v in np.asarray(self.y).reshape(-1)]
        out["W"] = np.asarray(self.W).tolist()
        out["kept"] = self.kept
        out["success"] = self.success
        for key in ("objective", "bound", "gap", "root_bound", "time"):
            v = out[key]
            out[key] = None if v is None or not np.isfinite(v) else float(v)
        return out

    def __repr__(self) -> str:
        return (f"MipResult(status={self.status!r}, objective={self.objective:.10g}, "
                f"bound={self.bound:.10g}, gap={self.gap:.2e}, kept={self.kept}, "
                f"nodes={self.nodes}, qp_solves={self.qp_solves}, cuts={self.cuts}, "
                f"time={self.time:.3f}s, method={self.method!r}/{self.formulation!r})")
