from pathlib import Path

from settings import SETTING_DOCS, Settings

ROOT = Path(__file__).resolve().parent.parent


def test_defaults_are_local():
    settings = Settings.from_env({})
    assert settings.data_dir == Path("data")
    assert settings.store_url.startswith("sqlite:///") and settings.store_url.endswith("kindred.db")
    assert settings.chroma_host == "" and settings.llm == ""
    assert settings.country == "US"
    assert settings.chroma_path == Path("data") / "chroma"


def test_environment_overrides(tmp_path):
    env = {
        "KINDRED_DATA_DIR": str(tmp_path),
        "DATABASE_URL": "postgresql+psycopg://k@127.0.0.1/k",
        "CHROMA_HOST": "127.0.0.1",
        "CHROMA_PORT": "9001",
        "KINDRED_LLM": "ollama:llama3.1",
        "KINDRED_COUNTRY": "gb",
    }
    settings = Settings.from_env(env)
    assert settings.data_dir == tmp_path
    assert settings.store_url == env["DATABASE_URL"]
    assert (settings.chroma_host, settings.chroma_port) == ("127.0.0.1", 9001)
    assert settings.llm == "ollama:llama3.1"
    assert settings.country == "GB"


def test_a_bad_number_falls_back_to_the_default():
    assert Settings.from_env({"CHROMA_PORT": "lots"}).chroma_port == 8000


def test_the_embedding_backend_and_model_cache(tmp_path):
    assert Settings.from_env({}).embedding_backend == "onnx"
    assert Settings.from_env({"KINDRED_EMBEDDING_BACKEND": " Torch "}).embedding_backend == "torch"
    assert Settings.from_env({"KINDRED_EMBEDDING_BACKEND": "gpu"}).embedding_backend == "onnx"
    cache = Settings.from_env({"XDG_CACHE_HOME": str(tmp_path)}).model_cache
    assert cache == tmp_path / "kindred" / "models"
    chosen = Settings.from_env({"KINDRED_MODEL_CACHE": str(tmp_path / "m")}).model_cache
    assert chosen == tmp_path / "m"


def test_every_setting_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text()
    for name in SETTING_DOCS:
        assert f"`{name}`" in readme, f"{name} is missing from the README settings table"


def test_usage_statistics_are_off():
    config = (ROOT / ".streamlit" / "config.toml").read_text()
    assert "gatherUsageStats = false" in config
