#!/usr/bin/env bash
# The SPR authors' grid over lam and alpha for ResNet-56 on CIFAR-10 (spr-resnet56-cifar10.toml
# for everything else), one run folder each. Usage: bash recipes/spr-grid.sh DATA_DIR
# 25 runs of 500 epochs: a GPU job (about 25 x 500 x the epoch time of benchmarks/bench_train.py).
set -euo pipefail
data_dir=${1:?usage: spr-grid.sh DATA_DIR}
for lam in 0.05 0.1 0.5 1.0 2.5; do
  for alpha in 0.0001 0.01 0.1 0.3 0.6; do
    spruce train --config "$(dirname "$0")/spr-resnet56-cifar10.toml" --data-dir "$data_dir" \
      --lam "$lam" --alpha "$alpha" --out "runs/spr-grid/lam${lam}_alpha${alpha}"
  done
done
