package org.socialprescribing.fhir.mapping.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Goal.GoalLifecycleStatus;
import org.socialprescribing.fhir.FhirIssueCode;
import org.socialprescribing.model.coding.CodedText;
import org.socialprescribing.model.episode.GoalStatus;

/**
 * Another system's Goal (a Gravity SDOH goal, a BaRS care plan's) as a goal of the support plan, leniently: the
 * description, the status the model has a name for (proposed, active, on hold, cancelled; completed when its
 * achievement is achieved or not achieved), the start date, the first target's due date, the status date as the day
 * an ended goal ended, and the outcome codes. A status the model has no home for (planned, accepted, rejected,
 * entered in error, completed without an achievement) leaves the Goal unread, so it is reported whole; anything else
 * it holds (an achievement such as "improving", a target's measure and detail, the status date of a goal still
 * running) is reported at its FHIRPath.
 */
final class IntakeGoals {

    private IntakeGoals() {}

    /**
     * Reads a Goal, or reports why it cannot be a goal of the plan.
     *
     * @param intake the intake state
     * @param goal the Goal, located
     * @return the goal, or empty (reported)
     */
    static Optional<org.socialprescribing.model.episode.Goal> read(Intake intake, At<Goal> goal) {
        Goal node = goal.node();
        Optional<GoalStatus> status = status(node);
        if (status.isEmpty()) {
            intake.warn(
                    FhirIssueCode.VALUE_NOT_MAPPED,
                    goal.path() + ".lifecycleStatus",
                    "a goal '"
                            + (node.hasLifecycleStatus()
                                    ? node.getLifecycleStatus().toCode()
                                    : "without status")
                            + "' (with its achievement) has no SDK goal status; the Goal is not mapped");
            return Optional.empty();
        }
        if (!node.hasDescription()) {
            return Optional.empty(); // FHIR requires one; without it the Goal stays unread and is reported
        }
        Optional<CodedText> description =
                IntakeParties.concept(intake, goal.child(node.getDescription(), "description"));
        if (description.isEmpty()) {
            return Optional.empty();
        }
        Reading reading = intake.reading();
        At<Goal> read = reading.read(goal);
        reading.use(node.getLifecycleStatusElement());
        if (status.get() == GoalStatus.ACHIEVED || status.get() == GoalStatus.NOT_ACHIEVED) {
            reading.use(node.getAchievementStatus());
        }
        if (node.hasSubject()) {
            reading.use(node.getSubject()); // the person the episode is about; a goal for someone else is not sent
        }
        org.socialprescribing.model.episode.Goal.Builder target = org.socialprescribing.model.episode.Goal.builder()
                .description(description.get())
                .status(status.get());
        if (node.hasStartDateType()) {
            date(intake, read.child(node.getStartDateType(), "startDate")).ifPresent(target::setOn);
        }
        if (node.hasTarget() && node.getTargetFirstRep().hasDueDateType()) {
            At<Goal.GoalTargetComponent> due = read.child(node.getTargetFirstRep(), "target", 0);
            date(intake, due.child(due.node().getDueDateType(), "dueDate")).ifPresent(target::targetDate);
        }
        boolean ended = status.get() == GoalStatus.ACHIEVED
                || status.get() == GoalStatus.NOT_ACHIEVED
                || status.get() == GoalStatus.CANCELLED;
        if (ended && node.hasStatusDateElement()) {
            date(intake, read.child(node.getStatusDateElement(), "statusDate")).ifPresent(target::endedOn);
        }
        for (int i = 0; i < node.getOutcomeCode().size(); i++) {
            IntakeParties.concept(intake, read.child(node.getOutcomeCode().get(i), "outcomeCode", i))
                    .ifPresent(target::addOutcome);
        }
        return intake.lenient("the goal", () -> reading.build(read.path(), target::build));
    }

    private static Optional<LocalDate> date(Intake intake, At<DateType> date) {
        return intake.lenient("the date", () -> Times.date(intake.reading(), date));
    }

    private static Optional<GoalStatus> status(Goal node) {
        if (!node.hasLifecycleStatus()) {
            return Optional.empty();
        }
        GoalLifecycleStatus lifecycle = node.getLifecycleStatus();
        switch (lifecycle) {
            case PROPOSED:
                return Optional.of(GoalStatus.PROPOSED);
            case ACTIVE:
                return Optional.of(GoalStatus.ACTIVE);
            case ONHOLD:
                return Optional.of(GoalStatus.ON_HOLD);
            case CANCELLED:
                return Optional.of(GoalStatus.CANCELLED);
            case COMPLETED:
                if (achievement(node.getAchievementStatus(), "achieved")) {
                    return Optional.of(GoalStatus.ACHIEVED);
                }
                if (achievement(node.getAchievementStatus(), "not-achieved")) {
                    return Optional.of(GoalStatus.NOT_ACHIEVED);
                }
                return Optional.empty();
            default:
                return Optional.empty(); // planned, accepted, rejected, entered-in-error, null: no SDK status
        }
    }

    private static boolean achievement(CodeableConcept concept, String code) {
        for (Coding coding : concept.getCoding()) {
            if (Systems.GOAL_ACHIEVEMENT.equals(coding.getSystem()) && code.equals(coding.getCode())) {
                return true;
            }
        }
        return false;
    }
}
