"""What one operation changed: every mutating call returns a `Changes` (as Anki's OpChanges), and the
index and the views update from it alone."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    generation: int = 0
    annotations: frozenset[str] = frozenset()
    entities: frozenset[str] = frozenset()
    documents: frozenset[str] = frozenset()
    rejections: frozenset[str] = frozenset()
    label: str = ""
    codebook: bool = False
    external: bool = False
    """Another window or process changed the library: what exactly is unknown, so everything is re-read."""
    report: dict[str, object] = field(default_factory=dict, compare=False)

    def __bool__(self) -> bool:
        return bool(self.annotations or self.entities or self.documents or self.rejections or self.codebook
                    or self.external)

    def merged(self, other: Changes) -> Changes:
        return Changes(
            generation=max(self.generation, other.generation),
            annotations=self.annotations | other.annotations,
            entities=self.entities | other.entities,
            documents=self.documents | other.documents,
            rejections=self.rejections | other.rejections,
            label=other.label or self.label,
            codebook=self.codebook or other.codebook,
            external=self.external or other.external,
            report={**self.report, **other.report},
        )
