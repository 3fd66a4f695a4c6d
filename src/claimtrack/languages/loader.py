"""Find, read and validate language folders: ``languages/<code>/{extract,clean}.yaml``.

A language is one folder of data. Each file is read once with the strict YAML loader (a
key given twice is an error) and validated by ``schema.py`` (an unknown key is an error),
so a typo fails loudly, naming the file and the key, instead of a language quietly falling
back to English words. The readers keep the files' own mappings: the extractor lays a
language's words over English's, and only the keys a file gives may replace English ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from claimtrack.errors import LanguageError, invalid_language_file, unknown_language
from claimtrack.languages.schema import CleanWords, ExtractWords, Outlets
from claimtrack.strict_yaml import DuplicateKeyError, load_strict

LANGUAGES_DIR = Path(__file__).parent
#: The files a folder may hold, each with the schema it is validated by.
FILES: dict[str, type[BaseModel]] = {"extract": ExtractWords, "clean": CleanWords}


@dataclass(frozen=True)
class Language:
    """One language's data, validated: each file's mapping, or None where the folder has none."""

    code: str
    extract: dict[str, Any] | None
    clean: dict[str, Any] | None


def available_languages() -> list[str]:
    """The codes of every language folder, sorted: a folder holding either file counts."""
    return list(_available(str(LANGUAGES_DIR)))


@lru_cache(maxsize=4)
def _available(folder: str) -> tuple[str, ...]:
    return tuple(
        sorted(
            d.name
            for d in Path(folder).iterdir()
            if d.is_dir() and any((d / f"{name}.yaml").is_file() for name in FILES)
        )
    )


@lru_cache(maxsize=32)
def load_language(code: str) -> Language:
    """The folder ``languages/<code>/``, each of its files validated; LanguageError if there
    is no such folder or a file is invalid."""
    known = available_languages()
    if code not in known:
        raise unknown_language(code, known)
    return load_folder(LANGUAGES_DIR / code)


def load_folder(folder: Path) -> Language:
    """Any language folder, not cached: each file it holds validated, and each file's
    ``language`` the folder's name. A new language can be tried from outside the package."""
    code = folder.name
    files = {name: read_file(folder / f"{name}.yaml", model) for name, model in FILES.items()}
    if all(data is None for data in files.values()):
        raise unknown_language(code, available_languages())
    for name, data in files.items():
        language = (data or {}).get("language", code)
        if language != code:
            raise invalid_language_file(
                _shown(folder / f"{name}.yaml"),
                f"language: {language!r} differs from its folder's name {code!r}",
            )
    return Language(code=code, extract=files["extract"], clean=files["clean"])


@lru_cache(maxsize=1)
def load_outlets() -> frozenset[str]:
    """News outlets by name, lower case (``languages/outlets.yaml``): they pass figures on."""
    data = read_file(LANGUAGES_DIR / "outlets.yaml", Outlets)
    return frozenset(str(o).lower() for o in (data or {}).get("outlets", []))


def read_file(path: Path, model: type[BaseModel]) -> dict[str, Any] | None:
    """The mapping in ``path`` once ``model`` accepts it; None if there is no such file."""
    if not path.is_file():
        return None
    shown = _shown(path)
    try:
        data = load_strict(path.read_text(encoding="utf-8"))
    except DuplicateKeyError as exc:
        raise invalid_language_file(shown, f"{exc}; keep one") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise LanguageError(f"language file {shown} cannot be read: {exc}") from None
    except Exception as exc:  # yaml.YAMLError: one line, not PyYAML's multi-line report
        raise invalid_language_file(shown, " ".join(str(exc).split())) from None
    if not isinstance(data, dict):
        raise invalid_language_file(shown, "expected a mapping of keys at the top")
    try:
        model.model_validate(data)
    except ValidationError as exc:
        raise invalid_language_file(shown, _problems(exc)) from None
    return data


def _shown(path: Path) -> str:
    """``languages/fr/extract.yaml`` for a built-in file; a path elsewhere as given."""
    try:
        return str(Path("languages") / path.relative_to(LANGUAGES_DIR))
    except ValueError:
        return str(path)


def _problems(exc: ValidationError) -> str:
    """Pydantic's errors as one line: each key path and what is wrong with it."""
    out = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err["loc"])
        what = "unknown key" if err["type"] == "extra_forbidden" else err["msg"]
        out.append(f"{where}: {what}")
    return "; ".join(out)
