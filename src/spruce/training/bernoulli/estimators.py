"""Gradient of the expected data loss with respect to the gate probabilities θ.

With independent gates, L̄(θ) = E_ξ[loss(W, ξ)] is multilinear in θ and

    ∂L̄/∂θ_s = E[loss | ξ_s = 1] − E[loss | ξ_s = 0].

Three ways to get it (the complexity part of ∂J/∂θ is exact and separate, see complexity.py):
- `exact_grad`: enumerate all 2^S vertices ξ, L̄ = Σ_ξ p(ξ; θ) loss(ξ) with
  p = Π_s θ_s^ξ_s (1 − θ_s)^(1 − ξ_s), and differentiate p; for tiny networks (tests).
- `first_order_grad`: ∂loss/∂ξ_s at one sampled ξ (per example, averaged over the batch), one
  backward pass. Exact when the loss is affine in ξ_s, biased otherwise (a tangent instead of
  a chord: for ξ_s = 1 it is the slope at 1, not loss(1) − loss(0)).
- `score_grad`: ĝ_s = mean_i (ℓ_i − b_i) (ξ_is − θ_s) / (θ_s (1 − θ_s)), the score-function
  (REINFORCE) estimator with gates drawn per example i and a baseline b_i independent of ξ_i:
  the leave-one-out mean b_i = mean_{j≠i} ℓ_j, or the example's own loss under the
  mean-field network (gates = θ; one extra forward pass, far lower variance). Unbiased
  whenever the examples' losses are independent given their own gates (BatchNorm in eval
  mode; in train mode the batch statistics couple examples, a bias O(1/B)).
  θ_s ∈ {0, 1} gives ĝ_s = 0 (deterministic).
Flat order of the structures: for each live block, its layer gate then its units.
Cost: first-order = one backward pass; score = one forward pass, no backward.
"""

from __future__ import annotations

import itertools

import torch
import torch.nn.functional as F
from torch import nn

from spruce.training.bernoulli.gates import BernoulliGates


def structure_index(gates: BernoulliGates) -> list[tuple[int, int | None]]:
    """(block, None) for a layer gate, (block, k) for unit k (position in θ_l); flat order."""
    idx: list[tuple[int, int | None]] = []
    for l, a in enumerate(gates.alive):
        if a:
            idx.append((l, None))
            idx.extend((l, k) for k in range(gates.unit_theta[l].numel()))
    return idx


def flat_theta(gates: BernoulliGates) -> torch.Tensor:
    """θ of the live structures in flat order (differentiable)."""
    parts = []
    for l, a in enumerate(gates.alive):
        if a:
            parts += [gates.layer_theta[l:l + 1], gates.unit_theta[l]]
    return torch.cat(parts) if parts else gates.layer_theta[:0]  # every block removed


def _flat_grads(gates: BernoulliGates, grads: list[torch.Tensor | None]) -> torch.Tensor:
    layer = grads[0] if grads[0] is not None else torch.zeros_like(gates.layer_theta)
    parts = []
    for l, a in enumerate(gates.alive):
        if a:
            g = grads[1 + l]
            parts += [layer[l:l + 1], g if g is not None else torch.zeros_like(
                gates.unit_theta[l])]
    return torch.cat(parts)


def _vertex_losses(model: nn.Module, gates: BernoulliGates, x: torch.Tensor, y: torch.Tensor,
                   vertices: torch.Tensor, chunk: int) -> torch.Tensor:
    """Mean batch loss at every row of `vertices` (K, S), one batched forward per chunk."""
    idx = structure_index(gates)
    B, out = x.shape[0], []
    old_mode, old_per = gates.mode, gates.per_example
    gates.mode, gates.per_example = "fixed", True
    try:
        for start in range(0, vertices.shape[0], chunk):
            v = vertices[start:start + chunk]
            K = v.shape[0]
            rep = v.repeat_interleave(B, dim=0)  # (K·B, S)
            cols: dict[int, list] = {}
            for j, (l, k) in enumerate(idx):
                cols.setdefault(l, [None, []])
                if k is None:
                    cols[l][0] = rep[:, j]
                else:
                    cols[l][1].append(rep[:, j])
            gates.fixed = {l: (xl, torch.stack(xu, 1) if xu else rep.new_zeros(K * B, 0))
                           for l, (xl, xu) in cols.items()}
            with torch.no_grad():
                ell = F.cross_entropy(model(x.repeat(K, *[1] * (x.dim() - 1))),
                                      y.repeat(K), reduction="none")
            out.append(ell.view(K, B).mean(1))
    finally:
        gates.mode, gates.per_example, gates.fixed = old_mode, old_per, {}
    return torch.cat(out)


def exact_grad(model: nn.Module, gates: BernoulliGates, x: torch.Tensor, y: torch.Tensor,
               chunk: int = 64) -> tuple[float, torch.Tensor]:
    """(E[loss], ∂E[loss]/∂θ) by enumerating all 2^S gate vectors; S ≤ 16 enforced."""
    theta = flat_theta(gates).detach()
    S = theta.numel()
    if S > 16:
        raise ValueError(f"exact enumeration over {S} structures (2^{S} networks) is too large; "
                         f"at most 16")
    vertices = torch.tensor(list(itertools.product((0.0, 1.0), repeat=S)), dtype=theta.dtype,
                            device=theta.device)
    losses = _vertex_losses(model, gates, x, y, vertices, chunk)
    with torch.enable_grad():
        th = theta.clone().requires_grad_(True)
        p = torch.prod(vertices * th + (1 - vertices) * (1 - th), dim=1)
        expected = (p * losses).sum()
        (grad,) = torch.autograd.grad(expected, th)
    return float(expected.detach()), grad


def first_order_grad(model: nn.Module, gates: BernoulliGates, x: torch.Tensor, y: torch.Tensor
                     ) -> torch.Tensor:
    """One-sample first-order estimate: ∂loss/∂ξ at ξ ~ Bernoulli(θ) (one backward pass)."""
    old = gates.mode, gates.estimator
    gates.mode, gates.estimator = "sample", "first_order"
    try:
        loss = F.cross_entropy(model(x), y)
        grads = torch.autograd.grad(loss, gates.thetas(), allow_unused=True)
    finally:
        gates.mode, gates.estimator = old
    return _flat_grads(gates, list(grads))


BASELINES = ("mean", "loo", "none")


def score_from_losses(gates: BernoulliGates, losses: torch.Tensor, baseline: str = "loo",
                      mean_losses: torch.Tensor | None = None) -> torch.Tensor:
    """Score-function estimate from per-example losses of the last sampled forward pass.

    baseline "loo": b_i = mean_{j≠i} ℓ_j; "mean": b_i = ℓ_i of the mean-field network
    (gates = θ, given as `mean_losses`); "none": b_i = 0. All are independent of ξ_i.
    """
    if baseline not in BASELINES:
        raise ValueError(f"baseline must be one of {BASELINES}, got {baseline!r}")
    ell = losses.detach()
    B = ell.numel()
    if B < 2 and baseline == "loo":
        raise ValueError("the leave-one-out baseline needs a batch of at least 2 examples")
    if baseline == "mean":
        if mean_losses is None:
            raise ValueError("baseline 'mean' needs mean_losses (the mean-field network's)")
        adv = ell - mean_losses.detach()
    else:
        adv = ell - (ell.sum() - ell) / (B - 1) if baseline == "loo" else ell
    parts = []
    for l, a in enumerate(gates.alive):
        if not a:
            continue
        xi_l, xi_u = gates.samples[l]
        for xi, th in ((xi_l.reshape(B, 1), gates.layer_theta[l:l + 1].detach()),
                       (xi_u.reshape(B, -1), gates.unit_theta[l].detach())):
            var = th * (1 - th)
            score = torch.where(var > 0, (xi - th) / var.clamp_min(1e-12), torch.zeros_like(xi))
            parts.append((adv[:, None] * score).mean(0))
    return torch.cat(parts) if parts else ell.new_zeros(0)  # every block removed


def score_grad(model: nn.Module, gates: BernoulliGates, x: torch.Tensor, y: torch.Tensor,
               baseline: str = "loo") -> torch.Tensor:
    """One-batch score-function estimate with gates drawn per example (no backward pass)."""
    old = gates.mode, gates.estimator, gates.per_example
    mean_losses = None
    try:
        with torch.no_grad():
            if baseline == "mean":
                gates.mode = "mean"
                mean_losses = F.cross_entropy(model(x), y, reduction="none")
            gates.mode, gates.estimator, gates.per_example = "sample", "score", True
            losses = F.cross_entropy(model(x), y, reduction="none")
        return score_from_losses(gates, losses, baseline, mean_losses)
    finally:
        gates.mode, gates.estimator, gates.per_example = old


def taylor_terms(model: nn.Module, gates: BernoulliGates, x: torch.Tensor, y: torch.Tensor
                 ) -> tuple[torch.Tensor, torch.Tensor]:
    """Mean-field losses ℓ̄_i (gates = θ) and their gate gradients G_is = ∂ℓ̄_i/∂g_is.

    One forward and one backward pass (weights get no gradient); G is (B, S) in flat order.
    """
    B = x.shape[0]
    leaves: dict[int, tuple[torch.Tensor, torch.Tensor]] = {}
    for l, a in enumerate(gates.alive):
        if a:
            leaves[l] = (gates.layer_theta[l].detach().expand(B).clone().requires_grad_(True),
                         gates.unit_theta[l].detach().expand(B, -1).clone().requires_grad_(True))
    old = gates.mode, gates.fixed
    gates.mode, gates.fixed = "fixed", leaves
    try:
        with torch.enable_grad():
            ell = F.cross_entropy(model(x).float(), y, reduction="none")
            flat = [t for pair in leaves.values() for t in pair]
            grads = torch.autograd.grad(ell.sum(), flat)
    finally:
        gates.mode, gates.fixed = old
    cols = []
    for j in range(0, len(grads), 2):
        cols += [grads[j].reshape(B, 1), grads[j + 1]]
    return ell.detach(), torch.cat(cols, 1)


def taylor_from_losses(gates: BernoulliGates, losses: torch.Tensor, mean_losses: torch.Tensor,
                       G: torch.Tensor) -> torch.Tensor:
    """Score-function estimate with a first-order Taylor control variate (MuProp-style).

    h_i(ξ) = ℓ̄_i + G_i·(ξ_i − θ) is linear in ξ, so ∂E[h_i]/∂θ = G_i exactly and
    ĝ = mean_i [ (ℓ_i − h_i(ξ_i)) score_i + G_i ] is unbiased; the residual ℓ_i − h_i is
    only the loss's curvature in the gates, hence the lower variance.
    """
    xi, theta = _flat_samples(gates, losses.numel()), flat_theta(gates).detach()
    h = mean_losses + ((xi - theta) * G).sum(1)
    var = theta * (1 - theta)
    score = torch.where(var > 0, (xi - theta) / var.clamp_min(1e-12), torch.zeros_like(xi))
    return ((losses.detach() - h)[:, None] * score + G).mean(0)


def _flat_samples(gates: BernoulliGates, B: int) -> torch.Tensor:
    """The last sampled gates as a (B, S) matrix in flat order."""
    parts = []
    for l, a in enumerate(gates.alive):
        if a:
            xi_l, xi_u = gates.samples[l]
            parts += [xi_l.reshape(B, 1), xi_u.reshape(B, -1)]
    return torch.cat(parts, 1)


def taylor_grad(model: nn.Module, gates: BernoulliGates, x: torch.Tensor, y: torch.Tensor
                ) -> torch.Tensor:
    """One-batch score-function estimate, Taylor control variate (2 forwards, 1 backward)."""
    mean_losses, G = taylor_terms(model, gates, x, y)
    old = gates.mode, gates.estimator, gates.per_example
    gates.mode, gates.estimator, gates.per_example = "sample", "score", True
    try:
        with torch.no_grad():
            losses = F.cross_entropy(model(x), y, reduction="none")
    finally:
        gates.mode, gates.estimator, gates.per_example = old
    return taylor_from_losses(gates, losses, mean_losses, G)
