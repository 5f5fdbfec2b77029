/**
 * Outcome instruments in FHIR R4, in the style of Structured Data Capture (SDC): a {@code Questionnaire} for every
 * sp-measures instrument and licensee Outcomes Star ({@link
 * org.socialprescribing.fhir.questionnaire.InstrumentQuestionnaires}), scoring of any {@code QuestionnaireResponse}
 * to them, and of LOINC-coded PHQ-9 and GAD-7 responses from other systems, into score {@code Observation}s ({@link
 * org.socialprescribing.fhir.questionnaire.QuestionnaireResponseScorer}),
 * the lossless mapping of sp-model's {@link org.socialprescribing.model.measure.OutcomeMeasurement} to and from
 * those resources ({@link org.socialprescribing.fhir.questionnaire.OutcomeMeasurementMapper}), and the instruments'
 * code systems ({@link org.socialprescribing.fhir.questionnaire.InstrumentCodeSystems}). Canonical URLs are in {@link
 * org.socialprescribing.fhir.questionnaire.MeasurementCanonicals}.
 *
 * <p>No item wording ships: questions carry neutral placeholders unless a licensee supplies the wording.
 */
@NullMarked
package org.socialprescribing.fhir.questionnaire;

import org.jspecify.annotations.NullMarked;
