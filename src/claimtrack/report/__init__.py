"""Reports of a cross-check: one self-contained HTML file, or Markdown tables.

``serialize`` turns the same records into plain dicts for ``--format json``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimtrack.lazy import attach

if TYPE_CHECKING:
    from claimtrack.report.html import render_html
    from claimtrack.report.markdown import render_markdown

# Names load on first use (PEP 562), so importing one light submodule never pulls in the
# heavy ones (SQLAlchemy, spaCy, datasketch...) beside it.
_LAZY = {
    "render_html": "claimtrack.report.html",
    "render_markdown": "claimtrack.report.markdown",
}

__all__ = ["render_html", "render_markdown"]


__getattr__, __dir__ = attach(__name__, _LAZY, globals())
