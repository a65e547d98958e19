import json

import numpy as np
import pytest

from spruce.mip import builders
from spruce.mip.compare import compare, format_table, jaccard, plot_bounds
from spruce.mip.problem import synthetic


def test_digits_patch_groups_partition_w():
    pb = builders.digits_regression(n=80, patch=(4, 4), classes=3)
    assert (pb.p, pb.q, pb.num_groups) == (64, 3, 4)
    assert sorted(np.concatenate(pb.groups).tolist()) == list(range(64 * 3))
    # group 0 = rows (pixels) of the top-left 4×4 patch, all outputs
    pixels = sorted({int(i) // 3 for i in pb.groups[0]})
    assert pixels == [r * 8 + c for r in range(4) for c in range(4)]
    lg = builders.digits_regression(n=80, patch=(4, 4), classes=3, loss="logistic")
    assert lg.p == 65 and lg.free.tolist() == [192, 193, 194]  # the intercept row
    with pytest.raises(ValueError, match="tile"):
        builders.patch_groups((3, 3), 2)


def test_layer_problem_reconstructs_outputs():
    rng = np.random.default_rng(0)
    A, W0 = rng.normal(size=(30, 5)), rng.normal(size=(5, 4))
    pb = builders.layer_problem(A, W0, lam_rel=0.1)
    assert pb.loss_value(W0.reshape(-1)) < 1e-20
    assert np.isclose(pb.M[0], 1.5 * np.abs(W0).max())
    with pytest.raises(ValueError, match="columns"):
        builders.layer_problem(A, W0[:4])


def test_cnn_unfolding_matches_the_convolution():
    import torch

    net, _ = builders.trained_cnn(channels=3, epochs=1, seed=0)
    X, _ = builders.load_digits_data(5, seed=0)
    with torch.no_grad():
        A = net[2](net[1](net[0](torch.as_tensor(X, dtype=torch.float32))))
        out = net[3](A) - net[3].bias[None, :, None, None]
        cols = torch.nn.functional.unfold(A, 3, padding=1)
    P = cols.permute(0, 2, 1).reshape(-1, 27).double().numpy()
    W0 = net[3].weight.detach().double().numpy().reshape(3, 27).T
    ref = out.permute(0, 2, 3, 1).reshape(-1, 3).double().numpy()
    assert np.allclose(P @ W0, ref, atol=1e-5)
    pb = builders.cnn_layer_problem(n_patches=50, channels=3, epochs=1)
    assert pb.num_groups == 3 and pb.dim == 27 * 3


def test_compare_row_and_plot(tmp_path):
    pb = synthetic(n=40, groups=8, group_size=3, lam=0.1, seed=0)
    row = compare(pb)
    assert row["mip_status"] == "optimal"
    assert row["bigm_bound"] <= row["persp_bound"] <= row["mip_opt"] + 1e-9
    assert -1e-6 <= row["gap_closed"] <= 1 + 1e-6
    assert row["mip_jaccard"] == 1.0 and row["mip_subopt"] == 0.0
    for c in ("spr_threshold", "bigm_threshold", "magnitude"):
        assert row[f"{c}_subopt"] >= -1e-9  # nothing beats the certified optimum
    assert len(row["magnitude_kept"]) == row["kept_mip"]
    json.dumps(row)
    text = format_table([row])
    assert "MIP opt" in text and f"{row['mip_opt']:.6g}" in text
    png = plot_bounds([row, compare(pb.with_params(lam=0.3))], tmp_path / "b.png")
    assert png.read_bytes()[:4] == b"\x89PNG"


def test_jaccard():
    assert jaccard([1, 1, 0], [1, 0, 0]) == 0.5
    assert jaccard([0, 0], [0, 0]) == 1.0


def test_run_demo_quick(tmp_path):
    from spruce.mip import run_demo

    out = run_demo(tmp_path, quick=True, seed=0)
    assert len(out["table"]) == 3
    for row in out["table"]:
        assert row["mip_status"] == "optimal"
        assert row["bigm_bound"] <= row["persp_bound"] <= row["mip_opt"] * (1 + 1e-9)
    assert all(p.endswith(".png") and (tmp_path / p.split("/")[-1]).exists()
               for p in out["figures"])
