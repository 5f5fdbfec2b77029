package org.socialprescribing.fhir.internal;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.fhir.FhirFormatException;
import org.socialprescribing.fhir.FhirIssueCode;
import org.socialprescribing.model.input.BoundedJson;
import org.socialprescribing.model.input.InputLimit;
import org.socialprescribing.model.input.InputLimits;

/**
 * A streaming pass over FHIR XML with the JDK's own StAX reader, configured to read no DTD and no external entity:
 * rejects any DOCTYPE (FHIR XML never needs one, and it is how entity-expansion and external-entity attacks get
 * in), enforces the nesting limit and the FHIR namespace, finds the root resource type, and, after HAPI rejects a
 * value, finds the FHIRPath of the element HAPI named.
 */
final class XmlScanner {

    static final String FHIR_NAMESPACE = "http://hl7.org/fhir";

    /** A number in exponent form, as JSON writes one. */
    private static final Pattern SCIENTIFIC = Pattern.compile("-?[0-9]+(\\.[0-9]+)?[eE][+-]?[0-9]+");

    private XmlScanner() {}

    /**
     * What a scan found: the root resource type, and how many resources the document holds (the root, and every
     * resource inside {@code resource} or {@code contained}).
     */
    record Scan(String resourceType, int resources) {}

    /**
     * Scans the whole text under the input limits and returns its root resource type. Elements and attributes count
     * as values, child elements as entries, attribute values and text as strings; a {@code value} attribute written
     * as a number with an exponent is held to the magnitude limit (its type is not known here, and a resource
     * element that reads it as a decimal would otherwise build {@code 1e999999999} in full).
     */
    static Scan scan(String text, InputLimits limits) {
        XMLStreamReader reader = null;
        int maxDepth = limits.maxDepth();
        try {
            reader = newFactory().createXMLStreamReader(new StringReader(text));
            String resourceType = null;
            int depth = 0;
            long values = 0;
            int resources = 0;
            long textLength = 0;
            int[] children = new int[maxDepth / 2 + 2];
            String[] names = new String[maxDepth / 2 + 2];
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new FhirFormatException(
                            FhirIssueCode.INPUT_DOCTYPE,
                            "",
                            null,
                            "declares a DOCTYPE, which FHIR XML must not have" + at(reader.getLocation()),
                            null);
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    textLength = 0;
                    // An element counts twice: its JSON form may be an object inside an array (see InputLimits).
                    if (2 * (depth + 1) > maxDepth) {
                        throw new FhirFormatException(
                                FhirIssueCode.INPUT_TOO_DEEP,
                                resourceType == null ? "" : resourceType,
                                null,
                                "nests elements deeper than " + maxDepth / 2 + " levels (limit maxDepth, which counts"
                                        + " an element as two levels)",
                                null);
                    }
                    if (depth > 0 && ++children[depth] > limits.maxEntries()) {
                        throw overLimit(limits, InputLimit.ENTRIES, resourceType);
                    }
                    String name = reader.getLocalName();
                    if (depth == 0 || "resource".equals(names[depth]) || "contained".equals(names[depth])) {
                        resources++;
                    }
                    depth++;
                    children[depth] = 0;
                    names[depth] = name;
                    values += 1 + reader.getAttributeCount();
                    if (values > limits.maxValues()) {
                        throw overLimit(limits, InputLimit.VALUES, resourceType);
                    }
                    checkAttributes(reader, limits, resourceType);
                    if (resourceType == null) {
                        resourceType = name;
                        if (!FHIR_NAMESPACE.equals(reader.getNamespaceURI())) {
                            throw new FhirFormatException(
                                    FhirIssueCode.INPUT_MALFORMED,
                                    "",
                                    null,
                                    "has a root element outside the FHIR namespace " + FHIR_NAMESPACE,
                                    null);
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    textLength = 0;
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    // The reader may hand one text over in several pieces: their lengths add up.
                    textLength += reader.getTextLength();
                    if (textLength > limits.maxStringLength()) {
                        throw overLimit(limits, InputLimit.STRING_LENGTH, resourceType);
                    }
                }
            }
            if (resourceType == null) {
                throw new FhirFormatException(FhirIssueCode.INPUT_MALFORMED, "", null, "has no root element", null);
            }
            return new Scan(resourceType, resources);
        } catch (XMLStreamException e) {
            // The reader's message may quote input text, so only its position is reported.
            throw new FhirFormatException(
                    FhirIssueCode.INPUT_MALFORMED, "", null, "is not well-formed XML" + at(e.getLocation()), null);
        } catch (RuntimeException e) {
            if (e instanceof FhirFormatException) {
                throw e;
            }
            throw new FhirFormatException(FhirIssueCode.INPUT_MALFORMED, "", null, "could not be read as XML", e);
        } finally {
            close(reader);
        }
    }

    private static void checkAttributes(XMLStreamReader reader, InputLimits limits, @Nullable String resourceType) {
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String value = reader.getAttributeValue(i);
            if (value.length() > limits.maxStringLength()) {
                throw overLimit(limits, InputLimit.STRING_LENGTH, resourceType);
            }
            if ("value".equals(reader.getAttributeLocalName(i))
                    && SCIENTIFIC.matcher(value).matches()
                    && Math.abs(BoundedJson.exponentOf(value)) > limits.maxNumberExponent()) {
                throw overLimit(limits, InputLimit.NUMBER_EXPONENT, resourceType);
            }
        }
    }

    private static FhirFormatException overLimit(InputLimits limits, InputLimit limit, @Nullable String resourceType) {
        return InputGuard.overLimit(limits.broken(limit, resourceType == null ? "" : resourceType));
    }

    /**
     * The FHIRPath of the first element called {@code name} (and with {@code value} as its value attribute, if not
     * null), if any. Repeated elements get an index from the second one on, so {@code Patient.contact.gender}
     * selects (among others) the first contact's gender, and {@code Patient.contact[1].gender} the second's.
     * Called only for text that {@link #scan} accepted.
     */
    static Optional<String> locate(String text, String name, @Nullable String value) {
        return find(
                text,
                (element, reader) -> element.name.equals(name)
                        && (value == null || value.equals(reader.getAttributeValue(null, "value"))));
    }

    /** The FHIRPath of the first element that has an attribute called {@code attribute}, if any. */
    static Optional<String> locateAttribute(String text, String attribute) {
        return find(text, (element, reader) -> reader.getAttributeValue(null, attribute) != null);
    }

    private static Optional<String> find(String text, BiPredicate<Element, XMLStreamReader> wanted) {
        XMLStreamReader reader = null;
        try {
            reader = newFactory().createXMLStreamReader(new StringReader(text));
            Deque<Element> open = new ArrayDeque<>();
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    Element element = Element.child(open.peek(), reader.getLocalName());
                    open.push(element);
                    if (wanted.test(element, reader)) {
                        return Optional.of(element.path);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    open.pop();
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            // Best effort: the caller reports the problem without a precise location.
        } finally {
            close(reader);
        }
        return Optional.empty();
    }

    /** An open element: its name, its FHIRPath, and how many children of each name it has had so far. */
    private static final class Element {
        final String name;
        final String path;
        final Map<String, Integer> childCounts = new HashMap<>();

        private Element(String name, String path) {
            this.name = name;
            this.path = path;
        }

        static Element child(@Nullable Element parent, String name) {
            if (parent == null) {
                return new Element(name, name);
            }
            int index = parent.childCounts.merge(name, 1, Integer::sum) - 1;
            // A resource inside contained, Bundle.entry.resource or a parameter is wrapped in an element named
            // after its type (upper case); FHIRPath steps over that wrapper.
            boolean resourceWrapper = Character.isUpperCase(name.charAt(0));
            return new Element(
                    name,
                    resourceWrapper ? parent.path : parent.path + "." + name + (index > 0 ? "[" + index + "]" : ""));
        }
    }

    private static XMLInputFactory newFactory() {
        // A new factory per document: the JDK's factory may reuse reader instances, which is not safe across threads.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are never read");
        });
        return factory;
    }

    private static String at(@Nullable Location location) {
        return location == null || location.getLineNumber() < 1
                ? ""
                : " (line " + location.getLineNumber() + ", column " + location.getColumnNumber() + ")";
    }

    private static void close(@Nullable XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // Nothing to release for a string source.
            }
        }
    }
}
