"""`spruce train`, `spruce prune`, `spruce evaluate` through the real CLI entry point."""

import json

import pytest

from spruce.cli import main

TINY = ["--data", "digits", "--model", "small", "--epochs", "1", "--finetune-epochs", "1",
        "--max-steps", "3", "--device", "cpu", "--no-progress", "--speed-batch", "8",
        "--tolerance", "5", "--prune-samples", "300"]


def test_train_help_lists_all_options(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["train", "--help"])
    assert exc.value.code == 0
    text = capsys.readouterr().out
    for opt in ("--method", "--lam", "--alpha", "--m-scale", "--gamma", "--beta", "--rho",
                "--theta-lr", "--warmup-epochs", "--config", "--resume", "--distributed"):
        assert opt in text


@pytest.mark.parametrize("argv,needle", [
    (["train", "--data", "cifar10"], "--data-dir"),
    (["train", "--data", "digits", "--lr", "-1", "--epochs", "1"], "--lr"),
    (["evaluate", "/nonexistent/x.pt"], "does not exist"),
    (["train", "--model", "small", "--alpha", "2", "--epochs", "1", "--no-progress"], "alpha"),
])
def test_user_errors_are_one_line(argv, needle, capsys, tmp_path):
    rc = main(argv + ["--out", str(tmp_path)] if argv[0] == "train" else argv)
    err = capsys.readouterr().err
    assert rc == 2 and needle in err and "Traceback" not in err


def test_config_file_and_unknown_keys(tmp_path, capsys):
    cfg = tmp_path / "c.json"
    cfg.write_text(json.dumps({"method": "l1-filter", "prune-ratio": 0.25,
                               "out": str(tmp_path / "run")}))
    assert main(["train", *TINY, "--config", str(cfg)]) == 0
    summary = json.loads((tmp_path / "run" / "summary.json").read_text())
    assert summary["settings"] == {"method": "l1-filter", "prune_ratio": 0.25, "units": 168,
                                   "structures": 9}  # 6 blocks' inner channels, 3 stages
    assert summary["channels_kept"] == sum(round(0.75 * c)
                                           for c in (8, 8, 16, 16, 32, 32, 8, 16, 32))
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"epochz": 3}))
    assert main(["train", *TINY, "--config", str(bad)]) == 2
    assert "epochz" in capsys.readouterr().err


def test_train_then_prune_then_evaluate(tmp_path, capsys):
    out = tmp_path / "run"
    assert main(["train", *TINY, "--method", "spr", "--out", str(out)]) == 0
    assert "fine-tuned" in capsys.readouterr().out
    # M taken from a saved (here: the just-trained) network
    assert main(["train", *TINY, "--method", "spr", "--m-from", "checkpoint", "--m-checkpoint",
                 str(out / "checkpoint.pt"), "--out", str(tmp_path / "m")]) == 0
    assert json.loads((tmp_path / "m" / "summary.json").read_text())["settings"]["units"] == 168
    assert main(["prune", str(out / "checkpoint.pt"), "--data", "digits", "--score", "l1",
                 "--prune-ratio", "0.5", "--out", str(tmp_path / "p"), "--device", "cpu"]) == 0
    pr = json.loads((tmp_path / "p" / "prune_summary.json").read_text())
    # half of the 6 blocks' inner channels (56) and of the 3 stages' channels (28)
    assert pr["channels_kept"] == 56 + 28 and pr["surgery_max_rel_diff"] < 1e-5
    capsys.readouterr()
    assert main(["evaluate", str(tmp_path / "p" / "pruned.pt"), "--data", "digits",
                 "--device", "cpu", "--batch", "16", "--iters", "2"]) == 0
    res = json.loads(capsys.readouterr().out)
    assert res["params"] == pr["params_pruned"] and res["macs_matches_torch_pruning"]
    assert res["test_acc"] == pytest.approx(pr["acc_pruned"])


def test_resume_of_a_finished_run_reuses_its_checkpoints(tmp_path):
    out = tmp_path / "run"
    argv = ["train", *TINY, "--method", "spr", "--epochs", "2", "--out", str(out)]
    assert main(argv) == 0
    first = json.loads((out / "summary.json").read_text())
    mtime = (out / "checkpoint.pt").stat().st_mtime_ns
    assert main(argv + ["--resume"]) == 0
    again = json.loads((out / "summary.json").read_text())
    # nothing was retrained: same checkpoint, same logs, same pruned result
    assert (out / "checkpoint.pt").stat().st_mtime_ns == mtime
    assert len((out / "train.jsonl").read_text().splitlines()) == 2
    for key in ("acc_trained", "channels_kept", "params_pruned", "acc_final"):
        assert again[key] == first[key], key


def _user_images(n: int, seed: int):
    """n 12×12 RGB uint8 images of 3 classes (a bright quadrant per class), NHWC."""
    import numpy as np

    rng = np.random.default_rng(seed)
    y = np.arange(n) % 3
    x = rng.integers(0, 60, (n, 12, 12, 3)).astype(np.uint8)
    for c in range(3):
        x[y == c, (c // 2) * 6:(c // 2) * 6 + 6, (c % 2) * 6:(c % 2) * 6 + 6] += 150
    return x, y


@pytest.mark.parametrize("kind", ["npz", "folder"])
def test_train_on_the_users_own_files_with_a_macs_target(kind, tmp_path):
    """--data npz:PATH and folder:PATH, pruned to a MACs target, end to end."""
    import numpy as np
    from PIL import Image

    (xtr, ytr), (xte, yte) = _user_images(90, 0), _user_images(30, 1)
    if kind == "npz":
        src = tmp_path / "mine.npz"
        np.savez(src, x_train=xtr, y_train=ytr, x_test=xte, y_test=yte)
    else:
        src = tmp_path / "imgs"
        for split, xs, ys in (("train", xtr, ytr), ("test", xte, yte)):
            for i, (img, label) in enumerate(zip(xs, ys)):
                folder = src / split / f"class{label}"
                folder.mkdir(parents=True, exist_ok=True)
                Image.fromarray(img).save(folder / f"{i}.png")
    out = tmp_path / "run"
    argv = ["train", "--data", f"{kind}:{src}", "--model", "small", "--method", "spr",
            "--epochs", "2", "--finetune-epochs", "1", "--batch-size", "16", "--device",
            "cpu", "--no-progress", "--speed-batch", "8", "--target-macs", "0.5",
            "--out", str(out)]
    assert main(argv) == 0
    s = json.loads((out / "summary.json").read_text())
    assert s["data"] == f"{kind}:{src}" and s["search"]["rule"] == "target_macs"
    assert s["macs_pruned"] <= 0.5 * s["macs_dense"] + 1  # spruce's and Torch-Pruning's count
    assert s["acc_trained"] > 0.5  # three easy classes


def test_both_accuracy_rules_are_reported_side_by_side(tmp_path):
    out = tmp_path / "run"
    assert main(["train", *TINY, "--method", "spr", "--rule", "authors", "--survive", "0.05",
                 "--out", str(out)]) == 0
    s = json.loads((out / "summary.json").read_text())
    assert s["search"]["rule"] == "authors"
    rules = s["rules"]
    assert rules["authors"]["used"] and not rules["structured"]["used"]
    for r in rules.values():
        assert 0 < r["units_kept"] <= r["units_total"] == s["channels_total"]
    # the structured rule bounds the drop of the pruned net itself (--tolerance 5 points);
    # the authors' rule bounds the unstructured-thresholded net's, not the final one's
    st = rules["structured"]
    assert st["train_acc"] - st["train_acc_pruned"] <= 0.05 + 1e-9
    assert s["channels_kept"] == rules["authors"]["units_kept"]


@pytest.mark.parametrize("recipe", ["dense-resnet56-cifar10.toml", "spr-resnet56-cifar10.toml"])
def test_recipes_are_valid_configs(recipe, tmp_path):
    """Every recipe parses into a checked PipelineConfig (its data and M files made here)."""
    import argparse
    from pathlib import Path

    from spruce.training import cli
    from spruce.training.config import PipelineConfig

    path = Path(__file__).resolve().parents[2] / "recipes" / recipe
    parser = argparse.ArgumentParser()
    cli.add_arguments(parser)
    args = cli.apply_config(parser.parse_args(["--config", str(path),
                                               "--data-dir", str(tmp_path)]))
    cfg = cli.config_from_args(PipelineConfig, args)
    if cfg.m_from == "checkpoint":
        (tmp_path / "m.pt").write_bytes(b"")
        cfg.m_checkpoint = tmp_path / "m.pt"
    cfg.check()
    assert cfg.model == "resnet56" and cfg.batch_size == 128 and cfg.lr == 0.1
    if cfg.method == "spr":
        assert cfg.milestone_epochs == (100, 250, 350, 400, 450)
        assert (cfg.epochs, cfg.finetune_epochs, cfg.rule) == (300, 200, "authors")
