"""Properties of the live tools' plain-data helpers: the map diff and the draft round trip."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.domain.records import MapActor, MapColumn, MapRow
from app.ui.live.network_map_models import diff_maps
from app.ui.live.network_map_page import actors_from_json, actors_to_json

texts = st.text(max_size=30)
actors = st.builds(
    MapActor,
    uid=st.uuids().map(lambda u: u.hex),
    row=st.sampled_from(list(MapRow)),
    column=st.sampled_from(list(MapColumn)),
    name=texts,
    organisation=texts,
    contact=texts,
    effort=texts,
)
maps = st.lists(actors, max_size=8, unique_by=lambda a: a.uid)


@given(maps)
def test_a_draft_survives_its_json_round_trip(items: list[MapActor]) -> None:
    assert actors_from_json(actors_to_json(items)) == items


@given(maps, maps)
def test_the_diff_accounts_for_every_actor(before: list[MapActor], after: list[MapActor]) -> None:
    changes = diff_maps(before, after)
    added = {a.uid for a in changes.added}
    changed_new = {new.uid for _old, new in changes.changed}
    removed = {a.uid for a in changes.removed}
    after_uids = {a.uid for a in after}
    # Nothing after the change is both new and changed, and nothing removed is still there.
    assert not added & changed_new
    assert not removed & after_uids
    # Each actor before is either kept (same or changed) or removed, exactly once.
    kept_old = {old.uid for old, _new in changes.changed}
    assert len(changes.removed) + len(after) - len(changes.added) == len(before)
    assert kept_old.isdisjoint(removed)


@given(maps)
def test_no_change_means_an_empty_diff(items: list[MapActor]) -> None:
    assert diff_maps(items, list(items)).is_empty()
