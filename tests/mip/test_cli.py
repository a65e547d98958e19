import json
import re

import pytest

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
    assert "M must be a finite number in (0, 1e+100], got -1.0" in capsys.readouterr().err
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


SMALL = "synthetic:n=30,groups=5,group_size=2,seed=2"


def test_compare_ctrl_c_keeps_the_rows_done(tmp_path, capsys, monkeypatch):
    """KeyboardInterrupt in the second λ (outside the MIP): the first row is printed and
    written (JSON and PNG), stderr says 1 of 3, exit code 130."""
    from spruce.mip import compare

    real, calls = compare.compare, []

    def row(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(compare, "compare", row)
    out, png = tmp_path / "rows.json", tmp_path / "p.png"
    rc = main(["mip", "compare", SMALL, "--lambdas", "0.02", "0.1", "0.3", "--json", str(out),
               "--plot", str(png)])
    cap = capsys.readouterr()
    assert rc == 130, cap.err
    assert "interrupted: 1 of 3 λ done" in cap.err and str(out) in cap.err
    rows = json.loads(out.read_text())
    assert len(rows) == 1 and rows[0]["lam"] == 0.02 and rows[0]["mip_status"] == "optimal"
    assert rows[0]["mip_opt"] == rows[0]["mip_value"]
    assert png.stat().st_size > 0 and "persp bnd" in cap.out and "*" not in cap.out


def test_compare_marks_an_interrupted_mip_row(tmp_path, capsys, monkeypatch):
    """A MIP that took the Ctrl-C itself (status "interrupted") ends the sweep; its row is
    kept, shows the incumbent with "*" and a note, mip_opt = None in the JSON."""
    from spruce.mip import compare

    real = compare.solve

    def solve(*args, **kwargs):
        res = real(*args, **kwargs)
        if args[0].lam == 0.1:
            res.status = "interrupted"
        return res

    monkeypatch.setattr(compare, "solve", solve)
    out = tmp_path / "rows.json"
    rc = main(["mip", "compare", SMALL, "--lambdas", "0.02", "0.1", "0.3", "--json", str(out),
               "--plot", ""])
    cap = capsys.readouterr()
    assert rc == 130 and "2 of 3 λ done" in cap.err and "λ=0.1 was interrupted" in cap.err
    rows = json.loads(out.read_text())
    assert [r["mip_status"] for r in rows] == ["optimal", "interrupted"]
    assert rows[1]["mip_opt"] is None and rows[1]["mip_value"] > 0
    line = next(x for x in cap.out.splitlines() if x.strip().startswith("0.1 "))
    assert f"{rows[1]['mip_value']:.6g}*" in line and " n/a " in line
    assert "* λ=0.1: MIP interrupted, not an optimum" in cap.out


def test_solve_announces_itself_and_checks_options_first(capsys):
    rc = main(["mip", "solve", "syn_g8_s0", "--method", "oa", "--time-limit", "30"])
    cap = capsys.readouterr()
    assert rc == 0 and json.loads(cap.out)["method"] == "oa"
    assert "solving syn_g8_s0 (8 groups) by oa/perspective" in cap.err
    for opt, bad in (("--time-limit", "nan"), ("--gap", "-0.1")):
        assert main(["mip", "solve", "syn_g8_s0", opt, bad]) == 2
        err = capsys.readouterr().err
        assert opt in err and bad in err and len(err.strip().splitlines()) == 1


MODEL_FILE = "syn_g8_s0.bigm.mps"


def test_time_limit_covers_reading_a_model_file(monkeypatch, capsys):
    """Issue #15: a 1,500-weight .lp took 15.8 s under --time-limit 1 (reading was not timed).
    The clock now starts with the command: a recovery slower than the limit (here its O(N³)
    step, made slow) ends the command at the limit with one line naming the file."""
    import time

    from spruce.mip import recover
    from spruce.mip.catalog import DEFAULT_DIR

    real = recover._as_squared_loss
    finished = []

    def slow(*args):
        deadline = args[-1]
        t = time.perf_counter()
        while time.perf_counter() - t < 5.0:  # a slow factorization, checking its deadline
            deadline.check("in the slow stand-in")
            time.sleep(0.02)
        finished.append(True)
        return real(*args)

    monkeypatch.setattr(recover, "_as_squared_loss", slow)
    path = str(DEFAULT_DIR / MODEL_FILE)
    rc = main(["mip", "solve", path, "--time-limit", "0.5"])
    err = capsys.readouterr().err
    assert rc == 2 and "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert "time limit 0.5 s reached" in err and path in err and "nothing was solved" in err
    assert not finished  # stopped at the limit, inside the 5 s slow step (no wall-clock bound)


def test_reading_checks_its_deadline():
    from spruce.mip.catalog import DEFAULT_DIR
    from spruce.mip.clock import Deadline, TimeLimitReached
    from spruce.mip.mpsfile import read_model_file

    path = DEFAULT_DIR / MODEL_FILE
    with pytest.raises(TimeLimitReached, match=f"time limit 0 s reached .* {re.escape(str(path))}"):
        read_model_file(path, deadline=Deadline.after(0.0))
    assert read_model_file(path, deadline=Deadline.after(60.0)).num_groups == 8


def test_solve_gets_the_time_left_after_loading(monkeypatch, capsys, tmp_path):
    """Loading counts: the solve gets --time-limit minus the load time; a load that uses up
    the limit is a one-line error (no instance, no incumbent)."""
    import importlib
    import time

    from spruce.mip import cli

    solve_module = importlib.import_module("spruce.mip.solve")
    real_load, real_solve, seen = cli.load, solve_module.solve, {}

    def slow_load(spec, deadline=None):
        time.sleep(0.6)
        return real_load(spec, deadline)

    def spy(*args, **kwargs):
        seen.update(kwargs)
        return real_solve(*args, **kwargs)

    monkeypatch.setattr(cli, "load", slow_load)
    monkeypatch.setattr(solve_module, "solve", spy)
    out = tmp_path / "r.json"
    assert main(["mip", "solve", "syn_g8_s0", "--time-limit", "20", "--json", str(out)]) == 0
    r = json.loads(out.read_text())
    assert r["status"] == "optimal" and r["load_time"] >= 0.6
    assert 0 < seen["time_limit"] <= 20 - 0.6 and seen["method"] == "bnb"
    assert "left after loading" in capsys.readouterr().err
    assert main(["mip", "solve", "syn_g8_s0", "--time-limit", "0.2"]) == 2
    err = capsys.readouterr().err
    assert "time limit 0.2 s reached" in err and "while loading syn_g8_s0" in err
    assert len(err.strip().splitlines()) == 1


def test_options_are_checked_by_solves_validation(capsys):
    """One validation (spruce.mip.solve._solve_iv) for the command line and the library: the
    message names the flag and the parameter."""
    assert main(["mip", "solve", "syn_g8_s0", "--time-limit", "inf", "--gap", "nan"]) == 2
    err = capsys.readouterr().err
    assert "--gap: gap_tol must be a finite number in [0, 1) (a relative gap), got nan" in err
    assert main(["mip", "solve", "syn_g8_s0", "--time-limit", "-1"]) == 2
    assert "time_limit must be > 0 seconds" in capsys.readouterr().err


def test_logistic_by_branch_and_bound(tmp_path, capsys):
    """`--method bnb` solves the logistic loss (first-order perspective nodes, certified dual
    bounds); the synthetic spec takes loss=logistic with q ≥ 2 classes."""
    out = tmp_path / "r.json"
    spec = "synthetic:n=40,groups=4,group_size=2,q=3,loss=logistic,seed=1"
    assert main(["mip", "solve", spec, "--method", "bnb", "--json", str(out)]) == 0
    r = json.loads(out.read_text())
    assert r["method"] == "bnb" and r["status"] == "optimal" and r["instance"]["loss"] == "logistic"
    assert r["bound"] <= r["objective"] and r["gap"] <= 1e-6
    assert main(["mip", "solve", "synthetic:loss=logistic", "--method", "bnb"]) == 2
    assert "at least 2 for loss='logistic'" in capsys.readouterr().err


def test_stdout_is_json_only():
    """HiGHS prints a banner on the process's stdout when its first solver is built: it used
    to come before the JSON of `spruce mip solve` (`> result.json` was not JSON)."""
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "spruce.cli", "mip", "solve", "syn_g8_s0"],
                         capture_output=True, text=True, timeout=300, check=True).stdout
    assert json.loads(out)["status"] == "optimal"


def test_shift_flag_reaches_the_solver_and_is_checked(capsys):
    """--shift root raises the reported root bound over the default (none); a shift the
    method or the loss cannot take is refused naming --shift, before anything is solved."""
    spec = "synthetic:n=60,groups=8,group_size=3,k=3,seed=3"
    results = {}
    for shift in (None, "root"):
        rc = main(["mip", "solve", spec] + ([] if shift is None else ["--shift", shift]))
        assert rc == 0
        results[shift] = json.loads(capsys.readouterr().out)
    plain, shifted = results[None], results["root"]
    assert plain["objective"] == pytest.approx(shifted["objective"], rel=1e-6)
    assert shifted["root_bound"] > plain["root_bound"]
    assert main(["mip", "solve", spec, "--method", "oa", "--shift", "root"]) == 2
    assert "--shift" in capsys.readouterr().err
    logistic = "synthetic:n=40,groups=4,group_size=2,q=2,seed=0,loss=logistic"
    assert main(["mip", "solve", logistic, "--shift", "block"]) == 2
    err = capsys.readouterr().err
    assert "--shift" in err and "loss='squared'" in err and "Traceback" not in err
