"""Figures of a Bernoulli run (matplotlib Figures without pyplot state; PNG files).

- θ per structure over epochs: one thin line per unit, one thick line per layer gate,
  coloured by block; a line ends where its structure was cut out.
- structures over epochs: inner units alive (top) and residual blocks removed (bottom),
  each on its own axis from 0 to its total, so a count that does not change is a flat
  line at its value, never noise on a tiny axis.
- cost over epochs: MACs per image of the physical network trained in each epoch and
  their expectation under θ. It is the MACs, a property of the network, that show training
  getting cheaper; wall-clock epoch times on a shared machine are load noise and are not
  drawn (the demo keeps them in its data, labelled as measured).
Each plot_* writes a PNG and returns its path; the *_figure function returns the Figure.
"""

from __future__ import annotations

from pathlib import Path

from spruce.outputs import save_figure


def _figure(width: float, height: float, rows: int = 1, **kw):
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), layout="constrained")
    axes = fig.subplots(rows, 1, **kw)
    return fig, axes


def theta_figure(history: list[dict], block_names: list[str]):
    """θ of every structure (history[e]["theta"]: name -> θ) against the epoch."""
    from matplotlib import colormaps
    from matplotlib.ticker import MaxNLocator

    fig, ax = _figure(7.5, 4.2)
    cmap = colormaps["tab10"]
    names = list(history[0]["theta"]) if history else []
    for name in names:
        block = name.split("/")[0]
        color = cmap(block_names.index(block) % 10) if block in block_names else "gray"
        xs, ys = [], []
        for row in history:
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
    ax.set_title("Bernoulli gates: residual blocks (thick) and their units (thin)", fontsize=10)
    if names:
        ax.legend(fontsize=7, ncol=3, loc="lower left", title="block gate", title_fontsize=7)
    return fig


def plot_theta(path: str | Path, history: list[dict], block_names: list[str]) -> Path:
    """PNG of theta_figure; returns its path."""
    return save_figure(theta_figure(history, block_names), path)


def structures_figure(history: list[dict], final: dict | None = None,
                      units_total: int | None = None, blocks_total: int | None = None):
    """Units alive and blocks removed in each epoch; `final` ({blocks_removed, units_alive},
    optionally blocks_alive) adds the deterministic network after the last epoch's vertex
    decision. Totals default to the first epoch's units and final blocks alive + removed."""
    from matplotlib.ticker import MaxNLocator

    ep = [r["epoch"] + 1 for r in history]
    blocks = [r["method/blocks_removed"] for r in history]
    units = [r["method/units_alive"] for r in history]
    if final is not None and ep:
        ep, blocks, units = ep + [ep[-1] + 1], blocks + [final["blocks_removed"]], units + [
            final["units_alive"]]
    if units_total is None:
        units_total = max(units, default=1)
    if blocks_total is None:
        blocks_total = (final["blocks_alive"] + final["blocks_removed"]
                        if final and "blocks_alive" in final else max(blocks, default=0))
    fig, (ua, ba) = _figure(6.5, 4.4, rows=2, sharex=True, height_ratios=[3, 2])
    ua.step(ep, units, where="post", color="C0", marker="o", ms=3)
    ua.set_ylim(0, max(units_total, 1) * 1.05)
    ua.axhline(units_total, color="grey", lw=0.8, ls=":")
    ua.set_ylabel(f"inner units alive\n(of {units_total:,})")
    ua.set_title("structures pruned during Bernoulli training", fontsize=10)
    ba.step(ep, blocks, where="post", color="C3", marker="o", ms=3)
    ba.set_ylim(-0.3, max(blocks_total, 1) + 0.3)
    ba.yaxis.set_major_locator(MaxNLocator(integer=True))
    ba.set_ylabel(f"blocks removed\n(of {blocks_total})")
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
                dense_macs: float | None = None):
    """kMACs per image of the network trained in each epoch (solid) and E[MACs] under θ
    (dashed); `final_macs` marks the deterministic network after the last epoch,
    `dense_macs` the network before pruning (default: the first epoch's MACs). The y axis
    starts at 0 so that the saving shows in proportion."""
    from matplotlib.ticker import MaxNLocator

    ep = [r["epoch"] + 1 for r in history]
    macs = [r["method/macs"] / 1e3 for r in history]
    expected = [r["method/expected_macs"] / 1e3 for r in history
                if "method/expected_macs" in r]
    dense = dense_macs / 1e3 if dense_macs else max(macs, default=1.0)
    fig, ax = _figure(6.5, 3.6)
    ax.axhline(dense, color="grey", lw=0.8, ls=":", label="dense network")
    ax.plot(ep, macs, "o-", ms=4, color="C2", label="network trained in the epoch")
    if len(expected) == len(ep):
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
              dense_macs: float | None = None) -> Path:
    """PNG of cost_figure; returns its path."""
    return save_figure(cost_figure(history, final_macs, dense_macs), path)
