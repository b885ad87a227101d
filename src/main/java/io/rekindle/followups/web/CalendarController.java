package io.rekindle.followups.web;

import io.rekindle.followups.CalendarFeeds;
import io.rekindle.platform.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The private iCalendar feed: subscribed to by calendar apps without a session, by its secret address. */
@Controller
class CalendarController {

    static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final CalendarFeeds feeds;

    CalendarController(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return ResponseEntity.ok().contentType(TEXT_CALENDAR).body(feeds.render(token));
    }

    @PostMapping("/today/calendar")
    String issue(RedirectAttributes redirect) {
        String token = feeds.issue(CurrentUser.id());
        String url = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/calendar/{token}.ics")
                .buildAndExpand(token)
                .toUriString();
        redirect.addFlashAttribute("feedUrl", url);
        redirect.addFlashAttribute("message", "flash.calendar.issued");
        return "redirect:/today";
    }

    @PostMapping("/today/calendar/revoke")
    String revoke(RedirectAttributes redirect) {
        feeds.revoke(CurrentUser.id());
        redirect.addFlashAttribute("message", "flash.calendar.revoked");
        return "redirect:/today";
    }
}
