"""The checks (0)-(5) pass on the derivation and fail on deliberately wrong inputs."""

from __future__ import annotations

import pytest
import sympy as sp

from spruce.derivation import checks as C


def _by_name(results):
    return {r.name: r for r in results}


def _failed(results, prefix):
    """Names of failed results whose name starts with `prefix`."""
    return [r.name for r in results if not r.passed and r.name.startswith(prefix)]


def test_every_check_passes_on_the_derivation(derivation):
    results = C.run_checks(derivation, samples=3000, seed=3, grid=1001)
    failed = [(r.name, r.detail) for r in results if not r.passed]
    assert not failed
    for k in range(6):
        assert any(r.name.startswith(f"({k})") for r in results), k
    assert all(r.max_error == 0.0 for r in results if "symbolic" in r.name)
    # float64 agreement with spruce.penalties is at rounding level, far below the tolerance
    assert all(0.0 <= r.max_error <= 1e-13 for r in results if r.name.startswith("(1)"))
    envelope = next(r for r in results if r.name.startswith("(4)"))
    assert 0.0 <= envelope.max_error <= 1e-3  # grid resolution of a 1,001-point grid
    assert all(r.detail for r in results)


def test_wrong_regime_2_coefficient_fails_checks_0_to_4(derivation, samples):
    s = derivation.sym
    wrong = derivation.with_case(2, z=sp.Rational(19, 10) * sp.sqrt(s.alpha * s.beta) * s.W2)
    results = (C.check_minimizer(wrong, samples) + C.check_penalties(wrong, samples)
               + C.check_continuity(wrong, samples) + C.check_bounds(wrong, samples)
               + C.check_envelope(wrong, grid=501))
    names = _by_name(results)
    assert not names["(1) regime 2: z = 2√(α(1−α))·‖W‖₂ exactly (symbolic)"].passed
    assert "z2" in names["(1) regime 2: z = 2√(α(1−α))·‖W‖₂ exactly (symbolic)"].detail
    assert _failed(results, "(1) regime 2 (y*")
    assert not _failed(results, "(1) regime 1") and not _failed(results, "(1) regime 3")
    assert _failed(results, "(2) continuity at 1|2")  # symbolic
    assert _failed(results, "(2) continuity on boundary samples")  # numeric
    assert _failed(results, "(2) ∂z/∂")  # the gradient jumps too
    assert _failed(results, "(0) y* minimizes")
    assert _failed(results, "(3) z ≥ big-M bound") and _failed(results, "(3) z ≤ MIP penalty")
    assert _failed(results, "(4)")  # α = 0.5, M = 1 lies in regime 2


def test_a_penalty_above_the_mip_fails_check_3(derivation, samples):
    s = derivation.sym
    wrong = derivation.with_case(1, z=s.alpha * s.W2**2 + s.beta + sp.Rational(1, 100))
    results = C.check_bounds(wrong, samples)
    assert _failed(results, "(3) z ≤ penalties.mip_penalty")
    assert _failed(results, "(3) z ≤ MIP penalty")
    assert not _failed(results, "(3) z ≥ penalties.bigm_penalty")


def test_a_penalty_below_big_m_fails_check_3(derivation, samples):
    wrong = derivation.with_case(3, z=sp.Rational(99, 100) * derivation.bigm)
    results = C.check_bounds(wrong, samples)
    assert _failed(results, "(3) z ≥ penalties.bigm_penalty")
    assert _failed(results, "(3) z ≥ big-M bound")


def test_a_wrong_indicator_fails_checks_0_and_1(derivation, samples):
    wrong = derivation.with_case(2, y=derivation.sym.W2)
    assert _failed(C.check_penalties(wrong, samples), "(1) regime 2 (y*")
    assert _failed(C.check_minimizer(wrong, samples), "(0) y* minimizes")


def test_envelope_check_sees_a_small_error_in_regime_3(derivation):
    s = derivation.sym
    # α = 0.1, M = 1: √(α/β)·M < 1, so the whole of (−M, M) is regime 3
    wrong = derivation.with_case(3, z=derivation.cases[2].z * (1 + sp.Rational(1, 1000)))
    assert C.check_envelope(derivation, grid=501)[0].passed
    bad = C.check_envelope(wrong, grid=501, settings=((0.1, 1.0),))[0]
    assert not bad.passed and bad.max_error > 1e-5
    assert s.Winf in derivation.cases[2].z.free_symbols


def test_envelope_grid_contains_zero_and_is_below_f():
    w, f, env = C.envelope_grid(0.3, 2.0, 100)
    assert len(w) % 2 == 1 and w[len(w) // 2] == 0.0 and f[len(w) // 2] == 0.0
    assert w[0] == -2.0 and w[-1] == 2.0
    assert (env <= f + 1e-15).all() and env.min() == 0.0


def test_wrong_cut_fails_check_5(derivation):
    s = derivation.sym
    wrong = derivation.with_cut(derivation.cut.subs(s.dot, sp.Rational(19, 20) * s.dot))
    results = C.check_cuts(wrong, seed=1, n_cuts=50, n_points=10)
    names = [r.name for r in results if not r.passed]
    assert any("symbolic" in n for n in names)
    assert any("tight" in n for n in names)
    assert all(r.passed for r in C.check_cuts(derivation, seed=1, n_cuts=50, n_points=10))


def test_an_invalid_cut_fails_the_validity_check(derivation):
    s = derivation.sym
    # raising the cut by a positive constant keeps it tight nowhere and makes it invalid
    wrong = derivation.with_cut(derivation.cut + s.lam * s.alpha)
    results = C.check_cuts(wrong, seed=2, n_cuts=50, n_points=10)
    assert not _by_name(results)["(5) perspective cuts ≤ λg(y) at random (W, y), y ∈ (0, 1]"].passed


def test_derive_fills_in_the_checks():
    d = C.derive(samples=500, seed=4, grid=201)
    assert d.checks and d.all_passed
    assert d.steps[0].title == "Group MIP"


def test_a_kink_that_keeps_z_continuous_fails_only_the_gradient_check(derivation, samples):
    s = derivation.sym
    # add a term that vanishes on the boundaries 2|3 and 1|3 but has a slope across 2|3
    kink = (s.Winf / s.M - derivation.stationary) * (1 - s.Winf / s.M)
    wrong = derivation.with_case(3, z=derivation.cases[2].z + s.beta * kink / 10)
    results = _by_name(C.check_continuity(wrong, samples))
    values = next(r for name, r in results.items() if name.startswith("(2) continuity at"))
    grads = next(r for name, r in results.items() if name.startswith("(2) ∂z/∂"))
    assert values.passed and not grads.passed
    assert "2|3" in grads.detail and "1|2" not in grads.detail


def test_check_1_catches_a_wrong_spruce_penalties(derivation, samples, monkeypatch):
    from spruce import penalties

    right = penalties.spr_penalty

    def off_in_regime_3(sq, inf, alpha, M, validate=True):
        z = right(sq, inf, alpha, M, validate)
        return z * (1 + 1e-6 * (penalties.spr_regime(sq, inf, alpha, M) == 3))

    monkeypatch.setattr(penalties, "spr_penalty", off_in_regime_3)
    results = C.check_penalties(derivation, samples)
    assert _failed(results, "(1) regime 3")
    # regime 2 may fail too: on the 2|3 boundary the two codes can round to different sides
    assert not _failed(results, "(1) regime 1") and not _failed(results, "(1) W = 0")


def test_run_checks_rejects_too_few_samples_or_grid_points(derivation):
    with pytest.raises(ValueError, match="samples must be >= 100"):
        C.run_checks(derivation, samples=10)
    with pytest.raises(ValueError, match="grid must be >= 11"):
        C.run_checks(derivation, samples=200, grid=5)
