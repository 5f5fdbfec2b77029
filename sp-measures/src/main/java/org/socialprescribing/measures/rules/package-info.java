/**
 * The scoring rules as published data: {@link org.socialprescribing.measures.rules.RuleDocuments} writes each
 * instrument's rule (items, ranges, missing-item rule, conversion table, bands, flags, thresholds and reliable change
 * with their sources and scales, rule version) as a versioned JSON document that follows the JSON Schema {@code
 * scoring-rule.schema.json}. The documents of the built-in instruments ship in this package's resources and a
 * conformance suite (CSV inputs and expected outputs) lets any implementation prove that it scores the same.
 */
@NullMarked
package org.socialprescribing.measures.rules;

import org.jspecify.annotations.NullMarked;
