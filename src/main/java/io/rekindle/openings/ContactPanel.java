package io.rekindle.openings;

import io.rekindle.people.PersonId;
import io.rekindle.people.PersonPanel;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The person page's list of companies this person is a contact of. */
@Component
class ContactPanel implements PersonPanel {

    private final Companies companies;

    ContactPanel(Companies companies) {
        this.companies = companies;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public String fragment() {
        return "openings/contact-panel :: panel";
    }

    @Override
    public Map<String, Object> model(PersonId person) {
        return Map.of("roles", companies.rolesOf(person));
    }
}
