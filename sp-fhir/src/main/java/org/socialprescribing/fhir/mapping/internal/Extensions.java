package org.socialprescribing.fhir.mapping.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Element;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.socialprescribing.model.coding.CodedText;
import org.socialprescribing.model.coding.CodedValue;

/** Writes and reads extensions, the SDK's ({@link SpExtension}) and others, on resources and elements. */
public final class Extensions {

    private Extensions() {}

    /**
     * Adds an extension with a value.
     *
     * @param host a resource or element
     * @param url the extension's URL
     * @param value its value
     * @return the extension added
     */
    public static Extension add(Base host, String url, Type value) {
        Extension extension = new Extension(url, value);
        list(host).add(extension);
        return extension;
    }

    /**
     * Adds an SDK extension with a value.
     *
     * @param host a resource or element
     * @param extension the extension
     * @param value its value
     * @return the extension added
     */
    public static Extension add(Base host, SpExtension extension, Type value) {
        return add(host, extension.url(), value);
    }

    /**
     * Adds an empty complex SDK extension, to be filled with {@link #addPart}.
     *
     * @param host a resource or element
     * @param extension the extension
     * @return the extension added
     */
    public static Extension addComplex(Base host, SpExtension extension) {
        Extension added = new Extension(extension.url());
        list(host).add(added);
        return added;
    }

    /**
     * Adds a sub-extension to a complex extension.
     *
     * @param parent the complex extension
     * @param name the sub-extension's url, one of the fields of its {@link ExtensionShape}
     * @param value its value
     */
    public static void addPart(Extension parent, String name, Type value) {
        parent.addExtension(new Extension(name, value));
    }

    /**
     * Finds an extension that may appear at most once.
     *
     * @param reading the mapping state
     * @param host the resource or element, located
     * @param url the extension's URL
     * @return the extension, located, or empty
     * @throws org.socialprescribing.fhir.FhirFormatException if it appears more than once
     */
    public static Optional<At<Extension>> one(Reading reading, At<? extends Base> host, String url) {
        List<At<Extension>> found = all(host, url);
        if (found.size() > 1) {
            throw reading.structure(found.get(1).path(), "extension " + url + " must not repeat");
        }
        return found.stream().findFirst();
    }

    /**
     * Finds an SDK extension that may appear at most once.
     *
     * @param reading the mapping state
     * @param host the resource or element, located
     * @param extension the extension
     * @return the extension, located, or empty
     * @throws org.socialprescribing.fhir.FhirFormatException if it appears more than once
     */
    public static Optional<At<Extension>> one(Reading reading, At<? extends Base> host, SpExtension extension) {
        return one(reading, host, extension.url());
    }

    /**
     * Finds every occurrence of an extension, in order.
     *
     * @param host the resource or element, located
     * @param url the extension's URL
     * @return the extensions, located
     */
    public static List<At<Extension>> all(At<? extends Base> host, String url) {
        List<At<Extension>> found = new ArrayList<>();
        if (!hasExtensions(host.node())) {
            return found;
        }
        List<Extension> extensions = list(host.node());
        for (int i = 0; i < extensions.size(); i++) {
            if (url.equals(extensions.get(i).getUrl())) {
                found.add(host.child(extensions.get(i), "extension", i));
            }
        }
        return found;
    }

    /**
     * Finds every occurrence of an SDK extension, in order.
     *
     * @param host the resource or element, located
     * @param extension the extension
     * @return the extensions, located
     */
    public static List<At<Extension>> all(At<? extends Base> host, SpExtension extension) {
        return all(host, extension.url());
    }

    /**
     * Reads the value of a simple extension (or a sub-extension) and marks the extension read.
     *
     * @param <T> the value type
     * @param reading the mapping state
     * @param extension the extension, located
     * @param type the value type
     * @return the value
     * @throws org.socialprescribing.fhir.FhirFormatException if the value is absent or of another type
     */
    public static <T extends Type> At<T> value(Reading reading, At<Extension> extension, Class<T> type) {
        Extension node = extension.node();
        String path = extension.path() + ".value";
        if (!node.hasValue()) {
            throw reading.missing(path, "a value of type " + typeName(type));
        }
        if (!type.isInstance(node.getValue())) {
            throw reading.structure(
                    path,
                    "must be of type " + typeName(type) + ", not "
                            + node.getValue().fhirType());
        }
        if (node.getValue() instanceof PrimitiveType && ((PrimitiveType<?>) node.getValue()).getValue() == null) {
            throw reading.missing(path, "a value of type " + typeName(type));
        }
        reading.use(node);
        return At.of(type.cast(node.getValue()), path);
    }

    /**
     * Reads the value of an optional sub-extension of a complex extension.
     *
     * @param <T> the value type
     * @param reading the mapping state
     * @param parent the complex extension, located
     * @param name the sub-extension's url
     * @param type the value type
     * @return the value, or empty
     */
    public static <T extends Type> Optional<At<T>> part(
            Reading reading, At<Extension> parent, String name, Class<T> type) {
        return one(reading, parent, name).map(sub -> value(reading, sub, type));
    }

    /**
     * Reads the value of a mandatory sub-extension of a complex extension.
     *
     * @param <T> the value type
     * @param reading the mapping state
     * @param parent the complex extension, located
     * @param name the sub-extension's url
     * @param type the value type
     * @return the value
     * @throws org.socialprescribing.fhir.FhirFormatException if it is absent
     */
    public static <T extends Type> At<T> requiredPart(
            Reading reading, At<Extension> parent, String name, Class<T> type) {
        return part(reading, parent, name, type)
                .orElseThrow(() -> reading.missing(parent.path() + ".extension", "the sub-extension " + name));
    }

    /**
     * Reads the values of a repeating sub-extension of a complex extension, in order.
     *
     * @param <T> the value type
     * @param reading the mapping state
     * @param parent the complex extension, located
     * @param name the sub-extension's url
     * @param type the value type
     * @return the values
     */
    public static <T extends Type> List<At<T>> parts(
            Reading reading, At<Extension> parent, String name, Class<T> type) {
        List<At<T>> values = new ArrayList<>();
        for (At<Extension> sub : all(parent, name)) {
            values.add(value(reading, sub, type));
        }
        return values;
    }

    /**
     * Reads an optional boolean SDK extension.
     *
     * @param reading the mapping state
     * @param host the resource or element, located
     * @param extension the extension
     * @return the value, or empty
     */
    public static Optional<Boolean> flag(Reading reading, At<? extends Base> host, SpExtension extension) {
        return one(reading, host, extension)
                .map(found -> value(reading, found, BooleanType.class).node().booleanValue());
    }

    /**
     * Reads an optional string SDK extension.
     *
     * @param reading the mapping state
     * @param host the resource or element, located
     * @param extension the extension
     * @return the value, or empty
     */
    public static Optional<String> text(Reading reading, At<? extends Base> host, SpExtension extension) {
        return one(reading, host, extension)
                .map(found -> value(reading, found, StringType.class).node().getValue());
    }

    /**
     * Reads a repeating string SDK extension, in order.
     *
     * @param reading the mapping state
     * @param host the resource or element, located
     * @param extension the extension
     * @return the values
     */
    public static List<String> texts(Reading reading, At<? extends Base> host, SpExtension extension) {
        List<String> values = new ArrayList<>();
        for (At<Extension> found : all(host, extension)) {
            values.add(value(reading, found, StringType.class).node().getValue());
        }
        return values;
    }

    /**
     * Reads an optional CodeableConcept SDK extension as a coded text.
     *
     * @param reading the mapping state
     * @param host the resource or element, located
     * @param extension the extension
     * @return the value, or empty
     */
    public static Optional<CodedText> codedText(Reading reading, At<? extends Base> host, SpExtension extension) {
        return one(reading, host, extension)
                .map(found -> Codings.codedText(reading, value(reading, found, CodeableConcept.class)));
    }

    /**
     * Reads a repeating CodeableConcept SDK extension as coded texts, in order.
     *
     * @param reading the mapping state
     * @param host the resource or element, located
     * @param extension the extension
     * @return the values
     */
    public static List<CodedText> codedTexts(Reading reading, At<? extends Base> host, SpExtension extension) {
        List<CodedText> values = new ArrayList<>();
        for (At<Extension> found : all(host, extension)) {
            values.add(Codings.codedText(reading, value(reading, found, CodeableConcept.class)));
        }
        return values;
    }

    /**
     * Reads an optional Coding SDK extension holding a constant of an SDK vocabulary.
     *
     * @param <E> the vocabulary
     * @param reading the mapping state
     * @param host the resource or element, located
     * @param extension the extension
     * @param type the vocabulary's enum
     * @return the value, or empty
     */
    public static <E extends Enum<E> & CodedValue> Optional<E> coded(
            Reading reading, At<? extends Base> host, SpExtension extension, Class<E> type) {
        return one(reading, host, extension)
                .map(found -> Codings.codedValue(reading, value(reading, found, Coding.class), type));
    }

    /**
     * Reads a repeating Coding SDK extension of an SDK vocabulary, in order.
     *
     * @param <E> the vocabulary
     * @param reading the mapping state
     * @param host the resource or element, located
     * @param extension the extension
     * @param type the vocabulary's enum
     * @return the values
     */
    public static <E extends Enum<E> & CodedValue> List<E> codedList(
            Reading reading, At<? extends Base> host, SpExtension extension, Class<E> type) {
        List<E> values = new ArrayList<>();
        for (At<Extension> found : all(host, extension)) {
            values.add(Codings.codedValue(reading, value(reading, found, Coding.class), type));
        }
        return values;
    }

    /**
     * Reads an optional date SDK extension.
     *
     * @param reading the mapping state
     * @param host the resource or element, located
     * @param extension the extension
     * @return the value, or empty
     */
    public static Optional<LocalDate> date(Reading reading, At<? extends Base> host, SpExtension extension) {
        return one(reading, host, extension).map(found -> Times.date(reading, value(reading, found, DateType.class)));
    }

    /**
     * Reads an optional integer SDK extension.
     *
     * @param reading the mapping state
     * @param host the resource or element, located
     * @param extension the extension
     * @return the value, or empty
     */
    public static Optional<Integer> integer(Reading reading, At<? extends Base> host, SpExtension extension) {
        return one(reading, host, extension)
                .map(found -> value(reading, found, IntegerType.class).node().getValue());
    }

    /**
     * Reads an optional decimal SDK extension.
     *
     * @param reading the mapping state
     * @param host the resource or element, located
     * @param extension the extension
     * @return the value, or empty
     */
    public static Optional<BigDecimal> decimal(Reading reading, At<? extends Base> host, SpExtension extension) {
        return one(reading, host, extension)
                .map(found -> value(reading, found, DecimalType.class).node().getValue());
    }

    private static String typeName(Class<?> type) {
        String simple = type.getSimpleName();
        return simple.endsWith("Type") ? simple.substring(0, simple.length() - 4) : simple;
    }

    private static boolean hasExtensions(Base host) {
        if (host instanceof DomainResource) {
            return ((DomainResource) host).hasExtension();
        }
        return host instanceof Element && ((Element) host).hasExtension();
    }

    private static List<Extension> list(Base host) {
        if (host instanceof DomainResource) {
            return ((DomainResource) host).getExtension();
        }
        if (host instanceof Element) {
            return ((Element) host).getExtension();
        }
        throw new IllegalArgumentException("A " + host.fhirType() + " cannot hold extensions");
    }
}
