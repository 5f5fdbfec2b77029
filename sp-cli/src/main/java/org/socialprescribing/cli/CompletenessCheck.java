package org.socialprescribing.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.socialprescribing.model.ValidationReport;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.model.validation.CompleteForNationalDataset;
import org.socialprescribing.model.validation.CompleteForPrsb;
import org.socialprescribing.model.validation.ReadyToMessageBack;
import org.socialprescribing.model.validation.ReadyToSendToProvider;
import org.socialprescribing.model.validation.SpValidator;

/**
 * The {@code --check} option of {@code sp fhir export} and {@code import}: which validation group an episode is
 * checked against. The conversion itself never needs a complete episode; the check says what is missing.
 */
enum CompletenessCheck {
    /** Every item PRSB marks mandatory. */
    PRSB(CompleteForPrsb.class),
    /** The social prescribing minimum dataset. */
    NATIONAL_DATASET(CompleteForNationalDataset.class),
    /** Ready to send to a VCSE provider with an onward referral. */
    PROVIDER(ReadyToSendToProvider.class),
    /** Ready for the PRSB message back to the GP and referrer. */
    MESSAGE_BACK(ReadyToMessageBack.class);

    private final Class<?> group;

    CompletenessCheck(Class<?> group) {
        this.group = group;
    }

    /** @return the option's value, e.g. {@code national-dataset} */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Picocli's converter: the option value in lower case with hyphens. */
    static CompletenessCheck of(String value) {
        for (CompletenessCheck check : values()) {
            if (check.toString().equals(value)) {
                return check;
            }
        }
        throw new IllegalArgumentException("must be one of prsb, national-dataset, provider, message-back");
    }

    /**
     * Checks an episode and prints its issues on {@code err}, one per line.
     *
     * @return true if the episode has no error in the group (warnings allowed)
     */
    boolean check(SocialPrescribingEpisode episode, PrintWriter err, Path source) {
        ValidationReport report = SpValidator.validate(episode, group);
        IssueLines.print(err, source, report);
        return report.isValid();
    }
}
