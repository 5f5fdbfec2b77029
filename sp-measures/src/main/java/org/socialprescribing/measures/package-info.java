/**
 * Instruments and their scoring: an {@link org.socialprescribing.measures.Instrument} describes items, licence and
 * citation; an {@link org.socialprescribing.measures.InstrumentRegistry} finds instruments by id (built-in ones and
 * extras found through {@link org.socialprescribing.measures.InstrumentProvider}); a {@link
 * org.socialprescribing.measures.Scorer} scores one response, and its {@link
 * org.socialprescribing.measures.BatchScorer} scores primitive arrays of millions of responses with the same rules.
 *
 * <p>Item wording is never part of an instrument: it is data a licensee supplies ({@link
 * org.socialprescribing.measures.ItemText}) where the licence allows.
 */
@NullMarked
package org.socialprescribing.measures;

import org.jspecify.annotations.NullMarked;
