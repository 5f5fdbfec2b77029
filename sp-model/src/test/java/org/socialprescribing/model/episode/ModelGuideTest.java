package org.socialprescribing.model.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.socialprescribing.model.ModelIssueCode;
import org.socialprescribing.model.coding.CodedValue;

/** The transition tables in docs/model.md are the ones the code enforces, and the guides name every issue code. */
class ModelGuideTest {

    private static final Path GUIDE = Path.of("..", "docs", "model.md");
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z_]+)` \\| (.*) \\|$");
    private static final Pattern CODE = Pattern.compile("`([a-z_]+)`");

    @Test
    void referralTable_matchesReferralStatus() throws IOException {
        assertThat(documented("## Referral lifecycle", ReferralStatus.class)).isEqualTo(enforced(ReferralStatus.class));
    }

    @Test
    void onwardReferralTable_matchesOnwardReferralStatus() throws IOException {
        assertThat(documented("## Onward referral lifecycle", OnwardReferralStatus.class))
                .isEqualTo(enforced(OnwardReferralStatus.class));
    }

    @Test
    void guides_nameEveryIssueCode() throws IOException {
        String guides = Files.readString(GUIDE) + Files.readString(GUIDE.resolveSibling("model-identifiers.md"));
        assertThat(ModelIssueCode.values())
                .allSatisfy(code -> assertThat(guides).contains("`" + code.code() + "`"));
    }

    private static <S extends Enum<S> & LifecycleStatus<S>> Map<S, Set<S>> enforced(Class<S> type) {
        Map<S, Set<S>> table = new EnumMap<>(type);
        for (S state : type.getEnumConstants()) {
            table.put(state, state.next());
        }
        return table;
    }

    /** Parses the first table after the heading: each row is a state and the states it may move to. */
    private static <S extends Enum<S> & LifecycleStatus<S>> Map<S, Set<S>> documented(String heading, Class<S> type)
            throws IOException {
        List<String> lines = Files.readAllLines(GUIDE);
        int start = lines.indexOf(heading);
        assertThat(start).as("heading %s in %s", heading, GUIDE).isNotNegative();
        Map<S, Set<S>> table = new EnumMap<>(type);
        boolean inTable = false;
        for (String line : lines.subList(start + 1, lines.size())) {
            if (inTable && !line.startsWith("|")) {
                break;
            }
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                inTable = true;
                Set<S> next = EnumSet.noneOf(type);
                Matcher codes = CODE.matcher(row.group(2));
                while (codes.find()) {
                    next.add(CodedValue.fromCode(type, codes.group(1)));
                }
                table.put(CodedValue.fromCode(type, row.group(1)), next);
            } else if (line.startsWith("|")) {
                inTable = true;
            }
        }
        assertThat(table.keySet()).containsExactlyInAnyOrder(type.getEnumConstants());
        return table;
    }
}
