package io.rekindle.people;

import io.rekindle.platform.Gazetteer;
import io.rekindle.platform.GeoPoint;
import io.rekindle.platform.InvalidInputException;
import io.rekindle.platform.InvalidInputException.FieldProblem;
import io.rekindle.platform.Place;
import io.rekindle.platform.Text;
import io.rekindle.platform.Users;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** Checks and normalizes person data; every problem is reported with the field it belongs to. */
@Component
class PersonDataValidator {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final PhoneNumbers phoneNumbers;
    private final Users users;
    private final Gazetteer gazetteer;

    PersonDataValidator(PhoneNumbers phoneNumbers, Users users, Gazetteer gazetteer) {
        this.phoneNumbers = phoneNumbers;
        this.users = users;
        this.gazetteer = gazetteer;
    }

    ValidPersonData validate(PersonData data) {
        var problems = new ArrayList<FieldProblem>();
        String name = Text.trimToNull(data.fullName());
        if (name == null) {
            problems.add(new FieldProblem("fullName", "must not be blank"));
        } else if (name.length() > 200) {
            problems.add(new FieldProblem("fullName", "must have at most 200 characters"));
        }
        String country = Text.trimToNull(data.location().country());
        if (country != null) {
            country = country.toUpperCase(Locale.ROOT);
            if (!COUNTRIES.contains(country)) {
                problems.add(new FieldProblem("location.country", "must be a two-letter ISO country code such as US"));
                country = null;
            }
        }
        var emails = emails(data.emails(), problems);
        var phones = phones(data.phones(), country, problems);
        if (data.owner() != null && !users.exists(data.owner())) {
            problems.add(new FieldProblem("owner", "is not a known user"));
        }
        checkLength("currentTitle", data.currentTitle(), 200, problems);
        checkLength("currentEmployer", data.currentEmployer(), 200, problems);
        checkLength("source", data.source(), 100, problems);
        checkLength("doNotContactReason", data.doNotContactReason(), 500, problems);
        var skills = distinct(data.skills(), "skills", 120, problems);
        var tags = distinct(data.tags(), "tags", 60, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var location = new Location(
                Text.trimToNull(data.location().city()),
                Text.trimToNull(data.location().region()),
                country);
        return new ValidPersonData(
                name,
                emails,
                phones,
                Text.trimToNull(data.currentTitle()),
                Text.trimToNull(data.currentEmployer()),
                location,
                point(location),
                skills,
                tags,
                Text.trimToNull(data.source()),
                data.owner(),
                data.doNotContact(),
                Text.trimToNull(data.doNotContactReason()));
    }

    private GeoPoint point(Location location) {
        if (location.city() == null) {
            return null;
        }
        return gazetteer
                .find(location.city(), location.region(), location.country())
                .map(Place::point)
                .orElse(null);
    }

    private static List<String> emails(List<String> raw, List<FieldProblem> problems) {
        var result = new LinkedHashSet<String>();
        for (int i = 0; i < raw.size(); i++) {
            String email = Text.trimToNull(raw.get(i));
            if (email == null) {
                continue;
            }
            if (!EMAIL.matcher(email).matches() || email.length() > 320) {
                problems.add(new FieldProblem("emails[" + i + "]", "'" + email + "' is not an e-mail address"));
            } else {
                result.add(email.toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(result);
    }

    private List<String> phones(List<String> raw, String country, List<FieldProblem> problems) {
        var result = new LinkedHashSet<String>();
        for (int i = 0; i < raw.size(); i++) {
            String phone = Text.trimToNull(raw.get(i));
            if (phone == null) {
                continue;
            }
            int index = i;
            phoneNumbers
                    .toE164(phone, country)
                    .ifPresentOrElse(
                            result::add,
                            () -> problems.add(new FieldProblem(
                                    "phones[" + index + "]", "'" + phone + "' is not a phone number")));
        }
        return List.copyOf(result);
    }

    private static List<String> distinct(List<String> raw, String field, int max, List<FieldProblem> problems) {
        var result = new LinkedHashSet<String>();
        for (String value : raw) {
            String v = Text.trimToNull(value);
            if (v == null) {
                continue;
            }
            if (v.length() > max) {
                problems.add(new FieldProblem(field, "'" + v + "' is longer than " + max + " characters"));
            } else {
                result.add(v);
            }
        }
        return List.copyOf(result);
    }

    private static void checkLength(String field, String value, int max, List<FieldProblem> problems) {
        if (value != null && value.strip().length() > max) {
            problems.add(new FieldProblem(field, "must have at most " + max + " characters"));
        }
    }
}
