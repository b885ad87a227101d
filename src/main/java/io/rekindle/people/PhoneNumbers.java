package io.rekindle.people;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Parses phone numbers as people type them into E.164, and shows them back in national format. */
@Component
public class PhoneNumbers {

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    private final String defaultRegion;
    private final int homeCountryCode;

    public PhoneNumbers(@Value("${rekindle.phone.default-region:US}") String defaultRegion) {
        this.defaultRegion = defaultRegion;
        this.homeCountryCode = util.getCountryCodeForRegion(defaultRegion);
    }

    /** The number in E.164, or empty when it is not a possible phone number. */
    Optional<String> toE164(String raw, String countryHint) {
        String region = countryHint != null && !countryHint.isBlank() ? countryHint : defaultRegion;
        try {
            PhoneNumber number = util.parse(raw, region);
            if (!util.isPossibleNumber(number)) {
                return Optional.empty();
            }
            return Optional.of(util.format(number, PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** The phone numbers written in a free text (a resume), in E.164, in the order they appear, each once. */
    public List<String> findIn(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Set<String> found = new LinkedHashSet<>();
        for (var match : util.findNumbers(text, defaultRegion, PhoneNumberUtil.Leniency.VALID, 50)) {
            found.add(util.format(match.number(), PhoneNumberFormat.E164));
        }
        return new ArrayList<>(found);
    }

    /**
     * The numbers as {@link #view} shows them, each formatted when it is first read: most readers of a person's
     * details (search profiles, merges) never look at the phones, and formatting is what costs.
     */
    List<Phone> views(List<String> e164s) {
        return new Views(List.copyOf(e164s));
    }

    final class Views extends AbstractList<Phone> implements RandomAccess {

        private final List<String> e164s;
        private final Phone[] formatted;

        Views(List<String> e164s) {
            this.e164s = e164s;
            this.formatted = new Phone[e164s.size()];
        }

        @Override
        public Phone get(int index) {
            Phone phone = formatted[index];
            if (phone == null) {
                phone = view(e164s.get(index));
                formatted[index] = phone;
            }
            return phone;
        }

        @Override
        public int size() {
            return e164s.size();
        }

        List<String> e164s() {
            return e164s;
        }
    }

    /**
     * The number shown in national format when it has the default region's country calling code (so a US recruiter
     * sees Canadian numbers as they dial them), in international format otherwise.
     */
    Phone view(String e164) {
        try {
            PhoneNumber number = util.parse(e164, null);
            boolean home = number.getCountryCode() == homeCountryCode;
            return new Phone(
                    e164, util.format(number, home ? PhoneNumberFormat.NATIONAL : PhoneNumberFormat.INTERNATIONAL));
        } catch (NumberParseException e) {
            return new Phone(e164, e164);
        }
    }
}
