import pickle

import pytest
import torch

from spruce.pruning.masks import apply_masks, keep_ratio, structure_scores
from spruce.pruning.structures import find_structures
from spruce.pruning.surgery import compress
from spruce.training.checkpoint import (
    build_model,
    load_checkpoint,
    load_model,
    model_payload,
    save_checkpoint,
)
from spruce.training.models import small_resnet


class Evil:
    def __reduce__(self):
        return (print, ("this must never run",))


def test_atomic_save_and_safe_load(tmp_path):
    path = save_checkpoint(tmp_path / "a" / "c.pt", {"x": torch.arange(3), "meta": {"k": [1, 2]}})
    assert path.exists() and not (tmp_path / "a" / "c.pt.tmp").exists()
    d = load_checkpoint(path)
    assert torch.equal(d["x"], torch.arange(3)) and d["meta"] == {"k": [1, 2]}
    bad = tmp_path / "evil.pt"
    torch.save({"obj": Evil()}, bad)
    with pytest.raises(ValueError, match="weights_only"):
        load_checkpoint(bad)
    with pytest.raises(FileNotFoundError):
        load_checkpoint(tmp_path / "missing.pt")
    (tmp_path / "junk.pt").write_bytes(pickle.dumps([1, 2], protocol=2) + b"garbage")
    with pytest.raises(ValueError):
        load_checkpoint(tmp_path / "junk.pt")


def test_save_replaces_previous_file(tmp_path):
    p = tmp_path / "c.pt"
    save_checkpoint(p, {"v": torch.tensor(1)})
    save_checkpoint(p, {"v": torch.tensor(2)})
    assert int(load_checkpoint(p)["v"]) == 2


def test_pruned_model_roundtrip(tmp_path, randomized_bn):
    model = randomized_bn(build_model("small", 10, 1))
    ex = torch.zeros(1, 1, 8, 8)
    st = find_structures(model, ex)
    keep = keep_ratio(structure_scores(model, st, "l1"), 0.4)
    apply_masks(model, st, keep)
    small = compress(model, st, keep, ex)
    arch = {"name": "small", "num_classes": 10, "in_channels": 1, "image_size": [8, 8]}
    save_checkpoint(tmp_path / "p.pt", model_payload(small, arch))
    back = load_model(load_checkpoint(tmp_path / "p.pt")).eval()
    x = torch.randn(16, 1, 8, 8)
    assert torch.equal(back(x), small.eval()(x))
    assert sum(p.numel() for p in back.parameters()) == sum(p.numel() for p in small.parameters())


def test_build_model_errors():
    n = sum(p.numel() for p in build_model("resnet20").parameters())
    assert 0.26e6 < n < 0.28e6  # He et al.: 0.27M
    with pytest.raises(ValueError, match="model must be one of"):
        build_model("vgg16")
    with pytest.raises(ValueError, match="arch"):
        load_model({"model": {}})


def test_first_difference_names_the_path_or_none():
    from spruce.training.checkpoint import first_difference

    a = {"model": {"w": torch.ones(2, 3)}, "history": [{"loss": 1.0}, {"loss": 0.5}],
         "rng": torch.arange(4, dtype=torch.uint8)}
    b = {"model": {"w": torch.ones(2, 3)}, "history": [{"loss": 1.0}, {"loss": 0.5}],
         "rng": torch.arange(4, dtype=torch.uint8)}
    assert first_difference(a, b) is None
    b["history"][1]["loss"] = 0.25
    assert first_difference(a, b) == "/history[1]/loss"
    b["history"][1]["loss"] = 0.5
    b["model"]["w"] = torch.ones(2, 3, dtype=torch.float64)  # same values, other dtype
    assert first_difference(a, b) == "/model/w"
    b["model"]["w"] = torch.ones(3, 2)
    assert first_difference(a, b) == "/model/w"
    b["model"] = {"w": torch.ones(2, 3), "extra": 1}
    assert first_difference(a, b) == "/model"
    assert first_difference([1, 2], [1, 2, 3]) == "/"
    assert first_difference(torch.tensor([float("nan")]), torch.tensor([float("nan")])) == "/"


def test_residual_channels_pruned_roundtrip_and_legacy_checkpoints(tmp_path, randomized_bn):
    """Stage channels of an option-A ResNet removed (shortcut index/mask change): the saved
    model loads back exactly; a checkpoint without the shortcut buffers (written before
    they existed: no residual pruning then) still loads."""
    torch.manual_seed(0)
    model = randomized_bn(small_resnet())
    ex = torch.zeros(1, 1, 8, 8)
    st = find_structures(model, ex)
    g = torch.Generator().manual_seed(1)
    keep = [torch.rand(s.units, generator=g) > 0.5 for s in st]
    for k in keep:
        k[0] = True
    apply_masks(model, st, keep)
    small = compress(model, st, keep, ex)
    assert small.layer2[0].shortcut.in_channels < 8  # stage-1 channels were removed
    arch = {"name": "small", "num_classes": 10, "in_channels": 1, "image_size": [8, 8]}
    path = save_checkpoint(tmp_path / "p.pt", model_payload(small, arch))
    loaded = load_model(load_checkpoint(path))
    x = torch.randn(16, 1, 8, 8)
    assert torch.equal(loaded.eval()(x), small.eval()(x))
    dense = small_resnet()
    legacy = {k: v for k, v in dense.state_dict().items() if "shortcut" not in k}
    again = load_model({"arch": arch, "model": legacy})
    assert torch.equal(again.eval()(x), dense.eval()(x))
