#!/bin/sh
# The NLU server on its own: Rasa's HTTP API with Aduan's custom components importable, the token, a model.
#
# Run by `aduan nlu serve` (with the Rasa of .venv-rasa) and by the container image deploy/nlu/Dockerfile
# (with the official image's Rasa), so both start Rasa the same way. The model names its components by
# module (aduan_blend, aduan_spans): they must be importable, which is what PYTHONPATH is for here.
#
#   ADUAN_NLU_TOKEN   the auth token (Aduan's nlu.token); required
#   ADUAN_NLU_MODEL   a model archive, or a folder whose newest archive is loaded (default: models)
#   ADUAN_NLU_HOST    address to listen on (default 0.0.0.0)
#   ADUAN_NLU_PORT    port (default 5005)
#   RASA              the rasa command (default: rasa on PATH)
set -eu
if [ -z "${ADUAN_NLU_TOKEN:-}" ]; then
    echo "serve.sh: set ADUAN_NLU_TOKEN (the token in Aduan's nlu.token)" >&2
    exit 2
fi
components=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
export PYTHONPATH="$components${PYTHONPATH:+:$PYTHONPATH}"
export RASA_TELEMETRY_ENABLED=false TF_CPP_MIN_LOG_LEVEL=3 SQLALCHEMY_SILENCE_UBER_WARNING=1
export PYTHONWARNINGS=ignore
# One TensorFlow thread per parse: DIET's matrices are small; run more servers (or replicas) to use more cores.
export TF_INTRA_OP_PARALLELISM_THREADS="${TF_INTRA_OP_PARALLELISM_THREADS:-1}"
export TF_INTER_OP_PARALLELISM_THREADS="${TF_INTER_OP_PARALLELISM_THREADS:-1}"
# "--auth-token=...": a token may start with "-", which Rasa's argparse would read as an option.
exec "${RASA:-rasa}" run --enable-api "--auth-token=$ADUAN_NLU_TOKEN" \
    -m "${ADUAN_NLU_MODEL:-models}" -i "${ADUAN_NLU_HOST:-0.0.0.0}" -p "${ADUAN_NLU_PORT:-5005}"
