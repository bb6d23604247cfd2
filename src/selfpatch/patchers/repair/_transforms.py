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

from collections.abc import Callable, Iterator

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
from selfpatch.patchers.repair._kept_match import kept_match_edits
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
    layered_sort_edits,
    order_edits,
    reversal_edits,
    stack_order_edits,
    sweep_order_edits,
    unsorted_bisect_edits,
)
from selfpatch.patchers.repair._paired_index import paired_index_edits
from selfpatch.patchers.repair._parallel import parallel_edits
from selfpatch.patchers.repair._partner import partner_shift_edits
from selfpatch.patchers.repair._picks import running_pick_edits
from selfpatch.patchers.repair._pitfalls import pitfall_edits
from selfpatch.patchers.repair._precedence import first_match_edits
from selfpatch.patchers.repair._prefix import recursive_prefix_edits
from selfpatch.patchers.repair._rebase import rebase_edits
from selfpatch.patchers.repair._recency import recency_edits
from selfpatch.patchers.repair._refresh import refresh_call_edits
from selfpatch.patchers.repair._remainder import remainder_edits, taken_length_edits
from selfpatch.patchers.repair._restart import restart_edits
from selfpatch.patchers.repair._roundtrip import undone_offset_edits
from selfpatch.patchers.repair._rows import previous_row_edits
from selfpatch.patchers.repair._sentinel import (
    no_data_edits,
    parameter_return_edits,
    sentinel_edits,
)
from selfpatch.patchers.repair._shadowed import local_view_edits
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
from selfpatch.patchers.repair._transfer import dropped_transfer_edits
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


FAMILIES: tuple[Callable[[Ctx], Iterator[Edit]], ...] = (
    expression_edits,
    name_swaps,
    condition_edits,
    neighbour_guard_edits,
    sibling_guard_edits,
    sibling_filter_edits,
    sibling_comprehension_filter_edits,
    sibling_clause_edits,
    statement_order_edits,
    check_after_add_edits,
    heapify_edits,
    guard_edits,
    comprehension_guard_edits,
    none_guard_edits,
    none_return_edits,
    dropped_none_edits,
    expiry_edits,
    sliding_deadline_edits,
    empty_text_edits,
    blank_line_edits,
    blank_text_edits,
    empty_piece_edits,
    vacuous_all_edits,
    none_coalesce_edits,
    zero_fallback_edits,
    record_field_edits,
    handler_edits,
    analogy_edits,
    sibling_version_edits,
    kept_value_edits,
    recursive_prefix_edits,
    disagreeing_test_edits,
    in_progress_edits,
    missing_root_edits,
    neighbour_offset_edits,
    stack_top_edits,
    json_edits,
    unused_clause_edits,
    unused_term_edits,
    unused_limit_edits,
    unused_constant_limit_edits,
    unused_parameter_limit_edits,
    unused_field_edits,
    idle_clause_edits,
    idle_factor_edits,
    unread_field_edits,
    wrap_call_edits,
    sibling_wrap_edits,
    missing_clamp_edits,
    ceiling_edits,
    band_share_edits,
    evidence_call_edits,
    unit_scale_edits,
    unit_direction_edits,
    keyed_call_edits,
    misfilled_argument_edits,
    source_order_edits,
    length_edits,
    normal_key_edits,
    caller_key_edits,
    key_path_edits,
    abs_edits,
    signed_count_edits,
    conversion_edits,
    case_edits,
    documented_fold_edits,
    case_fold_edits,
    unhandled_kind_edits,
    escape_test_edits,
    character_class_edits,
    reversal_edits,
    order_edits,
    unsorted_bisect_edits,
    canonical_payload_edits,
    key_text_edits,
    copy_edits,
    in_place_edits,
    outbound_copy_edits,
    inverse_edits,
    bulk_inverse_edits,
    booked_total_edits,
    mirrored_edits,
    chained_bound_edits,
    attribute_twin_edits,
    twin_line_edits,
    branch_edits,
    per_key_wipe_edits,
    companion_drop_edits,
    transition_reset_edits,
    excluded_set_edits,
    shared_keys_walk_edits,
    crossed_symbol_edits,
    pitfall_edits,
    unspent_budget_edits,
    recency_edits,
    documented_bound_edits,
    broken_streak_edits,
    composite_key_edits,
    worklist_refill_edits,
    state_edits,
    parallel_edits,
    partner_shift_edits,
    repeated_cell_edits,
    bound_twin_edits,
    twice_named_edits,
    pushed_marker_edits,
    last_item_merge_edits,
    sweep_order_edits,
    layered_sort_edits,
    stack_order_edits,
    stale_container_edits,
    previous_row_edits,
    refresh_call_edits,
    sentinel_edits,
    no_data_edits,
    parameter_return_edits,
    missing_bound_edits,
    window_length_edits,
    shared_budget_edits,
    consumed_advance_edits,
    restart_edits,
    tripped_counter_edits,
    mutated_iteration_edits,
    first_match_edits,
    fresh_state_edits,
    settled_parameter_edits,
    unread_input_field_edits,
    unread_local_edits,
    documented_offset_edits,
    documented_marker_edits,
    documented_member_edits,
    documented_magnitude_edits,
    documented_refusal_edits,
    table_edits,
    term_edits,
    remainder_edits,
    taken_length_edits,
    wrapped_offset_edits,
    register_mask_edits,
    walked_size_edits,
    tested_field_edits,
    carried_condition_edits,
    chained_none_edits,
    running_extreme_edits,
    running_pick_edits,
    overwritten_accumulator_edits,
    cursor_advance_edits,
    closing_delimiter_edits,
    frozen_counter_edits,
    frozen_previous_edits,
    released_latch_edits,
    rebase_edits,
    local_view_edits,
    undone_offset_edits,
    kept_match_edits,
    paired_index_edits,
    dropped_transfer_edits,
    leaked_iterate_edits,
    skipped_reset_edits,
    measured_bound_edits,
    last_round_edits,
    missing_undo_edits,
    branch_cleanup_edits,
    tally_edits,
    follow_up_edits,
    normalised_probe_edits,
    exact_name_edits,
)
"""Every family of edits, in the order their edits are offered (ties in rank keep it)."""


def _family_edits(ctx: Ctx) -> Iterator[Edit]:
    for family in FAMILIES:
        yield from family(ctx)
