package org.parley.clean;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.clean.DateParser.Order;

/**
 * Settles whether a page writes numeric dates day first ("7/11/2023" is 7 November) or month first (5 June... or
 * 6 May) from the page's own evidence: the time zone written beside the date, the language and region the page
 * declares, its site's country, and the other dates on the page. Without evidence, or with evidence both ways,
 * the order stays unknown, and so does the date.
 */
final class DateOrder {
    /** The time zones of the United States, where dates are written month first. */
    private static final Set<String> MONTH_FIRST_ZONES = Set.of("EST", "EDT", "ET", "CDT", "CT", "MST", "MDT", "MT",
            "PST", "PDT", "PT", "AKST", "AKDT", "HST");
    /** Time zones of countries that write the day first. CST (US Central, China) and UTC tell nothing. */
    private static final Set<String> DAY_FIRST_ZONES = Set.of("GMT", "BST", "IST", "CET", "CEST", "EET", "EEST",
            "WET", "WEST", "MSK", "TRT", "GST", "IRST", "IRDT", "PKT", "NPT", "SGT", "HKT", "KST", "JST", "AEST",
            "AEDT", "ACST", "ACDT", "AWST", "NZST", "NZDT", "SAST", "WAT", "CAT", "EAT", "BRT", "ART", "ICT", "WIB");
    private static final Set<String> NEUTRAL_ZONES = Set.of("UTC", "CST", "Z");
    /** Regions (ISO 3166) and top-level domains where dates are written month first. */
    private static final Set<String> MONTH_FIRST_REGIONS = Set.of("us", "gov", "mil", "fm", "ph");
    /** Top-level domains that name no country in practice. */
    private static final Set<String> GENERIC_DOMAINS = Set.of("com", "org", "net", "info", "io", "co", "tv", "me",
            "ai", "app", "news", "int", "edu", "example", "biz", "online", "site", "press", "media", "eu");

    /** Evidence for one order, and how strongly it speaks. */
    record Vote(Order order, int weight, String why) {
    }

    private DateOrder() {
    }

    static boolean knownZone(String zone) {
        String z = zone.toUpperCase(Locale.ROOT);
        return MONTH_FIRST_ZONES.contains(z) || DAY_FIRST_ZONES.contains(z) || NEUTRAL_ZONES.contains(z)
                || z.startsWith("GMT") || z.startsWith("UTC");
    }

    /** The order the people of a time zone write dates in, or null. "GMT+8" is east of the Americas. */
    static Order ofZone(String zone) {
        if (zone == null) {
            return null;
        }
        String z = zone.toUpperCase(Locale.ROOT);
        if (MONTH_FIRST_ZONES.contains(z)) {
            return Order.MONTH_FIRST;
        }
        if (DAY_FIRST_ZONES.contains(z) || z.matches("(GMT|UTC)\\+.*")) {
            return Order.DAY_FIRST;
        }
        return null;
    }

    /** The order of a page's declared language and region ("en-US", "en-GB"), or null without a region. */
    static Order ofLanguage(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String region = Locale.forLanguageTag(tag.strip()).getCountry().toLowerCase(Locale.ROOT);
        return region.isEmpty() ? null : MONTH_FIRST_REGIONS.contains(region) ? Order.MONTH_FIRST : Order.DAY_FIRST;
    }

    /** The order of the country the site's domain names ("…gov.uk", "….de"), or null for generic domains. */
    static Order ofSite(String url) {
        String host;
        try {
            host = url == null ? null : URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (host == null || !host.contains(".")) {
            return null;
        }
        String tld = host.substring(host.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (MONTH_FIRST_REGIONS.contains(tld)) {
            return Order.MONTH_FIRST;
        }
        return tld.length() == 2 && !GENERIC_DOMAINS.contains(tld) ? Order.DAY_FIRST : null;
    }

    /**
     * The order the votes settle on: the side with more weight, when the other side has none or is outweighed by
     * at least two; else null.
     */
    static Order settle(List<Vote> votes) {
        int dayFirst = 0;
        int monthFirst = 0;
        for (Vote v : votes) {
            if (v.order() == Order.DAY_FIRST) {
                dayFirst += v.weight();
            } else {
                monthFirst += v.weight();
            }
        }
        if (dayFirst > 0 && (monthFirst == 0 || dayFirst - monthFirst >= 2)) {
            return Order.DAY_FIRST;
        }
        if (monthFirst > 0 && (dayFirst == 0 || monthFirst - dayFirst >= 2)) {
            return Order.MONTH_FIRST;
        }
        return null;
    }

    /** The reasons of the votes for an order, for the candidate's explanation. */
    static String reasons(List<Vote> votes, Order order) {
        List<String> why = new ArrayList<>();
        votes.stream().filter(v -> v.order() == order).forEach(v -> why.add(v.why()));
        return String.join("; ", why);
    }
}
