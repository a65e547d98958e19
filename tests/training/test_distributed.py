"""DDP on CPU: two gloo processes train with SPR (spruce's trainer and a user's own loop with
the public pruner), then with Bernoulli gates (the trainer's method and spruce.Bernoulli in
a user's loop), and must agree.

One spawn serves both tests (module fixture). Bernoulli: DDP does not see the gate
probabilities θ, so the method averages their gradients over the ranks itself; the ranks
must end with equal weights, equal θ and the same removed blocks, with no θ entry ever
found out of step at an epoch end (`theta_resynced` = 0), while drawing different gates
(one generator per rank). Stopped after epoch 2 and resumed, both ranks end exactly as
the uninterrupted run.
"""

import pytest
import torch
import torch.multiprocessing as mp

from spruce.training.bernoulli.method import BernoulliMethod
from spruce.training.data import digits_dataset
from spruce.training.models import small_resnet
from spruce.training.trainer import TrainConfig, fit

from ._methods import spr_method

ARCH = {"name": "small", "num_classes": 10, "in_channels": 1, "image_size": [8, 8]}


def _worker(rank: int, world: int, init_file: str, out_dir: str) -> None:
    from spruce.training import distributed

    torch.set_num_threads(1)
    ctx = distributed.init(rank, world, f"file://{init_file}", backend="gloo")
    try:
        data = digits_dataset(0)
        torch.manual_seed(rank)  # different init per rank: DDP must broadcast rank 0's
        model = small_resnet()
        cfg = TrainConfig(epochs=2, batch_size=32, lr=0.05, device="cpu", progress=False,
                          max_steps=4, seed=0)
        model, hist = fit(model, spr_method(1.0, 0.1), data, cfg, dist=ctx)
        torch.save({"state": model.state_dict(), "seen": hist[-1]["images_per_s"] > 0,
                    "train_acc": hist[-1]["train_acc"]}, f"{out_dir}/rank{rank}.pt")
        torch.save(_user_loop(rank, data), f"{out_dir}/api{rank}.pt")
        torch.save(_user_bernoulli(rank, data), f"{out_dir}/api_bern{rank}.pt")

        def bernoulli(name, stop=None, resume=False):
            torch.manual_seed(rank)
            method = BernoulliMethod(target_macs=0.3, theta_lr=0.1, warmup_epochs=0,
                                     epochs=3, estimator="score", seed=0)
            cfg = TrainConfig(epochs=3, batch_size=32, lr=0.05, device="cpu", progress=False,
                              max_steps=4, seed=0, checkpoint_path=f"{out_dir}/{name}.pt",
                              arch=ARCH, stop_epoch=stop, resume=resume)
            model, hist = fit(small_resnet(), method, data, cfg, dist=ctx)
            p = method.pruner
            return {"state": model.state_dict(),
                    "theta": [t.detach().clone() for t in p.thetas()],
                    "branches": [b.name for b in p.branches], "rounding": method.rounding,
                    "gate_rng": p.generator.get_state(), "gates": method.history,
                    "history": [{k: v for k, v in r.items() if k.startswith("method/")}
                                for r in hist]}

        torch.save(bernoulli("bern"), f"{out_dir}/bern{rank}.pt")
        bernoulli("stopped", stop=2)  # then resumed from rank 0's epoch-2 checkpoint
        ctx.barrier()  # rank 0 has written it
        torch.save(bernoulli("stopped", resume=True), f"{out_dir}/resumed{rank}.pt")
    finally:
        distributed.cleanup()


def _user_loop(rank: int, data) -> dict:
    """A user's own DDP loop with the public pruner's penalty (each rank its own batches)."""
    import torch.nn.functional as F
    from torch.nn.parallel import DistributedDataParallel

    import spruce

    torch.manual_seed(rank)  # different init per rank: DDP broadcasts rank 0's
    model = DistributedDataParallel(small_resnet())
    pruner = spruce.SPR(model, torch.zeros(1, 1, 8, 8), lam=5.0, alpha=0.1)
    opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    g = torch.Generator().manual_seed(rank)
    for _ in range(4):
        idx = torch.randint(0, len(data.y_train), (32,), generator=g)
        loss = F.cross_entropy(model(data.x_train[idx]), data.y_train[idx]) + pruner.penalty()
        opt.zero_grad()
        loss.backward()
        opt.step()
    # parameters only: BN running statistics are each rank's own after the last forward
    return {"params": {k: v.detach() for k, v in model.module.named_parameters()},
            "unwrapped": pruner.model is model.module}


def _user_bernoulli(rank: int, data) -> dict:
    """spruce.Bernoulli in a user's own DDP loop: re-wrapped after every end_epoch."""
    import torch.nn.functional as F
    from torch.nn.parallel import DistributedDataParallel

    import spruce

    torch.manual_seed(0)  # the same initialization: θ starts equal on every rank
    bare = small_resnet()
    pruner = spruce.Bernoulli(bare, torch.zeros(1, 1, 8, 8), target_macs=0.3, epochs=3,
                              warmup_epochs=0, theta_lr=0.1, seed=0)  # fast: 18 steps
    opt = torch.optim.SGD(bare.parameters(), lr=0.05, momentum=0.9)
    g = torch.Generator().manual_seed(rank)  # each rank its own batches
    draws = []
    for _ in range(3):
        model = DistributedDataParallel(bare)
        for _ in range(6):
            idx = torch.randint(0, len(data.y_train), (32,), generator=g)
            losses = F.cross_entropy(model(data.x_train[idx]), data.y_train[idx],
                                     reduction="none")
            draws.append(pruner.hooks.samples[0].clone())
            loss = losses.mean() + pruner.penalty(losses)
            opt.zero_grad()
            loss.backward()
            opt.step()
            pruner.step()
        bare, opt = pruner.end_epoch(opt)
    return {"theta": [t.detach().clone() for t in pruner.thetas()],
            "macs": [h["macs"] for h in pruner.history], "draws": torch.stack(draws),
            "params": {k: v.detach() for k, v in bare.named_parameters()}}


@pytest.fixture(scope="module")
def ranks(tmp_path_factory):
    out = tmp_path_factory.mktemp("ddp")
    # forked from a server that imported torch and spruce once (a spawned interpreter
    # spends ~7 s of CPU on those imports); each rank is still its own process
    mp.set_forkserver_preload(["torch", "torch._dynamo", "sklearn.datasets",
                               "spruce.training.trainer", "spruce.training.distributed"])
    mp.start_processes(_worker, args=(2, str(out / "init"), str(out)), nprocs=2, join=True,
                       start_method="forkserver")
    return out


def test_two_ranks_end_with_equal_weights(ranks):
    a, b = (torch.load(ranks / f"rank{r}.pt", weights_only=True) for r in (0, 1))
    assert a["train_acc"] == b["train_acc"]  # statistics were all-reduced
    for (k, va), vb in zip(a["state"].items(), b["state"].values(), strict=True):
        assert torch.equal(va, vb), k
    # and training moved the weights away from rank 0's initialization
    torch.manual_seed(0)
    init = small_resnet().state_dict()
    assert not torch.equal(init["layer1.0.conv1.weight"], a["state"]["layer1.0.conv1.weight"])


def test_public_pruner_penalty_under_ddp_keeps_ranks_equal(ranks):
    a, b = (torch.load(ranks / f"api{r}.pt", weights_only=True) for r in (0, 1))
    assert a["unwrapped"] and b["unwrapped"]
    for k in a["params"]:
        assert torch.equal(a["params"][k], b["params"][k]), k


def test_public_bernoulli_under_ddp_removes_the_same_structures_on_every_rank(ranks):
    a, b = (torch.load(ranks / f"api_bern{r}.pt", weights_only=True) for r in (0, 1))
    assert a["macs"] == b["macs"] and a["macs"][-1] < a["macs"][0]  # it pruned, alike
    for ta, tb in zip(a["theta"], b["theta"], strict=True):
        assert torch.equal(ta, tb)
    for k in a["params"]:
        assert torch.equal(a["params"][k], b["params"][k]), k
    assert not torch.equal(a["draws"], b["draws"])  # each rank drew its own gates


def test_bernoulli_ranks_agree_on_weights_theta_and_removed_branches(ranks):
    a, b = (torch.load(ranks / f"bern{r}.pt", weights_only=True) for r in (0, 1))
    # the same structures were cut out on both ranks, during the run and at its end
    assert a["branches"] == b["branches"] and a["gates"] == b["gates"]
    assert a["gates"][-1]["macs"] < a["gates"][0]["macs"]  # it pruned while training
    assert a["history"] == b["history"]  # gate counts, E[MACs], γ, MACs per epoch
    assert a["rounding"] == b["rounding"]
    for ta, tb in zip(a["theta"], b["theta"], strict=True):
        assert torch.equal(ta, tb)
    assert a["state"].keys() == b["state"].keys()
    for k in a["state"]:
        assert torch.equal(a["state"][k], b["state"][k]), k
    # each rank drew its own gates; the checkpoint holds both generators' states
    assert not torch.equal(a["gate_rng"], b["gate_rng"])
    ck = torch.load(ranks / "bern.pt", weights_only=True)["method"]
    assert ck["final"] and ck["rounding"] == a["rounding"]


def test_bernoulli_ddp_resume_matches_the_uninterrupted_run(ranks):
    """Stopped after 2 of 3 epochs and resumed: each rank gets its own gate generator state
    back from rank 0's checkpoint, so both end exactly as the uninterrupted run did."""
    for r in (0, 1):
        a = torch.load(ranks / f"bern{r}.pt", weights_only=True)
        b = torch.load(ranks / f"resumed{r}.pt", weights_only=True)
        assert a["branches"] == b["branches"] and a["gates"] == b["gates"], r
        for ta, tb in zip(a["theta"], b["theta"], strict=True):
            assert torch.equal(ta, tb), r
        assert a["history"] == b["history"], r
        assert torch.equal(a["gate_rng"], b["gate_rng"]), r
        assert a["state"].keys() == b["state"].keys()
        for k in a["state"]:
            assert torch.equal(a["state"][k], b["state"][k]), (r, k)
