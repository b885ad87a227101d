package io.rekindle.openings.web;

import io.rekindle.openings.Companies;
import io.rekindle.openings.CompanyDetails;
import io.rekindle.openings.CompanyId;
import io.rekindle.openings.ContactRole;
import io.rekindle.openings.NotNow;
import io.rekindle.openings.OpeningFilter;
import io.rekindle.openings.Openings;
import io.rekindle.openings.Relationship;
import io.rekindle.people.People;
import io.rekindle.people.PersonFilter;
import io.rekindle.people.PersonId;
import io.rekindle.platform.ConflictException;
import io.rekindle.platform.FormErrors;
import io.rekindle.platform.InvalidInputException;
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
@RequestMapping("/companies")
class CompanyController {

    private static final Map<String, String> RENAMES = Map.of();

    private final Companies companies;
    private final Openings openings;
    private final People people;

    CompanyController(Companies companies, Openings openings, People people) {
        this.companies = companies;
        this.openings = openings;
        this.people = people;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("name", name);
        model.addAttribute(
                "companies", companies.find(name, PageRequest.of(Math.max(page, 0), 25, Sort.by("nameKey", "id"))));
        return "openings/companies";
    }

    @GetMapping("/new")
    String newCompany(Model model) {
        model.addAttribute("form", CompanyForm.empty());
        model.addAttribute("companyId", null);
        model.addAttribute("relationships", Relationship.values());
        return "openings/company-form";
    }

    @PostMapping
    String create(
            @ModelAttribute("form") CompanyForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        try {
            CompanyDetails created = companies.create(form.toData());
            redirect.addFlashAttribute("message", "flash.company.created");
            return "redirect:/companies/" + created.id();
        } catch (InvalidInputException e) {
            FormErrors.reject(e, result, RENAMES);
            model.addAttribute("companyId", null);
            model.addAttribute("relationships", Relationship.values());
            return "openings/company-form";
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        var companyId = new CompanyId(id);
        model.addAttribute("company", companies.get(companyId));
        var contacts = companies.contactsOf(companyId);
        model.addAttribute("contacts", contacts);
        model.addAttribute(
                "contactPeople",
                people.summaries(contacts.stream().map(c -> c.person()).toList()));
        model.addAttribute(
                "openings",
                openings.find(
                                new OpeningFilter(null, companyId, null),
                                PageRequest.of(0, 100, Sort.by("openedOn").descending()))
                        .getContent());
        model.addAttribute("roles", ContactRole.values());
        model.addAttribute("notNowReasons", NotNow.Reason.values());
        return "openings/company";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("form", CompanyForm.of(companies.get(new CompanyId(id))));
        model.addAttribute("companyId", id);
        model.addAttribute("relationships", Relationship.values());
        return "openings/company-form";
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute("form") CompanyForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        try {
            companies.update(new CompanyId(id), form.version() == null ? -1 : form.version(), form.toData());
            redirect.addFlashAttribute("message", "flash.company.updated");
            return "redirect:/companies/" + id;
        } catch (InvalidInputException e) {
            FormErrors.reject(e, result, RENAMES);
        } catch (ConflictException e) {
            result.reject("conflict", e.getMessage());
        }
        model.addAttribute("companyId", id);
        return "openings/company-form";
    }

    @PostMapping("/{id}/not-now")
    String notNow(
            @PathVariable long id,
            @RequestParam(required = false) NotNow.Reason reason,
            @RequestParam(required = false) String note,
            @RequestParam(required = false)
                    @org.springframework.format.annotation.DateTimeFormat(
                            iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
                    java.time.LocalDate until,
            RedirectAttributes redirect) {
        try {
            companies.notNow(new CompanyId(id), new NotNow(reason, note, null, until));
            redirect.addFlashAttribute("message", "flash.company.notnow");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/companies/" + id;
    }

    @PostMapping("/{id}/resume")
    String resume(@PathVariable long id, RedirectAttributes redirect) {
        companies.resume(new CompanyId(id));
        redirect.addFlashAttribute("message", "flash.company.resumed");
        return "redirect:/companies/" + id;
    }

    @GetMapping("/{id}/contact-candidates")
    String contactCandidates(@PathVariable long id, @RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("companyId", id);
        model.addAttribute("roles", ContactRole.values());
        model.addAttribute(
                "found",
                q.isBlank()
                        ? List.of()
                        : people.find(
                                        new PersonFilter(q, null, null, null, null),
                                        PageRequest.of(0, 8, Sort.by("nameKey")))
                                .getContent());
        return "openings/contact-candidates :: contact-candidates";
    }

    @PostMapping("/{id}/contacts")
    String addContact(
            @PathVariable long id,
            @RequestParam long personId,
            @RequestParam ContactRole role,
            RedirectAttributes redirect) {
        try {
            companies.addContact(new CompanyId(id), new PersonId(personId), role);
            redirect.addFlashAttribute("message", "flash.contact.added");
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/companies/" + id;
    }

    @PostMapping("/{id}/contacts/{contactId}/remove")
    String removeContact(@PathVariable long id, @PathVariable long contactId, RedirectAttributes redirect) {
        companies.removeContact(new CompanyId(id), contactId);
        redirect.addFlashAttribute("message", "flash.contact.removed");
        return "redirect:/companies/" + id;
    }
}
