package io.rekindle.ingestion.imports;

import io.rekindle.platform.InvalidInputException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV text with Commons CSV. The header is the first record with at least two cells, so LinkedIn's
 * {@code Notes:} preamble is passed over; a semicolon-separated file (Windows Live Mail, European Excel) is read with
 * semicolons. A record with broken quoting is reported with the line it starts on and reading goes on from the next
 * line; a record with more or fewer values than the header is reported the same way.
 */
public final class CsvReader {

    private CsvReader() {}

    public static ParsedFile read(String text, String encoding) {
        char delimiter = delimiter(text);
        var lines = new LineIndex(text);
        var rows = new ArrayList<SourceRow>();
        List<String> header = null;
        long headerLine = 0;
        int fromLine = 1;
        while (fromLine <= lines.count()) {
            int restartAt = -1;
            var format = CSVFormat.RFC4180
                    .builder()
                    .setDelimiter(delimiter)
                    .setIgnoreEmptyLines(false)
                    .setIgnoreSurroundingSpaces(false)
                    .get();
            try (var parser = CSVParser.parse(new StringReader(text.substring(lines.start(fromLine))), format)) {
                long consumed = 0;
                var records = parser.iterator();
                while (true) {
                    long line = fromLine + consumed;
                    CSVRecord record;
                    try {
                        if (!records.hasNext()) {
                            break;
                        }
                        record = records.next();
                    } catch (UncheckedIOException | IllegalStateException e) {
                        rows.add(SourceRow.broken(line, "broken quoting (" + reason(e) + ")"));
                        restartAt = (int) line + 1;
                        break;
                    }
                    consumed = parser.getCurrentLineNumber();
                    List<String> cells = record.toList();
                    if (blank(cells)) {
                        continue;
                    }
                    if (header == null) {
                        if (cells.size() >= 2) {
                            header = cells.stream().map(String::strip).toList();
                            headerLine = line;
                        }
                        continue;
                    }
                    if (cells.size() != header.size()) {
                        rows.add(SourceRow.broken(
                                line,
                                "has " + cells.size() + " values where the header has " + header.size() + " columns"));
                    } else {
                        rows.add(SourceRow.of(line, cells));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (restartAt < 0) {
                break;
            }
            fromLine = restartAt;
        }
        if (header == null) {
            throw InvalidInputException.of("file", "has no header line with column names");
        }
        return new ParsedFile(encoding, ColumnMapping.format(header), header, headerLine, rows);
    }

    private static String reason(RuntimeException e) {
        String message = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
        if (message == null) {
            return "unreadable";
        }
        // Commons CSV counts lines from where reading restarted: keep the kind of problem, not its position.
        int at = message.indexOf(" at line");
        String kind = at > 0 ? message.substring(0, at) : message;
        if (kind.startsWith("(line")) {
            int close = kind.indexOf(") ");
            kind = close > 0 ? kind.substring(close + 2) : kind;
        }
        return kind.strip();
    }

    private static boolean blank(List<String> cells) {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }

    /** Semicolons when the first non-empty line has more of them than commas. */
    private static char delimiter(String text) {
        for (String line : text.lines().limit(10).toList()) {
            if (line.isBlank() || line.startsWith("\"") || line.equalsIgnoreCase("Notes:")) {
                continue;
            }
            long semicolons = line.chars().filter(c -> c == ';').count();
            long commas = line.chars().filter(c -> c == ',').count();
            return semicolons > commas ? ';' : ',';
        }
        return ',';
    }

    /** Where each physical line starts, counted like Commons CSV counts them (CRLF, LF or CR). */
    private static final class LineIndex {

        private final int[] starts;
        private final int count;

        LineIndex(String text) {
            var list = new ArrayList<Integer>();
            list.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                    list.add(i + 1);
                } else if (c == '\n' || c == '\r') {
                    list.add(i + 1);
                }
            }
            int n = list.size();
            if (n > 1 && list.get(n - 1) == text.length()) {
                n--;
            }
            this.count = n;
            this.starts = list.stream().mapToInt(Integer::intValue).toArray();
        }

        int count() {
            return count;
        }

        int start(int line) {
            return starts[line - 1];
        }
    }
}
