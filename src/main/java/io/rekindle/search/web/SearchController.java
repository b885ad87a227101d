package io.rekindle.search.web;

import io.rekindle.openings.OpeningId;
import io.rekindle.people.PersonId;
import io.rekindle.platform.InvalidInputException;
import io.rekindle.platform.Users;
import io.rekindle.search.PeopleSearch;
import io.rekindle.search.Rediscovery;
import io.rekindle.search.SearchRequest;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SearchController {

    private final PeopleSearch search;
    private final Rediscovery rediscovery;
    private final Users users;

    SearchController(PeopleSearch search, Rediscovery rediscovery, Users users) {
        this.search = search;
        this.rediscovery = rediscovery;
        this.users = users;
    }

    @GetMapping("/search")
    String search(
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
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var request = new SearchRequest(
                q, stage, side, reason, revisitOpen, lastTouch, owner, tag, consent, near, radius, unit, null);
        model.addAttribute("request", request);
        var ownerNames = new java.util.HashMap<String, String>();
        users.all().forEach(u -> ownerNames.put(String.valueOf(u.id().value()), u.displayName()));
        model.addAttribute("ownerNames", ownerNames);
        try {
            model.addAttribute("results", search.search(request, page, 25));
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.problems());
        }
        return "search/search";
    }

    @GetMapping("/openings/{id}/rediscovery")
    String rediscovery(@PathVariable long id, Model model) {
        model.addAttribute("result", rediscovery.forOpening(new OpeningId(id), 25));
        return "search/rediscovery";
    }

    @GetMapping("/people/{id}/fitting-openings")
    String fittingOpenings(@PathVariable long id, Model model) {
        model.addAttribute("fits", rediscovery.openingsFor(new PersonId(id), 10));
        return "search/fitting-openings";
    }
}
