/**
 * Test fixtures for the SDK's values: jqwik generators ({@link org.socialprescribing.testkit.SpArbitraries}) and a
 * seeded synthetic cohort ({@link org.socialprescribing.testkit.SyntheticCohort}), for the SDK's own tests and for
 * vendors' (add {@code sp-testkit} in test scope). Everything is invented: no real person, practice or service.
 */
@NullMarked
package org.socialprescribing.testkit;

import org.jspecify.annotations.NullMarked;
