package io.rekindle.outreach;

import io.rekindle.platform.InvalidInputException.FieldProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * The merge fields a template may use, written {@code {{person.firstName}}}, and filling them in. Values are never
 * parsed again, so a name that looks like a merge field stays text; in HTML they are escaped.
 */
public final class MergeFields {

    /** Every merge field with what it stands for, in the order the editor lists them. */
    public static final Map<String, String> ALL = fields();

    private static final Pattern FIELD = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z.]*)\\s*}}");

    private MergeFields() {}

    private static Map<String, String> fields() {
        var f = new LinkedHashMap<String, String>();
        f.put("person.firstName", "the person's first name");
        f.put("person.fullName", "the person's full name");
        f.put("person.title", "their current title");
        f.put("person.employer", "their current employer");
        f.put("person.email", "the address the email goes to");
        f.put("opening.title", "the opening's title");
        f.put("opening.location", "where the opening is");
        f.put("opening.description", "the opening's description");
        f.put("company.name", "the opening's company");
        f.put("sender.name", "your name");
        f.put("sender.email", "your From address");
        f.put("sender.signature", "your signature");
        f.put("lastNo.reason", "why they last said no");
        f.put("lastNo.date", "the day they last said no");
        f.put("lastNo.ago", "how long ago that was (\"9 months\")");
        f.put("revisit.date", "when they may be asked again");
        f.put("followUp.date", "30 days from today");
        f.put("unsubscribe.url", "the person's unsubscribe link (added at the bottom anyway)");
        return java.util.Collections.unmodifiableMap(f);
    }

    /** Problems with the merge fields of one part of a template: unknown names and unclosed braces, by line. */
    static List<FieldProblem> check(String field, String text) {
        var problems = new ArrayList<FieldProblem>();
        if (text == null) {
            return problems;
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher m = FIELD.matcher(line);
            String rest = m.replaceAll("");
            m.reset();
            while (m.find()) {
                if (!ALL.containsKey(m.group(1))) {
                    problems.add(new FieldProblem(
                            field,
                            "line " + (i + 1) + ": unknown merge field {{" + m.group(1) + "}}; known fields are "
                                    + String.join(", ", ALL.keySet())));
                }
            }
            if (rest.contains("{{") || rest.contains("}}")) {
                problems.add(new FieldProblem(
                        field,
                        "line " + (i + 1) + ": a merge field is not closed, or is not a name, near \"" + near(rest)
                                + "\""));
            }
        }
        return problems;
    }

    static String fill(String text, Map<String, String> values, boolean html) {
        if (text == null) {
            return null;
        }
        return FIELD.matcher(text).replaceAll(m -> {
            String value = values.getOrDefault(m.group(1), "");
            String out = html ? HtmlUtils.htmlEscape(value).replace("\n", "<br>") : value;
            return Matcher.quoteReplacement(out);
        });
    }

    private static String near(String rest) {
        int at = Math.max(rest.indexOf("{{"), 0);
        return rest.substring(at, Math.min(rest.length(), at + 30));
    }
}
