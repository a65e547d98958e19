import importlib

import numpy as np
import pytest

from spruce.mip import solve
from spruce.mip.catalog import DEFAULT_DIR, FAST, SPECS, load_instance, read_catalog, save_instance
from spruce.mip.problem import synthetic


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


def test_only_names_are_checked_before_out_is_created(tmp_path, capsys):
    from spruce.cli import main

    out = tmp_path / "new_dir"
    assert main(["mip", "catalog", "--out", str(out), "--only", "syn_g8_s0", "syn_g8_sO"]) == 2
    err = capsys.readouterr().err
    assert "--only" in err and "syn_g8_sO" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert not out.exists()  # a typo used to create the directory first


def test_check_names_dedupes_and_names_the_unknown():
    from spruce.mip.catalog import check_names

    assert check_names(["syn_g8_s1", "syn_g8_s0", "syn_g8_s1"]) == ["syn_g8_s1", "syn_g8_s0"]
    with pytest.raises(ValueError, match=r"--only: unknown instance names \['a', 'b'\]"):
        check_names(["syn_g8_s0", "a", "b"], option="--only")


def test_ctrl_c_writes_the_finished_entries_merged_and_whole(tmp_path, monkeypatch):
    """KeyboardInterrupt in the second solve: catalog.json holds the first new entry plus the
    existing entries of every other name, written whole (no temporary file left)."""
    import json

    from spruce.mip import catalog

    solve_module = importlib.import_module("spruce.mip.solve")
    catalog.build_catalog(tmp_path, ["syn_g8_s1"], formats=(".mps",), progress=False)
    before = {e["name"]: e for e in read_catalog(tmp_path)}
    real, calls = solve_module.solve, []

    def solve(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(solve_module, "solve", solve)
    with pytest.raises(catalog.CatalogInterrupted) as info:
        catalog.build_catalog(tmp_path, ["syn_g8_s0", "syn_g10_q3", "syn_g15_s0"],
                              formats=(".mps",), progress=False)
    exc = info.value
    assert isinstance(exc, KeyboardInterrupt) and exc.total == 3
    assert [e["name"] for e in exc.entries] == ["syn_g8_s0"]
    assert exc.missing == ["syn_g10_q3", "syn_g15_s0"]
    after = {e["name"]: e for e in read_catalog(tmp_path)}
    assert list(after) == ["syn_g8_s0", "syn_g8_s1"]  # SPECS order, old entry kept
    assert after["syn_g8_s1"] == before["syn_g8_s1"]
    assert after["syn_g8_s0"]["status"] == "optimal"
    json.loads((tmp_path / "catalog.json").read_text())  # whole
    assert not list(tmp_path.glob(".tmp-*"))


def test_interrupted_solve_gets_no_entry(tmp_path, monkeypatch):
    """The B&B catches Ctrl-C itself and returns status "interrupted": that is not a
    certified optimum, so the instance is left out and the build stops there."""
    from spruce.mip import catalog

    solve_module = importlib.import_module("spruce.mip.solve")
    real = solve_module.solve

    def solve(*args, **kwargs):
        res = real(*args, **kwargs)
        res.status = "interrupted"
        return res

    monkeypatch.setattr(solve_module, "solve", solve)
    with pytest.raises(catalog.CatalogInterrupted) as info:
        catalog.build_catalog(tmp_path, ["syn_g8_s0", "syn_g8_s1"], formats=(".mps",),
                              progress=False)
    assert info.value.entries == [] and info.value.missing == ["syn_g8_s0", "syn_g8_s1"]
    assert read_catalog(tmp_path) == []


def test_save_instance_is_atomic(tmp_path, monkeypatch):
    """A failure mid-write (here: numpy raising) leaves the previous file whole."""
    from spruce.mip import catalog

    path = save_instance(synthetic(n=20, groups=4, group_size=2, seed=0), tmp_path / "a.npz")
    data = path.read_bytes()

    def broken(fh, **arrays):
        fh.write(b"half")
        raise KeyboardInterrupt

    monkeypatch.setattr(catalog.np, "savez_compressed", broken)
    with pytest.raises(KeyboardInterrupt):
        save_instance(synthetic(n=20, groups=4, group_size=2, seed=1), path)
    assert path.read_bytes() == data and load_instance(path).n == 20
    assert not list(tmp_path.glob(".tmp-*"))  # the half-written temporary file is gone
