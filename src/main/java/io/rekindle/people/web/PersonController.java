package io.rekindle.people.web;

import io.rekindle.people.Duplicates;
import io.rekindle.people.LikelyDuplicateException;
import io.rekindle.people.People;
import io.rekindle.people.PersonDetails;
import io.rekindle.people.PersonFilter;
import io.rekindle.people.PersonId;
import io.rekindle.people.PersonPanel;
import io.rekindle.platform.ConflictException;
import io.rekindle.platform.CurrentUser;
import io.rekindle.platform.FormErrors;
import io.rekindle.platform.InvalidInputException;
import io.rekindle.platform.UserId;
import io.rekindle.platform.Users;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/people")
class PersonController {

    static final int PAGE_SIZE = 25;
    private static final Map<String, String> SORTS =
            Map.of("name", "nameKey", "updated", "updatedAt", "created", "createdAt", "city", "city");

    private static final Map<String, String> RENAMES = Map.of(
            "location.city", "city", "location.region", "region", "location.country", "country", "owner", "ownerId");

    private final People people;
    private final Duplicates duplicates;
    private final Users users;
    private final List<PersonPanel> panels;
    private final MessageSource messages;

    PersonController(
            People people, Duplicates duplicates, Users users, List<PersonPanel> panels, MessageSource messages) {
        this.people = people;
        this.duplicates = duplicates;
        this.users = users;
        this.messages = messages;
        this.panels = panels.stream()
                .sorted(Comparator.comparingInt(PersonPanel::order))
                .toList();
    }

    @GetMapping
    String list(
            @ModelAttribute("filter") FilterForm filter,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "name") String sort,
            @RequestParam(defaultValue = "asc") String dir,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        String property = SORTS.getOrDefault(sort, "nameKey");
        var direction = "desc".equals(dir) ? Sort.Direction.DESC : Sort.Direction.ASC;
        var pageable = PageRequest.of(
                Math.max(page, 0), PAGE_SIZE, Sort.by(direction, property).and(Sort.by("id")));
        model.addAttribute("people", people.find(filter.toFilter(), pageable));
        model.addAttribute("sort", SORTS.containsKey(sort) ? sort : "name");
        model.addAttribute("dir", direction == Sort.Direction.DESC ? "desc" : "asc");
        model.addAttribute("users", users.byId());
        return htmx != null ? "people/list :: results" : "people/list";
    }

    @GetMapping("/new")
    String newPerson(Model model) {
        model.addAttribute("form", PersonForm.empty(CurrentUser.id()));
        return form(model, null);
    }

    @PostMapping
    String create(
            @ModelAttribute("form") PersonForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        try {
            if (form.mergeInto() != null) {
                people.createMergedInto(form.toData(), new PersonId(form.mergeInto()), CurrentUser.id());
                redirect.addFlashAttribute("message", "flash.person.mergedNew");
                return "redirect:/people/" + form.mergeInto();
            }
            PersonDetails person = people.create(form.toData(), Boolean.TRUE.equals(form.allowDuplicate()));
            redirect.addFlashAttribute("message", "flash.person.created");
            return "redirect:/people/" + person.id();
        } catch (InvalidInputException e) {
            FormErrors.reject(e, result, RENAMES);
            return form(model, null);
        } catch (LikelyDuplicateException e) {
            model.addAttribute("duplicates", e.candidates());
            return form(model, null);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model, Locale locale, RedirectAttributes redirect) {
        var personId = new PersonId(id);
        var mergedInto = duplicates.mergedInto(personId);
        if (mergedInto.isPresent() && mergedInto.get() != null) {
            redirect.addFlashAttribute("message", "flash.person.wasMerged");
            return "redirect:/people/" + mergedInto.get();
        }
        PersonDetails person = people.get(personId);
        model.addAttribute("person", person);
        model.addAttribute("owner", users.find(person.owner()).orElse(null));
        model.addAttribute(
                "timeline",
                people.timeline(personId).stream()
                        .map(e -> new TimelineLine(e.at(), e.kind(), e.text(messages, locale), e.detail(), e.link()))
                        .toList());
        model.addAttribute(
                "panels",
                panels.stream()
                        .map(p -> new RenderedPanel(p.fragment(), p.model(personId)))
                        .toList());
        return "people/show";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("form", PersonForm.of(people.get(new PersonId(id))));
        return form(model, id);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute("form") PersonForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        try {
            people.update(new PersonId(id), form.version() == null ? -1 : form.version(), form.toData());
            redirect.addFlashAttribute("message", "flash.person.updated");
            return "redirect:/people/" + id;
        } catch (InvalidInputException e) {
            FormErrors.reject(e, result, RENAMES);
        } catch (ConflictException e) {
            result.reject("conflict", e.getMessage());
        }
        return form(model, id);
    }

    private String form(Model model, Long id) {
        model.addAttribute("personId", id);
        model.addAttribute("users", users.all());
        return "people/form";
    }

    record TimelineLine(Instant at, String kind, String text, String detail, String link) {}

    record RenderedPanel(String fragment, Map<String, Object> data) {}

    record FilterForm(String name, String email, String city, String tag, Long owner) {
        PersonFilter toFilter() {
            return new PersonFilter(name, email, city, tag, UserId.of(owner));
        }
    }
}
