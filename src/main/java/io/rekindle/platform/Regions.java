package io.rekindle.platform;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Country and region names as people write them, resolved to the codes the gazetteer uses. */
final class Regions {

    static final Map<String, String> CITY_ALIASES = Map.ofEntries(
            Map.entry("new york", "New York City"),
            Map.entry("nyc", "New York City"),
            Map.entry("manhattan", "New York City"),
            Map.entry("washington dc", "Washington, D.C."),
            Map.entry("washington d c", "Washington, D.C."),
            Map.entry("dc", "Washington, D.C."),
            Map.entry("sf", "San Francisco"),
            Map.entry("san francisco bay", "San Francisco"),
            Map.entry("bay", "San Francisco"),
            Map.entry("silicon valley", "San Jose"),
            Map.entry("la", "Los Angeles"),
            Map.entry("dfw", "Dallas"),
            Map.entry("dallas fort worth", "Dallas"),
            Map.entry("twin cities", "Minneapolis"),
            Map.entry("bangalore", "Bengaluru"),
            Map.entry("bombay", "Mumbai"),
            Map.entry("madras", "Chennai"),
            Map.entry("calcutta", "Kolkata"),
            Map.entry("gurgaon", "Gurugram"),
            Map.entry("cologne", "Köln"),
            Map.entry("munchen", "Munich"),
            Map.entry("frankfurt", "Frankfurt am Main"),
            Map.entry("wien", "Vienna"),
            Map.entry("praha", "Prague"),
            Map.entry("roma", "Rome"),
            Map.entry("milano", "Milan"),
            Map.entry("lisboa", "Lisbon"),
            Map.entry("bruxelles", "Brussels"),
            Map.entry("den haag", "The Hague"),
            Map.entry("kobenhavn", "Copenhagen"),
            Map.entry("warszawa", "Warsaw"),
            Map.entry("saigon", "Ho Chi Minh City"));

    private static final Map<String, String> COUNTRIES = new HashMap<>();
    private static final Map<String, String> REGIONS = new HashMap<>();
    private static final Map<String, String> NATIONS =
            Map.of("england", "ENG", "scotland", "SCT", "wales", "WLS", "northern ireland", "NIR");

    static {
        for (String code : Locale.getISOCountries()) {
            COUNTRIES.put(key(code), code);
            COUNTRIES.put(key(new Locale("", code).getDisplayCountry(Locale.ENGLISH)), code);
        }
        aliases("US", "usa", "u s", "u s a", "united states of america", "america", "the united states");
        aliases("GB", "uk", "u k", "great britain", "britain", "england", "scotland", "wales", "northern ireland");
        aliases("AE", "uae", "u a e", "dubai uae");
        aliases("KR", "korea", "south korea", "republic of korea");
        aliases("RU", "russia", "russian federation");
        aliases("CZ", "czech republic", "czechia");
        aliases("VN", "vietnam", "viet nam");
        aliases("NL", "holland", "the netherlands");
        aliases("TR", "turkey", "turkiye");
        aliases("IR", "iran");
        aliases("TW", "taiwan");
        aliases("CN", "prc", "mainland china");
        aliases("HK", "hong kong sar");
        regions(
                "US",
                "AL Alabama|AK Alaska|AZ Arizona|AR Arkansas|CA California|CO Colorado|CT Connecticut|"
                        + "DE Delaware|DC District of Columbia|FL Florida|GA Georgia|HI Hawaii|ID Idaho|IL Illinois|"
                        + "IN Indiana|IA Iowa|KS Kansas|KY Kentucky|LA Louisiana|ME Maine|MD Maryland|MA Massachusetts|"
                        + "MI Michigan|MN Minnesota|MS Mississippi|MO Missouri|MT Montana|NE Nebraska|NV Nevada|"
                        + "NH New Hampshire|NJ New Jersey|NM New Mexico|NY New York|NC North Carolina|ND North Dakota|"
                        + "OH Ohio|OK Oklahoma|OR Oregon|PA Pennsylvania|RI Rhode Island|SC South Carolina|"
                        + "SD South Dakota|TN Tennessee|TX Texas|UT Utah|VT Vermont|VA Virginia|WA Washington|"
                        + "WV West Virginia|WI Wisconsin|WY Wyoming|PR Puerto Rico");
        regions(
                "CA",
                "AB Alberta|BC British Columbia|MB Manitoba|NB New Brunswick|NL Newfoundland and Labrador|"
                        + "NS Nova Scotia|ON Ontario|PE Prince Edward Island|QC Quebec|SK Saskatchewan|YT Yukon|"
                        + "NT Northwest Territories|NU Nunavut");
        NATIONS.forEach((name, code) -> REGIONS.put(name, code));
        NATIONS.values().forEach(code -> REGIONS.put(key(code), code));
    }

    private Regions() {}

    /** The ISO 3166 alpha-2 code for a country name or code, or null. */
    static String country(String text) {
        return text == null ? null : COUNTRIES.get(key(text));
    }

    /** The region code for a US state, Canadian province or UK nation written by name or code, or null. */
    static String region(String text) {
        return text == null ? null : REGIONS.get(key(text));
    }

    /** "England" names a country (GB) and a region (ENG) at once. */
    static String regionOfCountryName(String text) {
        return NATIONS.get(key(text));
    }

    private static void aliases(String code, String... names) {
        for (String name : names) {
            COUNTRIES.put(name, code);
        }
    }

    private static void regions(String country, String list) {
        for (String entry : list.split("\\|")) {
            String code = entry.substring(0, 2);
            REGIONS.put(key(code), code);
            REGIONS.put(key(entry.substring(3)), code);
        }
    }

    private static String key(String text) {
        return Gazetteer.placeKey(text);
    }
}
