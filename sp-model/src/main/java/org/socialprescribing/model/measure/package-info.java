/**
 * Outcome measurements and the score results that sp-measures computes and sp-fhir and the CLI exchange:
 * {@link org.socialprescribing.model.measure.InstrumentId}, {@link org.socialprescribing.model.measure.ScoreResult}
 * with its {@link org.socialprescribing.model.measure.ScoreComponent components}, and {@link
 * org.socialprescribing.model.measure.OutcomeMeasurement} (instrument, {@link
 * org.socialprescribing.model.measure.Timepoint timepoint}, date, {@link org.socialprescribing.model.measure.Collector
 * collector}, answers, score). Scoring rules live in sp-measures, not here.
 */
@NullMarked
package org.socialprescribing.model.measure;

import org.jspecify.annotations.NullMarked;
