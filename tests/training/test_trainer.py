import json

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

    def end_epoch(self, model, epoch):
        self.epochs.append(epoch)
        return model

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
