"""Figures of a Bernoulli run (matplotlib, Agg backend, PNG).

- θ per structure over epochs: one thin line per unit, one thick line per layer gate,
  coloured by block; a line ends where its structure was cut out.
- structures over epochs: blocks removed and units alive.
- cost over epochs: MACs of the physical network trained in each epoch, and its wall time.
"""

from __future__ import annotations

from pathlib import Path


def _pyplot():
    # no matplotlib.use("Agg") here: switching backends in a library breaks inline plots in
    # notebooks; without a display matplotlib picks Agg by itself
    import matplotlib.pyplot as plt

    return plt


def plot_theta(path: str | Path, history: list[dict], block_names: list[str]) -> Path:
    """θ of every structure (history[e]["theta"]: name -> θ) against the epoch."""
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(7.5, 4.2))
    cmap = plt.get_cmap("tab10")
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
    ax.set_xlabel("epoch")
    ax.set_ylabel("θ (probability the gate is on)")
    ax.set_ylim(-0.03, 1.03)
    ax.set_title("Bernoulli gates: layers (thick) and units (thin)")
    ax.legend(fontsize=7, ncol=3, loc="lower left")
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return Path(path)


def plot_structures(path: str | Path, history: list[dict], final: dict | None = None) -> Path:
    """Blocks removed and units alive in each epoch; `final` ({blocks_removed, units_alive})
    adds the deterministic network after the last epoch's vertex decision."""
    from matplotlib.ticker import MaxNLocator

    plt = _pyplot()
    ep = [r["epoch"] + 1 for r in history]
    blocks = [r["method/blocks_removed"] for r in history]
    units = [r["method/units_alive"] for r in history]
    if final is not None:
        ep, blocks, units = ep + [ep[-1] + 1], blocks + [final["blocks_removed"]], units + [
            final["units_alive"]]
    fig, ax = plt.subplots(figsize=(6.5, 3.6))
    ax.step(ep, blocks, where="post", color="C3", label="blocks removed")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel("epoch" + (" (last point: final deterministic network)" if final else ""))
    ax.set_ylabel("blocks removed", color="C3")
    ax2 = ax.twinx()
    ax2.step(ep, units, where="post", color="C0", label="units alive")
    ax2.set_ylabel("inner units alive", color="C0")
    ax.set_title("structures pruned during training")
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return Path(path)


def plot_cost(path: str | Path, history: list[dict], final_macs: float | None = None) -> Path:
    """MACs per image of the network trained in each epoch, and that epoch's time;
    `final_macs` marks the deterministic network after the last epoch."""
    plt = _pyplot()
    ep = [r["epoch"] + 1 for r in history]
    fig, ax = plt.subplots(figsize=(6.5, 3.6))
    ax.plot(ep, [r["method/macs"] / 1e3 for r in history], "o-", ms=3, color="C2",
            label="MACs (physical network)")
    if final_macs is not None:
        ax.plot([ep[-1] + 1], [final_macs / 1e3], "*", ms=12, color="C2",
                label="final deterministic network")
    ax.plot(ep, [r["method/expected_macs"] / 1e3 for r in history], "--", color="C2", alpha=0.6,
            label="E[MACs] under θ")
    ax.set_xlabel("epoch")
    ax.set_ylabel("kMACs per image", color="C2")
    ax.legend(fontsize=8, loc="upper right")
    ax2 = ax.twinx()
    ax2.bar(ep, [r["epoch_time_s"] for r in history], alpha=0.25, color="C1", width=0.8)
    ax2.set_ylabel("epoch time (s)", color="C1")
    ax.set_zorder(ax2.get_zorder() + 1)
    ax.patch.set_visible(False)
    ax.set_title("training gets cheaper as it prunes")
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return Path(path)
