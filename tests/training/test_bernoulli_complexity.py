"""Expected complexity polynomial vs Torch-Pruning counts; gates; physical shrinking."""

from __future__ import annotations

import pytest
import torch

from spruce.training.bernoulli.complexity import ComplexityModel, check_parameters, count_model
from spruce.training.bernoulli.gates import BernoulliGates, residual_blocks
from spruce.training.bernoulli.shrink import shrink
from spruce.training.models import resnet_cifar, small_resnet


def _setup(model, x, theta=1.0):
    torch.manual_seed(0)
    gates = BernoulliGates(model, theta_init=theta)
    return gates, ComplexityModel.from_model(model, x)


@pytest.mark.parametrize("make,shape", [(small_resnet, (1, 1, 8, 8)),
                                        (lambda: resnet_cifar(20), (1, 3, 32, 32))])
def test_full_network_matches_torch_pruning(make, shape):
    model = make()
    x = torch.randn(*shape)
    _, cost = _setup(model, x)
    macs, params = count_model(model, x)
    assert cost.ref_params == params
    assert cost.ref_macs == macs


def test_polynomial_matches_torch_pruning_after_shrinking():
    torch.manual_seed(1)
    model = resnet_cifar(20)
    x = torch.randn(1, 3, 32, 32)
    gates, cost = _setup(model, x)
    with torch.no_grad():
        gates.unit_theta[0][[0, 5, 7]] = 0.0       # units of a stride-1 block
        gates.unit_theta[3][:9] = 0.0              # units of a stride-2 block
        gates.layer_theta[4] = 0.0                 # a whole block
        gates.layer_theta[6] = 0.0                 # first block of stage 3 (option-A shortcut)
        gates.unit_theta[8][:] = 0.0               # every unit: the block goes as well
    removed = shrink(model, gates)
    assert removed["blocks"] == 3
    assert removed["units"] == 3 + 9 + 32 + 64 + 64  # a removed block counts all its units
    macs, params = count_model(model, x)
    ep, em = (v.detach() for v in cost.expected(gates))
    assert float(ep) == params
    assert float(em) == macs
    assert len(residual_blocks(model)) == 9 - 3
    assert model(torch.randn(2, 3, 32, 32)).shape == (2, 10)


def test_expected_complexity_is_multilinear_mean():
    """E[params] under θ equals the average of params over sampled vertices."""
    torch.manual_seed(2)
    model = small_resnet(depth=8, widths=(2, 2, 2))
    x = torch.randn(1, 1, 8, 8)
    gates, cost = _setup(model, x, theta=0.5)
    with torch.no_grad():
        for t in gates.thetas():
            t.uniform_(0.1, 0.9)
    ep, em = (v.detach() for v in cost.expected(gates))
    n = 20000
    lay = (torch.rand(n, 3) < gates.layer_theta.detach()).float()
    tot_p = torch.zeros(n)
    for l in range(3):
        units = (torch.rand(n, 2) < gates.unit_theta[l].detach()).float().sum(1)
        b = cost.blocks[l]
        tot_p += lay[:, l] * (b.layer_params + b.unit_params * units)
    mc = cost.const_params + tot_p.mean()
    se = tot_p.std() / n ** 0.5
    assert abs(float(mc) - float(ep)) < 4 * float(se)
    assert float(em) < cost.ref_macs


def test_weights_are_partial_derivatives():
    torch.manual_seed(3)
    model = small_resnet()
    x = torch.randn(1, 1, 8, 8)
    gates, cost = _setup(model, x, theta=0.7)
    w = cost.weights(gates, beta=0.3, rho=0.6)
    # layer weight: ρ (p̂ + q̂ Σθ_u); unit weight: (1 − ρ + ρ θ_l) q̂
    b = cost.blocks[2]
    qhat = 0.7 * b.unit_params / cost.ref_params + 0.3 * b.unit_macs / cost.ref_macs
    phat = 0.7 * b.layer_params / cost.ref_params + 0.3 * b.layer_macs / cost.ref_macs
    name = gates.block_names[2]
    assert w[f"{name}/u0"] == pytest.approx((1 - 0.6 + 0.6 * 0.7) * qhat, rel=1e-5)
    m = gates.unit_theta[2].numel()
    assert w[name] == pytest.approx(0.6 * (phat + qhat * 0.7 * m), rel=1e-5)
    # ρ = 0: layers carry no complexity weight
    assert cost.weights(gates, 0.3, 0.0)[name] == 0.0


def test_regularizer_bounds_and_parameter_checks():
    model = small_resnet()
    x = torch.randn(1, 1, 8, 8)
    gates, cost = _setup(model, x)
    assert cost.regularizer(gates, 0.5, 0.5).item() == pytest.approx(1.0)
    with pytest.raises(ValueError, match="--beta"):
        check_parameters(beta=1.5)
    with pytest.raises(ValueError, match="--rho"):
        check_parameters(rho=-0.1)
    with pytest.raises(ValueError, match="--gamma"):
        check_parameters(gamma=-1)


def test_gates_modes_and_projection():
    torch.manual_seed(4)
    model = small_resnet().eval()
    x = torch.randn(4, 1, 8, 8)
    gates = BernoulliGates(model, theta_init=1.0)
    out_full = model(x)
    with torch.no_grad():
        gates.layer_theta[:] = 0.0
    # every residual branch off: the network is stem + shortcuts + head
    out_off = model(x)
    assert not torch.allclose(out_full, out_off)
    gates.remove()
    assert torch.allclose(model(x), out_full)
    # projection clips and keeps zeros absorbing
    model2 = small_resnet()
    g2 = BernoulliGates(model2, theta_init=0.5)
    with torch.no_grad():
        g2.unit_theta[0][0] = -0.3
        g2.unit_theta[0][1] = 1.7
    g2.project_()
    assert g2.unit_theta[0][0].item() == 0.0 and g2.unit_theta[0][1].item() == 1.0
    with torch.no_grad():
        g2.unit_theta[0][0] = 0.4
    g2.project_()
    assert g2.unit_theta[0][0].item() == 0.0
    with pytest.raises(ValueError, match="theta_init"):
        BernoulliGates(small_resnet(), theta_init=0.0)


def test_shrink_is_exact_for_dead_structures():
    torch.manual_seed(5)
    model = small_resnet().eval()
    x = torch.randn(8, 1, 8, 8)
    gates = BernoulliGates(model, theta_init=1.0)
    with torch.no_grad():
        gates.unit_theta[0][[2, 3]] = 0.0
        gates.layer_theta[2] = 0.0  # layer2.0: stride 2, option-A shortcut
        gates.layer_theta[1] = 0.0  # layer1.1: identity shortcut
    before = model(x)
    shrink(model, gates)
    after = model(x)
    assert torch.allclose(before, after, atol=1e-5)
    gates.remove()
    assert torch.allclose(model(x), after, atol=1e-5)
    assert sum(gates.alive) == 4
    assert gates.unit_ids[0] == [0, 1, 4, 5, 6, 7]
    assert gates.block_names[2] == "layer2.0" and not gates.alive[2]


def test_remove_missing_blocks_rebuilds_a_pruned_checkpoint():
    from spruce.training.bernoulli.shrink import remove_missing_blocks
    from spruce.training.checkpoint import shrink_to_match

    torch.manual_seed(6)
    model = small_resnet()
    gates = BernoulliGates(model, theta_init=1.0)
    with torch.no_grad():
        gates.layer_theta[2] = 0.0
        gates.unit_theta[4][[7, 8, 9]] = 0.0
    shrink(model, gates)
    gates.remove()
    state = model.state_dict()
    fresh = small_resnet()
    assert remove_missing_blocks(fresh, state) == ["layer2.0"]
    # the trailing-channel shrink is the shared checkpoint code's; shapes are what matter
    shrink_to_match(fresh, state, torch.zeros(1, 1, 8, 8))
    fresh.load_state_dict(state)
    x = torch.randn(3, 1, 8, 8)
    assert torch.allclose(fresh.eval()(x), model.eval()(x), atol=1e-5)
