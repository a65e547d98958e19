"""`spruce ode` subcommands and the demo entry point."""

import json

import pytest

from spruce.cli import main
from spruce.dynamics import run_demo


def test_help_lists_subcommands(capsys):
    with pytest.raises(SystemExit):
        main(["ode", "--help"])
    out = capsys.readouterr().out
    for sub in ("portrait", "basins", "premature", "sgd", "check", "conditions"):
        assert sub in out


def test_conditions_prints_json(capsys):
    assert main(["ode", "conditions", "--w", "0.01", "--eta-theta", "2.0"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["kept_exists"] is True and data["ratio"] == pytest.approx(20.0)
    assert data["fate"] == "pruned" and data["premature"] is True


def test_user_errors_are_one_line(capsys):
    assert main(["ode", "basins", "--ratio", "-1", "--n", "10"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "ratio" in err[0]
    assert main(["ode"]) == 2


def test_basins_and_portrait_write_pngs(tmp_path, capsys):
    assert main(["ode", "basins", "--n", "30", "--out", str(tmp_path)]) == 0
    assert main(["ode", "portrait", "--model", "layer", "--out", str(tmp_path)]) == 0
    for name in ("dynamics_basins_unit.png", "dynamics_portrait_layer.png"):
        png = tmp_path / name
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_run_demo_quick(tmp_path):
    res = run_demo(tmp_path, quick=True)
    assert res["agreement"]["agree"] >= 0.99
    assert res["rows"][0]["slice"] == "unit" and res["rows"][0]["agreement"] >= 0.99
    unit, layer = res["critical_ratio"]
    assert 0 < layer["r_low"] < layer["r_up"] < unit["r_low"] < unit["r_up"]
    assert len(res["figures"]) == 2
    for f in res["figures"]:
        assert (tmp_path / f.split("/")[-1]).stat().st_size > 10_000
