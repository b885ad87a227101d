package io.rekindle.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "redirect:/today";
    }

    @GetMapping("/login")
    String login() {
        return "platform/login";
    }
}
