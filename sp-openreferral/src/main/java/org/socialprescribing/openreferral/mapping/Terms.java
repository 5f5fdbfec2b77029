package org.socialprescribing.openreferral.mapping;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.coding.CodeSystems;
import org.socialprescribing.model.coding.CodedConcept;
import org.socialprescribing.model.coding.CodedValue;
import org.socialprescribing.openreferral.OrukAttribute;
import org.socialprescribing.openreferral.OrukIssueCode;
import org.socialprescribing.openreferral.OrukTaxonomyTerm;

/**
 * Taxonomy terms as coded concepts, both ways. A term keeps its vocabulary as the concept's system:
 *
 * <table>
 *   <caption>The system of a term's concept, first rule that applies</caption>
 *   <tr><th>The term has</th><th>System</th><th>Code</th></tr>
 *   <tr><td>{@code taxonomy} that is an absolute URI</td><td>that URI</td><td>see below</td></tr>
 *   <tr><td>{@code term_uri} {@code http://id.esd.org.uk/service/N} (LGA esd service types, the legacy ORUK v1
 *       vocabulary)</td><td>{@value #ESD_SERVICE}</td><td>N</td></tr>
 *   <tr><td>{@code taxonomy_id}, a UUID</td><td>{@code urn:uuid:} and the id</td><td>see below</td></tr>
 *   <tr><td>{@code taxonomy} in words, e.g. {@code esdNeeds}</td><td>{@value #DIRECTORY_TAXONOMY} {@code /} and
 *       the words, percent-encoded</td><td>see below</td></tr>
 *   <tr><td>none of these</td><td>{@value #DIRECTORY_TAXONOMY}</td><td>see below</td></tr>
 * </table>
 *
 * <p>The code is the HSDS 3.0 core {@code code} (an extension in the UK profile) if given, else the UK
 * {@code term}, else the {@code name}; the display is the {@code name} unless it only repeats the code. Writing
 * a concept reverses these rules, so that mapping the written term gives back the concept.
 */
final class Terms {

    /** LGA esd service types ({@code esdServiceTypes}): term URIs are this base, a slash and the number. */
    static final String ESD_SERVICE = "http://id.esd.org.uk/service";

    /**
     * The SDK's system for a taxonomy that an ORUK directory names only in words, or not at all: it records the
     * name (after a slash) and claims nothing about the terms.
     */
    static final String DIRECTORY_TAXONOMY = CodeSystems.SDK_BASE + "oruk-taxonomy";

    private static final String ESD_SERVICE_TYPES = "esdServiceTypes";
    private static final Pattern ESD_TERM = Pattern.compile("https?://id\\.esd\\.org\\.uk/service/([0-9]+)");
    private static final Pattern UUID_SHAPE =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Terms() {}

    /** @return the concept of an attribute's nested term, or empty (reported) if it has none or it is unusable */
    static Optional<CodedConcept> concept(OrukAttribute attribute, Issues issues) {
        if (attribute.taxonomyTerm().isEmpty()) {
            issues.add(
                    OrukIssueCode.TERM_NOT_NESTED,
                    attribute.taxonomyTermId().isPresent()
                            ? "names its taxonomy term only by taxonomy_term_id: kept as it is"
                            : "has no taxonomy term: kept as it is");
            return Optional.empty();
        }
        return concept(attribute.taxonomyTerm().get(), issues.at("taxonomy_term"));
    }

    /** @return the concept of a term, or empty (reported) if no code or system can be formed */
    static Optional<CodedConcept> concept(OrukTaxonomyTerm term, Issues issues) {
        Matcher esd = ESD_TERM.matcher(term.termUri().orElse(""));
        Optional<String> taxonomy = term.taxonomy();
        String system;
        String code = code(term);
        if (taxonomy.filter(Terms::isAbsoluteUri).isPresent()) {
            system = taxonomy.get();
        } else if (esd.matches()) {
            system = ESD_SERVICE;
            code = esd.group(1);
        } else if (term.taxonomyId()
                .filter(id -> UUID_SHAPE.matcher(id).matches())
                .isPresent()) {
            system = "urn:uuid:" + term.taxonomyId().get();
        } else {
            system = taxonomy.map(words -> DIRECTORY_TAXONOMY + "/" + encode(words))
                    .orElse(DIRECTORY_TAXONOMY);
        }
        boolean labelled = !term.name().equals(code) && !term.name().isBlank();
        try {
            return Optional.of(labelled ? CodedConcept.of(system, code, term.name()) : CodedConcept.of(system, code));
        } catch (InvalidValueException e) {
            issues.add(
                    OrukIssueCode.TERM_NOT_CODED, "cannot be a coded concept (" + e.getMessage() + "): kept as it is");
            return Optional.empty();
        }
    }

    /**
     * @return the constant of an SDK vocabulary that the attribute's term names, if its system is that vocabulary's
     *     and its code one of the vocabulary's
     */
    static <E extends Enum<E> & CodedValue> Optional<E> sdkValue(OrukAttribute attribute, Class<E> vocabulary) {
        return concept(attribute, Issues.discarding()).flatMap(concept -> sdkValue(concept, vocabulary));
    }

    static <E extends Enum<E> & CodedValue> Optional<E> sdkValue(CodedConcept concept, Class<E> vocabulary) {
        return Arrays.stream(vocabulary.getEnumConstants())
                .filter(constant -> constant.system().equals(concept.system())
                        && constant.code().equals(concept.code()))
                .findFirst();
    }

    /** @return a new term for a concept, written so that {@link #concept(OrukTaxonomyTerm, Issues)} gives it back */
    static OrukTaxonomyTerm term(CodedConcept concept, String id) {
        String label = concept.display().orElse(concept.code());
        var term = OrukTaxonomyTerm.builder().id(id).name(label).description(label);
        String system = concept.system();
        if (system.equals(ESD_SERVICE) && concept.code().chars().allMatch(c -> c >= '0' && c <= '9')) {
            // The legacy ORUK v1 form: the vocabulary by name and the term by its esd URI.
            return term.taxonomy(ESD_SERVICE_TYPES)
                    .termUri(ESD_SERVICE + "/" + concept.code())
                    .term(concept.code())
                    .build();
        }
        if (system.startsWith(DIRECTORY_TAXONOMY + "/")) {
            Optional<String> words = decode(system.substring(DIRECTORY_TAXONOMY.length() + 1));
            term.taxonomy(words.orElse(system));
        } else if (!system.equals(DIRECTORY_TAXONOMY)) {
            term.taxonomy(system);
        }
        return term.term(concept.code()).build();
    }

    private static String code(OrukTaxonomyTerm term) {
        return Values.text(term.extensions(), "code").or(term::term).orElse(term.name());
    }

    private static boolean isAbsoluteUri(String text) {
        try {
            return new URI(text).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String encode(String words) {
        return URLEncoder.encode(words, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Optional<String> decode(String encoded) {
        try {
            String words = URLDecoder.decode(encoded, StandardCharsets.UTF_8);
            // Only what encode() writes comes back as words; anything else is kept as the URI it is.
            return encode(words).equals(encoded) && !isAbsoluteUri(words) ? Optional.of(words) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
