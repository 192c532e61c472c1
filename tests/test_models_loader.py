"""The fast readers: the light "deadline view" gives the same deadlines as the whole case."""

from __future__ import annotations

from datetime import UTC, date, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain import deadlines
from app.domain.records import new_uid
from app.models.demo import install_demo
from app.models.interchange import to_json
from tests.fixtures_models import cases, stored_like


def test_the_dashboard_over_the_demo_equals_the_deadlines_of_the_whole_cases(svc):
    today = date(2026, 3, 10)
    ids = install_demo(svc, today)
    whole = [svc.load(i) for i in ids]
    assert svc.deadlines(today) == deadlines.compute(whole, today)
    assert len(svc.deadlines(today)) >= 8


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)
@given(case=cases, today=st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 1, 1)))
def test_the_deadline_view_misses_nothing_the_deadlines_engine_reads(svc, case, today):
    case = stored_like(case, datetime(2025, 3, 1, tzinfo=UTC))
    case.uid = new_uid()  # the vault is shared by the examples; generated uids repeat
    case_id = svc.import_case(to_json(case))
    mine = [d for d in svc.deadlines(today) if d.case_uid == case.uid]
    assert mine == deadlines.compute([svc.load(case_id)], today)
    (summary,) = [c for c in svc.list_cases() if c.id == case_id]
    far = deadlines.compute([case], today, horizon_days=365 * 100)
    if far:  # an archived log too: its reminder to renew the consent to keep it
        assert summary.next_deadline is not None
        assert summary.next_deadline.on <= min(d.due_on for d in far)
    else:
        assert summary.next_deadline is None
