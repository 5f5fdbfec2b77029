package org.socialprescribing.fhir.questionnaire;

import java.util.List;
import org.socialprescribing.measures.Instrument;
import org.socialprescribing.measures.InstrumentRegistry;
import org.socialprescribing.measures.local.LocalInstruments;
import org.socialprescribing.measures.star.StarDefinition;
import org.socialprescribing.measures.star.StarDefinitions;

/**
 * Invented definitions for tests: a local scale with reverse-scored items and a demonstration star. Neither is a
 * real instrument; the star's names are deliberately meaningless ("Area A", "Stage 1"), as no Outcomes Star text
 * may appear in the SDK.
 */
final class MeasurementFixtures {

    /** A local five-item scale 0..4 with items 2 and 4 reversed and invented bands. */
    static final Instrument LOCAL = LocalInstruments.parse("{\"id\": \"invented_scale\", \"version\": \"2\","
            + " \"title\": \"Invented five-item scale (for tests only)\", \"citation\": \"Invented for the SDK's tests\","
            + " \"collector\": \"community_provider\", \"licence\": {\"owner\": \"Nobody (invented)\","
            + " \"itemTextBundlable\": true, \"terms\": \"Invented; no terms\"}, \"items\": 5,"
            + " \"responseRange\": {\"min\": 0, \"max\": 4}, \"reverseScored\": [2, 4], \"missingItems\": \"all_required\","
            + " \"bands\": {\"source\": \"Invented bands for tests\", \"evidence\": \"secondary\", \"bands\": ["
            + " {\"code\": \"low\", \"min\": 0, \"max\": 6}, {\"code\": \"middle\", \"min\": 7, \"max\": 13},"
            + " {\"code\": \"high\", \"min\": 14, \"max\": 20}]}}");

    /** A demonstration star: five areas, scale 1..10. */
    static final StarDefinition STAR = StarDefinitions.parse("{\"id\": \"demo_star\", \"version\": \"1\","
            + " \"title\": \"Demonstration star (invented for tests; not a Triangle star)\", \"scaleMax\": 10,"
            + " \"areas\": [{\"key\": \"area_a\", \"name\": \"Area A\"}, {\"key\": \"area_b\", \"name\": \"Area B\"},"
            + " {\"key\": \"area_c\", \"name\": \"Area C\"}, {\"key\": \"area_d\", \"name\": \"Area D\"},"
            + " {\"key\": \"area_e\", \"name\": \"Area E\"}],"
            + " \"stages\": [{\"code\": \"stage_1\", \"name\": \"Stage 1\", \"min\": 1, \"max\": 3},"
            + " {\"code\": \"stage_2\", \"name\": \"Stage 2\", \"min\": 4, \"max\": 5},"
            + " {\"code\": \"stage_3\", \"name\": \"Stage 3\", \"min\": 6, \"max\": 7},"
            + " {\"code\": \"stage_4\", \"name\": \"Stage 4\", \"min\": 8, \"max\": 9},"
            + " {\"code\": \"stage_5\", \"name\": \"Stage 5\", \"min\": 10, \"max\": 10}]}");

    /** The standard instruments plus the local scale. */
    static final InstrumentRegistry REGISTRY = InstrumentRegistry.standard().withInstruments(List.of(LOCAL));

    private MeasurementFixtures() {}
}
