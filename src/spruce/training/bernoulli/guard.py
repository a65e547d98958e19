"""Guard against premature pruning: the dynamics part's conditions applied to gates at θ = 0.

Before structures whose θ reached 0 are cut out, each is read through the scalar model of
its kind (docs/dynamics.md §8): its contribution a is estimated from the data-loss gap

    gap_s = E[loss | ξ_s = 0] − E[loss | ξ_s = 1] = −∂E[loss]/∂θ_s ≈ γ ∂R/∂θ_s − ḡ_s,

ḡ_s the running mean of the θ-gradient the method applied (exact complexity part plus the
estimated data part, frozen while θ_s = 0). At the kept state of the unit model the gap is
a·p − p²/2 with p = a/(1+λ) ≈ a, so a = √(2·gap) and p = a (layers: v = w = √a).
`spruce.dynamics.pruning_conditions` then says whether the kept state exists for the
structure's complexity weight γ_s = γ ∂R/∂θ_s (taken with a margin, so the test is
conservative). Where it is `safe` (no kept state) the structure goes for good; elsewhere
the pruning was premature (the weights had not grown yet, or the estimates were noisy) and
θ_s is reopened at a small floor instead.
Cost: one backward pass of the complexity polynomial and a vectorized numpy call per epoch.
"""

from __future__ import annotations

import numpy as np
import torch

from spruce.training.bernoulli.complexity import ComplexityModel
from spruce.training.bernoulli.gates import BernoulliGates


def release_premature(gates: BernoulliGates, cost: ComplexityModel, gamma: float, beta: float,
                      rho: float, lam: float, eta_w: float, eta_theta: float,
                      margin: float = 0.5, floor: float = 0.05) -> int:
    """Reopen (θ ← floor) the structures at θ = 0 whose kept state exists; returns how many.

    A structure counts as safe to prune when the kept state does not exist even with the
    complexity weight lowered to margin·γ_s.
    """
    from spruce.dynamics import pruning_conditions

    thetas = gates.thetas()
    if not gates.grad_avg or gamma <= 0:
        return 0
    flags = [t.requires_grad for t in thetas]
    for t in thetas:
        t.requires_grad_(True)
    try:
        with torch.enable_grad():
            grads = torch.autograd.grad(gamma * cost.regularizer(gates, beta, rho), thetas,
                                        allow_unused=True)
    finally:
        for t, f in zip(thetas, flags, strict=True):
            t.requires_grad_(f)
    released = 0
    for i, (t, avg, g) in enumerate(zip(thetas, gates.grad_avg, grads, strict=True)):
        if g is None or t.numel() == 0:
            continue
        at_zero = (t.detach() == 0)
        if i == 0:
            at_zero &= torch.tensor(gates.alive, device=t.device)
        elif not gates.alive[i - 1]:
            continue
        idx = at_zero.nonzero().flatten()
        if idx.numel() == 0:
            continue
        weight = g.detach()[idx].cpu().numpy()
        gap = np.clip(weight - avg.detach()[idx].cpu().numpy(), 0.0, None)
        a = np.sqrt(2.0 * gap)
        kind = "layer" if i == 0 else "unit"
        w = np.sqrt(a) if kind == "layer" else a
        cond = pruning_conditions(a, w, np.zeros_like(a), lam, np.maximum(margin * weight, 1e-12),
                                  eta_w, eta_theta, kind=kind)
        keep = torch.as_tensor(~cond.safe, device=t.device)
        if keep.any():
            gates.reopen_(i, idx[keep], floor)
            released += int(keep.sum())
    return released
