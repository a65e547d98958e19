"""Shared fixtures for the SPR training tests (small models, digits, fake CIFAR)."""

from __future__ import annotations

import pytest

from spruce.training.data import digits_dataset


@pytest.fixture(scope="session")
def digits():
    return digits_dataset(seed=0)
