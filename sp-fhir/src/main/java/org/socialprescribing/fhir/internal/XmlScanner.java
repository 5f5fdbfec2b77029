package org.socialprescribing.fhir.internal;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.fhir.FhirFormatException;
import org.socialprescribing.fhir.FhirIssueCode;

/**
 * A streaming pass over FHIR XML with the JDK's own StAX reader, configured to read no DTD and no external entity:
 * rejects any DOCTYPE (FHIR XML never needs one, and it is how entity-expansion and external-entity attacks get
 * in), enforces the nesting limit and the FHIR namespace, finds the root resource type, and, after HAPI rejects a
 * value, finds the FHIRPath of the element HAPI named.
 */
final class XmlScanner {

    static final String FHIR_NAMESPACE = "http://hl7.org/fhir";

    private XmlScanner() {}

    /** Scans the whole text and returns its root resource type. */
    static String scan(String text, int maxDepth) {
        XMLStreamReader reader = null;
        try {
            reader = newFactory().createXMLStreamReader(new StringReader(text));
            String resourceType = null;
            int depth = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new FhirFormatException(
                            FhirIssueCode.INPUT_DOCTYPE,
                            "",
                            "declares a DOCTYPE, which FHIR XML must not have" + at(reader.getLocation()),
                            null,
                            null);
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    // An element counts twice: its JSON form may be an object inside an array (see InputLimits).
                    if (2 * ++depth > maxDepth) {
                        throw new FhirFormatException(
                                FhirIssueCode.INPUT_TOO_DEEP,
                                resourceType == null ? "" : resourceType,
                                "nests elements deeper than " + maxDepth / 2 + " levels",
                                null,
                                null);
                    }
                    if (resourceType == null) {
                        resourceType = reader.getLocalName();
                        if (!FHIR_NAMESPACE.equals(reader.getNamespaceURI())) {
                            throw new FhirFormatException(
                                    FhirIssueCode.INPUT_MALFORMED,
                                    "",
                                    "has a root element outside the FHIR namespace " + FHIR_NAMESPACE,
                                    null,
                                    null);
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            if (resourceType == null) {
                throw new FhirFormatException(FhirIssueCode.INPUT_MALFORMED, "", "has no root element", null, null);
            }
            return resourceType;
        } catch (XMLStreamException e) {
            // The reader's message may quote input text, so only its position is reported.
            throw new FhirFormatException(
                    FhirIssueCode.INPUT_MALFORMED, "", "is not well-formed XML" + at(e.getLocation()), null, null);
        } catch (RuntimeException e) {
            if (e instanceof FhirFormatException) {
                throw e;
            }
            throw new FhirFormatException(FhirIssueCode.INPUT_MALFORMED, "", "could not be read as XML", null, e);
        } finally {
            close(reader);
        }
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
