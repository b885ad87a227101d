package io.rekindle.search;

import io.rekindle.people.PersonId;
import io.rekindle.platform.InvalidInputException;
import io.rekindle.platform.NotFoundException;
import io.rekindle.platform.UserId;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saved searches: a recruiter names the search they just ran and keeps it; each tells how many people match now
 * who did not when its owner last opened it (new people, and people whose history now fits: a revisit window
 * opened, a new no). Opening it marks everyone matching as seen.
 */
@Service
@Transactional
public class SavedSearches {

    /** Who matched is remembered for at most this many people, newest first; past it, counts are a floor. */
    public static final int MATCHES_REMEMBERED = 10_000;

    public static final int MAX_PER_OWNER = 200;
    static final int MAX_NAME = 200;
    static final int MAX_QUERY = 2000;

    private final SavedSearchRepository repository;
    private final PeopleSearch search;
    private final Clock clock;

    SavedSearches(SavedSearchRepository repository, PeopleSearch search, Clock clock) {
        this.repository = repository;
        this.search = search;
        this.clock = clock;
    }

    /** Keeps a search under a name; everyone matching it now counts as seen. */
    public SavedSearchView save(UserId owner, String name, SearchRequest request) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw InvalidInputException.of("name", "must not be blank");
        }
        if (trimmed.length() > MAX_NAME) {
            throw InvalidInputException.of("name", "must be at most " + MAX_NAME + " characters");
        }
        String q = request.q() == null ? "" : request.q().strip();
        if (q.length() > MAX_QUERY) {
            throw InvalidInputException.of("q", "must be at most " + MAX_QUERY + " characters");
        }
        String filters = SearchParameters.filters(request);
        if (filters.length() > MAX_QUERY) {
            throw InvalidInputException.of("filters", "must be at most " + MAX_QUERY + " characters as parameters");
        }
        if (repository.countByOwnerId(owner.value()) >= MAX_PER_OWNER) {
            throw InvalidInputException.of("name", "you already keep " + MAX_PER_OWNER + " saved searches");
        }
        List<Long> matching = search.matchingIds(request, MATCHES_REMEMBERED);
        var saved = new SavedSearch(owner.value(), trimmed, q, filters, clock.instant());
        saved.seen(matching, clock.instant());
        return view(repository.save(saved), 0);
    }

    /** The owner's saved searches by name, each with its count of new matches. */
    @Transactional(readOnly = true)
    public List<SavedSearchView> of(UserId owner) {
        return repository.findByOwnerIdOrderByNameAscIdAsc(owner.value()).stream()
                .map(s -> view(s, s.newAmong(matching(s))))
                .toList();
    }

    @Transactional(readOnly = true)
    public SavedSearchView get(UserId owner, long id) {
        SavedSearch s = owned(owner, id);
        return view(s, s.newAmong(matching(s)));
    }

    /** The people matching now who did not when the owner last looked, newest first. */
    @Transactional(readOnly = true)
    public List<PersonId> newMatches(UserId owner, long id) {
        SavedSearch s = owned(owner, id);
        return s.notSeen(matching(s)).stream().map(PersonId::new).toList();
    }

    /** The owner opens the search: everyone matching now is seen. Answers the search to run. */
    public SavedSearchView open(UserId owner, long id) {
        SavedSearch s = owned(owner, id);
        s.seen(matching(s), clock.instant());
        return view(s, 0);
    }

    public void delete(UserId owner, long id) {
        repository.delete(owned(owner, id));
    }

    /** The search page address that runs a search, saved or not. */
    public static String href(SearchRequest request) {
        return SearchParameters.href(request.q(), SearchParameters.filters(request));
    }

    private List<Long> matching(SavedSearch s) {
        return search.matchingIds(SearchParameters.request(s.query(), s.filters()), MATCHES_REMEMBERED);
    }

    private SavedSearch owned(UserId owner, long id) {
        return repository
                .findById(id)
                .filter(s -> owner != null && s.ownerId().equals(owner.value()))
                .orElseThrow(() -> new NotFoundException("saved search", id));
    }

    private static SavedSearchView view(SavedSearch s, long newMatches) {
        return new SavedSearchView(
                s.id(),
                s.name(),
                s.query(),
                s.filters(),
                SearchParameters.href(s.query(), s.filters()),
                newMatches,
                s.lastSeenAt(),
                s.createdAt());
    }
}
