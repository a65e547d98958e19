"""The update of spruce.Bernoulli's gate probabilities θ after each training step.

Three pieces, all tensor operations on θ's device (no value is read back to the host, so a
GPU never waits for them inside the step loop):

    adam_pull_step      θ ← Π_[0,1](θ − η (m̂/(√v̂ + ε) + κ sign(τ − θ))), θ = 0 stays 0
                        (m̂, v̂: Adam's bias-corrected moments of ∂J/∂θ; κ the pull)
    keep_above          θ ← θ₀ + Δ⁺ + s Δ⁻, the largest s of a geometric grid
                        {1, ½, ¼, ..., 0} with E[MACs](θ) ≥ the floor (Δ± the step's
                        increases and decreases): an overshoot below the target cannot
                        close gates for good, yet gates can still trade places at it
    dual_gamma          γ ← max(γ, 10⁻³) exp(gamma_lr (E[MACs]/MACs₀ − target) / n)
    threshold_for       the τ (to 2⁻¹⁰) whose rounding 1[θ > τ] costs nearest the target's
                        MACs: a bisection of 10 evaluations (+2), kept on the device
    mean_over_ranks     under torch.distributed, every θ gradient ← its mean over the
                        processes (DDP averages only the model's gradients)

Cost per step: a few elementwise kernels per θ tensor; keep_above evaluates the
expected-MACs polynomial at the grid's 6 points.
"""

from __future__ import annotations

from collections.abc import Callable

import torch

ADAM_BETAS = (0.9, 0.999)
GRID = (1.0, 0.5, 0.25, 0.125, 0.0625, 0.0)


@torch.no_grad()
def adam_pull_step(thetas: list[torch.Tensor], moments: list[torch.Tensor],
                   grads: list[torch.Tensor | None], steps: int, lr: float, kappa: float,
                   tau: float) -> None:
    """One projected Adam step with the pull, in place on θ and its moments (2, n)."""
    b1, b2 = ADAM_BETAS
    for t, mv, grad in zip(thetas, moments, grads, strict=True):
        if grad is None or not t.numel():
            continue
        dead = t == 0
        mv[0].mul_(b1).add_(grad, alpha=1 - b1)
        mv[1].mul_(b2).addcmul_(grad, grad, value=1 - b2)
        m_hat = mv[0] / (1 - b1 ** steps)
        v_hat = mv[1] / (1 - b2 ** steps)
        # |m̂/√v̂| ≲ 1, so a pull of κ > 1 in the same units always wins
        step = m_hat / (v_hat.sqrt() + 1e-8) + kappa * torch.sign(tau - t)
        t.copy_(torch.where(dead, torch.zeros_like(t), (t - lr * step).clamp(0.0, 1.0)))


@torch.no_grad()
def keep_above(thetas: list[torch.Tensor], before: list[torch.Tensor],
               macs_of: Callable[[list[torch.Tensor]], torch.Tensor], floor: float) -> None:
    """Scale the decreases of the step before → θ (in place) so that macs_of(θ) ≥ floor,
    by the largest scale of GRID that allows it (0 when none does)."""
    ups = [torch.clamp(t - a, min=0) for t, a in zip(thetas, before, strict=True)]
    downs = [torch.clamp(t - a, max=0) for t, a in zip(thetas, before, strict=True)]
    macs = torch.stack([macs_of([a + u + s * d for a, u, d in zip(before, ups, downs,
                                                                  strict=True)])
                        for s in GRID])
    ok = macs >= floor
    idx = torch.where(ok.any(), torch.argmax(ok.int()), torch.tensor(len(GRID) - 1,
                                                                      device=macs.device))
    scale = torch.tensor(GRID, device=macs.device, dtype=before[0].dtype)[idx]
    for t, a, u, d in zip(thetas, before, ups, downs, strict=True):
        t.copy_(a + u + scale * d)


@torch.no_grad()
def dual_gamma(gamma: torch.Tensor, ratio: torch.Tensor, target: float, gamma_lr: float,
               steps: float) -> torch.Tensor:
    """The multiplicative dual step of γ (a tensor): γ's scale is unknown in advance, its
    log is not; at a violation of 1 log γ moves by gamma_lr within `steps` steps."""
    return gamma.clamp_min(1e-3) * torch.exp(gamma_lr * (ratio - target) / steps)


def mean_over_ranks(grads: list[torch.Tensor | None],
                    thetas: list[torch.Tensor]) -> list[torch.Tensor | None]:
    """Under torch.distributed, every θ gradient ← its mean over the processes (one
    all_reduce), so that every rank takes the same step and removes the same structures."""
    import torch.distributed as dist

    if not (dist.is_available() and dist.is_initialized()) or dist.get_world_size() == 1:
        return grads
    from spruce.training.distributed import all_reduce_mean_

    full = [torch.zeros_like(t) if g is None else g.clone() for g, t in
            zip(grads, thetas, strict=True)]
    all_reduce_mean_(full)
    return full


@torch.no_grad()
def threshold_for(macs_at: Callable[[torch.Tensor], torch.Tensor], max_macs: float,
                  device: torch.device | str, iters: int = 10) -> torch.Tensor:
    """τ ∈ [2⁻ⁱᵗᵉʳˢ, 1 − 10⁻⁶] (a 0-dim tensor on `device`) whose rounding cost
    macs_at(τ) is nearest max_macs: the smallest grid τ with macs_at(τ) ≤ max_macs
    (macs_at falls as τ rises), or the grid point before it if that one's cost exceeds
    max_macs by less; clipped below 1 so that gates at 1 stay."""
    lo = torch.zeros((), device=device)
    hi = torch.ones((), device=device)
    for _ in range(iters):
        mid = (lo + hi) / 2
        ok = macs_at(mid) <= max_macs
        lo, hi = torch.where(ok, lo, mid), torch.where(ok, mid, hi)
    # the rounding's cost jumps where a whole branch's gate crosses τ: of the two sides of
    # the jump, the one nearer the target (above it or below)
    above = macs_at(lo) - max_macs
    below = max_macs - macs_at(hi)
    return torch.where(above < below, lo, hi).clamp(min=2 ** -iters, max=1 - 1e-6)
