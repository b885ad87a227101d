package io.rekindle.platform;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small text rules every module shares: blank means absent, and names compare without case or accents. */
public final class Text {

    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private Text() {}

    /** The text without surrounding blanks, or null when nothing is left. */
    public static String trimToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    /** A name as it is compared and sorted: lower case, accents removed ("José" and "jose" are equal). */
    public static String key(String name) {
        String stripped = name.strip();
        if (stripped.chars().allMatch(c -> c < 0x80)) {
            return stripped.toLowerCase(Locale.ROOT);
        }
        return MARKS.matcher(Normalizer.normalize(stripped, Normalizer.Form.NFD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
    }

    /** A form field with one value per line (or separated by semicolons), blank values left out. */
    public static List<String> lines(String s) {
        return split(s, "[\\r\\n;]+");
    }

    /** A form field with comma-separated values, blank values left out. */
    public static List<String> commaSeparated(String s) {
        return split(s, ",");
    }

    private static List<String> split(String s, String separator) {
        return s == null
                ? List.of()
                : Arrays.stream(s.split(separator)).filter(x -> !x.isBlank()).toList();
    }
}
