#!/usr/bin/env bash
# Every GPU measurement of spruce in one short run (about 5 minutes on one H100/H200):
#   1. the SPR penalty, forward + backward, ResNet-56 groups      bench_penalty.py
#   2. penalty overhead in a user's own loop, prune() time         bench_api.py
#   3. the training step: images/s plain vs SPR vs a reference     bench_train.py
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
if [[ $quick == 1 ]]; then
  penalty_args=(--repeats 3); api_args=(--steps 2 --warmup 1 --batch 16 --models vgg)
  train_args=(--quick --no-compile --workers 0 --batch 32 --depth 20)
else
  penalty_args=(--repeats 100 --compile); api_args=(--steps 50 --warmup 10 --batch 256)
  train_args=()
fi
echo "== spruce gpu_check: device $device, quick $quick, $(date -u +%FT%TZ)"
$py -c "import torch; print('torch', torch.__version__, 'cuda', torch.cuda.is_available(), \
  torch.cuda.get_device_name(0) if torch.cuda.is_available() else '')"
echo "== 1. SPR penalty (bench_penalty.py)"
$py benchmarks/bench_penalty.py --device "$device" "${penalty_args[@]}"
echo "== 2. penalty in a user loop, prune() (bench_api.py)"
$py benchmarks/bench_api.py --device "$device" "${api_args[@]}"
echo "== 3. training step (bench_train.py)"
$py benchmarks/bench_train.py --device "$device" "${train_args[@]}"
echo "== gpu_check done"
