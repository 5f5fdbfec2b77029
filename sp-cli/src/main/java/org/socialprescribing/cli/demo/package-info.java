/** {@code sp demo}: an end-to-end tour of the SDK on an invented cohort. */
@NullMarked
package org.socialprescribing.cli.demo;

import org.jspecify.annotations.NullMarked;
