package io.rekindle.openings.web;

import io.rekindle.openings.Companies;
import io.rekindle.openings.OpeningDetails;
import io.rekindle.openings.OpeningFilter;
import io.rekindle.openings.OpeningId;
import io.rekindle.openings.OpeningPanel;
import io.rekindle.openings.OpeningStatus;
import io.rekindle.openings.Openings;
import io.rekindle.openings.Seniority;
import io.rekindle.platform.ConflictException;
import io.rekindle.platform.CurrentUser;
import io.rekindle.platform.FormErrors;
import io.rekindle.platform.InvalidInputException;
import io.rekindle.platform.Users;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/openings")
class OpeningController {

    private static final Map<String, String> RENAMES = Map.of(
            "location.city",
            "city",
            "location.region",
            "region",
            "location.country",
            "country",
            "pay.min",
            "payMin",
            "pay.max",
            "payMax",
            "pay.currency",
            "payCurrency");

    private final Openings openings;
    private final Companies companies;
    private final Users users;
    private final Clock clock;
    private final List<OpeningPanel> panels;

    OpeningController(Openings openings, Companies companies, Users users, Clock clock, List<OpeningPanel> panels) {
        this.panels = panels.stream()
                .sorted(java.util.Comparator.comparingInt(OpeningPanel::order))
                .toList();
        this.openings = openings;
        this.companies = companies;
        this.users = users;
        this.clock = clock;
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "") String title,
            @RequestParam(required = false) OpeningStatus status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("title", title);
        model.addAttribute("status", status);
        model.addAttribute("statuses", OpeningStatus.values());
        model.addAttribute(
                "openings",
                openings.find(
                        new OpeningFilter(title, null, status),
                        PageRequest.of(Math.max(page, 0), 25, Sort.by(Sort.Direction.DESC, "openedOn", "id"))));
        return "openings/openings";
    }

    @GetMapping("/new")
    String newOpening(@RequestParam(required = false) Long companyId, Model model) {
        model.addAttribute(
                "form",
                OpeningForm.empty(companyId, CurrentUser.id(), LocalDate.now(clock.withZone(CurrentUser.zone()))));
        return form(model, null);
    }

    @PostMapping
    String create(
            @ModelAttribute("form") OpeningForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        try {
            OpeningDetails created = openings.create(form.toData());
            redirect.addFlashAttribute("message", "flash.opening.created");
            return "redirect:/openings/" + created.id();
        } catch (InvalidInputException e) {
            FormErrors.reject(e, result, RENAMES);
            return form(model, null);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        OpeningDetails opening = openings.get(new OpeningId(id));
        model.addAttribute("opening", opening);
        model.addAttribute("owner", users.find(opening.owner()).orElse(null));
        model.addAttribute(
                "panels",
                panels.stream()
                        .map(p -> Map.of("fragment", p.fragment(), "data", p.model(opening.id())))
                        .toList());
        return "openings/opening";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("form", OpeningForm.of(openings.get(new OpeningId(id))));
        return form(model, id);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute("form") OpeningForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        try {
            openings.update(new OpeningId(id), form.version() == null ? -1 : form.version(), form.toData());
            redirect.addFlashAttribute("message", "flash.opening.updated");
            return "redirect:/openings/" + id;
        } catch (InvalidInputException e) {
            FormErrors.reject(e, result, RENAMES);
        } catch (ConflictException e) {
            result.reject("conflict", e.getMessage());
        }
        return form(model, id);
    }

    private String form(Model model, Long id) {
        model.addAttribute("openingId", id);
        model.addAttribute("companies", companies.all());
        model.addAttribute("users", users.all());
        model.addAttribute("statuses", OpeningStatus.values());
        model.addAttribute("seniorities", Seniority.values());
        return "openings/opening-form";
    }
}
