"""GPU-only checks (skipped without CUDA): no host sync per step, the GPU pipeline."""

import pytest
import torch

from spruce.training.data import DeviceLoader, synthetic_cifar
from spruce.training.methods import PruningMethod
from spruce.training.models import resnet_cifar
from spruce.training.trainer import TrainConfig, make_optimizer, train_step

from ._methods import spr_method

pytestmark = [pytest.mark.gpu,
              pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA device")]

INFO = {"in_channels": 3, "image_size": (32, 32), "num_classes": 10}


@pytest.mark.parametrize("method", [PruningMethod(), spr_method(0.5, 0.1)],
                         ids=["plain", "spr"])
def test_training_steps_never_synchronize_with_the_host(method):
    dev = torch.device("cuda")
    data = synthetic_cifar(512, 64).to(dev)
    model = resnet_cifar(20).to(dev).to(memory_format=torch.channels_last)
    method.setup(model, torch.zeros(1, 3, 32, 32, device=dev))
    opt = make_optimizer(model, method, TrainConfig(), 0.1)
    batches = list(DeviceLoader(data, 128, seed=0))
    train_step(model, model, method, opt, *batches[0], True, True)  # warm-up: lazy inits
    torch.cuda.synchronize()
    torch.cuda.set_sync_debug_mode("error")
    try:
        for x, y in batches[1:]:
            loss, _ = train_step(model, model, method, opt, x, y, True, True)
    finally:
        torch.cuda.set_sync_debug_mode("default")
    assert torch.isfinite(loss).item()


def test_gpu_pipeline_surgery_equivalence(tmp_path):
    from spruce.training.config import PipelineConfig
    from spruce.training.pipeline import run_pipeline

    s = run_pipeline(PipelineConfig(
        data="synthetic", synthetic_size=1024, model="resnet20", method="spr", lam=5, epochs=2,
        finetune_epochs=1, tolerance=100, device="cuda", progress=False, out=tmp_path))
    assert s["device"].startswith("cuda") and s["surgery_max_rel_diff"] < 1e-5
    assert s["channels_kept"] < s["channels_total"]
