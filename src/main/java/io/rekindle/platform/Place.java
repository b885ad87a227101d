package io.rekindle.platform;

/**
 * A populated place from the gazetteer (GeoNames). The region is a US state or Canadian province abbreviation, a UK
 * nation code (ENG, SCT, WLS, NIR), or GeoNames' own first-level code elsewhere.
 */
public record Place(String name, String region, String country, double latitude, double longitude, long population) {

    public GeoPoint point() {
        return new GeoPoint(latitude, longitude);
    }

    /** "Chicago, IL, US"; regions that are only GeoNames numbers are left out ("Berlin, DE"). */
    public String label() {
        return hasReadableRegion() ? name + ", " + region + ", " + country : name + ", " + country;
    }

    /** The region when people write it (IL, ON, ENG), null when it is only a GeoNames number. */
    public String readableRegion() {
        return hasReadableRegion() ? region : null;
    }

    private boolean hasReadableRegion() {
        return region != null && !region.isEmpty() && !Character.isDigit(region.charAt(0));
    }
}
