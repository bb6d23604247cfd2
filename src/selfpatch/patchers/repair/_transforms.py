"""Candidate edits at one site (a statement on a suspicious line), one generator per family of
real small bugs: operators, off-by-one, wrong variable/attribute/key, swapped operands, wrong or
missing condition, missing guard or exception handler, missing state update or call (by analogy
with sibling code), statement order, a missing keyword argument of a well-known API, a JSON
string where a mapping is used, and literals mined from the failure evidence.

Each edit carries a prior: how often that shape of fix is the right one (see repair-notes.md).
Priors are relative; the engine multiplies them by the line's suspiciousness. Each family lives
in a module of its own, named for it (the imports below list them; _hangs holds the engine's
ordering); this module puts them together, and _twins repeats an edit at every copy of the code
it changes.
"""

from __future__ import annotations

from collections.abc import Iterator

from selfpatch.patchers.repair._accumulate import overwritten_accumulator_edits
from selfpatch.patchers.repair._alias import copy_edits, outbound_copy_edits
from selfpatch.patchers.repair._backtrack import in_progress_edits, missing_undo_edits
from selfpatch.patchers.repair._bookkeeping import booked_total_edits, bulk_inverse_edits
from selfpatch.patchers.repair._bound_twins import bound_twin_edits
from selfpatch.patchers.repair._bounds import measured_bound_edits
from selfpatch.patchers.repair._budget import shared_budget_edits
from selfpatch.patchers.repair._case import (
    case_edits,
    case_fold_edits,
    character_class_edits,
    documented_fold_edits,
    escape_test_edits,
)
from selfpatch.patchers.repair._cells import repeated_cell_edits
from selfpatch.patchers.repair._clamp import band_share_edits, ceiling_edits, missing_clamp_edits
from selfpatch.patchers.repair._cleanup import branch_cleanup_edits
from selfpatch.patchers.repair._common import Ctx
from selfpatch.patchers.repair._convert import conversion_edits
from selfpatch.patchers.repair._delimiters import closing_delimiter_edits
from selfpatch.patchers.repair._disagree import disagreeing_test_edits
from selfpatch.patchers.repair._documented import (
    documented_magnitude_edits,
    documented_marker_edits,
    documented_member_edits,
    documented_offset_edits,
    documented_refusal_edits,
)
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._empty import (
    blank_line_edits,
    blank_text_edits,
    empty_piece_edits,
    empty_text_edits,
    none_coalesce_edits,
    vacuous_all_edits,
)
from selfpatch.patchers.repair._excluded import excluded_set_edits
from selfpatch.patchers.repair._expiry import expiry_edits, sliding_deadline_edits
from selfpatch.patchers.repair._fallback import zero_fallback_edits
from selfpatch.patchers.repair._fields import record_field_edits
from selfpatch.patchers.repair._follow_up import follow_up_edits
from selfpatch.patchers.repair._forward import misfilled_argument_edits
from selfpatch.patchers.repair._fresh import fresh_state_edits
from selfpatch.patchers.repair._guards import (
    comprehension_guard_edits,
    condition_edits,
    guard_edits,
    handler_edits,
    handler_widening_edits,
    json_edits,
    last_round_edits,
)
from selfpatch.patchers.repair._idle import idle_clause_edits, idle_factor_edits, unread_field_edits
from selfpatch.patchers.repair._inclusive import documented_bound_edits
from selfpatch.patchers.repair._inplace import in_place_edits
from selfpatch.patchers.repair._inverse import inverse_edits
from selfpatch.patchers.repair._keys import (
    caller_key_edits,
    composite_key_edits,
    key_path_edits,
    normal_key_edits,
)
from selfpatch.patchers.repair._latch import released_latch_edits
from selfpatch.patchers.repair._literals import (
    literal_edits,
    missing_member_edits,
    resolve_error_names,
    unhandled_kind_edits,
)
from selfpatch.patchers.repair._loops import (
    carried_condition_edits,
    chained_none_edits,
    cursor_advance_edits,
    frozen_counter_edits,
    frozen_previous_edits,
    leaked_iterate_edits,
    running_extreme_edits,
)
from selfpatch.patchers.repair._markers import pushed_marker_edits
from selfpatch.patchers.repair._masks import register_mask_edits
from selfpatch.patchers.repair._means import walked_size_edits
from selfpatch.patchers.repair._membership import exact_name_edits, normalised_probe_edits
from selfpatch.patchers.repair._mirror import (
    attribute_twin_edits,
    branch_edits,
    chained_bound_edits,
    mirrored_edits,
    twin_line_edits,
)
from selfpatch.patchers.repair._mutated import mutated_iteration_edits
from selfpatch.patchers.repair._names import name_swaps
from selfpatch.patchers.repair._neighbour import neighbour_guard_edits
from selfpatch.patchers.repair._normalized import settled_parameter_edits
from selfpatch.patchers.repair._nulls import dropped_none_edits
from selfpatch.patchers.repair._offsets import wrapped_offset_edits
from selfpatch.patchers.repair._ops import expression_edits
from selfpatch.patchers.repair._optional import none_guard_edits, none_return_edits
from selfpatch.patchers.repair._order import (
    canonical_payload_edits,
    key_text_edits,
    last_item_merge_edits,
    order_edits,
    reversal_edits,
    unsorted_bisect_edits,
)
from selfpatch.patchers.repair._parallel import parallel_edits
from selfpatch.patchers.repair._partner import partner_shift_edits
from selfpatch.patchers.repair._picks import running_pick_edits
from selfpatch.patchers.repair._pitfalls import pitfall_edits
from selfpatch.patchers.repair._precedence import first_match_edits
from selfpatch.patchers.repair._prefix import recursive_prefix_edits
from selfpatch.patchers.repair._recency import recency_edits
from selfpatch.patchers.repair._refresh import refresh_call_edits
from selfpatch.patchers.repair._remainder import remainder_edits, taken_length_edits
from selfpatch.patchers.repair._restart import restart_edits
from selfpatch.patchers.repair._rows import previous_row_edits
from selfpatch.patchers.repair._sentinel import (
    no_data_edits,
    parameter_return_edits,
    sentinel_edits,
)
from selfpatch.patchers.repair._sibling_guard import (
    sibling_clause_edits,
    sibling_comprehension_filter_edits,
    sibling_filter_edits,
    sibling_guard_edits,
)
from selfpatch.patchers.repair._skip import skipped_reset_edits
from selfpatch.patchers.repair._slices import (
    consumed_advance_edits,
    missing_bound_edits,
    window_length_edits,
)
from selfpatch.patchers.repair._spent import unspent_budget_edits
from selfpatch.patchers.repair._stale import stale_container_edits
from selfpatch.patchers.repair._state import state_edits
from selfpatch.patchers.repair._statements import (
    analogy_edits,
    check_after_add_edits,
    heapify_edits,
    kept_value_edits,
    sibling_version_edits,
    statement_order_edits,
)
from selfpatch.patchers.repair._streaks import broken_streak_edits
from selfpatch.patchers.repair._symbols import crossed_symbol_edits
from selfpatch.patchers.repair._tables import table_edits
from selfpatch.patchers.repair._tally import tally_edits
from selfpatch.patchers.repair._terms import neighbour_offset_edits, term_edits
from selfpatch.patchers.repair._tested_field import tested_field_edits
from selfpatch.patchers.repair._top import stack_top_edits
from selfpatch.patchers.repair._transitions import transition_reset_edits
from selfpatch.patchers.repair._tripped import tripped_counter_edits
from selfpatch.patchers.repair._twice_named import twice_named_edits
from selfpatch.patchers.repair._twins import twin_edit
from selfpatch.patchers.repair._union import shared_keys_walk_edits
from selfpatch.patchers.repair._units import unit_direction_edits
from selfpatch.patchers.repair._unread import unread_input_field_edits, unread_local_edits
from selfpatch.patchers.repair._unused import (
    unused_clause_edits,
    unused_constant_limit_edits,
    unused_field_edits,
    unused_limit_edits,
    unused_parameter_limit_edits,
    unused_term_edits,
)
from selfpatch.patchers.repair._wipes import companion_drop_edits, per_key_wipe_edits
from selfpatch.patchers.repair._worklist import worklist_refill_edits
from selfpatch.patchers.repair._wrap import (
    abs_edits,
    evidence_call_edits,
    keyed_call_edits,
    length_edits,
    missing_root_edits,
    sibling_wrap_edits,
    signed_count_edits,
    source_order_edits,
    unit_scale_edits,
    wrap_call_edits,
)

__all__ = [
    "Ctx",
    "handler_widening_edits",
    "literal_edits",
    "missing_member_edits",
    "resolve_error_names",
    "site_edits",
]


def site_edits(ctx: Ctx) -> Iterator[Edit]:
    """Every candidate edit at one site, and its twin where the statement repeats the code
    it changes."""
    twins: set[str] = set()
    for edit in _family_edits(ctx):
        yield edit
        twin = twin_edit(ctx, edit)
        if twin is not None and twin.description not in twins:
            twins.add(twin.description)
            yield twin


def _family_edits(ctx: Ctx) -> Iterator[Edit]:
    yield from expression_edits(ctx)
    yield from name_swaps(ctx)
    yield from condition_edits(ctx)
    yield from neighbour_guard_edits(ctx)
    yield from sibling_guard_edits(ctx)
    yield from sibling_filter_edits(ctx)
    yield from sibling_comprehension_filter_edits(ctx)
    yield from sibling_clause_edits(ctx)
    yield from statement_order_edits(ctx)
    yield from check_after_add_edits(ctx)
    yield from heapify_edits(ctx)
    yield from guard_edits(ctx)
    yield from comprehension_guard_edits(ctx)
    yield from none_guard_edits(ctx)
    yield from none_return_edits(ctx)
    yield from dropped_none_edits(ctx)
    yield from expiry_edits(ctx)
    yield from sliding_deadline_edits(ctx)
    yield from empty_text_edits(ctx)
    yield from blank_line_edits(ctx)
    yield from blank_text_edits(ctx)
    yield from empty_piece_edits(ctx)
    yield from vacuous_all_edits(ctx)
    yield from none_coalesce_edits(ctx)
    yield from zero_fallback_edits(ctx)
    yield from record_field_edits(ctx)
    yield from handler_edits(ctx)
    yield from analogy_edits(ctx)
    yield from sibling_version_edits(ctx)
    yield from kept_value_edits(ctx)
    yield from recursive_prefix_edits(ctx)
    yield from disagreeing_test_edits(ctx)
    yield from in_progress_edits(ctx)
    yield from missing_root_edits(ctx)
    yield from neighbour_offset_edits(ctx)
    yield from stack_top_edits(ctx)
    yield from json_edits(ctx)
    yield from unused_clause_edits(ctx)
    yield from unused_term_edits(ctx)
    yield from unused_limit_edits(ctx)
    yield from unused_constant_limit_edits(ctx)
    yield from unused_parameter_limit_edits(ctx)
    yield from unused_field_edits(ctx)
    yield from idle_clause_edits(ctx)
    yield from idle_factor_edits(ctx)
    yield from unread_field_edits(ctx)
    yield from wrap_call_edits(ctx)
    yield from sibling_wrap_edits(ctx)
    yield from missing_clamp_edits(ctx)
    yield from ceiling_edits(ctx)
    yield from band_share_edits(ctx)
    yield from evidence_call_edits(ctx)
    yield from unit_scale_edits(ctx)
    yield from unit_direction_edits(ctx)
    yield from keyed_call_edits(ctx)
    yield from misfilled_argument_edits(ctx)
    yield from source_order_edits(ctx)
    yield from length_edits(ctx)
    yield from normal_key_edits(ctx)
    yield from caller_key_edits(ctx)
    yield from key_path_edits(ctx)
    yield from abs_edits(ctx)
    yield from signed_count_edits(ctx)
    yield from conversion_edits(ctx)
    yield from case_edits(ctx)
    yield from documented_fold_edits(ctx)
    yield from case_fold_edits(ctx)
    yield from unhandled_kind_edits(ctx)
    yield from escape_test_edits(ctx)
    yield from character_class_edits(ctx)
    yield from reversal_edits(ctx)
    yield from order_edits(ctx)
    yield from unsorted_bisect_edits(ctx)
    yield from canonical_payload_edits(ctx)
    yield from key_text_edits(ctx)
    yield from copy_edits(ctx)
    yield from in_place_edits(ctx)
    yield from outbound_copy_edits(ctx)
    yield from inverse_edits(ctx)
    yield from bulk_inverse_edits(ctx)
    yield from booked_total_edits(ctx)
    yield from mirrored_edits(ctx)
    yield from chained_bound_edits(ctx)
    yield from attribute_twin_edits(ctx)
    yield from twin_line_edits(ctx)
    yield from branch_edits(ctx)
    yield from per_key_wipe_edits(ctx)
    yield from companion_drop_edits(ctx)
    yield from transition_reset_edits(ctx)
    yield from excluded_set_edits(ctx)
    yield from shared_keys_walk_edits(ctx)
    yield from crossed_symbol_edits(ctx)
    yield from pitfall_edits(ctx)
    yield from unspent_budget_edits(ctx)
    yield from recency_edits(ctx)
    yield from documented_bound_edits(ctx)
    yield from broken_streak_edits(ctx)
    yield from composite_key_edits(ctx)
    yield from worklist_refill_edits(ctx)
    yield from state_edits(ctx)
    yield from parallel_edits(ctx)
    yield from partner_shift_edits(ctx)
    yield from repeated_cell_edits(ctx)
    yield from bound_twin_edits(ctx)
    yield from twice_named_edits(ctx)
    yield from pushed_marker_edits(ctx)
    yield from last_item_merge_edits(ctx)
    yield from stale_container_edits(ctx)
    yield from previous_row_edits(ctx)
    yield from refresh_call_edits(ctx)
    yield from sentinel_edits(ctx)
    yield from no_data_edits(ctx)
    yield from parameter_return_edits(ctx)
    yield from missing_bound_edits(ctx)
    yield from window_length_edits(ctx)
    yield from shared_budget_edits(ctx)
    yield from consumed_advance_edits(ctx)
    yield from restart_edits(ctx)
    yield from tripped_counter_edits(ctx)
    yield from mutated_iteration_edits(ctx)
    yield from first_match_edits(ctx)
    yield from fresh_state_edits(ctx)
    yield from settled_parameter_edits(ctx)
    yield from unread_input_field_edits(ctx)
    yield from unread_local_edits(ctx)
    yield from documented_offset_edits(ctx)
    yield from documented_marker_edits(ctx)
    yield from documented_member_edits(ctx)
    yield from documented_magnitude_edits(ctx)
    yield from documented_refusal_edits(ctx)
    yield from table_edits(ctx)
    yield from term_edits(ctx)
    yield from remainder_edits(ctx)
    yield from taken_length_edits(ctx)
    yield from wrapped_offset_edits(ctx)
    yield from register_mask_edits(ctx)
    yield from walked_size_edits(ctx)
    yield from tested_field_edits(ctx)
    yield from carried_condition_edits(ctx)
    yield from chained_none_edits(ctx)
    yield from running_extreme_edits(ctx)
    yield from running_pick_edits(ctx)
    yield from overwritten_accumulator_edits(ctx)
    yield from cursor_advance_edits(ctx)
    yield from closing_delimiter_edits(ctx)
    yield from frozen_counter_edits(ctx)
    yield from frozen_previous_edits(ctx)
    yield from released_latch_edits(ctx)
    yield from leaked_iterate_edits(ctx)
    yield from skipped_reset_edits(ctx)
    yield from measured_bound_edits(ctx)
    yield from last_round_edits(ctx)
    yield from missing_undo_edits(ctx)
    yield from branch_cleanup_edits(ctx)
    yield from tally_edits(ctx)
    yield from follow_up_edits(ctx)
    yield from normalised_probe_edits(ctx)
    yield from exact_name_edits(ctx)
