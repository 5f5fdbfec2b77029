package org.socialprescribing.openreferral.feed;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides credentials in a URI before it is shown in a message or an exception: the user information ({@code
 * user:password@}) and the values of query parameters whose names say they are secrets ({@code api_key}, {@code
 * access_token}, {@code signature}...). It works on text, so that a URI that does not parse is hidden too.
 */
final class Redaction {

    /** What replaces a hidden part. */
    static final String HIDDEN = "***";

    /** The authority's user information: from {@code //} to the last {@code @} before the path. */
    private static final Pattern USER_INFO = Pattern.compile("//[^/?#\\s]*@");

    /** One {@code name=value} of a query. */
    private static final Pattern PARAMETER = Pattern.compile("([^&;=#]*)=([^&;#]*)");

    /** Where a parameter name breaks into words: at anything but a letter, and where camel case starts one. */
    private static final Pattern WORD_BREAK = Pattern.compile("[^A-Za-z]+|(?<=[a-z])(?=[A-Z])");

    /** The words of a parameter name that mark a secret. */
    private static final Set<String> SECRET_WORDS = Set.of(
            "key",
            "apikey",
            "token",
            "secret",
            "password",
            "passwd",
            "pwd",
            "pass",
            "auth",
            "authorization",
            "credential",
            "credentials",
            "signature",
            "sig",
            "session",
            "sessionid");

    private Redaction() {}

    /**
     * @param uri a URI, well-formed or not
     * @return the URI with its user information and secret query values replaced by {@value #HIDDEN}
     */
    static String uri(String uri) {
        String shown = USER_INFO.matcher(uri).replaceFirst("//" + Matcher.quoteReplacement(HIDDEN) + "@");
        int query = shown.indexOf('?');
        if (query < 0) {
            return shown;
        }
        int fragment = shown.indexOf('#', query);
        int end = fragment < 0 ? shown.length() : fragment;
        Matcher parameter = PARAMETER.matcher(shown.substring(query + 1, end));
        StringBuilder hidden = new StringBuilder();
        while (parameter.find()) {
            String value = isSecret(parameter.group(1)) ? HIDDEN : parameter.group(2);
            parameter.appendReplacement(hidden, Matcher.quoteReplacement(parameter.group(1) + "=" + value));
        }
        parameter.appendTail(hidden);
        return shown.substring(0, query + 1) + hidden + shown.substring(end);
    }

    /**
     * Whether a parameter name, taken whole or word by word, marks a secret: {@code apikey}, {@code api_key},
     * {@code accessToken}, {@code X-Amz-Signature}.
     */
    private static boolean isSecret(String name) {
        if (SECRET_WORDS.contains(name.replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (String word : WORD_BREAK.split(name)) {
            if (SECRET_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
