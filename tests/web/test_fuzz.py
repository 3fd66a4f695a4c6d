"""A property-based fuzz of the API: schemathesis generates requests from the app's own
OpenAPI schema (valid and invalid parameters) and no answer may be a 5xx."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from claimtrack.config import Settings
from claimtrack.web.app import create_app

schemathesis = pytest.importorskip("schemathesis")


def test_no_generated_request_gets_a_server_error(db: str) -> None:
    schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(db, Settings()))
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 10  # every /api/v1 endpoint is described and fuzzed

    for operation in operations:
        statuses: list[int] = []

        @given(case=operation.as_strategy())
        @settings(
            max_examples=25, deadline=None, database=None, suppress_health_check=list(HealthCheck)
        )
        def no_5xx(case: Any) -> None:
            response = case.call()
            statuses.append(response.status_code)  # noqa: B023 (called right below)
            assert response.status_code < 500, (case.path, case.query, response.text[:300])

        no_5xx()
        assert statuses, operation.path  # requests really reached the app
