/** JMH benchmarks of the SDK (not published). Run them as described in {@code docs/PERFORMANCE.md}. */
@NullMarked
package org.socialprescribing.bench;

import org.jspecify.annotations.NullMarked;
