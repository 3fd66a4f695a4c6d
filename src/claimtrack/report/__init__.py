"""Reports of a cross-check: one self-contained HTML file, or Markdown tables.

``serialize`` turns the same records into plain dicts for ``--format json``.
"""

from claimtrack.report.html import render_html
from claimtrack.report.markdown import render_markdown

__all__ = ["render_html", "render_markdown"]
