package io.rekindle.demo;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** What recruiters write: outcome notes, touch summaries, notes on people, companies and openings. */
final class Phrases {

    private static final Map<Outcome, List<String>> OUTCOME_NOTES = Map.ofEntries(
            Map.entry(
                    Outcome.HAPPY_WHERE_I_AM,
                    List.of(
                            "Happy where I am: just got promoted to team lead.",
                            "Loves the manager and the team; not looking this year.",
                            "Vesting in 4 months, won't move before that. Call back after.",
                            "Just hit President's Club, not leaving money on the table.",
                            "Current role is going well. Said to stay in touch.")),
            Map.entry(
                    Outcome.NOT_THIS_ROLE,
                    List.of(
                            "Doesn't want to go back to an individual-contributor role.",
                            "Wants enterprise deals, not SMB velocity.",
                            "Not interested in another early-stage startup.",
                            "Wants to move toward product, not more of the same.")),
            Map.entry(
                    Outcome.COMPENSATION,
                    List.of(
                            "Wants 20% more than the top of the band.",
                            "Base is fine but OTE would need to be 250k+.",
                            "Would need a sign-on bonus to cover the bonus left on the table.",
                            "Current package is above the range; equity matters more than base.")),
            Map.entry(
                    Outcome.LOCATION,
                    List.of(
                            "Won't commute downtown more than 2 days a week.",
                            "Relocating to Denver in the summer.",
                            "Fully remote only; kids in school nearby.",
                            "The drive from the suburbs is a deal-breaker.")),
            Map.entry(
                    Outcome.TIMING,
                    List.of(
                            "Partner is due in March; revisit in June.",
                            "Mid-way through a big launch; ask again after Q3.",
                            "Started 4 months ago, doesn't want a short stint on the resume.",
                            "Waiting on the annual bonus in February.")),
            Map.entry(
                    Outcome.DECLINED_OFFER,
                    List.of(
                            "Declined the offer: took a counter-offer from current employer.",
                            "Declined: loved the team but wanted 15% more base.",
                            "Accepted another offer the same week.",
                            "Declined after the final call; didn't like the 5-days-onsite policy.")),
            Map.entry(
                    Outcome.CANDIDATE_OTHER,
                    List.of(
                            "Going back to school for an MBA.",
                            "Family reasons, nothing to do with the role.",
                            "Decided to start a consultancy.")),
            Map.entry(
                    Outcome.WE_PASSED_SKILLS,
                    List.of(
                            "No Salesforce experience; client needs someone who can hit the ground running.",
                            "Strong on Python, but the role is Java-heavy.",
                            "Hasn't managed a team yet.")),
            Map.entry(
                    Outcome.WE_PASSED_EXPERIENCE,
                    List.of(
                            "Only 2 years closing; role needs 5+.",
                            "All SMB, no enterprise deals over 100k.",
                            "Too senior for this one; would be bored in 6 months.")),
            Map.entry(
                    Outcome.WE_PASSED_CULTURE_FIT,
                    List.of(
                            "Came across as abrasive with our coordinator.",
                            "Wants heavy process; this client is scrappy.",
                            "Badmouthed the last two employers on the screen.")),
            Map.entry(
                    Outcome.WE_PASSED_OTHER,
                    List.of(
                            "Already submitted by another agency.",
                            "Needs visa sponsorship; client can't sponsor.",
                            "Non-compete runs until next year.")),
            Map.entry(
                    Outcome.CLIENT_SKILLS,
                    List.of(
                            "Client wants deeper Kubernetes experience.",
                            "Hiring manager wanted stronger SQL.",
                            "Mock pitch was weak on discovery questions.")),
            Map.entry(
                    Outcome.CLIENT_EXPERIENCE,
                    List.of(
                            "Hiring manager wants someone who has sold into healthcare.",
                            "Client went with a finalist with more people-management experience.",
                            "Not enough enterprise experience for the VP.")),
            Map.entry(
                    Outcome.CLIENT_CULTURE_FIT,
                    List.of(
                            "Team felt the style was too formal for them.",
                            "Panel worried about fit with a very flat team.",
                            "Client thought the motivation was mostly money.")),
            Map.entry(
                    Outcome.CLIENT_OTHER,
                    List.of(
                            "Client hired internally.",
                            "Role frozen after the reorg; client passed.",
                            "Client chose the other finalist, close call.")),
            Map.entry(
                    Outcome.NO_REPLY,
                    List.of(
                            "No reply after several touches over three weeks.",
                            "Emails, a voicemail and a LinkedIn message, nothing back.",
                            "Went quiet after the first email.")));

    private static final Map<Outcome, List<String>> OUTCOME_CONDITIONS = Map.of(
            Outcome.HAPPY_WHERE_I_AM, List.of("after the RSUs vest", "if the manager leaves"),
            Outcome.NOT_THIS_ROLE, List.of("people-manager roles only", "enterprise roles only"),
            Outcome.COMPENSATION, List.of("base over 150k", "OTE 250k+"),
            Outcome.LOCATION, List.of("remote or hybrid 2 days", "Denver only"),
            Outcome.TIMING, List.of("after Q3", "after the February bonus"),
            Outcome.DECLINED_OFFER, List.of("hybrid and 10% more base"));

    private static final List<String> RECRUITER_NOTES = List.of(
            "Vesting in 4 months; don't push before then.",
            "Wants 20% more than current base.",
            "Open to hybrid, not fully onsite.",
            "Prefers texts over calls.",
            "Back from parental leave in May.",
            "Thinking about an MBA, not decided.",
            "Strong closer per two references.",
            "Would only move for a team-lead title.",
            "Kids start school in August; no moves before then.",
            "Interested in remote roles only.",
            "Mentioned a former colleague who might be looking.",
            "Bonus pays out in March; any move after that.",
            "Wants to stay in {city}.",
            "Asked to hear about roles at smaller companies.",
            "Speaks Spanish and Portuguese.",
            "Just bought a house; won't relocate.",
            "Manager left last month; might be open sooner than expected.",
            "Said to call again after Q4 numbers are in.",
            "Non-compete ends in 6 months.",
            "Great energy on the phone; would be strong in front of clients.");

    private static final List<String> EMAIL_OUT = List.of(
            "Checked in: anything new on your side?",
            "Shared the latest salary guide for {title} roles",
            "Congrats on the work anniversary",
            "Sent a market update for {city}",
            "Sent a quick hello and the quarterly market update",
            "Asked for an updated resume");
    private static final List<String> CALL_TALKED = List.of("Catch-up call: {note}", "Quick call: {note}");
    private static final List<String> CALL_MISSED = List.of("Left a voicemail", "Voicemail: checking in");
    private static final List<String> CALL_NO_ANSWER = List.of("No answer", "Rang, no answer");
    private static final List<String> MESSAGE_OUT =
            List.of("LinkedIn message: checking in", "Texted: coffee next week?", "LinkedIn: congrats on the new role");
    private static final List<String> EMAIL_IN = List.of(
            "Replied: busy quarter, talk later",
            "Sent an updated resume",
            "Asked about remote roles",
            "Replied: happy to chat in a few weeks");
    private static final List<String> CALL_IN =
            List.of("Called in to ask about the market", "Called to refer a former colleague");
    private static final List<String> MESSAGE_IN =
            List.of("Texted back: let's talk next month", "LinkedIn reply: thanks, will keep you posted");
    private static final List<String> MEETINGS =
            List.of("Coffee in {city}", "Lunch: career plans", "Video call: career chat", "Met at a meetup in {city}");

    private static final List<String> COMPANY_NOTES = List.of(
            "Fee 20%, net 30. Two-round process, moves fast.",
            "Hybrid, 3 days in the office.",
            "Won't sponsor visas.",
            "Hiring manager hates agency spam: one submission at a time.",
            "Prefers people who sold into mid-market.",
            "Pays at the top of the band for the right closer.",
            "Exclusive with us on sales roles until the end of the year.",
            "Slow feedback; chase HR after 3 days.");

    private static final List<String> CULTURE_NOTES = List.of(
            "Small, scrappy team; the founder still joins final interviews.",
            "Very collaborative, lots of pairing; low ego.",
            "Numbers-driven sales floor with a friendly leaderboard.",
            "Remote-first, async, writes everything down.",
            "Hybrid Tuesday to Thursday; Friday socials.",
            "Process-heavy, stable, great benefits.",
            "Fast-growing after a Series B; things change quickly.");

    private static final Map<String, String> DUTIES = Map.of(
            "sales", "own a book of mid-market accounts from first call to signature",
            "software", "build and run the services our customers rely on every day",
            "data", "turn messy data into decisions the business acts on",
            "recruiting", "partner with hiring managers to find people who raise the bar",
            "marketing", "fill the pipeline with campaigns that actually convert",
            "customer-success", "make sure every customer gets the value they paid for");

    static final List<String> SOURCES = List.of(
            "LinkedIn",
            "LinkedIn",
            "Referral",
            "Job board",
            "Resume upload",
            "Event",
            "Inbound application",
            "CSV import",
            "Cold outreach");

    static final List<String> TAGS = List.of(
            "passive",
            "hot",
            "relocation-ok",
            "remote-only",
            "referral",
            "bilingual",
            "returner",
            "contract-ok",
            "needs-sponsorship",
            "presidents-club");

    static final List<String> DO_NOT_CONTACT_REASONS = List.of(
            "Asked us not to contact them again",
            "Unsubscribed from our emails",
            "Works at a client: off limits",
            "Asked to be removed after a cold call");

    private Phrases() {}

    static String outcomeNote(Outcome outcome, SplittableRandom random) {
        return Dice.any(random, OUTCOME_NOTES.get(outcome));
    }

    static String outcomeCondition(Outcome outcome, SplittableRandom random) {
        List<String> conditions = OUTCOME_CONDITIONS.get(outcome);
        return conditions == null || random.nextBoolean() ? null : Dice.any(random, conditions);
    }

    static String recruiterNote(SplittableRandom random, String city) {
        return Dice.any(random, RECRUITER_NOTES).replace("{city}", city);
    }

    static String companyNote(SplittableRandom random) {
        return Dice.any(random, COMPANY_NOTES);
    }

    static String cultureNote(SplittableRandom random) {
        return Dice.any(random, CULTURE_NOTES);
    }

    static String duties(String family) {
        return DUTIES.getOrDefault(family, "work with a team that values ownership and clear communication");
    }

    /** A summary for a touch not tied to an opening. */
    static String touchSummary(
            Touch.Channel channel,
            Touch.Direction direction,
            Touch.Result result,
            SplittableRandom random,
            String title,
            String city) {
        String summary = template(channel, direction, result, random)
                .replace("{title}", title)
                .replace("{city}", city);
        return summary.contains("{note}") ? summary.replace("{note}", recruiterNote(random, city)) : summary;
    }

    private static String template(
            Touch.Channel channel, Touch.Direction direction, Touch.Result result, SplittableRandom random) {
        boolean inbound = direction == Touch.Direction.INBOUND;
        return switch (channel) {
            case EMAIL -> Dice.any(random, inbound ? EMAIL_IN : EMAIL_OUT);
            case MESSAGE -> Dice.any(random, inbound ? MESSAGE_IN : MESSAGE_OUT);
            case MEETING -> Dice.any(random, MEETINGS);
            case NOTE -> "{note}";
            case CALL -> {
                if (inbound) {
                    yield Dice.any(random, CALL_IN);
                }
                yield switch (result) {
                    case VOICEMAIL -> Dice.any(random, CALL_MISSED);
                    case NO_ANSWER -> Dice.any(random, CALL_NO_ANSWER);
                    default -> Dice.any(random, CALL_TALKED);
                };
            }
        };
    }
}
