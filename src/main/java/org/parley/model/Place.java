package org.parley.model;

/**
 * Where a contact took place.
 *
 * @param key     the place's key under https://w3id.org/parley/id/: a country ("country/RUS"), a place of the world
 *                place gazetteer ("place/RUS/moscow", "place/RUS/kremlin"), or one minted from the label for a place
 *                the gazetteer lacks ("place/lancaster")
 * @param label   its label: the gazetteer's, else the words of the text
 * @param level   country, region, city or venue; OTHER for a place the gazetteer lacks
 * @param country ISO 3166-1 alpha-3 code of the country it lies in (or is), or null when unknown
 */
public record Place(String key, String label, Level level, String country) {
    /** How specific a place is, from the coarsest. */
    public enum Level { COUNTRY, REGION, OTHER, CITY, VENUE }

    /** True for a place given at country level. */
    public boolean isCountry() {
        return level == Level.COUNTRY;
    }
}
