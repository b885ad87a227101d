package io.rekindle.ingestion.imports;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.property.Address;
import ezvcard.property.Email;
import ezvcard.property.Organization;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Title;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads vCard 2.1, 3.0 and 4.0 files (ez-vcard: unfolding, escapes, quoted-printable, charsets) into the same table
 * shape as a CSV file, one row per card with fixed columns, so the same mapping and import steps apply. Each row's
 * line is the line of its {@code BEGIN:VCARD}.
 */
public final class VcardReader {

    static final List<String> HEADER = List.of(
            "Full name",
            "First name",
            "Last name",
            "E-mail",
            "Phone",
            "Company",
            "Title",
            "City",
            "Region",
            "Country",
            "Categories");
    static final ColumnMapping MAPPING = new ColumnMapping(List.of(
            ImportField.FULL_NAME,
            ImportField.FIRST_NAME,
            ImportField.LAST_NAME,
            ImportField.EMAIL,
            ImportField.PHONE,
            ImportField.EMPLOYER,
            ImportField.TITLE,
            ImportField.CITY,
            ImportField.REGION,
            ImportField.COUNTRY,
            ImportField.TAGS));
    static final String SEPARATOR = " ::: ";
    private static final Pattern BEGIN = Pattern.compile("(?im)^BEGIN:VCARD\\s*$");

    private VcardReader() {}

    public static boolean looksLikeVcard(String text) {
        return text.stripLeading().regionMatches(true, 0, "BEGIN:VCARD", 0, 11);
    }

    public static ParsedFile read(String text, String encoding) {
        var lines = beginLines(text);
        var rows = new ArrayList<SourceRow>();
        List<VCard> cards = Ezvcard.parse(text).all();
        for (int i = 0; i < cards.size(); i++) {
            long line = i < lines.size() ? lines.get(i) : i + 1;
            rows.add(SourceRow.of(line, cells(cards.get(i))));
        }
        return new ParsedFile(encoding, "vCard", HEADER, 0, rows);
    }

    private static List<String> cells(VCard card) {
        StructuredName n = card.getStructuredName();
        Organization org = card.getOrganization();
        Address address =
                card.getAddresses().isEmpty() ? null : card.getAddresses().get(0);
        Title title = card.getTitles().isEmpty() ? null : card.getTitles().get(0);
        var cells = new ArrayList<String>();
        cells.add(
                card.getFormattedName() == null
                        ? ""
                        : nullToEmpty(card.getFormattedName().getValue()));
        cells.add(n == null ? "" : nullToEmpty(n.getGiven()));
        cells.add(n == null ? "" : nullToEmpty(n.getFamily()));
        cells.add(join(card.getEmails().stream().map(Email::getValue)));
        cells.add(join(card.getTelephoneNumbers().stream().map(VcardReader::phone)));
        cells.add(
                org == null || org.getValues().isEmpty()
                        ? ""
                        : nullToEmpty(org.getValues().get(0)));
        cells.add(title == null ? "" : nullToEmpty(title.getValue()));
        cells.add(address == null ? "" : nullToEmpty(address.getLocality()));
        cells.add(address == null ? "" : nullToEmpty(address.getRegion()));
        cells.add(address == null ? "" : nullToEmpty(address.getCountry()));
        cells.add(
                card.getCategories() == null
                        ? ""
                        : join(card.getCategories().getValues().stream()
                                .filter(c -> !c.equalsIgnoreCase("myContacts"))));
        return cells;
    }

    private static String phone(Telephone telephone) {
        if (telephone.getText() != null) {
            return telephone.getText();
        }
        return telephone.getUri() == null ? null : telephone.getUri().getNumber();
    }

    private static String join(Stream<String> values) {
        return values.filter(Objects::nonNull)
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .collect(Collectors.joining(SEPARATOR));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s.strip();
    }

    private static List<Long> beginLines(String text) {
        var result = new ArrayList<Long>();
        var matcher = BEGIN.matcher(text);
        long line = 1;
        int from = 0;
        while (matcher.find()) {
            for (int i = from; i < matcher.start(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            from = matcher.start();
            result.add(line);
        }
        return result;
    }
}
