package org.socialprescribing.model.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.socialprescribing.model.coding.CodedValue;

/** The transition table in docs/model.md is the one the code enforces. */
class ModelGuideTest {

    private static final Path GUIDE = Path.of("docs", "model.md");
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z_]+)` \\| (.*) \\|$");
    private static final Pattern CODE = Pattern.compile("`([a-z_]+)`");

    @Test
    void transitionTable_inTheGuide_matchesReferralStatus() throws IOException {
        Map<ReferralStatus, Set<ReferralStatus>> documented = new EnumMap<>(ReferralStatus.class);
        for (String line : Files.readAllLines(GUIDE)) {
            Matcher row = ROW.matcher(line);
            if (row.matches() && isStatus(row.group(1))) {
                Matcher codes = CODE.matcher(row.group(2));
                Set<ReferralStatus> next = new java.util.HashSet<>();
                while (codes.find()) {
                    next.add(CodedValue.fromCode(ReferralStatus.class, codes.group(1)));
                }
                documented.put(CodedValue.fromCode(ReferralStatus.class, row.group(1)), next);
            }
        }
        Map<ReferralStatus, Set<ReferralStatus>> enforced = Arrays.stream(ReferralStatus.values())
                .collect(Collectors.toMap(
                        s -> s, ReferralStatus::next, (a, b) -> a, () -> new EnumMap<>(ReferralStatus.class)));
        assertThat(documented).isEqualTo(enforced);
    }

    private static boolean isStatus(String code) {
        return Arrays.stream(ReferralStatus.values()).anyMatch(s -> s.code().equals(code));
    }
}
