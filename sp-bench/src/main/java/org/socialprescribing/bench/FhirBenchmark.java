package org.socialprescribing.bench;

import java.util.concurrent.TimeUnit;
import org.hl7.fhir.r4.model.Bundle;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.socialprescribing.fhir.FhirResourceReader;
import org.socialprescribing.fhir.SpFhir;
import org.socialprescribing.fhir.mapping.EpisodeBundles;
import org.socialprescribing.fhir.validation.FhirValidation;
import org.socialprescribing.model.MappingResult;
import org.socialprescribing.model.ValidationReport;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;

/**
 * One realistic episode ({@link BenchEpisode}) through FHIR, time per episode, each mapping against the HAPI work it
 * wraps: mapping and encoding against encoding the same Bundle alone, parsing and mapping back against parsing
 * alone, with the parts of each ({@code mapOnly}, {@code readOnly}, {@code mapBackOnly}) to show where the time goes;
 * and the cost of validating the Bundle with a warm validator ({@link FhirValidatorWarmupBenchmark} times
 * the cold start).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 8, time = 1) // the composite benchmarks need about five seconds to settle
@Measurement(iterations = 8, time = 1)
@Fork(2)
@State(Scope.Thread)
public class FhirBenchmark {

    // Built when JMH creates the state, outside any measurement; the baselines work on the very Bundle and JSON
    // the SDK produces.
    private final EpisodeBundles bundles = EpisodeBundles.standard();
    private final SocialPrescribingEpisode episode = BenchEpisode.episode();
    private final Bundle bundle = bundles.toTransaction(episode);
    private final String json = SpFhir.newJsonParser().encodeResourceToString(bundle);
    private final FhirValidation validation = FhirValidation.builder().build();

    /**
     * Domain episode to transaction Bundle to JSON.
     *
     * @return the JSON, so the work is not optimised away
     */
    @Benchmark
    public String mapAndEncode() {
        return SpFhir.newJsonParser().encodeResourceToString(bundles.toTransaction(episode));
    }

    /**
     * Baseline for {@link #mapAndEncode}: HAPI encoding the same, pre-built Bundle.
     *
     * @return the JSON, so the work is not optimised away
     */
    @Benchmark
    public String hapiEncodeOnly() {
        return SpFhir.newJsonParser().encodeResourceToString(bundle);
    }

    /**
     * JSON to episode: the hardened reader (input guard and HAPI's strict parse), then the mapping back.
     *
     * @return the episode, so the work is not optimised away
     */
    @Benchmark
    public MappingResult<SocialPrescribingEpisode> parseAndMapBack() {
        return bundles.parseEpisode(json);
    }

    /**
     * Baseline for {@link #parseAndMapBack}: HAPI parsing the same JSON to a Bundle.
     *
     * @return the Bundle, so the work is not optimised away
     */
    @Benchmark
    public Bundle hapiParseOnly() {
        return SpFhir.newJsonParser().parseResource(Bundle.class, json);
    }

    /**
     * Where {@link #mapAndEncode}'s time goes: the mapping alone, episode to Bundle.
     *
     * @return the Bundle, so the work is not optimised away
     */
    @Benchmark
    public Bundle mapOnly() {
        return bundles.toTransaction(episode);
    }

    /**
     * Where {@link #parseAndMapBack}'s time goes: the hardened reader alone (input guard and strict parse).
     *
     * @return the Bundle, so the work is not optimised away
     */
    @Benchmark
    public Bundle readOnly() {
        return FhirResourceReader.standard().parse(json, Bundle.class);
    }

    /**
     * Where {@link #parseAndMapBack}'s time goes: the mapping back alone, from the pre-built Bundle.
     *
     * @return the episode, so the work is not optimised away
     */
    @Benchmark
    public MappingResult<SocialPrescribingEpisode> mapBackOnly() {
        return bundles.toEpisode(bundle);
    }

    /**
     * Validating the Bundle's JSON with a warm validator (R4 core and the SDK's conformance resources).
     *
     * @return the report, so the work is not optimised away
     */
    @Benchmark
    public ValidationReport validate() {
        return validation.validate(json);
    }
}
