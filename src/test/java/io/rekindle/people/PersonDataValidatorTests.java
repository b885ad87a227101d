package io.rekindle.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.Mockito.mock;

import io.rekindle.platform.Gazetteer;
import io.rekindle.platform.GeoPoint;
import io.rekindle.platform.InvalidInputException;
import io.rekindle.platform.InvalidInputException.FieldProblem;
import io.rekindle.platform.Users;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonDataValidatorTests {

    private final PersonDataValidator validator =
            new PersonDataValidator(new PhoneNumbers("US"), mock(Users.class), new Gazetteer());

    private static PersonData data(String name, List<String> emails, List<String> phones, String country) {
        return new PersonData(
                name,
                emails,
                phones,
                " Account Executive ",
                null,
                new Location("Chicago", "IL", country),
                List.of("Salesforce", " salesforce ", "Negotiation", ""),
                List.of(),
                null,
                null,
                false,
                null,
                null);
    }

    @Test
    void normalizesWhatItKeeps() {
        ValidPersonData valid = validator.validate(
                data("  Ann Example ", List.of("Ann@Example.COM", "ann@example.com"), List.of("312 555 0142"), "us"));

        assertThat(valid.fullName()).isEqualTo("Ann Example");
        assertThat(valid.emails()).containsExactly("ann@example.com");
        assertThat(valid.phones()).containsExactly("+13125550142");
        assertThat(valid.location().country()).isEqualTo("US");
        assertThat(valid.point().distanceKm(new GeoPoint(41.85, -87.65))).isLessThan(5);
        assertThat(valid.currentTitle()).isEqualTo("Account Executive");
        assertThat(valid.skills()).containsExactly("Salesforce", "salesforce", "Negotiation");
    }

    @Test
    void namesEveryBadFieldAtOnce() {
        var e = catchThrowableOfType(
                InvalidInputException.class,
                () -> validator.validate(data(" ", List.of("ok@example.com", "not-an-email"), List.of("12"), "XX")));

        assertThat(e.problems())
                .extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("fullName", "emails[1]", "phones[0]", "location.country");
    }
}
