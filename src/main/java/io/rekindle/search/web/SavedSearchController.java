package io.rekindle.search.web;

import io.rekindle.platform.CurrentUser;
import io.rekindle.platform.InvalidInputException;
import io.rekindle.search.SavedSearches;
import io.rekindle.search.SearchRequest;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Saving the search on the search page under a name, the list of saved searches, opening and deleting one. */
@Controller
class SavedSearchController {

    private final SavedSearches savedSearches;

    SavedSearchController(SavedSearches savedSearches) {
        this.savedSearches = savedSearches;
    }

    @GetMapping("/search/saved")
    String list(Model model) {
        model.addAttribute("saved", savedSearches.of(CurrentUser.id()));
        return "search/saved";
    }

    @PostMapping("/search/saved")
    String save(
            @RequestParam(required = false) String name,
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
            RedirectAttributes redirect) {
        var request = new SearchRequest(
                q, stage, side, reason, revisitOpen, lastTouch, owner, tag, consent, near, radius, unit, null);
        try {
            var saved = savedSearches.save(CurrentUser.id(), name, request);
            redirect.addFlashAttribute("message", "flash.search.saved");
            return "redirect:" + saved.href();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:" + SavedSearches.href(request);
        }
    }

    @GetMapping("/search/saved/{id}")
    String open(@PathVariable long id) {
        return "redirect:" + savedSearches.open(CurrentUser.id(), id).href();
    }

    @PostMapping("/search/saved/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        savedSearches.delete(CurrentUser.id(), id);
        redirect.addFlashAttribute("message", "flash.search.deleted");
        return "redirect:/search/saved";
    }
}
