package org.socialprescribing.fhir.mapping.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Provenance.ProvenanceAgentComponent;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.socialprescribing.model.coding.CodedText;
import org.socialprescribing.model.coding.CodedValue;
import org.socialprescribing.model.workforce.ProfessionalRef;

/**
 * A status history (a referral's journey, an onward referral's history) as one {@code Provenance} per change, each
 * targeting the Task whose status changed: {@code activity} is the status entered, {@code occurredDateTime} (and
 * {@code recorded}) when, the one {@code agent} who (a {@code data-absent-reason} when the history does not say),
 * and the SDK extension {@code status-reason} why. The status left is not written: it is the status the previous
 * change entered. Changes are read back in time order; changes at the same instant keep the input's order.
 */
final class StatusHistoryFhir {

    private StatusHistoryFhir() {}

    /**
     * One change as FHIR carries it.
     *
     * @param <S> the lifecycle
     */
    static final class Change<S> {
        final S to;
        final Instant at;
        final Optional<ProfessionalRef> by;
        final Optional<CodedText> reason;

        Change(S to, Instant at, Optional<ProfessionalRef> by, Optional<CodedText> reason) {
            this.to = to;
            this.at = at;
            this.by = by;
            this.reason = reason;
        }
    }

    /**
     * Writes one Provenance per change.
     *
     * @param <S> the lifecycle
     * @param writer the episode being written
     * @param task the Task whose status changed
     * @param changes the changes, oldest first
     */
    static <S extends CodedValue> void write(EpisodeWriter writer, Reference task, List<Change<S>> changes) {
        for (Change<S> change : changes) {
            Provenance provenance = SpProfile.STATUS_CHANGE.claim(new Provenance());
            change.reason.ifPresent(
                    reason -> Extensions.add(provenance, SpExtension.STATUS_REASON, Codings.concept(reason)));
            provenance.addTarget(task.copy());
            provenance.setOccurred(Times.dateTime(change.at));
            provenance.setRecordedElement(Times.instant(change.at));
            provenance.setActivity(Codings.concept(change.to));
            ProvenanceAgentComponent agent = provenance.addAgent();
            if (change.by.isPresent()) {
                agent.setWho(writer.professional(change.by.get()));
            } else {
                agent.setWho(DataAbsent.reference());
            }
            writer.bundle().add(provenance);
        }
    }

    /**
     * Reads the changes of a Task from the Provenances that target it.
     *
     * @param <S> the lifecycle
     * @param episode the episode being read
     * @param task the Task
     * @param type the lifecycle's enum
     * @return the changes, in time order
     */
    static <S extends Enum<S> & CodedValue> List<Change<S>> read(EpisodeReading episode, At<Task> task, Class<S> type) {
        Reading reading = episode.reading();
        List<At<Provenance>> provenances =
                episode.pointingAt(Provenance.class, Provenance::getTarget, "target", task.node());
        List<Change<S>> changes = new ArrayList<>();
        List<Instant> times = new ArrayList<>();
        for (At<Provenance> provenance : provenances) {
            Change<S> change = change(episode, reading.read(provenance), type);
            changes.add(change);
            times.add(change.at);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(times::get)); // stable: equal times keep the input's order
        List<Change<S>> sorted = new ArrayList<>();
        order.forEach(i -> sorted.add(changes.get(i)));
        return sorted;
    }

    private static <S extends Enum<S> & CodedValue> Change<S> change(
            EpisodeReading episode, At<Provenance> provenance, Class<S> type) {
        Reading reading = episode.reading();
        Provenance node = provenance.node();
        if (!node.hasActivity()) {
            throw reading.missing(provenance.path() + ".activity", "the status entered");
        }
        S to = Codings.codedValueOf(reading, provenance.child(node.getActivity(), "activity"), type);
        if (!(node.getOccurred() instanceof DateTimeType)) {
            throw reading.missing(provenance.path() + ".occurredDateTime", "when the status changed");
        }
        Instant at = Times.instant(reading, provenance.child((DateTimeType) node.getOccurred(), "occurredDateTime"));
        reading.use(node.getRecordedElement());
        if (node.getAgent().size() != 1) {
            throw reading.structure(provenance.path() + ".agent", "must hold exactly one agent");
        }
        At<ProvenanceAgentComponent> agent = provenance.child(node.getAgentFirstRep(), "agent", 0);
        At<Reference> who = agent.child(agent.node().getWho(), "who");
        Optional<ProfessionalRef> by = Optional.empty();
        if (who.node().hasReference()) {
            by = Optional.of(episode.professional(who, provenance));
        } else {
            DataAbsent.read(reading, who);
        }
        Optional<CodedText> reason = Extensions.one(reading, provenance, SpExtension.STATUS_REASON)
                .map(found -> Codings.codedText(reading, Extensions.value(reading, found, CodeableConcept.class)));
        return new Change<>(to, at, by, reason);
    }
}
