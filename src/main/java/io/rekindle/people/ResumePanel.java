package io.rekindle.people;

import java.util.Map;
import org.springframework.stereotype.Component;

/** The resumes section of a person's page: every version, newest first, to download, and a form for a newer one. */
@Component
class ResumePanel implements PersonPanel {

    private final Resumes resumes;

    ResumePanel(Resumes resumes) {
        this.resumes = resumes;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String fragment() {
        return "people/resume-panel :: panel";
    }

    @Override
    public Map<String, Object> model(PersonId person) {
        return Map.of("person", person, "resumes", resumes.of(person));
    }
}
