"""Resolve: link claims across documents (origins, measures over time). Filled by the cross-check work."""
