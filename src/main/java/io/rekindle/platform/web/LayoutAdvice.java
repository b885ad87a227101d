package io.rekindle.platform.web;

import io.rekindle.platform.CurrentUser;
import io.rekindle.platform.UserSummary;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user into every page model for the navigation bar. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

    @ModelAttribute("me")
    UserSummary me() {
        return CurrentUser.get().orElse(null);
    }
}
