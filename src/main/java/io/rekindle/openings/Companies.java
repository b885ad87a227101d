package io.rekindle.openings;

import io.rekindle.people.People;
import io.rekindle.people.PersonId;
import io.rekindle.platform.ConflictException;
import io.rekindle.platform.InvalidInputException;
import io.rekindle.platform.InvalidInputException.FieldProblem;
import io.rekindle.platform.NotFoundException;
import io.rekindle.platform.Text;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Companies the agency works with or for, and the people who are their contacts. */
@Service
@Transactional(readOnly = true)
public class Companies {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final CompanyRepository companies;
    private final CompanyContactRepository contacts;
    private final People people;
    private final Clock clock;

    Companies(CompanyRepository companies, CompanyContactRepository contacts, People people, Clock clock) {
        this.companies = companies;
        this.contacts = contacts;
        this.people = people;
        this.clock = clock;
    }

    @Transactional
    public CompanyDetails create(CompanyData data) {
        return companies.save(new Company(validate(data), clock.instant())).details();
    }

    @Transactional
    public CompanyDetails update(CompanyId id, long expectedVersion, CompanyData data) {
        Company company = load(id);
        ConflictException.checkVersion("Company " + id, expectedVersion, company.version());
        company.apply(validate(data), clock.instant());
        companies.flush();
        return company.details();
    }

    public CompanyDetails get(CompanyId id) {
        return load(id).details();
    }

    public Page<CompanyDetails> find(String name, Pageable pageable) {
        String key = name == null ? "" : Text.key(name);
        return companies.findByNameKeyContaining(key, pageable).map(Company::details);
    }

    public List<CompanyDetails> all() {
        return companies.findAllByOrderByNameKeyAsc().stream()
                .map(Company::details)
                .toList();
    }

    /** Records a company's "not now" with the date to ask again. */
    @Transactional
    public CompanyDetails notNow(CompanyId id, NotNow notNow) {
        if (notNow == null || notNow.reason() == null) {
            throw InvalidInputException.of("reason", "must be one of " + List.of(NotNow.Reason.values()));
        }
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        java.time.LocalDate since = notNow.since() == null ? today : notNow.since();
        if (notNow.until() == null || !notNow.until().isAfter(since)) {
            throw InvalidInputException.of("until", "must be a date after " + since);
        }
        if (notNow.note() != null && notNow.note().strip().length() > 500) {
            throw InvalidInputException.of("note", "must have at most 500 characters");
        }
        Company company = load(id);
        company.sayNotNow(
                new NotNow(notNow.reason(), Text.trimToNull(notNow.note()), since, notNow.until()), clock.instant());
        return company.details();
    }

    @Transactional
    public CompanyDetails resume(CompanyId id) {
        Company company = load(id);
        company.resume(clock.instant());
        return company.details();
    }

    /** Companies whose "not now" ended within the last {@code days} days: time to ask again. */
    public List<CompanyDetails> notNowEnded(java.time.LocalDate today, int days, int limit) {
        return companies
                .findByNotNowUntilBetweenOrderByNotNowUntilDesc(
                        today.minusDays(days), today, org.springframework.data.domain.PageRequest.of(0, limit))
                .stream()
                .map(Company::details)
                .toList();
    }

    @Transactional
    public Contact addContact(CompanyId companyId, PersonId person, ContactRole role) {
        Company company = load(companyId);
        if (role == null) {
            throw InvalidInputException.of("role", "must be one of " + List.of(ContactRole.values()));
        }
        if (person == null || !people.exists(person)) {
            throw InvalidInputException.of("personId", "is not a known person");
        }
        if (contacts.existsByCompanyIdAndPersonIdAndRole(companyId.value(), person.value(), role)) {
            throw new ConflictException("This person is already a contact of " + company.name() + " in that role");
        }
        return contacts.save(new CompanyContact(company, person, role, clock.instant()))
                .view();
    }

    @Transactional
    public void removeContact(CompanyId company, long contactId) {
        CompanyContact contact = contacts.findById(contactId)
                .filter(c -> c.view().company().equals(company))
                .orElseThrow(() -> new NotFoundException("Contact", contactId));
        contacts.delete(contact);
    }

    public List<Contact> contactsOf(CompanyId company) {
        return contacts.findByCompany(company.value()).stream()
                .map(CompanyContact::view)
                .toList();
    }

    public List<Contact> rolesOf(PersonId person) {
        return contacts.findByPerson(person.value()).stream()
                .map(CompanyContact::view)
                .toList();
    }

    Company load(CompanyId id) {
        return companies.findById(id.value()).orElseThrow(() -> new NotFoundException("Company", id));
    }

    private static CompanyData validate(CompanyData data) {
        var problems = new ArrayList<FieldProblem>();
        String name = Text.trimToNull(data.name());
        if (name == null) {
            problems.add(new FieldProblem("name", "must not be blank"));
        } else if (name.length() > 200) {
            problems.add(new FieldProblem("name", "must have at most 200 characters"));
        }
        String country = Fields.country(data.country(), "country", problems);
        Fields.max("notes", data.notes(), 4000, problems);
        Fields.max("website", data.website(), 300, problems);
        Fields.max("industry", data.industry(), 120, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new CompanyData(
                name,
                Text.trimToNull(data.website()),
                Text.trimToNull(data.industry()),
                Text.trimToNull(data.city()),
                Text.trimToNull(data.region()),
                country,
                Text.trimToNull(data.notes()),
                data.relationship());
    }

    /** Field checks shared by the validators of this module. */
    static final class Fields {

        private Fields() {}

        static void max(String field, String value, int max, List<FieldProblem> problems) {
            if (value != null && value.strip().length() > max) {
                problems.add(new FieldProblem(field, "must have at most " + max + " characters"));
            }
        }

        static String country(String raw, String field, List<FieldProblem> problems) {
            String country = Text.trimToNull(raw);
            if (country == null) {
                return null;
            }
            country = country.toUpperCase(Locale.ROOT);
            if (!COUNTRIES.contains(country)) {
                problems.add(new FieldProblem(field, "must be a two-letter ISO country code such as US"));
                return null;
            }
            return country;
        }
    }
}
