"""The deployment files agree with the code: compose.yaml, the Dockerfile, nginx, scripts.

Docker cannot run on the development machines, so compose.yaml is parsed and checked here,
not started; deploy/nginx.conf is checked by `nginx -t` where nginx is installed.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from settings import Settings, variables

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = yaml.safe_load((ROOT / "compose.yaml").read_text())
ENTRYPOINT = (ROOT / "deploy" / "entrypoint.sh").read_text()
NGINX = (ROOT / "deploy" / "nginx.conf").read_text()
REPLICAS = ("kindred-a", "kindred-b")
STREAMLIT_VARIABLES = {"STREAMLIT_SERVER_COOKIE_SECRET"}
CONTAINER_VARIABLES = {"HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "ANONYMIZED_TELEMETRY"}


def secret_variables() -> dict[str, str]:
    """{secret file name: environment variable} as deploy/entrypoint.sh maps them."""
    return dict(re.findall(r"^read_secret (\w+) (\w+)$", ENTRYPOINT, flags=re.MULTILINE))


def test_compose_has_the_database_the_index_two_replicas_and_the_proxy():
    services = COMPOSE["services"]
    assert {"postgres", "chroma", "seed", "nginx", *REPLICAS} <= set(services)
    assert services["chroma"]["command"][:2] == ["chroma", "run"]
    for name in REPLICAS:
        assert {"postgres", "chroma"} <= set(services[name]["depends_on"])
    assert set(REPLICAS) <= set(services["nginx"]["depends_on"])
    for replica in REPLICAS:  # nginx's upstream names every replica on Streamlit's port
        assert f"server {replica}:8501" in NGINX


@pytest.mark.parametrize("service", [*REPLICAS, "seed"])
def test_every_setting_the_replicas_get_is_a_documented_setting(service: str):
    replica = COMPOSE["services"][service]
    names = set(replica["environment"]) | set(secret_variables().values())
    unknown = names - set(variables()) - STREAMLIT_VARIABLES - CONTAINER_VARIABLES
    assert not unknown, f"not settings.Settings fields: {sorted(unknown)}"
    Settings.from_env({k: str(v) for k, v in replica["environment"].items()})  # valid values
    assert {"DATABASE_URL", "CHROMA_HOST", "CHROMA_PORT", "KINDRED_DATA_DIR"} <= names
    assert replica["environment"]["CHROMA_HOST"] == "chroma"


def test_secrets_come_from_files_and_never_sit_in_the_compose_file():
    secrets = COMPOSE["secrets"]
    for name in secret_variables():
        assert secrets[name]["file"].startswith("./secrets/")
    for service in COMPOSE["services"].values():
        environment = service.get("environment", {})
        for variable in ("DATABASE_URL", "KINDRED_MODERATOR_PASSWORD_HASH", "POSTGRES_PASSWORD"):
            assert variable not in environment
    assert not (ROOT / "secrets").exists() or not any((ROOT / "secrets").iterdir())


def test_the_image_is_python_311_slim_with_cpu_torch_before_the_requirements():
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert dockerfile.splitlines()[3] == "FROM python:3.11-slim"
    pinned = re.search(r"^torch==(\S+)$", (ROOT / "requirements.txt").read_text(), re.MULTILINE)
    assert pinned and f"torch=={pinned.group(1)}" in dockerfile
    assert dockerfile.index("torch==") < dockerfile.index("pip install -r requirements.txt")
    assert 'ENTRYPOINT ["deploy/entrypoint.sh"]' in dockerfile


def test_nginx_keeps_sessions_sticky_and_upgrades_websockets():
    assert "hash $kindred_route consistent;" in NGINX
    assert "proxy_set_header Upgrade $http_upgrade;" in NGINX
    assert "proxy_set_header Connection $connection_upgrade;" in NGINX
    assert "access_log off;" in NGINX


def test_nginx_accepts_the_config(tmp_path: Path):
    """`nginx -t` on deploy/nginx.conf with the replicas on loopback and a throwaway cert."""
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    if not Path(nginx).exists():
        pytest.skip("nginx is not installed (apt-get install nginx-light)")
    from tests.scale.tls import write_self_signed

    cert, key = write_self_signed(tmp_path)
    config = NGINX.replace("kindred-a:8501", "127.0.0.1:18501")
    config = config.replace("kindred-b:8501", "127.0.0.1:18502")
    config = config.replace("/run/secrets/tls_certificate", str(cert))
    config = config.replace("/run/secrets/tls_private_key", str(key))
    (tmp_path / "nginx.conf").write_text(config)
    done = subprocess.run(
        [nginx, "-t", "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf"),
         "-g", f"error_log {tmp_path}/error.log;"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("script", ["backup.sh", "restore.sh", "entrypoint.sh"])
def test_shell_scripts_parse(script: str):
    done = subprocess.run(["sh", "-n", str(ROOT / "deploy" / script)], capture_output=True)
    assert done.returncode == 0, done.stderr
