"""The SPR authors' pruning rule: an unstructured threshold, then whole filters that survive it.

As in the authors' public code (MCacciola94/Pruning_prj, quik_pruning.py):
1. bisection (`steps` halvings of [0, t_max], 10 and 0.1 there) for the largest magnitude
   threshold t such that the network with EVERY weight |w| ≤ t set to zero (unstructured)
   keeps evaluate within `tolerance` of the unpruned network;
2. a unit survives if more than a fraction `survive` (their `tstr`: 0.005 or 0.05) of its
   filter weights exceed t,
       keep_u  ⇔  #{i : |W_u,i| > t} > survive · n_u   (conv/linear weights of the unit),
   every other unit is removed whole (each structure keeps its best one).
spruce adds one thing: if the top of the range already passes, the range is doubled until
a threshold fails (or every unit but one per structure would go), instead of stopping at
t_max silently; the trials record it.
Cost: `steps` + 1 evaluations (+ one per doubling), each on a thresholded copy.
"""

from __future__ import annotations

from collections.abc import Callable

import torch
from torch import nn

from spruce.pruning.structures import Structure


@torch.no_grad()
def threshold_weights_(model: nn.Module, structures: list[Structure], t: float) -> None:
    """Zero, in place, every entry |w| ≤ t of the structures' weights, biases and norms."""
    for s in structures:
        for p in s.params(model):
            p[p.abs() <= t] = 0


@torch.no_grad()
def surviving_units(model: nn.Module, structures: list[Structure], t: float,
                    survive: float) -> list[torch.Tensor]:
    """Keep masks (per structure, length units): more than `survive` of the unit's filter
    weights exceed t; each structure keeps at least its best unit."""
    mods = dict(model.named_modules())
    masks = []
    for s in structures:
        rows = torch.cat([mods[n].weight.detach().float().cpu().reshape(s.channels, -1)
                          for n in s.out_layers], 1)
        if s.fold > 1:  # unit u gathers channels u, u + units, ... (grouped convolutions)
            rows = rows.reshape(s.fold, s.units, -1).transpose(0, 1).reshape(s.units, -1)
        share = (rows.abs() > t).float().mean(1)
        keep = share > survive
        keep[int(share.argmax())] = True
        masks.append(keep)
    return masks


def largest_threshold(metric: Callable[[float], float], base: float, tolerance: float,
                      t_max: float, steps: int, trials: list[dict],
                      max_doublings: int = 40) -> float:
    """The authors' bisection for t (module docstring), widened past t_max when it passes."""
    def ok(t: float) -> bool:
        value = metric(t)
        trials.append({"threshold": t, "metric": value})
        return value >= base - tolerance

    lo, hi = 0.0, t_max
    for _ in range(max_doublings):
        if not ok(hi):
            break
        lo, hi = hi, 2 * hi  # the whole range passes: widen it instead of stopping at its top
    else:
        return lo
    for _ in range(steps):
        mid = 0.5 * (lo + hi)
        if ok(mid):
            lo = mid
        else:
            hi = mid
    return lo
