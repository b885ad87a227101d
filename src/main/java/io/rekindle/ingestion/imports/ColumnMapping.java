package io.rekindle.ingestion.imports;

import io.rekindle.ingestion.ImportKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The field each column of a file becomes, by column position. {@link #suggest} proposes one from the header, by
 * name and by pattern (never by position): it knows LinkedIn connections, Google Contacts ({@code E-mail 1 - Value},
 * any number of groups), Outlook (61-column web export and the classic desktop one), OpenCATS and plain headers.
 */
public record ColumnMapping(List<ImportField> fields) {

    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]");
    private static final Pattern GOOGLE_GROUP_VALUE = Pattern.compile("^(email|phone)\\d+value$");

    private static final Map<String, ImportField> PEOPLE = Map.ofEntries(
            Map.entry("name", ImportField.FULL_NAME),
            Map.entry("fullname", ImportField.FULL_NAME),
            Map.entry("displayname", ImportField.FULL_NAME),
            Map.entry("firstname", ImportField.FIRST_NAME),
            Map.entry("givenname", ImportField.FIRST_NAME),
            Map.entry("first", ImportField.FIRST_NAME),
            Map.entry("vorname", ImportField.FIRST_NAME),
            Map.entry("middlename", ImportField.MIDDLE_NAME),
            Map.entry("additionalname", ImportField.MIDDLE_NAME),
            Map.entry("lastname", ImportField.LAST_NAME),
            Map.entry("familyname", ImportField.LAST_NAME),
            Map.entry("surname", ImportField.LAST_NAME),
            Map.entry("last", ImportField.LAST_NAME),
            Map.entry("nachname", ImportField.LAST_NAME),
            Map.entry("email", ImportField.EMAIL),
            Map.entry("emailaddress", ImportField.EMAIL),
            Map.entry("email2address", ImportField.EMAIL),
            Map.entry("email3address", ImportField.EMAIL),
            Map.entry("2ndemail", ImportField.EMAIL),
            Map.entry("emailadresse", ImportField.EMAIL),
            Map.entry("emails", ImportField.EMAIL),
            Map.entry("phone", ImportField.PHONE),
            Map.entry("phones", ImportField.PHONE),
            Map.entry("phonenumber", ImportField.PHONE),
            Map.entry("mobile", ImportField.PHONE),
            Map.entry("mobilephone", ImportField.PHONE),
            Map.entry("cellphone", ImportField.PHONE),
            Map.entry("businessphone", ImportField.PHONE),
            Map.entry("businessphone2", ImportField.PHONE),
            Map.entry("homephone", ImportField.PHONE),
            Map.entry("homephone2", ImportField.PHONE),
            Map.entry("workphone", ImportField.PHONE),
            Map.entry("primaryphone", ImportField.PHONE),
            Map.entry("otherphone", ImportField.PHONE),
            Map.entry("jobtitle", ImportField.TITLE),
            Map.entry("position", ImportField.TITLE),
            Map.entry("organizationtitle", ImportField.TITLE),
            Map.entry("currenttitle", ImportField.TITLE),
            Map.entry("headline", ImportField.TITLE),
            Map.entry("company", ImportField.EMPLOYER),
            Map.entry("organizationname", ImportField.EMPLOYER),
            Map.entry("organization", ImportField.EMPLOYER),
            Map.entry("employer", ImportField.EMPLOYER),
            Map.entry("currentemployer", ImportField.EMPLOYER),
            Map.entry("unternehmen", ImportField.EMPLOYER),
            Map.entry("city", ImportField.CITY),
            Map.entry("businesscity", ImportField.CITY),
            Map.entry("homecity", ImportField.CITY),
            Map.entry("address1city", ImportField.CITY),
            Map.entry("state", ImportField.REGION),
            Map.entry("region", ImportField.REGION),
            Map.entry("businessstate", ImportField.REGION),
            Map.entry("homestate", ImportField.REGION),
            Map.entry("address1region", ImportField.REGION),
            Map.entry("country", ImportField.COUNTRY),
            Map.entry("businesscountryregion", ImportField.COUNTRY),
            Map.entry("homecountryregion", ImportField.COUNTRY),
            Map.entry("address1country", ImportField.COUNTRY),
            Map.entry("skills", ImportField.SKILLS),
            Map.entry("keyskills", ImportField.SKILLS),
            Map.entry("tags", ImportField.TAGS),
            Map.entry("labels", ImportField.TAGS),
            Map.entry("source", ImportField.SOURCE));

    private static final Map<String, ImportField> COMPANIES = Map.ofEntries(
            Map.entry("name", ImportField.COMPANY_NAME),
            Map.entry("company", ImportField.COMPANY_NAME),
            Map.entry("companyname", ImportField.COMPANY_NAME),
            Map.entry("organization", ImportField.COMPANY_NAME),
            Map.entry("website", ImportField.WEBSITE),
            Map.entry("web", ImportField.WEBSITE),
            Map.entry("url", ImportField.WEBSITE),
            Map.entry("domain", ImportField.WEBSITE),
            Map.entry("industry", ImportField.INDUSTRY),
            Map.entry("city", ImportField.CITY),
            Map.entry("state", ImportField.REGION),
            Map.entry("region", ImportField.REGION),
            Map.entry("country", ImportField.COUNTRY),
            Map.entry("notes", ImportField.NOTES),
            Map.entry("description", ImportField.NOTES));

    private static final Map<String, ImportField> TOUCHES = Map.ofEntries(
            Map.entry("email", ImportField.EMAIL),
            Map.entry("emailaddress", ImportField.EMAIL),
            Map.entry("personemail", ImportField.EMAIL),
            Map.entry("channel", ImportField.CHANNEL),
            Map.entry("type", ImportField.CHANNEL),
            Map.entry("direction", ImportField.DIRECTION),
            Map.entry("result", ImportField.RESULT),
            Map.entry("outcome", ImportField.RESULT),
            Map.entry("summary", ImportField.NOTES),
            Map.entry("notes", ImportField.NOTES),
            Map.entry("subject", ImportField.NOTES),
            Map.entry("date", ImportField.OCCURRED_AT),
            Map.entry("occurredat", ImportField.OCCURRED_AT),
            Map.entry("when", ImportField.OCCURRED_AT),
            Map.entry("time", ImportField.OCCURRED_AT));

    public ColumnMapping {
        fields = List.copyOf(fields);
    }

    /** The mapping proposed for a header: every column gets a field or {@link ImportField#IGNORE}. */
    public static ColumnMapping suggest(ImportKind kind, List<String> header) {
        var names = header.stream().map(ColumnMapping::normalize).toList();
        var dictionary =
                switch (kind) {
                    case PEOPLE -> PEOPLE;
                    case COMPANIES -> COMPANIES;
                    case TOUCHES -> TOUCHES;
                };
        var fields = new ArrayList<ImportField>();
        for (String name : names) {
            ImportField field = dictionary.getOrDefault(name, ImportField.IGNORE);
            if (kind == ImportKind.PEOPLE && GOOGLE_GROUP_VALUE.matcher(name).matches()) {
                field = name.startsWith("email") ? ImportField.EMAIL : ImportField.PHONE;
            }
            // Outlook's "Title" is the courtesy title (Mme, Dr) when a "Job Title" column exists.
            if (field == ImportField.TITLE && name.equals("title") && names.contains("jobtitle")) {
                field = ImportField.IGNORE;
            }
            if (kind == ImportKind.PEOPLE && name.equals("title") && !names.contains("jobtitle")) {
                field = ImportField.TITLE;
            }
            fields.add(field);
        }
        return new ColumnMapping(fields);
    }

    /** The export a header comes from, for the page ("LinkedIn connections"), or "CSV". */
    public static String format(List<String> header) {
        var names = header.stream().map(ColumnMapping::normalize).toList();
        if (names.contains("connectedon")) {
            return "LinkedIn connections";
        }
        if (names.contains("email1value") || names.contains("organizationname") && names.contains("fileas")) {
            return "Google Contacts";
        }
        if (names.contains("email2address") || names.contains("businessstreet")) {
            return "Outlook contacts";
        }
        if (names.contains("keyskills") && names.contains("2ndemail")) {
            return "OpenCATS candidates";
        }
        return "CSV";
    }

    public ImportField field(int column) {
        return column < fields.size() ? fields.get(column) : ImportField.IGNORE;
    }

    public boolean maps(ImportField field) {
        return fields.contains(field);
    }

    /** Stored form: field names separated by commas. */
    public String stored() {
        return fields.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    public static ColumnMapping parse(String stored) {
        if (stored == null || stored.isBlank()) {
            return new ColumnMapping(List.of());
        }
        return new ColumnMapping(
                Arrays.stream(stored.split(",", -1)).map(ImportField::parse).toList());
    }

    static String normalize(String header) {
        return NOT_ALNUM
                .matcher(header == null ? "" : header.strip().toLowerCase(Locale.ROOT))
                .replaceAll("");
    }
}
