/** Implementation details of sp-measures; not API, may change without notice. */
@NullMarked
package org.socialprescribing.measures.internal;

import org.jspecify.annotations.NullMarked;
