package org.campo.model;

/**
 * A flow monitoring point such as CEBAF Tumbes. The code is stored in clear so that records
 * can be grouped by site without the key; name, coordinates and the retired mark are encrypted.
 *
 * <p>The code never changes once the point exists: submissions, consent records, shifts,
 * exports already handed over and other laptops' kits all name the point by its code. Name
 * and coordinates can be corrected. A retired point is no longer offered for new work but
 * keeps its data, and stays in filters and exports; it can be reactivated.
 */
public record Site(String id, String code, String name, Double latitude, Double longitude, boolean retired) {

    /** An active point. */
    public Site(String id, String code, String name, Double latitude, Double longitude) {
        this(id, code, name, latitude, longitude, false);
    }

    /** The same point (same id and code) with a corrected name and coordinates. */
    public Site withDetails(String newName, Double newLatitude, Double newLongitude) {
        return new Site(id, code, newName, newLatitude, newLongitude, retired);
    }

    public Site withRetired(boolean isRetired) {
        return new Site(id, code, name, latitude, longitude, isRetired);
    }
}
