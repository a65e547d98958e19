"""spruce.dynamics: the ODE of Bernoulli training, its domains of attraction, pruning conditions.

Scalar models (docs/dynamics.md): a unit J = θ(a−w)²/2 + (1−θ)a²/2 + λw²/2 + γθ and a
layer (w → v·w), under the projected gradient flow ẇ = −∂J/∂w, θ̇ = −(η_θ/η_w)·∂J/∂θ.

    theory      closed forms: kept/saddle states, energy barrier, certified basins, r* bounds
    symbolic    sympy derivation of equilibria, Jacobians and stability (unit, layer, gated)
    models      vectorized vector fields;  integrate  solve_ivp with face events + bulk RK4
    basins      basin maps and agreement with the analysis;  premature  critical ratio r*
    sgd         SGD with sampled gates vs the ODE;  conditions  what Bernoulli training uses
    gated       several units sharing a gated layer (ODE, kept-state condition, RK4)
    plots, demo, cli   figures, showcase (`run_demo`) and the `spruce ode` command

Imports stay light: numpy and scipy here; sympy and matplotlib load when used.
"""

from __future__ import annotations

from pathlib import Path

from spruce.dynamics.conditions import (
    PruningConditions,
    critical_ratio,
    pruning_conditions,
    recommended_schedule,
)
from spruce.dynamics.models import Model

__all__ = ["Model", "PruningConditions", "critical_ratio", "pruning_conditions",
           "recommended_schedule", "run_demo"]


def run_demo(out_dir: Path, quick: bool = False) -> dict:
    """Quick CPU showcase: basin map with analytical edges + phase portrait (PNG paths and
    agreement figures); see spruce.dynamics.demo.run_demo."""
    from spruce.dynamics.demo import run_demo as _run

    return _run(out_dir, quick=quick)
