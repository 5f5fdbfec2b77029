package org.socialprescribing.report;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.ModelIssueCode;
import org.socialprescribing.model.input.InputLimits;
import org.socialprescribing.model.json.InvalidJsonException;
import org.socialprescribing.model.json.SpJson;

/** Reads and writes funding records: a JSON array of {@link FundingFlow} objects, in the SDK's strict JSON. */
public final class FundingFlows {

    private FundingFlows() {}

    /**
     * Reads a funding file.
     *
     * @param json a JSON array of funding flows, not null
     * @return the flows in file order, never null
     * @throws InvalidJsonException if the JSON is not such an array; the exception names the JSON path and rule,
     *     e.g. {@code $[2].amount: ... must not be negative}
     */
    public static List<FundingFlow> read(@Nullable String json) {
        return read(json, InputLimits.defaults());
    }

    /**
     * Reads a funding file under the given input limits.
     *
     * @param json a JSON array of funding flows, not null
     * @param limits the limits on the input, not null
     * @return the flows in file order, never null
     * @throws InvalidJsonException if the JSON breaks a limit or is not such an array; the exception names the JSON
     *     path and rule
     */
    public static List<FundingFlow> read(@Nullable String json, InputLimits limits) {
        FundingFlow[] flows = SpJson.parse(json, FundingFlow[].class, limits);
        for (int i = 0; i < flows.length; i++) {
            if (flows[i] == null) {
                throw new InvalidJsonException(
                        ModelIssueCode.JSON_WRONG_TYPE,
                        "$[" + i + "]",
                        null,
                        "must be a funding record, not null",
                        null);
            }
        }
        return List.of(flows);
    }

    /**
     * Writes funding flows as the JSON that {@link #read(String)} reads.
     *
     * @param flows the flows, not null
     * @return the JSON text, never null
     */
    public static String write(List<FundingFlow> flows) {
        return SpJson.write(flows);
    }
}
