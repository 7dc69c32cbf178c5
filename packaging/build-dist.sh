#!/usr/bin/env bash
# Builds the sdist and, from that sdist alone, the wheel (as installing from PyPI would),
# into dist/, then checks that the wheel carries the resources, the Alembic migrations and
# py.typed (packaging/check_dist.py).
#
#   bash packaging/build-dist.sh            # with .venv from tests/run.sh, or $PYTHON
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PYTHON="${PYTHON:-$([[ -x .venv/bin/python ]] && echo .venv/bin/python || echo python3)}"

"$PYTHON" -c 'import build' 2>/dev/null || "$PYTHON" -m pip install --quiet build
rm -rf dist
"$PYTHON" -m build --outdir dist .
rm -rf src/editorial.egg-info  # left in the tree by the sdist step; stale metadata later
"$PYTHON" packaging/check_dist.py dist
