package org.socialprescribing.fhir.mapping.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityComponent;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityDetailComponent;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityStatus;
import org.hl7.fhir.r4.model.CarePlan.CarePlanIntent;
import org.hl7.fhir.r4.model.CarePlan.CarePlanStatus;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Goal.GoalLifecycleStatus;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.StringType;
import org.socialprescribing.model.coding.CodedText;
import org.socialprescribing.model.episode.ActionStatus;
import org.socialprescribing.model.episode.Goal;
import org.socialprescribing.model.episode.GoalStatus;
import org.socialprescribing.model.episode.PlanAction;
import org.socialprescribing.model.episode.PlanAgreement;
import org.socialprescribing.model.episode.PlanNeed;
import org.socialprescribing.model.episode.SupportPlan;

/**
 * The support plan: a {@code CarePlan} (intent plan) that {@code addresses} one {@code Condition} per need (category
 * problem-list-item), lists the {@code Goal}s need by need in {@code goal}, and holds one {@code activity} per action
 * goal by goal ({@code detail.goal} names its goal, {@code detail.code} says what, {@code detail.description} the
 * strategies, {@code detail.scheduledPeriod.start} the month, {@code detail.performer} who). Each Goal {@code
 * addresses} its need. A goal's status is {@code lifecycleStatus} (achieved and not achieved are completed, told
 * apart by {@code achievementStatus}); strengths, agreement, dates, ratings and the link from an action to its onward
 * referral are SDK extensions.
 */
final class PlanFhir {

    private static final Coding PROBLEM =
            new Coding(Systems.CONDITION_CATEGORY, "problem-list-item", "Problem List Item");
    private static final Coding ACTIVE = new Coding(Systems.CONDITION_CLINICAL, "active", "Active");

    private PlanFhir() {}

    /**
     * @param writer the episode being written
     * @param plan the plan
     * @param onwardReferrals the onward referrals' ServiceRequests, by id
     */
    static void write(EpisodeWriter writer, SupportPlan plan, Map<String, Reference> onwardReferrals) {
        CarePlan carePlan = new CarePlan();
        writer.bundle().add(carePlan);
        plan.strengths().forEach(strength -> Extensions.add(carePlan, SpExtension.STRENGTH, Codings.concept(strength)));
        plan.agreement().ifPresent(agreement -> writeAgreement(carePlan, agreement));
        plan.lastUpdated().ifPresent(day -> Extensions.add(carePlan, SpExtension.LAST_UPDATED, Times.date(day)));
        plan.reviewDate().ifPresent(day -> Extensions.add(carePlan, SpExtension.REVIEW_DATE, Times.date(day)));
        plan.reviewResponsibility()
                .ifPresent(
                        who -> Extensions.add(carePlan, SpExtension.REVIEW_RESPONSIBILITY, writer.professional(who)));
        carePlan.setStatus(CarePlanStatus.ACTIVE);
        carePlan.setIntent(CarePlanIntent.PLAN);
        carePlan.setSubject(writer.patient());
        for (PlanNeed need : plan.needs()) {
            Condition condition = new Condition();
            condition.setClinicalStatus(new CodeableConcept(ACTIVE.copy()));
            condition.addCategory(new CodeableConcept(PROBLEM.copy()));
            condition.setCode(Codings.concept(need.need()));
            need.id().ifPresent(id -> condition.addIdentifier(identifier(Systems.NEED_ID, id)));
            condition.setSubject(writer.patient());
            Reference conditionRef = writer.bundle().add(condition);
            carePlan.addAddresses(conditionRef);
            for (Goal goal : need.goals()) {
                Reference goalRef = writer.bundle().add(write(writer, goal, conditionRef));
                carePlan.addGoal(goalRef);
                for (PlanAction action : goal.actions()) {
                    carePlan.addActivity(write(writer, action, goalRef, onwardReferrals));
                }
            }
        }
    }

    private static Identifier identifier(String system, String value) {
        return new Identifier().setSystem(system).setValue(value);
    }

    private static void writeAgreement(CarePlan carePlan, PlanAgreement agreement) {
        Extension extension = Extensions.addComplex(carePlan, SpExtension.PLAN_AGREEMENT);
        Extensions.addPart(extension, "agreed", new BooleanType(agreement.agreed()));
        agreement.agreedBy().ifPresent(name -> Extensions.addPart(extension, "agreed-by", new StringType(name)));
        agreement.role().ifPresent(role -> Extensions.addPart(extension, "role", new StringType(role)));
        agreement
                .reasonNotAgreed()
                .ifPresent(reason -> Extensions.addPart(extension, "reason-not-agreed", new StringType(reason)));
    }

    private static org.hl7.fhir.r4.model.Goal write(EpisodeWriter writer, Goal goal, Reference need) {
        org.hl7.fhir.r4.model.Goal target = new org.hl7.fhir.r4.model.Goal();
        goal.id().ifPresent(id -> target.addIdentifier(identifier(Systems.GOAL_ID, id)));
        goal.importance().ifPresent(score -> Extensions.add(target, SpExtension.IMPORTANCE, new DecimalType(score)));
        goal.confidence().ifPresent(rating -> Extensions.add(target, SpExtension.CONFIDENCE, new IntegerType(rating)));
        goal.reviewDate().ifPresent(day -> Extensions.add(target, SpExtension.REVIEW_DATE, Times.date(day)));
        target.setLifecycleStatus(lifecycle(goal.status()));
        achievement(goal.status())
                .ifPresent(code -> target.setAchievementStatus(
                        new CodeableConcept(new Coding(Systems.GOAL_ACHIEVEMENT, code, null))));
        target.setDescription(Codings.concept(goal.description()));
        target.setSubject(writer.patient());
        goal.setOn().ifPresent(day -> target.setStart(Times.date(day)));
        goal.targetDate().ifPresent(day -> target.addTarget().setDue(Times.date(day)));
        goal.endedOn().ifPresent(day -> target.setStatusDateElement(Times.date(day)));
        target.addAddresses(need.copy());
        goal.outcomes().forEach(outcome -> target.addOutcomeCode(Codings.concept(outcome)));
        return target;
    }

    private static CarePlanActivityComponent write(
            EpisodeWriter writer, PlanAction action, Reference goal, Map<String, Reference> onwardReferrals) {
        CarePlanActivityComponent activity = new CarePlanActivityComponent();
        action.confidence()
                .ifPresent(rating -> Extensions.add(activity, SpExtension.CONFIDENCE, new IntegerType(rating)));
        action.lastUpdated().ifPresent(day -> Extensions.add(activity, SpExtension.LAST_UPDATED, Times.date(day)));
        action.reviewDate().ifPresent(day -> Extensions.add(activity, SpExtension.REVIEW_DATE, Times.date(day)));
        action.onwardReferralId()
                .ifPresent(id -> Extensions.add(
                        activity,
                        SpExtension.ONWARD_REFERRAL,
                        onwardReferrals.get(id).copy()));
        CarePlanActivityDetailComponent detail = activity.getDetail();
        detail.setCode(Codings.concept(action.what()));
        detail.addGoal(goal.copy());
        detail.setStatus(activityStatus(action.status()));
        action.when().ifPresent(month -> detail.setScheduled(new Period().setStartElement(Times.dateTime(month))));
        action.who().ifPresent(who -> detail.addPerformer(writer.professional(who)));
        action.strategies().ifPresent(detail::setDescription);
        return activity;
    }

    private static GoalLifecycleStatus lifecycle(GoalStatus status) {
        return switch (status) {
            case PROPOSED -> GoalLifecycleStatus.PROPOSED;
            case ACTIVE -> GoalLifecycleStatus.ACTIVE;
            case ON_HOLD -> GoalLifecycleStatus.ONHOLD;
            case ACHIEVED, NOT_ACHIEVED -> GoalLifecycleStatus.COMPLETED;
            case CANCELLED -> GoalLifecycleStatus.CANCELLED;
        };
    }

    private static Optional<String> achievement(GoalStatus status) {
        return status == GoalStatus.ACHIEVED
                ? Optional.of("achieved")
                : status == GoalStatus.NOT_ACHIEVED ? Optional.of("not-achieved") : Optional.empty();
    }

    private static CarePlanActivityStatus activityStatus(Optional<ActionStatus> status) {
        if (status.isEmpty()) {
            return CarePlanActivityStatus.UNKNOWN;
        }
        return switch (status.get()) {
            case PLANNED -> CarePlanActivityStatus.NOTSTARTED;
            case IN_PROGRESS -> CarePlanActivityStatus.INPROGRESS;
            case DONE -> CarePlanActivityStatus.COMPLETED;
            case REFUSED -> CarePlanActivityStatus.CANCELLED;
        };
    }

    /**
     * Reads the plan.
     *
     * @param episode the episode being read
     * @param carePlan the CarePlan, located
     * @param onwardReferrals the onward referrals' ServiceRequests and their ids
     * @return the plan
     */
    static SupportPlan read(
            EpisodeReading episode, At<CarePlan> carePlan, Map<ServiceRequest, String> onwardReferrals) {
        Reading reading = episode.reading();
        CarePlan node = reading.read(carePlan).node();
        SupportPlan.Builder plan = SupportPlan.builder();
        plan.addAllStrengths(Extensions.codedTexts(reading, carePlan, SpExtension.STRENGTH));
        Extensions.one(reading, carePlan, SpExtension.PLAN_AGREEMENT)
                .ifPresent(found -> plan.agreement(agreement(reading, found)));
        plan.lastUpdated(Extensions.date(reading, carePlan, SpExtension.LAST_UPDATED));
        plan.reviewDate(Extensions.date(reading, carePlan, SpExtension.REVIEW_DATE));
        Extensions.one(reading, carePlan, SpExtension.REVIEW_RESPONSIBILITY)
                .ifPresent(found -> plan.reviewResponsibility(
                        episode.professional(Extensions.value(reading, found, Reference.class), carePlan)));
        reading.use(node.getStatusElement());
        if (node.getIntent() == CarePlanIntent.PLAN) {
            reading.use(node.getIntentElement());
        }
        episode.requirePatient(carePlan.child(node.getSubject(), "subject"), carePlan);

        List<At<Condition>> conditions = new ArrayList<>();
        Map<Condition, List<Goal>> goalsByNeed = new IdentityHashMap<>();
        for (int i = 0; i < node.getAddresses().size(); i++) {
            At<Condition> condition = reading.resolve(
                    carePlan.child(node.getAddresses().get(i), "addresses", i), Condition.class, carePlan);
            if (goalsByNeed.put(condition.node(), new ArrayList<>()) != null) {
                throw reading.structure(carePlan.path() + ".addresses[" + i + "]", "must not name a need twice");
            }
            conditions.add(condition);
        }
        List<At<org.hl7.fhir.r4.model.Goal>> goals = new ArrayList<>();
        Map<org.hl7.fhir.r4.model.Goal, List<PlanAction>> actions = new IdentityHashMap<>();
        for (int i = 0; i < node.getGoal().size(); i++) {
            At<org.hl7.fhir.r4.model.Goal> goal = reading.resolve(
                    carePlan.child(node.getGoal().get(i), "goal", i), org.hl7.fhir.r4.model.Goal.class, carePlan);
            if (actions.put(goal.node(), new ArrayList<>()) != null) {
                throw reading.structure(carePlan.path() + ".goal[" + i + "]", "must not name a goal twice");
            }
            goals.add(goal);
        }
        for (int i = 0; i < node.getActivity().size(); i++) {
            At<CarePlanActivityComponent> activity =
                    carePlan.child(node.getActivity().get(i), "activity", i);
            if (!activity.node().hasDetail()
                    || activity.node().getDetail().getGoal().size() != 1) {
                throw reading.structure(activity.path() + ".detail.goal", "must name the one goal the action is for");
            }
            At<CarePlanActivityDetailComponent> detail =
                    activity.child(activity.node().getDetail(), "detail");
            At<org.hl7.fhir.r4.model.Goal> goal = reading.resolve(
                    detail.child(detail.node().getGoalFirstRep(), "goal", 0),
                    org.hl7.fhir.r4.model.Goal.class,
                    carePlan);
            List<PlanAction> forGoal = actions.get(goal.node());
            if (forGoal == null) {
                throw reading.invalid(detail.path() + ".goal[0]", "must be one of the plan's goals");
            }
            forGoal.add(action(episode, activity, carePlan, onwardReferrals));
        }
        for (At<org.hl7.fhir.r4.model.Goal> goal : goals) {
            At<Condition> need = needOf(reading, goal, conditions);
            goalsByNeed.get(need.node()).add(goal(episode, goal, actions.get(goal.node())));
        }
        for (At<Condition> condition : conditions) {
            plan.addNeed(reading.build(
                    condition.path(),
                    () -> PlanNeed.builder()
                            .id(reading.identifier(condition, condition.node().getIdentifier(), Systems.NEED_ID))
                            .need(need(episode, condition))
                            .addAllGoals(goalsByNeed.get(condition.node()))
                            .build()));
        }
        return reading.build(carePlan.path(), plan::build);
    }

    private static At<Condition> needOf(
            Reading reading, At<org.hl7.fhir.r4.model.Goal> goal, List<At<Condition>> conditions) {
        org.hl7.fhir.r4.model.Goal node = goal.node();
        if (node.getAddresses().size() != 1) {
            throw reading.structure(goal.path() + ".addresses", "must name the one need the goal is for");
        }
        At<Reference> addresses = goal.child(node.getAddressesFirstRep(), "addresses", 0);
        for (At<Condition> condition : conditions) {
            if (reading.pointsAt(addresses.node(), goal, condition.node())) {
                reading.resolve(addresses, Condition.class, goal);
                return condition;
            }
        }
        throw reading.invalid(addresses.path(), "must point at one of the needs the CarePlan addresses");
    }

    private static CodedText need(EpisodeReading episode, At<Condition> condition) {
        Reading reading = episode.reading();
        Condition node = reading.read(condition).node();
        if (node.hasClinicalStatus()) {
            Codings.useIfCode(reading, node.getClinicalStatus(), ACTIVE);
        }
        for (CodeableConcept category : node.getCategory()) {
            Codings.useIfCode(reading, category, PROBLEM);
        }
        episode.requirePatient(condition.child(node.getSubject(), "subject"), condition);
        if (!node.hasCode()) {
            throw reading.missing(condition.path() + ".code", "the need");
        }
        return Codings.codedText(reading, condition.child(node.getCode(), "code"));
    }

    private static Goal goal(EpisodeReading episode, At<org.hl7.fhir.r4.model.Goal> goal, List<PlanAction> actions) {
        Reading reading = episode.reading();
        org.hl7.fhir.r4.model.Goal node = goal.node();
        Goal.Builder target = Goal.builder();
        target.id(reading.identifier(goal, node.getIdentifier(), Systems.GOAL_ID));
        target.importance(Extensions.decimal(reading, goal, SpExtension.IMPORTANCE));
        target.confidence(Extensions.integer(reading, goal, SpExtension.CONFIDENCE));
        target.reviewDate(Extensions.date(reading, goal, SpExtension.REVIEW_DATE));
        target.status(goalStatus(reading, goal));
        target.description(Codings.codedText(reading, goal.child(node.getDescription(), "description")));
        episode.requirePatient(goal.child(node.getSubject(), "subject"), goal);
        if (node.hasStart()) {
            if (!(node.getStart() instanceof DateType)) {
                throw reading.invalid(goal.path() + ".start", "must be a date (startDate)");
            }
            target.setOn(Times.date(reading, goal.child((DateType) node.getStart(), "startDate")));
        }
        if (node.hasTarget()) {
            At<org.hl7.fhir.r4.model.Goal.GoalTargetComponent> due = goal.child(node.getTargetFirstRep(), "target", 0);
            if (!(due.node().getDue() instanceof DateType)) {
                throw reading.invalid(due.path() + ".due", "must be a date (dueDate)");
            }
            target.targetDate(
                    Times.date(reading, due.child((DateType) due.node().getDue(), "dueDate")));
        }
        if (node.hasStatusDateElement()) {
            target.endedOn(Times.date(reading, goal.child(node.getStatusDateElement(), "statusDate")));
        }
        for (int i = 0; i < node.getOutcomeCode().size(); i++) {
            target.addOutcome(
                    Codings.codedText(reading, goal.child(node.getOutcomeCode().get(i), "outcomeCode", i)));
        }
        target.addAllActions(actions);
        return reading.build(goal.path(), target::build);
    }

    private static GoalStatus goalStatus(Reading reading, At<org.hl7.fhir.r4.model.Goal> goal) {
        org.hl7.fhir.r4.model.Goal node = goal.node();
        GoalLifecycleStatus lifecycle =
                reading.value(goal.child(node.getLifecycleStatusElement(), "lifecycleStatus"), "the goal's status");
        switch (lifecycle) {
            case PROPOSED:
                return GoalStatus.PROPOSED;
            case ACTIVE:
                return GoalStatus.ACTIVE;
            case ONHOLD:
                return GoalStatus.ON_HOLD;
            case CANCELLED:
                return GoalStatus.CANCELLED;
            case COMPLETED:
                if (node.hasAchievementStatus()) {
                    CodeableConcept achievement = node.getAchievementStatus();
                    if (Codings.useIfCode(
                            reading, achievement, new Coding(Systems.GOAL_ACHIEVEMENT, "achieved", null))) {
                        return GoalStatus.ACHIEVED;
                    }
                    if (Codings.useIfCode(
                            reading, achievement, new Coding(Systems.GOAL_ACHIEVEMENT, "not-achieved", null))) {
                        return GoalStatus.NOT_ACHIEVED;
                    }
                }
                throw reading.invalid(
                        goal.path() + ".achievementStatus", "must be achieved or not-achieved for a completed goal");
            default:
                throw reading.invalid(
                        goal.path() + ".lifecycleStatus", "'" + lifecycle.toCode() + "' has no SDK goal status");
        }
    }

    private static PlanAgreement agreement(Reading reading, At<Extension> extension) {
        PlanAgreement.Builder agreement = PlanAgreement.builder()
                .agreed(Extensions.requiredPart(reading, extension, "agreed", BooleanType.class)
                        .node()
                        .booleanValue());
        Extensions.part(reading, extension, "agreed-by", StringType.class)
                .ifPresent(found -> agreement.agreedBy(found.node().getValue()));
        Extensions.part(reading, extension, "role", StringType.class)
                .ifPresent(found -> agreement.role(found.node().getValue()));
        Extensions.part(reading, extension, "reason-not-agreed", StringType.class)
                .ifPresent(found -> agreement.reasonNotAgreed(found.node().getValue()));
        return reading.build(extension.path(), agreement::build);
    }

    private static PlanAction action(
            EpisodeReading episode,
            At<CarePlanActivityComponent> activity,
            At<CarePlan> carePlan,
            Map<ServiceRequest, String> onwardReferrals) {
        Reading reading = episode.reading();
        PlanAction.Builder action = PlanAction.builder();
        action.confidence(Extensions.integer(reading, activity, SpExtension.CONFIDENCE));
        action.lastUpdated(Extensions.date(reading, activity, SpExtension.LAST_UPDATED));
        action.reviewDate(Extensions.date(reading, activity, SpExtension.REVIEW_DATE));
        Extensions.one(reading, activity, SpExtension.ONWARD_REFERRAL).ifPresent(found -> {
            At<ServiceRequest> request =
                    reading.resolve(Extensions.value(reading, found, Reference.class), ServiceRequest.class, carePlan);
            String id = onwardReferrals.get(request.node());
            if (id == null) {
                throw reading.invalid(found.path(), "must point at one of the episode's onward referrals");
            }
            action.onwardReferralId(id);
        });
        At<CarePlanActivityDetailComponent> detail =
                activity.child(activity.node().getDetail(), "detail");
        CarePlanActivityDetailComponent node = detail.node();
        if (!node.hasCode()) {
            throw reading.missing(detail.path() + ".code", "what the action is");
        }
        action.what(Codings.codedText(reading, detail.child(node.getCode(), "code")));
        action.status(actionStatus(reading, detail));
        if (node.hasScheduled()) {
            if (!(node.getScheduled() instanceof Period) || !((Period) node.getScheduled()).hasStartElement()) {
                throw reading.invalid(detail.path() + ".scheduled", "must be a scheduledPeriod with the start month");
            }
            At<Period> period = detail.child((Period) node.getScheduled(), "scheduledPeriod");
            action.when(Times.yearMonth(reading, period.child(period.node().getStartElement(), "start")));
        }
        if (node.hasPerformer()) {
            action.who(episode.professional(detail.child(node.getPerformerFirstRep(), "performer", 0), carePlan));
        }
        if (node.hasDescriptionElement()) {
            action.strategies(
                    reading.value(detail.child(node.getDescriptionElement(), "description"), "the strategies"));
        }
        return reading.build(activity.path(), action::build);
    }

    private static Optional<ActionStatus> actionStatus(Reading reading, At<CarePlanActivityDetailComponent> detail) {
        CarePlanActivityStatus status =
                reading.value(detail.child(detail.node().getStatusElement(), "status"), "the action's status");
        switch (status) {
            case UNKNOWN:
                return Optional.empty();
            case NOTSTARTED:
                return Optional.of(ActionStatus.PLANNED);
            case INPROGRESS:
                return Optional.of(ActionStatus.IN_PROGRESS);
            case COMPLETED:
                return Optional.of(ActionStatus.DONE);
            case CANCELLED:
                return Optional.of(ActionStatus.REFUSED);
            default:
                throw reading.invalid(detail.path() + ".status", "'" + status.toCode() + "' has no SDK action status");
        }
    }
}
