/**
 * Coded vocabulary: {@link org.socialprescribing.model.coding.CodedConcept} (code system, code and display),
 * {@link org.socialprescribing.model.coding.CodedText} (a concept, free text or both, as the PRSB standard pairs
 * them), the code-system URIs the SDK uses ({@link org.socialprescribing.model.coding.CodeSystems}) and the
 * verified SNOMED CT concepts for social prescribing ({@link org.socialprescribing.model.coding.Snomed}).
 */
@NullMarked
package org.socialprescribing.model.coding;

import org.jspecify.annotations.NullMarked;
