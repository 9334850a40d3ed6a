#!/usr/bin/env bash
# Executes the analysis notebooks against a run and exports each to HTML beside its source.
#
#   notebooks-exported/build.sh [RUN_DIR]
#
# RUN_DIR is a run folder (reports/<run-id>). Without it a small demo run is made first (scale 0.002, to 2030,
# 3 replications) in reports/notebooks/notebooks-demo; reports/latest is left alone. The Python packages go
# into a virtual environment, notebooks-exported/.venv (MANTELSIM_NOTEBOOK_VENV to put it elsewhere), installed
# by pip from the package store it is configured for. Before the notebooks, check_outputs.py checks that DuckDB
# and pandas read the same values from the run's Parquet files as are in its CSV files.
#
# Exit codes: 0 done; 3 the Python environment or its packages cannot be installed; otherwise the failing step's.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
venv="${MANTELSIM_NOTEBOOK_VENV:-$here/.venv}"
packages=(pandas pyarrow duckdb matplotlib nbconvert nbclient ipykernel)
notebooks=(01-reading-mantelsim-outputs 02-comparing-the-leave-scenarios 03-care-gap-by-age-and-sex)
start=$SECONDS

step() { echo "notebooks: $* ($((SECONDS - start)) s)"; }

if [ ! -x "$venv/bin/python" ]; then
  step "creating the Python environment $venv"
  if ! "${PYTHON:-python3}" -m venv "$venv"; then
    echo "notebooks: cannot create a Python virtual environment with ${PYTHON:-python3}" \
         "(on Debian: apt-get install python3-venv); the notebooks cannot be executed" >&2
    exit 3
  fi
fi
step "installing ${packages[*]}"
# --retries 0: where only the local package store answers, pip must not spend minutes retrying the public index.
if ! "$venv/bin/pip" install --retries 0 --quiet "${packages[@]}"; then
  echo "notebooks: cannot install the Python packages ${packages[*]} with pip;" \
       "the notebooks cannot be executed (they read the run's Parquet files with pandas and DuckDB)" >&2
  exit 3
fi

if [ $# -ge 1 ]; then
  run="$(cd "$1" && pwd)"
else
  demo_out="$root/reports/notebooks"
  run="$demo_out/notebooks-demo"
  step "making a demo run in ${run#"$root"/}"
  rm -rf "$demo_out"  # this script's own scratch runs only
  "$root/mantelsim" run --scale 0.002 --until 2030 --replications 3 --run-id notebooks-demo --out "$demo_out" \
    --progress never
fi
[ -f "$run/manifest.json" ] || { echo "notebooks: $run is not a finished run folder (no manifest.json)" >&2; exit 2; }

step "checking the run's Parquet files against its CSV files"
"$venv/bin/python" "$here/check_outputs.py" --self-test "$run"

# The kernel talks to nbconvert over Unix sockets (ipc) rather than TCP, so nothing listens even on loopback; the
# socket files are made in, and removed from, the working directory, which must be the notebooks' own.
cd "$here"
for nb in "${notebooks[@]}"; do
  step "executing $nb.ipynb"
  MANTELSIM_RUN="$run" JUPYTER_PLATFORM_DIRS=1 "$venv/bin/jupyter" nbconvert --execute --to html \
    --ExecutePreprocessor.timeout=600 --KernelManager.transport=ipc --log-level ERROR "$nb.ipynb"
done
step "done: ${notebooks[*]/%/.html} in ${here#"$root"/}"
