"""Records: every BTI record of app/domain/records.py as tables (see app/models/tables.py).

Revision ID: 0002
Revises: 0001

Generated with alembic's autogenerate from app.models.tables, then reviewed: the app's own
column types are spelled as what they store (UTC moments as ISO text, lists as JSON), so this
file stays frozen when the models change later.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("child_name", sa.Text(), nullable=False),
        sa.Column("child_cpr", sa.String(length=11), nullable=True),
        sa.Column("cpr_digits", sa.String(length=10), nullable=True),
        sa.Column("name_key", sa.Text(), nullable=False),
        sa.Column("expected_birth_date", sa.Date(), nullable=True),
        sa.Column("created_by_name", sa.Text(), nullable=False),
        sa.Column("created_by_organisation", sa.Text(), nullable=False),
        sa.Column("created_by_role", sa.Text(), nullable=False),
        sa.Column("created_by_contact", sa.Text(), nullable=False),
        sa.Column("created_on", sa.Date(), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("closure_reasons", sa.JSON(), nullable=False),
        sa.Column("closure_explanation", sa.Text(), nullable=False),
        sa.Column("closure_disposition", sa.String(length=16), nullable=True),
        sa.Column("closed_by_name", sa.Text(), nullable=False),
        sa.Column("closed_by_organisation", sa.Text(), nullable=False),
        sa.Column("closed_by_role", sa.Text(), nullable=False),
        sa.Column("closed_by_contact", sa.Text(), nullable=False),
        sa.Column("aware_on", sa.Date(), nullable=True),
        sa.Column("investigation_decided_on", sa.Date(), nullable=True),
        sa.Column("investigation_done_on", sa.Date(), nullable=True),
        sa.Column("action_plan_on", sa.Date(), nullable=True),
        sa.Column("action_plan_followups", sa.JSON(), nullable=False),
        sa.Column("violence_or_abuse_suspected", sa.Boolean(), nullable=False),
        sa.Column("police_or_hospital_involved", sa.Boolean(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("holder_name", sa.Text(), nullable=False),
        sa.Column("next_deadline_on", sa.Date(), nullable=True),
        sa.Column("next_deadline_title", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
    )
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index("ix_cases_closed_on", ["closed_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_cases_cpr_digits"), ["cpr_digits"], unique=False)
        batch_op.create_index(batch_op.f("ix_cases_name_key"), ["name_key"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_cases_next_deadline_on"), ["next_deadline_on"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_cases_uid"), ["uid"], unique=False)

    op.create_table(
        "actor_rows",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("actor", sa.Text(), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("effort", sa.Text(), nullable=False),
        sa.Column("follow_up_on", sa.Date(), nullable=True),
        sa.Column("follow_up_by", sa.Text(), nullable=False),
        sa.Column("internal", sa.Boolean(), nullable=False),
        sa.Column("from_meeting_uid", sa.String(length=32), nullable=True),
        sa.Column("supersedes", sa.String(length=32), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_actor_rows_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actor_rows")),
        sa.UniqueConstraint("case_id", "uid", name=op.f("uq_actor_rows_case_id_uid")),
    )
    with op.batch_alter_table("actor_rows", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_actor_rows_case_id"), ["case_id"], unique=False)

    op.create_table(
        "assessments",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("scale", sa.String(length=16), nullable=False),
        sa.Column("subject_uid", sa.String(length=32), nullable=True),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("category", sa.Integer(), nullable=False),
        sa.Column("assessors", sa.JSON(), nullable=False),
        sa.Column("signs", sa.JSON(), nullable=False),
        sa.Column("other_signs", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_assessments_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessments")),
        sa.UniqueConstraint("case_id", "uid", name=op.f("uq_assessments_case_id_uid")),
    )
    with op.batch_alter_table("assessments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_assessments_case_id"), ["case_id"], unique=False)

    op.create_table(
        "baton_events",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("person_name", sa.Text(), nullable=False),
        sa.Column("person_organisation", sa.Text(), nullable=False),
        sa.Column("person_role", sa.Text(), nullable=False),
        sa.Column("person_contact", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_baton_events_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_baton_events")),
        sa.UniqueConstraint("case_id", "uid", name=op.f("uq_baton_events_case_id_uid")),
    )
    with op.batch_alter_table("baton_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_baton_events_case_id"), ["case_id"], unique=False)

    op.create_table(
        "case_search_keys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_case_search_keys_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_search_keys")),
    )
    with op.batch_alter_table("case_search_keys", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_search_keys_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_case_search_keys_key"), ["key"], unique=False)

    op.create_table(
        "consents",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=False),
        sa.Column("revoked_on", sa.Date(), nullable=True),
        sa.Column("revocation_note", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_consents_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consents")),
        sa.UniqueConstraint("case_id", "uid", name=op.f("uq_consents_case_id_uid")),
    )
    with op.batch_alter_table("consents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consents_case_id"), ["case_id"], unique=False)

    op.create_table(
        "custodians",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("relation", sa.Text(), nullable=False),
        sa.Column("has_custody", sa.Boolean(), nullable=False),
        sa.Column("contact", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_custodians_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_custodians")),
        sa.UniqueConstraint("case_id", "uid", name=op.f("uq_custodians_case_id_uid")),
    )
    with op.batch_alter_table("custodians", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_custodians_case_id"), ["case_id"], unique=False)

    op.create_table(
        "drafts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_drafts_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_drafts")),
        sa.UniqueConstraint("case_id", "key", name=op.f("uq_drafts_case_id_key")),
    )
    with op.batch_alter_table("drafts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_drafts_case_id"), ["case_id"], unique=False)

    op.create_table(
        "eye_on_child",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("since", sa.Date(), nullable=False),
        sa.Column("person_name", sa.Text(), nullable=False),
        sa.Column("person_organisation", sa.Text(), nullable=False),
        sa.Column("person_role", sa.Text(), nullable=False),
        sa.Column("person_contact", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_eye_on_child_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_eye_on_child")),
        sa.UniqueConstraint("case_id", "uid", name=op.f("uq_eye_on_child_case_id_uid")),
    )
    with op.batch_alter_table("eye_on_child", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_eye_on_child_case_id"), ["case_id"], unique=False)

    op.create_table(
        "joint_effort_settings",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("set_on", sa.Date(), nullable=False),
        sa.Column("persons", sa.JSON(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_joint_effort_settings_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_joint_effort_settings")),
        sa.UniqueConstraint("case_id", "uid", name=op.f("uq_joint_effort_settings_case_id_uid")),
    )
    with op.batch_alter_table("joint_effort_settings", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_joint_effort_settings_case_id"), ["case_id"], unique=False
        )

    op.create_table(
        "level_changes",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_level_changes_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_level_changes")),
        sa.UniqueConstraint("case_id", "uid", name=op.f("uq_level_changes_case_id_uid")),
    )
    with op.batch_alter_table("level_changes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_level_changes_case_id"), ["case_id"], unique=False)

    op.create_table(
        "log_entries",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("section", sa.String(length=32), nullable=False),
        sa.Column("entry_date", sa.Date(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("author", sa.Text(), nullable=False),
        sa.Column("internal", sa.Boolean(), nullable=False),
        sa.Column("yes", sa.Boolean(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("about_uid", sa.String(length=32), nullable=True),
        sa.Column("supersedes", sa.String(length=32), nullable=True),
        sa.Column("recorded_at", sa.String(length=32), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_log_entries_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_log_entries")),
        sa.UniqueConstraint("case_id", "uid", name=op.f("uq_log_entries_case_id_uid")),
    )
    with op.batch_alter_table("log_entries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_log_entries_case_id"), ["case_id"], unique=False)

    op.create_table(
        "meetings",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.String(length=32), nullable=False),
        sa.Column("place", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("agenda", sa.JSON(), nullable=False),
        sa.Column("next_meeting_on", sa.Date(), nullable=True),
        sa.Column("without_consent_49a", sa.Boolean(), nullable=False),
        sa.Column("follow_up_of_uid", sa.String(length=32), nullable=True),
        sa.Column("held", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_meetings_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meetings")),
        sa.UniqueConstraint("case_id", "uid", name=op.f("uq_meetings_case_id_uid")),
    )
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meetings_case_id"), ["case_id"], unique=False)

    op.create_table(
        "network_maps",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("made_on", sa.Date(), nullable=False),
        sa.Column("holder_name", sa.Text(), nullable=False),
        sa.Column("holder_organisation", sa.Text(), nullable=False),
        sa.Column("holder_role", sa.Text(), nullable=False),
        sa.Column("holder_contact", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_network_maps_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_network_maps")),
        sa.UniqueConstraint("case_id", "uid", name=op.f("uq_network_maps_case_id_uid")),
    )
    with op.batch_alter_table("network_maps", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_network_maps_case_id"), ["case_id"], unique=False)

    op.create_table(
        "notifications",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("form", sa.String(length=16), nullable=False),
        sa.Column("made_on", sa.Date(), nullable=False),
        sa.Column("notifier_name", sa.Text(), nullable=False),
        sa.Column("notifier_organisation", sa.Text(), nullable=False),
        sa.Column("notifier_role", sa.Text(), nullable=False),
        sa.Column("notifier_contact", sa.Text(), nullable=False),
        sa.Column("observed", sa.Text(), nullable=False),
        sa.Column("assumed", sa.Text(), nullable=False),
        sa.Column("signs", sa.JSON(), nullable=False),
        sa.Column("parents_informed", sa.Boolean(), nullable=False),
        sa.Column("parents_informed_on", sa.Date(), nullable=True),
        sa.Column("acknowledged_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_notifications_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notifications")),
        sa.UniqueConstraint("case_id", "uid", name=op.f("uq_notifications_case_id_uid")),
    )
    with op.batch_alter_table("notifications", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_notifications_case_id"), ["case_id"], unique=False)

    op.create_table(
        "observations",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("observed_on", sa.Date(), nullable=False),
        sa.Column("observer", sa.Text(), nullable=False),
        sa.Column("workplace", sa.Text(), nullable=False),
        sa.Column("signs", sa.JSON(), nullable=False),
        sa.Column("internal", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_observations_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_observations")),
        sa.UniqueConstraint("case_id", "uid", name=op.f("uq_observations_case_id_uid")),
    )
    with op.batch_alter_table("observations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_observations_case_id"), ["case_id"], unique=False)

    op.create_table(
        "siblings",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_siblings_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_siblings")),
        sa.UniqueConstraint("case_id", "uid", name=op.f("uq_siblings_case_id_uid")),
    )
    with op.batch_alter_table("siblings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_siblings_case_id"), ["case_id"], unique=False)

    op.create_table(
        "consent_givers",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("consent_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("relation", sa.Text(), nullable=False),
        sa.Column("is_child", sa.Boolean(), nullable=False),
        sa.Column("signature_png", sa.LargeBinary(), nullable=True),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_consent_givers_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["consent_id"],
            ["consents.id"],
            name=op.f("fk_consent_givers_consent_id_consents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent_givers")),
        sa.UniqueConstraint("consent_id", "uid", name=op.f("uq_consent_givers_consent_id_uid")),
    )
    with op.batch_alter_table("consent_givers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consent_givers_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_consent_givers_consent_id"), ["consent_id"], unique=False
        )

    op.create_table(
        "consent_parties",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("consent_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_consent_parties_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["consent_id"],
            ["consents.id"],
            name=op.f("fk_consent_parties_consent_id_consents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent_parties")),
        sa.UniqueConstraint("consent_id", "uid", name=op.f("uq_consent_parties_consent_id_uid")),
    )
    with op.batch_alter_table("consent_parties", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consent_parties_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_consent_parties_consent_id"), ["consent_id"], unique=False
        )

    op.create_table(
        "entry_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("target_uid", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_entry_links_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["log_entries.id"],
            name=op.f("fk_entry_links_entry_id_log_entries"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_entry_links")),
    )
    with op.batch_alter_table("entry_links", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_entry_links_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_entry_links_entry_id"), ["entry_id"], unique=False)

    op.create_table(
        "map_actors",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("map_id", sa.Integer(), nullable=False),
        sa.Column("row", sa.String(length=16), nullable=False),
        sa.Column("column", sa.String(length=32), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("organisation", sa.Text(), nullable=False),
        sa.Column("contact", sa.Text(), nullable=False),
        sa.Column("effort", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_map_actors_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["map_id"],
            ["network_maps.id"],
            name=op.f("fk_map_actors_map_id_network_maps"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_map_actors")),
        sa.UniqueConstraint("map_id", "uid", name=op.f("uq_map_actors_map_id_uid")),
    )
    with op.batch_alter_table("map_actors", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_map_actors_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_map_actors_map_id"), ["map_id"], unique=False)

    op.create_table(
        "meeting_agreements",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("who", sa.Text(), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("by_when", sa.Date(), nullable=True),
        sa.Column("follow_up_by", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_meeting_agreements_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_meeting_agreements_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_agreements")),
        sa.UniqueConstraint("meeting_id", "uid", name=op.f("uq_meeting_agreements_meeting_id_uid")),
    )
    with op.batch_alter_table("meeting_agreements", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_meeting_agreements_case_id"), ["case_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_meeting_agreements_meeting_id"), ["meeting_id"], unique=False
        )

    op.create_table(
        "meeting_minutes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("point", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_meeting_minutes_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_meeting_minutes_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_minutes")),
        sa.UniqueConstraint(
            "meeting_id", "point", name=op.f("uq_meeting_minutes_meeting_id_point")
        ),
    )
    with op.batch_alter_table("meeting_minutes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_minutes_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_meeting_minutes_meeting_id"), ["meeting_id"], unique=False
        )

    op.create_table(
        "meeting_participants",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("organisation", sa.Text(), nullable=False),
        sa.Column("role", sa.Text(), nullable=False),
        sa.Column("responsibility", sa.Text(), nullable=False),
        sa.Column("decision_authority", sa.Text(), nullable=False),
        sa.Column("is_family", sa.Boolean(), nullable=False),
        sa.Column("invited", sa.Boolean(), nullable=False),
        sa.Column("attended", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_meeting_participants_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_meeting_participants_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_participants")),
        sa.UniqueConstraint(
            "meeting_id", "uid", name=op.f("uq_meeting_participants_meeting_id_uid")
        ),
    )
    with op.batch_alter_table("meeting_participants", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_meeting_participants_case_id"), ["case_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_meeting_participants_meeting_id"), ["meeting_id"], unique=False
        )

    op.create_table(
        "notification_answers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("notification_id", sa.Integer(), nullable=False),
        sa.Column("section", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_notification_answers_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["notification_id"],
            ["notifications.id"],
            name=op.f("fk_notification_answers_notification_id_notifications"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notification_answers")),
        sa.UniqueConstraint(
            "notification_id",
            "section",
            name=op.f("uq_notification_answers_notification_id_section"),
        ),
    )
    with op.batch_alter_table("notification_answers", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_notification_answers_case_id"), ["case_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_notification_answers_notification_id"), ["notification_id"], unique=False
        )

    op.create_table(
        "observation_answers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("observation_id", sa.Integer(), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_observation_answers_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["observation_id"],
            ["observations.id"],
            name=op.f("fk_observation_answers_observation_id_observations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_observation_answers")),
        sa.UniqueConstraint(
            "observation_id",
            "question",
            name=op.f("uq_observation_answers_observation_id_question"),
        ),
    )
    with op.batch_alter_table("observation_answers", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_observation_answers_case_id"), ["case_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_observation_answers_observation_id"), ["observation_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("observation_answers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_observation_answers_observation_id"))
        batch_op.drop_index(batch_op.f("ix_observation_answers_case_id"))

    op.drop_table("observation_answers")
    with op.batch_alter_table("notification_answers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_notification_answers_notification_id"))
        batch_op.drop_index(batch_op.f("ix_notification_answers_case_id"))

    op.drop_table("notification_answers")
    with op.batch_alter_table("meeting_participants", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_participants_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_meeting_participants_case_id"))

    op.drop_table("meeting_participants")
    with op.batch_alter_table("meeting_minutes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_minutes_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_meeting_minutes_case_id"))

    op.drop_table("meeting_minutes")
    with op.batch_alter_table("meeting_agreements", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_agreements_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_meeting_agreements_case_id"))

    op.drop_table("meeting_agreements")
    with op.batch_alter_table("map_actors", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_map_actors_map_id"))
        batch_op.drop_index(batch_op.f("ix_map_actors_case_id"))

    op.drop_table("map_actors")
    with op.batch_alter_table("entry_links", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_entry_links_entry_id"))
        batch_op.drop_index(batch_op.f("ix_entry_links_case_id"))

    op.drop_table("entry_links")
    with op.batch_alter_table("consent_parties", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consent_parties_consent_id"))
        batch_op.drop_index(batch_op.f("ix_consent_parties_case_id"))

    op.drop_table("consent_parties")
    with op.batch_alter_table("consent_givers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consent_givers_consent_id"))
        batch_op.drop_index(batch_op.f("ix_consent_givers_case_id"))

    op.drop_table("consent_givers")
    with op.batch_alter_table("siblings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_siblings_case_id"))

    op.drop_table("siblings")
    with op.batch_alter_table("observations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_observations_case_id"))

    op.drop_table("observations")
    with op.batch_alter_table("notifications", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_notifications_case_id"))

    op.drop_table("notifications")
    with op.batch_alter_table("network_maps", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_network_maps_case_id"))

    op.drop_table("network_maps")
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meetings_case_id"))

    op.drop_table("meetings")
    with op.batch_alter_table("log_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_log_entries_case_id"))

    op.drop_table("log_entries")
    with op.batch_alter_table("level_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_level_changes_case_id"))

    op.drop_table("level_changes")
    with op.batch_alter_table("joint_effort_settings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_joint_effort_settings_case_id"))

    op.drop_table("joint_effort_settings")
    with op.batch_alter_table("eye_on_child", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_eye_on_child_case_id"))

    op.drop_table("eye_on_child")
    with op.batch_alter_table("drafts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_drafts_case_id"))

    op.drop_table("drafts")
    with op.batch_alter_table("custodians", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_custodians_case_id"))

    op.drop_table("custodians")
    with op.batch_alter_table("consents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consents_case_id"))

    op.drop_table("consents")
    with op.batch_alter_table("case_search_keys", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_search_keys_key"))
        batch_op.drop_index(batch_op.f("ix_case_search_keys_case_id"))

    op.drop_table("case_search_keys")
    with op.batch_alter_table("baton_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_baton_events_case_id"))

    op.drop_table("baton_events")
    with op.batch_alter_table("assessments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assessments_case_id"))

    op.drop_table("assessments")
    with op.batch_alter_table("actor_rows", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_actor_rows_case_id"))

    op.drop_table("actor_rows")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cases_uid"))
        batch_op.drop_index(batch_op.f("ix_cases_next_deadline_on"))
        batch_op.drop_index(batch_op.f("ix_cases_name_key"))
        batch_op.drop_index(batch_op.f("ix_cases_cpr_digits"))
        batch_op.drop_index("ix_cases_closed_on")

    op.drop_table("cases")
