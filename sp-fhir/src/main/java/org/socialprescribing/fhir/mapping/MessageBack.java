package org.socialprescribing.fhir.mapping;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import org.hl7.fhir.r4.model.Bundle;
import org.socialprescribing.fhir.mapping.internal.BundleWriter;
import org.socialprescribing.fhir.mapping.internal.MessageBackFhir;
import org.socialprescribing.fhir.mapping.internal.RandomUuids;
import org.socialprescribing.fhir.questionnaire.OutcomeMeasurementMapper;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;

/**
 * The PRSB "message back to GP and referrer" as a FHIR document Bundle. A document rather than a collection because
 * the message is what a letter is: one attested whole, composed at a time by an author about one person, filed as
 * it was sent; its {@code Composition} gives the sections and the author, and a GP system files the coded entries
 * it lists.
 *
 * <p>Coded entries only ({@link Detail#CODED_ENTRIES}): the Patient, the author and the entries a GP record holds:
 * SNOMED CT 871731000000106 Referral to social prescribing service as a {@code Procedure} (when the referral was
 * accepted), 871711000000103 Social prescribing declined as an {@code Observation} (when it was declined), and the
 * outcome scores as score Observations with their QuestionnaireResponses. Full detail ({@link Detail#FULL}) adds
 * the plan and requested actions and the clinical summary as section text, and every resource of the episode as
 * {@link EpisodeBundles} writes it.
 *
 * <p>A GP system can show it with no code of its own: the Composition's {@code type} is SNOMED CT 823691000000103
 * Clinical letter and its {@code category} 823751000000102 Letter (UK Core's composition categories), the
 * Composition has narrative, and so does every section (the codes and scores in words, the support offered,
 * provider feedback and attendance, the plan and the clinical summary). The narrative never holds the NHS number.
 *
 * <p>Immutable and thread-safe if its UUID source is.
 */
public final class MessageBack {

    /** The document's title, also the text of its type and the first line of its narrative. */
    public static final String TITLE = MessageBackFhir.TITLE;

    /** How much the message carries. */
    public enum Detail {
        /** The Patient, the author and the coded entries a GP record files. */
        CODED_ENTRIES,
        /** The coded entries, requested actions, clinical summary and the whole episode. */
        FULL
    }

    private final Supplier<UUID> ids;
    private final OutcomeMeasurementMapper measurements;

    private MessageBack(Supplier<UUID> ids, OutcomeMeasurementMapper measurements) {
        this.ids = ids;
        this.measurements = measurements;
    }

    /**
     * Messages with random UUIDs, mapping the outcome measurements of the standard instruments.
     *
     * @return the message writer, never null
     */
    public static MessageBack standard() {
        return new MessageBack(new RandomUuids(), OutcomeMeasurementMapper.standard());
    }

    /**
     * The same writer with another source of UUIDs (the document's identifier and the entries' fullUrls).
     *
     * @param ids the UUID source, not null
     * @return a new writer, never null
     */
    public MessageBack withIds(Supplier<UUID> ids) {
        return new MessageBack(requireNonNull(ids, "ids"), measurements);
    }

    /**
     * The same writer with another mapper of outcome measurements.
     *
     * @param mapper the mapper, not null
     * @return a new writer, never null
     */
    public MessageBack withMeasurementMapper(OutcomeMeasurementMapper mapper) {
        return new MessageBack(ids, requireNonNull(mapper, "mapper"));
    }

    /**
     * Writes the message back for an episode.
     *
     * @param episode the episode, not null
     * @param detail coded entries only, or full detail; not null
     * @param composedAt when the message is composed: the Composition's date and the Bundle's timestamp; not null
     * @return a document Bundle, the Composition first, never null
     * @throws InvalidValueException if a text holds a control character or is blank, or an outcome measurement
     *     cannot be mapped
     */
    public Bundle toDocument(SocialPrescribingEpisode episode, Detail detail, Instant composedAt) {
        requireNonNull(episode, "episode");
        requireNonNull(detail, "detail");
        requireNonNull(composedAt, "composedAt");
        BundleWriter bundle = new BundleWriter(Bundle.BundleType.DOCUMENT, ids);
        String id = ids.get().toString();
        MessageBackFhir.write(episode, detail == Detail.FULL, composedAt, bundle, measurements);
        return MessageBackFhir.stamp(bundle.bundle(), id, composedAt);
    }
}
