"""Demo of the derivation: run the checks quickly and plot the penalties of one weight.

For a single weight w (n_j = 1, so ‖W‖₂ = ‖W‖∞ = |w|) the plot shows, from
spruce.penalties only:

    L0 / MIP     αw² + (1−α)·[w ≠ 0]          (jumps at 0)
    big-M        αw² + (1−α)|w|/M
    SPR          z(w) (the perspective relaxation with y projected out)
    group lasso  |w|

and the lower convex hull of the MIP penalty on a coarse grid (markers), computed
independently: SPR runs through them, check (4). At α = 0.5, M = 1, √(α/(1−α))·M = 1
puts every |w| < 1 on the 2|3 boundary, where z = 2√(α(1−α))|w| = |w| coincides with
group lasso; a second panel (α = 0.2, M = 3) shows regime 2 (z = 0.8|w|) turning into
regime 1 (z = 0.2w² + 0.8) at |w| = √((1−α)/α) = 2.
run_demo takes about 2.5 s on a shared 2-core CPU (2,000 samples), after imports.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np

from spruce import penalties

DEMO_PANELS = ((0.5, 1.0), (0.2, 3.0))


def plot_penalty_shapes(path: Path, panels=DEMO_PANELS, hull_points: int = 41) -> Path:
    """Write a PNG of the 1-D penalty shapes for each (α, M) in `panels`; return its path."""
    from spruce.outputs import save_figure

    return save_figure(penalty_shapes_figure(panels, hull_points), path)


def penalty_shapes_figure(panels=DEMO_PANELS, hull_points: int = 41):
    """The matplotlib Figure of plot_penalty_shapes: one panel per (α, M)."""
    from matplotlib.figure import Figure  # Agg canvas, no pyplot state

    from spruce.derivation.checks import envelope_grid

    fig = Figure(figsize=(5.2 * len(panels), 4.2), layout="constrained")
    axes = fig.subplots(1, len(panels), squeeze=False)[0]
    for ax, (alpha, M) in zip(axes, panels, strict=True):
        w = np.linspace(-M, M, 801)
        sq, inf = w**2, np.abs(w)
        mip = penalties.mip_penalty(sq, inf, alpha)
        for side in (w < 0, w > 0):  # the MIP/L0 curve without its jump at 0
            ax.plot(w[side], mip[side], color="black", lw=1.6,
                    label="L0 / MIP" if side[-1] else None)
        ax.plot([0], [0], "o", color="black", ms=5)
        ax.plot([0], [1 - alpha], "o", mfc="white", color="black", ms=5)
        ax.plot(w, penalties.bigm_penalty(sq, inf, alpha, M), color="tab:orange", lw=1.6,
                label="big-M relaxation")
        ax.plot(w, penalties.spr_penalty(sq, inf, alpha, M), color="tab:blue", lw=2.4,
                label="SPR z(w)")
        ax.plot(w, penalties.group_lasso_penalty(sq), color="tab:green", lw=1.2, ls="--",
                label="group lasso |w|")
        hw, _, env = envelope_grid(alpha, M, hull_points)
        ax.plot(hw, env, "s", color="tab:red", ms=3.5, mfc="none",
                label="convex envelope (hull of grid)")
        r = np.sqrt(alpha / (1 - alpha))
        if 1 / r < M:  # regime 1 starts where √(α/(1−α))|w| = 1
            for x in (-1 / r, 1 / r):
                ax.axvline(x, color="grey", lw=0.8, ls=":")
        ax.set_title(f"one weight, α = {alpha:g}, M = {M:g}")
        ax.set_xlabel("w (a single weight, n_j = 1)")
        ax.set_ylabel("penalty per unit of λ")
        ax.set_xlim(-M, M)
        ax.grid(alpha=0.3)
        ax.legend(fontsize=8, loc="upper center")
    return fig


def run_demo(out_dir: Path, samples: int = 2000, seed: int = 0) -> dict:
    """Run the derivation's checks on a few samples and write the penalty-shape figure.

    Returns {"checks": [dict(name, passed, detail, max_error)], "all_passed": bool,
    "figures": [path of the PNG]}.
    """
    from spruce.derivation.checks import derive

    d = derive(samples=samples, seed=seed, grid=1001)
    figure = plot_penalty_shapes(Path(out_dir) / "derivation_penalty_shapes.png")
    return {"checks": [dataclasses.asdict(c) for c in d.checks],
            "all_passed": d.all_passed, "figures": [str(figure)]}
