package io.rekindle.outreach;

import io.rekindle.people.PersonId;
import io.rekindle.people.PersonPanel;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The person page's email section: queue an email from a template, and the messages so far. */
@Component
class OutreachPanel implements PersonPanel {

    private final Templates templates;
    private final Outbox outbox;

    OutreachPanel(Templates templates, Outbox outbox) {
        this.templates = templates;
        this.outbox = outbox;
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public String fragment() {
        return "outreach/person-panel :: panel";
    }

    @Override
    public Map<String, Object> model(PersonId person) {
        return Map.of(
                "person", person.value(),
                "templates", templates.all(),
                "messages", outbox.of(person).stream().limit(10).toList());
    }
}
