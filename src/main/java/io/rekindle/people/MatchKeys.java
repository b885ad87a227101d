package io.rekindle.people;

import io.rekindle.platform.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * How people are compared for duplicates: e-mails without the decorations a mailbox ignores, names by how they
 * sound, employers and cities without case, accents and legal suffixes.
 */
final class MatchKeys {

    private static final Set<String> GMAIL = Set.of("gmail.com", "googlemail.com");
    private static final Set<String> PLUS_ADDRESSING = Set.of(
            "gmail.com",
            "googlemail.com",
            "outlook.com",
            "hotmail.com",
            "live.com",
            "icloud.com",
            "me.com",
            "fastmail.com",
            "protonmail.com",
            "proton.me");
    private static final Set<String> NAME_NOISE =
            Set.of("jr", "sr", "ii", "iii", "iv", "phd", "md", "mba", "mr", "mrs", "ms", "dr", "prof");
    private static final Set<String> LEGAL_SUFFIXES = Set.of(
            "inc",
            "incorporated",
            "llc",
            "ltd",
            "limited",
            "corp",
            "corporation",
            "co",
            "company",
            "gmbh",
            "ag",
            "sa",
            "sas",
            "bv",
            "nv",
            "plc",
            "lp",
            "llp",
            "pty",
            "srl",
            "spa",
            "the");
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}]+");
    private static final Pattern NOT_A_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final ThreadLocal<DoubleMetaphone> METAPHONE = ThreadLocal.withInitial(DoubleMetaphone::new);

    private MatchKeys() {}

    /**
     * An e-mail as a mailbox sees it: lower case; for Gmail without dots in the local part; for providers with plus
     * addressing without the "+tag". Null when it is not an e-mail address.
     */
    static String email(String raw) {
        String email = Text.trimToNull(raw);
        if (email == null) {
            return null;
        }
        email = email.toLowerCase(Locale.ROOT);
        int at = email.lastIndexOf('@');
        if (at <= 0 || at == email.length() - 1) {
            return null;
        }
        String local = email.substring(0, at);
        String domain = email.substring(at + 1);
        if (PLUS_ADDRESSING.contains(domain)) {
            int plus = local.indexOf('+');
            if (plus > 0) {
                local = local.substring(0, plus);
            }
        }
        if (GMAIL.contains(domain)) {
            local = local.replace(".", "");
            domain = "gmail.com";
        }
        return local + "@" + domain;
    }

    /** The words of a name that tell people apart: lower case, no accents, no initials, titles or "Jr.". */
    static List<String> nameWords(String fullName) {
        String name = Text.trimToNull(fullName);
        if (name == null) {
            return List.of();
        }
        var words = new ArrayList<String>();
        for (String word : NOT_A_LETTER.split(Text.key(name))) {
            if (word.length() > 1 && !NAME_NOISE.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    /** The name as compared by spelling: its words joined by one space. */
    static String name(String fullName) {
        return String.join(" ", nameWords(fullName));
    }

    /**
     * How the name sounds: the Double Metaphone codes of the first and the last word ("Jon Smyth" and "John Smith"
     * both give "JN SM0"). Null when the name has no word to go by.
     */
    static String sound(String fullName) {
        List<String> words = nameWords(fullName);
        if (words.isEmpty()) {
            return null;
        }
        DoubleMetaphone metaphone = METAPHONE.get();
        String first = metaphone.doubleMetaphone(words.get(0));
        if (words.size() == 1) {
            return first;
        }
        return first + " " + metaphone.doubleMetaphone(words.get(words.size() - 1));
    }

    /** An employer as compared: "Globex, Inc." and "globex" are the same. Null when blank. */
    static String organization(String raw) {
        String name = Text.trimToNull(raw);
        if (name == null) {
            return null;
        }
        String[] words = NOT_A_LETTER_OR_DIGIT.split(Text.key(name));
        String key = String.join(
                " ",
                Arrays.stream(words)
                        .filter(w -> !w.isEmpty() && !LEGAL_SUFFIXES.contains(w))
                        .toList());
        return key.isEmpty() ? null : key;
    }

    /** A city as compared: no case, accents or surrounding blanks. Null when blank. */
    static String city(String raw) {
        String city = Text.trimToNull(raw);
        return city == null ? null : Text.key(city);
    }

    /** The sound of a name joined with an employer or city key: how similar names are looked up. Null if either is. */
    static String soundWith(String sound, String key) {
        return sound == null || key == null ? null : sound + "|" + key;
    }
}
