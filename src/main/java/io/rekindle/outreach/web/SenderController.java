package io.rekindle.outreach.web;

import io.rekindle.outreach.Senders;
import io.rekindle.platform.CurrentUser;
import io.rekindle.platform.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A user's own From address, name and signature. */
@Controller
@RequestMapping("/outreach/me")
class SenderController {

    private final Senders senders;

    SenderController(Senders senders) {
        this.senders = senders;
    }

    @GetMapping
    String show(Model model) {
        var me = senders.of(CurrentUser.id());
        return page(model, new SenderForm(me.fromAddress(), me.fromName(), me.signature()));
    }

    @PostMapping
    String save(SenderForm form, Model model, RedirectAttributes redirect) {
        try {
            senders.change(CurrentUser.id(), form.fromAddress(), form.fromName(), form.signature());
            redirect.addFlashAttribute("message", "flash.sender.saved");
            return "redirect:/outreach/me";
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
            return page(model, form);
        }
    }

    private String page(Model model, SenderForm form) {
        model.addAttribute("section", "outreach");
        model.addAttribute("form", form);
        return "outreach/sender";
    }

    record SenderForm(String fromAddress, String fromName, String signature) {}
}
