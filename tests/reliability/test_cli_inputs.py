"""Every subcommand rejects bad option values before doing any work, with one line naming
the option, the value and what is allowed (exit code 2, no traceback)."""

from __future__ import annotations

import pytest

from spruce.cli import main

TRAIN_BAD = [  # (option, value, allowed-text)
    ("--epochs", "-1", ">= 0"), ("--batch-size", "0", ">= 1"), ("--lr", "0", "> 0"),
    ("--lr", "nan", "> 0"), ("--lr", "inf", "> 0"), ("--momentum", "1.5", "in [0, 1)"),
    ("--momentum", "-1", "in [0, 1)"), ("--weight-decay", "-1", ">= 0"),
    ("--milestones", "2", "in (0, 1]"), ("--milestones", "0", "in (0, 1]"),
    ("--max-steps", "0", ">= 1"), ("--lam", "-1", ">= 0"), ("--lam", "nan", ">= 0"),
    ("--alpha", "0", "in (0, 1)"), ("--alpha", "1", "in (0, 1)"), ("--m-scale", "0", "> 0"),
    ("--m-warmup-epochs", "-1", ">= 0"), ("--gamma", "-1", ">= 0"),
    ("--beta", "2", "in [0, 1]"), ("--rho", "-0.5", "in [0, 1]"), ("--theta-lr", "0", "> 0"),
    ("--warmup-epochs", "-1", ">= 0"), ("--tolerance", "-1", "in [0, 100]"),
    ("--tolerance", "101", "in [0, 100]"), ("--target-macs", "0", "in (0, 1]"),
    ("--target-params", "1.5", "in (0, 1]"),
    ("--keep-fraction", "1", "in [0, 1)"), ("--prune-ratio", "1.5", "in [0, 1)"),
    ("--prune-samples", "0", ">= 1"), ("--finetune-epochs", "-1", ">= 0"),
    ("--finetune-lr", "0", "> 0"), ("--speed-batch", "0", "in [1, 65536]"),
    ("--synthetic-size", "0", "in [1, 1e+07]"),
    ("--synthetic-size", "1000000000000", "in [1, 1e+07]"),
    ("--seed", "-1", "in [0, 4.29497e+09]"), ("--seed", str(2**64), "in [0, 4.29497e+09]"),
    ("--speed-batch", "100000000000", "in [1, 65536]"), ("--device", "mps", "cuda:N"),
    ("--out", "", "must be a folder"), ("--device", "tpu", "cuda:N"),
    ("--device", "cuda:x", "cuda:N"),
]


def _check(capsys, rc: int, *needles: str) -> None:
    err = capsys.readouterr().err
    assert rc == 2, err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    for n in needles:
        assert n in err, (n, err)


@pytest.mark.parametrize("option,value,allowed", TRAIN_BAD)
def test_train_options_checked_before_work(option, value, allowed, tiny, tmp_path, capsys):
    out = tmp_path / "run"
    rc = main(["train", *tiny, "--out", str(out), option, value])
    _check(capsys, rc, option, value, allowed)
    assert not out.exists()  # refused before the output folder, data or model


@pytest.mark.parametrize("argv,needles", [
    (["train", "--m-from", "checkpoint"], ["--m-checkpoint"]),
    (["train", "--m-from", "checkpoint", "--m-checkpoint", "/nonexistent.pt"],
     ["--m-checkpoint", "/nonexistent.pt"]),
    (["train", "--data", "cifar10"], ["cifar10", "--data-dir"]),
    (["train", "--data", "cifar10", "--data-dir", "/nonexistent", "--out", "OUT"],
     ["/nonexistent", "missing"]),
    (["train", "--out", "/etc/hostname"], ["--out", "/etc/hostname"]),
    (["train", "--config", "/nonexistent.toml"], ["--config", "/nonexistent.toml"]),
])
def test_train_file_and_data_options(argv, needles, capsys, tmp_path):
    out = tmp_path / "o"
    _check(capsys, main([str(out) if a == "OUT" else a for a in argv]), *needles)
    assert not (out / "run.json").exists()  # a run that failed at once leaves no manifest


@pytest.mark.parametrize("argv,needles", [
    (["prune", "CK", "--prune-ratio", "1"], ["--prune-ratio", "1.0", "in [0, 1)"]),
    (["prune", "CK", "--tolerance", "-2"], ["--tolerance", "-2"]),
    (["prune", "CK", "--target-macs", "0"], ["--target-macs", "0"]),
    (["prune", "CK", "--finetune-lr", "-1"], ["--finetune-lr", "-1"]),
    (["prune", "CK", "--batch-size", "0"], ["--batch-size", "0"]),
    (["prune", "CK", "--device", "gpu"], ["--device", "gpu"]),
    (["prune", "/nonexistent.pt"], ["/nonexistent.pt", "does not exist"]),
    (["evaluate", "CK", "--batch", "8", "0"], ["--batch", "0"]),
    (["evaluate", "CK", "--iters", "0"], ["--iters", "0"]),
    (["evaluate", "CK", "--data", "cifar10"], ["--data-dir"]),
    (["evaluate", "/nonexistent.pt"], ["/nonexistent.pt", "does not exist"]),
    (["ode", "conditions", "--theta", "2"], ["--theta", "2.0", "[0, 1]"]),
    (["ode", "conditions", "--a", "nan"], ["--a", "nan"]),
    (["ode", "conditions", "--eta-theta", "0"], ["--eta-theta", "0.0"]),
    (["ode", "conditions", "--w", "inf"], ["--w", "inf"]),
    (["ode", "portrait", "--gamma", "-1", "--out", "OUT"], ["--gamma", "-1.0"]),
    (["ode", "portrait", "--lam", "-1", "--out", "OUT"], ["--lam", "-1.0"]),
    (["ode", "basins", "--theta0", "1.5", "--out", "OUT"], ["--theta0", "1.5"]),
    (["ode", "basins", "--n", "1", "--out", "OUT"], ["--n", "1"]),
    (["ode", "basins", "--n", "1000000", "--out", "OUT"], ["--n", "1000000"]),
    (["ode", "portrait", "--gamma", "1e300", "--out", "OUT"], ["--gamma", "1e+300"]),
    (["derive", "--samples", "100000000000"], ["--samples", "100000000000"]),
    (["evaluate", "CK", "--batch", "100000000000"], ["--batch", "100000000000"]),
    (["ode", "portrait", "--out", "/etc/hostname"], ["--out", "/etc/hostname"]),
    (["ode"], ["subcommand"]),
    (["derive", "--samples", "5"], ["--samples", "5"]),
    (["derive", "--grid", "3"], ["--grid", "3"]),
    (["derive", "--figure", "x.jpg"], ["--figure", "x.jpg"]),
    (["mip"], ["solve"]),
    (["mip", "solve", "bogus"], ["bogus"]),
    (["mip", "solve", "synthetic:foo=1"], ["foo"]),
    (["mip", "solve", "synthetic:n=-5"], ["n must be a whole number in [1, 50000000]", "-5"]),
    (["mip", "solve", "/nonexistent.npz"], ["/nonexistent.npz"]),
    (["mip", "solve", "synthetic:n=10,groups=3", "--time-limit", "-1"], ["time_limit", "-1"]),
    (["mip", "solve", "synthetic:n=10,groups=3", "--gap", "-1"], ["gap", "-1"]),
    (["mip", "solve", "synthetic:n=10,groups=3", "--gap", "inf"], ["--gap", "inf", "[0, 1)"]),
    (["mip", "solve", "synthetic:n=2.5"], ["n", "'2.5'", "[1, 50000000]"]),
    (["mip", "solve", "synthetic:n=1e11"], ["n", "'1e11'", "[1, 50000000]"]),
    (["mip", "solve", "synthetic:groups=1000000000"], ["groups", "[1, 2000]"]),
    (["mip", "solve", "digits:patch=0x0"], ["patch", "'0x0'"]),
    (["mip", "solve", "digits:patch=abc"], ["patch", "'abc'"]),
    (["mip", "solve", "cnn:channels=-1"], ["channels", "[1, 32]"]),
    (["mip", "solve", "mlp:hidden=0x0"], ["hidden", "'0x0'"]),
    (["mip", "solve", "syn_g8_s0", "--json", "/nonexistent/r.json"], ["--json", "/nonexistent"]),
    (["mip", "compare", "--plot", "bounds.xyz"], ["--plot", "'.xyz'", ".png"]),
    (["mip", "catalog", "--out", "/nonexistent/deeper"], ["--out", "/nonexistent"]),
    (["mip", "compare", "--time-limit", "nan"], ["time_limit", "nan"]),
    (["mip", "catalog", "--time-limit", "-2", "--out", "OUT"], ["time_limit", "-2"]),
    (["mip", "catalog", "--only", "nope", "--out", "OUT"], ["nope"]),
    (["demo", "--out", "/etc/hostname"], ["--out", "/etc/hostname"]),
])
def test_other_commands_reject_bad_values(argv, needles, good_checkpoint, tmp_path, capsys):
    argv = [str(good_checkpoint) if a == "CK" else str(tmp_path / "o") if a == "OUT" else a
            for a in argv]
    _check(capsys, main(argv), *needles)
    assert not (tmp_path / "o").exists()  # nothing is created before the options are checked


def test_argparse_level_errors_exit_2_with_usage(capsys):
    for argv in (["train", "--epochs", "two"], ["train", "--method", "magic"],
                 ["mip", "solve", "x", "--formulation", "cone"], ["ode", "nope"],
                 ["prune"], ["evaluate", "a.pt", "--batch"]):
        with pytest.raises(SystemExit) as exc:
            main(argv)
        assert exc.value.code == 2
        err = capsys.readouterr().err
        assert "error:" in err and "Traceback" not in err
