"""The action layer: the only way the editorial record changes (Zulip's `do_*` functions).

Admin pages, management commands, bulk imports, article ingest, the demo and the test
factories all call these. Each action checks the permission table (factdb.policy) for
its actor and the object's state, enforces the editorial rules, writes in one
transaction, and is recorded with its actor in the audit trail.
"""

from claims.actions.appearances import do_change_appearance, do_publish_appearance, do_remove_appearance
from claims.actions.capture import CaptureBatch, Captured, do_capture_appearance, do_capture_claim, topic_for
from claims.actions.claims import do_change_claim, do_delete_claim, do_set_claim_visibility, do_set_topics
from claims.actions.ratings import do_delete_rating, do_delete_rating_scale, do_save_rating, do_save_rating_scale
from claims.actions.topics import do_change_topic, do_create_topic, do_delete_topic
from claims.actions.verdicts import (
    EvidenceChanges,
    do_add_evidence,
    do_approve_fact_check,
    do_change_evidence,
    do_draft_fact_check,
    do_remove_evidence,
    do_revise_fact_check,
)
from claims.actions.workflow import STEPS, available_steps, do_step, do_steps

__all__ = [
    "STEPS",
    "CaptureBatch",
    "Captured",
    "EvidenceChanges",
    "available_steps",
    "do_add_evidence",
    "do_approve_fact_check",
    "do_capture_appearance",
    "do_capture_claim",
    "do_change_appearance",
    "do_change_claim",
    "do_change_evidence",
    "do_change_topic",
    "do_create_topic",
    "do_delete_claim",
    "do_delete_rating",
    "do_delete_rating_scale",
    "do_delete_topic",
    "do_draft_fact_check",
    "do_publish_appearance",
    "do_remove_appearance",
    "do_remove_evidence",
    "do_revise_fact_check",
    "do_save_rating",
    "do_save_rating_scale",
    "do_set_claim_visibility",
    "do_set_topics",
    "do_step",
    "do_steps",
    "topic_for",
]
