"""Every figure of the report, drawn from small synthetic inputs: its series and its axes.

Each plot function has a *_figure / *_fig builder (plot_bounds: path=None) that returns the
matplotlib Figure, so the tests read the drawn data and limits instead of pixels.
"""

from __future__ import annotations

import numpy as np
import pytest
from matplotlib.lines import Line2D

from spruce.outputs import save_figure

PNG = b"\x89PNG\r\n\x1a\n"


def lines(ax, label: str | None = None) -> list[Line2D]:
    return [ln for ln in ax.get_lines() if label is None or ln.get_label() == label]


def one(ax, label: str) -> Line2D:
    found = lines(ax, label)
    assert len(found) == 1, f"{label!r} among {[ln.get_label() for ln in ax.get_lines()]}"
    return found[0]


def height(ax) -> float:
    lo, hi = ax.get_ylim()
    return hi - lo


def legend_texts(ax) -> list[str]:
    leg = ax.get_legend()
    return [t.get_text() for t in leg.get_texts()] if leg else []


# ------------------------------------------------------------------- training.report

def test_accuracy_vs_macs_names_each_point_and_starts_at_zero(tmp_path):
    from spruce.training.report import accuracy_vs_macs_figure, plot_accuracy_vs_macs

    pts = [{"label": "dense", "macs": 418_634, "accuracy": 0.973},
           {"label": "spr", "macs": 380_000, "accuracy": 0.978},
           {"label": "bernoulli", "macs": 150_842, "accuracy": 0.927},
           {"label": "twin", "macs": 150_842, "accuracy": 0.927}]
    fig = accuracy_vs_macs_figure(pts, "methods")
    ax = fig.axes[0]
    drawn = {ln.get_label(): (ln.get_xdata()[0], ln.get_ydata()[0]) for ln in lines(ax)}
    assert drawn["dense"] == pytest.approx((0.418634, 97.3))
    assert drawn["bernoulli / twin"] == pytest.approx((0.150842, 92.7))  # coinciding: one
    assert len({ln.get_marker() for ln in lines(ax)}) == 3
    assert ax.get_xlim()[0] == 0 and ax.get_xlim()[1] > 0.418634
    assert ax.get_ylim()[0] < 92.7 and ax.get_ylim()[1] > 97.8
    assert set(legend_texts(ax)) == {"dense", "spr", "bernoulli / twin"}
    assert "MACs" in ax.get_xlabel() and "%" in ax.get_ylabel()
    # the same accuracy everywhere: still a readable y axis inside [0, 100]
    flat = accuracy_vs_macs_figure([{"label": "a", "macs": 1e6, "accuracy": 1.0},
                                    {"label": "b", "macs": 5e5, "accuracy": 1.0}]).axes[0]
    assert height(flat) >= 2 and flat.get_ylim()[1] <= 100 + 1e-9
    path = plot_accuracy_vs_macs(tmp_path / "a.png", pts)
    assert path.read_bytes()[:8] == PNG


def test_kept_channels_bars(tmp_path):
    from spruce.training.report import kept_channels_figure, plot_kept_channels

    fig = kept_channels_figure(["layer1.0.conv1", "layer2.0.conv1"], [8, 16], [3, 16], "spr")
    ax = fig.axes[0]
    before, kept = ax.containers
    assert [b.get_height() for b in before] == [8, 16]
    assert [b.get_height() for b in kept] == [3, 16]
    assert ax.get_ylim() == pytest.approx((0, 16 * 1.08))
    assert "19 of 24" in ax.get_title() and ax.get_ylabel() == "channels"
    assert plot_kept_channels(tmp_path / "k.png", ["a"], [4], [2]).read_bytes()[:8] == PNG


# ------------------------------------------------------------------- bernoulli plots

def bernoulli_history(epochs=4, branches_removed=(0, 0, 0, 0)):
    """Records as spruce.Bernoulli's history holds them (epochs from 1)."""
    return [{"epoch": e + 1, "open": 100, "closed": 10 * e, "undecided": 12,
             "units": 112 - 10 * e, "units_removed": 10, "branches": 6 - branches_removed[e],
             "branches_removed": branches_removed[e], "macs": 418_634 - 50_000 * e,
             "expected_macs": (400_000 - 60_000 * e) / 418_634, "gamma": 1.0}
            for e in range(epochs)]


def theta_snapshots(epochs=4):
    out = []
    for e in range(epochs):
        theta = {"layer1.0": 1.0, "layer1.0/layer1.0.conv1:0": 1.0 - 0.3 * e, "layer2.0": 0.9}
        if e < 2:
            theta["layer2.0/layer2.0.conv1:0"] = 0.5 - 0.25 * e  # cut out after epoch 2
        out.append({"epoch": e, "theta": theta, "blocks": ["layer1.0", "layer2.0"]})
    return out


def test_structures_never_draw_a_constant_on_a_tiny_axis(tmp_path):
    from spruce.training.bernoulli.plots import plot_structures, structures_figure

    hist = bernoulli_history()  # no branch is ever removed: a constant 0
    final = {"blocks_removed": 0, "units_alive": 70}
    fig = structures_figure(hist, final, 112, 6)
    units_ax, blocks_ax = fig.axes
    assert list(lines(units_ax)[0].get_ydata()) == [112, 102, 92, 82, 70]
    assert list(lines(blocks_ax)[0].get_ydata()) == [0, 0, 0, 0, 0]
    assert list(lines(blocks_ax)[0].get_xdata()) == [1, 2, 3, 4, 5]
    assert blocks_ax.get_ylim()[0] < 0 and blocks_ax.get_ylim()[1] >= 6  # 0 to all branches
    assert units_ax.get_ylim()[0] == 0 and units_ax.get_ylim()[1] >= 112
    assert "of 6" in blocks_ax.get_ylabel() and "of 112" in units_ax.get_ylabel()
    assert "final" in blocks_ax.get_xlabel()
    # branches removed accumulate; without totals: still at least one branch of height
    grown = structures_figure(bernoulli_history(branches_removed=(0, 1, 0, 2)))
    assert list(lines(grown.axes[1])[0].get_ydata()) == [0, 1, 1, 3]
    bare = structures_figure(bernoulli_history())
    assert height(bare.axes[1]) >= 1
    assert plot_structures(tmp_path / "s.png", hist, final).read_bytes()[:8] == PNG


def test_cost_plots_macs_not_wall_time(tmp_path):
    from spruce.training.bernoulli.plots import cost_figure, plot_cost

    hist = bernoulli_history()
    fig = cost_figure(hist, final_macs=150_842, dense_macs=418_634, target=0.5)
    assert len(fig.axes) == 1  # no second axis of epoch times
    ax = fig.axes[0]
    assert not ax.patches and not ax.containers  # no bars
    macs = one(ax, "network after the epoch")
    assert list(macs.get_ydata()) == pytest.approx([418.634, 368.634, 318.634, 268.634])
    assert list(one(ax, "E[MACs] under θ").get_ydata()) == pytest.approx([400, 340, 280, 220])
    assert one(ax, "target (50% of the MACs)").get_ydata()[0] == pytest.approx(209.317)
    star = one(ax, "final deterministic network")
    assert (star.get_xdata()[0], star.get_ydata()[0]) == pytest.approx((5, 150.842))
    assert one(ax, "dense network").get_ydata()[0] == pytest.approx(418.634)
    assert ax.get_ylim()[0] == 0 and ax.get_ylim()[1] > 418.634
    assert "MACs" in ax.get_ylabel() and "MACs" in ax.get_title()
    assert "time" not in " ".join([ax.get_ylabel(), ax.get_title(), *legend_texts(ax)])
    assert plot_cost(tmp_path / "c.png", hist, 150_842).read_bytes()[:8] == PNG


def test_theta_one_line_per_gate(tmp_path):
    from spruce.training.bernoulli.plots import plot_theta, theta_figure

    snaps = theta_snapshots()
    ax = theta_figure(snaps).axes[0]
    assert len(lines(ax)) == 4
    cut = [ln for ln in lines(ax) if len(ln.get_xdata()) == 2]  # layer2.0's unit was cut out
    assert len(cut) == 1 and list(cut[0].get_ydata()) == [0.5, 0.25]
    assert ax.get_ylim() == pytest.approx((-0.03, 1.03))
    assert legend_texts(ax) == ["layer1.0", "layer2.0"]  # the thick branch gates
    assert "θ" in ax.get_ylabel() and ax.get_xlabel() == "epoch"
    assert plot_theta(tmp_path / "t.png", snaps).read_bytes()[:8] == PNG


# ------------------------------------------------------------------- mip.compare

def mip_rows():
    rows = []
    for lam, opt, persp, bigm, kept in ((0.5, 9.18, 9.18, 7.32, 12), (2.3, 30.09, 29.89, 21.5, 11),
                                        (9.1, 70.8, 70.6, 47.5, 4)):
        rows.append({"lam": lam, "mip_opt": opt, "mip_value": opt, "persp_bound": persp,
                     "bigm_bound": bigm, "gap_closed": (persp - bigm) / (opt - bigm),
                     "kept_mip": kept, "groups": 12, "mip_status": "optimal"})
    rows[2] |= {"mip_opt": None, "mip_status": "time_limit", "gap_closed": float("nan")}
    return rows


def test_plot_bounds_keeps_the_optimum_visible(tmp_path):
    from spruce.mip.compare import plot_bounds

    rows = mip_rows()
    fig = plot_bounds(rows, None, "toy")
    ax, bx, cx = fig.axes
    persp = one(ax, "perspective (SPR) bound")
    opt = one(ax, "MIP optimum (certified)")
    early = one(ax, "MIP stopped early (incumbent)")
    assert list(opt.get_ydata()) == [9.18, 30.09] and list(early.get_ydata()) == [70.8]
    assert opt.get_linestyle() == "None" and opt.get_marker() == "o"
    assert opt.get_markerfacecolor() == "none"  # open: the bound under it shows through
    assert opt.get_markersize() > 2 * persp.get_markersize()
    assert opt.get_zorder() > persp.get_zorder()
    assert list(one(ax, "big-M bound").get_ydata()) == [7.32, 21.5, 47.5]
    assert ax.get_xscale() == "log" and "λ" in ax.get_xlabel() and ax.get_ylabel()
    # right panel: % and counts on two labelled axes
    closed = one(bx, "root gap closed by the perspective bound").get_ydata()
    assert closed[:2] == pytest.approx([100.0, 100 * (29.89 - 21.5) / (30.09 - 21.5)])
    assert np.isnan(closed[2])
    assert bx.get_ylim() == (0, 105) and "%" in bx.get_ylabel()
    assert list(one(cx, "groups kept by the MIP").get_ydata()) == [12, 11, 4]
    assert cx.get_ylim()[0] == 0 and cx.get_ylim()[1] >= 12 and "of 12" in cx.get_ylabel()
    assert "%" not in cx.get_ylabel()
    path = plot_bounds(rows, tmp_path / "sub" / "b.png")
    assert path.read_bytes()[:8] == PNG


# ------------------------------------------------------------------- derivation

def test_penalty_shapes_spr_runs_through_the_hull(tmp_path):
    from spruce.derivation.demo import penalty_shapes_figure, plot_penalty_shapes

    fig = penalty_shapes_figure(panels=((0.5, 1.0), (0.2, 3.0)), hull_points=21)
    assert len(fig.axes) == 2
    for ax, M in zip(fig.axes, (1.0, 3.0), strict=True):
        spr = one(ax, "SPR z(w)")
        hull = one(ax, "convex envelope (hull of grid)")
        assert ax.get_xlim() == (-M, M)
        assert np.interp(hull.get_xdata(), spr.get_xdata(), spr.get_ydata()) == \
            pytest.approx(hull.get_ydata(), abs=1e-2)
        bigm = one(ax, "big-M relaxation")
        assert np.all(bigm.get_ydata() <= spr.get_ydata() + 1e-12)
        assert len(lines(ax, "L0 / MIP")) == 1 and "w" in ax.get_xlabel() and ax.get_ylabel()
    assert plot_penalty_shapes(tmp_path / "p.png").read_bytes()[:8] == PNG


# ------------------------------------------------------------------- dynamics

@pytest.fixture(scope="module")
def unit_model():
    from spruce.dynamics.models import Model

    return Model("unit", 1.0, 0.2, 0.1, 20.0)


def test_basin_map_has_a_legend_for_its_fills(unit_model, tmp_path):
    from spruce.dynamics import plots
    from spruce.dynamics.basins import basin_map

    bmap = basin_map(unit_model, "unit", 24, (0.0, 1.5), (0.0, 1.0), theta0=0.8)
    ax = plots.basin_fig(bmap).axes[0]
    texts = legend_texts(ax)
    for name in ("kept basin (integration)", "pruned basin (integration)",
                 "band: analysis undecided", "certified kept above", "certified pruned below"):
        assert name in texts
    band = ax.get_legend().get_patches()[texts.index("band: analysis undecided")]
    assert band.get_hatch() == "////"
    assert ax.get_ylim() == pytest.approx((0.0, 1.0)) and ax.get_xlim() == (0.0, 1.5)
    assert "w0" in ax.get_xlabel() and "θ0" in ax.get_ylabel()
    assert len(ax.get_images()) == 1
    assert plots.basin_figure(bmap, tmp_path / "b.png").read_bytes()[:8] == PNG


def test_phase_portrait_marks_states_and_fates(unit_model, tmp_path):
    from spruce.dynamics import plots

    ax = plots.phase_portrait_fig(unit_model, starts=[(0.05, 0.2), (1.2, 0.9)]).axes[0]
    texts = legend_texts(ax)
    for name in ("pruned (stable)", "kept (stable)", "saddle", "trajectory ending kept",
                 "trajectory ending pruned"):
        assert name in texts
    assert ax.get_xlim() == (0, 1.5) and ax.get_ylim() == pytest.approx((-0.02, 1.02))
    assert "θ" in ax.get_ylabel() and "w" in ax.get_xlabel()
    saved = plots.phase_portrait(unit_model, tmp_path / "p.png", starts=[(0.5, 0.5)])
    assert saved.read_bytes()[:8] == PNG


def test_premature_and_sgd_figures(tmp_path):
    from spruce.dynamics import plots

    x = np.geomspace(1e-3, 0.2, 5)
    sweeps = [{"param": "w0", "kind": k, "values": x, "r_star": 2.0 * f / x,
               "bound_low": 1.5 * f / x, "bound_up": 2.5 * f / x} for k, f in
              (("unit", 1.0), ("layer", 0.1))]
    ax = plots.premature_fig(sweeps).axes[0]
    assert ax.get_yscale() == "log" and ax.get_xscale() == "log"
    assert list(one(ax, "unit: r* numerical").get_ydata()) == pytest.approx(2 / x)
    assert "η_θ/η_w" in ax.get_ylabel()
    assert plots.premature_figure(sweeps, tmp_path / "r.png").read_bytes()[:8] == PNG

    eta = np.array([0.04, 0.01])
    res = {"eta_w": eta, "error": np.array([0.2, 0.1]), "slope": 0.5}
    tau = np.linspace(0, 10, 11)
    paths, ref = np.full((11, 3, 2), 0.5), np.full((11, 2), 0.5)
    a, b = plots.sgd_fig(res, sample=(tau, paths, ref)).axes
    assert list(one(a, "SGD vs ODE (slope 0.50)").get_ydata()) == [0.2, 0.1]
    assert a.get_xscale() == "log" and a.get_ylabel() and b.get_ylabel() == "θ"
    assert len(lines(b)) == 4
    assert plots.sgd_figure(res, tmp_path / "g.png").read_bytes()[:8] == PNG


def test_save_figure_creates_the_folder(tmp_path):
    from matplotlib.figure import Figure

    fig = Figure()
    fig.subplots().plot([0, 1], [0, 1])
    assert save_figure(fig, tmp_path / "a" / "b.png").read_bytes()[:8] == PNG
