package io.rekindle.platform.web;

import io.rekindle.platform.ApiTokens;
import io.rekindle.platform.CurrentUser;
import io.rekindle.platform.InvalidInputException;
import io.rekindle.platform.Users;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's settings: password and API tokens. */
@Controller
@RequestMapping("/account")
class AccountController {

    private final Users users;
    private final ApiTokens tokens;

    AccountController(Users users, ApiTokens tokens) {
        this.users = users;
        this.tokens = tokens;
    }

    @GetMapping
    String settings(Model model) {
        model.addAttribute("tokens", tokens.of(CurrentUser.id()));
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", new TokenForm(""));
        }
        return "platform/account";
    }

    @PostMapping("/tokens")
    String createToken(
            @Valid @ModelAttribute("tokenForm") TokenForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return settings(model);
        }
        var issued = tokens.issue(CurrentUser.id(), form.name());
        redirect.addFlashAttribute("newToken", issued.token());
        redirect.addFlashAttribute("message", "flash.token.created");
        return "redirect:/account";
    }

    @PostMapping("/tokens/{id}/revoke")
    String revokeToken(@PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(CurrentUser.id(), id);
        redirect.addFlashAttribute("message", "flash.token.revoked");
        return "redirect:/account";
    }

    @GetMapping("/password")
    String passwordForm(Model model) {
        model.addAttribute("form", new PasswordForm("", "", ""));
        model.addAttribute("mustChange", users.mustChangePassword(CurrentUser.id()));
        return "platform/password";
    }

    @PostMapping("/password")
    String changePassword(
            @Valid @ModelAttribute("form") PasswordForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!form.newPassword().equals(form.repeatPassword())) {
            result.rejectValue("repeatPassword", "password.mismatch", "does not match the new password");
        }
        if (!result.hasErrors()) {
            try {
                users.changePassword(CurrentUser.id(), form.currentPassword(), form.newPassword());
                redirect.addFlashAttribute("message", "flash.password.changed");
                return "redirect:/today";
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> result.rejectValue(p.field(), "invalid", p.message()));
            }
        }
        model.addAttribute("mustChange", users.mustChangePassword(CurrentUser.id()));
        return "platform/password";
    }

    record TokenForm(@NotBlank @Size(max = 100) String name) {}

    record PasswordForm(@NotBlank String currentPassword, @NotBlank String newPassword, String repeatPassword) {}
}
