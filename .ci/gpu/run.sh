# The GPU check, run on a CUDA machine from the repo root: bash .ci/gpu/run.sh [SECONDS]; its output goes to $OUT (see nbs/measured/).
# Carried, git-ignored: .whl/ (wheels of fastcore, fastprogress, datasets, dill, multiprocess for Python 3.12) and .gpu/ (the cached
# offline-classifier in .gpu/cache, pyarrow in .gpu/pyarrow, used only where the machine's pyarrow is older than datasets needs).
set -o pipefail
python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .whl/*.whl || exit 3
if ! python3 -c "import pyarrow, sys; sys.exit(int(pyarrow.__version__.split('.')[0]) < 24)"; then
  python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .gpu/pyarrow/*.whl || exit 4; fi
mkdir -p /tmp/site/fasthtml && touch /tmp/site/fasthtml/__init__.py /tmp/site/fasthtml/common.py   # fastprogress imports it for notebook HTML only
export PYTHONPATH=/tmp/site:$PWD PYTHONUNBUFFERED=1 PENGUIN_SD_CACHE=$PWD/.gpu/cache HF_HUB_OFFLINE=1
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader
timeout ${1:-560} python3 .ci/gpu/check.py 2>&1 | grep -v "Loading weights from local directory" | tee $OUT/log.txt
