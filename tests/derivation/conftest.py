"""Shared fixtures of the derivation tests: the derivation is built once per session."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def derivation():
    from spruce.derivation.symbolic import build_derivation

    return build_derivation()


@pytest.fixture(scope="session")
def samples():
    from spruce.derivation.samples import make_samples

    return make_samples(3000, seed=11)
