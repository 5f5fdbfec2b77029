package org.socialprescribing.fhir.mapping.internal;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What an SDK extension holds: one value of a FHIR type (a simple extension) or named sub-extensions (a complex
 * one), and whether it may repeat on its element. The mappers read and write extensions through it, and the
 * StructureDefinition of each extension is generated from it, so the two cannot disagree.
 */
public final class ExtensionShape {

    private final boolean repeats;
    private final List<Field> fields;
    private final boolean complex;

    private ExtensionShape(boolean repeats, List<Field> fields, boolean complex) {
        this.repeats = repeats;
        this.fields = fields;
        this.complex = complex;
    }

    /**
     * A simple extension holding one value.
     *
     * @param field the value's type and binding; its name is not used
     * @return the shape, not repeating
     */
    static ExtensionShape value(Field field) {
        return new ExtensionShape(false, List.of(field), false);
    }

    /**
     * A complex extension of named sub-extensions.
     *
     * @param fields the sub-extensions, in order
     * @return the shape, not repeating
     */
    static ExtensionShape complex(Field... fields) {
        return new ExtensionShape(false, List.of(fields), true);
    }

    /** @return the same shape, allowed any number of times on its element */
    ExtensionShape repeating() {
        return new ExtensionShape(true, fields, complex);
    }

    /** @return true if the extension may appear more than once on its element */
    public boolean repeats() {
        return repeats;
    }

    /** @return true for a complex extension */
    public boolean isComplex() {
        return complex;
    }

    /** @return the value (one field) of a simple extension, or the sub-extensions of a complex one */
    public List<Field> fields() {
        return fields;
    }

    /**
     * One value: its name (the sub-extension's url in a complex extension), FHIR type, cardinality, the SDK code
     * system its codes come from and, for references, the target resource type.
     */
    public static final class Field {
        private final String name;
        private final String type;
        private final boolean required;
        private final boolean repeats;
        private final @Nullable String codeSystem;
        private final @Nullable String target;
        private final String definition;

        private Field(
                String name,
                String type,
                boolean required,
                boolean repeats,
                @Nullable String codeSystem,
                @Nullable String target,
                String definition) {
            this.name = name;
            this.type = type;
            this.required = required;
            this.repeats = repeats;
            this.codeSystem = codeSystem;
            this.target = target;
            this.definition = definition;
        }

        /**
         * An optional, single field.
         *
         * @param name the sub-extension url (for a simple extension: {@code value})
         * @param type the FHIR type code, e.g. {@code string} or {@code CodeableConcept}
         * @param definition what it holds, one sentence
         * @return the field
         */
        static Field of(String name, String type, String definition) {
            return new Field(name, type, false, false, null, null, definition);
        }

        /** @return the same field, mandatory in its complex extension */
        Field mandatory() {
            return new Field(name, type, true, repeats, codeSystem, target, definition);
        }

        /** @return the same field, repeating in its complex extension */
        Field repeating() {
            return new Field(name, type, required, true, codeSystem, target, definition);
        }

        /**
         * The same field, with codes from one SDK code system (bound required to its all-codes ValueSet).
         *
         * @param system the code system URL
         * @return the field
         */
        Field codedFrom(String system) {
            return new Field(name, type, required, repeats, system, target, definition);
        }

        /**
         * The same field, referring to one resource type.
         *
         * @param resourceType e.g. {@code PractitionerRole}
         * @return the field
         */
        Field referring(String resourceType) {
            return new Field(name, type, required, repeats, codeSystem, resourceType, definition);
        }

        /** @return the sub-extension url of the field, or {@code value} for a simple extension */
        public String name() {
            return name;
        }

        /** @return the FHIR type code */
        public String type() {
            return type;
        }

        /** @return true if a complex extension must hold this field */
        public boolean required() {
            return required;
        }

        /** @return true if the field may repeat inside its complex extension */
        public boolean repeats() {
            return repeats;
        }

        /** @return the SDK code system of a Coding field, if bound */
        public Optional<String> codeSystem() {
            return Optional.ofNullable(codeSystem);
        }

        /** @return the resource type a Reference field points at, if restricted */
        public Optional<String> target() {
            return Optional.ofNullable(target);
        }

        /** @return what the field holds */
        public String definition() {
            return definition;
        }
    }
}
