"""DDP on CPU: two gloo processes train with SPR and must end with equal weights."""

import torch
import torch.multiprocessing as mp

from spruce.training.data import digits_dataset
from spruce.training.models import small_resnet
from spruce.training.spr import SPRMethod
from spruce.training.trainer import TrainConfig, fit


def _worker(rank: int, world: int, init_file: str, out_dir: str) -> None:
    from spruce.training import distributed

    torch.set_num_threads(1)
    ctx = distributed.init(rank, world, f"file://{init_file}", backend="gloo")
    try:
        torch.manual_seed(rank)  # different init per rank: DDP must broadcast rank 0's
        model = small_resnet()
        cfg = TrainConfig(epochs=2, batch_size=32, lr=0.05, device="cpu", progress=False,
                          max_steps=4, seed=0)
        model, hist = fit(model, SPRMethod(1.0, 0.1), digits_dataset(0), cfg, dist=ctx)
        torch.save({"state": model.state_dict(), "seen": hist[-1]["images_per_s"] > 0,
                    "train_acc": hist[-1]["train_acc"]}, f"{out_dir}/rank{rank}.pt")
    finally:
        distributed.cleanup()


def test_two_ranks_end_with_equal_weights(tmp_path):
    mp.spawn(_worker, args=(2, str(tmp_path / "init"), str(tmp_path)), nprocs=2, join=True)
    a, b = (torch.load(tmp_path / f"rank{r}.pt", weights_only=True) for r in (0, 1))
    assert a["train_acc"] == b["train_acc"]  # statistics were all-reduced
    for (k, va), vb in zip(a["state"].items(), b["state"].values(), strict=True):
        assert torch.equal(va, vb), k
    # and training moved the weights away from rank 0's initialization
    torch.manual_seed(0)
    init = small_resnet().state_dict()
    assert not torch.equal(init["layer1.0.conv1.weight"], a["state"]["layer1.0.conv1.weight"])
