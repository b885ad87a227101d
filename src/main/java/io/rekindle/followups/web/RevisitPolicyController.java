package io.rekindle.followups.web;

import io.rekindle.followups.ContactGuard;
import io.rekindle.followups.RevisitPolicy;
import io.rekindle.pipeline.NoReason;
import io.rekindle.pipeline.Side;
import io.rekindle.platform.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins decide when each kind of no turns into "maybe now". */
@Controller
@RequestMapping("/admin/revisits")
class RevisitPolicyController {

    private final RevisitPolicy policy;
    private final ContactGuard guard;

    RevisitPolicyController(RevisitPolicy policy, ContactGuard guard) {
        this.policy = policy;
        this.guard = guard;
    }

    @GetMapping
    String rules(Model model) {
        model.addAttribute("rules", policy.rules());
        model.addAttribute("limits", guard.policy());
        return "followups/revisit-policy";
    }

    @PostMapping("/limits")
    String changeLimits(
            @RequestParam int maxTouches,
            @RequestParam int windowDays,
            @RequestParam(defaultValue = "false") boolean quietAfterNo,
            RedirectAttributes redirect) {
        try {
            guard.change(new ContactGuard.Policy(maxTouches, windowDays, quietAfterNo));
            redirect.addFlashAttribute("message", "flash.policy.changed");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/admin/revisits";
    }

    @PostMapping
    String change(
            @RequestParam Side side,
            @RequestParam NoReason reason,
            @RequestParam int months,
            @RequestParam(required = false) Integer sameClientMonths,
            RedirectAttributes redirect) {
        try {
            policy.change(side, reason, months, sameClientMonths);
            redirect.addFlashAttribute("message", "flash.policy.changed");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/admin/revisits";
    }
}
