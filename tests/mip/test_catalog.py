import numpy as np
import pytest

from spruce.mip.catalog import DEFAULT_DIR, FAST, SPECS, load_instance, read_catalog, save_instance
from spruce.mip.problem import synthetic
from spruce.mip.relax import solve


def test_catalog_sample_reproduces_optima():
    entries = {e["name"]: e for e in read_catalog()}
    assert set(entries) == set(SPECS)
    checked = 0
    for name in FAST:
        e = entries[name]
        assert e["status"] == "optimal" and e["gap"] <= 1e-6
        for f in e["files"].values():
            assert (DEFAULT_DIR / f).stat().st_size > 0
        if e["time_s"] > 1.0:
            continue
        pb = load_instance(DEFAULT_DIR / e["data"])
        res = solve(pb, "perspective", check_big_m=False)
        assert abs(res.objective - e["optimum"]) <= 1e-6 * abs(e["optimum"])
        assert res.kept == e["kept"]
        checked += 1
    assert checked >= 4


def test_instance_roundtrip(tmp_path):
    pb = synthetic(n=20, groups=4, group_size=2, q=2, k=2, seed=3)
    back = load_instance(save_instance(pb, tmp_path / "x.npz"))
    assert np.array_equal(back.X, pb.X) and np.array_equal(back.Y, pb.Y)
    assert back.k == 2 and back.lam == pb.lam and np.array_equal(back.M, pb.M)
    assert all(np.array_equal(a, b) for a, b in zip(back.groups, pb.groups, strict=True))
    with pytest.raises(FileNotFoundError):
        load_instance(tmp_path / "missing.npz")


def test_build_catalog_small(tmp_path):
    from spruce.mip.catalog import build_catalog

    (entry,) = build_catalog(tmp_path, ["syn_g8_s0"], progress=False)
    assert entry["status"] == "optimal"
    assert (tmp_path / "syn_g8_s0.perspective.mps").exists()
    assert (tmp_path / "syn_g8_s0.bigm.lp").exists()
    assert read_catalog(tmp_path)[0]["optimum"] == entry["optimum"]
    with pytest.raises(ValueError, match="unknown"):
        build_catalog(tmp_path, ["nope"], progress=False)
