package io.rekindle.search.api;

import io.rekindle.openings.OpeningId;
import io.rekindle.people.PersonId;
import io.rekindle.platform.CurrentUser;
import io.rekindle.search.OpeningFit;
import io.rekindle.search.PeopleSearch;
import io.rekindle.search.Profiles;
import io.rekindle.search.Rediscovery;
import io.rekindle.search.RediscoveryResult;
import io.rekindle.search.SearchRequest;
import io.rekindle.search.SearchResults;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Search")
@RestController
@RequestMapping("/api/v1")
class SearchApiController {

    private final PeopleSearch search;
    private final Rediscovery rediscovery;
    private final Profiles profiles;

    SearchApiController(PeopleSearch search, Rediscovery rediscovery, Profiles profiles) {
        this.search = search;
        this.rediscovery = rediscovery;
        this.profiles = profiles;
    }

    @Operation(
            summary = "Boolean search over people, with filters, facets and radius",
            description = "q: AND, OR, NOT, -word, (parentheses), \"phrases\", trailing wildcards (manag*), fields"
                    + " title:, skills:, company:, city:, tag:, name:, resume:, history:. A syntax error is a 400"
                    + " naming q and the position.")
    @GetMapping("/search/people")
    SearchResults people(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) List<String> stage,
            @RequestParam(required = false) String side,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) Boolean revisitOpen,
            @RequestParam(required = false) SearchRequest.LastTouch lastTouch,
            @RequestParam(required = false) Long owner,
            @RequestParam(required = false) List<String> tag,
            @RequestParam(required = false) SearchRequest.Consent consent,
            @RequestParam(required = false) String near,
            @RequestParam(required = false) Double radius,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) SearchRequest.Sort sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return search.search(
                new SearchRequest(
                        q, stage, side, reason, revisitOpen, lastTouch, owner, tag, consent, near, radius, unit, sort),
                page,
                size);
    }

    @Operation(summary = "Rediscovery: people of the whole database ranked for an opening, each with why")
    @GetMapping("/openings/{id}/rediscovery")
    RediscoveryResult rediscovery(@PathVariable long id, @RequestParam(defaultValue = "25") int limit) {
        return rediscovery.forOpening(new OpeningId(id), Math.min(Math.max(limit, 1), 100));
    }

    @Operation(summary = "The open openings a person fits, best first")
    @GetMapping("/people/{id}/fitting-openings")
    List<OpeningFit> fittingOpenings(@PathVariable long id, @RequestParam(defaultValue = "10") int limit) {
        return rediscovery.openingsFor(new PersonId(id), Math.min(Math.max(limit, 1), 50));
    }

    @Operation(summary = "Rebuild every search profile and the index from the database (admins)")
    @PostMapping("/search/rebuild")
    Map<String, Integer> rebuild() {
        CurrentUser.requireAdmin("rebuild the search index");
        return Map.of("people", profiles.rebuild());
    }
}
