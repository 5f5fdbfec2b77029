/**
 * VCSE services people are referred or signposted to: {@link org.socialprescribing.model.service.Service} with
 * its provider, categories from the SDK's service taxonomy, delivery modes, locations, schedules, eligibility,
 * cost, capacity, referral route and contacts. Shaped so that Open Referral UK (HSDS 3.0) {@code service},
 * {@code location}, {@code schedule} and {@code cost_option} records and FHIR {@code HealthcareService} map onto
 * it; {@code docs/model.md} lists the field correspondences.
 */
@NullMarked
package org.socialprescribing.model.service;

import org.jspecify.annotations.NullMarked;
