#!/usr/bin/env bash
# The GPU check: on any machine with a CUDA GPU, from the root of a clone of the repository,
#   bash .ci/gpu/run.sh [OUT_DIR] [SECONDS]
# installs the library into the current Python (pip install -e .), then runs .ci/gpu/check.py: the course recipe
# trained and timed on the offline faces, its peak memory and prompt adherence, a training-step benchmark and sampler
# timings. Everything it measures goes to OUT_DIR (default: gpu-check/), log.txt included; copy those files to
# nbs/measured/<gpu>/ to update the numbers the notebooks quote. SECONDS (default 3600) bounds the whole check.
set -euo pipefail
out=$(mkdir -p "${1:-gpu-check}" && cd "${1:-gpu-check}" && pwd)
python -m pip install -q -e . || { echo "installing the library failed"; exit 3; }
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader || { echo "no CUDA GPU here (nvidia-smi failed)"; exit 4; }
export OUT="$out" PYTHONUNBUFFERED=1
timeout "${2:-3600}" python .ci/gpu/check.py 2>&1 | grep -v "Loading weights from local directory" | tee "$out/log.txt"
echo "measurements in $out"
