package io.rekindle.people;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Search indexes the text of each person's newest resume beside their fields. */
@Component
class ResumeTexts implements PersonTextSource {

    private final ResumeRepository repository;

    ResumeTexts(ResumeRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<PersonId, String> textOf(Collection<PersonId> people) {
        Map<PersonId, String> texts = new HashMap<>();
        if (people.isEmpty()) {
            return texts;
        }
        for (Resume r : repository.latestOf(people.stream().map(PersonId::value).toList())) {
            if (r.text() != null && !r.text().isBlank()) {
                texts.put(r.person(), r.text());
            }
        }
        return texts;
    }
}
