package org.socialprescribing.fhir.questionnaire;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.socialprescribing.model.InvalidValueException;

/** The forms in which a score Observation may refer to the QuestionnaireResponse it is derived from. */
final class References {

    private static final Pattern RESPONSE =
            Pattern.compile("(?:https?://\\S+/)?QuestionnaireResponse/([A-Za-z0-9\\-.]{1,64})");
    private static final Pattern UUID_URN =
            Pattern.compile("urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private References() {}

    /** @return whether a reference has one of the forms {@link #check} accepts */
    static boolean isReference(String reference) {
        return RESPONSE.matcher(reference).matches() || isUuidUrn(reference);
    }

    static boolean isUuidUrn(String reference) {
        return UUID_URN.matcher(reference).matches();
    }

    /**
     * Checks a reference to a response.
     *
     * @return the response's id in it, or empty for a {@code urn:uuid:}
     * @throws InvalidValueException if the reference has another form
     */
    static Optional<String> check(String reference) {
        Matcher response = RESPONSE.matcher(reference);
        if (response.matches()) {
            return Optional.of(response.group(1));
        }
        if (isUuidUrn(reference)) {
            return Optional.empty();
        }
        throw new InvalidValueException(
                "responseReference",
                reference,
                "must be QuestionnaireResponse/<id>, a URL ending so, or urn:uuid:<uuid>");
    }
}
