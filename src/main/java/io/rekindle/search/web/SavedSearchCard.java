package io.rekindle.search.web;

import io.rekindle.followups.TodayCard;
import io.rekindle.platform.UserId;
import io.rekindle.search.SavedSearches;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/** The Today view's card of saved searches with new matches; each line opens the search and marks them seen. */
@Component
class SavedSearchCard implements TodayCard {

    static final int SHOWN = 10;

    private final SavedSearches savedSearches;

    SavedSearchCard(SavedSearches savedSearches) {
        this.savedSearches = savedSearches;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String titleKey() {
        return "saved.today";
    }

    @Override
    public List<Line> linesFor(UserId user) {
        return savedSearches.of(user).stream()
                .filter(s -> s.newMatches() > 0)
                .sorted(Comparator.comparingLong(s -> -s.newMatches()))
                .limit(SHOWN)
                .map(s -> new Line(s.name(), s.newMatches(), "/search/saved/" + s.id()))
                .toList();
    }
}
