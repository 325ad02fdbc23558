package org.campo.model;

/**
 * A flow monitoring point such as CEBAF Tumbes. The code is stored in clear so that records
 * can be grouped by site without the key; name and coordinates are encrypted.
 */
public record Site(String id, String code, String name, Double latitude, Double longitude) {
}
