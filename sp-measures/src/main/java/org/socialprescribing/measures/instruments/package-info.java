/**
 * The built-in instruments, one class each, with their sources: {@link
 * org.socialprescribing.measures.instruments.Ons4}, {@link org.socialprescribing.measures.instruments.Wemwbs}, {@link
 * org.socialprescribing.measures.instruments.Swemwbs}, {@link org.socialprescribing.measures.instruments.Ucla3},
 * {@link org.socialprescribing.measures.instruments.OnsLoneliness}, {@link
 * org.socialprescribing.measures.instruments.Phq9}, {@link org.socialprescribing.measures.instruments.Gad7} and the
 * record-only {@link org.socialprescribing.measures.instruments.Pam}. No item wording ships here.
 */
@NullMarked
package org.socialprescribing.measures.instruments;

import org.jspecify.annotations.NullMarked;
