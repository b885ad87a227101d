package io.rekindle.followups;

import io.rekindle.openings.OpeningFilter;
import io.rekindle.openings.OpeningStatus;
import io.rekindle.openings.Openings;
import io.rekindle.people.PersonId;
import io.rekindle.people.PersonPanel;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** The person page's "log a touch" form. */
@Component
class TouchPanel implements PersonPanel {

    private final Openings openings;

    TouchPanel(Openings openings) {
        this.openings = openings;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String fragment() {
        return "followups/touch-panel :: panel";
    }

    @Override
    public Map<String, Object> model(PersonId person) {
        var open = openings.find(
                        new OpeningFilter(null, null, OpeningStatus.OPEN),
                        PageRequest.of(0, 200, Sort.by(Sort.Direction.DESC, "openedOn")))
                .getContent();
        return Map.of(
                "person", person,
                "channels",
                        java.util.Arrays.stream(Channel.values())
                                .filter(Channel::contactsThePerson)
                                .toList(),
                "directions", Direction.values(),
                "results", TouchResult.values(),
                "openOpenings", open);
    }
}
