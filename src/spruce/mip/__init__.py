"""spruce.mip: the indicator pruning MIP, its perspective reformulation, solved exactly.

    min_{W,y} L(W) + λ Σ_j [α‖W_j‖² + (1−α) y_j],  |W_ij| ≤ M_j y_j,  y ∈ {0,1}^G, Σy ≤ k

- solve:        `solve` (the entry point: one input validation, then an engine) → MipResult
- problem:      GroupPruningProblem (data, groups, λ, α, M, k, loss), synthetic instances
- reform:       the same MIP restated (M tightened, normalized scale, budget multiplier)
- builders:     instances from digits (sklearn) and from trained torch MLP/CNN layers
- bnb:          spruce's branch-and-bound over y (the `Search` loop)
- nodes:        its node solvers (first-order perspective / big-M, HiGHS QPs) → NodeResult
- oa:           outer approximation with a HiGHS MILP master (the simple path, any loss)
- qp:           HiGHS QPs: node QPs, shared constraint rows, FixedSupportQP (incumbents)
- perspective:  the first-order solver with its certified (Fenchel dual) bound
- relax:        big-M and perspective relaxations on their own → RelaxationResult
- result:       MipResult, RelaxationResult, the gap, `certify`
- pyomo_models: readable Pyomo models (big-M MIQP, perspective MISOCP, GDP), .lp/.mps export
- mpsfile, recover: reading .mps/.lp model files back into a problem
- peers:        SCIP / Gurobi as oracles (lazy imports) → MipResult
- compare:      exact vs relaxations tables and plots; run_demo
- catalog:      the mip_models/ library
Heavy imports (highspy, pyomo, torch) happen inside the submodules that need them; `solve`
is bound here eagerly (its module imports its engines only when called), so that
`spruce.mip.solve` is the function even after `spruce.mip.solve` the module was imported.
"""

from __future__ import annotations

from pathlib import Path

from .solve import solve


def run_demo(out_dir: Path, quick: bool = False, seed: int = 0) -> dict:
    """Exact MIP vs big-M and perspective bounds on one layer of an MLP trained on digits.

    Returns {"table": list of dicts, "text", "figures": [PNG], "instance"}; see
    spruce.mip.compare.run_demo.
    """
    from .compare import run_demo as _run

    return _run(Path(out_dir), quick=quick, seed=seed)


def __getattr__(name: str):
    lazy = {"GroupPruningProblem": "problem", "synthetic": "problem", "MipResult": "result",
            "RelaxationResult": "result", "bigm_relaxation": "relax",
            "perspective_relaxation": "relax", "compare": "compare"}
    if name in lazy:
        import importlib

        return getattr(importlib.import_module(f"spruce.mip.{lazy[name]}"), name)
    raise AttributeError(f"module 'spruce.mip' has no attribute {name!r}")


__all__ = ["run_demo", "GroupPruningProblem", "synthetic", "solve", "MipResult",
           "RelaxationResult", "bigm_relaxation", "perspective_relaxation", "compare"]
