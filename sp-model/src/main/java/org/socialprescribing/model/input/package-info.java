/**
 * Bounded input: the limits every SDK reader applies to untrusted input ({@link
 * org.socialprescribing.model.input.InputLimits}), checked while the input streams in, never after it has all been
 * read. {@link org.socialprescribing.model.input.BoundedInput} bounds bytes; {@link
 * org.socialprescribing.model.input.BoundedJson} gives Jackson parsers that enforce every JSON limit. A broken limit
 * is an {@link org.socialprescribing.model.input.InputLimitException}, which each reader reports as its own error
 * type.
 */
@NullMarked
package org.socialprescribing.model.input;

import org.jspecify.annotations.NullMarked;
