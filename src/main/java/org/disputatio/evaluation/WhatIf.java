package org.disputatio.evaluation;

import java.util.List;

/**
 * The difference rejecting some sources makes, claim ids in map order.
 *
 * @param lostGrounding grounded before, not grounded after
 * @param changedLabel a different grounded label after
 * @param changedStrength strength moved by more than the policy's threshold, or converged on one side only
 */
public record WhatIf(
        List<String> rejected, List<String> lostGrounding, List<String> changedLabel, List<String> changedStrength) {}
