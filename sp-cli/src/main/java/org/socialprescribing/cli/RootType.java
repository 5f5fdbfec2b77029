package org.socialprescribing.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.events.XMLEvent;

/**
 * The resource type a FHIR JSON or XML document says it holds, read without parsing the resource: the top-level
 * {@code resourceType} of a JSON object, or the name of the XML root element. {@code sp fhir serve} needs it before it
 * validates (is the body the type its URL names, or the operation's {@code Parameters}?), and parsing a Bundle
 * twice would double the work. A document too broken to say is the validator's to report: the answer is then empty.
 */
final class RootType {

    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final XMLInputFactory XML = secureXml();

    private RootType() {}

    /**
     * The type the document names.
     *
     * @param text a FHIR resource as JSON or XML
     * @return the type, or empty if the text names none (not JSON or XML, malformed before the type, a DOCTYPE)
     */
    static Optional<String> of(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                return json(text);
            }
            if (c == '<') {
                return xml(text);
            }
            if (!Character.isWhitespace(c) && c != '\uFEFF') {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<String> json(String text) {
        try (JsonParser parser = JSON.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("resourceType")) {
                    return value == JsonToken.VALUE_STRING ? Optional.of(parser.getText()) : Optional.empty();
                }
                parser.skipChildren();
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> xml(String text) {
        try {
            XMLStreamReader reader = XML.createXMLStreamReader(new StringReader(text));
            try {
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLEvent.START_ELEMENT) {
                        return Optional.of(reader.getLocalName());
                    }
                    if (event == XMLEvent.DTD) {
                        return Optional.empty();
                    }
                }
                return Optional.empty();
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            return Optional.empty();
        }
    }

    /** No DTD, no external entity: only the first element is read, and nothing it names is fetched. */
    private static XMLInputFactory secureXml() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }
}
