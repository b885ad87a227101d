package io.rekindle.platform.web;

import io.rekindle.platform.InvalidInputException;
import io.rekindle.platform.Role;
import io.rekindle.platform.Text;
import io.rekindle.platform.Users;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins add recruiters; each gets a temporary password to change at the first sign-in. */
@Controller
@RequestMapping("/admin/users")
class AdminUserController {

    private final Users users;

    AdminUserController(Users users) {
        this.users = users;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("users", users.all());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new NewUserForm("", "", "", Role.RECRUITER, "UTC", ""));
        }
        model.addAttribute("roles", Role.values());
        return "platform/users";
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") NewUserForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        ZoneId zone = zone(form.timeZone(), result);
        if (!result.hasErrors()) {
            try {
                users.create(
                        new Users.NewUser(
                                form.username(), form.displayName(), Text.trimToNull(form.email()), form.role(), zone),
                        form.temporaryPassword());
                redirect.addFlashAttribute("message", "flash.user.created");
                return "redirect:/admin/users";
            } catch (InvalidInputException e) {
                e.problems()
                        .forEach(p -> result.rejectValue(
                                p.field().equals("password") ? "temporaryPassword" : p.field(),
                                "invalid",
                                p.message()));
            }
        }
        return list(model);
    }

    private static ZoneId zone(String id, BindingResult result) {
        try {
            return ZoneId.of(id);
        } catch (RuntimeException e) {
            result.rejectValue("timeZone", "invalid", "is not a known time zone (e.g. America/Chicago)");
            return null;
        }
    }

    record NewUserForm(
            @NotBlank
                    @Size(max = 100)
                    @Pattern(regexp = "[a-z0-9._-]+", message = "use lower-case letters, digits, . _ -")
                    String username,
            @NotBlank @Size(max = 200) String displayName,
            @Email String email,
            @NotNull Role role,
            @NotBlank String timeZone,
            @NotBlank String temporaryPassword) {}
}
