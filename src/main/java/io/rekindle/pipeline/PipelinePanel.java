package io.rekindle.pipeline;

import io.rekindle.openings.OpeningFilter;
import io.rekindle.openings.OpeningStatus;
import io.rekindle.openings.Openings;
import io.rekindle.people.PersonId;
import io.rekindle.people.PersonPanel;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** The person page's pipeline section: their candidacies and a form to add them to an open opening. */
@Component
class PipelinePanel implements PersonPanel {

    private static final int OPEN_OPENINGS_SHOWN = 200;

    private final Pipeline pipeline;
    private final Openings openings;

    PipelinePanel(Pipeline pipeline, Openings openings) {
        this.pipeline = pipeline;
        this.openings = openings;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String fragment() {
        return "pipeline/person-panel :: panel";
    }

    @Override
    public Map<String, Object> model(PersonId person) {
        var candidacies = pipeline.ofPerson(person);
        var details = openings.details(
                candidacies.stream().map(CandidacyView::opening).collect(Collectors.toSet()));
        var open = openings
                .find(
                        new OpeningFilter(null, null, OpeningStatus.OPEN),
                        PageRequest.of(0, OPEN_OPENINGS_SHOWN, Sort.by(Sort.Direction.DESC, "openedOn")))
                .getContent()
                .stream()
                .filter(o -> candidacies.stream().noneMatch(c -> c.opening().equals(o.id())))
                .toList();
        return Map.of("person", person, "candidacies", candidacies, "openings", details, "openOpenings", open);
    }
}
