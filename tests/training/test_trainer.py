import copy
import json
import math

import pytest
import torch

from spruce.training.methods import PruningMethod
from spruce.training.models import small_resnet
from spruce.training.trainer import TrainConfig, evaluate, fit, lr_at

from ._methods import spr_method


def _cfg(tmp_path, **kw):
    base = dict(epochs=3, batch_size=64, lr=0.05, device="cpu", progress=False,
                log_path=str(tmp_path / "log.jsonl"), checkpoint_path=str(tmp_path / "c.pt"),
                arch={"name": "small", "num_classes": 10, "in_channels": 1,
                      "image_size": [8, 8]})
    base.update(kw)
    return TrainConfig(**base)


def test_learns_digits_and_logs_each_epoch(tmp_path, digits):
    torch.manual_seed(0)
    model, hist = fit(small_resnet(), spr_method(0.5, 0.1), digits, _cfg(tmp_path))
    assert len(hist) == 3 and hist[-1]["test_acc"] > 0.85
    lines = [json.loads(x) for x in (tmp_path / "log.jsonl").read_text().splitlines()]
    assert [r["epoch"] for r in lines] == [0, 1, 2]
    assert lines[-1]["method/groups"] == 168 and lines[-1]["method/penalty"] > 0
    assert (tmp_path / "c.pt").exists()


def test_resume_continues_exactly(tmp_path, digits):
    full_dir, part_dir = tmp_path / "full", tmp_path / "part"
    torch.manual_seed(0)
    init = small_resnet().state_dict()
    m1 = small_resnet()
    m1.load_state_dict(init)
    m1, h1 = fit(m1, spr_method(0.5, 0.1), digits, _cfg(full_dir, max_steps=4))
    m2 = small_resnet()
    m2.load_state_dict(init)
    # stop after epoch 2 of 3 (same schedule: the config says 3 epochs, we cut the loop)
    fit(m2, spr_method(0.5, 0.1), digits, _cfg(part_dir, max_steps=4, stop_epoch=2))
    # a fresh process would rebuild everything from the checkpoint
    m3 = small_resnet()
    m3, h3 = fit(m3, spr_method(0.5, 0.1), digits, _cfg(part_dir, max_steps=4, resume=True))
    assert len(h3) == 3
    logged = [json.loads(x) for x in (part_dir / "log.jsonl").read_text().splitlines()]
    assert [r["epoch"] for r in logged] == [0, 1, 2]
    for (k, a), b in zip(m1.state_dict().items(), m3.state_dict().values(), strict=True):
        assert torch.equal(a, b), k


def test_bf16_autocast_and_channels_last_path_on_cpu(tmp_path, digits):
    torch.manual_seed(0)
    model, hist = fit(small_resnet(), spr_method(0.5, 0.1), digits,
                      _cfg(tmp_path, epochs=2, amp=True, channels_last=True))
    assert hist[-1]["test_acc"] > 0.5 and torch.isfinite(torch.tensor(hist[-1]["train_loss"]))
    assert model.layer1[0].conv1.weight.is_contiguous(memory_format=torch.channels_last)


class CountingMethod(PruningMethod):
    name = "counting"

    def __init__(self):
        self.steps, self.epochs, self.setups = 0, [], 0

    def setup(self, model, example_inputs):
        self.setups += 1
        assert example_inputs.shape == (1, 1, 8, 8)

    def after_step(self, model, step):
        self.steps += 1

    def end_epoch(self, model, epoch, optimizer=None):
        self.epochs.append(epoch)
        return model, optimizer

    def metrics(self):
        return {"steps": self.steps}


def test_plugin_hooks_are_called(tmp_path, digits):
    m = CountingMethod()
    _, hist = fit(small_resnet(), m, digits, _cfg(tmp_path, epochs=2, max_steps=3))
    assert m.setups == 1 and m.steps == 6 and m.epochs == [0, 1]
    assert [h["method/steps"] for h in hist] == [3, 6]


def test_lr_schedule_and_config_errors(tmp_path):
    cfg = TrainConfig(epochs=8, lr=0.1)
    assert [round(lr_at(cfg, e), 6) for e in (0, 3, 4, 6, 7)] == [0.1, 0.1, 0.01, 0.001, 0.001]
    assert lr_at(TrainConfig(epochs=1, lr=0.1), 0) == 0.1
    with pytest.raises(ValueError, match="lr"):
        TrainConfig(lr=-1).check()
    with pytest.raises(ValueError, match="milestones"):
        TrainConfig(milestones=(1.5,)).check()


def test_evaluate_counts_correct(digits):
    class Oracle(torch.nn.Module):
        def forward(self, x):
            return torch.zeros(len(x), 10)

    loss, acc = evaluate(Oracle(), digits, "test")
    assert acc == pytest.approx(float((digits.y_test == 0).float().mean()))
    assert loss == pytest.approx(float(torch.log(torch.tensor(10.0))), rel=1e-5)


def test_fit_and_evaluate_take_a_dataloader(tmp_path, digits):
    """Any iterable of (inputs, targets) batches trains and evaluates like the fast path."""
    from torch.utils.data import DataLoader, TensorDataset

    train = DataLoader(TensorDataset(digits.x_train, digits.y_train), batch_size=64,
                       shuffle=True, generator=torch.Generator().manual_seed(0))
    test = DataLoader(TensorDataset(digits.x_test, digits.y_test), batch_size=100)
    torch.manual_seed(0)
    model, hist = fit(small_resnet(), spr_method(0.5, 0.1), train, _cfg(tmp_path), test=test)
    assert len(hist) == 3 and hist[-1]["test_acc"] > 0.85
    loss, acc = evaluate(model, test)
    assert (loss, acc) == pytest.approx(evaluate(model, digits, "test"), rel=1e-5)
    assert evaluate(model, test, limit=150)[1] == pytest.approx(
        evaluate(model, digits, "test", limit=150)[1])
    _, hist = fit(model, PruningMethod(), train, _cfg(tmp_path / "b", epochs=1))
    assert hist[0]["test_acc"] is None  # no test batches given
    with pytest.raises(TypeError, match="iterable of"):
        fit(small_resnet(), PruningMethod(), 42, _cfg(tmp_path / "c"))


def test_schedules_absolute_milestones_span_stages_and_cosine():
    from spruce.training.config import PipelineConfig
    from spruce.training.pipeline import train_config

    # the SPR authors' emp3: 300 epochs of training, 200 of fine-tuning, ×0.1 at these
    cfg = PipelineConfig(epochs=300, finetune_epochs=200, lr=0.1,
                         milestone_epochs=(100, 250, 350, 400, 450))
    arch = {"name": "small"}
    train, ft = train_config(cfg, "train", arch), train_config(cfg, "finetune", arch)
    assert [lr_at(train, e) for e in (0, 99, 100, 249, 250, 299)] == pytest.approx(
        [0.1, 0.1, 0.01, 0.01, 1e-3, 1e-3])
    assert [lr_at(ft, e) for e in (0, 49, 50, 100, 150, 199)] == pytest.approx(
        [1e-3, 1e-3, 1e-4, 1e-5, 1e-6, 1e-6])  # fine-tuning starts at 1e-3, as theirs
    cos = TrainConfig(epochs=10, lr=0.2, schedule="cosine")
    assert [lr_at(cos, e) for e in (0, 5, 10)] == pytest.approx([0.2, 0.1, 0.0], abs=1e-12)
    with pytest.raises(ValueError, match="milestone_epochs"):
        PipelineConfig(milestone_epochs=(250, 100)).check()


def _expected_lr(cfg: TrainConfig, epoch: int) -> float:
    """The schedule's formula, written out here (the closed forms spruce always used)."""
    if cfg.schedule == "cosine":
        return cfg.lr * 0.5 * (1 + math.cos(math.pi * epoch / cfg.epochs))
    if cfg.milestone_epochs is not None:  # absolute epochs over all stages
        passed = len([m for m in cfg.milestone_epochs if cfg.epoch_offset + epoch >= m])
    else:
        passed = len([f for f in cfg.milestones if epoch >= max(1, round(f * cfg.epochs))])
    return cfg.lr * cfg.lr_gamma ** passed


def _stage_configs():
    from spruce.training.config import PipelineConfig
    from spruce.training.pipeline import train_config

    # the SPR authors' emp3: 300 + 200 epochs, ×0.1 at 100, 250 (training) 350, 400, 450
    emp3 = PipelineConfig(epochs=300, finetune_epochs=200, lr=0.1,
                          milestone_epochs=(100, 250, 350, 400, 450))
    arch = {"name": "small"}
    return {"fractions": TrainConfig(epochs=8, lr=0.1),
            "fractions, 1 epoch": TrainConfig(epochs=1, lr=0.1),
            "fractions, 3 epochs, 3 milestones": TrainConfig(epochs=3, lr=0.2, lr_gamma=0.2,
                                                             milestones=(0.1, 0.5, 0.9)),
            "cosine": TrainConfig(epochs=10, lr=0.2, schedule="cosine"),
            "cosine, 200 epochs": TrainConfig(epochs=200, lr=0.05, schedule="cosine"),
            "emp3 training": train_config(emp3, "train", arch),
            "emp3 fine-tuning": train_config(emp3, "finetune", arch)}


@pytest.mark.parametrize("kind", list(_stage_configs()))
def test_lr_scheduler_gives_each_schedules_formula_bit_for_bit(kind):
    from torch.optim.lr_scheduler import LRScheduler

    from spruce.training.trainer import make_optimizer, make_scheduler

    cfg = _stage_configs()[kind]
    opt = make_optimizer(small_resnet(), PruningMethod(), cfg, cfg.lr)
    sched = make_scheduler(opt, cfg)
    assert isinstance(sched, LRScheduler)
    seen = []
    for _ in range(cfg.epochs):  # stepped as fit steps it: once after each epoch
        seen.append([g["lr"] for g in opt.param_groups])
        opt.step()
        sched.step()
    want = [_expected_lr(cfg, e) for e in range(cfg.epochs)]
    assert seen == [[w] * len(opt.param_groups) for w in want]  # ==, not approx
    assert [lr_at(cfg, e) for e in range(cfg.epochs)] == want
    if kind == "emp3 fine-tuning":  # continues training's schedule: 1e-3 down to 1e-6
        assert want[0] == pytest.approx(1e-3) and want[-1] == pytest.approx(1e-6)


def test_a_scheduler_built_at_an_epoch_gives_that_epochs_lr():
    from spruce.training.trainer import make_optimizer, make_scheduler

    cfg = _stage_configs()["cosine"]
    for epoch in range(cfg.epochs):
        opt = make_optimizer(small_resnet(), PruningMethod(), cfg, cfg.lr)
        make_scheduler(opt, cfg, epoch)
        assert opt.param_groups[0]["lr"] == _expected_lr(cfg, epoch)


def _run(folder, digits, method=None, **kw):
    torch.manual_seed(0)
    model = small_resnet()
    cfg = _cfg(folder, epochs=4, max_steps=2, **kw)  # milestones at epochs 2 and 3
    return fit(model, method or PruningMethod(), digits, cfg)


def test_checkpoints_hold_the_scheduler_and_resume_restores_it(tmp_path, digits):
    from spruce.training.checkpoint import first_difference, load_checkpoint

    full, hist_full = _run(tmp_path / "full", digits)
    _run(tmp_path / "part", digits, stop_epoch=2)
    stopped = load_checkpoint(tmp_path / "part" / "c.pt")
    assert stopped["scheduler"]["last_epoch"] == 2  # where the resumed run starts
    assert [g["lr"] for g in stopped["optimizer"]["param_groups"]] == [0.05 * 0.1] * 2
    part, hist_part = _run(tmp_path / "part", digits, resume=True)
    assert [h["lr"] for h in hist_part] == [h["lr"] for h in hist_full] == \
        [0.05, 0.05, 0.05 * 0.1, 0.05 * 0.1 ** 2]
    a, b = load_checkpoint(tmp_path / "full" / "c.pt"), load_checkpoint(tmp_path / "part" / "c.pt")
    assert a["scheduler"]["last_epoch"] == 4
    assert first_difference(a["scheduler"], b["scheduler"]) is None
    assert first_difference(a["optimizer"], b["optimizer"]) is None
    assert first_difference(full.state_dict(), part.state_dict()) is None


def test_resume_from_a_checkpoint_without_scheduler_state(tmp_path, digits):
    """A checkpoint of an older spruce: no "scheduler", no initial_lr, and the optimizer's lr
    is that of the epoch it was saved after; the resumed epochs get the schedule's lr."""
    from spruce.training.checkpoint import first_difference, load_checkpoint, save_checkpoint

    full, hist_full = _run(tmp_path / "full", digits)
    _run(tmp_path / "old", digits, stop_epoch=2)
    path = tmp_path / "old" / "c.pt"
    ck = load_checkpoint(path)
    del ck["scheduler"]
    for g in ck["optimizer"]["param_groups"]:
        del g["initial_lr"]
        g["lr"] = 0.05  # epoch 1's lr, as the older trainer left it
    save_checkpoint(path, ck)
    old, hist = _run(tmp_path / "old", digits, resume=True)
    assert [h["lr"] for h in hist] == [h["lr"] for h in hist_full]
    assert first_difference(full.state_dict(), old.state_dict()) is None


@pytest.mark.parametrize("change", [{"last_epoch": 3}, {"last_epoch": "2"},
                                    {"base_lrs": [0.05]}, {"base_lrs": [0.05, float("nan")]},
                                    {"base_lrs": "0.05"}])
def test_a_scheduler_entry_that_does_not_fit_is_refused(change, tmp_path, digits):
    from spruce.training.checkpoint import load_checkpoint, save_checkpoint

    _run(tmp_path, digits, stop_epoch=2)
    path = tmp_path / "c.pt"
    ck = load_checkpoint(path)
    ck["scheduler"].update(change)
    save_checkpoint(path, ck)
    with pytest.raises(ValueError, match="'scheduler' entry that does not fit") as err:
        _run(tmp_path, digits, resume=True)
    assert str(path) in str(err.value) and "epoch 2" in str(err.value)


class SwappingMethod(PruningMethod):
    """Returns a copy of the model after epoch 1, as a method that shrinks it does."""

    name = "swapping"

    def end_epoch(self, model, epoch, optimizer=None):
        return (copy.deepcopy(model), None) if epoch == 0 else (model, optimizer)


def test_a_new_model_keeps_the_schedule_and_its_state(tmp_path, digits):
    from spruce.training.checkpoint import first_difference, load_checkpoint

    _, plain = _run(tmp_path / "plain", digits)
    _, swapped = _run(tmp_path / "swapped", digits, method=SwappingMethod())
    assert [h["lr"] for h in swapped] == [h["lr"] for h in plain] == \
        [_expected_lr(_cfg(tmp_path, epochs=4), e) for e in range(4)]
    a = load_checkpoint(tmp_path / "plain" / "c.pt")["scheduler"]
    b = load_checkpoint(tmp_path / "swapped" / "c.pt")["scheduler"]
    assert first_difference(a, b) is None and b["_step_count"] == 5
