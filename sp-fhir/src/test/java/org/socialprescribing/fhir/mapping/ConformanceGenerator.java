package org.socialprescribing.fhir.mapping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.ElementDefinition.ConstraintSeverity;
import org.hl7.fhir.r4.model.ElementDefinition.DiscriminatorType;
import org.hl7.fhir.r4.model.ElementDefinition.SlicingRules;
import org.hl7.fhir.r4.model.Enumerations.BindingStrength;
import org.hl7.fhir.r4.model.Enumerations.FHIRVersion;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.StructureDefinition.ExtensionContextType;
import org.hl7.fhir.r4.model.StructureDefinition.StructureDefinitionKind;
import org.hl7.fhir.r4.model.StructureDefinition.TypeDerivationRule;
import org.hl7.fhir.r4.model.UriType;
import org.hl7.fhir.r4.model.ValueSet;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.fhir.SpFhir;
import org.socialprescribing.fhir.mapping.internal.ExtensionShape;
import org.socialprescribing.fhir.mapping.internal.PersonFhir;
import org.socialprescribing.fhir.mapping.internal.RecordType;
import org.socialprescribing.fhir.mapping.internal.SpExtension;
import org.socialprescribing.fhir.mapping.internal.SpProfile;
import org.socialprescribing.fhir.mapping.internal.Systems;
import org.socialprescribing.model.coding.CodeSystems;
import org.socialprescribing.model.coding.CodedValue;
import org.socialprescribing.model.episode.ActionStatus;
import org.socialprescribing.model.episode.ConsentBasis;
import org.socialprescribing.model.episode.ConsentPurpose;
import org.socialprescribing.model.episode.GoalStatus;
import org.socialprescribing.model.episode.OnwardReferralStatus;
import org.socialprescribing.model.episode.ReferralMethod;
import org.socialprescribing.model.episode.ReferralSource;
import org.socialprescribing.model.episode.ReferralStatus;
import org.socialprescribing.model.episode.Urgency;
import org.socialprescribing.model.id.DeprivationIndex;
import org.socialprescribing.model.org.Footprint;
import org.socialprescribing.model.org.VcseOrganisationType;
import org.socialprescribing.model.person.GenderIdentity;
import org.socialprescribing.model.service.DeliveryMode;
import org.socialprescribing.model.service.ReferralRoute;
import org.socialprescribing.model.service.ServiceCategory;
import org.socialprescribing.model.service.ServiceStatus;
import org.socialprescribing.model.workforce.EmploymentModel;
import org.socialprescribing.model.workforce.PersonalisedCareRoleType;

/**
 * Generates the SDK's conformance resources from their one source of truth: every SDK vocabulary's CodeSystem and
 * ValueSet from its Java enum, every extension's StructureDefinition from {@link SpExtension}, and the profiles of
 * {@link SpProfile} from the table below. {@link ConformanceDriftTest} fails when the shipped files differ.
 */
final class ConformanceGenerator {

    static final String VERSION = "0.1.0";
    static final String PUBLISHER = "Social Prescribing SDK";
    private static final String SNOMED_REFERRAL = "871731000000106";

    private ConformanceGenerator() {}

    /** @return every generated resource by file name, in index order */
    static Map<String, MetadataResource> all() {
        Map<String, MetadataResource> resources = new LinkedHashMap<>();
        for (Vocabulary vocabulary : vocabularies()) {
            resources.put("CodeSystem-" + vocabulary.id + ".json", vocabulary.codeSystem());
            resources.put("ValueSet-" + vocabulary.id + ".json", vocabulary.valueSet());
        }
        for (SpExtension extension : SpExtension.values()) {
            resources.put("StructureDefinition-" + extension.id() + ".json", extension(extension));
        }
        for (SpProfile profile : SpProfile.values()) {
            resources.put("StructureDefinition-" + profile.id() + ".json", profile(profile));
        }
        return resources;
    }

    static String json(MetadataResource resource) {
        return SpFhir.newJsonParser().setPrettyPrint(true).encodeResourceToString(resource) + "\n";
    }

    // ---- vocabularies

    static List<Vocabulary> vocabularies() {
        List<Vocabulary> all = new ArrayList<>();
        all.add(coded(
                ReferralStatus.class,
                "Social prescribing referral status",
                "Where a referral to a social prescribing service stands, from receipt to closure: the states of the"
                        + " SDK's referral lifecycle (sp-model ReferralStatus)."));
        all.add(coded(
                OnwardReferralStatus.class,
                "Onward referral status",
                "Where a referral from the link worker on to a VCSE or statutory service stands, from the provider's"
                        + " side (sp-model OnwardReferralStatus)."));
        all.add(coded(ReferralSource.class, "Referral source", "Who referred the person to social prescribing."));
        all.add(coded(
                ReferralMethod.class,
                "Referral method",
                "How a referral was sent: the seven methods of the PRSB standard, whose national code values are in no"
                        + " source the SDK has."));
        all.add(coded(
                Urgency.class, "Urgency", "How soon a referral should be acted on (the FHIR request priorities)."));
        all.add(coded(ConsentBasis.class, "Consent basis", "How consent to share information was given."));
        all.add(coded(ConsentPurpose.class, "Consent purpose", "What a consent to share information covers."));
        all.add(coded(GoalStatus.class, "Goal status", "Where a goal in the support plan stands."));
        all.add(coded(ActionStatus.class, "Action status", "Where an action in the support plan stands."));
        all.add(coded(
                VcseOrganisationType.class,
                "VCSE organisation type",
                "The legal or organisational form of a voluntary, community or social enterprise organisation."));
        all.add(coded(Footprint.class, "Footprint", "The area an organisation works across."));
        all.add(coded(
                PersonalisedCareRoleType.class,
                "Personalised care role",
                "The personalised care roles around social prescribing; no national code for them is verified."));
        all.add(coded(
                EmploymentModel.class, "Employment model", "How a Primary Care Network appointed a link worker."));
        all.add(coded(
                ServiceCategory.class,
                "Service category",
                "The SDK's service taxonomy: the kinds of support social prescribing connects people to."));
        all.add(coded(DeliveryMode.class, "Delivery mode", "How a service is delivered."));
        all.add(coded(ReferralRoute.class, "Referral route", "How a service takes people on."));
        all.add(coded(ServiceStatus.class, "Service status", "Whether a service runs: the four HSDS 3.0 statuses."));
        all.add(coded(
                RecordType.class,
                "Record type",
                "What an SDK record is where FHIR has no resource of its own for it: the code of a Basic resource, the"
                        + " category of a Communication, the code of an Observation."));
        all.add(new Vocabulary(
                Systems.GENDER_IDENTITY,
                "Gender identity",
                "NHS Data Dictionary GENDER IDENTITY CODE, published under the SDK's base because no FHIR code system"
                        + " for it is verified; the codes and displays are the Data Dictionary's.",
                concepts(GenderIdentity.values(), GenderIdentity::code, GenderIdentity::display)));
        all.add(new Vocabulary(
                Systems.DEPRIVATION_INDEX,
                "Deprivation index",
                "The releases of the English Indices of Deprivation that an IMD decile comes from.",
                concepts(DeprivationIndex.values(), DeprivationIndex::code, PersonFhir::display)));
        return all;
    }

    private static <E extends Enum<E> & CodedValue> Vocabulary coded(Class<E> type, String title, String description) {
        E[] constants = type.getEnumConstants();
        return new Vocabulary(
                constants[0].system(), title, description, concepts(constants, CodedValue::code, CodedValue::display));
    }

    private static <E> List<String[]> concepts(E[] constants, Function<E, String> code, Function<E, String> display) {
        List<String[]> concepts = new ArrayList<>();
        for (E constant : constants) {
            concepts.add(new String[] {code.apply(constant), display.apply(constant)});
        }
        return concepts;
    }

    /** One SDK vocabulary: its code system URL, title, description and (code, display) pairs. */
    static final class Vocabulary {
        final String system;
        final String id;
        final String title;
        final String description;
        final List<String[]> concepts;

        Vocabulary(String system, String title, String description, List<String[]> concepts) {
            this.system = system;
            this.id = system.substring(CodeSystems.SDK_BASE.length());
            this.title = title;
            this.description = description;
            this.concepts = concepts;
        }

        CodeSystem codeSystem() {
            CodeSystem codeSystem = new CodeSystem();
            describe(codeSystem, id, system, title, description);
            codeSystem.setCaseSensitive(true);
            codeSystem.setValueSet(Systems.valueSetOf(system));
            codeSystem.setContent(CodeSystem.CodeSystemContentMode.COMPLETE);
            codeSystem.setCount(concepts.size());
            for (String[] concept : concepts) {
                codeSystem.addConcept().setCode(concept[0]).setDisplay(concept[1]);
            }
            return codeSystem;
        }

        ValueSet valueSet() {
            ValueSet valueSet = new ValueSet();
            describe(valueSet, id, Systems.valueSetOf(system), title, "Every code of the code system " + system + ".");
            valueSet.getCompose().addInclude().setSystem(system);
            return valueSet;
        }
    }

    private static void describe(MetadataResource resource, String id, String url, String title, String description) {
        resource.setId(id);
        resource.setUrl(url);
        resource.setVersion(VERSION);
        resource.setName(pascalCase(id));
        resource.setTitle(title);
        resource.setStatus(PublicationStatus.DRAFT);
        resource.setExperimental(false);
        resource.setPublisher(PUBLISHER);
        resource.setDescription(description);
    }

    private static String pascalCase(String id) {
        StringBuilder name = new StringBuilder();
        for (String word : id.split("-")) {
            name.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
        }
        return name.toString();
    }

    // ---- extensions

    private static StructureDefinition extension(SpExtension extension) {
        StructureDefinition definition = structure(extension.id(), extension.url(), extension.definition());
        definition.setKind(StructureDefinitionKind.COMPLEXTYPE);
        definition.setType("Extension");
        definition.setBaseDefinition("http://hl7.org/fhir/StructureDefinition/Extension");
        for (String context : extension.contexts()) {
            definition.addContext().setType(ExtensionContextType.FHIRPATH).setExpression(context);
        }
        ExtensionShape shape = extension.shape();
        List<ElementDefinition> elements = definition.getDifferential().getElement();
        elements.add(element("Extension", "Extension")
                .setShort(shortText(extension.definition()))
                .setDefinition(extension.definition())
                .setMax(shape.repeats() ? "*" : "1"));
        if (shape.isComplex()) {
            ElementDefinition slices = element("Extension.extension", "Extension.extension");
            slices.getSlicing()
                    .setRules(SlicingRules.CLOSED)
                    .addDiscriminator()
                    .setType(DiscriminatorType.VALUE)
                    .setPath("url");
            slices.setMin((int) shape.fields().stream()
                    .filter(ExtensionShape.Field::required)
                    .count());
            elements.add(slices);
            for (ExtensionShape.Field field : shape.fields()) {
                String id = "Extension.extension:" + field.name();
                elements.add(element(id, "Extension.extension")
                        .setSliceName(field.name())
                        .setShort(shortText(field.definition()))
                        .setDefinition(field.definition())
                        .setMin(field.required() ? 1 : 0)
                        .setMax(field.repeats() ? "*" : "1"));
                elements.add(element(id + ".extension", "Extension.extension.extension")
                        .setMax("0"));
                elements.add(element(id + ".url", "Extension.extension.url").setFixed(new UriType(field.name())));
                elements.add(value(element(id + ".value[x]", "Extension.extension.value[x]"), field));
            }
            elements.add(element("Extension.url", "Extension.url").setFixed(new UriType(extension.url())));
            elements.add(element("Extension.value[x]", "Extension.value[x]").setMax("0"));
        } else {
            elements.add(element("Extension.extension", "Extension.extension").setMax("0"));
            elements.add(element("Extension.url", "Extension.url").setFixed(new UriType(extension.url())));
            elements.add(value(
                    element("Extension.value[x]", "Extension.value[x]"),
                    shape.fields().get(0)));
        }
        return definition;
    }

    private static ElementDefinition value(ElementDefinition element, ExtensionShape.Field field) {
        element.setMin(1);
        ElementDefinition.TypeRefComponent type = element.addType().setCode(field.type());
        field.target().ifPresent(target -> type.addTargetProfile("http://hl7.org/fhir/StructureDefinition/" + target));
        field.codeSystem()
                .ifPresent(system -> element.getBinding()
                        .setStrength(BindingStrength.REQUIRED)
                        .setValueSet(Systems.valueSetOf(system)));
        return element;
    }

    private static String shortText(String definition) {
        int end = definition.indexOf(". ");
        String first = end < 0 ? definition : definition.substring(0, end + 1);
        return first.endsWith(".") ? first.substring(0, first.length() - 1) : first;
    }

    private static StructureDefinition structure(String id, String url, String description) {
        StructureDefinition definition = new StructureDefinition();
        describe(definition, id, url, null, description);
        definition.setTitle(null);
        definition.setFhirVersion(FHIRVersion._4_0_1);
        definition.setAbstract(false);
        definition.setDerivation(TypeDerivationRule.CONSTRAINT);
        return definition;
    }

    private static ElementDefinition element(String id, String path) {
        ElementDefinition element = new ElementDefinition();
        element.setId(id);
        element.setPath(path);
        return element;
    }

    // ---- profiles

    private static StructureDefinition profile(SpProfile profile) {
        switch (profile) {
            case PATIENT:
                return resourceProfile(
                        profile,
                        "Patient",
                        "A person referred for social prescribing: at most one NHS number, which may not be known yet,"
                                + " and the name, when recorded. Meets UKCore-Patient.",
                        element("Patient", "Patient")
                                .addConstraint(
                                        new ElementDefinition.ElementDefinitionConstraintComponent()
                                                .setKey("sp-pat-1")
                                                .setSeverity(ConstraintSeverity.ERROR)
                                                .setHuman(
                                                        "The person has at most one NHS number (system https://fhir.nhs.uk/Id/nhs-number)")
                                                .setExpression(
                                                        "identifier.where(system = 'https://fhir.nhs.uk/Id/nhs-number').count() <= 1")));
            case EPISODE:
                return resourceProfile(
                        profile,
                        "EpisodeOfCare",
                        "One person's social prescribing episode; its referral is the SDK referral ServiceRequest.",
                        required("EpisodeOfCare.referralRequest").setMax("1"));
            case REFERRAL:
                return resourceProfile(
                        profile,
                        "ServiceRequest",
                        "The referral to the social prescribing service: SNOMED CT 871731000000106 Referral to social"
                                + " prescribing service, from the referrer to the named recipient when they are"
                                + " recorded (PRSB makes both mandatory: the SDK's CompleteForPrsb validation group"
                                + " checks them). Meets UKCore-ServiceRequest.",
                        fixedCode("ServiceRequest.intent", "order"),
                        required("ServiceRequest.code")
                                .setPattern(
                                        new CodeableConcept(new Coding(CodeSystems.SNOMED_CT, SNOMED_REFERRAL, null))),
                        required("ServiceRequest.subject"),
                        element("ServiceRequest.performer", "ServiceRequest.performer")
                                .setMax("1"));
            case REFERRAL_TASK:
                return task(
                        profile,
                        "The Gravity-style Task that tracks the referral: intent order, code fulfill,"
                                + " focus the referral; businessStatus the SDK referral status; the referrer as"
                                + " requester when recorded.",
                        CodeSystems.REFERRAL_STATUS,
                        null);
            case ONWARD_REFERRAL:
                return resourceProfile(
                        profile,
                        "ServiceRequest",
                        "A referral from the link worker on to a VCSE or statutory service, based on the referral to"
                                + " the social prescribing service.",
                        required("ServiceRequest.basedOn").setMax("1"),
                        fixedCode("ServiceRequest.intent", "order"),
                        required("ServiceRequest.subject"));
            case ONWARD_REFERRAL_TASK:
                return task(
                        profile,
                        "The Task that tracks an onward referral, part of the referral's Task;"
                                + " businessStatus the SDK onward referral status.",
                        CodeSystems.ONWARD_REFERRAL_STATUS,
                        required("Task.partOf").setMax("1"));
            case STATUS_CHANGE:
                return resourceProfile(
                        profile,
                        "Provenance",
                        "One status change of a referral or onward referral: the Task it changed, when, who and why;"
                                + " activity is the status entered.",
                        required("Provenance.target").setMax("1"),
                        required("Provenance.occurred[x]"),
                        required("Provenance.activity"),
                        element("Provenance.agent", "Provenance.agent").setMax("1"));
            default:
                throw new IllegalArgumentException(profile.name());
        }
    }

    private static StructureDefinition task(
            SpProfile profile, String description, String statusSystem, @Nullable ElementDefinition extra) {
        ElementDefinition businessStatus = required("Task.businessStatus");
        businessStatus.getBinding().setStrength(BindingStrength.REQUIRED).setValueSet(Systems.valueSetOf(statusSystem));
        List<ElementDefinition> elements = new ArrayList<>(Arrays.asList(
                businessStatus,
                fixedCode("Task.intent", "order"),
                required("Task.code").setPattern(new CodeableConcept(new Coding(Systems.TASK_CODE, "fulfill", null))),
                required("Task.focus"),
                required("Task.for"),
                required("Task.authoredOn")));
        if (extra != null) {
            elements.add(extra);
        }
        elements.sort((a, b) -> Integer.compare(TASK_ORDER.indexOf(a.getPath()), TASK_ORDER.indexOf(b.getPath())));
        return resourceProfile(profile, "Task", description, elements.toArray(new ElementDefinition[0]));
    }

    // The order of Task's elements in R4, which a differential must follow.
    private static final List<String> TASK_ORDER = List.of(
            "Task.partOf",
            "Task.businessStatus",
            "Task.intent",
            "Task.code",
            "Task.focus",
            "Task.for",
            "Task.authoredOn",
            "Task.requester");

    private static StructureDefinition resourceProfile(
            SpProfile profile, String type, String description, ElementDefinition... elements) {
        StructureDefinition definition = structure(profile.id(), profile.url(), description);
        definition.setKind(StructureDefinitionKind.RESOURCE);
        definition.setType(type);
        definition.setBaseDefinition("http://hl7.org/fhir/StructureDefinition/" + type);
        definition.getDifferential().getElement().addAll(Arrays.asList(elements));
        return definition;
    }

    private static ElementDefinition required(String path) {
        return element(path, path).setMin(1);
    }

    private static ElementDefinition fixedCode(String path, String code) {
        return element(path, path).setFixed(new CodeType(code));
    }
}
