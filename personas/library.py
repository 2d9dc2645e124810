"""The persona library: the files shipped in `personas/library/` plus any extra folders.

Extra folders come from configuration (ROLLWITH_PERSONA_DIRS, read by the application), so
supervisors can add their own clients without touching the package.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from personas.models import Persona, PersonaError, load_persona_file

PACKAGED = Path(__file__).parent / "library"


def persona_files(folders: Iterable[Path]) -> list[Path]:
    return sorted(p for folder in folders for p in Path(folder).glob("*.y*ml") if p.is_file())


@dataclass
class Library:
    """Personas by id; files that failed validation are kept as errors, not silently dropped."""

    personas: dict[str, Persona] = field(default_factory=dict)
    errors: list[PersonaError] = field(default_factory=list)

    def get(self, persona_id: str) -> Persona:
        try:
            return self.personas[persona_id]
        except KeyError:
            known = ", ".join(sorted(self.personas))
            raise KeyError(f"no persona {persona_id!r} (known: {known})") from None

    def __iter__(self) -> Iterator[Persona]:
        return iter(sorted(self.personas.values(), key=lambda p: (p.difficulty, p.type, p.id)))

    def __len__(self) -> int:
        return len(self.personas)


def load_library(extra_folders: Sequence[Path] = ()) -> Library:
    library = Library()
    for path in persona_files([PACKAGED, *extra_folders]):
        try:
            persona = load_persona_file(path)
        except PersonaError as exc:
            library.errors.append(exc)
            continue
        if persona.id in library.personas:
            library.errors.append(PersonaError(str(path), [f"id: {persona.id!r} is already defined"]))
            continue
        library.personas[persona.id] = persona
    return library


@lru_cache(maxsize=1)
def packaged_library() -> Library:
    """The shipped personas, loaded once per process."""
    return load_library()
