"""Settings: typed, described, read once; a value Kindred cannot use stops start-up with a
message naming the variable and what it accepts."""

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

from settings import Settings, SettingsError, markdown_table, variables
from tests.test_layers import product_modules

ROOT = Path(__file__).resolve().parent.parent


def test_defaults_are_local():
    settings = Settings.from_env({})
    assert settings.data_dir == Path("data")
    assert settings.store_url.startswith("sqlite:///") and settings.store_url.endswith("kindred.db")
    assert settings.chroma_host == "" and settings.llm == ""
    assert settings.country == "US"
    assert settings.chroma_path == Path("data") / "chroma"
    assert settings == Settings(), "keyword construction never reads the environment"


def test_environment_overrides(tmp_path):
    env = {
        "KINDRED_DATA_DIR": str(tmp_path),
        "DATABASE_URL": "postgresql+psycopg://k@127.0.0.1/k",
        "CHROMA_HOST": "127.0.0.1",
        "CHROMA_PORT": "9001",
        "KINDRED_LLM": "ollama:llama3.1",
        "KINDRED_COUNTRY": "gb",
        "KINDRED_TRUSTED_PROXIES": " 10.0.0.0/8, ::1 ",
        "KINDRED_LOCK_MINUTES": "5",
        "KINDRED_LLM_TIMEOUT": "2.5",
    }
    settings = Settings.from_env(env)
    assert settings.data_dir == tmp_path
    assert settings.store_url == env["DATABASE_URL"]
    assert (settings.chroma_host, settings.chroma_port) == ("127.0.0.1", 9001)
    assert settings.llm == "ollama:llama3.1"
    assert settings.country == "GB"
    assert settings.trusted_proxies == ("10.0.0.0/8", "::1")
    assert (settings.lock_minutes, settings.llm_timeout_seconds) == (5, 2.5)


def test_an_empty_variable_means_the_default():
    assert Settings.from_env({"CHROMA_PORT": "", "KINDRED_COUNTRY": "  "}) == Settings()


def test_the_embedding_backend_and_model_cache(tmp_path):
    assert Settings.from_env({}).embedding_backend == "onnx"
    assert Settings.from_env({"KINDRED_EMBEDDING_BACKEND": " Torch "}).embedding_backend == "torch"
    cache = Settings.from_env({"XDG_CACHE_HOME": str(tmp_path)}).model_cache
    assert cache == tmp_path / "kindred" / "models"
    chosen = Settings.from_env({"KINDRED_MODEL_CACHE": str(tmp_path / "m")}).model_cache
    assert chosen == tmp_path / "m"


A_FILE = str(Path(__file__))
# One value Kindred cannot use for every setting, and a word of what the message must say.
BAD_VALUES = {
    "KINDRED_DATA_DIR": (A_FILE, "folder"),
    "DATABASE_URL": ("mysql://k@db/k", "postgresql"),
    "CHROMA_HOST": ("http://chroma:8000", "host name"),
    "CHROMA_PORT": ("-1", "65535"),
    "KINDRED_LLM": ("llama3.1", "provider:model"),
    "KINDRED_LLM_BASE_URL": ("localhost:11434", "http"),
    "KINDRED_LLM_API_KEY": ("two words", "no spaces"),
    "KINDRED_LLM_TIMEOUT": ("soon", "number"),
    "KINDRED_COUNTRY": ("USA", "two-letter"),
    "KINDRED_MODERATOR_PASSWORD_HASH": ("hunter2", "argon2id"),
    "KINDRED_NAME_KEY": ("short", "32+"),
    "KINDRED_TRUSTED_PROXIES": ("127.0.0.1,proxy.local", "IP addresses"),
    "KINDRED_LOCK_MINUTES": ("abc", "whole number"),
    "KINDRED_MODERATOR_IDLE_MINUTES": ("0", "whole number"),
    "KINDRED_MAP_STYLE_URL": ("tiles.example.org/style.json", "http"),
    "KINDRED_EMBEDDING_BACKEND": ("gpu", "onnx"),
    "XDG_CACHE_HOME": (A_FILE, "folder"),
    "KINDRED_MODEL_CACHE": (A_FILE, "folder"),
    "KINDRED_SERVER_ADDRESS": ("my laptop", "IP address"),
    "STREAMLIT_SERVER_ADDRESS": ("http://0.0.0.0", "IP address"),
    "PG_BIN": ("/no/such/folder", "existing folder"),
}
SECRETS = {
    "DATABASE_URL",
    "KINDRED_LLM_API_KEY",
    "KINDRED_MODERATOR_PASSWORD_HASH",
    "KINDRED_NAME_KEY",
}


def test_every_setting_has_a_bad_value_case():
    assert set(BAD_VALUES) == set(variables())


@pytest.mark.parametrize(("variable", "case"), sorted(BAD_VALUES.items()))
def test_a_bad_value_stops_with_a_message_naming_the_setting(variable, case):
    value, accepts = case
    with pytest.raises(SettingsError) as stopped:
        Settings.from_env({variable: value})
    message = str(stopped.value)
    assert f"- {variable}" in message and accepts in message
    assert message.count("\n- ") == 1, "only the bad setting is named"
    echoed = f"{variable}={value!r}" in message
    assert echoed != (variable in SECRETS), "the value is shown, except a secret's"


def test_several_bad_values_are_named_together():
    with pytest.raises(SettingsError) as stopped:
        Settings.from_env({"KINDRED_LOCK_MINUTES": "0", "CHROMA_PORT": "99999"})
    assert "KINDRED_LOCK_MINUTES" in str(stopped.value) and "CHROMA_PORT" in str(stopped.value)


def test_serve_stops_with_the_message_and_no_traceback(tmp_path):
    env = {**os.environ, "KINDRED_LOCK_MINUTES": "abc", "KINDRED_DATA_DIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "serve"], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert done.returncode == 2
    assert "KINDRED_LOCK_MINUTES='abc'" in done.stderr and "whole number" in done.stderr
    assert "Traceback" not in done.stderr


def test_every_field_is_typed_and_described():
    for name, field in Settings.model_fields.items():
        assert field.annotation is not None, name
        assert len(field.description or "") > 20, f"{name} needs a description"


def test_the_readme_settings_table_is_generated_from_the_model():
    readme = (ROOT / "README.md").read_text()
    assert markdown_table() in readme, "run `python -m settings` and paste its table"


ENVIRONMENT = ("environ", "getenv", "environb", "putenv")


def test_nothing_else_reads_the_environment():
    readers = [
        f"{path.relative_to(ROOT)}:{node.lineno}"
        for name, path in product_modules().items()
        if name != "settings"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if (
            isinstance(node, ast.Attribute)
            and node.attr in ENVIRONMENT
            and isinstance(node.value, ast.Name)
            and node.value.id == "os"
        )
        or (
            isinstance(node, ast.ImportFrom)
            and node.module == "os"
            and any(alias.name in ENVIRONMENT for alias in node.names)
        )
    ]
    readers += [str(p.relative_to(ROOT)) for p in (ROOT / "pages").glob("*.py")
                if "os.environ" in p.read_text() or "getenv" in p.read_text()]  # fmt: skip
    assert not readers, f"read settings.Settings instead: {readers}"


def test_usage_statistics_are_off():
    config = (ROOT / ".streamlit" / "config.toml").read_text()
    assert "gatherUsageStats = false" in config
