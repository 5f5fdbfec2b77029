/**
 * Local instruments as data: a scheme's own summed scale (e.g. a tool adapted for children or for people with
 * cognitive impairment) declared in JSON, checked when read by {@link
 * org.socialprescribing.measures.local.LocalInstruments}, and scored by the same engine as the built-in instruments.
 */
@NullMarked
package org.socialprescribing.measures.local;

import org.jspecify.annotations.NullMarked;
