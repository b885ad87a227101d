package io.rekindle.followups.web;

import io.rekindle.followups.BusinessDays;
import io.rekindle.followups.ContactGuard;
import io.rekindle.followups.RevisitPolicy;
import io.rekindle.pipeline.NoReason;
import io.rekindle.pipeline.Side;
import io.rekindle.platform.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
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
    private final BusinessDays businessDays;
    private final Clock clock;

    RevisitPolicyController(RevisitPolicy policy, ContactGuard guard, BusinessDays businessDays, Clock clock) {
        this.policy = policy;
        this.guard = guard;
        this.businessDays = businessDays;
        this.clock = clock;
    }

    @GetMapping
    String rules(Model model) {
        model.addAttribute("rules", policy.rules());
        model.addAttribute("limits", guard.policy());
        model.addAttribute(
                "holidays", businessDays.holidaysFrom(LocalDate.now(clock).minusMonths(1)));
        return "followups/revisit-policy";
    }

    @PostMapping("/holidays")
    String addHoliday(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam(required = false) String name,
            RedirectAttributes redirect) {
        try {
            businessDays.addHoliday(day, name);
            redirect.addFlashAttribute("message", "flash.policy.changed");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/admin/revisits";
    }

    @PostMapping("/holidays/remove")
    String removeHoliday(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, RedirectAttributes redirect) {
        businessDays.removeHoliday(day);
        redirect.addFlashAttribute("message", "flash.policy.changed");
        return "redirect:/admin/revisits";
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
