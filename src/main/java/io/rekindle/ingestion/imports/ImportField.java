package io.rekindle.ingestion.imports;

import io.rekindle.ingestion.ImportKind;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a column of an imported file can become. Multi-valued fields take every mapped column and split cells on
 * {@code " ::: "} (Google Contacts); single-valued fields take the first non-blank mapped column of a row.
 */
public enum ImportField {
    IGNORE(false, EnumSet.allOf(ImportKind.class)),
    FULL_NAME(false, EnumSet.of(ImportKind.PEOPLE)),
    FIRST_NAME(false, EnumSet.of(ImportKind.PEOPLE)),
    MIDDLE_NAME(false, EnumSet.of(ImportKind.PEOPLE)),
    LAST_NAME(false, EnumSet.of(ImportKind.PEOPLE)),
    EMAIL(true, EnumSet.of(ImportKind.PEOPLE, ImportKind.TOUCHES)),
    PHONE(true, EnumSet.of(ImportKind.PEOPLE)),
    TITLE(false, EnumSet.of(ImportKind.PEOPLE)),
    EMPLOYER(false, EnumSet.of(ImportKind.PEOPLE)),
    COMPANY_NAME(false, EnumSet.of(ImportKind.COMPANIES)),
    WEBSITE(false, EnumSet.of(ImportKind.COMPANIES)),
    INDUSTRY(false, EnumSet.of(ImportKind.COMPANIES)),
    CITY(false, EnumSet.of(ImportKind.PEOPLE, ImportKind.COMPANIES)),
    REGION(false, EnumSet.of(ImportKind.PEOPLE, ImportKind.COMPANIES)),
    COUNTRY(false, EnumSet.of(ImportKind.PEOPLE, ImportKind.COMPANIES)),
    SKILLS(true, EnumSet.of(ImportKind.PEOPLE)),
    TAGS(true, EnumSet.of(ImportKind.PEOPLE)),
    SOURCE(false, EnumSet.of(ImportKind.PEOPLE)),
    NOTES(false, EnumSet.of(ImportKind.COMPANIES, ImportKind.TOUCHES)),
    CHANNEL(false, EnumSet.of(ImportKind.TOUCHES)),
    DIRECTION(false, EnumSet.of(ImportKind.TOUCHES)),
    RESULT(false, EnumSet.of(ImportKind.TOUCHES)),
    OCCURRED_AT(false, EnumSet.of(ImportKind.TOUCHES));

    private final boolean multiple;
    private final Set<ImportKind> kinds;

    ImportField(boolean multiple, Set<ImportKind> kinds) {
        this.multiple = multiple;
        this.kinds = kinds;
    }

    public boolean multiple() {
        return multiple;
    }

    public boolean appliesTo(ImportKind kind) {
        return kinds.contains(kind);
    }

    /** The fields offered in the mapping of a file of this kind, {@link #IGNORE} first. */
    public static List<ImportField> of(ImportKind kind) {
        return Arrays.stream(values()).filter(f -> f.appliesTo(kind)).toList();
    }

    /** The field of a stored mapping entry; unknown names (from an older version) are ignored. */
    static ImportField parse(String name) {
        try {
            return name == null || name.isBlank() ? IGNORE : valueOf(name.strip());
        } catch (IllegalArgumentException e) {
            return IGNORE;
        }
    }
}
