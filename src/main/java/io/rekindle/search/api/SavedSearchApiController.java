package io.rekindle.search.api;

import io.rekindle.people.PersonId;
import io.rekindle.platform.CurrentUser;
import io.rekindle.search.SavedSearchView;
import io.rekindle.search.SavedSearches;
import io.rekindle.search.SearchRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Search")
@RestController
@RequestMapping("/api/v1/saved-searches")
class SavedSearchApiController {

    private final SavedSearches savedSearches;

    SavedSearchApiController(SavedSearches savedSearches) {
        this.savedSearches = savedSearches;
    }

    @Operation(
            summary = "Your saved searches by name, each with how many people match now who did not when you last"
                    + " opened it")
    @GetMapping
    List<SavedSearchView> list() {
        return savedSearches.of(CurrentUser.id());
    }

    @Operation(
            summary = "Save a search under a name: q and the same filters as GET /search/people; everyone matching"
                    + " now counts as seen")
    @PostMapping
    ResponseEntity<SavedSearchView> save(@RequestBody SaveRequest request) {
        var search = new SearchRequest(
                request.q(),
                request.stage(),
                request.side(),
                request.reason(),
                request.revisitOpen(),
                request.lastTouch(),
                request.owner(),
                request.tag(),
                request.consent(),
                request.near(),
                request.radius(),
                request.unit(),
                null);
        return ResponseEntity.status(201).body(savedSearches.save(CurrentUser.id(), request.name(), search));
    }

    @GetMapping("/{id}")
    SavedSearchView get(@PathVariable long id) {
        return savedSearches.get(CurrentUser.id(), id);
    }

    @Operation(summary = "The people matching now who did not when you last opened the search, newest first")
    @GetMapping("/{id}/new-matches")
    List<PersonId> newMatches(@PathVariable long id) {
        return savedSearches.newMatches(CurrentUser.id(), id);
    }

    @Operation(summary = "Mark the search opened: everyone matching now is no longer new")
    @PostMapping("/{id}/seen")
    SavedSearchView seen(@PathVariable long id) {
        return savedSearches.open(CurrentUser.id(), id);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        savedSearches.delete(CurrentUser.id(), id);
        return ResponseEntity.noContent().build();
    }

    record SaveRequest(
            String name,
            String q,
            List<String> stage,
            String side,
            String reason,
            Boolean revisitOpen,
            SearchRequest.LastTouch lastTouch,
            Long owner,
            List<String> tag,
            SearchRequest.Consent consent,
            String near,
            Double radius,
            String unit) {}
}
