"""Settings from the environment and `.env` (pydantic-settings); see `.env.example`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


class Settings(BaseSettings):
    """Everything configurable.  The token is a secret: it never appears in logs or reprs."""

    model_config = SettingsConfigDict(env_file=".env", env_ignore_empty=True, extra="ignore")

    telegram_bot_token: SecretStr | None = Field(default=None, alias="TELEGRAM_BOT_TOKEN")
    telegram_api_base_url: str | None = Field(default=None, alias="TELEGRAM_API_BASE_URL")
    rollwith_db: Path = Field(default=Path("rollwith.sqlite3"), alias="ROLLWITH_DB")
    rollwith_typing_delay: float = Field(default=1.0, ge=0, le=30, alias="ROLLWITH_TYPING_DELAY")
    rollwith_rate_limit: bool = Field(default=True, alias="ROLLWITH_RATE_LIMIT")
    rollwith_turn_limit: int = Field(default=30, ge=1, le=200, alias="ROLLWITH_TURN_LIMIT")
    rollwith_admins: Annotated[list[int], NoDecode] = Field(default_factory=list, alias="ROLLWITH_ADMINS")
    rollwith_persona_dirs: Annotated[list[Path], NoDecode] = Field(
        default_factory=list, alias="ROLLWITH_PERSONA_DIRS"
    )
    # the staff web app (`rollwith web`): loopback by default; put a TLS reverse proxy in front
    rollwith_web_host: str = Field(default="127.0.0.1", alias="ROLLWITH_WEB_HOST")
    rollwith_web_port: int = Field(default=8080, ge=1, le=65535, alias="ROLLWITH_WEB_PORT")
    rollwith_web_base_url: str = Field(default="", alias="ROLLWITH_WEB_BASE_URL")

    @property
    def web_base_url(self) -> str:
        """Where people's browsers reach the web app: the public URL if set, else host and port."""
        return (self.rollwith_web_base_url or f"http://{self.rollwith_web_host}:{self.rollwith_web_port}").rstrip("/")

    @field_validator("rollwith_admins", mode="before")
    @classmethod
    def _ids(cls, value: object) -> object:
        if isinstance(value, str):
            return [int(v) for v in value.replace(",", " ").split()]
        return value

    @field_validator("rollwith_persona_dirs", mode="before")
    @classmethod
    def _dirs(cls, value: object) -> object:
        if isinstance(value, str):
            import os

            return [Path(v) for v in value.split(os.pathsep) if v.strip()]
        return value
