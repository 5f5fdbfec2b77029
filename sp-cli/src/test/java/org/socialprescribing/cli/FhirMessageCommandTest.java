package org.socialprescribing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialprescribing.fhir.ConformancePackage;
import org.socialprescribing.fhir.SpFhir;
import org.socialprescribing.fhir.validation.FhirValidation;
import org.socialprescribing.model.Severity;
import org.socialprescribing.model.ValidationIssue;

/**
 * Issue 12: the message back, BaRS-style messages and the conformance package from the command line, and the whole
 * loop in the demo: every Bundle, message and message back it writes validates with no error against R4, UK Core
 * 2.0.2 (when the reference folder is present) and the SDK's package.
 */
class FhirMessageCommandTest {

    private static final Path STAR =
            Path.of("src", "main", "resources", "org", "socialprescribing", "cli", "demo", "demo-star.json");
    private static final Path UK_CORE = Path.of("..", "..", "shared", "reference", "uk-core-2.0.2");
    private static final String UK_CORE_PROFILE = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-";
    private static final List<String> UK_CORE_TYPES = List.of(
            "Patient",
            "Organization",
            "PractitionerRole",
            "ServiceRequest",
            "HealthcareService",
            "Location",
            "Composition");

    @TempDir
    static Path demo;

    private static Path episode;

    @BeforeAll
    static void runTheDemo() {
        SpRunner.Result result = SpRunner.run("demo", "-o", demo.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
        episode = demo.resolve("episodes/EP-101.json");
    }

    @Test
    void messageBack_isACodedDocumentWithNarrative() {
        SpRunner.Result result = SpRunner.run(
                "fhir",
                "message-back",
                episode.toString(),
                "--definition",
                STAR.toString(),
                "--at",
                "2025-06-20T13:00:00Z");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
        assertThat(result.out())
                .contains("\"type\": \"document\"")
                .contains("823691000000103")
                .contains("\"div\": \"<div xmlns=");
    }

    @Test
    void messageRequest_thenAResponse(@TempDir Path folder) throws IOException {
        SpRunner.Result request = SpRunner.run(
                "fhir",
                "message",
                "request",
                episode.toString(),
                "--onward",
                "OR-101-1",
                "--source",
                "https://link-workers.example.org/fhir",
                "--at",
                "2025-02-01T10:00:00Z");

        assertThat(request.exitCode()).as(request.err()).isEqualTo(ExitCode.OK);
        assertThat(request.out()).contains("servicerequest-request").doesNotContain("usecases-categories-bars");

        Bundle sent = SpFhir.newJsonParser().parseResource(Bundle.class, request.out());
        Bundle response = okResponse(sent);
        Path file = Files.writeString(
                folder.resolve("response.json"), SpFhir.newJsonParser().encodeResourceToString(response));
        SpRunner.Result read = SpRunner.run("fhir", "message", "response", file.toString());

        assertThat(read.exitCode()).as(read.err()).isEqualTo(ExitCode.OK);
        assertThat(read.out()).contains("response: ok").contains("onward referral: OR-101-1");
    }

    @Test
    void messageRequest_forAnUnknownOnwardReferral_isAUsageError() {
        SpRunner.Result result = SpRunner.run(
                "fhir", "message", "request", episode.toString(), "--onward", "OR-none", "--source", "https://x.org");

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains("OR-none");
    }

    @Test
    void package_isWrittenWhereAsked(@TempDir Path folder) {
        SpRunner.Result result = SpRunner.run("fhir", "package", "--output", folder.toString());

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
        assertThat(folder.resolve("package.tgz")).isRegularFile();
        SpRunner.Result validated = SpRunner.run(
                "fhir",
                "validate",
                "--quiet",
                "--package",
                folder.resolve("package.tgz").toString(),
                demo.resolve("fhir/EP-101.bundle.json").toString(),
                "--package",
                demo.resolve("conformance").toString());
        assertThat(validated.exitCode()).as(validated.out()).isEqualTo(ExitCode.OK);
    }

    @Test
    void theDemosFhir_validatesWithNoErrorAgainstR4UkCoreAndTheSdkPackage(@TempDir Path folder) throws IOException {
        Path tgz = ConformancePackage.writeTo(folder);
        FhirValidation.Builder builder =
                FhirValidation.builder().addNpmPackage(tgz).addConformanceFolder(demo.resolve("conformance"));
        boolean ukCore = Files.isDirectory(UK_CORE);
        if (ukCore) {
            builder.addConformanceFolder(UK_CORE);
        }
        FhirValidation validation = builder.build();
        List<Path> files;
        try (Stream<Path> listed = Files.list(demo.resolve("fhir"))) {
            files = listed.sorted().toList();
        }
        assertThat(files.stream().map(p -> p.getFileName().toString()))
                .contains("EP-101.bundle.json", "EP-101.message-back.json")
                .anyMatch(name -> name.endsWith(".referral-message.json"));
        List<String> errors = new ArrayList<>();
        for (Path file : files) {
            String json = Files.readString(file);
            collect(errors, file.getFileName() + ": ", validation.validate(json).issues());
            if (ukCore) {
                Bundle bundle = SpFhir.newJsonParser().parseResource(Bundle.class, json);
                for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
                    Resource resource = entry.getResource();
                    // Parsing a Bundle links each reference to its entry's resource, which HAPI would then
                    // encode as contained resources when the entry is validated alone: unlink them.
                    FhirContext.forR4Cached()
                            .newTerser()
                            .getAllPopulatedChildElementsOfType(resource, Reference.class)
                            .forEach(reference -> reference.setResource(null));
                    if (UK_CORE_TYPES.contains(resource.fhirType())) {
                        collect(
                                errors,
                                file.getFileName() + " " + resource.fhirType() + ": ",
                                validation
                                        .validate(resource, UK_CORE_PROFILE + resource.fhirType())
                                        .issues());
                    }
                }
            }
        }
        assertThat(errors).isEmpty();
    }

    /** A response as a receiver would send it: the request's ServiceRequest back, accepted. */
    private static Bundle okResponse(Bundle request) {
        MessageHeader header = new MessageHeader();
        header.setEvent(
                new Coding("https://fhir.nhs.uk/CodeSystem/message-events-bars", "servicerequest-response", null));
        header.getSource().setEndpoint("https://vcse.example.org/fhir");
        header.getResponse().setIdentifier(request.getIdElement().getIdPart()).setCode(MessageHeader.ResponseType.OK);
        ServiceRequest returned = new ServiceRequest();
        for (Bundle.BundleEntryComponent entry : request.getEntry()) {
            if (entry.getResource() instanceof ServiceRequest sent) {
                returned.setIdentifier(sent.getIdentifier());
                returned.setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE);
                returned.setIntent(ServiceRequest.ServiceRequestIntent.PLAN);
            }
        }
        returned.setSubject(new Reference().setDisplay("the person"));
        header.addFocus(new Reference("urn:uuid:0b7e8a52-2f7c-4c55-9d1e-6f1a2b3c4d5e"));
        Bundle response = new Bundle().setType(Bundle.BundleType.MESSAGE);
        response.addEntry()
                .setFullUrl("urn:uuid:5d0c1c7e-9a3e-4d0e-8d5c-1f2e3a4b5c6d")
                .setResource(header);
        response.addEntry()
                .setFullUrl("urn:uuid:0b7e8a52-2f7c-4c55-9d1e-6f1a2b3c4d5e")
                .setResource(returned);
        return response;
    }

    private static void collect(List<String> errors, String where, List<ValidationIssue> issues) {
        for (ValidationIssue issue : issues) {
            if (issue.severity() == Severity.ERROR || issue.severity() == Severity.FATAL) {
                errors.add(where + issue);
            }
        }
    }
}
