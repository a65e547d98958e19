"""One run per output folder: no mixed, stale or silently overwritten results."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from spruce.cli import main
from spruce.training.config import SettingError
from spruce.training.rundir import LOCK, MANIFEST, claim

TINY = ["--data", "digits", "--model", "small", "--epochs", "1", "--finetune-epochs", "0",
        "--max-steps", "2", "--device", "cpu", "--no-progress", "--speed-batch", "8",
        "--prune-samples", "100"]


@pytest.fixture(scope="module")
def finished_run(tmp_path_factory):
    """A finished TINY train run (seed 0), made once; tests work on copies of it."""
    out = tmp_path_factory.mktemp("finished") / "run"
    assert main(["train", *TINY, "--seed", "0", "--out", str(out)]) == 0
    return out


@pytest.fixture()
def run_copy(finished_run, tmp_path, capsys):
    """A copy of `finished_run` in this test's folder (its --out may change: MAY_CHANGE)."""
    out = shutil.copytree(finished_run, tmp_path / "run")
    capsys.readouterr()
    return out


def _one_line(capsys, rc, *needles):
    err = capsys.readouterr().err
    assert rc == 2 and len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
    for n in needles:
        assert n in err, (n, err)


def test_a_second_run_in_the_same_folder_is_refused(run_copy, capsys):
    out = run_copy
    before = (out / "pruned.pt").read_bytes()
    rc = main(["train", *TINY, "--seed", "1", "--lam", "3", "--out", str(out)])
    _one_line(capsys, rc, "--out", "already holds a run", "resume")
    assert (out / "pruned.pt").read_bytes() == before  # nothing of run A was touched
    assert json.loads((out / MANIFEST).read_text())["settings"]["seed"] == 0


@pytest.mark.parametrize("change,shown", [
    (["--seed", "1"], "seed=0"), (["--method", "slimming"], "method='spr'"),
    (["--model", "resnet20"], "model='small'"), (["--data", "synthetic"], "data='digits'"),
    (["--method", "bernoulli"], "method='spr'"), (["--lam", "3"], "lam=None"),
])
def test_resume_with_other_settings_is_refused_naming_them(change, shown, run_copy, capsys):
    out = run_copy
    # argparse keeps the last value of an option given twice
    rc = main(["train", *TINY, "--seed", "0", "--out", str(out), "--resume", *change])
    _one_line(capsys, rc, "--resume", "other settings", shown)


def test_resume_may_change_the_device_only(run_copy):
    out = run_copy
    argv = ["train", *TINY, "--out", str(out), "--resume", "--device", "auto"]
    assert main(argv) == 0  # auto on this CPU machine: allowed to differ


def test_files_of_an_unknown_run_are_not_mixed_in(tmp_path, capsys):
    out = tmp_path / "run"
    out.mkdir()
    (out / "pruned.pt").write_bytes(b"someone else's")
    rc = main(["train", *TINY, "--out", str(out)])
    _one_line(capsys, rc, str(out / "pruned.pt"), "another run")
    assert (out / "pruned.pt").read_bytes() == b"someone else's"


def test_prune_never_writes_over_the_training_run(run_copy, capsys):
    out = run_copy
    trained = (out / "pruned.pt").read_bytes()
    assert main(["prune", str(out / "checkpoint.pt"), "--data", "digits", "--device", "cpu",
                 "--no-progress", "--tolerance", "5"]) == 0
    assert (out / "pruned.pt").read_bytes() == trained  # the fine-tuned model is intact
    assert (out / "prune" / "pruned.pt").exists()
    assert (out / "prune" / "prune_summary.json").exists()
    capsys.readouterr()
    rc = main(["prune", str(out / "checkpoint.pt"), "--data", "digits", "--device", "cpu"])
    _one_line(capsys, rc, "--out", "already holds a run")


def test_a_live_lock_refuses_and_a_dead_one_is_taken_over(tmp_path):
    out = tmp_path / "run"
    with claim(out, "train", {"seed": 0}, resume=False):
        assert (out / LOCK).exists()
        with pytest.raises(SettingError, match="in use by another spruce process"):
            with claim(out, "train", {"seed": 0}, resume=True):
                pass
    assert not (out / LOCK).exists()  # released
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True).stdout.strip()
    (out / LOCK).write_text(json.dumps({"pid": int(dead), "host": os.uname().nodename}))
    with claim(out, "train", {"seed": 0}, resume=True):  # the killed process's lock
        assert json.loads((out / LOCK).read_text())["pid"] == os.getpid()


def test_two_processes_on_one_folder_one_is_refused(tmp_path):
    """Started together: one trains, the other stops at once with one line; files are one
    run's (the lock, not luck: the loser checks while the winner holds it). Two `spruce
    train` processes, forked as the interruption tests' are (tests/reliability)."""
    from reliability._processes import start_driver

    out = tmp_path / "run"
    argv = ["train", *TINY, "--epochs", "2", "--out", str(out)]
    procs = [start_driver(argv) for _ in range(2)]
    results = [p.communicate(timeout=300) + (p.returncode,) for p in procs]
    codes = sorted(r[2] for r in results)
    if codes == [0, 0]:  # the first finished before the second started: then it is refused
        pytest.skip("the two runs did not overlap on this machine")
    assert codes == [0, 2], results
    loser = next(r for r in results if r[2] == 2)
    assert "in use by another spruce process" in loser[1] or "already holds a run" in loser[1]
    lines = (out / "train.jsonl").read_text().splitlines()
    assert [json.loads(x)["epoch"] for x in lines] == [0, 1]


def test_a_run_that_fails_before_any_output_leaves_the_folder_free(tmp_path, capsys):
    from spruce.training.checkpoint import build_model, model_payload, save_checkpoint

    other = tmp_path / "resnet20.pt"  # M from another architecture: refused inside the run
    arch = {"name": "resnet20", "num_classes": 10, "in_channels": 1, "image_size": [8, 8]}
    save_checkpoint(other, model_payload(build_model("resnet20", 10, 1), arch))
    out = tmp_path / "run"
    rc = main(["train", *TINY, "--out", str(out), "--m-from", "checkpoint",
               "--m-checkpoint", str(other)])
    assert rc == 2 and "same architecture" in capsys.readouterr().err
    assert out.is_dir() and not (out / MANIFEST).exists()
    assert main(["train", *TINY, "--out", str(out)]) == 0  # the corrected command runs
