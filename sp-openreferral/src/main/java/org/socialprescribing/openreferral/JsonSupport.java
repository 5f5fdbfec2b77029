package org.socialprescribing.openreferral;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.socialprescribing.model.input.InputLimits;

/** The one Jackson configuration behind every ORUK read and write. */
final class JsonSupport {

    /**
     * The deepest nesting written: the default of the SDK's input limits ({@link InputLimits#DEFAULT_MAX_DEPTH}),
     * which reading applies, so that whatever is written can be read back. A fully nested HSDS document is about 10
     * levels deep; the limit leaves room for nested extensions and keeps recursion (organization, services,
     * organization, ...) far from the stack's end.
     */
    static final int MAX_NESTING_DEPTH = InputLimits.DEFAULT_MAX_DEPTH;

    /**
     * Thread-safe once built. Documents are read through {@link org.socialprescribing.model.input.BoundedJson}
     * parsers, which apply the input limits; this mapper's own factory serves writing and in-memory trees.
     * Duplicate properties are errors (a builder cannot take a value twice, and which
     * one wins would be a guess). Decimals in extensions keep their exact digits, trailing zeros included, so
     * that they are written back as they were read.
     */
    static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_NESTING_DEPTH)
                            .build())
                    .streamWriteConstraints(StreamWriteConstraints.builder()
                            .maxNestingDepth(MAX_NESTING_DEPTH)
                            .build())
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private JsonSupport() {}
}
