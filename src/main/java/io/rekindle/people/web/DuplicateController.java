package io.rekindle.people.web;

import io.rekindle.people.Duplicates;
import io.rekindle.people.PersonId;
import io.rekindle.people.PersonMergeView;
import io.rekindle.platform.ConflictException;
import io.rekindle.platform.CurrentUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The duplicate pairs page, merging and undoing from a person's page, and the duplicates panel on it. */
@Controller
@RequestMapping("/people")
class DuplicateController {

    static final int PAGE_SIZE = 25;

    private final Duplicates duplicates;

    DuplicateController(Duplicates duplicates) {
        this.duplicates = duplicates;
    }

    @GetMapping("/duplicates")
    String pairs(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("pairs", duplicates.pairs(PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        return "people/duplicates";
    }

    @PostMapping("/duplicates/scan")
    String scan(RedirectAttributes redirect) {
        duplicates.scan();
        redirect.addFlashAttribute("message", "flash.duplicates.scanned");
        return "redirect:/people/duplicates";
    }

    @PostMapping("/duplicates/not-duplicate")
    String notDuplicate(@RequestParam long first, @RequestParam long second, RedirectAttributes redirect) {
        duplicates.notDuplicate(new PersonId(first), new PersonId(second), CurrentUser.id());
        redirect.addFlashAttribute("message", "flash.duplicates.notDuplicate");
        return "redirect:/people/duplicates";
    }

    /** Merges {@code merged} into the person {@code id}; back to where the user came from, or the kept person. */
    @PostMapping("/{id}/merge")
    String merge(
            @PathVariable long id,
            @RequestParam long merged,
            @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        try {
            duplicates.merge(new PersonId(id), new PersonId(merged), CurrentUser.id());
            redirect.addFlashAttribute("message", "flash.person.merged");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "pairs".equals(back) ? "redirect:/people/duplicates" : "redirect:/people/" + id;
    }

    @PostMapping("/merges/{merge}/undo")
    String undo(@PathVariable long merge, RedirectAttributes redirect) {
        try {
            PersonMergeView undone = duplicates.undo(merge, CurrentUser.id());
            redirect.addFlashAttribute("message", "flash.person.mergeUndone");
            return "redirect:/people/" + undone.merged();
        } catch (ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/people/" + duplicates.getMerge(merge).kept();
        }
    }

    /** The panel on a person's page: likely duplicates to merge, and the merges this person took part in. */
    @GetMapping("/{id}/duplicates")
    String panel(@PathVariable long id, Model model) {
        var person = new PersonId(id);
        model.addAttribute("person", id);
        model.addAttribute("candidates", duplicates.likelyDuplicatesOf(person));
        model.addAttribute("merges", duplicates.mergesOf(person));
        return "people/duplicates-panel :: content";
    }
}
