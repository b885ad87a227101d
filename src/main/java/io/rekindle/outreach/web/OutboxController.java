package io.rekindle.outreach.web;

import io.rekindle.outreach.MessageStatus;
import io.rekindle.outreach.Outbox;
import io.rekindle.outreach.Replies;
import io.rekindle.platform.ConflictException;
import io.rekindle.platform.CurrentUser;
import io.rekindle.platform.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The outbox page: every message and where it is; operators settle unknown ones, recruiters log replies. */
@Controller
@RequestMapping("/outreach/outbox")
class OutboxController {

    private final Outbox outbox;
    private final Replies replies;

    OutboxController(Outbox outbox, Replies replies) {
        this.outbox = outbox;
        this.replies = replies;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) MessageStatus status,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        model.addAttribute("section", "outreach");
        model.addAttribute("status", status);
        model.addAttribute("statuses", MessageStatus.values());
        model.addAttribute("counts", outbox.counts());
        model.addAttribute("page", outbox.page(status, Math.max(page, 0), 50));
        model.addAttribute("url", "/outreach/outbox" + (status == null ? "" : "?status=" + status));
        return htmx != null ? "outreach/outbox :: rows" : "outreach/outbox";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("section", "outreach");
        model.addAttribute("m", outbox.get(id));
        return "outreach/message";
    }

    @PostMapping("/{id}/cancel")
    String cancel(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "flash.outreach.cancelled", () -> outbox.cancel(id));
    }

    @PostMapping("/{id}/resend")
    String resend(@PathVariable long id, RedirectAttributes redirect) {
        if (outbox.get(id).status() == MessageStatus.UNKNOWN) {
            CurrentUser.requireAdmin("resend a message that may already have gone out");
        }
        return act(id, redirect, "flash.outreach.resent", () -> outbox.resend(id));
    }

    @PostMapping("/{id}/confirm-sent")
    String confirmSent(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "flash.outreach.confirmed", () -> outbox.confirmSent(id));
    }

    @PostMapping("/{id}/reply")
    String logReply(@PathVariable long id, @RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
        return act(id, redirect, "flash.outreach.replyLogged", () -> replies.logByHand(id, note));
    }

    private String act(long id, RedirectAttributes redirect, String flash, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("message", flash);
        } catch (ConflictException | InvalidInputException | IllegalStateException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/outreach/outbox/" + id;
    }
}
