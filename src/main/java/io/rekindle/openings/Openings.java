package io.rekindle.openings;

import io.rekindle.openings.Companies.Fields;
import io.rekindle.people.Location;
import io.rekindle.platform.ConflictException;
import io.rekindle.platform.Gazetteer;
import io.rekindle.platform.GeoPoint;
import io.rekindle.platform.InvalidInputException;
import io.rekindle.platform.InvalidInputException.FieldProblem;
import io.rekindle.platform.NotFoundException;
import io.rekindle.platform.Place;
import io.rekindle.platform.Text;
import io.rekindle.platform.Users;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The openings module's API for jobs to fill. */
@Service
@Transactional(readOnly = true)
public class Openings {

    private final OpeningRepository openings;
    private final Companies companies;
    private final Users users;
    private final Gazetteer gazetteer;
    private final Clock clock;

    Openings(OpeningRepository openings, Companies companies, Users users, Gazetteer gazetteer, Clock clock) {
        this.openings = openings;
        this.companies = companies;
        this.users = users;
        this.gazetteer = gazetteer;
        this.clock = clock;
    }

    @Transactional
    public OpeningDetails create(OpeningData data) {
        OpeningData valid = validate(data);
        Company company = companies.load(valid.company());
        company.becomeClient();
        return openings.save(new Opening(company, valid, point(valid.location()), clock.instant()))
                .details();
    }

    @Transactional
    public OpeningDetails update(OpeningId id, long expectedVersion, OpeningData data) {
        Opening opening = load(id);
        ConflictException.checkVersion("Opening " + id, expectedVersion, opening.version());
        OpeningData valid = validate(data);
        opening.apply(companies.load(valid.company()), valid, point(valid.location()), clock.instant());
        openings.flush();
        return opening.details();
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

    public OpeningDetails get(OpeningId id) {
        return load(id).details();
    }

    public boolean exists(OpeningId id) {
        return openings.existsById(id.value());
    }

    public Page<OpeningDetails> find(OpeningFilter filter, Pageable pageable) {
        return openings.findAll(matching(filter), pageable).map(Opening::details);
    }

    public Map<OpeningId, OpeningDetails> details(Collection<OpeningId> ids) {
        return openings.findAllById(ids.stream().map(OpeningId::value).toList()).stream()
                .map(Opening::details)
                .collect(Collectors.toMap(OpeningDetails::id, Function.identity()));
    }

    private Opening load(OpeningId id) {
        return openings.findById(id.value()).orElseThrow(() -> new NotFoundException("Opening", id));
    }

    private static Specification<Opening> matching(OpeningFilter filter) {
        return (root, query, cb) -> {
            var predicates = new ArrayList<Predicate>();
            String title = Text.trimToNull(filter.title());
            if (title != null) {
                predicates.add(cb.like(cb.lower(root.get("title")), "%" + title.toLowerCase() + "%"));
            }
            if (filter.company() != null) {
                predicates.add(
                        cb.equal(root.get("company").get("id"), filter.company().value()));
            }
            if (filter.status() != null) {
                predicates.add(cb.equal(root.get("status"), filter.status()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    private OpeningData validate(OpeningData data) {
        var problems = new ArrayList<FieldProblem>();
        String title = Text.trimToNull(data.title());
        if (title == null) {
            problems.add(new FieldProblem("title", "must not be blank"));
        } else if (title.length() > 200) {
            problems.add(new FieldProblem("title", "must have at most 200 characters"));
        }
        if (data.company() == null) {
            problems.add(new FieldProblem("companyId", "must name a company"));
        } else if (!companiesExists(data.company())) {
            problems.add(new FieldProblem("companyId", "is not a known company"));
        }
        String country = Fields.country(data.location().country(), "location.country", problems);
        if (data.radiusKm() != null && (data.radiusKm() < 0 || data.radiusKm() > 20000)) {
            problems.add(new FieldProblem("radiusKm", "must be between 0 and 20000"));
        }
        checkPay(data.pay(), problems);
        LocalDate today = LocalDate.now(clock);
        LocalDate openedOn = data.openedOn() == null ? today : data.openedOn();
        LocalDate closedOn = data.status().ended() && data.closedOn() == null ? today : data.closedOn();
        if (closedOn != null && closedOn.isBefore(openedOn)) {
            problems.add(new FieldProblem("closedOn", "must not be before the opening date " + openedOn));
        }
        if (data.owner() != null && !users.exists(data.owner())) {
            problems.add(new FieldProblem("ownerId", "is not a known user"));
        }
        Fields.max("cultureNotes", data.cultureNotes(), 4000, problems);
        Fields.max("description", data.description(), 20000, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var skills = data.skills().stream()
                .map(Text::trimToNull)
                .filter(s -> s != null)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        var loc = data.location();
        return new OpeningData(
                data.company(),
                title,
                new Location(Text.trimToNull(loc.city()), Text.trimToNull(loc.region()), country),
                data.remote() && data.radiusKm() == null ? null : data.radiusKm(),
                data.remote(),
                List.copyOf(skills),
                data.seniority(),
                data.pay(),
                Text.trimToNull(data.cultureNotes()),
                Text.trimToNull(data.description()),
                data.status(),
                openedOn,
                closedOn,
                data.owner());
    }

    private boolean companiesExists(CompanyId id) {
        try {
            companies.load(id);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    private static void checkPay(PayRange pay, List<FieldProblem> problems) {
        if (pay.min() != null && pay.min() < 0) {
            problems.add(new FieldProblem("pay.min", "must not be negative"));
        }
        if (pay.min() != null && pay.max() != null && pay.max() < pay.min()) {
            problems.add(new FieldProblem("pay.max", "must not be below the minimum"));
        }
        if (pay.currency() != null && !pay.currency().matches("[A-Z]{3}")) {
            problems.add(new FieldProblem("pay.currency", "must be a three-letter ISO currency code such as USD"));
        }
    }
}
