import json

from spruce.cli import main


def test_solve_json(tmp_path, capsys):
    out = tmp_path / "r.json"
    rc = main(["mip", "solve", "synthetic:n=30,groups=5,group_size=2,lam=0.1,seed=1",
               "--formulation", "bigm", "--json", str(out)])
    assert rc == 0
    r = json.loads(out.read_text())
    assert r["status"] == "optimal" and r["gap"] <= 1e-6
    assert r["formulation"] == "bigm" and len(r["y"]) == 5
    assert "written to" in capsys.readouterr().out
    rc = main(["mip", "solve", "syn_g8_s0", "--time-limit", "30"])
    assert rc == 0
    r = json.loads(capsys.readouterr().out)
    assert r["instance"]["groups"] == 8 and r["success"]


def test_bad_input_is_one_line(capsys):
    assert main(["mip", "solve", "nonsense:foo"]) == 2
    err = capsys.readouterr().err
    assert "error" in err and "nonsense:foo" in err and "Traceback" not in err
    assert main(["mip", "solve", "synthetic:groups=3,group_size=2,M=-1"]) == 2
    assert "M must be finite and > 0" in capsys.readouterr().err
    assert main(["mip", "solve", "missing.npz"]) == 2
    assert main(["mip", "solve", "synthetic:groups=3", "--time-limit", "0"]) == 2
    assert "time_limit" in capsys.readouterr().err


def test_compare_and_catalog_list(tmp_path, capsys):
    png = tmp_path / "p.png"
    rc = main(["mip", "compare", "synthetic:n=30,groups=5,group_size=2,seed=2",
               "--lambdas", "0.02", "0.1", "--plot", str(png)])
    assert rc == 0
    text = capsys.readouterr().out
    assert "persp bnd" in text and png.exists()
    assert main(["mip", "catalog", "--list"]) == 0
    assert "syn_g8_s0" in capsys.readouterr().out
