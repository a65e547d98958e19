"""Which units to remove: a threshold, an accuracy-drop rule or a MACs/parameters target.

Every rule but the fixed ratio works on one global order: the units of all structures
sorted by score (ties in structure order), each structure's best unit excluded (no layer
is emptied); rule k removes the k first. A search over k = 0 .. K covers every threshold,
from nothing removed to every removable unit removed: there is no fixed range to run off
the top of. The threshold reported for k is the k-th score: every unit scoring below it
was removed (and, at equal scores, those earlier in the order).

  threshold t      k = #{units with score ≤ t}
  evaluate, tol    the largest k with evaluate(masked_k) ≥ evaluate(model) − tol, by
                   bisection on k (assumes the metric falls as k grows): ⌈log₂ K⌉ + 1
                   evaluations (ResNet-56: 11)
  target c         the smallest k with cost(k) ≤ c·cost(0), by bisection (cost is MACs or
                   parameters of the pruned model; it never grows with k)
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import torch


@dataclass
class Candidates:
    """Removable units in removal order (by score, ascending) and their scores."""

    units: list[tuple[int, int]]  # (structure index, unit index), by score ascending
    scores: list[float]
    sizes: list[int]  # units per structure

    @classmethod
    def from_scores(cls, scores: list[torch.Tensor]) -> Candidates:
        entries = []
        for i, s in enumerate(scores):
            best = int(s.argmax())
            entries += [(float(v), i, u) for u, v in enumerate(s.tolist()) if u != best]
        if any(math.isnan(v) for v, _, _ in entries):
            raise ValueError("the model's scores contain NaN: its weights are not finite")
        entries.sort(key=lambda e: e[0])  # stable: ties keep structure order
        values = [e[0] for e in entries]
        return cls([(i, u) for _, i, u in entries], values, [len(s) for s in scores])

    def masks(self, k: int) -> list[torch.Tensor]:
        """Keep masks with the k lowest-scoring removable units removed."""
        keep = [torch.ones(n, dtype=torch.bool) for n in self.sizes]
        for i, u in self.units[:k]:
            keep[i][u] = False
        return keep

    def threshold(self, k: int) -> float | None:
        """The largest removed score; None when k = 0."""
        return self.scores[k - 1] if k > 0 else None

    def at_threshold(self, t: float) -> int:
        """k for the rule 'remove every unit scoring ≤ t'."""
        return sum(v <= t for v in self.scores)


def as_number(value) -> float:
    """evaluate()'s return value as a float (a Python, NumPy or 0-d torch number)."""
    try:
        out = float(value)
    except (TypeError, ValueError, RuntimeError):
        raise ValueError(f"evaluate must return a number, got {value!r}") from None
    if math.isnan(out):
        raise ValueError("evaluate returned NaN")
    return out


def largest_tolerated(cands: Candidates, metric: Callable[[int], float], base: float,
                      tolerance: float, trials: list[dict]) -> int:
    """The largest k whose metric stays ≥ base − tolerance (bisection; k = 0 is base)."""
    def ok(k: int) -> bool:
        value = as_number(metric(k))
        trials.append({"removed": k, "threshold": cands.threshold(k), "metric": value})
        return value >= base - tolerance

    top = len(cands.units)
    if top == 0 or ok(top):
        return top
    return _boundary(ok, 0, top, True)[0]  # ok(0) holds (nothing removed), ok(top) fails


def smallest_within(cands: Candidates, cost: Callable[[int], float], limit: float,
                    trials: list[dict]) -> tuple[int, bool]:
    """(the smallest k with cost(k) ≤ limit, reached?); k = all removable if none is."""
    def fits(k: int) -> bool:
        value = cost(k)
        trials.append({"removed": k, "threshold": cands.threshold(k), "cost": value})
        return value <= limit

    top = len(cands.units)
    if fits(0):
        return 0, True
    if top == 0 or not fits(top):
        return top, False
    return _boundary(fits, 0, top, False)[1], True  # fits(0) fails, fits(top) holds


def _boundary(pred: Callable[[int], bool], lo: int, hi: int, at_lo: bool) -> tuple[int, int]:
    """Adjacent (lo, hi) where pred flips, by bisection: pred(lo) = at_lo != pred(hi)."""
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if pred(mid) == at_lo:
            lo = mid
        else:
            hi = mid
    return lo, hi
