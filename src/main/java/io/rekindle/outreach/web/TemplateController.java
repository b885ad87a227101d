package io.rekindle.outreach.web;

import io.rekindle.openings.OpeningId;
import io.rekindle.outreach.MergeFields;
import io.rekindle.outreach.NewEmail;
import io.rekindle.outreach.Outbox;
import io.rekindle.outreach.TemplateData;
import io.rekindle.outreach.Templates;
import io.rekindle.people.PersonId;
import io.rekindle.platform.ConflictException;
import io.rekindle.platform.CurrentUser;
import io.rekindle.platform.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Templates: the list, the editor with its merge fields, a preview with a real person, and queueing an email. */
@Controller
@RequestMapping("/outreach")
class TemplateController {

    private final Templates templates;
    private final Outbox outbox;

    TemplateController(Templates templates, Outbox outbox) {
        this.templates = templates;
        this.outbox = outbox;
    }

    @GetMapping("/templates")
    String list(Model model) {
        model.addAttribute("section", "outreach");
        model.addAttribute("templates", templates.all());
        return "outreach/templates";
    }

    @GetMapping("/templates/new")
    String create(Model model) {
        return edit(model, null, new TemplateForm("", "", "", "", 0));
    }

    @GetMapping("/templates/{id}")
    String edit(@PathVariable long id, Model model) {
        var t = templates.get(id);
        return edit(model, id, new TemplateForm(t.name(), t.subject(), t.bodyText(), t.bodyHtml(), t.version()));
    }

    @PostMapping("/templates")
    String saveNew(TemplateForm form, Model model, RedirectAttributes redirect) {
        try {
            var saved = templates.create(form.data());
            redirect.addFlashAttribute("message", "flash.template.saved");
            return "redirect:/outreach/templates/" + saved.id();
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
            return edit(model, null, form);
        }
    }

    @PostMapping("/templates/{id}")
    String save(@PathVariable long id, TemplateForm form, Model model, RedirectAttributes redirect) {
        try {
            templates.update(id, form.version(), form.data());
            redirect.addFlashAttribute("message", "flash.template.saved");
            return "redirect:/outreach/templates/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
            return edit(model, id, form);
        } catch (ConflictException e) {
            model.addAttribute("error", e.getMessage());
            return edit(model, id, form);
        }
    }

    /** The preview as the person would read it (an htmx fragment, or the page when asked directly). */
    @GetMapping("/templates/{id}/preview")
    String preview(
            @PathVariable long id,
            @RequestParam(required = false) Long person,
            @RequestParam(required = false) Long opening,
            Model model) {
        model.addAttribute("section", "outreach");
        model.addAttribute("template", templates.get(id));
        model.addAttribute("person", person);
        model.addAttribute("opening", opening);
        if (person != null) {
            try {
                model.addAttribute(
                        "preview",
                        templates.preview(
                                id,
                                new PersonId(person),
                                opening == null ? null : new OpeningId(opening),
                                CurrentUser.id()));
            } catch (InvalidInputException e) {
                model.addAttribute("problems", e.problems());
            }
        }
        return "outreach/preview";
    }

    /** Queues an email to a person from a template; back to their page with what happened. */
    @PostMapping("/compose")
    String queue(
            @RequestParam long person,
            @RequestParam long template,
            @RequestParam(required = false) Long opening,
            RedirectAttributes redirect) {
        try {
            outbox.queue(new NewEmail(
                    new PersonId(person), opening == null ? null : new OpeningId(opening), template, CurrentUser.id()));
            redirect.addFlashAttribute("message", "flash.outreach.queued");
        } catch (ConflictException | InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/people/" + person;
    }

    private String edit(Model model, Long id, TemplateForm form) {
        model.addAttribute("section", "outreach");
        model.addAttribute("id", id);
        model.addAttribute("form", form);
        model.addAttribute("fields", MergeFields.ALL);
        return "outreach/template-form";
    }

    record TemplateForm(String name, String subject, String bodyText, String bodyHtml, long version) {
        TemplateData data() {
            return new TemplateData(name, subject, bodyText, bodyHtml);
        }
    }
}
