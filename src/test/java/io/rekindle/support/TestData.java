package io.rekindle.support;

import io.rekindle.openings.CompanyData;
import io.rekindle.openings.CompanyId;
import io.rekindle.openings.OpeningData;
import io.rekindle.people.Location;
import io.rekindle.people.PersonData;
import java.util.List;

/** Believable records for tests: a person, a client, an opening in Chicago. */
public final class TestData {

    public static final Location CHICAGO = new Location("Chicago", "IL", "US");

    private TestData() {}

    public static PersonData person(String name, String email) {
        return new PersonData(
                name,
                email == null ? List.of() : List.of(email),
                List.of("312 555 0100"),
                "Account Executive",
                "Globex",
                CHICAGO,
                List.of("Salesforce"),
                List.of("sales"),
                "test",
                null,
                false,
                null,
                null);
    }

    /** Only e-mails and phones: what duplicates are looked up by. */
    public static PersonData contact(List<String> emails, List<String> phones) {
        return new PersonData(null, emails, phones, null, null, null, null, null, null, null, false, null, null);
    }

    public static CompanyData company(String name) {
        return new CompanyData(name, null, "Software", "Chicago", "IL", "US", null);
    }

    public static OpeningData opening(CompanyId company, String title) {
        return new OpeningData(
                company,
                title,
                CHICAGO,
                40,
                false,
                List.of("Salesforce"),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
