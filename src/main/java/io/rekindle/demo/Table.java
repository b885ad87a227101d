package io.rekindle.demo;

import java.util.List;

/** The tables the generator fills, in an order that satisfies their foreign keys. */
enum Table {
    APP_USER(
            "app_user",
            true,
            "id",
            "username",
            "display_name",
            "email",
            "password_hash",
            "role",
            "time_zone",
            "must_change_password",
            "enabled",
            "created_at",
            "version"),
    COMPANY(
            "company",
            true,
            "id",
            "name",
            "name_key",
            "website",
            "industry",
            "city",
            "region",
            "country",
            "notes",
            "relationship",
            "created_at",
            "updated_at",
            "version"),
    OPENING(
            "opening",
            true,
            "id",
            "company_id",
            "title",
            "city",
            "region",
            "country",
            "latitude",
            "longitude",
            "radius_km",
            "remote",
            "seniority",
            "pay_min",
            "pay_max",
            "pay_currency",
            "culture_notes",
            "description",
            "status",
            "opened_on",
            "closed_on",
            "owner_id",
            "created_at",
            "updated_at",
            "version"),
    OPENING_SKILL("opening_skill", false, "opening_id", "position", "skill"),
    PERSON(
            "person",
            true,
            "id",
            "full_name",
            "name_key",
            "current_title",
            "current_employer",
            "city",
            "region",
            "country",
            "latitude",
            "longitude",
            "source",
            "owner_id",
            "do_not_contact",
            "do_not_contact_reason",
            "do_not_contact_since",
            "created_at",
            "updated_at",
            "version",
            "emails",
            "skills"),
    PERSON_PHONE("person_phone", false, "person_id", "position", "phone"),
    PERSON_TAG("person_tag", false, "person_id", "position", "tag"),
    COMPANY_CONTACT("company_contact", true, "id", "company_id", "person_id", "role", "created_at"),
    CANDIDACY(
            "candidacy",
            true,
            "id",
            "person_id",
            "opening_id",
            "company_id",
            "stage",
            "status",
            "outcome_side",
            "outcome_reason",
            "outcome_note",
            "outcome_condition",
            "outcome_on",
            "added_at",
            "ended_at",
            "added_by",
            "version"),
    CANDIDACY_STEP("candidacy_step", true, "id", "candidacy_id", "kind", "stage", "occurred_at", "user_id"),
    TOUCH(
            "touch",
            true,
            "id",
            "person_id",
            "opening_id",
            "user_id",
            "channel",
            "direction",
            "result",
            "occurred_at",
            "summary",
            "created_at");

    private final String sqlName;
    private final boolean hasSequence;
    private final List<String> columns;

    Table(String sqlName, boolean hasSequence, String... columns) {
        this.sqlName = sqlName;
        this.hasSequence = hasSequence;
        this.columns = List.of(columns);
    }

    String sqlName() {
        return sqlName;
    }

    String sequence() {
        return sqlName + "_seq";
    }

    boolean hasSequence() {
        return hasSequence;
    }

    List<String> columns() {
        return columns;
    }

    String insertSql() {
        return "insert into " + sqlName + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
    }

    String copySql() {
        return "copy " + sqlName + " (" + String.join(", ", columns) + ") from stdin";
    }
}
