"""Complexity-aware Bernoulli pruning of units and layers during training (docs/bernoulli.md).

Gates ξ_s ~ Bernoulli(θ_s) on the inner units and the residual branches of a CifarResNet;
cost J = E_ξ[CE] + weight decay + γ R(θ) with R the exact expected complexity (a multilinear
polynomial in θ mixing parameters and MACs by β, layers and units by ρ); θ follows projected
SGD on [0, 1]; θ = 0 removes the structure physically, so training gets cheaper as it goes.

Modules: gates (hooks, sampling), complexity (expected params/MACs polynomial),
estimators (exact, first-order, score-function gradients in θ), shrink (physical removal),
method (the trainer plugin, `--method bernoulli`), batchnorm (statistics after the gates),
plots, demo (`run_demo`, the CPU showcase). Heavy imports happen inside functions here.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["run_demo"]


def run_demo(out_dir: Path, quick: bool = False, seed: int = 0,
             settings: dict | None = None) -> dict:
    """CPU showcase on digits; see `spruce.training.bernoulli.demo.run_demo`."""
    from spruce.training.bernoulli.demo import run_demo as _run

    return _run(out_dir, quick, seed, settings)
