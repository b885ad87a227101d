package io.rekindle.search;

import java.util.ArrayList;
import java.util.List;

/** Splits one line of the derived CSV resources (fields may be quoted, without embedded quotes). */
final class Csv {

    private Csv() {}

    static List<String> fields(String line) {
        var fields = new ArrayList<String>();
        var current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        fields.add(current.toString());
        return fields;
    }
}
