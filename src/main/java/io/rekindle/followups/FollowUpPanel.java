package io.rekindle.followups;

import io.rekindle.openings.Companies;
import io.rekindle.openings.CompanyId;
import io.rekindle.people.PersonId;
import io.rekindle.people.PersonPanel;
import io.rekindle.platform.CurrentUser;
import io.rekindle.platform.Users;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The person page's section on when they may be asked again, and their open follow-ups. */
@Component
class FollowUpPanel implements PersonPanel {

    private final Revisits revisits;
    private final FollowUps followUps;
    private final Companies companies;
    private final Users users;
    private final Cadences cadences;
    private final Clock clock;

    FollowUpPanel(
            Revisits revisits, FollowUps followUps, Companies companies, Users users, Cadences cadences, Clock clock) {
        this.revisits = revisits;
        this.followUps = followUps;
        this.cadences = cadences;
        this.companies = companies;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 1;
    }

    @Override
    public String fragment() {
        return "followups/follow-up-panel :: panel";
    }

    @Override
    public Map<String, Object> model(PersonId person) {
        var all = revisits.of(person);
        var companyNames = all.stream()
                .map(RevisitView::company)
                .distinct()
                .collect(
                        Collectors.toMap(CompanyId::value, c -> companies.get(c).name()));
        LocalDate today = LocalDate.now(clock.withZone(CurrentUser.zone()));
        var allCadences = cadences.all();
        return Map.of(
                "cadences",
                allCadences,
                "cadenceNames",
                allCadences.stream().collect(Collectors.toMap(CadenceView::id, CadenceView::name)),
                "enrollments",
                cadences.historyOf(person),
                "person",
                person,
                "revisits",
                all,
                "companyNames",
                companyNames,
                "followUps",
                followUps.openFor(person),
                "users",
                users.byId(),
                "today",
                today,
                "defaultDue",
                today.plusWeeks(1));
    }
}
