# Kindred app image: one Streamlit replica (also used for the seed job and `chroma run`).
# See docs/deploy.md. Docker does not run on the development machines; this file is checked
# by tests/scale/test_deploy_files.py, not built in CI.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    HF_HUB_OFFLINE=1 \
    TRANSFORMERS_OFFLINE=1 \
    ANONYMIZED_TELEMETRY=False \
    KINDRED_DATA_DIR=/data \
    KINDRED_MODEL_CACHE=/app/models

# pg_dump/pg_restore (Debian 12's PostgreSQL 15 client, the same major as the server in
# compose.yaml) for `python -m deploy.snapshots`.
RUN apt-get update \
    && apt-get install -y --no-install-recommends postgresql-client \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app

# torch must be the CPU build: the torch wheel on the default index pulls several GB of CUDA
# libraries. Either fetch it from the PyTorch CPU index (the default below) or copy a CPU
# wheel into deploy/wheels/ and build with --build-arg TORCH_SOURCE=/app/wheels.
ARG TORCH_INDEX_URL=https://download.pytorch.org/whl/cpu
ARG TORCH_SOURCE=
COPY deploy/wheels/ /app/wheels/
RUN if [ -n "$TORCH_SOURCE" ]; then \
        pip install --no-index --find-links "$TORCH_SOURCE" torch==2.13.0; \
    else \
        pip install --index-url "$TORCH_INDEX_URL" torch==2.13.0; \
    fi

COPY requirements.txt .
RUN pip install -r requirements.txt

COPY . .
RUN useradd --create-home --uid 10001 kindred \
    && mkdir -p /data /chroma /app/models && chown kindred /data /chroma /app/models \
    && chmod +x deploy/entrypoint.sh
USER kindred
# Export the ONNX embedding graph into the image, so no replica spends seconds doing it.
RUN python -c "from knowledge.embeddings import warm; assert warm() == 'onnx'"

EXPOSE 8501 8000
ENTRYPOINT ["deploy/entrypoint.sh"]
CMD ["python", "-m", "streamlit", "run", "app.py", "--server.address", "0.0.0.0", "--server.port", "8501", "--server.headless", "true"]
