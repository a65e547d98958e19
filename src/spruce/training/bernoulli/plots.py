"""Figures of a Bernoulli run (matplotlib Figures without pyplot state; PNG files).

- θ per gate over epochs: one thin line per unit, one thick line per residual branch's
  gate, coloured by branch; a line ends where its structure left the network.
- structures over epochs: units alive (top) and residual branches removed (bottom), each
  on its own axis from 0 to its total, so a count that does not change is a flat line at
  its value, never noise on a tiny axis.
- cost over epochs: MACs per image of the physical network after each epoch's removals
  and their expectation under θ, with the target. It is the MACs, a property of the
  network, that show training getting cheaper; wall-clock epoch times on a shared machine
  are load noise and are not drawn (the demo keeps them in its data, labelled as measured).
Inputs are the records of spruce.Bernoulli's `history` (epoch, open, closed, undecided,
expected_macs, gamma, units_removed, branches_removed, macs, units, branches) and, for θ, snapshots
{"epoch", "theta": name -> θ, "blocks": branch names} (spruce.training.bernoulli.demo).
Each plot_* writes a PNG and returns its path; the *_figure function returns the Figure.
"""

from __future__ import annotations

from itertools import accumulate
from pathlib import Path

from spruce.outputs import save_figure


def _figure(width: float, height: float, rows: int = 1, **kw):
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), layout="constrained")
    axes = fig.subplots(rows, 1, **kw)
    return fig, axes


def theta_figure(snapshots: list[dict]):
    """θ of every gate (snapshots[e]["theta"]: name -> θ; a unit is "branch/structure:i")
    against the epoch."""
    from matplotlib import colormaps
    from matplotlib.ticker import MaxNLocator

    fig, ax = _figure(7.5, 4.2)
    cmap = colormaps["tab10"]
    blocks = snapshots[0]["blocks"] if snapshots else []
    names = list(snapshots[0]["theta"]) if snapshots else []
    for name in names:
        block = name.split("/")[0]
        color = cmap(blocks.index(block) % 10) if block in blocks else "gray"
        xs, ys = [], []
        for row in snapshots:
            if name in row["theta"]:
                xs.append(row["epoch"] + 1)
                ys.append(row["theta"][name])
        is_layer = "/" not in name
        ax.plot(xs, ys, color=color, lw=2.4 if is_layer else 0.6, alpha=1.0 if is_layer else 0.45,
                label=block if is_layer else None, zorder=3 if is_layer else 2)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel("epoch")
    ax.set_ylabel("θ (probability the gate is on)")
    ax.set_ylim(-0.03, 1.03)
    ax.set_title("Bernoulli gates: residual branches (thick) and units (thin; grey: "
                 "outside any branch)", fontsize=10)
    if blocks:
        ax.legend(fontsize=7, ncol=3, loc="lower left", title="branch gate", title_fontsize=7)
    return fig


def plot_theta(path: str | Path, snapshots: list[dict]) -> Path:
    """PNG of theta_figure; returns its path."""
    return save_figure(theta_figure(snapshots), path)


def structures_figure(history: list[dict], final: dict | None = None,
                      units_total: int | None = None, blocks_total: int | None = None):
    """Units alive (the history's `units`: those still in the network) and branches
    removed after each epoch; `final` ({units_alive, blocks_removed}) adds the
    deterministic network after the last rounding. Totals default to the counts drawn."""
    from matplotlib.ticker import MaxNLocator

    ep = [r["epoch"] for r in history]
    units = [r["units"] for r in history]
    blocks = list(accumulate(r["branches_removed"] for r in history))
    if units_total is None:
        units_total = max(units, default=1)
    if final is not None and ep:
        ep, blocks, units = ep + [ep[-1] + 1], blocks + [final["blocks_removed"]], units + [
            final["units_alive"]]
    if blocks_total is None:
        blocks_total = max(blocks, default=0)
    fig, (ua, ba) = _figure(6.5, 4.4, rows=2, sharex=True, height_ratios=[3, 2])
    ua.step(ep, units, where="post", color="C0", marker="o", ms=3)
    ua.set_ylim(0, max(units_total, 1) * 1.05)
    ua.axhline(units_total, color="grey", lw=0.8, ls=":")
    ua.set_ylabel(f"units alive\n(of {units_total:,})")
    ua.set_title("structures pruned during Bernoulli training", fontsize=10)
    ba.step(ep, blocks, where="post", color="C3", marker="o", ms=3)
    ba.set_ylim(-0.3, max(blocks_total, 1) + 0.3)
    ba.yaxis.set_major_locator(MaxNLocator(integer=True))
    ba.set_ylabel(f"residual branches\nremoved (of {blocks_total})")
    ba.xaxis.set_major_locator(MaxNLocator(integer=True))
    ba.set_xlabel("epoch" + (" (last point: final deterministic network)" if final else ""))
    for ax in (ua, ba):
        ax.grid(alpha=0.3)
    return fig


def plot_structures(path: str | Path, history: list[dict], final: dict | None = None,
                    units_total: int | None = None, blocks_total: int | None = None) -> Path:
    """PNG of structures_figure; returns its path."""
    return save_figure(structures_figure(history, final, units_total, blocks_total), path)


def cost_figure(history: list[dict], final_macs: float | None = None,
                dense_macs: float | None = None, target: float | None = None):
    """kMACs per image of the network after each epoch's removals (solid) and E[MACs]
    under θ (dashed; history's expected_macs is a fraction of `dense_macs`); `final_macs`
    marks the deterministic network, `target` the expected-MACs target. The y axis starts
    at 0 so that the saving shows in proportion."""
    from matplotlib.ticker import MaxNLocator

    ep = [r["epoch"] for r in history]
    macs = [r["macs"] / 1e3 for r in history]
    dense = dense_macs / 1e3 if dense_macs else max(macs, default=1.0)
    expected = [r["expected_macs"] * dense for r in history]
    fig, ax = _figure(6.5, 3.6)
    ax.axhline(dense, color="grey", lw=0.8, ls=":", label="dense network")
    if target is not None:
        ax.axhline(target * dense, color="C1", lw=0.8, ls="-.",
                   label=f"target ({target:.0%} of the MACs)")
    ax.plot(ep, macs, "o-", ms=4, color="C2", label="network after the epoch")
    ax.plot(ep, expected, "--", color="C2", alpha=0.6, label="E[MACs] under θ")
    if final_macs is not None and ep:
        ax.plot([ep[-1] + 1], [final_macs / 1e3], "*", ms=13, color="C2",
                label="final deterministic network")
    ax.set_ylim(0, max([dense, *macs, *expected]) * 1.12)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel("epoch")
    ax.set_ylabel("kMACs per image")
    ax.set_title("training gets cheaper as it prunes: MACs per image", fontsize=10)
    ax.legend(fontsize=8, loc="lower left")
    ax.grid(alpha=0.3)
    return fig


def plot_cost(path: str | Path, history: list[dict], final_macs: float | None = None,
              dense_macs: float | None = None, target: float | None = None) -> Path:
    """PNG of cost_figure; returns its path."""
    return save_figure(cost_figure(history, final_macs, dense_macs, target), path)
