"""Figures (matplotlib, Agg, PNG): phase portraits, basin maps, premature pruning, SGD vs ODE.

    phase_portrait   projected field (streamlines), nullclines ẇ = 0 and θ̇ = 0, the
                     equilibria (pruned ●, kept ★, saddle ×) and solve_ivp trajectories
    basin_figure     numerical basins (integrate_grid) with the certified analytical
                     edges that bracket the separatrix, the band between them hatched
    premature_figure critical ratio r* (numerical) against its closed-form bracket
    sgd_figure       tracking error of SGD vs ODE against the step size (slope ½)
Each function writes one PNG and returns its path; the *_fig function of the same name
(phase_portrait_fig, basin_fig, premature_fig, sgd_fig) returns the matplotlib Figure
(no pyplot state) for notebooks and tests.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.colors
import numpy as np
from matplotlib.figure import Figure  # no pyplot state, no backend switch
from matplotlib.patches import Patch

from spruce.dynamics import theory
from spruce.dynamics.basins import BasinMap
from spruce.dynamics.integrate import integrate_ivp, separatrix
from spruce.dynamics.models import Model

KEPT_C, PRUNED_C = "#4c9f70", "#c8553d"


def _save(fig: Figure, path: Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=120, bbox_inches="tight")
    return path


def _axes(width: float, height: float):
    fig = Figure(figsize=(width, height))
    return fig, fig.subplots()


def _title(model: Model) -> str:
    return (f"{model.kind}: a={model.a:g}, γ={model.gamma:g}, λ={model.lam:g}, "
            f"η_θ/η_w={model.ratio:g}")


def phase_portrait(model: Model, path: Path, starts=None, x_max: float = 1.5,
                   t_max: float = 40.0) -> Path:
    """Phase portrait in (w, θ) (unit) or the balanced plane (s = v = w, θ) (layer)."""
    return _save(phase_portrait_fig(model, starts, x_max, t_max), path)


def phase_portrait_fig(model: Model, starts=None, x_max: float = 1.5,
                       t_max: float = 40.0) -> Figure:
    """The Figure of phase_portrait."""
    fig, ax = _axes(6.4, 4.8)
    xs, ts = np.linspace(0, x_max, 60), np.linspace(0, 1, 40)
    gx, gt = np.meshgrid(xs, ts)
    x = model.state(gx, gt)
    f = model.projected(x)
    u, vv = f[..., 0], f[..., -1]
    speed = np.hypot(u, vv)
    ax.streamplot(xs, ts, u, vv, color=np.log1p(speed), cmap="Greys", density=1.1,
                  linewidth=0.6, arrowsize=0.7)
    p_s, th_s = model.saddle()
    # nullclines: θ̇ = 0 where p = a ± c; weight nullcline θ(p)
    c = model.a - p_s if np.isfinite(p_s) else np.nan
    to_x = (lambda p: p) if model.kind == "unit" else np.sqrt
    for p in (p_s, model.a + c):
        if np.isfinite(p) and 0 <= to_x(p) <= x_max:
            ax.axvline(to_x(p), color="tab:blue", ls="--", lw=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        if model.kind == "unit":
            null = model.lam * xs / (model.a - xs)
        else:
            null = model.lam / (model.a - xs**2)
    ok = (null >= 0) & (null <= 1) & (xs**(1 if model.kind == "unit" else 2) < model.a)
    ax.plot(xs[ok], null[ok], color="tab:orange", lw=1.2, label="weight nullcline")
    ax.plot([], [], color="tab:blue", ls="--", lw=1, label="θ nullcline (p = a ± c)")
    ax.plot(0, 0, "o", color=PRUNED_C, ms=9, label="pruned (stable)")
    if model.kept_margin() > 0:
        pk = float(theory.kept_state(model.a, model.lam, model.kind))
        ax.plot(to_x(pk), 1, "*", color=KEPT_C, ms=14, label="kept (stable)")
        ax.plot(to_x(p_s), th_s, "x", color="k", ms=9, mew=2, label="saddle")
    if starts is None:
        starts = [(x0, t0) for t0 in (0.2, 0.5, 0.9) for x0 in (0.05, 0.3, 0.6, 1.2)]
    for x0, t0 in starts:
        tr = integrate_ivp(model, model.state(x0, t0), t_max=t_max, max_step=0.1)
        color = KEPT_C if tr.outcome == theory.KEPT else PRUNED_C
        ax.plot(tr.x[:, 0], tr.x[:, -1], color=color, lw=1.6)
        ax.plot(x0, t0, ".", color=color, ms=6)
    ax.plot([], [], color=KEPT_C, lw=1.6, label="trajectory ending kept")
    ax.plot([], [], color=PRUNED_C, lw=1.6, label="trajectory ending pruned")
    for k, br in enumerate(separatrix(model, x_max=x_max)):
        ax.plot(br[:, 0], br[:, 1], color="purple", lw=1.4, ls="-.",
                label="separatrix (stable manifold)" if k == 0 else None)
    ax.set_xlim(0, x_max)
    ax.set_ylim(-0.02, 1.02)
    ax.set_xlabel("w (weight)" if model.kind == "unit" else "s = v = w (balanced weights)")
    ax.set_ylabel("θ (gate probability)")
    ax.set_title(_title(model), fontsize=9)
    ax.legend(fontsize=7, loc="center right")
    return fig


def basin_figure(bmap: BasinMap, path: Path) -> Path:
    """Basins of attraction with the certified analytical edges (see module docstring)."""
    return _save(basin_fig(bmap), path)


def basin_fig(bmap: BasinMap) -> Figure:
    """The Figure of basin_figure: fills are the integration's fates (legend), hatching the
    band that the analysis leaves undecided, lines the certified edges."""
    model = bmap.model
    fig, ax = _axes(6.4, 4.8)
    extent = (bmap.x[0], bmap.x[-1], bmap.y[0], bmap.y[-1])
    img = np.where(bmap.numeric == theory.KEPT, 1.0,
                   np.where(bmap.numeric == theory.PRUNED, 0.0, 0.5))
    cmap = matplotlib.colors.ListedColormap([PRUNED_C, "#dddddd", KEPT_C])
    ax.imshow(img, origin="lower", extent=extent, aspect="auto", cmap=cmap, vmin=0, vmax=1,
              alpha=0.55, interpolation="nearest")
    band = bmap.predicted == theory.UNKNOWN
    if band.any():
        ax.contourf(bmap.x, bmap.y, band.astype(float), levels=[0.5, 1.5], colors="none",
                    hatches=["////"])
    fills = [Patch(facecolor=KEPT_C, alpha=0.55, label="kept basin (integration)"),
             Patch(facecolor=PRUNED_C, alpha=0.55, label="pruned basin (integration)")]
    if ((bmap.numeric != theory.KEPT) & (bmap.numeric != theory.PRUNED)).any():
        fills.append(Patch(facecolor="#dddddd", alpha=0.55,
                           label="no fate within the horizon"))
    fills.append(Patch(facecolor="white", edgecolor="k", hatch="////",
                       label="band: analysis undecided"))
    wrong = (bmap.predicted != theory.UNKNOWN) & (bmap.numeric != bmap.predicted)
    if wrong.any():
        gx, gy = np.meshgrid(bmap.x, bmap.y)
        ax.plot(gx[wrong], gy[wrong], "k.", ms=2, label="analysis ≠ integration")
    args = (model.a, model.gamma, model.lam, model.ratio, model.kind)
    if bmap.slice in ("unit", "layer"):
        xs = np.linspace(bmap.x[0], bmap.x[-1], 800)
        p = xs if bmap.slice == "unit" else xs**2
        upper, lower = theory.boundary_curves(p, *args)
        ax.plot(xs, upper, color="k", lw=1.3, label="certified kept above")
        ax.plot(xs, lower, color="k", lw=1.3, ls="--", label="certified pruned below")
        for k, br in enumerate(separatrix(model, x_max=bmap.x[-1])):
            ax.plot(br[:, 0], br[:, 1], color="purple", lw=1.0, ls="-.",
                    label="numerical separatrix" if k == 0 else None)
        p_s, th_s = model.saddle()
        if np.isfinite(p_s):
            ax.plot(p_s if bmap.slice == "unit" else np.sqrt(p_s), th_s, "x", color="k", ms=8)
        ax.set_xlabel("w0 (initial weight)" if bmap.slice == "unit"
                      else "s0 = v0 = w0 (initial weights)")
        ax.set_ylabel("θ0 (initial gate probability)")
        ax.set_ylim(bmap.y[0], bmap.y[-1])
    else:
        p_s, _ = model.saddle()
        xs = np.linspace(bmap.x[0], bmap.x[-1], 800)
        with np.errstate(divide="ignore"):
            hyper = p_s / xs
        for sgn in (1, -1):
            sel = (sgn * xs > 0)
            ax.plot(xs[sel], hyper[sel], color="k", lw=1.3,
                    label="v0·w0 = p_s (region D above)" if sgn == 1 else None)
        ax.plot(xs, xs, color="k", lw=0.8, ls=":", label="balanced diagonal")
        ax.set_ylim(bmap.y[0], bmap.y[-1])
        ax.set_xlabel("v0")
        ax.set_ylabel("w0")
    agr = bmap.agreement()
    ax.set_title(_title(model) + f"\ncertified {agr['certified']:.1%} of grid, agreement "
                 f"{agr['agree']:.2%}, band {agr['band']:.1%}", fontsize=9)
    handles, _ = ax.get_legend_handles_labels()
    ax.legend(handles=fills + handles, fontsize=7, loc="upper right", framealpha=0.9)
    return fig


def premature_figure(sweeps: list[dict], path: Path) -> Path:
    """One panel per swept parameter: numerical r* (dots) in its closed-form bracket."""
    return _save(premature_fig(sweeps), path)


def premature_fig(sweeps: list[dict]) -> Figure:
    """The Figure of premature_figure."""
    params = list(dict.fromkeys(s["param"] for s in sweeps))
    cols = min(3, len(params))
    rows = -(-len(params) // cols)
    fig = Figure(figsize=(4.4 * cols, 3.6 * rows), layout="tight")
    axes = fig.subplots(rows, cols, squeeze=False)
    for ax in axes.flat[len(params):]:
        ax.set_visible(False)
    colors = {"unit": "tab:blue", "layer": "tab:red"}
    labels = {"w0": "initial weight w0 (layer: v0 = w0)", "theta0": "θ0", "gamma": "γ",
              "lam": "λ", "a": "a"}
    for ax, param in zip(axes.flat, params, strict=False):
        for s in (s for s in sweeps if s["param"] == param):
            col = colors[s["kind"]]
            x = s["values"]
            ax.fill_between(x, s["bound_low"], s["bound_up"], color=col, alpha=0.25, lw=0)
            ax.plot(x, s["r_star"], "o", color=col, ms=3.5, label=f"{s['kind']}: r* numerical")
            ax.plot(x, s["bound_up"], "-", color=col, lw=0.8,
                    label=f"{s['kind']}: closed-form bracket")
            ax.plot(x, s["bound_low"], "-", color=col, lw=0.8)
        ax.set_yscale("log")
        if param == "w0":
            ax.set_xscale("log")
        ax.set_xlabel(labels[param])
        ax.set_ylabel("critical η_θ/η_w")
        ax.grid(alpha=0.3, which="both")
    axes[0][0].legend(fontsize=7)
    fig.suptitle("Premature pruning: above r* a structure that should survive is pruned",
                 fontsize=10)
    return fig


def sgd_figure(result: dict, path: Path, sample: tuple | None = None) -> Path:
    """Tracking error vs step size (log-log, slope-½ guide); optional sample paths."""
    return _save(sgd_fig(result, sample), path)


def sgd_fig(result: dict, sample: tuple | None = None) -> Figure:
    """The Figure of sgd_figure."""
    n = 2 if sample is not None else 1
    fig = Figure(figsize=(4.6 * n, 3.8), layout="tight")
    axes = fig.subplots(1, n, squeeze=False)
    ax = axes[0][0]
    eta, err = result["eta_w"], result["error"]
    ax.loglog(eta, err, "o-", label=f"SGD vs ODE (slope {result['slope']:.2f})")
    ax.loglog(eta, err[0] * np.sqrt(eta / eta[0]), "k--", lw=0.8, label="slope ½")
    ax.set_xticks(eta, [f"{e:g}" for e in eta])
    ax.minorticks_off()
    ax.set_xlabel("η_w (θ step η_θ = r·η_w)")
    ax.set_ylabel("RMS over seeds of sup |SGD − ODE|")
    ax.legend(fontsize=8)
    ax.grid(alpha=0.3, which="both")
    if sample is not None:
        tau, paths, ref = sample
        ax2 = axes[0][1]
        for k in range(min(5, paths.shape[1])):
            ax2.plot(tau, paths[:, k, -1], color="tab:gray", lw=0.6)
        ax2.plot(tau, ref[:, -1], color="k", lw=1.8, label="ODE θ(τ)")
        ax2.set_xlabel("τ = steps · η_w")
        ax2.set_ylabel("θ")
        ax2.legend(fontsize=8)
    return fig
