package org.socialprescribing.fhir.mapping.internal;

import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Element;
import org.hl7.fhir.r4.model.Reference;

/**
 * FHIR elements that are mandatory where the SDK holds no value (who changed a status when the history does not
 * say, an Encounter's class, a contact's place known only by its kind): R4 core {@code data-absent-reason}
 * {@code unknown}, never an invented value.
 */
final class DataAbsent {

    private DataAbsent() {}

    /**
     * A reference that FHIR requires and the SDK cannot fill, with a display saying so for people.
     *
     * @return the reference
     */
    static Reference reference() {
        Reference unknown = new Reference().setDisplay("Not recorded");
        Extensions.add(unknown, Systems.DATA_ABSENT_REASON, new CodeType("unknown"));
        return unknown;
    }

    /**
     * Reads the data-absent-reason that stands for a mandatory value the SDK does not hold.
     *
     * @param reading the mapping state
     * @param element the element, located
     * @throws org.socialprescribing.fhir.FhirFormatException if it has none
     */
    static void read(Reading reading, At<? extends Element> element) {
        At<CodeType> reason = Extensions.one(reading, element, Systems.DATA_ABSENT_REASON)
                .map(found -> Extensions.value(reading, found, CodeType.class))
                .orElseThrow(() -> reading.missing(element.path(), "a value or a data-absent-reason"));
        reading.use(reason.node());
        if (element.node() instanceof Reference && ((Reference) element.node()).hasDisplayElement()) {
            reading.use(((Reference) element.node()).getDisplayElement());
        }
    }
}
