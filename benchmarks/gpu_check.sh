#!/usr/bin/env bash
# Every GPU measurement of spruce in one short run (about 5 minutes on one H100/H200):
#   1. the SPR penalty, forward + backward, ResNet-56 groups      bench_penalty.py
#   2. penalty overhead in a user's own loop, prune() time         bench_api.py
#   3. the training step: images/s plain vs SPR vs a reference,     bench_train.py
#      and one SPR epoch of a CIFAR-shaped ResNet-56 (synthetic data)
#   4. the Pareto sweep's smallest setting (every method, one strength) spruce sweep
#   5. spruce.Bernoulli's cost per training step (ResNet-56, batch 256)  bench_bernoulli_api.py
# and then one table of every goal and measurement (gpu_summary.py). The JSON files stay
# in $OUT (default ./gpu-check).
# Usage:  bash benchmarks/gpu_check.sh [--device cpu --quick]   (the test suite runs the
# CPU/quick form to keep this script working). Prints one section per benchmark; exits
# non-zero if any benchmark fails.
set -euo pipefail
cd "$(dirname "$0")/.."
device=cuda
quick=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --device) device="$2"; shift 2 ;;
    --quick) quick=1; shift ;;
    *) echo "gpu_check.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
py=${PYTHON:-python}
out=${OUT:-gpu-check}
mkdir -p "$out"
if [[ $quick == 1 ]]; then
  penalty_args=(--repeats 3); api_args=(--steps 2 --warmup 1 --batch 4 --models vgg)
  train_args=(--quick --no-compile --workers 0 --batch 32 --depth 20)
  # the smoke form's sweep: the small network on 32 images (the full form: ResNet-20)
  sweep_args=(--data synthetic --synthetic-size 32 --model small --epochs 1
              --finetune-epochs 0 --batch-size 16 --methods spr l1-filter
              --strengths spr=10 --strengths l1-filter=0.5 --speed-batch 4)
  bern_args=(--steps 2 --batch 8 --depth 20)
else
  penalty_args=(--repeats 100 --compile); api_args=(--steps 50 --warmup 10 --batch 256)
  train_args=()
  sweep_args=(--data synthetic --synthetic-size 5000 --model resnet20 --epochs 4
              --finetune-epochs 1 --batch-size 128 --strengths spr=10 --strengths
              group-lasso=1 --strengths slimming=0.003 --strengths l1-filter=0.5
              --strengths bernoulli=0.5 --speed-batch 256)
  bern_args=(--steps 30 --batch 256 --depth 56)
fi
echo "== spruce gpu_check: device $device, quick $quick, $(date -u +%FT%TZ)"
$py -c "import torch; print('torch', torch.__version__, 'cuda', torch.cuda.is_available(), \
  torch.cuda.get_device_name(0) if torch.cuda.is_available() else '')"
echo "== 1. SPR penalty (bench_penalty.py)"
$py benchmarks/bench_penalty.py --device "$device" "${penalty_args[@]}" --json "$out/penalty.json"
echo "== 2. penalty in a user loop, prune() (bench_api.py)"
$py benchmarks/bench_api.py --device "$device" "${api_args[@]}" --json "$out/api.json"
echo "== 3. training step (bench_train.py)"
$py benchmarks/bench_train.py --device "$device" "${train_args[@]}" --json "$out/train.json"
echo "== 4. Pareto sweep, smallest setting (spruce sweep)"
rm -rf "$out/sweep"
$py -m spruce sweep --device "$device" "${sweep_args[@]}" --no-progress --out "$out/sweep"
echo "== 5. Bernoulli gates per training step (bench_bernoulli_api.py --overhead)"
$py benchmarks/bench_bernoulli_api.py --overhead --device "$device" "${bern_args[@]}" \
  --json "$out/bernoulli.json"
echo "== summary"
$py benchmarks/gpu_summary.py "$out"
echo "== gpu_check done"
