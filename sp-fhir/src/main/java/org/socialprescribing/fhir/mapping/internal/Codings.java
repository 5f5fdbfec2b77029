package org.socialprescribing.fhir.mapping.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.coding.CodedConcept;
import org.socialprescribing.model.coding.CodedText;
import org.socialprescribing.model.coding.CodedValue;

/**
 * Coded values both ways: {@link CodedConcept} is a {@code Coding} (system, code, display), {@link CodedText} a
 * {@code CodeableConcept} with at most one coding and the free text as {@code text}, and a constant of an SDK
 * vocabulary a {@code Coding} of its code system.
 */
public final class Codings {

    /** An SDK vocabulary: its code system and its constants by code. */
    private record Vocabulary(String system, Map<String, CodedValue> byCode) {}

    /** Each SDK vocabulary, built once per enum: reading looks codes up for every Coding. */
    private static final ClassValue<Vocabulary> VOCABULARIES = new ClassValue<>() {
        @Override
        protected Vocabulary computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            Map<String, CodedValue> byCode = new HashMap<>();
            for (Object constant : constants) {
                CodedValue value = (CodedValue) constant;
                byCode.putIfAbsent(value.code(), value);
            }
            return new Vocabulary(((CodedValue) constants[0]).system(), Map.copyOf(byCode));
        }
    };

    private Codings() {}

    /**
     * A concept as a Coding.
     *
     * @param concept the concept
     * @return the Coding
     */
    public static Coding coding(CodedConcept concept) {
        return new Coding(concept.system(), concept.code(), concept.display().orElse(null));
    }

    /**
     * A constant of an SDK vocabulary as a Coding.
     *
     * @param value the constant
     * @return the Coding, with the constant's display
     */
    public static Coding coding(CodedValue value) {
        return new Coding(value.system(), value.code(), value.display());
    }

    /**
     * A coded text as a CodeableConcept.
     *
     * @param text the coded text
     * @return the CodeableConcept: one coding if the text has a concept, {@code text} if it has free text
     */
    public static CodeableConcept concept(CodedText text) {
        CodeableConcept concept = new CodeableConcept();
        text.concept().ifPresent(coded -> concept.addCoding(coding(coded)));
        text.text().ifPresent(concept::setText);
        return concept;
    }

    /**
     * A constant of an SDK vocabulary as a CodeableConcept.
     *
     * @param value the constant
     * @return the CodeableConcept with one coding
     */
    public static CodeableConcept concept(CodedValue value) {
        return new CodeableConcept(coding(value));
    }

    /**
     * Reads a Coding as a concept.
     *
     * @param reading the mapping state
     * @param coding the Coding, located
     * @return the concept
     * @throws org.socialprescribing.fhir.FhirFormatException if the system or code is absent or invalid
     */
    public static CodedConcept codedConcept(Reading reading, At<Coding> coding) {
        Coding node = coding.node();
        if (!node.hasSystem()) {
            throw reading.missing(coding.path() + ".system", "the code system");
        }
        if (!node.hasCode()) {
            throw reading.missing(coding.path() + ".code", "the code");
        }
        reading.use(node.getSystemElement());
        reading.use(node.getCodeElement());
        reading.use(node.hasDisplay() ? node.getDisplayElement() : null);
        String display = node.getDisplay(); // null also when the element holds only extensions
        return reading.build(
                coding.path(),
                () -> display == null
                        ? CodedConcept.of(node.getSystem(), node.getCode())
                        : CodedConcept.of(node.getSystem(), node.getCode(), display));
    }

    /**
     * Reads a CodeableConcept as a coded text. A second coding has no home and is reported, not read.
     *
     * @param reading the mapping state
     * @param concept the CodeableConcept, located
     * @return the coded text
     * @throws org.socialprescribing.fhir.FhirFormatException if it has neither a coding nor text
     */
    public static CodedText codedText(Reading reading, At<CodeableConcept> concept) {
        CodeableConcept node = concept.node();
        Optional<CodedConcept> coded = node.hasCoding()
                ? Optional.of(codedConcept(reading, concept.child(node.getCodingFirstRep(), "coding", 0)))
                : Optional.empty();
        if (node.hasText()) {
            reading.use(node.getTextElement());
        }
        if (coded.isEmpty() && !node.hasText()) {
            throw reading.missing(concept.path(), "a coding or text");
        }
        return reading.build(concept.path(), () -> codedText(coded, node.getText()));
    }

    /** The {@link CodedText} factory for what the CodeableConcept holds; the caller has checked one is present. */
    private static CodedText codedText(Optional<CodedConcept> coded, @Nullable String text) {
        if (coded.isEmpty()) {
            return CodedText.ofText(Objects.requireNonNull(text));
        }
        return text == null ? CodedText.of(coded.get()) : CodedText.of(coded.get(), text);
    }

    /**
     * Reads a Coding of an SDK vocabulary. The display is not read: it comes from the vocabulary.
     *
     * @param <E> the vocabulary
     * @param reading the mapping state
     * @param coding the Coding, located
     * @param type the vocabulary's enum
     * @return the constant
     * @throws org.socialprescribing.fhir.FhirFormatException if the system is another or the code unknown
     */
    public static <E extends Enum<E> & CodedValue> E codedValue(Reading reading, At<Coding> coding, Class<E> type) {
        Vocabulary vocabulary = VOCABULARIES.get(type);
        String system = vocabulary.system();
        Coding node = coding.node();
        if (!system.equals(node.getSystem())) {
            throw reading.invalid(coding.path() + ".system", "must be " + system);
        }
        CodedValue found = node.getCode() == null ? null : vocabulary.byCode().get(node.getCode());
        if (found == null) {
            throw reading.invalid(coding.path() + ".code", "'" + node.getCode() + "' is not a code of " + system);
        }
        reading.use(node);
        return type.cast(found);
    }

    /**
     * Reads the one coding of a CodeableConcept that holds a constant of an SDK vocabulary.
     *
     * @param <E> the vocabulary
     * @param reading the mapping state
     * @param concept the CodeableConcept, located
     * @param type the vocabulary's enum
     * @return the constant
     * @throws org.socialprescribing.fhir.FhirFormatException if it has no coding, or the coding is not one
     */
    public static <E extends Enum<E> & CodedValue> E codedValueOf(
            Reading reading, At<CodeableConcept> concept, Class<E> type) {
        if (!concept.node().hasCoding()) {
            throw reading.missing(concept.path() + ".coding", "a code of " + type.getEnumConstants()[0].system());
        }
        return codedValue(reading, concept.child(concept.node().getCodingFirstRep(), "coding", 0), type);
    }

    /**
     * Marks a CodeableConcept read if it is exactly the given code (one coding, system and code equal), so that
     * any other code is reported rather than taken silently.
     *
     * @param reading the mapping state
     * @param concept the CodeableConcept
     * @param expected the code it should be
     * @return true if it is that code
     */
    public static boolean useIfCode(Reading reading, CodeableConcept concept, Coding expected) {
        if (concept.getCoding().size() == 1
                && expected.getSystem().equals(concept.getCodingFirstRep().getSystem())
                && expected.getCode().equals(concept.getCodingFirstRep().getCode())) {
            reading.use(concept);
            return true;
        }
        return false;
    }

    /**
     * Checks that a resource's categories include an SDK record type, and marks that category read.
     *
     * @param reading the mapping state
     * @param host the resource, located
     * @param categories its categories
     * @param type the record type it must have
     * @throws org.socialprescribing.fhir.FhirFormatException if none is the record type
     */
    public static void requireCategory(Reading reading, At<?> host, List<CodeableConcept> categories, RecordType type) {
        for (CodeableConcept category : categories) {
            if (useIfCode(reading, category, Codings.coding(type))) {
                return;
            }
        }
        throw reading.invalid(host.path() + ".category", "must include " + Systems.RECORD_TYPE + "|" + type.code());
    }
}
