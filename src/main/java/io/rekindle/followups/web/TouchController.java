package io.rekindle.followups.web;

import io.rekindle.followups.Channel;
import io.rekindle.followups.Direction;
import io.rekindle.followups.TouchData;
import io.rekindle.followups.TouchResult;
import io.rekindle.followups.Touches;
import io.rekindle.openings.OpeningId;
import io.rekindle.people.PersonId;
import io.rekindle.platform.ConflictException;
import io.rekindle.platform.CurrentUser;
import io.rekindle.platform.InvalidInputException;
import java.time.Instant;
import java.time.LocalDateTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class TouchController {

    private final Touches touches;

    TouchController(Touches touches) {
        this.touches = touches;
    }

    @PostMapping("/people/{id}/touches")
    String log(@PathVariable long id, TouchForm form, RedirectAttributes redirect) {
        try {
            touches.log(form.toData(new PersonId(id)));
            redirect.addFlashAttribute("message", "flash.touch.logged");
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/people/" + id;
    }

    record TouchForm(
            Channel channel,
            Direction direction,
            TouchResult result,
            Long openingId,
            String summary,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime occurredAt) {

        TouchData toData(PersonId person) {
            Instant at = occurredAt == null
                    ? null
                    : occurredAt.atZone(CurrentUser.zone()).toInstant();
            return new TouchData(
                    person,
                    openingId == null ? null : new OpeningId(openingId),
                    channel,
                    direction == null ? Direction.OUTBOUND : direction,
                    result,
                    summary,
                    at);
        }
    }
}
