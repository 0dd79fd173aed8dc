"""One Settings object for the whole app, read once from the environment (pydantic-settings).

Nothing else in Kindred reads ``os.environ`` or ``st.secrets``: it takes a ``Settings``.
Every field has a type, a local default and a description that says what it accepts; the
README's settings table is ``markdown_table()`` (a test compares them). A bad value stops
start-up with a ``SettingsError`` naming the variable and what it accepts.

``Settings(data_dir=...)`` takes keyword arguments only (tests, benchmarks); the
environment is read by ``Settings.from_env()``, or from any mapping with ``from_env(env)``.
"""

from __future__ import annotations

import ipaddress
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, ValidationError, ValidationInfo, field_validator
from pydantic_settings import (
    BaseSettings,
    EnvSettingsSource,
    NoDecode,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
)

HOST = re.compile(r"[A-Za-z0-9._-]+|\[?[0-9A-Fa-f:.]+\]?")
HOST_PROBLEM = "not a host name or IP address"
# The text fields whose value must have a shape: {field: (pattern, what is wrong otherwise)}.
SHAPES: dict[str, tuple[re.Pattern[str], str]] = {
    "chroma_host": (HOST, HOST_PROBLEM),
    "server_address": (HOST, HOST_PROBLEM),
    "streamlit_server_address": (HOST, HOST_PROBLEM),
    "llm": (re.compile(r"[a-z][a-z0-9_-]*:\S+"), "not provider:model"),
    "llm_base_url": (re.compile(r"https?://[^\s/]+\S*"), "not an http:// or https:// URL"),
    "map_style_url": (re.compile(r"https?://[^\s/]+\S*"), "not an http:// or https:// URL"),
    "llm_api_key": (re.compile(r"[!-~]+"), "it contains spaces or other characters"),
    "country": (re.compile(r"[A-Za-z]{2}"), "not a two-letter country code"),
    "moderator_password_hash": (re.compile(r"\$argon2id\$\S+"), "not an argon2id hash"),
    "name_key": (re.compile(r".{32,}", re.DOTALL), "shorter than 32 characters"),
}
SECRET = {"secret": True}  # never echoed in an error message


def _setting(alias: str, description: str, **options: Any) -> Any:
    """A field read from the environment variable ``alias`` (its keyword name works too)."""
    return Field(validation_alias=alias, description=description, **options)


def _default_model_cache(data: dict[str, Any]) -> Path:
    base = data.get("xdg_cache_home") or Path.home() / ".cache"
    return base / "kindred" / "models"


class SettingsError(ValueError):
    """One or more environment variables hold a value Kindred cannot use; the message names
    each of them and what it accepts, for the person starting the app."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        frozen=True,
        extra="forbid",
        str_strip_whitespace=True,
        validate_by_name=True,
        validate_by_alias=True,
        case_sensitive=True,
        env_ignore_empty=True,
    )

    data_dir: Path = _setting(
        "KINDRED_DATA_DIR",
        "Folder for everything Kindred writes (SQLite file, Chroma folder): a folder path, "
        "not a file. Default ./data",
        default=Path("data"),
    )
    database_url: str = _setting(
        "DATABASE_URL",
        "SQLAlchemy URL of the store: sqlite:///PATH or postgresql+psycopg://USER@HOST/DB. "
        "Default: SQLite file kindred.db in the data folder",
        default="",
        repr=False,
        json_schema_extra=SECRET,
    )
    chroma_host: str = _setting(
        "CHROMA_HOST",
        "Host name or IP address of a Chroma server for the story index (no http://, no "
        "port). Default: empty, a local Chroma folder",
        default="",
    )
    chroma_port: int = _setting(
        "CHROMA_PORT",
        "Port of that Chroma server: a whole number from 1 to 65535. Default 8000",
        default=8000,
        ge=1,
        le=65535,
    )
    llm: str = _setting(
        "KINDRED_LLM",
        "Chat model for the companion, as provider:model (e.g. ollama:llama3.1). "
        "Default: empty, the offline curated responder",
        default="",
    )
    llm_base_url: str = _setting(
        "KINDRED_LLM_BASE_URL",
        "Base URL (http:// or https://) of an OpenAI-compatible or Ollama endpoint. "
        "Default: empty, the provider's own default",
        default="",
    )
    llm_api_key: str = _setting(
        "KINDRED_LLM_API_KEY",
        "API key for the KINDRED_LLM endpoint, where it needs one (an OpenAI-compatible "
        "server): one word, no spaces. Default: empty",
        default="",
        repr=False,
        json_schema_extra=SECRET,
    )
    llm_timeout_seconds: float = _setting(
        "KINDRED_LLM_TIMEOUT",
        "Seconds to wait for the KINDRED_LLM endpoint before the curated reply is used: a "
        "number above 0, at most 600. Default 20",
        default=20.0,
        gt=0,
        le=600,
    )
    country: str = _setting(
        "KINDRED_COUNTRY",
        "Default country for help resources: a two-letter ISO 3166 code such as US or GB. "
        "Default US",
        default="US",
    )
    moderator_password_hash: str = _setting(
        "KINDRED_MODERATOR_PASSWORD_HASH",
        "argon2id hash of the moderators' password, starting $argon2id$ (python -m "
        "knowledge.stories hash-password). Default: empty, moderation page locked",
        default="",
        repr=False,
        json_schema_extra=SECRET,
    )
    name_key: str = _setting(
        "KINDRED_NAME_KEY",
        "Secret that keys the digest journals are found by (32+ random characters; keep it "
        "with backups: without it no journal can be found). Default: empty, generated on "
        "first start into name_key in the data folder",
        default="",
        repr=False,
        json_schema_extra=SECRET,
    )
    trusted_proxies: Annotated[tuple[str, ...], NoDecode] = _setting(
        "KINDRED_TRUSTED_PROXIES",
        "Comma-separated IP addresses or networks of our own reverse proxies, whose "
        "X-Forwarded-For names the client for rate limits. Default 127.0.0.1,::1",
        default=("127.0.0.1", "::1"),
    )
    lock_minutes: int = _setting(
        "KINDRED_LOCK_MINUTES",
        "Minutes of inactivity before an unlocked journal locks itself: a whole number "
        "from 1 to 1440. Default 15",
        default=15,
        ge=1,
        le=1440,
    )
    moderator_idle_minutes: int = _setting(
        "KINDRED_MODERATOR_IDLE_MINUTES",
        "Minutes of inactivity before a moderator is signed out: a whole number from 1 to "
        "1440. Default 20",
        default=20,
        ge=1,
        le=1440,
    )
    embedding_backend: Literal["onnx", "torch"] = _setting(
        "KINDRED_EMBEDDING_BACKEND",
        "How the embedding model runs: onnx (exported once from the packaged weights, "
        "faster) or torch. Default onnx",
        default="onnx",
    )
    xdg_cache_home: Path | None = _setting(
        "XDG_CACHE_HOME",
        "The usual folder for caches; the exported ONNX model goes in kindred/models under "
        "it unless KINDRED_MODEL_CACHE is set. Default ~/.cache",
        default=None,
    )
    model_cache: Path = _setting(
        "KINDRED_MODEL_CACHE",
        "Folder for the exported ONNX model: a folder path, not a file. Default "
        "~/.cache/kindred/models (or $XDG_CACHE_HOME/kindred/models)",
        default_factory=_default_model_cache,
    )
    server_address: str = _setting(
        "KINDRED_SERVER_ADDRESS",
        "Address `python -m serve` listens on: a host name or IP address. Default "
        "localhost (this machine only); 0.0.0.0 listens on every interface, for a replica "
        "behind nginx",
        default="localhost",
    )
    map_style_url: str = _setting(
        "KINDRED_MAP_STYLE_URL",
        "MapLibre style URL (http:// or https://) of a tile server the operator chooses for "
        "the directory map (allow it in nginx's Content-Security-Policy too). Default: empty, "
        "only the offline outlines shipped with Kindred, so no third party learns where "
        "anyone searched",
        default="",
    )
    streamlit_server_address: str = _setting(
        "STREAMLIT_SERVER_ADDRESS",
        "Streamlit's own address setting: a host name or IP address; when set, `python -m "
        "serve` leaves the address to Streamlit. Default: empty",
        default="",
    )
    pg_bin: Path | None = _setting(
        "PG_BIN",
        "Folder holding pg_dump and pg_restore for backups: an existing folder. Default: "
        "the newest /usr/lib/postgresql/*/bin, else the PATH",
        default=None,
    )

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        **_: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # Keyword arguments only: the environment is read by from_env(), never implicitly.
        return (init_settings,)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Settings from the environment (or any mapping, for tests).

        Raises ``SettingsError`` naming every variable whose value cannot be used."""
        values = _Environment(cls, os.environ if env is None else env)()
        try:
            return cls(**values)
        except ValidationError as error:
            raise SettingsError(_explain(error, values)) from None

    @field_validator("data_dir", "model_cache", "xdg_cache_home", mode="after")
    @classmethod
    def _folder(cls, value: Path | None) -> Path | None:
        if value is None:
            return None
        value = value.expanduser()
        if value.is_file():
            raise ValueError("it names a file; a folder is needed")
        return value

    @field_validator("pg_bin", mode="after")
    @classmethod
    def _existing_folder(cls, value: Path | None) -> Path | None:
        if value is not None and not value.expanduser().is_dir():
            raise ValueError("no such folder")
        return value.expanduser() if value else None

    @field_validator("database_url", mode="after")
    @classmethod
    def _database_url(cls, value: str) -> str:
        if not value:
            return value
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        try:
            backend = make_url(value).get_backend_name()
        except ArgumentError:
            raise ValueError("not a database URL") from None
        if backend not in ("sqlite", "postgresql"):
            raise ValueError(f"{backend} is not supported; use sqlite or postgresql")
        return value

    @field_validator(*SHAPES, mode="after")
    @classmethod
    def _shape(cls, value: str, info: ValidationInfo) -> str:
        pattern, problem = SHAPES[str(info.field_name)]
        if value and not pattern.fullmatch(value):
            raise ValueError(problem)
        return value

    @field_validator("country", mode="after")
    @classmethod
    def _upper(cls, value: str) -> str:
        return value.upper()

    @field_validator("trusted_proxies", mode="before")
    @classmethod
    def _networks(cls, value: Any) -> Any:
        entries = value.split(",") if isinstance(value, str) else value
        cleaned = tuple(entry.strip() for entry in entries if entry.strip())
        for entry in cleaned:
            try:
                ipaddress.ip_network(entry, strict=False)
            except ValueError:
                raise ValueError(f"{entry!r} is not an IP address or network") from None
        return cleaned

    @field_validator("embedding_backend", mode="before")
    @classmethod
    def _lower(cls, value: Any) -> Any:
        return value.strip().lower() if isinstance(value, str) else value

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


class _Environment(EnvSettingsSource):
    """pydantic-settings' environment source over any mapping (os.environ by default)."""

    def __init__(self, settings_cls: type[BaseSettings], environ: Mapping[str, str]) -> None:
        self._environ = environ
        super().__init__(settings_cls)

    def _load_env_vars(self) -> Mapping[str, str | None]:
        # The source's one hook for where variables come from (it reads os.environ there);
        # blank values are dropped, so an empty variable means the default.
        return {key: value for key, value in self._environ.items() if value.strip()}


def hold_offline() -> None:
    """Keep Hugging Face libraries offline: set before they are imported, so no hub lookup
    (or telemetry) is ever attempted. The one place Kindred writes the environment."""
    for flag in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_HUB_DISABLE_TELEMETRY"):
        os.environ.setdefault(flag, "1")


def child_environment(extra: Mapping[str, str]) -> dict[str, str]:
    """This process's environment plus ``extra``, for a tool Kindred runs (pg_dump)."""
    return {**os.environ, **extra}


def variables() -> dict[str, str]:
    """Every environment variable Kindred reads, with its description (the README table)."""
    return {_variable(name): info.description or "" for name, info in Settings.model_fields.items()}


def markdown_table() -> str:
    """The README's settings table, generated from the model."""
    rows = [f"| `{name}` | {text} |" for name, text in variables().items()]
    return "\n".join(["| variable | what it does |", "| --- | --- |", *rows])


def _variable(name: str) -> str:
    return str(Settings.model_fields[name].validation_alias)


def _explain(error: ValidationError, given: Mapping[str, Any]) -> str:
    by_variable = {_variable(name): name for name in Settings.model_fields}
    lines = ["Kindred cannot start: these settings need a different value."]
    for problem in error.errors():
        if problem["type"] == "default_factory_not_called":
            continue  # model_cache waits for XDG_CACHE_HOME, which is reported itself
        variable = str(problem["loc"][0]) if problem["loc"] else "?"
        field = Settings.model_fields.get(by_variable.get(variable, ""))
        secret = field is not None and field.json_schema_extra == SECRET
        value = "" if secret or variable not in given else f"={str(given[variable])[:60]!r}"
        reason = problem["msg"].removeprefix("Value error, ")
        accepts = field.description if field else ""
        lines.append(f"- {variable}{value}: {reason}. It accepts: {accepts}")
    return "\n".join(lines)


if __name__ == "__main__":
    print(markdown_table())
