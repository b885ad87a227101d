package io.rekindle.outreach.web;

import io.rekindle.outreach.Unsubscribes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The public unsubscribe page. A GET only asks (link scanners must not unsubscribe anyone); a POST unsubscribes —
 * the button on the page, or a mail provider's RFC 8058 one-click request ({@code List-Unsubscribe=One-Click}).
 */
@Controller
@RequestMapping("/unsubscribe/{token}")
class UnsubscribeController {

    private final Unsubscribes unsubscribes;

    UnsubscribeController(Unsubscribes unsubscribes) {
        this.unsubscribes = unsubscribes;
    }

    @GetMapping
    String ask(@PathVariable String token, Model model, jakarta.servlet.http.HttpServletResponse response) {
        boolean valid = unsubscribes.verify(token).isPresent();
        if (!valid) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        model.addAttribute("token", token);
        model.addAttribute("state", valid ? "ask" : "invalid");
        return "outreach/unsubscribe";
    }

    @PostMapping
    String unsubscribe(@PathVariable String token, Model model, jakarta.servlet.http.HttpServletResponse response) {
        boolean done = unsubscribes.unsubscribe(token);
        if (!done) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        model.addAttribute("token", token);
        model.addAttribute("state", done ? "done" : "invalid");
        return "outreach/unsubscribe";
    }
}
