package io.rekindle.followups.web;

import io.rekindle.followups.CadenceStep;
import io.rekindle.followups.Cadences;
import io.rekindle.followups.Channel;
import io.rekindle.platform.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins define cadences: one step a line, "CHANNEL WAIT script", the wait in business days. */
@Controller
@RequestMapping("/admin/cadences")
class CadenceAdminController {

    private final Cadences cadences;

    CadenceAdminController(Cadences cadences) {
        this.cadences = cadences;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("cadences", cadences.all());
        model.addAttribute("channels", Channel.values());
        return "followups/cadences";
    }

    @PostMapping
    String create(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String steps,
            Model model,
            RedirectAttributes redirect) {
        try {
            cadences.create(name, parse(steps));
            redirect.addFlashAttribute("message", "flash.cadence.created");
            return "redirect:/admin/cadences";
        } catch (InvalidInputException e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("name", name);
            model.addAttribute("steps", steps);
            return list(model);
        }
    }

    /** Reads one step a line; a bad line is refused with its number. */
    static List<CadenceStep> parse(String text) {
        var steps = new ArrayList<CadenceStep>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\\s+", 3);
            try {
                Channel channel = Channel.valueOf(parts[0].toUpperCase(java.util.Locale.ROOT));
                int wait = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
                steps.add(new CadenceStep(channel, wait, parts.length > 2 ? parts[2] : null));
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of(
                        "steps",
                        "line " + (i + 1) + " ('" + line
                                + "') must read CHANNEL WAIT script, e.g. 'CALL 2 Ask about timing', "
                                + "with CHANNEL one of " + List.of(Channel.values()));
            }
        }
        return steps;
    }
}
