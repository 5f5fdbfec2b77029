/**
 * The personalised care workforce: social prescribing link workers and the other personalised care roles
 * (community builders, health and wellbeing coaches, care coordinators, care navigators), how link workers are
 * employed and deployed, and {@link org.socialprescribing.model.workforce.ProfessionalRef}, the reference to a
 * professional that referrals, status events and contacts carry.
 */
@NullMarked
package org.socialprescribing.model.workforce;

import org.jspecify.annotations.NullMarked;
