"""Exact MIP vs relaxations on one instance, and a sweep over λ with its plot.

For each instance: the MIP optimum (spruce B&B, certified), the big-M bound, the
perspective bound, the root gap closed
    closed = (persp − bigM) / (MIP − bigM)
and four pruning choices, each re-fitted on its kept groups (the fixed-support problem) and
scored by objective, suboptimality (obj − MIP)/|MIP| and Jaccard |S ∩ S_MIP| / |S ∪ S_MIP|:
    (i) the MIP; (ii) the perspective (SPR) solution thresholded at y*_j ≥ 0.5;
    (iii) the big-M solution thresholded at y_j ≥ 0.5; (iv) magnitude pruning: the
    |S_MIP| groups of largest ‖W_j‖₂ in the dense fit (all groups on).
A MIP that stops short of optimality (time limit, Ctrl-C) is never shown as an optimum: its
row has mip_opt = None and mip_value = its incumbent (the reference of the suboptimality
and Jaccard columns), the table marks it with "*" and names its status.

A sweep over λ interrupted by Ctrl-C raises SweepInterrupted carrying the rows done (the
last one with mip_status "interrupted" if the Ctrl-C landed in its MIP).
"""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np

from spruce import outputs
from spruce.outputs import MISSING

from .paths import terminal_safe
from .problem import GroupPruningProblem
from .qp import FixedSupportQP
from .relax import bigm_relaxation, perspective_relaxation
from .solve import solve


class SweepInterrupted(KeyboardInterrupt):
    """Ctrl-C during sweep(): .rows are the rows done (the last may hold an interrupted MIP),
    .total the number of λ asked for."""

    def __init__(self, rows: list[dict], total: int):
        super().__init__(f"λ sweep interrupted: {len(rows)} of {total} λ done")
        self.rows, self.total = rows, total


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    a, b = np.asarray(a) > 0.5, np.asarray(b) > 0.5
    union = (a | b).sum()
    return 1.0 if union == 0 else float((a & b).sum() / union)


def compare(problem: GroupPruningProblem, time_limit: float = 120.0) -> dict:
    """One comparison row (see module docstring); also the per-choice kept groups."""
    t0 = time.perf_counter()
    pb = problem.with_params(k=None) if problem.k is not None else problem
    mip = solve(pb, "perspective", time_limit=time_limit, check_big_m=False)
    bm = bigm_relaxation(pb)
    pr = perspective_relaxation(pb)
    refit = FixedSupportQP(pb).solve  # the exact value of a kept set (any loss)
    opt = mip.objective  # the incumbent; the optimum only when mip.status == "optimal"
    certified = mip.status == "optimal"
    G = pb.num_groups
    choices = {"mip": mip.y}
    choices["spr_threshold"] = (pr.y >= 0.5).astype(float)
    choices["bigm_threshold"] = (bm.y >= 0.5).astype(float)
    _, w_dense = refit(np.ones(G))
    norms = np.sqrt(pb.group_norms(w_dense)[0])
    count = int(mip.y.sum())
    mag = np.zeros(G)
    mag[np.argsort(-norms)[:count]] = 1.0
    choices["magnitude"] = mag
    row = {"instance": pb.name, "lam": pb.lam, "alpha": pb.alpha, "groups": G,
           "mip_status": mip.status, "mip_opt": opt if certified else None,
           "mip_value": opt, "mip_bound": mip.bound,
           "bigm_bound": bm.bound, "persp_bound": pr.bound,
           "gap_closed": (pr.bound - bm.bound) / (opt - bm.bound)
           if certified and opt - bm.bound > 1e-12 * max(1.0, abs(opt)) else float("nan"),
           "kept_mip": int(mip.y.sum())}
    for name, keep in choices.items():
        val = opt if name == "mip" else refit(keep)[0]
        row[f"{name}_kept"] = [int(j) for j in np.flatnonzero(keep > 0.5)]
        row[f"{name}_obj"] = val
        row[f"{name}_subopt"] = (val - opt) / max(abs(opt), 1e-12)
        row[f"{name}_jaccard"] = jaccard(keep, mip.y)
    row["time"] = time.perf_counter() - t0
    row["mip_time"] = mip.time
    row["mip_nodes"] = mip.nodes
    return row


def sweep(problem: GroupPruningProblem, lams: list[float], time_limit: float = 120.0,
          progress: bool = False) -> list[dict]:
    """compare() for each λ (other parameters fixed); with progress, a bar and one line per λ
    on stderr. Ctrl-C raises SweepInterrupted with the rows done: a row whose MIP was
    interrupted is kept (mip_status "interrupted") and ends the sweep."""
    import sys

    from tqdm import tqdm

    rows: list[dict] = []
    bar = tqdm(lams, desc="λ sweep", disable=not progress, leave=False, file=sys.stderr)
    try:
        for lam in bar:
            row = compare(problem.with_params(lam=float(lam)), time_limit)
            rows.append(row)
            if progress:
                bar.write(f"λ={row['lam']:.4g}: MIP {row['mip_status']} "
                          f"{row['mip_value']:.6g} ({row['time']:.2f} s)", file=sys.stderr)
            if row["mip_status"] == "interrupted":  # the MIP took the Ctrl-C: stop here
                raise SweepInterrupted(rows, len(lams))
    except SweepInterrupted:
        raise
    except KeyboardInterrupt:  # Ctrl-C outside a MIP (relaxations, refits)
        raise SweepInterrupted(rows, len(lams)) from None
    finally:
        bar.close()
    return rows


def plot_bounds(rows: list[dict], path: str | Path | None = None, title: str = ""):
    """PNG: MIP optimum, perspective and big-M bounds vs λ (left) and, on two labelled axes,
    the root gap closed (%) and the groups the MIP keeps (right). Returns the PNG's path, or
    the matplotlib Figure itself when `path` is None.

    The MIP optimum is drawn last, as large open black circles, so that it stays visible
    where the perspective bound reaches it (the bound is then tight)."""
    from matplotlib.figure import Figure  # no pyplot state: safe in notebooks
    from matplotlib.ticker import MaxNLocator

    lam = np.array([r["lam"] for r in rows], dtype=float)
    fig = Figure(figsize=(10, 4), layout="constrained")
    ax, bx = fig.subplots(1, 2)
    ax.plot(lam, [r["bigm_bound"] for r in rows], "C3-^", ms=5, label="big-M bound")
    ax.plot(lam, [r["persp_bound"] for r in rows], "C0-s", ms=4, lw=1.2,
            label="perspective (SPR) bound")
    done = [i for i, r in enumerate(rows) if r["mip_opt"] is not None]
    loose = [i for i, r in enumerate(rows) if r["mip_opt"] is None]
    ax.plot(lam[done], [rows[i]["mip_value"] for i in done], "o", mfc="none", mec="k", mew=1.6,
            ms=11, zorder=5, label="MIP optimum (certified)")
    if loose:  # incumbents of MIPs stopped short: not optima
        ax.plot(lam[loose], [rows[i]["mip_value"] for i in loose], "o", mfc="none", mec="C1",
                mew=1.6, ms=11, zorder=5, label="MIP stopped early (incumbent)")
    ax.set_xscale("log")
    ax.set_xlabel("λ (penalty weight)")
    ax.set_ylabel("objective: loss + λ·penalty")
    ax.grid(alpha=0.3, which="both")
    ax.legend(fontsize=8)
    ax.set_title(title or "bounds vs λ", fontsize=10)
    closed = [100 * r["gap_closed"] if r["gap_closed"] is not None else np.nan for r in rows]
    bx.plot(lam, closed, "C0-s", label="root gap closed by the perspective bound")
    bx.set_ylim(0, 105)
    bx.set_ylabel("root gap closed (%)", color="C0")
    bx.set_xscale("log")
    bx.set_xlabel("λ (penalty weight)")
    bx.grid(alpha=0.3, which="both")
    cx = bx.twinx()
    groups = max([int(r.get("groups") or 0) for r in rows] + [r["kept_mip"] for r in rows] + [1])
    cx.plot(lam, [r["kept_mip"] for r in rows], "k:o", label="groups kept by the MIP")
    cx.set_ylim(0, groups * 1.05)
    cx.yaxis.set_major_locator(MaxNLocator(integer=True))
    cx.set_ylabel(f"groups kept by the MIP (of {groups})")
    handles = bx.get_legend_handles_labels()[0] + cx.get_legend_handles_labels()[0]
    bx.legend(handles=handles, fontsize=8, loc="lower left")
    bx.set_title("how much of the big-M gap the perspective bound closes", fontsize=10)
    if path is None:
        return fig
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=120)
    return path


TABLE_COLUMNS = ("lambda", "MIP opt", "persp bnd", "bigM bnd", "closed", "kept", "SPR thr",
                 "bigM thr", "magnitude")


def _num(v, spec: str) -> str:
    """format(v, spec), or "–" (spruce.outputs.MISSING) for a missing or non-finite value."""
    try:
        x = float(v)
    except (TypeError, ValueError):
        return MISSING
    return format(x, spec) if np.isfinite(x) else MISSING


def table_rows(rows: list[dict]) -> list[dict]:
    """The comparison rows as the text cells of format_table (one dict per row)."""
    out = []
    for r in rows:
        cell = {"lambda": _num(r["lam"], ".4g"),
                "MIP opt": _num(r["mip_value"], ".6g") + ("" if r["mip_opt"] is not None
                                                          else "*"),
                "persp bnd": _num(r["persp_bound"], ".6g"),
                "bigM bnd": _num(r["bigm_bound"], ".6g"),
                "closed": "n/a" if r["gap_closed"] is None or r["gap_closed"] != r["gap_closed"]
                else _num(100 * r["gap_closed"], ".1f") + "%",
                "kept": str(r["kept_mip"])}
        for col, c in (("SPR thr", "spr_threshold"), ("bigM thr", "bigm_threshold"),
                       ("magnitude", "magnitude")):
            cell[col] = (_num(100 * r[c + "_subopt"], ".2f") + "% J="
                         + _num(r[c + "_jaccard"], ".2f"))
        out.append(cell)
    return out


def format_table(rows: list[dict]) -> str:
    """A plain-text table of the comparison rows (spruce.outputs.format_table), with a note
    under it for each row whose MIP stopped short of optimality (marked *)."""
    lines = [outputs.format_table(table_rows(rows), list(TABLE_COLUMNS), rule=True)]
    lines.append("(suboptimality of each pruning choice after re-fitting, J = Jaccard with the "
                 "MIP's kept groups)")
    for r in rows:
        if r["mip_opt"] is None:
            lines.append(f"* λ={_num(r['lam'], '.4g')}: MIP {terminal_safe(r['mip_status'])}, "
                         f"not an optimum: incumbent {_num(r['mip_value'], '.6g')}, bound "
                         f"{_num(r['mip_bound'], '.6g')}")
    return "\n".join(lines)


def run_demo(out_dir: Path, quick: bool = False, seed: int = 0) -> dict:
    """Exact MIP vs relaxations on one layer of an MLP trained on digits (CPU, offline).

    Returns {"table": rows, "text": printable table, "figures": [PNG path], "instance": ...}.
    Full: 6 values of λ (~20–40 s on 2 CPU cores); quick: 3 values, shorter training.
    """
    from .builders import mlp_layer_problem

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    pb = mlp_layer_problem(n=200 if quick else 300, epochs=10 if quick else 30, seed=seed,
                           hidden=(12, 10) if quick else (16, 12))
    L0 = pb.loss_value(np.zeros(pb.dim))
    rel = [0.005, 0.02, 0.08] if quick else [0.0025, 0.005, 0.01, 0.02, 0.04, 0.08]
    rows = sweep(pb, [r * L0 for r in rel], time_limit=30 if quick else 60)
    fig = plot_bounds(rows, out_dir / "mip_bounds_vs_lambda.png",
                      title=f"{pb.name}: bounds vs λ")
    return {"table": rows, "text": format_table(rows), "figures": [str(fig)],
            "instance": pb.describe() | {"train_accuracy": pb.meta.get("train_accuracy")}}
