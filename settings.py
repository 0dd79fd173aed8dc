"""One Settings object for the whole app, read once from the environment.

Nothing deeper in the code reads ``os.environ`` or ``st.secrets``: it takes a ``Settings``.
Every field has a local default and a one-line description in ``SETTING_DOCS``; a test
checks that each one is documented in the README.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

SETTING_DOCS: dict[str, str] = {
    "KINDRED_DATA_DIR": "Folder for everything Kindred writes (SQLite file, Chroma folder). Default ./data",
    "DATABASE_URL": "SQLAlchemy URL of the store. Default: SQLite file kindred.db in the data folder",
    "CHROMA_HOST": "Host of a Chroma server for the story index. Default: empty, a local Chroma folder",
    "CHROMA_PORT": "Port of that Chroma server. Default 8000",
    "KINDRED_LLM": "Chat model for the companion, as provider:model (e.g. ollama:llama3.1). Default: empty, the offline curated responder",
    "KINDRED_LLM_BASE_URL": "Base URL of an OpenAI-compatible or Ollama endpoint. Default: empty, the provider's own default",
    "KINDRED_LLM_API_KEY": "API key for the KINDRED_LLM endpoint, where it needs one (an OpenAI-compatible server). Default: empty",
    "KINDRED_LLM_TIMEOUT": "Seconds to wait for the KINDRED_LLM endpoint before the curated reply is used. Default 20",
    "KINDRED_COUNTRY": "Default country for help resources, ISO 3166 alpha-2. Default US",
    "KINDRED_MODERATOR_PASSWORD_HASH": "argon2id hash of the moderators' password. Default: empty, moderation page locked",
    "KINDRED_NAME_KEY": "Secret that keys the digest journals are found by (32+ random characters; keep it with backups: without it no journal can be found). Default: empty, generated on first start into name_key in the data folder",
    "KINDRED_TRUSTED_PROXIES": "Comma-separated addresses or networks of our own reverse proxies, whose X-Forwarded-For names the client for rate limits. Default 127.0.0.1,::1",
    "KINDRED_LOCK_MINUTES": "Minutes of inactivity before an unlocked journal locks itself. Default 15",
    "KINDRED_MODERATOR_IDLE_MINUTES": "Minutes of inactivity before a moderator is signed out. Default 20",
    "KINDRED_EMBEDDING_BACKEND": "How the embedding model runs: onnx (exported once from the packaged weights, faster) or torch. Default onnx",
    "KINDRED_MODEL_CACHE": "Folder for the exported ONNX model. Default ~/.cache/kindred/models (or $XDG_CACHE_HOME/kindred/models)",
    "KINDRED_MAP_STYLE_URL": "MapLibre style URL of a tile server the operator chooses for the directory map (allow it in nginx's Content-Security-Policy too). Default: empty, only the offline outlines shipped with Kindred, so no third party learns where anyone searched",
    "KINDRED_SERVER_ADDRESS": "Address `python -m serve` listens on. Default localhost (this machine only); 0.0.0.0 listens on every interface, for a replica behind nginx",
}


EMBEDDING_BACKENDS = ("onnx", "torch")


def default_model_cache(env: Mapping[str, str] | None = None) -> Path:
    """$XDG_CACHE_HOME/kindred/models, else ~/.cache/kindred/models."""
    env = os.environ if env is None else env
    base = Path(env["XDG_CACHE_HOME"]) if env.get("XDG_CACHE_HOME") else Path.home() / ".cache"
    return base / "kindred" / "models"


@dataclass(frozen=True)
class Settings:
    data_dir: Path = Path("data")
    database_url: str = ""
    chroma_host: str = ""
    chroma_port: int = 8000
    llm: str = ""
    llm_base_url: str = ""
    llm_api_key: str = field(default="", repr=False)
    llm_timeout_seconds: float = 20.0
    country: str = "US"
    moderator_password_hash: str = ""
    lock_minutes: int = 15
    moderator_idle_minutes: int = 20
    name_key: str = field(default="", repr=False)
    trusted_proxies: tuple[str, ...] = ("127.0.0.1", "::1")
    embedding_backend: str = "onnx"
    model_cache: Path = field(default_factory=default_model_cache)
    server_address: str = "localhost"
    map_style_url: str = ""
    extra: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Build settings from environment variables (or any mapping, for tests)."""
        env = os.environ if env is None else env
        data_dir = Path(env.get("KINDRED_DATA_DIR") or "data").expanduser()
        return cls(
            data_dir=data_dir,
            database_url=env.get("DATABASE_URL", ""),
            chroma_host=env.get("CHROMA_HOST", ""),
            chroma_port=_int(env.get("CHROMA_PORT"), 8000),
            llm=env.get("KINDRED_LLM", ""),
            llm_base_url=env.get("KINDRED_LLM_BASE_URL", ""),
            llm_api_key=env.get("KINDRED_LLM_API_KEY", ""),
            llm_timeout_seconds=float(_int(env.get("KINDRED_LLM_TIMEOUT"), 20)),
            country=(env.get("KINDRED_COUNTRY") or "US").strip().upper(),
            moderator_password_hash=env.get("KINDRED_MODERATOR_PASSWORD_HASH", ""),
            lock_minutes=_int(env.get("KINDRED_LOCK_MINUTES"), 15),
            moderator_idle_minutes=_int(env.get("KINDRED_MODERATOR_IDLE_MINUTES"), 20),
            name_key=env.get("KINDRED_NAME_KEY", ""),
            trusted_proxies=_list(env.get("KINDRED_TRUSTED_PROXIES")) or ("127.0.0.1", "::1"),
            embedding_backend=_choice(env.get("KINDRED_EMBEDDING_BACKEND"), EMBEDDING_BACKENDS),
            model_cache=Path(env["KINDRED_MODEL_CACHE"]).expanduser()
            if env.get("KINDRED_MODEL_CACHE")
            else default_model_cache(env),
            server_address=(env.get("KINDRED_SERVER_ADDRESS") or "").strip() or "localhost",
            map_style_url=(env.get("KINDRED_MAP_STYLE_URL") or "").strip(),
        )

    @property
    def store_url(self) -> str:
        """The database URL in force: DATABASE_URL, or the SQLite file in the data folder."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'kindred.db').resolve()}"

    @property
    def chroma_path(self) -> Path:
        """The local Chroma folder, used when no Chroma server is configured."""
        return self.data_dir / "chroma"

    def ensure_data_dir(self) -> Path:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        return self.data_dir


def _choice(value: str | None, allowed: tuple[str, ...]) -> str:
    """The value if it is one of ``allowed`` (any case), else the first (the default)."""
    cleaned = (value or "").strip().lower()
    return cleaned if cleaned in allowed else allowed[0]


def _list(value: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (value or "").split(",") if part.strip())


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value else default
    except ValueError:
        return default


def get_settings() -> Settings:
    """The settings for this process, read from the environment at call time."""
    return Settings.from_env()
