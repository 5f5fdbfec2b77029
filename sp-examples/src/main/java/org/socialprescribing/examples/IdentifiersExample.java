package org.socialprescribing.examples;

import java.util.List;
import org.socialprescribing.model.InvalidIdentifierException;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.ValidationReport;
import org.socialprescribing.model.id.NhsNumber;
import org.socialprescribing.model.id.OdsCode;
import org.socialprescribing.model.id.Postcode;
import org.socialprescribing.model.person.Person;
import org.socialprescribing.model.person.PersonName;
import org.socialprescribing.model.validation.SpValidator;

/** Identifiers that cannot hold an invalid value, a person, and the two error channels. */
public final class IdentifiersExample {

    private IdentifiersExample() {}

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        // START SNIPPET: identifiers
        NhsNumber nhsNumber = NhsNumber.parse("943 476 5919"); // modulus 11 checked
        OdsCode practice = OdsCode.parse("G81086");
        Postcode postcode = Postcode.parse("ec1a1bb"); // normalised to "EC1A 1BB"

        Person person = Person.builder()
                .nhsNumber(nhsNumber)
                .name(PersonName.of("Smith", "Jo"))
                .postcode(postcode)
                .build();
        System.out.println(person); // Person[*** *** 5919, J. S.]: personal data is masked

        // Channel 1: factories throw, naming the field and the rule (and masking the number).
        try {
            NhsNumber.parse("943 476 5918");
        } catch (InvalidIdentifierException e) {
            System.out.println(e.getMessage()); // nhsNumber: '*** *** 5918' has check digit 8 but ...
        }

        // Channel 2: validate(...) never throws; it returns a report of issues with stable codes.
        ValidationReport report = SpValidator.validate(person);
        for (ValidationIssue issue : report.issues()) {
            System.out.println(issue); // severity, stable code, path and message
        }
        // END SNIPPET
        System.out.println(List.of(practice.value(), postcode.value(), report.isValid()));
    }
}
